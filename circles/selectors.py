"""Reads about intervision circles; the only place that decides who may see which round/circle.

A round is seen by the group's active members and managers; a circle (members, fit, meetings,
private space) only by the people in it and the managers of the round's group. Everyone else
gets a 404.
"""

from django.db.models import Count, Prefetch
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from circles.models import Circle, CircleRound, Experience, SignUp, slot_label
from events.models import Event, Registration
from forums import selectors as forum_selectors


def can_manage_round(member, round_: CircleRound) -> bool:
    return forum_selectors.access_to(member, round_.group).can_manage


def round_access(member, round_: CircleRound):
    """(can see, can manage) for one member and one round."""
    if not member.is_authenticated:
        return False, False
    access = forum_selectors.access_to(member, round_.group)
    return access.can_manage or access.is_member, access.can_manage


def rounds_of_group(group):
    return (
        CircleRound.objects.filter(group=group)
        .annotate(
            signup_count=Count("signups", distinct=True),
            circle_count=Count("circles", distinct=True),
        )
        .order_by("-created_at", "-id")
    )


def round_by_pk(pk: int) -> CircleRound | None:
    return CircleRound.objects.select_related("group", "group__parent").filter(pk=pk).first()


def signup_of(member, round_: CircleRound) -> SignUp | None:
    if not member.is_authenticated:
        return None
    return SignUp.objects.filter(round=round_, member=member).select_related("circle").first()


def _signups_with_people():
    return SignUp.objects.select_related("member__organisation").order_by(
        "member__display_name", "pk"
    )


def round_board(round_: CircleRound) -> dict:
    """Everything the manager's round page shows, in a fixed number of queries."""
    signups = list(_signups_with_people().filter(round=round_))
    circles = list(Circle.objects.filter(round=round_).select_related("private_group"))
    by_circle = {c.pk: [] for c in circles}
    unplaced = []
    for signup in signups:
        if signup.circle_id in by_circle:
            by_circle[signup.circle_id].append(signup)
        else:
            unplaced.append(signup)
    for circle in circles:
        circle.people = by_circle[circle.pk]
        circle.notes = fit_notes(circle.fit)
    return {
        "signups": signups,
        "circles": circles,
        "unplaced": unplaced,
        "average_score": round(sum(c.score for c in circles) / len(circles)) if circles else None,
    }


def circle_for(member, pk: int) -> Circle | None:
    """The circle, if the member is in it or manages the round's group."""
    if not member.is_authenticated:
        return None
    circle = Circle.objects.select_related("round__group", "private_group").filter(pk=pk).first()
    if circle is None:
        return None
    if can_manage_round(member, circle.round):
        return circle
    # Members see their circle only once it is published (a proposal may still change).
    published = circle.round.status in (CircleRound.Status.PUBLISHED, CircleRound.Status.CLOSED)
    if published and SignUp.objects.filter(circle=circle, member=member).exists():
        return circle
    return None


def circle_people(circle: Circle) -> list[SignUp]:
    return list(_signups_with_people().filter(circle=circle))


def meetings_of(circle: Circle):
    if circle.private_group_id is None:
        return Event.objects.none()
    return Event.objects.filter(group_id=circle.private_group_id).order_by("starts_at")


def my_circles(member) -> list[SignUp]:
    """The member's places in published (or closed) rounds, with the next meeting of each."""
    signups = list(
        SignUp.objects.filter(
            member=member,
            circle__isnull=False,
            round__status__in=[CircleRound.Status.PUBLISHED, CircleRound.Status.CLOSED],
        )
        .select_related("round__group", "circle__private_group")
        .prefetch_related(
            Prefetch(
                "circle__signups",
                queryset=_signups_with_people(),
                to_attr="people",
            )
        )
        .order_by("-round__published_at", "-pk")
    )
    group_ids = [s.circle.private_group_id for s in signups if s.circle.private_group_id]
    next_meeting = {}
    upcoming = (
        Event.objects.filter(
            group_id__in=group_ids, starts_at__gte=timezone.now(), is_cancelled=False
        )
        .filter(registrations__member=member, registrations__status=Registration.Status.REGISTERED)
        .order_by("starts_at")
    )
    for event in upcoming:
        next_meeting.setdefault(event.group_id, event)
    for signup in signups:
        signup.next_meeting = next_meeting.get(signup.circle.private_group_id)
        signup.circle.notes = fit_notes(signup.circle.fit)
    return signups


def open_rounds_for(member):
    """Open rounds in the member's groups (for "My circles": somewhere to sign up)."""
    if not member.is_authenticated:
        return CircleRound.objects.none()
    return (
        CircleRound.objects.filter(
            status=CircleRound.Status.OPEN,
            signup_deadline__gte=timezone.now(),
            group_id__in=forum_selectors.my_group_ids(member),
        )
        .select_related("group")
        .order_by("signup_deadline")
    )


def fit_notes(fit: dict) -> list[str]:
    """The fit report in words for the manager and the circle's members."""
    if not fit:
        return []
    notes = []
    size = fit.get("size", 0)
    themes = fit.get("shared_themes", [])
    if themes:
        theme, count = themes[0]
        notes.append(
            _("%(count)s of %(size)s chose “%(theme)s”.")
            % {"count": count, "size": size, "theme": theme}
        )
    else:
        notes.append(_("No theme is shared: agree on a focus at the first meeting."))
    common = fit.get("common_slots", [])
    if common:
        notes.append(
            _("Everyone can meet on %(slots)s.")
            % {"slots": ", ".join(slot_label(s) for s in common[:3])}
        )
    elif fit.get("best_slots"):
        slot, count = fit["best_slots"][0]
        notes.append(
            _("No time suits everyone; %(count)s of %(size)s can meet on %(slot)s.")
            % {"count": count, "size": size, "slot": slot_label(slot)}
        )
    levels = [count for count in fit.get("experience", []) if count]
    if len(levels) >= 3:
        notes.append(_("A good mix of experience."))
    elif len(levels) == 2:
        notes.append(_("Two experience levels."))
    elif size:
        notes.append(_("Everyone has about the same experience."))
    if fit.get("colleague_pairs"):
        notes.append(
            ngettext(
                "%(count)s pair of colleagues in this circle.",
                "%(count)s pairs of colleagues in this circle.",
                fit["colleague_pairs"],
            )
            % {"count": fit["colleague_pairs"]}
        )
    return notes


def experience_rows(fit: dict) -> list[tuple[str, int]]:
    levels = fit.get("experience", [])
    return [
        (label, levels[i] if i < len(levels) else 0)
        for i, (_value, label) in enumerate(Experience.choices)
    ]
