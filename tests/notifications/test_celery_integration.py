"""Notification and digest emails through a real Celery worker and the Redis broker (not eager).

The worker runs in a thread of the test process, so the locmem outbox and the test database are
shared with the test. Each test publishes to a queue of its own: other test processes (xdist) and
a developer's running worker use the same Redis and must never take our tasks, nor we theirs.
"""

import os
import socket
import time
import uuid
from collections import Counter
from contextlib import contextmanager
from datetime import timedelta

import pytest
from celery import signals
from celery.contrib.testing.worker import start_worker
from django.core import mail
from django.utils import timezone

from digests.models import DigestDelivery
from digests.tasks import send_digest_chunk, send_digests
from forums.tasks import notify_group_watchers
from hrnet.celery import app
from notifications.models import Notification
from notifications.tasks import send_notification_email, send_pending_emails
from tests.factories import MemberFactory
from tests.forums.factories import add_member, make_group, make_reply, make_thread
from tests.notifications.conftest import watching
from tests.notifications.helpers import emails_to, sent_counts

pytestmark = [pytest.mark.celery_integration, pytest.mark.django_db(transaction=True)]

DEADLINE_SECONDS = 30
POLL_INTERVAL_SECONDS = 0.05
# Everything these tests publish goes to the private queue.
ROUTED_TASKS = (
    notify_group_watchers,
    send_notification_email,
    send_pending_emails,
    send_digests,
    send_digest_chunk,
)
# Environment variables Celery's logging setup writes; restored after each test.
CELERY_LOGGING_ENVIRONMENT = (
    "CELERY_LOG_LEVEL",
    "CELERY_LOG_FILE",
    "_MP_FORK_LOGLEVEL_",
    "_MP_FORK_LOGFILE_",
    "_MP_FORK_LOGFORMAT_",
)


def wait_until(condition, what: str):
    """Poll `condition` until it holds; fail with `what` after the deadline."""
    deadline = time.monotonic() + DEADLINE_SECONDS
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"Gave up after {DEADLINE_SECONDS}s waiting for {what}")
        time.sleep(POLL_INTERVAL_SECONDS)


@pytest.fixture
def private_queue(monkeypatch):
    name = f"hrnet-test-{uuid.uuid4().hex}"
    for task in ROUTED_TASKS:
        registered = app.tasks[task.name]
        monkeypatch.setattr(registered, "queue", name, raising=False)
        monkeypatch.setattr(registered, "_exec_options", None)  # Celery caches the options
    # The worker narrows the app's (process-wide) queue selection to ours: undo that afterwards.
    monkeypatch.setattr(app.amqp.queues, "_consume_from", app.amqp.queues._consume_from)
    yield name
    with app.connection_for_write() as connection:
        connection.default_channel.queue_delete(name)


@pytest.fixture
def finished_tasks():
    """Task id -> return value, for every task the worker has finished."""
    finished = {}

    def record(task_id=None, retval=None, **kwargs):
        finished[task_id] = retval

    signals.task_postrun.connect(record, weak=False)
    yield finished
    signals.task_postrun.disconnect(record)


@pytest.fixture
def celery_worker(private_queue, finished_tasks, monkeypatch):
    assert not app.conf.task_always_eager, "this test is about the real worker"
    monkeypatch.setenv("CELERY_SKIP_CHECKS", "1")
    for name in CELERY_LOGGING_ENVIRONMENT:
        monkeypatch.setenv(name, "")

    def keep_pytest_logging(**kwargs):
        # Answering this signal stops Celery from replacing the root logger's handlers and level.
        return True

    signals.setup_logging.connect(keep_pytest_logging, weak=False)
    try:
        with start_worker(
            app, pool="solo", perform_ping_check=False, queues=[private_queue], shutdown_timeout=30
        ) as worker:
            yield worker
    finally:
        signals.setup_logging.disconnect(keep_pytest_logging)


@pytest.fixture
def run_in_worker(celery_worker, finished_tasks):
    """Publish a task to the worker and wait for its return value."""

    def run(task, *args):
        task_id = task.apply_async(args=args).id
        wait_until(lambda: task_id in finished_tasks, f"the worker to run {task.name}")
        return finished_tasks[task_id]

    return run


@contextmanager
def broker_unreachable():
    """Publishing goes to a local port nobody listens on, as when Redis is down; the worker's
    own connection (for reading) stays up, as a worker on another host would."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    pool = app.amqp._producer_pool
    os.environ["CELERY_BROKER_WRITE_URL"] = f"redis://127.0.0.1:{port}/0"
    app.amqp._producer_pool = None  # rebuilt from the URL above
    try:
        yield
    finally:
        del os.environ["CELERY_BROKER_WRITE_URL"]
        app.amqp._producer_pool = pool


def emailed(member, count=1) -> bool:
    return len(emails_to(member)) >= count


def test_watcher_gets_the_new_discussion_email_through_the_worker(run_in_worker):
    group = make_group(name="Payroll Nordic")
    watcher = watching(group, MemberFactory(display_name="Wilma Watcher"))

    thread = make_thread(group=group, title="Payroll cut-off in December")

    wait_until(lambda: emailed(watcher), "the new-discussion email")
    (message,) = emails_to(watcher)
    assert message.subject == "[HRnet] New in Payroll Nordic: “Payroll cut-off in December”"
    assert thread.get_absolute_url() in message.body
    # Exactly once: nothing is left for the sweep, and nothing else went to the watcher.
    assert run_in_worker(send_pending_emails) == 0
    assert len(emails_to(watcher)) == 1
    notification = Notification.objects.get(recipient=watcher)
    assert notification.emailed_at is not None


def test_weekly_digest_goes_out_through_the_worker(run_in_worker):
    reader = MemberFactory(display_name="Dagny Digest", email_consent=True)
    group = make_group(name="Payroll Nordic")
    add_member(group, reader)  # weekly digest, the default watch level
    make_thread(group=group, title="Holiday pay for hourly staff")

    assert run_in_worker(send_digests, "weekly") == 1  # one chunk, sent as a task of its own

    wait_until(lambda: emailed(reader), "the weekly digest")
    (message,) = emails_to(reader)
    assert message.subject == "This week in your HRnet groups"
    assert "Holiday pay for hourly staff" in message.body
    wait_until(
        lambda: DigestDelivery.objects.filter(member=reader, sent_at__isnull=False).exists(),
        "the digest delivery to be recorded",
    )
    assert run_in_worker(send_digests, "weekly") == 0


def test_replies_posted_while_redis_is_down_are_emailed_once_by_the_sweep(run_in_worker, caplog):
    group = make_group(name="Payroll Nordic")
    author = add_member(group, MemberFactory(display_name="Astrid Author")).member
    mentioned = MemberFactory(display_name="Mona Mentioned")
    thread = make_thread(group=group, author=author, title="Holiday pay for hourly staff")
    repliers = [add_member(group).member for _ in range(3)]

    with broker_unreachable():
        replies = [
            make_reply(thread=thread, author=replier, body=f"Reply {n}: ask @Mona Mentioned")
            for n, replier in enumerate(repliers)
        ]

    assert all(reply.pk for reply in replies)  # posting worked
    pending = Notification.objects.filter(email_requested=True, emailed_at__isnull=True)
    assert Counter(pending.values_list("recipient_id", flat=True)) == {
        author.pk: 3,
        mentioned.pk: 3,
    }
    assert "periodic sweep will send it" in caplog.text
    assert mail.outbox == []

    # A minute later beat runs the sweep, now that Redis is back.
    Notification.objects.update(created_at=timezone.now() - timedelta(minutes=2))
    assert run_in_worker(send_pending_emails) == 6

    assert len(emails_to(author)) == 3
    assert len(emails_to(mentioned)) == 3
    assert set(sent_counts().values()) == {1}
    assert not pending.exists()
    assert run_in_worker(send_pending_emails) == 0
    assert len(mail.outbox) == 6
