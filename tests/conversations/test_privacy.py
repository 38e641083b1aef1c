"""GDPR: the export holds a member's conversations and messages; erasure removes or keeps
their messages as "Former member", as the member chose."""

import pytest
from django.urls import reverse

from conversations import services
from conversations.models import Block, Conversation, Message, MessagingPreference, Participant
from members.services import erase_member, export_personal_data
from tests.conversations.factories import start
from tests.factories import MemberFactory

pytestmark = pytest.mark.django_db


def test_export_holds_the_members_conversations_and_messages():
    me, anna = MemberFactory(), MemberFactory()
    conversation = start(starter=me, recipients=[anna], subject="Notice periods", body="Mine")
    services.reply(author=anna, conversation=conversation, body="Theirs")
    services.block_member(blocker=me, blocked=MemberFactory(display_name="Spam Person"))

    data = export_personal_data(member=me)

    (exported,) = data["private_conversations"]
    assert exported["subject"] == "Notice periods"
    assert [m["text"] for m in exported["messages"]] == ["Mine", "Theirs"]
    assert exported["messages"][0]["from"] == "me"
    assert [m["text"] for m in data["private_messages_sent"]] == ["Mine"]
    assert data["blocked_members"] == ["Spam Person"]
    assert data["messaging_preferences"]["email_on_messages"] is True


def test_export_holds_nothing_of_conversations_the_member_is_not_in():
    start(subject="Other people's business")

    data = export_personal_data(member=MemberFactory())

    assert data["private_conversations"] == []
    assert data["private_messages_sent"] == []


def test_erasure_without_keeping_posts_deletes_the_members_messages():
    me, anna = MemberFactory(), MemberFactory()
    conversation = start(starter=me, recipients=[anna], body="Mine")
    services.reply(author=anna, conversation=conversation, body="Theirs")
    services.block_member(blocker=anna, blocked=me)
    services.set_messaging_preferences(
        member=me, accepts_messages_from_strangers=False, email_on_messages=False
    )

    erase_member(member=me, keep_posts=False)

    assert list(conversation.messages.values_list("body_markdown", flat=True)) == ["Theirs"]
    conversation.refresh_from_db()
    assert conversation.message_count == 1
    assert Participant.objects.get(conversation=conversation, member=me).left_at is not None
    assert not Block.objects.exists()
    assert not MessagingPreference.objects.filter(member=me).exists()


def test_erasure_keeping_posts_shows_the_messages_as_by_a_former_member(client):
    me, anna = MemberFactory(display_name="Erin Erased"), MemberFactory()
    conversation = start(starter=me, recipients=[anna], body="Mine")

    erase_member(member=me, keep_posts=True)

    assert Message.objects.filter(conversation=conversation, body_markdown="Mine").exists()
    client.force_login(anna)
    html = client.get(reverse("conversations:detail", args=[conversation.pk])).content.decode()
    assert "Erin Erased" not in html
    assert "Former member" in html
    assert "Everyone else has left" in html
    assert Conversation.objects.count() == 1
