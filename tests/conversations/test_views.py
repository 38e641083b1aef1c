"""The pages: inbox with unread counts and nav badge, new message prefilled from ?to= and
?subject=, the conversation page, reply, leave, report, block and settings."""

import pytest
from django.urls import reverse

from conversations import selectors, services
from conversations.models import Block, Conversation, MessagingPreference
from tests.conversations.factories import start
from tests.factories import MemberFactory

pytestmark = pytest.mark.django_db


def test_new_message_form_is_prefilled_from_the_query_string(client):
    me, anna, bo = MemberFactory(), MemberFactory(), MemberFactory()
    client.force_login(me)

    response = client.get(
        reverse("conversations:new"), {"to": [anna.pk, bo.pk], "subject": "Ask about payroll"}
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert anna.public_name in html and bo.public_name in html
    assert 'value="Ask about payroll"' in html
    assert f'name="to" value="{anna.pk}"' in html


def test_new_message_form_ignores_unknown_and_own_ids(client):
    me = MemberFactory()
    client.force_login(me)

    response = client.get(reverse("conversations:new"), {"to": ["x", 999999, me.pk]})

    assert response.status_code == 200
    assert 'name="to"' not in response.content.decode()


def test_sending_the_form_starts_the_conversation_and_opens_it(client):
    me, anna = MemberFactory(), MemberFactory()
    client.force_login(me)

    response = client.post(
        reverse("conversations:new"),
        {"to": [anna.pk], "subject": "Works councils", "body": "How do you prepare?"},
    )

    conversation = Conversation.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("conversations:detail", args=[conversation.pk])
    assert conversation.subject == "Works councils"


def test_a_refused_message_keeps_the_text_and_says_why(client):
    me, anna = MemberFactory(), MemberFactory()
    services.block_member(blocker=anna, blocked=me)
    client.force_login(me)

    response = client.post(
        reverse("conversations:new"),
        {"to": [anna.pk], "subject": "Hello", "body": "My careful text"},
    )

    assert response.status_code == 200
    assert "does not accept messages from you" in response.content.decode()
    assert "My careful text" in response.content.decode()
    assert not Conversation.objects.exists()


def test_inbox_lists_conversations_with_unread_counts_and_the_nav_badge(client):
    anna = MemberFactory()
    conversation = start(recipients=[anna], subject="Pension question")
    client.force_login(anna)

    html = client.get(reverse("conversations:inbox")).content.decode()

    assert "Pension question" in html
    assert "1 unread" in html
    assert 'data-testid="messages-badge"' in html
    client.get(reverse("conversations:detail", args=[conversation.pk]))
    html = client.get(reverse("conversations:inbox")).content.decode()
    assert "1 unread" not in html
    assert 'data-testid="messages-badge"' not in html


def test_replying_from_the_page_adds_the_message(client):
    starter, anna = MemberFactory(), MemberFactory()
    conversation = start(starter=starter, recipients=[anna])
    client.force_login(anna)

    response = client.post(
        reverse("conversations:reply", args=[conversation.pk]), {"body": "Thanks, we do too."}
    )

    assert response.status_code == 302
    assert conversation.messages.count() == 2
    assert selectors.unread_conversation_count(starter) == 1


def test_an_empty_reply_is_refused_with_a_message(client):
    starter, anna = MemberFactory(), MemberFactory()
    conversation = start(starter=starter, recipients=[anna])
    client.force_login(anna)

    response = client.post(reverse("conversations:reply", args=[conversation.pk]), {"body": ""})

    assert response.status_code == 400
    assert conversation.messages.count() == 1


def test_a_blocked_member_sees_why_they_cannot_reply(client):
    starter, anna = MemberFactory(), MemberFactory()
    conversation = start(starter=starter, recipients=[anna])
    services.block_member(blocker=anna, blocked=starter)
    client.force_login(starter)

    html = client.get(reverse("conversations:detail", args=[conversation.pk])).content.decode()

    assert 'data-testid="blocked-notice"' in html
    assert reverse("conversations:reply", args=[conversation.pk]) not in html
    response = client.post(
        reverse("conversations:reply", args=[conversation.pk]), {"body": "Let me explain"}
    )
    assert response.status_code == 400
    assert conversation.messages.count() == 1


def test_the_blocker_sees_that_they_blocked_the_other_member(client):
    starter, anna = MemberFactory(), MemberFactory()
    conversation = start(starter=starter, recipients=[anna])
    services.block_member(blocker=anna, blocked=starter)
    client.force_login(anna)

    html = client.get(reverse("conversations:detail", args=[conversation.pk])).content.decode()

    assert f"You have blocked {starter.public_name}" in html


def test_block_and_unblock_from_a_profile(client):
    me, anna = MemberFactory(), MemberFactory()
    client.force_login(me)
    profile = reverse("members:profile", args=[anna.pk])
    assert reverse("conversations:new") + f"?to={anna.pk}" in client.get(profile).content.decode()

    client.post(reverse("conversations:block", args=[anna.pk]), {"next": profile})
    assert Block.objects.filter(blocker=me, blocked=anna).exists()
    client.post(reverse("conversations:unblock", args=[anna.pk]))
    assert not Block.objects.exists()


def test_block_redirect_never_leaves_the_site(client):
    me, anna = MemberFactory(), MemberFactory()
    client.force_login(me)

    response = client.post(
        reverse("conversations:block", args=[anna.pk]), {"next": "https://evil.example/"}
    )

    assert response["Location"] == reverse("conversations:settings")


def test_blocking_needs_a_post(client):
    me, anna = MemberFactory(), MemberFactory()
    client.force_login(me)

    assert client.get(reverse("conversations:block", args=[anna.pk])).status_code == 405
    assert not Block.objects.exists()


def test_leaving_from_the_page(client):
    starter, anna = MemberFactory(), MemberFactory()
    conversation = start(starter=starter, recipients=[anna])
    client.force_login(anna)

    response = client.post(reverse("conversations:leave", args=[conversation.pk]))

    assert response["Location"] == reverse("conversations:inbox")
    assert client.get(reverse("conversations:detail", args=[conversation.pk])).status_code == 404
    client.force_login(starter)
    html = client.get(reverse("conversations:detail", args=[conversation.pk])).content.decode()
    assert "(left)" in html


def test_reporting_from_the_page(client):
    starter, anna = MemberFactory(), MemberFactory()
    conversation = start(starter=starter, recipients=[anna])
    client.force_login(anna)

    client.post(
        reverse("conversations:report", args=[conversation.pk]),
        {"reason": "inappropriate", "note": "Threats"},
    )

    html = client.get(reverse("conversations:detail", args=[conversation.pk])).content.decode()
    assert "You have reported this conversation" in html
    assert conversation in selectors.reported_conversations()


def test_a_report_without_a_reason_changes_nothing(client):
    starter, anna = MemberFactory(), MemberFactory()
    conversation = start(starter=starter, recipients=[anna])
    client.force_login(anna)

    client.post(reverse("conversations:report", args=[conversation.pk]), {"reason": "nonsense"})

    assert list(selectors.reported_conversations()) == []


def test_settings_page_saves_both_preferences(client):
    me = MemberFactory()
    client.force_login(me)
    assert client.get(reverse("conversations:settings")).status_code == 200

    client.post(reverse("conversations:settings"), {"email_on_messages": "on"})

    preference = MessagingPreference.objects.get(member=me)
    assert preference.email_on_messages is True
    assert preference.accepts_messages_from_strangers is False


def test_moderator_decides_from_the_reported_page(client):
    starter, anna = MemberFactory(), MemberFactory()
    conversation = start(starter=starter, recipients=[anna])
    services.report_conversation(reporter=anna, conversation=conversation, reason="spam")
    client.force_login(MemberFactory(is_staff=True))

    queue = client.get(reverse("conversations:report_queue")).content.decode()
    assert reverse("conversations:reported", args=[conversation.pk]) in queue
    assert conversation.subject not in queue  # the list shows no private text
    client.post(
        reverse("conversations:decide_reported", args=[conversation.pk]), {"decision": "uphold"}
    )

    assert list(selectors.reported_conversations()) == []
