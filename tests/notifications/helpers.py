"""Reading the emails the tests send (Django's locmem outbox)."""

from collections import Counter
from datetime import timedelta
from urllib.parse import urlsplit

from django.core import mail
from django.utils import timezone
from kombu.exceptions import OperationalError


def emails_to(member) -> list:
    return [message for message in mail.outbox if message.to == [member.email]]


def html_of(message) -> str:
    (html,) = [content for content, mimetype in message.alternatives if mimetype == "text/html"]
    return html


def unsubscribe_path(message) -> str:
    """The path of the one-click URL in the List-Unsubscribe header (<https://…>)."""
    value = message.extra_headers["List-Unsubscribe"]
    assert value.startswith("<https://") and value.endswith(">"), value
    return urlsplit(value[1:-1]).path


def sent_counts() -> Counter:
    """How often each (recipient, subject) went out: every value should be 1."""
    return Counter((tuple(message.to), message.subject) for message in mail.outbox)


def committed():
    """Run what the block leaves for after commit (emails, tasks), as a real commit would."""
    from django.test import TestCase

    return TestCase.captureOnCommitCallbacks(execute=True)


def broker_down(*args, **kwargs):
    """Stands in for Task.apply_async while Redis is unreachable."""
    raise OperationalError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")


def a_minute_passes():
    """Age every notification: the sweep leaves the last minute's rows to their own tasks."""
    from notifications.models import Notification

    Notification.objects.update(created_at=timezone.now() - timedelta(minutes=2))
