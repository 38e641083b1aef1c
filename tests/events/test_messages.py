"""Organisers' messages to attendees: one delivery row per person, each sent once."""

import contextlib
import threading
from unittest import mock

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied
from django.db import connection, transaction
from django.urls import reverse

from events import emails, services, tasks
from events.models import AttendeeMessage, Event, MessageDelivery
from tests.events.factories import make_event, register_all
from tests.factories import MemberFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def busy_event(organiser):
    """Capacity 3: three registered, two waiting, one cancelled."""
    event = make_event(organiser=organiser, capacity=3, title="Labour law update")
    people = MemberFactory.create_batch(6)
    register_all(event, people)
    services.cancel(member=people[0], event=event)
    return event


def recipients(message):
    return set(message.deliveries.values_list("member_id", flat=True))


def registered_ids(event, *statuses):
    return set(
        event.registrations.filter(status__in=statuses or ["registered"]).values_list(
            "member_id", flat=True
        )
    )


def send(organiser, event, **options):
    return services.message_attendees(
        organiser=organiser,
        event=event,
        subject="  Room change  ",
        body="We meet in room B.",
        **options,
    )


def test_message_creates_one_delivery_per_registered_member(busy_event, organiser):
    message = send(organiser, busy_event)

    assert recipients(message) == registered_ids(busy_event)
    assert message.deliveries.count() == 3
    assert message.subject == "Room change"


def test_include_waitlist_also_reaches_the_waiting_list(busy_event, organiser):
    message = send(organiser, busy_event, include_waitlist=True)

    assert recipients(message) == registered_ids(busy_event, "registered", "waitlisted")
    assert message.deliveries.count() == 5


def test_the_task_sends_each_delivery_after_commit(
    busy_event, organiser, eager_celery, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        message = send(organiser, busy_event)

    assert len(mail.outbox) == 3
    assert {tuple(m.to) for m in mail.outbox} == {
        (email,)
        for email in busy_event.registrations.filter(status="registered").values_list(
            "member__email", flat=True
        )
    }
    assert mail.outbox[0].subject == "[Labour law update] Room change"
    assert not message.deliveries.filter(sent_at__isnull=True).exists()


def test_running_the_task_twice_sends_each_message_once(
    busy_event, organiser, eager_celery, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        message = send(organiser, busy_event)

    assert tasks.send_attendee_message(message.pk) == 0
    assert len(mail.outbox) == 3


def test_message_email_has_text_and_html(busy_event, organiser):
    message = send(organiser, busy_event)

    services.send_attendee_message(message_id=message.pk)

    email = mail.outbox[0]
    assert "We meet in room B." in email.body
    ((html, mimetype),) = email.alternatives
    assert mimetype == "text/html"
    assert "We meet in room B." in html


def test_an_inactive_member_is_marked_done_but_not_emailed(busy_event, organiser):
    message = send(organiser, busy_event)
    gone = message.deliveries.first().member
    gone.is_active = False
    gone.save(update_fields=["is_active"])

    services.send_attendee_message(message_id=message.pk)

    assert len(mail.outbox) == 2
    assert [gone.email] not in [m.to for m in mail.outbox]
    assert not message.deliveries.filter(sent_at__isnull=True).exists()


def test_a_non_organiser_cannot_message_attendees(busy_event, member):
    with pytest.raises(PermissionDenied):
        send(member, busy_event)
    assert not AttendeeMessage.objects.exists()


def test_the_message_page_is_not_found_for_a_non_organiser(client, busy_event, member):
    client.force_login(member)

    response = client.post(
        reverse("events:message", args=[busy_event.slug]), {"subject": "Hi", "body": "Spam"}
    )

    assert response.status_code == 404
    assert not AttendeeMessage.objects.exists()


def test_a_failed_delivery_does_not_resend_those_already_sent(busy_event, organiser):
    # The task retries after an error; people emailed before the error must not get it twice.
    message = send(organiser, busy_event)
    real_send = emails.send_attendee_message_email
    calls = []

    def fail_on_the_second(delivery):
        calls.append(delivery.member_id)
        if len(calls) == 2:
            raise ConnectionError("SMTP server went away")
        real_send(delivery)

    with mock.patch("events.emails.send_attendee_message_email", side_effect=fail_on_the_second):
        with contextlib.suppress(ConnectionError):  # the Celery task retries
            services.send_attendee_message(message_id=message.pk)
        services.send_attendee_message(message_id=message.pk)

    sent_to = sorted(address for m in mail.outbox for address in m.to)
    assert len(sent_to) == 3
    assert len(set(sent_to)) == 3, f"someone got the message twice: {sent_to}"


@pytest.mark.django_db(transaction=True)
def test_a_message_is_sent_while_someone_registers_for_the_event(organiser):
    # Registering holds the event row; the sender must not skip every delivery and stop.
    event = make_event(organiser=organiser)
    register_all(event, MemberFactory.create_batch(2))
    message = send(organiser, event)
    locked, release = threading.Event(), threading.Event()

    def hold_the_event_row():
        try:
            with transaction.atomic():
                Event.objects.select_for_update().get(pk=event.pk)
                locked.set()
                release.wait(timeout=30)
        finally:
            connection.close()

    holder = threading.Thread(target=hold_the_event_row)
    holder.start()
    try:
        assert locked.wait(timeout=30)
        sent = services.send_attendee_message(message_id=message.pk)
    finally:
        release.set()
        holder.join(timeout=30)

    assert sent == 2
    assert not MessageDelivery.objects.filter(message=message, sent_at__isnull=True).exists()
