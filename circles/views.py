from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from circles import selectors, services
from circles.forms import MoveForm, RoundForm, SignUpForm
from circles.models import Circle, CircleRound, SignUp, slot_label
from forums import selectors as forum_selectors


def _error_text(error) -> str:
    if isinstance(error, ValidationError):
        return " ".join(error.messages)
    return str(error) or _("You are not allowed to do that.")


def _group_or_404(request, slug, *, manage=False):
    group = forum_selectors.group_by_slug(request.user, slug)
    if group is None:
        raise Http404
    access = forum_selectors.access_to(request.user, group)
    if not (access.can_manage or (access.is_member and not manage)):
        raise Http404
    return group, access


def _round_or_404(request, pk, *, manage=False):
    round_ = selectors.round_by_pk(pk)
    if round_ is None:
        raise Http404
    can_see, can_manage = selectors.round_access(request.user, round_)
    if not can_see or (manage and not can_manage):
        raise Http404
    return round_, can_manage


@login_required
def group_rounds(request, slug):
    group, access = _group_or_404(request, slug)
    return render(
        request,
        "circles/group_rounds.html",
        {
            "group": group,
            "access": access,
            "rounds": selectors.rounds_of_group(group),
        },
    )


@login_required
def new_round(request, slug):
    group, access = _group_or_404(request, slug, manage=True)
    form = RoundForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            round_ = services.open_round(
                manager=request.user, group=group, data=form.service_data()
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The round is open: members of the group can sign up."))
            return redirect(round_)
    return render(request, "circles/round_form.html", {"group": group, "form": form})


def _round_page(request, round_, can_manage, *, signup_form=None, status=200):
    signup = selectors.signup_of(request.user, round_)
    context = {
        "round": round_,
        "group": round_.group,
        "can_manage": can_manage,
        "signup": signup,
    }
    if round_.signup_open and forum_selectors.access_to(request.user, round_.group).is_member:
        initial = {}
        if signup is not None:
            initial = {
                "themes": signup.themes,
                "experience": signup.experience,
                "availability": signup.availability,
                "note": signup.note,
            }
        context["signup_form"] = signup_form or SignUpForm(round_=round_, initial=initial)
    if can_manage:
        context.update(selectors.round_board(round_))
        context["move_targets"] = context["circles"]
    return render(request, "circles/round_detail.html", context, status=status)


@login_required
def round_detail(request, pk):
    round_, can_manage = _round_or_404(request, pk)
    return _round_page(request, round_, can_manage)


@login_required
@require_POST
def sign_up(request, pk):
    round_, can_manage = _round_or_404(request, pk)
    form = SignUpForm(request.POST, round_=round_)
    if form.is_valid():
        try:
            services.sign_up(
                member=request.user,
                round_=round_,
                themes=form.cleaned_data["themes"],
                experience=form.cleaned_data["experience"],
                availability=form.cleaned_data["availability"],
                note=form.cleaned_data["note"],
            )
        except (ValidationError, PermissionDenied) as error:
            messages.error(request, _error_text(error))
        else:
            messages.success(
                request,
                _("You are signed up. You will hear from us when the circles are formed."),
            )
            return redirect(round_)
    return _round_page(request, round_, can_manage, signup_form=form, status=400)


@login_required
@require_POST
def withdraw(request, pk):
    round_, _can_manage = _round_or_404(request, pk)
    try:
        services.withdraw(member=request.user, round_=round_)
    except ValidationError as error:
        messages.error(request, _error_text(error))
    else:
        messages.success(request, _("Your sign-up has been withdrawn."))
    return redirect(round_)


@login_required
@require_POST
def form_circles(request, pk):
    round_, _can_manage = _round_or_404(request, pk, manage=True)
    try:
        result = services.form_circles(manager=request.user, round_=round_)
    except ValidationError as error:
        messages.error(request, _error_text(error))
    else:
        messages.success(
            request,
            _(
                "%(circles)s circles proposed, %(unplaced)s people not placed. Review them, "
                "move people if needed, then publish."
            )
            % {"circles": len(result.circles), "unplaced": len(result.unplaced)},
        )
    return redirect(round_)


@login_required
@require_POST
def move(request, pk):
    round_, _can_manage = _round_or_404(request, pk, manage=True)
    form = MoveForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose who to move and where."))
        return redirect(round_)
    signup = SignUp.objects.filter(round=round_, pk=form.cleaned_data["signup"]).first()
    target = None
    if form.cleaned_data["circle"]:
        target = Circle.objects.filter(round=round_, pk=form.cleaned_data["circle"]).first()
        if target is None:
            signup = None
    if signup is None:
        messages.error(request, _("That person or circle is not part of this round."))
        return redirect(round_)
    try:
        services.move_member(manager=request.user, signup=signup, to_circle=target)
    except ValidationError as error:
        messages.error(request, _error_text(error))
    else:
        if target is None:
            messages.success(
                request,
                _("%(name)s is no longer in a circle.") % {"name": signup.member.public_name},
            )
        else:
            messages.success(
                request,
                _("%(name)s moved to %(circle)s.")
                % {"name": signup.member.public_name, "circle": target.name},
            )
    return redirect(f"{round_.get_absolute_url()}#circles")


@login_required
@require_POST
def publish(request, pk):
    round_, _can_manage = _round_or_404(request, pk, manage=True)
    try:
        services.publish_round(manager=request.user, round_=round_)
    except ValidationError as error:
        messages.error(request, _error_text(error))
    else:
        messages.success(
            request,
            _("The circles are published: each has its private space and meetings."),
        )
    return redirect(round_)


@login_required
@require_POST
def close(request, pk):
    round_, _can_manage = _round_or_404(request, pk, manage=True)
    services.close_round(manager=request.user, round_=round_)
    messages.success(request, _("The round is closed and its circles archived."))
    return redirect(round_)


@login_required
def my_circles(request):
    return render(
        request,
        "circles/my_circles.html",
        {
            "signups": selectors.my_circles(request.user),
            "open_rounds": selectors.open_rounds_for(request.user),
        },
    )


@login_required
def circle_detail(request, pk):
    circle = selectors.circle_for(request.user, pk)
    if circle is None:
        raise Http404
    people = selectors.circle_people(circle)
    return render(
        request,
        "circles/circle_detail.html",
        {
            "circle": circle,
            "round": circle.round,
            "people": people,
            "is_in_circle": any(s.member_id == request.user.pk for s in people),
            "can_manage": selectors.can_manage_round(request.user, circle.round),
            "notes": selectors.fit_notes(circle.fit),
            "experience_rows": selectors.experience_rows(circle.fit),
            "meetings": selectors.meetings_of(circle),
            "common_slots": [slot_label(s) for s in circle.fit.get("common_slots", [])],
            "best_slots": [(slot_label(s), n) for s, n in circle.fit.get("best_slots", [])],
            "closed": circle.round.status == CircleRound.Status.CLOSED,
        },
    )


@login_required
@require_POST
def leave(request, pk):
    circle = selectors.circle_for(request.user, pk)
    if circle is None:
        raise Http404
    try:
        services.leave_circle(member=request.user, circle=circle)
    except ValidationError as error:
        messages.error(request, _error_text(error))
        return redirect(circle)
    messages.success(request, _("You have left %(circle)s.") % {"circle": circle.name})
    return redirect("circles:mine")
