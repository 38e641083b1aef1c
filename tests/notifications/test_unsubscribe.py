"""One-click unsubscribe (RFC 8058) from every kind of email: the headers, the POST a mail
client sends (no session, no CSRF token), the confirmation page, tampered links, and no further
emails of that topic afterwards."""

from datetime import timedelta

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from digests import services as digests
from events import services as events
from forums.models import GroupMembership, Thread
from hrnet.celery import app
from members.models import DigestFrequency, Member
from notifications import unsubscribe
from notifications.services import send_pending_emails
from notifications.tasks import send_notification_email
from tests.events.factories import make_event
from tests.factories import MemberFactory
from tests.forums.factories import add_member, make_group, make_reply, make_thread
from tests.notifications.conftest import watching
from tests.notifications.helpers import (
    a_minute_passes,
    broker_down,
    committed,
    emails_to,
    unsubscribe_path,
)

pytestmark = pytest.mark.django_db

ONE_CLICK = "List-Unsubscribe=One-Click"


# --- One email of each topic, and whether the member still wants that topic --------------------


def reply_email(member, group):
    add_member(group, member)
    topic = make_thread(group=group, author=member)
    with committed():
        make_reply(thread=topic)
    return emails_to(member)


def mention_email(member, group):
    topic = make_thread(group=group)
    with committed():
        make_reply(thread=topic, body=f"@{member.display_name} has the answer")
    return emails_to(member)


def group_email(member, group):
    with committed():
        make_thread(group=group)
    return emails_to(member)


def digest_email(member, group, *, weeks_later=0):
    now = timezone.now() + timedelta(weeks=weeks_later)
    new = make_thread(group=group)  # not committed: the group's own email stays out of this
    Thread.objects.filter(pk=new.pk).update(created_at=now - timedelta(days=1))
    digests.send_digest_chunk(frequency="weekly", member_ids=[member.pk], now=now)
    return emails_to(member)


def newsletter_email(member, group):
    editor = MemberFactory(is_staff=True)
    with committed():
        newsletter = digests.create_draft(editor=editor)
        digests.send_newsletter(editor=editor, newsletter=newsletter)
    return emails_to(member)


def reminder_email(member, group):
    event = make_event(starts_in=timedelta(hours=20))
    events.register(member=member, event=event)
    events.send_due_reminders()
    return emails_to(member)


def watch_level(member, group):
    return GroupMembership.objects.get(member=member, group=group).watch_level


SCENARIOS = {
    # topic: (send the member one email of the topic, does the member still want the topic?)
    "replies": (reply_email, lambda m, g: Member.objects.get(pk=m.pk).email_on_replies),
    "mentions": (mention_email, lambda m, g: Member.objects.get(pk=m.pk).email_on_mentions),
    "group": (group_email, lambda m, g: watch_level(m, g) != GroupMembership.WatchLevel.MUTED),
    "digest": (
        digest_email,
        lambda m, g: Member.objects.get(pk=m.pk).digest_frequency != DigestFrequency.OFF,
    ),
    "newsletter": (newsletter_email, lambda m, g: Member.objects.get(pk=m.pk).email_consent),
    "reminders": (reminder_email, lambda m, g: Member.objects.get(pk=m.pk).event_reminders),
}
TOPICS = pytest.mark.parametrize("topic", list(SCENARIOS))


@pytest.fixture
def reader(db):
    return MemberFactory(display_name="Ulla Unsubscriber", email_consent=True)


@pytest.fixture
def group(reader):
    group = make_group(name="Payroll Nordic")
    watching(group, reader)  # every new discussion, so the group topic sends too
    return group


def first_email(topic, member, group):
    send, _wants = SCENARIOS[topic]
    emails = send(member, group)
    assert len(emails) == 1, f"expected one {topic} email, got {len(emails)}"
    mail.outbox.clear()
    return emails[0]


def still_wants(topic, member, group) -> bool:
    return SCENARIOS[topic][1](member, group)


def one_click(path):
    """What a mail client does: a bare POST, no session, no CSRF token."""
    return Client(enforce_csrf_checks=True).post(
        path, data=ONE_CLICK, content_type="application/x-www-form-urlencoded"
    )


# --- Headers ------------------------------------------------------------------------------------


@TOPICS
def test_email_carries_one_click_unsubscribe_headers(topic, reader, group):
    message = first_email(topic, reader, group)

    assert message.extra_headers["List-Unsubscribe-Post"] == ONE_CLICK
    assert message.extra_headers["List-Unsubscribe"].startswith(
        "<https://hrnet.example/notifications/unsubscribe/"
    )


@TOPICS
def test_unsubscribe_link_names_the_topic_of_its_email(topic, reader, group):
    message = first_email(topic, reader, group)
    token = unsubscribe_path(message).rstrip("/").rsplit("/", 1)[1]

    member_id, named_topic = unsubscribe.read_token(token)

    assert member_id == reader.pk
    assert named_topic == (f"group:{group.pk}" if topic == "group" else topic)


# --- Unsubscribing ------------------------------------------------------------------------------


@TOPICS
def test_one_click_post_without_session_or_csrf_turns_the_topic_off(topic, reader, group):
    path = unsubscribe_path(first_email(topic, reader, group))

    response = one_click(path)

    assert response.status_code == 200
    assert "You are unsubscribed" in response.content.decode()
    assert not still_wants(topic, reader, group)


@TOPICS
def test_after_unsubscribing_the_next_email_of_the_topic_is_not_sent(topic, reader, group):
    one_click(unsubscribe_path(first_email(topic, reader, group)))
    send, _wants = SCENARIOS[topic]

    if topic == "digest":
        assert send(reader, group, weeks_later=1) == []
        next_week = timezone.now() + timedelta(weeks=1)
        assert reader.pk not in sum(digests.plan_digest_run("weekly", next_week), [])
    else:
        assert send(reader, group) == []


@TOPICS
def test_without_unsubscribing_the_next_email_of_the_topic_is_sent(topic, reader, group):
    first_email(topic, reader, group)
    send, _wants = SCENARIOS[topic]

    emails = send(reader, group, weeks_later=1) if topic == "digest" else send(reader, group)

    assert len(emails) == 1


def test_unsubscribing_from_one_group_keeps_the_other_groups(reader, group):
    other = make_group(name="Works Council")
    watching(other, reader)

    one_click(unsubscribe_path(first_email("group", reader, group)))

    assert watch_level(reader, group) == GroupMembership.WatchLevel.MUTED
    assert watch_level(reader, other) == GroupMembership.WatchLevel.EVERY_NEW_DISCUSSION


def test_unsubscribing_from_replies_keeps_mentions_and_digest(reader, group):
    one_click(unsubscribe_path(first_email("replies", reader, group)))

    reader.refresh_from_db()
    assert (reader.email_on_replies, reader.email_on_mentions) == (False, True)
    assert (reader.digest_frequency, reader.email_consent) == (DigestFrequency.WEEKLY, True)


def test_unsubscribing_stops_an_email_still_waiting_in_the_outbox(reader, group, monkeypatch):
    path = unsubscribe_path(first_email("group", reader, group))
    monkeypatch.setattr(app.tasks[send_notification_email.name], "apply_async", broker_down)
    with committed():
        make_thread(group=group)  # its email task is lost; the sweep would send it later

    one_click(path)
    a_minute_passes()
    send_pending_emails()

    assert emails_to(reader) == []


@TOPICS
def test_get_shows_a_confirmation_and_changes_nothing(topic, reader, group):
    path = unsubscribe_path(first_email(topic, reader, group))

    response = Client().get(path)

    page = response.content.decode()
    assert response.status_code == 200
    assert f"Stop these emails to {reader.email}?" in page
    assert '<form method="post">' in page
    assert still_wants(topic, reader, group)


def test_confirmation_button_unsubscribes(reader, group):
    path = unsubscribe_path(first_email("replies", reader, group))
    browser = Client(enforce_csrf_checks=True)
    browser.get(path)

    response = browser.post(path, {"csrfmiddlewaretoken": browser.cookies["csrftoken"].value})

    assert response.status_code == 200
    assert not still_wants("replies", reader, group)


@pytest.mark.parametrize("tamper", ["member", "signature", "truncated"])
def test_tampered_token_is_not_found_and_changes_nothing(tamper, reader, group):
    path = unsubscribe_path(first_email("replies", reader, group))
    token = path.rstrip("/").rsplit("/", 1)[1]
    victim = MemberFactory()
    tampered = {
        "member": unsubscribe.make_token(victim, "replies")[:-6] + token[-6:],
        "signature": token[:-3] + ("AAA" if not token.endswith("AAA") else "BBB"),
        "truncated": token[: len(token) // 2],
    }[tamper]

    response = one_click(reverse("notifications:unsubscribe", args=[tampered]))

    assert response.status_code == 404
    assert still_wants("replies", reader, group)
    assert Member.objects.get(pk=victim.pk).email_on_replies is True


def test_token_signed_with_another_key_is_not_found(reader, group, settings):
    real_key = settings.SECRET_KEY
    settings.SECRET_KEY = "another-secret-key-" + "x" * 40
    forged = unsubscribe.make_token(reader, "replies")
    settings.SECRET_KEY = real_key

    response = one_click(reverse("notifications:unsubscribe", args=[forged]))

    assert response.status_code == 404
    assert still_wants("replies", reader, group)
