"""Conversations for the tests, started through conversations.services like members do."""

import itertools

from conversations import services
from tests.factories import MemberFactory

_numbers = itertools.count(1)


def start(*, starter=None, recipients=None, subject=None, body=None):
    number = next(_numbers)
    starter = starter or MemberFactory()
    recipients = recipients if recipients is not None else [MemberFactory()]
    return services.start_conversation(
        starter=starter,
        recipients=recipients,
        subject=subject or f"Question number {number} about parental leave",
        body=body or f"Message {number}: how do you handle parental leave for managers?",
    )
