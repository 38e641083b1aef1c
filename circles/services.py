"""Writes about intervision circles: rounds, sign-ups, forming, moving, publishing, leaving."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from circles import selectors
from circles.builder import Person, build_circles, circle_fit
from circles.models import EXPERIENCE_RANK, SLOTS, Circle, CircleRound, Experience, SignUp
from events import selectors as event_selectors
from events import services as event_services
from events.models import Event
from forums import selectors as forum_selectors
from forums import services as forum_services
from forums.models import Group
from hrnet.celery import enqueue_on_commit
from hrnet.markdown import render_markdown
from notifications.models import Notification
from notifications.services import in_language, notify

ROUND_FIELDS = (
    "title",
    "description_markdown",
    "min_size",
    "max_size",
    "signup_deadline",
    "themes",
    "cadence_weeks",
    "meeting_count",
    "weekday",
    "meeting_time",
    "duration_minutes",
    "time_zone",
    "format",
    "place",
)
MAX_THEMES = 15
LARGEST_CIRCLE = 20


def _manager_only(member, round_: CircleRound) -> None:
    if not selectors.can_manage_round(member, round_):
        raise PermissionDenied


def _lock(round_: CircleRound) -> CircleRound:
    # The round row is the lock: forming, moving and publishing never interleave.
    return CircleRound.objects.select_for_update().select_related("group").get(pk=round_.pk)


def clean_themes(themes) -> list[str]:
    cleaned, seen = [], set()
    for theme in themes:
        theme = " ".join(str(theme).split())[:80]
        if theme and theme.lower() not in seen:
            seen.add(theme.lower())
            cleaned.append(theme)
    return cleaned


def _validate_round(data: dict) -> None:
    if data["min_size"] < 2:
        raise ValidationError(_("A circle needs at least two people."))
    if data["max_size"] < data["min_size"]:
        raise ValidationError(_("The largest circle cannot be smaller than the smallest."))
    if data["max_size"] > LARGEST_CIRCLE:
        raise ValidationError(
            _("Circles of more than %(number)s people are too big for intervision.")
            % {"number": LARGEST_CIRCLE}
        )
    if not data["themes"]:
        raise ValidationError(_("Offer at least one theme."))
    if len(data["themes"]) > MAX_THEMES:
        raise ValidationError(_("Offer at most %(number)s themes.") % {"number": MAX_THEMES})
    try:
        ZoneInfo(data["time_zone"])
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise ValidationError(_("Unknown time zone.")) from error


@transaction.atomic
def open_round(*, manager, group: Group, data: dict) -> CircleRound:
    """Open a round of intervision circles in a group (its managers only)."""
    if not forum_selectors.access_to(manager, group).can_manage:
        raise PermissionDenied
    data = dict(data)
    data["themes"] = clean_themes(data.get("themes", []))
    defaults = {f.name: f.get_default() for f in CircleRound._meta.concrete_fields}
    merged = {field: data.get(field, defaults.get(field)) for field in ROUND_FIELDS}
    _validate_round(merged)
    if merged["signup_deadline"] <= timezone.now():
        raise ValidationError(_("The sign-up deadline must be in the future."))
    round_ = CircleRound(group=group, created_by=manager, **merged)
    round_.description_html = render_markdown(round_.description_markdown)
    round_.save()
    return round_


# --- Sign-ups -----------------------------------------------------------------------------------


@transaction.atomic
def sign_up(
    *, member, round_: CircleRound, themes, experience: str, availability, note: str = ""
) -> SignUp:
    """Sign up (or change one's sign-up) while the round is open; group members only."""
    round_ = _lock(round_)
    if not forum_selectors.access_to(member, round_.group).is_member:
        raise PermissionDenied(_("Join the group to sign up for its intervision circles."))
    if not round_.signup_open:
        raise ValidationError(_("Sign-up for this round is closed."))
    themes = [t for t in round_.themes if t in set(themes)]
    if not themes:
        raise ValidationError(_("Choose at least one theme you want to work on."))
    if experience not in Experience.values:
        raise ValidationError(_("Choose your experience level."))
    slots = [s for s in SLOTS if s in set(availability)]
    if not slots:
        raise ValidationError(_("Tick at least one time of the week when you can meet."))
    signup, _created = SignUp.objects.update_or_create(
        round=round_,
        member=member,
        defaults={
            "themes": themes,
            "experience": experience,
            "availability": slots,
            "note": note.strip()[:300],
        },
    )
    return signup


@transaction.atomic
def withdraw(*, member, round_: CircleRound) -> None:
    """Withdraw a sign-up before the circles are formed."""
    round_ = _lock(round_)
    if round_.status != CircleRound.Status.OPEN:
        raise ValidationError(_("The circles are already formed: leave your circle instead."))
    SignUp.objects.filter(round=round_, member=member).delete()


# --- Forming ------------------------------------------------------------------------------------


def _person(signup: SignUp) -> Person:
    return Person(
        id=signup.pk,
        organisation=signup.member.organisation_id,
        themes=frozenset(signup.themes),
        experience=EXPERIENCE_RANK.get(signup.experience, 0),
        slots=frozenset(signup.availability),
    )


def _refresh_fit(circle: Circle) -> None:
    signups = list(SignUp.objects.filter(circle=circle).select_related("member"))
    fit = circle_fit([_person(s) for s in signups])
    circle.fit, circle.score = fit.as_dict(), fit.score
    circle.save(update_fields=["fit", "score"])


@transaction.atomic
def form_circles(*, manager, round_: CircleRound, seed: int = 2026, seconds: float = 3.0):
    """Run the builder over every sign-up and store the proposal (replacing an earlier one).

    Sign-ups close from here on; nothing is visible to members until the round is published.
    """
    _manager_only(manager, round_)
    round_ = _lock(round_)
    if round_.status not in (CircleRound.Status.OPEN, CircleRound.Status.PROPOSED):
        raise ValidationError(_("These circles are already published."))
    signups = list(
        SignUp.objects.filter(round=round_).select_related("member").order_by("created_at", "pk")
    )
    if not signups:
        raise ValidationError(_("Nobody has signed up yet."))
    result = build_circles(
        [_person(s) for s in signups],
        min_size=round_.min_size,
        max_size=round_.max_size,
        seed=seed,
        seconds=seconds,
    )
    SignUp.objects.filter(round=round_).update(circle=None, unplaced_reason="")
    Circle.objects.filter(round=round_).delete()
    circles = Circle.objects.bulk_create(
        [
            Circle(round=round_, number=number, fit=fit.as_dict(), score=fit.score)
            for number, fit in enumerate(result.fits, start=1)
        ]
    )
    by_id = {s.pk: s for s in signups}
    for circle, ids in zip(circles, result.circles, strict=True):
        for pk in ids:
            by_id[pk].circle = circle
    for pk, reason in result.unplaced.items():
        by_id[pk].unplaced_reason = reason
    SignUp.objects.bulk_update(signups, ["circle", "unplaced_reason"])
    round_.status = CircleRound.Status.PROPOSED
    round_.save(update_fields=["status"])
    return result


def _colleague_in(circle: Circle, signup: SignUp) -> SignUp | None:
    organisation = signup.member.organisation_id
    if organisation is None:
        return None
    return (
        SignUp.objects.filter(circle=circle, member__organisation_id=organisation)
        .exclude(pk=signup.pk)
        .select_related("member")
        .first()
    )


@transaction.atomic
def move_member(*, manager, signup: SignUp, to_circle: Circle | None) -> SignUp:
    """Move someone to another circle (or out of the circles: `to_circle=None`).

    Refused with a message when the move would seat colleagues together or take a circle
    outside its round's sizes. After publishing, the private group and the meetings follow.
    """
    round_ = _lock(signup.round)
    _manager_only(manager, round_)
    signup = SignUp.objects.select_for_update().select_related("member").get(pk=signup.pk)
    if round_.status not in (CircleRound.Status.PROPOSED, CircleRound.Status.PUBLISHED):
        raise ValidationError(_("People can be moved only between proposed or published circles."))
    if to_circle is not None and to_circle.round_id != round_.pk:
        raise ValidationError(_("That circle belongs to another round."))
    source = signup.circle
    if source is not None and to_circle is not None and source.pk == to_circle.pk:
        return signup
    if to_circle is not None:
        colleague = _colleague_in(to_circle, signup)
        if colleague is not None:
            raise ValidationError(
                _(
                    "%(name)s cannot join %(circle)s: %(colleague)s from the same organisation "
                    "is already in it."
                )
                % {
                    "name": signup.member.public_name,
                    "circle": to_circle.name,
                    "colleague": colleague.member.public_name,
                }
            )
        if SignUp.objects.filter(circle=to_circle).count() >= round_.max_size:
            raise ValidationError(
                _("%(circle)s is full: circles of this round have at most %(number)s people.")
                % {"circle": to_circle.name, "number": round_.max_size}
            )
    if source is not None and SignUp.objects.filter(circle=source).count() <= round_.min_size:
        raise ValidationError(
            _("%(circle)s would be too small: circles of this round need %(number)s people.")
            % {"circle": source.name, "number": round_.min_size}
        )
    signup.circle = to_circle
    signup.unplaced_reason = "" if to_circle is not None else SignUp.Reason.MANAGER
    published = round_.status == CircleRound.Status.PUBLISHED
    if published:
        signup.move_count += 1
    signup.save(update_fields=["circle", "unplaced_reason", "move_count"])
    for circle in (source, to_circle):
        if circle is not None:
            _refresh_fit(circle)
    if published:
        if source is not None:
            _leave_space(source, signup.member)
        if to_circle is not None:
            _join_space(to_circle, signup.member)
        _notify_moved(signup, to_circle)
    return signup


# --- Publishing ---------------------------------------------------------------------------------


def first_meeting_start(round_: CircleRound, now=None) -> datetime:
    """The round's weekday and time, at least a week after publishing and after the deadline."""
    now = now or timezone.now()
    zone = ZoneInfo(round_.time_zone)
    earliest = (max(now, round_.signup_deadline) + timedelta(days=7)).astimezone(zone).date()
    day = earliest + timedelta(days=(round_.weekday - earliest.weekday()) % 7)
    return datetime.combine(day, round_.meeting_time, tzinfo=zone)


def _meeting_data(round_: CircleRound, circle: Circle, group: Group, starts_at) -> dict:
    place = round_.place.strip()
    online = round_.format == CircleRound.Format.ONLINE
    return {
        "title": f"{round_.title} · {circle.name}",
        "kind": Event.Kind.WORKSHOP,
        "format": Event.Format.ONLINE if online else Event.Format.IN_PERSON,
        "description_markdown": round_.description_markdown,
        "online_url": place if online and place.startswith(("https://", "http://")) else "",
        "venue": "" if online and place.startswith(("https://", "http://")) else place[:200],
        "group": group,
        "language": round_.group.language,
        "starts_at": starts_at,
        "ends_at": starts_at + timedelta(minutes=round_.duration_minutes),
        "time_zone": round_.time_zone,
    }


@transaction.atomic
def publish_round(*, manager, round_: CircleRound) -> CircleRound:
    """Publish the circles: each gets its private group and meeting series (set up by a Celery
    task per circle, after commit), and the people left over hear why."""
    _manager_only(manager, round_)
    round_ = _lock(round_)
    if round_.status != CircleRound.Status.PROPOSED:
        raise ValidationError(_("Form the circles before publishing them."))
    circle_ids = list(round_.circles.order_by("number").values_list("pk", flat=True))
    if not circle_ids:
        raise ValidationError(_("There are no circles to publish."))
    round_.status = CircleRound.Status.PUBLISHED
    round_.published_at = timezone.now()
    round_.published_by = manager
    round_.save(update_fields=["status", "published_at", "published_by"])
    for signup in round_.signups.filter(circle__isnull=True).select_related("member"):
        notify(
            recipient=signup.member,
            kind=Notification.Kind.GROUP,
            key=f"circle-unplaced:{round_.pk}:{signup.member_id}",
            message=in_language(
                signup.member,
                lambda: (
                    _("The circles of “%(round)s” are formed, but we could not place you.")
                    % {"round": round_.title}
                ),
            ),
            url=round_.get_absolute_url(),
            email=True,
        )
    from circles.tasks import set_up_circle as set_up_task

    for circle_id in circle_ids:
        enqueue_on_commit(set_up_task, circle_id)
    return round_


def set_up_circle(*, circle_id: int, now=None) -> bool:
    """Create what a published circle still lacks: its private group (exactly its members),
    its meetings (each member registered, so the events' reminders follow) and the "your circle
    is ready" notifications. Safe to run twice: a second run finds everything and adds nothing.
    """
    with transaction.atomic():
        circle = Circle.objects.filter(pk=circle_id).select_related("round").first()
        if circle is None:
            return False
        round_ = _lock(circle.round)  # moves and leaving wait until the space exists
        if round_.status != CircleRound.Status.PUBLISHED:
            return False
        circle = (
            Circle.objects.select_for_update(of=("self",))
            .select_related("private_group")
            .get(pk=circle_id)
        )
        members = [
            s.member
            for s in SignUp.objects.filter(circle=circle).select_related("member").order_by("pk")
        ]
        if not members:
            return False
        organiser = round_.published_by or round_.created_by
        group = circle.private_group
        if group is None:
            group = forum_services.create_group(
                creator=members[0],
                name=f"{round_.title}: {circle.name}"[:120],
                description=_("The private space of %(circle)s in “%(round)s”.")
                % {"circle": circle.name, "round": round_.title},
                kind=Group.Kind.THEME,
                visibility=Group.Visibility.HIDDEN,
                language=round_.group.language,
                parent=round_.group,
            )
            # Peers among peers: nobody manages the space (staff can still moderate it).
            for member in members:
                forum_services.add_to_group(group=group, member=member)
            circle.private_group = group
            circle.save(update_fields=["private_group"])
        planned = Event.objects.filter(group=group).count()
        first_start = first_meeting_start(round_, now or round_.published_at)
        zone = ZoneInfo(round_.time_zone)
        for number in range(planned, round_.meeting_count):
            # Same wall-clock time in the round's zone, across daylight-saving changes.
            local = first_start + timedelta(weeks=number * round_.cadence_weeks)
            starts_at = datetime.combine(local.date(), round_.meeting_time, tzinfo=zone)
            event = event_services.create_event(
                organiser=organiser, data=_meeting_data(round_, circle, group, starts_at)
            )
            event_services.register_members(organiser=organiser, event=event, members=members)
        for member in members:
            notify(
                recipient=member,
                kind=Notification.Kind.GROUP,
                key=f"circle-published:{circle.pk}:{member.pk}",
                message=in_language(
                    member,
                    lambda: (
                        _("Your intervision circle is ready: %(circle)s of “%(round)s”.")
                        % {"circle": circle.name, "round": round_.title}
                    ),
                ),
                url=circle.get_absolute_url(),
                email=True,
            )
    return True


def set_up_pending_circles() -> int:
    """The sweep: circles of published rounds whose set-up was lost (broker down)."""
    pending = Circle.objects.filter(
        round__status=CircleRound.Status.PUBLISHED, private_group__isnull=True
    ).values_list("pk", flat=True)
    return sum(set_up_circle(circle_id=pk) for pk in list(pending[:200]))


def _future_meetings(circle: Circle):
    if circle.private_group_id is None:
        return Event.objects.none()
    return event_selectors.group_events(circle.private_group).filter(starts_at__gt=timezone.now())


def _leave_space(circle: Circle, member) -> None:
    if circle.private_group_id is None:
        return
    for event in _future_meetings(circle):
        event_services.cancel(member=member, event=event)
    forum_services.remove_from_group(group=circle.private_group, member=member)


def _join_space(circle: Circle, member) -> None:
    if circle.private_group_id is None:
        return
    forum_services.add_to_group(group=circle.private_group, member=member)
    for event in _future_meetings(circle):
        event_services.register(member=member, event=event, by_organiser=True)


def _notify_moved(signup: SignUp, to_circle: Circle | None) -> None:
    member, round_ = signup.member, signup.round
    if to_circle is not None:
        message = in_language(
            member,
            lambda: (
                _("You have been moved to %(circle)s of “%(round)s”.")
                % {"circle": to_circle.name, "round": round_.title}
            ),
        )
        url = to_circle.get_absolute_url()
    else:
        message = in_language(
            member,
            lambda: (
                _("A manager has taken you out of the circles of “%(round)s”.")
                % {"round": round_.title}
            ),
        )
        url = round_.get_absolute_url()
    notify(
        recipient=member,
        kind=Notification.Kind.GROUP,
        key=f"circle-moved:{signup.pk}:{signup.move_count}",
        message=message,
        url=url,
        email=True,
    )


@transaction.atomic
def leave_circle(*, member, circle: Circle) -> SignUp:
    """Leave one's circle: its private group and coming meetings too."""
    round_ = _lock(circle.round)
    signup = (
        SignUp.objects.select_for_update()
        .filter(round=round_, member=member, circle=circle)
        .first()
    )
    if signup is None:
        raise ValidationError(_("You are not in this circle."))
    if round_.status == CircleRound.Status.CLOSED:
        raise ValidationError(_("This round is closed."))
    signup.circle = None
    signup.unplaced_reason = SignUp.Reason.LEFT
    signup.save(update_fields=["circle", "unplaced_reason"])
    _refresh_fit(circle)
    if round_.status == CircleRound.Status.PUBLISHED:
        _leave_space(circle, member)
    return signup


@transaction.atomic
def close_round(*, manager, round_: CircleRound) -> CircleRound:
    """Close a round: circles archived, coming meetings called off, private groups kept."""
    _manager_only(manager, round_)
    round_ = _lock(round_)
    if round_.status == CircleRound.Status.CLOSED:
        return round_
    now = timezone.now()
    for circle in round_.circles.select_related("private_group"):
        for event in _future_meetings(circle).prefetch_related("organisers"):
            # The round's managers decide here; the meetings' organiser records the call-off.
            organiser = next(iter(event.organisers.all()), None) or manager
            event_services.cancel_event(organiser=organiser, event=event)
    round_.circles.update(archived_at=now)
    round_.status = CircleRound.Status.CLOSED
    round_.closed_at = now
    round_.save(update_fields=["status", "closed_at"])
    return round_
