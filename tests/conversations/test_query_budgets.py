"""The inbox and the conversation page cost the same number of queries for 3 or 30 rows."""

import pytest
from django.urls import reverse

from conversations import services
from tests.conversations.factories import start
from tests.factories import MemberFactory

pytestmark = pytest.mark.django_db

INBOX_BUDGET = 12
CONVERSATION_BUDGET = 18


def _inbox_of(reader, count):
    for _ in range(count):
        others = [MemberFactory(), MemberFactory()]
        start(starter=others[0], recipients=[reader, others[1]])


@pytest.mark.parametrize("count", [3, 30])
def test_inbox_queries_do_not_grow_with_conversations(client, django_assert_max_num_queries, count):
    reader = MemberFactory()
    _inbox_of(reader, count)
    client.force_login(reader)

    with django_assert_max_num_queries(INBOX_BUDGET):
        response = client.get(reverse("conversations:inbox"))

    assert response.status_code == 200
    assert response.content.decode().count('class="conversation-row') == count


@pytest.mark.parametrize("count", [3, 30])
def test_conversation_page_queries_do_not_grow_with_messages(
    client, django_assert_max_num_queries, count
):
    reader, bo, cy = MemberFactory(), MemberFactory(), MemberFactory()
    conversation = start(starter=bo, recipients=[reader, cy])
    for number in range(count - 1):
        services.reply(author=(bo, cy)[number % 2], conversation=conversation, body=f"n{number}")
    client.force_login(reader)

    with django_assert_max_num_queries(CONVERSATION_BUDGET):
        response = client.get(reverse("conversations:detail", args=[conversation.pk]))

    assert response.status_code == 200
    assert response.content.decode().count('class="message card') == count
