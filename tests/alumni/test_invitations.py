"""Inviting former employees: the outbox rows, the Celery batches, the link, bounces, revoking."""

import contextlib
import smtplib

import pytest
from django.conf import settings
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client

from alumni import services, tasks
from alumni.models import FormerEmployee
from tests.alumni.factories import add_alumnus, make_former_employee, make_network
from tests.alumni.helpers import (
    REFUSING_BACKEND,
    REJECTED_ADDRESS,
    REJECTING_ONE_BACKEND,
    TaskQueue,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def queue(monkeypatch):
    """The broker: what request_invitations and the task would publish, recorded, not run."""
    recorder = TaskQueue()
    monkeypatch.setattr(tasks.send_alumni_invitations, "apply_async", recorder.apply_async)
    return recorder


@pytest.fixture
def eager_celery(settings):
    settings.CELERY_TASK_ALWAYS_EAGER = True


def register(network, count):
    return [
        make_former_employee(network, name=f"Leaver Number{n}", email=f"leaver{n}@example.se")
        for n in range(1, count + 1)
    ]


def invite(admin, people):
    return services.request_invitations(
        admin=admin, network=people[0].network, former_employee_ids=[p.pk for p in people]
    )


def run_batch(network):
    return tasks.send_alumni_invitations(network.pk)


def recipients():
    return sorted(address for message in mail.outbox for address in message.to)


# --- Requesting and sending ---------------------------------------------------------------------


def test_requesting_invitations_publishes_one_batch_after_commit(
    network, network_admin, queue, django_capture_on_commit_callbacks
):
    people = register(network, 3)

    with django_capture_on_commit_callbacks(execute=True):
        count = invite(network_admin, people)

    assert count == 3
    assert queue.published == [((network.pk,), {})]
    assert mail.outbox == []  # nothing is sent inside the admin's request


def test_request_and_task_send_exactly_one_email_per_person(
    network, network_admin, eager_celery, django_capture_on_commit_callbacks
):
    people = register(network, 3)

    with django_capture_on_commit_callbacks(execute=True):
        invite(network_admin, people)

    assert recipients() == ["leaver1@example.se", "leaver2@example.se", "leaver3@example.se"]
    assert {p.status for p in FormerEmployee.objects.all()} == {FormerEmployee.Status.INVITED}


def test_invitation_email_has_text_and_html_with_the_personal_link(network, network_admin, queue):
    (person,) = register(network, 1)
    invite(network_admin, [person])

    run_batch(network)

    (message,) = mail.outbox
    link = f"{settings.SITE_URL.rstrip('/')}/alumni/invitation/{person.token}/"
    html, mimetype = message.alternatives[0]
    assert message.subject == "You are invited to Acme Alumni"
    assert mimetype == "text/html"
    assert link in message.body
    assert f'href="{link}"' in html
    assert "Hello Leaver Number1," in message.body


def test_running_the_task_again_sends_nothing_more(network, network_admin, queue):
    people = register(network, 3)
    invite(network_admin, people)

    run_batch(network)
    run_batch(network)
    tasks.send_due_alumni_invitations()

    assert len(mail.outbox) == 3
    assert set(FormerEmployee.objects.values_list("invitations_sent", flat=True)) == {1}


def test_first_batch_sends_the_rate_limit_and_reports_the_rest_still_due(
    network, network_admin, settings
):
    settings.ALUMNI_INVITATIONS_PER_MINUTE = 2
    invite(network_admin, register(network, 5))

    sent, still_due = services.send_requested_invitations(network_id=network.pk)

    assert (sent, still_due) == (2, 3)
    assert len(mail.outbox) == 2


def test_task_schedules_the_next_batch_a_minute_later_while_any_are_due(
    network, network_admin, settings, queue
):
    settings.ALUMNI_INVITATIONS_PER_MINUTE = 2
    invite(network_admin, register(network, 5))

    sent = run_batch(network)

    assert sent == 2
    assert queue.published == [((network.pk,), {"countdown": 60})]


def test_batches_reach_everyone_exactly_once(network, network_admin, settings, queue):
    settings.ALUMNI_INVITATIONS_PER_MINUTE = 2
    invite(network_admin, register(network, 5))

    sent_per_batch = [run_batch(network) for _ in range(4)]

    assert sent_per_batch == [2, 2, 1, 0]
    assert recipients() == [f"leaver{n}@example.se" for n in range(1, 6)]
    assert len(queue.published) == 2  # after the first and second batch, not after the last


def test_sending_again_sends_exactly_one_more_email(network, network_admin, queue):
    person, other = register(network, 2)
    invite(network_admin, [person, other])
    run_batch(network)

    invite(network_admin, [person])
    run_batch(network)
    run_batch(network)

    assert recipients() == ["leaver1@example.se", "leaver1@example.se", "leaver2@example.se"]
    person.refresh_from_db()
    assert person.invitations_sent == 2


def test_someone_who_joined_is_not_invited_again(network, network_admin, queue):
    alumnus = add_alumnus(network)
    person = FormerEmployee.objects.get(member=alumnus.member)

    count = invite(network_admin, [person])
    run_batch(network)

    assert count == 0
    assert mail.outbox == []


def test_someone_who_declined_is_not_written_to_again(network, network_admin, queue):
    (person,) = register(network, 1)
    invite(network_admin, [person])
    run_batch(network)
    services.decline_invitation(person=person)

    invite(network_admin, [person])  # "Invite / send again" on all selected rows
    run_batch(network)

    assert len(mail.outbox) == 1


def test_refused_recipient_marks_the_person_bounced(network, network_admin, settings, queue):
    settings.EMAIL_BACKEND = REFUSING_BACKEND
    (person,) = register(network, 1)
    invite(network_admin, [person])

    sent = run_batch(network)

    person.refresh_from_db()
    assert sent == 1
    assert person.status == FormerEmployee.Status.BOUNCED
    assert person.invitations_sent == 0
    assert queue.published == []  # a bounce is final for this request, not retried


def test_only_the_networks_admins_may_request_invitations(network, queue):
    people = register(network, 1)
    alumnus = add_alumnus(network).member

    with pytest.raises(PermissionDenied):
        invite(alumnus, people)


def test_admin_cannot_invite_the_people_of_another_network(network, network_admin, queue):
    other = make_network()
    strangers = register(other, 2)

    count = services.request_invitations(
        admin=network_admin, network=network, former_employee_ids=[p.pk for p in strangers]
    )
    run_batch(network)
    run_batch(other)

    assert count == 0
    assert mail.outbox == []


# --- The link: decline, revoke ------------------------------------------------------------------


def test_revoking_makes_the_emailed_link_404(network, network_admin, queue):
    (person,) = register(network, 1)
    invite(network_admin, [person])
    run_batch(network)
    emailed_link = person.get_invitation_url()

    services.revoke_invitation(admin=network_admin, person=person)

    person.refresh_from_db()
    assert person.status == FormerEmployee.Status.REVOKED
    assert Client().get(emailed_link).status_code == 404


def test_revoked_before_the_batch_runs_is_not_sent(network, network_admin, queue):
    (person,) = register(network, 1)
    invite(network_admin, [person])

    services.revoke_invitation(admin=network_admin, person=person)
    run_batch(network)

    assert mail.outbox == []


def test_revoking_someone_who_joined_is_refused(network, network_admin):
    alumnus = add_alumnus(network)
    person = FormerEmployee.objects.get(member=alumnus.member)

    with pytest.raises(ValidationError):
        services.revoke_invitation(admin=network_admin, person=person)


def test_declining_through_the_link_marks_declined(network, network_admin, queue):
    (person,) = register(network, 1)
    invite(network_admin, [person])
    run_batch(network)

    response = Client().post(person.get_invitation_url(), {"answer": "decline"})

    person.refresh_from_db()
    assert response.status_code == 200
    assert "Thank you for letting us know" in response.content.decode()
    assert person.status == FormerEmployee.Status.DECLINED


def test_a_permanently_rejected_message_does_not_block_the_rest(network, network_admin, settings):
    settings.EMAIL_BACKEND = REJECTING_ONE_BACKEND
    rejected = make_former_employee(network, name="Rejected Person", email=REJECTED_ADDRESS)
    others = register(network, 2)
    invite(network_admin, [rejected, *others])

    for _retry in range(3):
        with contextlib.suppress(smtplib.SMTPException):  # the task would retry
            services.send_requested_invitations(network_id=network.pk)

    assert recipients() == ["leaver1@example.se", "leaver2@example.se"]
