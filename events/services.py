"""Writes about events: organising, registering, the waiting list, check-in, reminders."""

import logging
from datetime import timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Count, Exists, OuterRef, Q
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from events import caching, selectors
from events.models import (
    AgendaItem,
    AttendeeMessage,
    Event,
    MessageDelivery,
    Registration,
    Reminder,
)
from hrnet.celery import enqueue_on_commit
from hrnet.markdown import render_markdown
from members import caching as member_caching
from members import home_cache
from notifications.models import Notification
from notifications.services import notify

logger = logging.getLogger(__name__)

EVENT_FIELDS = (
    "title",
    "kind",
    "format",
    "description_markdown",
    "venue",
    "address",
    "city",
    "country",
    "online_url",
    "host_organisation",
    "group",
    "language",
    "starts_at",
    "ends_at",
    "time_zone",
    "capacity",
    "registration_deadline",
    "fee",
    "currency",
    "table_count",
    "round_count",
)


def _unique_slug(title: str, starts_at) -> str:
    base = f"{slugify(title)[:180] or 'event'}-{starts_at:%Y-%m-%d}"
    slug, number = base, 2
    while Event.objects.filter(slug=slug).exists():
        slug, number = f"{base}-{number}", number + 1
    return slug


def _validate_times(data: dict) -> None:
    if data["ends_at"] < data["starts_at"]:
        raise ValidationError(_("The event cannot end before it starts."))
    deadline = data.get("registration_deadline")
    if deadline and deadline > data["starts_at"]:
        raise ValidationError(_("The registration deadline must be before the event starts."))


@transaction.atomic
def create_event(*, organiser, data: dict) -> Event:
    """Create an event; the creator is its first organiser."""
    _validate_times(data)
    event = Event(**{field: data.get(field) for field in EVENT_FIELDS if field in data})
    event.slug = _unique_slug(event.title, event.starts_at)
    event.description_html = render_markdown(event.description_markdown)
    event.save()
    event.organisers.add(organiser)
    return event


@transaction.atomic
def update_event(*, editor, event: Event, data: dict) -> Event:
    if not selectors.is_organiser(editor, event):
        raise PermissionDenied
    _validate_times(
        {
            field: data.get(field, getattr(event, field))
            for field in ("starts_at", "ends_at", "registration_deadline")
        }
    )
    for field in EVENT_FIELDS:
        if field in data:
            setattr(event, field, data[field])
    event.description_html = render_markdown(event.description_markdown)
    event.save()
    # A larger room frees places for the waiting list at once.
    _fill_from_waitlist(Event.objects.select_for_update().get(pk=event.pk))
    return event


@transaction.atomic
def cancel_event(*, organiser, event: Event) -> Event:
    """Call an event off (kept, marked cancelled): no reminders go out for it any more."""
    if not selectors.is_organiser(organiser, event):
        raise PermissionDenied
    if not event.is_cancelled:
        event.is_cancelled = True
        event.save(update_fields=["is_cancelled"])
    return event


# --- Registration -------------------------------------------------------------------------------


def _lock(event: Event) -> Event:
    # The event row is the lock: concurrent registrations queue here, so capacity holds.
    return Event.objects.select_for_update().get(pk=event.pk)


def _recount(event: Event) -> None:
    counts = Registration.objects.filter(event=event).aggregate(
        registered=Count("pk", filter=Q(status=Registration.Status.REGISTERED)),
        waitlisted=Count("pk", filter=Q(status=Registration.Status.WAITLISTED)),
    )
    Event.objects.filter(pk=event.pk).update(
        attendee_count=counts["registered"], waitlist_count=counts["waitlisted"]
    )
    event.attendee_count, event.waitlist_count = counts["registered"], counts["waitlisted"]
    # The cached event list shows these counts and who is going (update() sends no post_save).
    member_caching.bump("events")


@transaction.atomic
def register(*, member, event: Event, by_organiser: bool = False) -> Registration:
    """Register for an event, or join its waiting list when it is full."""
    event = _lock(event)
    if not selectors.can_see_event(member, event):
        raise PermissionDenied
    if not by_organiser and not event.registration_open:
        raise ValidationError(_("Registration for this event is closed."))
    registration = Registration.objects.filter(event=event, member=member).first()
    if registration is not None and registration.status == Registration.Status.REGISTERED:
        return registration
    if (
        registration is not None
        and registration.status == Registration.Status.WAITLISTED
        and not by_organiser
    ):
        return registration
    registered = Registration.objects.filter(
        event=event, status=Registration.Status.REGISTERED
    ).count()
    has_place = by_organiser or event.capacity is None or registered < event.capacity
    status = Registration.Status.REGISTERED if has_place else Registration.Status.WAITLISTED
    now = timezone.now()
    if registration is None:
        registration = Registration.objects.create(
            event=event, member=member, status=status, queued_at=now
        )
    else:
        registration.status, registration.queued_at = status, now
        registration.checked_in_at = None
        registration.save(update_fields=["status", "queued_at", "checked_in_at"])
    _recount(event)
    return registration


@transaction.atomic
def register_members(*, organiser, event: Event, members) -> int:
    """Register a list of members in one go (e.g. an intervision circle for its meeting series).

    Members who may not see the event are skipped; beyond the capacity they join the waiting
    list. Returns how many are registered or waiting now. Queries do not grow with the list.
    """
    _organiser_only(organiser, event)
    event = _lock(event)
    allowed = selectors.members_who_can_see(event, [m.pk for m in members])
    existing = {
        r.member_id: r for r in Registration.objects.filter(event=event, member_id__in=allowed)
    }
    registered = Registration.objects.filter(
        event=event, status=Registration.Status.REGISTERED
    ).count()
    now = timezone.now()
    new, changed = [], []
    for member_id in sorted(allowed):
        registration = existing.get(member_id)
        if registration is not None and registration.status != Registration.Status.CANCELLED:
            continue
        has_place = event.capacity is None or registered < event.capacity
        status = Registration.Status.REGISTERED if has_place else Registration.Status.WAITLISTED
        registered += has_place
        if registration is None:
            new.append(Registration(event=event, member_id=member_id, status=status, queued_at=now))
        else:
            registration.status, registration.queued_at = status, now
            registration.checked_in_at = None
            changed.append(registration)
    Registration.objects.bulk_create(new)
    Registration.objects.bulk_update(changed, ["status", "queued_at", "checked_in_at"])
    home_cache.forget_homes([registration.member_id for registration in new + changed])
    caching.forget_going(event.pk)
    _recount(event)
    return len(new) + len(changed)


@transaction.atomic
def cancel(*, member, event: Event) -> Registration | None:
    """Cancel a registration; the first on the waiting list gets the place."""
    event = _lock(event)
    registration = Registration.objects.filter(event=event, member=member).first()
    if registration is None or registration.status == Registration.Status.CANCELLED:
        return registration
    registration.status = Registration.Status.CANCELLED
    registration.save(update_fields=["status"])
    _fill_from_waitlist(event)
    return registration


def _fill_from_waitlist(event: Event) -> list[Registration]:
    """Promote waiting members, first come first served, while places are free."""
    promoted = []
    registered = Registration.objects.filter(
        event=event, status=Registration.Status.REGISTERED
    ).count()
    waiting = (
        Registration.objects.select_for_update()
        .filter(event=event, status=Registration.Status.WAITLISTED)
        .select_related("member")
        .order_by("queued_at", "pk")
    )
    if event.capacity is not None:
        waiting = waiting[: max(0, event.capacity - registered)]
    for registration in waiting:
        registration.status = Registration.Status.REGISTERED
        registration.save(update_fields=["status"])
        promoted.append(registration)
        notify(
            recipient=registration.member,
            kind=Notification.Kind.WAITLIST_PROMOTED,
            key=f"waitlist-promoted:{registration.pk}:{registration.queued_at:%Y%m%d%H%M%S%f}",
            message=_("Good news: a place opened up and you are now registered for “%(event)s”.")
            % {"event": event.title},
            url=event.get_absolute_url(),
            email=True,
        )
    _recount(event)
    return promoted


def _organiser_only(member, event: Event) -> None:
    if not selectors.is_organiser(member, event):
        raise PermissionDenied


@transaction.atomic
def remove_attendee(*, organiser, event: Event, member) -> Registration | None:
    _organiser_only(organiser, event)
    return cancel(member=member, event=event)


@transaction.atomic
def add_attendee(*, organiser, event: Event, member) -> Registration:
    """Organisers may add someone even when the event is full (a speaker, a host)."""
    _organiser_only(organiser, event)
    return register(member=member, event=event, by_organiser=True)


def set_checked_in(*, organiser, registration: Registration, checked_in: bool) -> Registration:
    _organiser_only(organiser, registration.event)
    registration.checked_in_at = timezone.now() if checked_in else None
    registration.save(update_fields=["checked_in_at"])
    return registration


def set_paid(*, organiser, registration: Registration, paid: bool) -> Registration:
    _organiser_only(organiser, registration.event)
    registration.paid = paid
    registration.save(update_fields=["paid"])
    return registration


def set_table_host(*, organiser, registration: Registration, host: bool) -> Registration:
    _organiser_only(organiser, registration.event)
    registration.is_table_host = host
    registration.save(update_fields=["is_table_host"])
    return registration


@transaction.atomic
def save_agenda_item(
    *, organiser, event: Event, data: dict, item: AgendaItem | None = None
) -> AgendaItem:
    _organiser_only(organiser, event)
    item = item or AgendaItem(event=event)
    for field in (
        "starts_at",
        "ends_at",
        "title",
        "description",
        "speaker",
        "guest_speaker",
        "is_keynote",
    ):
        if field in data:
            setattr(item, field, data[field])
    if item.ends_at and item.ends_at < item.starts_at:
        raise ValidationError(_("An agenda item cannot end before it starts."))
    item.save()
    return item


# --- Messages and reminders ---------------------------------------------------------------------


@transaction.atomic
def message_attendees(
    *, organiser, event: Event, subject: str, body: str, include_waitlist: bool = False
) -> AttendeeMessage:
    """Queue a message to everyone registered; every delivery is a row, sent once by Celery."""
    _organiser_only(organiser, event)
    message = AttendeeMessage.objects.create(
        event=event,
        sender=organiser,
        subject=subject.strip(),
        body=body.strip(),
        include_waitlist=include_waitlist,
    )
    statuses = [Registration.Status.REGISTERED]
    if include_waitlist:
        statuses.append(Registration.Status.WAITLISTED)
    member_ids = Registration.objects.filter(event=event, status__in=statuses).values_list(
        "member_id", flat=True
    )
    MessageDelivery.objects.bulk_create(
        [MessageDelivery(message=message, member_id=member_id) for member_id in member_ids],
        ignore_conflicts=True,
    )
    from events.tasks import send_attendee_message

    enqueue_on_commit(send_attendee_message, message.pk)
    return message


def send_attendee_message(*, message_id: int, batch: int = 200) -> int:
    """Send the unsent deliveries of one message; safe to run twice or in parallel."""
    from events.emails import send_attendee_message_email

    sent = 0
    while True:
        # One delivery per transaction: an error later never un-marks those already sent.
        with transaction.atomic():
            delivery = (
                MessageDelivery.objects.select_for_update(skip_locked=True, of=("self",))
                .filter(message_id=message_id, sent_at__isnull=True)
                .select_related("member", "message__event")
                .first()
            )
            if delivery is None:
                return sent
            if delivery.member.is_active:
                send_attendee_message_email(delivery)
            delivery.sent_at = timezone.now()
            delivery.save(update_fields=["sent_at"])
            sent += 1


def _send_one_reminder(registration_id: int, kind: str, send) -> int:
    with transaction.atomic():
        reminder, _created = Reminder.objects.get_or_create(
            registration_id=registration_id, kind=kind
        )
        reminder = (
            Reminder.objects.select_for_update(skip_locked=True)
            .filter(pk=reminder.pk, sent_at__isnull=True)
            .select_related("registration__event", "registration__member")
            .first()
        )
        if reminder is None:
            return 0
        send(reminder)
        reminder.sent_at = timezone.now()
        reminder.save(update_fields=["sent_at"])
        return 1


REMINDER_WINDOWS = {
    Reminder.Kind.DAY_BEFORE: (timedelta(hours=24), timedelta(hours=2)),
    Reminder.Kind.TWO_HOURS: (timedelta(hours=2), timedelta(0)),
}


def send_due_reminders(*, now=None) -> int:
    """Send every reminder that is due; a Reminder row is claimed before sending, so a second
    run, or a second worker, sends nothing twice."""
    from events.emails import send_reminder_email

    now = now or timezone.now()
    sent = 0
    for kind, (before, until) in REMINDER_WINDOWS.items():
        due = (
            Registration.objects.filter(
                status=Registration.Status.REGISTERED,
                event__is_cancelled=False,
                event__starts_at__lte=now + before,
                event__starts_at__gt=now + until,
                member__is_active=True,
                member__event_reminders=True,
            )
            .exclude(
                Exists(
                    Reminder.objects.filter(
                        registration=OuterRef("pk"), kind=kind, sent_at__isnull=False
                    )
                )
            )
            .values_list("pk", flat=True)
        )
        for registration_id in list(due[:2000]):
            try:
                sent += _send_one_reminder(registration_id, kind, send_reminder_email)
            except Exception:  # one bad address must not hold back everyone after it
                logger.exception(
                    "Reminder %s for registration %s failed; retried next run",
                    kind,
                    registration_id,
                )
    return sent


# --- World café seating -------------------------------------------------------------------------


@transaction.atomic
def plan_seating(*, organiser, event: Event, seconds: float = 1.5):
    """Seat everyone registered (hosts stay at their tables) and store the plan."""
    from events.models import SeatingPlan
    from events.planner import Participant
    from events.planner import plan_seating as run_planner

    _organiser_only(organiser, event)
    if not event.table_count or not event.round_count:
        raise ValidationError(_("Set the number of tables and rounds first."))
    registrations = list(
        Registration.objects.filter(event=event, status=Registration.Status.REGISTERED)
        .select_related("member")
        .order_by("queued_at", "pk")
    )
    if len(registrations) < event.table_count:
        raise ValidationError(_("There are fewer people registered than tables."))
    participants = [
        Participant(id=r.member_id, organisation=r.member.organisation_id, role=r.member.role)
        for r in registrations
    ]
    host_ids = [r.member_id for r in registrations if r.is_table_host][: event.table_count]
    hosts = dict(enumerate(host_ids))
    try:
        plan = run_planner(
            participants,
            tables=event.table_count,
            rounds=event.round_count,
            hosts=hosts,
            seconds=seconds,
        )
    except ValueError as error:
        raise ValidationError(str(error)) from error
    seating, _created = SeatingPlan.objects.update_or_create(
        event=event,
        defaults={
            "assignment": {
                "rounds": plan.rounds,
                "hosts": {str(t): h for t, h in plan.hosts.items()},
            },
            "repeated_pairs": plan.repeated_pairs,
            "same_organisation_pairs": plan.same_organisation_pairs,
            "average_new_people": plan.average_new_people,
            "lower_bound_repeated_pairs": plan.lower_bound_repeated_pairs,
            "created_at": timezone.now(),
        },
    )
    return seating


def calendar_feed_for(member):
    from events.models import CalendarFeed

    feed, _created = CalendarFeed.objects.get_or_create(member=member)
    return feed


def reset_calendar_feed(member):
    from events.models import new_calendar_token

    feed = calendar_feed_for(member)
    feed.token = new_calendar_token()
    feed.save(update_fields=["token"])
    return feed
