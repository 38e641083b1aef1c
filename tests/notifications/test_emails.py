"""Notification emails: each one sent exactly once (twice-run task, two workers, lost enqueue
swept later), only when the member wants it, in their language, with HTML and text."""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.core import mail
from django.db import connection
from django.utils import translation
from django.utils.translation import gettext

from members.models import Member
from notifications import services
from notifications.models import Notification
from notifications.tasks import send_notification_email, send_pending_emails
from tests.factories import MemberFactory
from tests.forums.factories import add_member, make_reply, make_thread
from tests.notifications.helpers import a_minute_passes, emails_to, html_of, sent_counts

REPLY_MESSAGE = "%(name)s replied to “%(title)s”"
WAIT_SECONDS = 10


def outbox_row(member, number=1, **fields) -> Notification:
    """A notification whose email is asked for and not yet sent (as if its task was lost)."""
    row = {
        "kind": Notification.Kind.REPLY,
        "key": f"test:{member.pk}:{number}",
        "message": f"Someone replied to thread {number}",
        "url": f"/t/{number}/thread/",
        "email_requested": True,
        "topic": "replies",
    }
    return Notification.objects.create(recipient=member, **(row | fields))


@pytest.mark.django_db
def test_reply_email_is_sent_once_after_commit(
    thread, author, group_replier, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        make_reply(thread=thread, author=group_replier)

    (message,) = mail.outbox
    assert message.to == [author.email]
    assert message.subject == "[HRnet] Rasmus Replier replied to “Holiday pay for hourly staff”"
    assert Notification.objects.get(recipient=author).emailed_at is not None


@pytest.mark.django_db
def test_no_email_before_the_post_is_committed(thread, group_replier):
    make_reply(thread=thread, author=group_replier)  # the test transaction never commits

    assert mail.outbox == []


@pytest.mark.django_db
def test_email_task_run_twice_sends_once(db):
    notification = outbox_row(MemberFactory())

    assert send_notification_email(notification.pk) is True
    assert send_notification_email(notification.pk) is False

    assert len(mail.outbox) == 1


@pytest.mark.django_db(transaction=True)
def test_two_workers_at_once_send_the_email_once(monkeypatch):
    notification = outbox_row(MemberFactory())
    first_is_sending, may_finish = threading.Event(), threading.Event()
    send = services._send

    def slow_send(row):
        first_is_sending.set()
        assert may_finish.wait(WAIT_SECONDS)
        send(row)

    monkeypatch.setattr(services, "_send", slow_send)

    def worker():
        try:
            return send_notification_email(notification.pk)
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=2) as pool:
        first = pool.submit(worker)
        assert first_is_sending.wait(WAIT_SECONDS)
        # The first worker holds the row while it sends; the second must not send it too.
        second = pool.submit(worker).result(timeout=WAIT_SECONDS)
        may_finish.set()
        assert (first.result(timeout=WAIT_SECONDS), second) == (True, False)

    assert len(mail.outbox) == 1
    assert Notification.objects.get(pk=notification.pk).emailed_at is not None


@pytest.mark.django_db
def test_posting_works_when_the_email_cannot_be_enqueued(
    thread, author, group_replier, lost_email_enqueues, django_capture_on_commit_callbacks, caplog
):
    with django_capture_on_commit_callbacks(execute=True):
        reply = make_reply(thread=thread, author=group_replier)

    assert reply.pk is not None
    notification = Notification.objects.get(recipient=author)
    assert (notification.email_requested, notification.emailed_at) == (True, None)
    assert "periodic sweep will send it" in caplog.text
    assert mail.outbox == []


@pytest.mark.django_db
def test_sweep_sends_every_email_whose_enqueue_was_lost_exactly_once(
    group, thread, author, lost_email_enqueues, django_capture_on_commit_callbacks
):
    repliers = [add_member(group, MemberFactory()).member for _ in range(3)]
    mentioned = MemberFactory(display_name="Mona Mentioned")
    with django_capture_on_commit_callbacks(execute=True):
        for number, replier in enumerate(repliers):
            make_reply(thread=thread, author=replier, body=f"Reply {number} for @Mona Mentioned")
    assert mail.outbox == []
    a_minute_passes()

    assert send_pending_emails() == 6
    assert send_pending_emails() == 0

    assert len(emails_to(author)) == 3
    assert len(emails_to(mentioned)) == 3
    assert set(sent_counts().values()) == {1}
    assert not Notification.objects.filter(emailed_at__isnull=True).exists()


@pytest.mark.django_db
def test_sweep_leaves_the_last_minutes_emails_to_their_own_tasks(db):
    outbox_row(MemberFactory())

    assert send_pending_emails() == 0
    assert mail.outbox == []


@pytest.mark.django_db
def test_sweep_skips_notifications_without_email(db):
    outbox_row(MemberFactory(), email_requested=False)
    a_minute_passes()

    assert send_pending_emails() == 0
    assert mail.outbox == []


@pytest.mark.django_db
def test_replies_preference_off_gives_in_app_notification_but_no_email(
    thread, author, group_replier, django_capture_on_commit_callbacks
):
    Member.objects.filter(pk=author.pk).update(email_on_replies=False)

    with django_capture_on_commit_callbacks(execute=True):
        make_reply(thread=thread, author=group_replier)

    notification = Notification.objects.get(recipient=author)
    assert notification.email_requested is False
    assert mail.outbox == []
    a_minute_passes()
    assert send_pending_emails() == 0


@pytest.mark.django_db
def test_mentions_preference_off_gives_in_app_notification_but_no_email(
    thread, group_replier, django_capture_on_commit_callbacks
):
    mentioned = MemberFactory(display_name="Mona Mentioned", email_on_mentions=False)

    with django_capture_on_commit_callbacks(execute=True):
        make_reply(thread=thread, author=group_replier, body="Ask @Mona Mentioned about it")

    assert Notification.objects.filter(recipient=mentioned).count() == 1
    assert emails_to(mentioned) == []


@pytest.mark.django_db
def test_email_is_in_the_recipients_preferred_language(
    group, group_replier, django_capture_on_commit_callbacks
):
    english = add_member(group, MemberFactory(preferred_language="en")).member
    swedish = add_member(group, MemberFactory(preferred_language="sv")).member
    for member in (english, swedish):
        topic = make_thread(group=group, author=member, title="Semesterlön")
        with django_capture_on_commit_callbacks(execute=True):
            make_reply(thread=topic, author=group_replier)

    (to_english,) = emails_to(english)
    (to_swedish,) = emails_to(swedish)
    with translation.override("sv"):
        translated = gettext(REPLY_MESSAGE) != REPLY_MESSAGE
    if translated:
        assert to_swedish.subject != to_english.subject
    # Whether or not the texts are translated yet, the email was rendered in Swedish.
    assert '<html lang="sv">' in html_of(to_swedish)
    assert '<html lang="en">' in html_of(to_english)


@pytest.mark.django_db
def test_every_notification_email_has_html_and_text_parts(db):
    notification = outbox_row(MemberFactory(display_name="Hedda Html"))

    send_notification_email(notification.pk)

    (message,) = mail.outbox
    assert "Hello Hedda Html," in message.body
    assert "https://hrnet.example/t/1/thread/" in message.body
    html = html_of(message)
    assert html.lstrip().lower().startswith("<!doctype html>")
    assert 'href="https://hrnet.example/t/1/thread/"' in html


@pytest.mark.django_db
def test_inactive_member_gets_no_email_and_the_row_is_done(db):
    notification = outbox_row(MemberFactory(is_active=False))

    assert send_notification_email(notification.pk) is True

    assert mail.outbox == []
    assert send_notification_email(notification.pk) is False
