"""Registering, cancelling and the waiting list (events.services)."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from events import services
from events.models import Registration
from notifications.models import Notification
from tests.events.factories import (
    counts_match_rows,
    event_data,
    make_event,
    register_all,
    status_of,
)
from tests.factories import MemberFactory

pytestmark = pytest.mark.django_db

REGISTERED = Registration.Status.REGISTERED
WAITLISTED = Registration.Status.WAITLISTED
CANCELLED = Registration.Status.CANCELLED


@pytest.fixture
def full_event(organiser):
    """Capacity 2, both places taken."""
    event = make_event(organiser=organiser, capacity=2)
    register_all(event, MemberFactory.create_batch(2))
    return event


def test_registering_for_an_event_with_places_registers(event, member):
    registration = services.register(member=member, event=event)

    assert registration.status == REGISTERED
    event.refresh_from_db()
    assert event.attendee_count == 1


def test_registering_twice_keeps_one_registration(event, member):
    services.register(member=member, event=event)
    services.register(member=member, event=event)

    assert Registration.objects.filter(event=event, member=member).count() == 1
    assert counts_match_rows(event)


def test_cancelling_marks_the_registration_cancelled_and_frees_the_place(event, member):
    services.register(member=member, event=event)

    services.cancel(member=member, event=event)

    assert status_of(event, member) == CANCELLED
    event.refresh_from_db()
    assert event.attendee_count == 0


def test_cancelling_without_a_registration_does_nothing(event, member):
    assert services.cancel(member=member, event=event) is None
    assert not Registration.objects.exists()


def test_registering_for_a_full_event_joins_the_waiting_list(full_event, member):
    registration = services.register(member=member, event=full_event)

    assert registration.status == WAITLISTED
    full_event.refresh_from_db()
    assert (full_event.attendee_count, full_event.waitlist_count) == (2, 1)


def test_cancelling_promotes_the_first_on_the_waiting_list(full_event):
    first, second = MemberFactory(), MemberFactory()
    register_all(full_event, [first, second])
    leaving = Registration.objects.filter(event=full_event, status=REGISTERED).first().member

    services.cancel(member=leaving, event=full_event)

    assert status_of(full_event, first) == REGISTERED
    assert status_of(full_event, second) == WAITLISTED


def test_waiting_list_is_served_by_queued_at_not_by_row_order(full_event):
    later, earlier = MemberFactory(), MemberFactory()
    register_all(full_event, [later, earlier])
    # `later` has the lower primary key but joined the queue after `earlier`.
    Registration.objects.filter(member=earlier).update(
        queued_at=timezone.now() - timedelta(hours=1)
    )
    leaving = Registration.objects.filter(event=full_event, status=REGISTERED).first().member

    services.cancel(member=leaving, event=full_event)

    assert status_of(full_event, earlier) == REGISTERED
    assert status_of(full_event, later) == WAITLISTED


def test_promotion_notifies_in_app_and_sends_exactly_one_email(
    full_event, eager_celery, django_capture_on_commit_callbacks
):
    waiting = MemberFactory(email="wanda@example.org")
    services.register(member=waiting, event=full_event)
    leaving = Registration.objects.filter(event=full_event, status=REGISTERED).first().member

    with django_capture_on_commit_callbacks(execute=True):
        services.cancel(member=leaving, event=full_event)

    notification = Notification.objects.get(recipient=waiting)
    assert notification.kind == Notification.Kind.WAITLIST_PROMOTED
    assert notification.url == full_event.get_absolute_url()
    assert notification.emailed_at is not None
    assert [message.to for message in mail.outbox] == [["wanda@example.org"]]


def test_cancelling_a_waitlisted_place_promotes_nobody(full_event):
    first, second = MemberFactory(), MemberFactory()
    register_all(full_event, [first, second])

    services.cancel(member=first, event=full_event)

    assert status_of(full_event, second) == WAITLISTED
    assert not Notification.objects.exists()
    full_event.refresh_from_db()
    assert (full_event.attendee_count, full_event.waitlist_count) == (2, 1)


def test_counts_match_the_rows_through_a_busy_sequence(organiser):
    event = make_event(organiser=organiser, capacity=3)
    people = MemberFactory.create_batch(6)
    steps = [
        lambda: register_all(event, people[:5]),
        lambda: services.cancel(member=people[0], event=event),
        lambda: services.cancel(member=people[4], event=event),
        lambda: services.register(member=people[0], event=event),
        lambda: services.add_attendee(organiser=organiser, event=event, member=people[5]),
        lambda: services.remove_attendee(organiser=organiser, event=event, member=people[1]),
        lambda: services.update_event(
            editor=organiser, event=event, data=event_data(event, capacity=10)
        ),
        lambda: services.cancel(member=people[2], event=event),
    ]
    for step in steps:
        step()
        assert counts_match_rows(event)


def test_registration_is_closed_after_the_deadline(organiser, member):
    event = make_event(
        organiser=organiser, registration_deadline=timezone.now() + timedelta(days=1)
    )
    event.registration_deadline = timezone.now() - timedelta(minutes=1)
    event.save(update_fields=["registration_deadline"])

    with pytest.raises(ValidationError, match="Registration for this event is closed"):
        services.register(member=member, event=event)
    assert not Registration.objects.exists()


def test_registration_is_closed_once_the_event_has_started(organiser, member):
    event = make_event(organiser=organiser, starts_in=-timedelta(minutes=5))

    with pytest.raises(ValidationError, match="Registration for this event is closed"):
        services.register(member=member, event=event)


def test_registration_is_closed_for_a_cancelled_event(event, member):
    event.is_cancelled = True
    event.save(update_fields=["is_cancelled"])

    with pytest.raises(ValidationError, match="closed"):
        services.register(member=member, event=event)


def test_registration_is_open_until_the_deadline(organiser, member):
    event = make_event(
        organiser=organiser, registration_deadline=timezone.now() + timedelta(hours=1)
    )

    assert services.register(member=member, event=event).status == REGISTERED


def test_re_registering_after_cancelling_goes_to_the_back_of_the_queue(full_event):
    first, second = MemberFactory(), MemberFactory()
    register_all(full_event, [first, second])
    services.cancel(member=first, event=full_event)

    again = services.register(member=first, event=full_event)

    assert again.status == WAITLISTED
    queue = Registration.objects.filter(event=full_event, status=WAITLISTED).order_by(
        "queued_at", "pk"
    )
    assert [r.member for r in queue] == [second, first]


def test_re_registering_after_cancelling_is_served_after_those_already_waiting(full_event):
    first, second = MemberFactory(), MemberFactory()
    register_all(full_event, [first, second])
    services.cancel(member=first, event=full_event)
    services.register(member=first, event=full_event)
    leaving = Registration.objects.filter(event=full_event, status=REGISTERED).first().member

    services.cancel(member=leaving, event=full_event)

    assert status_of(full_event, second) == REGISTERED
    assert status_of(full_event, first) == WAITLISTED


def test_re_registering_clears_an_old_check_in(event, member):
    registration = services.register(member=member, event=event)
    Registration.objects.filter(pk=registration.pk).update(checked_in_at=timezone.now())
    services.cancel(member=member, event=event)

    registration = services.register(member=member, event=event)

    assert registration.status == REGISTERED
    assert registration.checked_in_at is None


def test_organisers_can_add_someone_over_capacity(full_event, organiser, member):
    registration = services.add_attendee(organiser=organiser, event=full_event, member=member)

    assert registration.status == REGISTERED
    full_event.refresh_from_db()
    assert full_event.attendee_count == 3
    assert full_event.capacity == 2


def test_organisers_can_add_someone_after_registration_closed(organiser, member):
    event = make_event(organiser=organiser, starts_in=-timedelta(minutes=5))

    registration = services.add_attendee(organiser=organiser, event=event, member=member)

    assert registration.status == REGISTERED


def test_organiser_adding_a_waitlisted_member_registers_them(full_event, organiser, member):
    # A speaker who joined the waiting list before the organiser added them needs the place.
    services.register(member=member, event=full_event)

    registration = services.add_attendee(organiser=organiser, event=full_event, member=member)

    assert registration.status == REGISTERED
    assert counts_match_rows(full_event)


def test_only_organisers_can_add_attendees(event, member):
    with pytest.raises(PermissionDenied):
        services.add_attendee(organiser=member, event=event, member=MemberFactory())
    assert not Registration.objects.exists()


def test_staff_can_add_attendees_to_any_event(event, staff, member):
    registration = services.add_attendee(organiser=staff, event=event, member=member)

    assert registration.status == REGISTERED


def test_raising_the_capacity_promotes_from_the_waiting_list(full_event, organiser):
    waiting = MemberFactory.create_batch(3)
    register_all(full_event, waiting)

    services.update_event(
        editor=organiser, event=full_event, data=event_data(full_event, capacity=4)
    )

    assert [status_of(full_event, m) for m in waiting] == [REGISTERED, REGISTERED, WAITLISTED]
    assert counts_match_rows(full_event)
    assert (
        Notification.objects.filter(
            kind=Notification.Kind.WAITLIST_PROMOTED, recipient__in=waiting[:2]
        ).count()
        == 2
    )


def test_removing_the_capacity_limit_promotes_everyone_waiting(full_event, organiser):
    waiting = MemberFactory.create_batch(2)
    register_all(full_event, waiting)

    services.update_event(
        editor=organiser, event=full_event, data=event_data(full_event, capacity=None)
    )

    assert [status_of(full_event, m) for m in waiting] == [REGISTERED, REGISTERED]
    assert counts_match_rows(full_event)


def test_lowering_the_capacity_keeps_those_already_registered(full_event, organiser):
    services.update_event(
        editor=organiser, event=full_event, data=event_data(full_event, capacity=1)
    )

    full_event.refresh_from_db()
    assert full_event.attendee_count == 2


def test_only_organisers_can_update_an_event(event, member):
    with pytest.raises(PermissionDenied):
        services.update_event(editor=member, event=event, data=event_data(event, capacity=50))


def test_update_event_accepts_a_partial_change(full_event, organiser):
    # update_event applies only the fields it is given, so a caller may send just one.
    services.update_event(editor=organiser, event=full_event, data={"capacity": 5})

    full_event.refresh_from_db()
    assert full_event.capacity == 5


def test_removing_an_attendee_gives_the_place_to_the_waiting_list(full_event, organiser):
    waiting = MemberFactory()
    services.register(member=waiting, event=full_event)
    removed = Registration.objects.filter(event=full_event, status=REGISTERED).first().member

    services.remove_attendee(organiser=organiser, event=full_event, member=removed)

    assert status_of(full_event, removed) == CANCELLED
    assert status_of(full_event, waiting) == REGISTERED
