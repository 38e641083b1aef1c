"""The invitation email through a real Celery worker and Redis broker (not eager mode).

The worker runs in a thread of the test process, so the locmem outbox and the test database are
shared with the test. Each test publishes to a queue of its own: other test processes (xdist) and
a developer's running worker use the same Redis and must never take our tasks, nor we theirs.
"""

import socket
import time
import uuid
from datetime import timedelta

import pytest
from celery import signals
from celery.contrib.testing.worker import start_worker
from django.core import mail
from django.utils import timezone

from hrnet.celery import app
from members import services
from members.models import Invitation
from members.tasks import send_invitation_email, send_pending_invitations
from tests.factories import MemberFactory

pytestmark = [pytest.mark.celery_integration, pytest.mark.django_db(transaction=True)]

DEADLINE_SECONDS = 30
POLL_INTERVAL_SECONDS = 0.05
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


def invitation_is_sent(invitation_id) -> bool:
    return Invitation.objects.filter(pk=invitation_id, sent_at__isnull=False).exists()


@pytest.fixture
def private_queue(monkeypatch):
    name = f"hrnet-test-{uuid.uuid4().hex}"
    task = app.tasks[send_invitation_email.name]
    monkeypatch.setattr(task, "queue", name, raising=False)
    monkeypatch.setattr(task, "_exec_options", None)  # Celery caches the options above
    # The worker narrows the app's (process-wide) queue selection to ours: undo that afterwards.
    monkeypatch.setattr(app.amqp.queues, "_consume_from", app.amqp.queues._consume_from)
    yield name
    with app.connection_for_write() as connection:
        connection.default_channel.queue_delete(name)


@pytest.fixture
def celery_worker(private_queue, monkeypatch):
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
def unreachable_broker(monkeypatch):
    """Publishing goes to a local port nobody listens on, as when Redis is down."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("CELERY_BROKER_WRITE_URL", f"redis://127.0.0.1:{port}/0")
    monkeypatch.setattr(app.amqp, "_producer_pool", None)  # rebuilt from the URL above


def test_worker_sends_invitation_email_exactly_once(celery_worker):
    inviter = MemberFactory(display_name="Sofia Holm")

    invitation = services.invite_colleague(inviter=inviter, email="eva@example.org")

    wait_until(
        lambda: invitation_is_sent(invitation.pk) and len(mail.outbox) >= 1,
        "the worker to send the invitation",
    )
    (message,) = mail.outbox
    assert message.to == ["eva@example.org"]
    assert invitation.token in message.body


def test_invitation_survives_unreachable_broker_and_sweep_sends_it_once(unreachable_broker, caplog):
    inviter = MemberFactory()

    invitation = services.invite_colleague(inviter=inviter, email="eva@example.org")

    assert Invitation.objects.filter(pk=invitation.pk, sent_at__isnull=True).exists()
    assert "periodic sweep will send it" in caplog.text
    assert mail.outbox == []

    # A minute later the beat schedule runs the sweep.
    Invitation.objects.filter(pk=invitation.pk).update(
        created_at=timezone.now() - timedelta(minutes=2)
    )
    assert send_pending_invitations() == 1
    assert send_pending_invitations() == 0

    assert [message.to for message in mail.outbox] == [["eva@example.org"]]
    assert invitation_is_sent(invitation.pk)
