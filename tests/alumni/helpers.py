"""Small tools shared by the alumni tests."""

import smtplib

from django.core.mail.backends.base import BaseEmailBackend
from django.core.mail.backends.locmem import EmailBackend as MemoryBackend

REFUSING_BACKEND = "tests.alumni.helpers.RefusingEmailBackend"
REJECTING_ONE_BACKEND = "tests.alumni.helpers.RejectingOneAddressBackend"
REJECTED_ADDRESS = "rejected@example.se"


class RefusingEmailBackend(BaseEmailBackend):
    """What Django's SMTP backend raises when the server refuses every recipient (550)."""

    def send_messages(self, email_messages):
        refused = {
            address: (550, b"5.1.1 No such user")
            for message in email_messages
            for address in message.recipients()
        }
        raise smtplib.SMTPRecipientsRefused(refused)


class RejectingOneAddressBackend(MemoryBackend):
    """A server that accepts the recipient but refuses the message for one address (554 at
    DATA, e.g. a policy rejection): a permanent failure, the same on every retry."""

    def send_messages(self, email_messages):
        for message in email_messages:
            if REJECTED_ADDRESS in message.recipients():
                raise smtplib.SMTPDataError(554, b"5.7.1 Message rejected by policy")
        return super().send_messages(email_messages)


class TaskQueue:
    """Stands in for the broker: records what would be published, runs nothing."""

    def __init__(self):
        self.published: list[tuple[tuple, dict]] = []

    def apply_async(self, args=None, kwargs=None, **options):
        self.published.append((tuple(args or ()), options))


def visible_text(response) -> str:
    return response.content.decode()
