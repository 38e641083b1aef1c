from allauth.account.adapter import get_adapter
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from alumni import selectors, services
from alumni.forms import (
    AcceptGuidelinesForm,
    AlumniProfileForm,
    ImportForm,
    JoinRequestForm,
    NetworkForm,
    NetworkSettingsForm,
)
from alumni.models import AlumniMembership, AlumniNetwork, FormerEmployee
from hrnet.inputs import whole_number
from hrnet.spreadsheet import csv_response
from members.models import Member

INVITATION_SESSION_KEY = "hrnet_alumni_invitation"


def _network_or_404(request, slug):
    network = selectors.network_by_slug(request.user, slug)
    if network is None:
        raise Http404
    return network


def _viewer_membership(request, network):
    # network_by_slug may have read it already, to decide whether the viewer may know the network.
    if hasattr(network, "viewer_membership"):
        return network.viewer_membership
    return selectors.membership_in(request.user, network)


def _inside_or_404(request, slug):
    """The private area: 404 for anyone who is not an approved alumnus or admin."""
    network = _network_or_404(request, slug)
    membership = _viewer_membership(request, network)
    if not selectors.can_enter(request.user, network, membership):
        raise Http404
    return network, membership


def _admin_or_404(request, slug):
    network, membership = _inside_or_404(request, slug)
    if not selectors.is_admin(request.user, network, membership):
        raise Http404
    return network


@login_required
def network_list(request):
    return render(
        request,
        "alumni/network_list.html",
        {
            "memberships": selectors.my_networks(request.user),
            "open_networks": selectors.open_networks(request.user),
        },
    )


@login_required
def create_network(request):
    if not request.user.is_staff:
        raise Http404
    form = NetworkForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        admin = Member.objects.filter(email__iexact=data["admin_email"], is_active=True).first()
        if admin is None:
            form.add_error("admin_email", _("No member has that email address."))
        else:
            try:
                network = services.create_network(
                    creator=request.user,
                    organisation_name=data["organisation_name"],
                    name=data["name"],
                    admin=admin,
                    purpose=data["purpose"],
                    guidelines=data["guidelines"],
                    join_policy=data["join_policy"],
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("The alumni network has been created."))
                return redirect(network)
    return render(request, "alumni/network_form.html", {"form": form})


@login_required
def network_home(request, slug):
    network = _network_or_404(request, slug)
    membership = _viewer_membership(request, network)
    if not selectors.can_enter(request.user, network, membership):
        if membership is not None and membership.status == AlumniMembership.Status.APPROVED:
            return redirect("alumni:guidelines", slug=network.slug)
        form = JoinRequestForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            try:
                services.request_to_join(
                    member=request.user,
                    network=network,
                    department=form.cleaned_data["department"],
                    started_on=form.cleaned_data["started_on"],
                    ended_on=form.cleaned_data["ended_on"],
                )
            except (ValidationError, PermissionDenied) as error:
                form.add_error(None, " ".join(getattr(error, "messages", [str(error)])))
            else:
                messages.success(request, _("Your request has been sent to the network's admins."))
                return redirect(network)
        return render(
            request,
            "alumni/network_about.html",
            {
                "network": network,
                "membership": membership,
                "form": form,
            },
        )
    return render(
        request,
        "alumni/network_home.html",
        {
            "network": network,
            "membership": membership,
            "is_admin": selectors.is_admin(request.user, network, membership),
            "news": selectors.news(network),
            "jobs": selectors.jobs(network),
            "events": selectors.upcoming_events(network),
        },
    )


@login_required
def guidelines(request, slug):
    # An invitee is not a member yet: the invitation in their session lets them in here.
    network = get_object_or_404(AlumniNetwork.objects.select_related("organisation"), slug=slug)
    membership = selectors.membership_in(request.user, network)
    person = _invitation_in_session(request, network)
    if person is None and (
        membership is None or membership.status != AlumniMembership.Status.APPROVED
    ):
        raise Http404
    form = AcceptGuidelinesForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if person is not None:
            try:
                services.join_by_invitation(member=request.user, person=person)
            except ValidationError as error:
                messages.error(request, " ".join(error.messages))
                return redirect("alumni:list")
            request.session.pop(INVITATION_SESSION_KEY, None)
        else:
            services.accept_guidelines(member=request.user, network=network)
        messages.success(request, _("Welcome to %(network)s!") % {"network": network.name})
        return redirect(network)
    return render(request, "alumni/guidelines.html", {"network": network, "form": form})


def _invitation_in_session(request, network) -> FormerEmployee | None:
    token = request.session.get(INVITATION_SESSION_KEY)
    if not token:
        return None
    return (
        FormerEmployee.objects.filter(token=token, network=network)
        .exclude(status=FormerEmployee.Status.REVOKED)
        .first()
    )


def invitation(request, token):
    """The link in the invitation email: sign up or sign in, then the guidelines."""
    person = get_object_or_404(FormerEmployee.objects.select_related("network"), token=token)
    if person.status == FormerEmployee.Status.REVOKED:
        raise Http404
    if request.method == "POST" and request.POST.get("answer") == "decline":
        services.decline_invitation(person=person)
        return render(request, "alumni/invitation_declined.html", {"network": person.network})
    request.session[INVITATION_SESSION_KEY] = person.token
    next_url = reverse("alumni:guidelines", args=[person.network.slug])
    if request.user.is_authenticated:
        return redirect(next_url)
    # The link reached this inbox: signing up with this address needs no second verification.
    get_adapter(request).stash_verified_email(request, person.email)
    return render(
        request,
        "alumni/invitation_landing.html",
        {
            "person": person,
            "network": person.network,
            "signup_url": reverse("account_signup")
            + "?"
            + urlencode({"email": person.email, "next": next_url}),
            "login_url": reverse("account_login") + "?" + urlencode({"next": next_url}),
        },
    )


@login_required
def directory(request, slug):
    network, _membership = _inside_or_404(request, slug)
    page = selectors.directory(
        network,
        query=request.GET.get("q", "")[:100].replace("\x00", ""),
        department=request.GET.get("department", "")[:120].replace("\x00", ""),
        returning=request.GET.get("returning") == "1",
        page=request.GET.get("page", 1),
    )
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "alumni/directory.html",
        {
            "network": network,
            "page": page,
            "departments": selectors.departments(network),
            "query_string": query.urlencode(),
        },
    )


@login_required
def my_profile(request, slug):
    network, membership = _inside_or_404(request, slug)
    form = AlumniProfileForm(request.POST or None, instance=membership)
    if request.method == "POST" and form.is_valid():
        services.update_alumni_profile(member=request.user, network=network, data=form.cleaned_data)
        messages.success(request, _("Your alumni profile has been saved."))
        return redirect(network)
    return render(request, "alumni/my_profile.html", {"network": network, "form": form})


@login_required
@require_POST
def leave(request, slug):
    network, _membership = _inside_or_404(request, slug)
    try:
        services.leave_network(member=request.user, network=network)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect(network)
    messages.success(request, _("You have left %(network)s.") % {"network": network.name})
    return redirect("alumni:list")


# --- Admins -------------------------------------------------------------------------------------


@login_required
def admin_dashboard(request, slug):
    network = _admin_or_404(request, slug)
    stats = selectors.dashboard(network)
    return render(
        request,
        "alumni/admin_dashboard.html",
        {
            "network": network,
            "stats": stats,
            "chart": _growth_chart(stats["growth"]),
            "requests": selectors.pending_requests(network),
        },
    )


def _growth_chart(points):
    """Coordinates for a small server-rendered SVG line of total members by month."""
    if not points:
        return None
    width, height, pad = 600, 180, 28
    top = max(point["total"] for point in points) or 1
    step = (width - 2 * pad) / max(len(points) - 1, 1)
    coords = [
        (pad + i * step, height - pad - (point["total"] / top) * (height - 2 * pad), point)
        for i, point in enumerate(points)
    ]
    return {
        "width": width,
        "height": height,
        "top": top,
        "polyline": " ".join(f"{x:.1f},{y:.1f}" for x, y, _p in coords),
        "dots": [{"x": round(x, 1), "y": round(y, 1), "point": p} for x, y, p in coords],
    }


@login_required
def admin_settings(request, slug):
    network = _admin_or_404(request, slug)
    form = NetworkSettingsForm(
        request.POST or None,
        initial={
            "purpose": network.purpose,
            "guidelines": network.guidelines_markdown,
            "join_policy": network.join_policy,
        },
    )
    if request.method == "POST" and form.is_valid():
        services.update_network(admin=request.user, network=network, **form.cleaned_data)
        messages.success(request, _("Your changes have been saved."))
        return redirect("alumni:admin", slug=network.slug)
    return render(request, "alumni/admin_settings.html", {"network": network, "form": form})


@login_required
def admin_import(request, slug):
    network = _admin_or_404(request, slug)
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            leaver_import = services.preview_import(
                admin=request.user, network=network, raw=upload.read(), filename=upload.name
            )
        except ValidationError as error:
            form.add_error("file", error)
        else:
            return redirect("alumni:import_preview", slug=network.slug, import_id=leaver_import.pk)
    return render(request, "alumni/admin_import.html", {"network": network, "form": form})


@login_required
def import_preview(request, slug, import_id):
    network = _admin_or_404(request, slug)
    leaver_import = selectors.latest_import(network, import_id)
    if leaver_import is None:
        if network.imports.filter(pk=import_id, confirmed_at__isnull=False).exists():
            return redirect("alumni:people", slug=network.slug)  # sent twice: already imported
        raise Http404
    if request.method == "POST":
        leaver_import = services.confirm_import(admin=request.user, leaver_import=leaver_import)
        messages.success(
            request,
            _("%(created)d people added, %(updated)d updated.")
            % {
                "created": leaver_import.created_count,
                "updated": leaver_import.updated_count,
            },
        )
        return redirect("alumni:people", slug=network.slug)
    return render(
        request, "alumni/import_preview.html", {"network": network, "import": leaver_import}
    )


@login_required
def people(request, slug):
    network = _admin_or_404(request, slug)
    if request.method == "POST":
        ids = [
            pk
            for pk in (whole_number(value, minimum=1) for value in request.POST.getlist("people"))
            if pk is not None
        ][:5000]
        action = request.POST.get("action")
        if not ids:
            messages.error(request, _("Select at least one person."))
        elif action == "invite":
            count = services.request_invitations(
                admin=request.user, network=network, former_employee_ids=ids
            )
            messages.success(
                request, _("%(count)d invitations are on their way.") % {"count": count}
            )
        elif action == "revoke":
            withdrawn = 0
            for person in FormerEmployee.objects.filter(network=network, pk__in=ids):
                try:
                    services.revoke_invitation(admin=request.user, person=person)
                except ValidationError as error:
                    messages.error(request, " ".join(error.messages))
                else:
                    withdrawn += 1
            if withdrawn:
                messages.success(
                    request, _("%(count)d invitations were withdrawn.") % {"count": withdrawn}
                )
        return redirect(request.get_full_path())
    status = request.GET.get("status", "")
    page = selectors.former_employees(
        network,
        status=status if status in FormerEmployee.Status.values else "",
        query=request.GET.get("q", "")[:100].replace("\x00", ""),
        page=request.GET.get("page", 1),
    )
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "alumni/people.html",
        {
            "network": network,
            "page": page,
            "statuses": FormerEmployee.Status.choices,
            "status": status,
            "query_string": query.urlencode(),
        },
    )


@login_required
@require_POST
def decide_request(request, slug, membership_id):
    network = _admin_or_404(request, slug)
    membership = get_object_or_404(AlumniMembership, pk=membership_id, network=network)
    services.decide_request(
        admin=request.user, membership=membership, approve=request.POST.get("decision") == "approve"
    )
    return redirect("alumni:admin", slug=network.slug)


@login_required
def boomerang(request, slug):
    network = _admin_or_404(request, slug)
    area = request.GET.get("area", "")[:100].replace("\x00", "")
    department = request.GET.get("department", "")[:120].replace("\x00", "")
    candidates = selectors.boomerang_candidates(network, area=area, department=department)
    if request.GET.get("format") == "csv":
        header = [
            _("Name"),
            _("Email"),
            _("Department"),
            _("Left"),
            _("Current organisation"),
            _("Headline"),
            _("Would return to"),
        ]
        rows = (
            [
                m.member.public_name,
                m.member.email,
                m.department,
                m.ended_on.isoformat() if m.ended_on else "",
                m.member.organisation.name if m.member.organisation else "",
                m.member.headline,
                m.returning_areas,
            ]
            for m in candidates
        )
        return csv_response(f"{network.slug}-boomerang.csv", header, rows)
    query = request.GET.copy()
    return render(
        request,
        "alumni/boomerang.html",
        {
            "network": network,
            "candidates": candidates,
            "area": area,
            "department": department,
            "departments": selectors.departments(network),
            "csv_query": (query.urlencode() + "&" if query else "") + "format=csv",
        },
    )
