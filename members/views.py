import json

from allauth.account.adapter import get_adapter
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from hrnet.ratelimit import rate_limited
from members import selectors, services
from members.adapters import INVITATION_SESSION_KEY
from members.forms import (
    DeleteAccountForm,
    DirectorySearchForm,
    EmailConsentForm,
    InvitationForm,
    ProfileForm,
)


@login_required
def directory(request):
    form = DirectorySearchForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    page = selectors.search_directory(
        query=filters.get("q", ""),
        role=filters.get("role", ""),
        country=filters.get("country", ""),
        tag=filters.get("tag", ""),
        organisation=filters.get("organisation", ""),
        page=request.GET.get("page", 1),
    )
    query_without_page = request.GET.copy()
    query_without_page.pop("page", None)
    return render(
        request,
        "members/directory.html",
        {
            "form": form,
            "page": page,
            "query_string": query_without_page.urlencode(),
            "searching": any(filters.values()) if filters else False,
        },
    )


@login_required
def profile(request, member_id: int):
    member = selectors.profile_for(viewer=request.user, member_id=member_id)
    if member is None:
        raise Http404
    return render(request, "members/profile.html", {"profile": member})


@login_required
def edit_profile(request):
    member = request.user
    if request.method == "POST":
        form = ProfileForm(request.POST, request.FILES, instance=member)
        if form.is_valid():
            services.update_profile(
                member=member,
                data=form.cleaned_data,
                organisation_name=form.cleaned_data["organisation_name"],
                expertise=form.cleaned_data["expertise_tags"],
                avatar=form.cleaned_data.get("avatar"),
                remove_avatar=form.cleaned_data.get("remove_avatar", False),
            )
            messages.success(request, _("Your profile has been saved."))
            return redirect("members:profile", member_id=member.pk)
        # The form mutated the instance while validating: reload so the page header stays true.
        member.refresh_from_db()
    else:
        form = ProfileForm(instance=member)
    return render(request, "members/profile_edit.html", {"form": form})


@login_required
@rate_limited("invite")
def invitations(request):
    form = InvitationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            invitation = services.invite_colleague(
                inviter=request.user,
                email=form.cleaned_data["email"],
                note=form.cleaned_data["note"],
            )
        except ValidationError as error:
            form.add_error("email", error)
        else:
            messages.success(
                request, _("Invitation sent to %(email)s.") % {"email": invitation.email}
            )
            return redirect("members:invitations")
    return render(
        request,
        "members/invitations.html",
        {
            "form": form,
            "sent": selectors.invitations_of(request.user),
            "joined": selectors.joined_through(request.user),
        },
    )


def accept_invitation(request, token: str):
    invitation = selectors.invitation_by_token(token)
    if invitation is None:
        raise Http404
    if request.user.is_authenticated:
        messages.info(request, _("You are already a member of HRnet."))
        return redirect("home")
    request.session[INVITATION_SESSION_KEY] = invitation.token
    # The link reached this inbox, which proves the address: no second verification email.
    get_adapter(request).stash_verified_email(request, invitation.email)
    return render(
        request,
        "members/invitation_landing.html",
        {
            "invitation": invitation,
            "signup_url": reverse("account_signup") + "?" + urlencode({"email": invitation.email}),
        },
    )


@require_POST
def set_language(request):
    language = request.POST.get("language", "")
    next_url = request.POST.get("next") or "/"
    if not url_has_allowed_host_and_scheme(next_url, {request.get_host()}, request.is_secure()):
        next_url = "/"
    response = HttpResponseRedirect(next_url)
    from django.conf import settings

    if language not in dict(settings.LANGUAGES):
        return response
    if request.user.is_authenticated:
        services.set_preferred_language(member=request.user, language=language)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        samesite="Lax",
        secure=request.is_secure(),
    )
    return response


@login_required
def privacy(request):
    member = request.user
    consent_form = EmailConsentForm(
        request.POST if request.POST.get("action") == "consent" else None,
        initial={
            "email_consent": member.email_consent,
            "digest_frequency": member.digest_frequency,
            "email_on_replies": member.email_on_replies,
            "email_on_mentions": member.email_on_mentions,
            "event_reminders": member.event_reminders,
        },
    )
    if request.method == "POST" and consent_form.is_bound and consent_form.is_valid():
        data = consent_form.cleaned_data
        services.set_email_preferences(
            member=member,
            consent=data["email_consent"],
            preferences={
                "digest_frequency": data["digest_frequency"] or member.digest_frequency,
                "email_on_replies": data["email_on_replies"],
                "email_on_mentions": data["email_on_mentions"],
                "event_reminders": data["event_reminders"],
            },
        )
        messages.success(request, _("Your email preferences have been saved."))
        return redirect("members:privacy")
    return render(
        request,
        "members/privacy.html",
        {
            "consent_form": consent_form,
            "delete_form": DeleteAccountForm(member=request.user),
        },
    )


@login_required
def download_my_data(request):
    data = services.export_personal_data(member=request.user)
    response = HttpResponse(
        json.dumps(data, indent=2, ensure_ascii=False),
        content_type="application/json; charset=utf-8",
    )
    stamp = timezone.now().strftime("%Y%m%d")
    response["Content-Disposition"] = f'attachment; filename="hrnet-my-data-{stamp}.json"'
    return response


@login_required
def delete_account(request):
    form = DeleteAccountForm(request.POST or None, member=request.user)
    if request.method == "POST" and form.is_valid():
        member = request.user
        logout(request)
        services.erase_member(
            member=member,
            keep_posts=form.cleaned_data["posts"] == DeleteAccountForm.PostChoice.KEEP,
        )
        messages.success(
            request, _("Your account has been deleted. Thank you for being part of HRnet.")
        )
        return redirect("home")
    return render(request, "members/delete_account.html", {"form": form})
