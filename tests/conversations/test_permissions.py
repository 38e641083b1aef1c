"""Private means private: only participants open a conversation; a non-participant (staff
included) gets 404 on every conversation URL, and a visitor who is not signed in signs in first.
Moderators read a conversation only once it was reported or held."""

import pytest
from django.urls import reverse

from conversations import services
from moderation.models import AuditEntry
from tests.conversations.factories import start
from tests.factories import MemberFactory

pytestmark = pytest.mark.django_db

CONVERSATION_URLS = [
    ("conversations:detail", "get"),
    ("conversations:reply", "post"),
    ("conversations:leave", "post"),
    ("conversations:report", "post"),
]


@pytest.fixture
def conversation():
    return start(starter=MemberFactory(), recipients=[MemberFactory()])


def _call(client, name, method, conversation):
    url = reverse(name, args=[conversation.pk])
    data = {"body": "Hi", "reason": "spam"}
    return client.get(url) if method == "get" else client.post(url, data)


@pytest.mark.parametrize(("name", "method"), CONVERSATION_URLS)
@pytest.mark.parametrize(
    "who",
    ["outsider", "staff", "superuser", "left"],
)
def test_non_participants_get_404_on_every_conversation_url(
    client, conversation, name, method, who
):
    if who == "left":
        person = conversation.participants.exclude(member=conversation.starter).get().member
        services.leave_conversation(member=person, conversation=conversation)
    else:
        person = MemberFactory(is_staff=who != "outsider", is_superuser=who == "superuser")
    client.force_login(person)

    response = _call(client, name, method, conversation)

    assert response.status_code == 404
    assert conversation.messages.count() == 1
    assert not AuditEntry.objects.filter(action=AuditEntry.Action.REPORTED).exists()


@pytest.mark.parametrize(("name", "method"), CONVERSATION_URLS)
def test_a_conversation_that_does_not_exist_is_404(member_client, name, method):
    url = reverse(name, args=[999_999])
    response = member_client.get(url) if method == "get" else member_client.post(url)
    assert response.status_code == 404


@pytest.mark.parametrize(("name", "method"), CONVERSATION_URLS)
def test_visitors_not_signed_in_are_sent_to_sign_in(client, conversation, name, method):
    response = _call(client, name, method, conversation)

    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


@pytest.mark.parametrize(
    "name",
    [
        "conversations:inbox",
        "conversations:new",
        "conversations:settings",
        "conversations:report_queue",
    ],
)
def test_visitors_not_signed_in_are_sent_to_sign_in_from_every_page(client, name):
    response = client.get(reverse(name))
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


def test_participants_open_their_conversation(client, conversation):
    for seat in conversation.participants.select_related("member"):
        client.force_login(seat.member)
        assert (
            client.get(reverse("conversations:detail", args=[conversation.pk])).status_code == 200
        )


@pytest.mark.parametrize("who", ["member", "group_manager"])
def test_the_report_queue_is_404_for_members_who_are_not_moderators(client, who):
    person = MemberFactory()
    if who == "group_manager":
        from tests.forums.factories import make_group

        make_group(manager=person)
    client.force_login(person)

    assert client.get(reverse("conversations:report_queue")).status_code == 404


def test_staff_cannot_read_a_conversation_nobody_reported(client, conversation):
    client.force_login(MemberFactory(is_staff=True))

    response = client.get(reverse("conversations:reported", args=[conversation.pk]))

    assert response.status_code == 404
    assert not AuditEntry.objects.filter(action=AuditEntry.Action.PRIVATE_READ).exists()


def test_a_moderator_reads_the_reported_conversation_and_each_reading_is_audited(
    client, conversation
):
    reporter = conversation.participants.exclude(member=conversation.starter).get().member
    services.report_conversation(reporter=reporter, conversation=conversation, reason="spam")
    other = start()  # not reported: stays closed to the moderator
    moderator = MemberFactory(is_staff=True)
    client.force_login(moderator)

    first = client.get(reverse("conversations:reported", args=[conversation.pk]))
    client.get(reverse("conversations:reported", args=[conversation.pk]))

    assert first.status_code == 200
    assert conversation.messages.get().body_markdown in first.content.decode()
    readings = AuditEntry.objects.filter(
        action=AuditEntry.Action.PRIVATE_READ, actor=moderator, object_id=conversation.pk
    )
    assert readings.count() == 2
    assert client.get(reverse("conversations:reported", args=[other.pk])).status_code == 404
    assert client.get(reverse("conversations:detail", args=[conversation.pk])).status_code == 404


def test_a_site_moderator_with_the_permission_reads_reported_conversations(client, conversation):
    from django.contrib.auth.models import Permission

    reporter = conversation.participants.exclude(member=conversation.starter).get().member
    services.report_conversation(reporter=reporter, conversation=conversation, reason="spam")
    moderator = MemberFactory()
    moderator.user_permissions.add(Permission.objects.get(codename="moderate_conversations"))
    client.force_login(moderator)

    assert client.get(reverse("conversations:report_queue")).status_code == 200
    assert client.get(reverse("conversations:reported", args=[conversation.pk])).status_code == 200


def test_a_member_cannot_decide_on_a_reported_conversation(client, conversation):
    reporter = conversation.participants.exclude(member=conversation.starter).get().member
    services.report_conversation(reporter=reporter, conversation=conversation, reason="spam")
    client.force_login(reporter)

    response = client.post(
        reverse("conversations:decide_reported", args=[conversation.pk]), {"decision": "dismiss"}
    )

    assert response.status_code == 404


def test_message_bodies_are_not_in_the_django_admin():
    from django.contrib import admin

    from conversations.models import Conversation, Message, Participant

    assert Message not in admin.site._registry
    assert Participant not in admin.site._registry
    conversation_admin = admin.site._registry[Conversation]
    assert "subject" not in conversation_admin.fields
    assert not conversation_admin.inlines


def test_the_admin_list_of_conversations_shows_no_subject(client, conversation):
    client.force_login(MemberFactory(is_staff=True, is_superuser=True))

    response = client.get(reverse("admin:conversations_conversation_changelist"))
    detail = client.get(reverse("admin:conversations_conversation_change", args=[conversation.pk]))

    assert response.status_code == 200 and detail.status_code == 200
    for page in (response, detail):
        assert conversation.subject not in page.content.decode()
        assert conversation.messages.get().body_markdown not in page.content.decode()
