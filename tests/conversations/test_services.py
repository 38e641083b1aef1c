"""Starting, replying, reading, leaving, blocking and the anti-abuse rules of private messages."""

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from conversations import selectors, services
from conversations.models import Conversation, Message, MessagingPreference, Participant
from moderation.models import AuditEntry
from notifications.models import Notification
from notifications.services import send_notification_email
from tests.conversations.factories import start
from tests.factories import MemberFactory
from tests.forums.factories import add_member, make_group
from tests.moderation.factories import SPAM_BODY, SPAM_TITLE
from tests.notifications.helpers import committed, emails_to

pytestmark = pytest.mark.django_db


def test_starting_a_conversation_seats_everyone_and_stores_the_first_message():
    starter, anna, bo = MemberFactory(), MemberFactory(), MemberFactory()

    conversation = start(starter=starter, recipients=[anna, bo], body="Hello *peers*")

    assert set(conversation.participants.values_list("member_id", flat=True)) == {
        starter.pk,
        anna.pk,
        bo.pk,
    }
    message = conversation.messages.get()
    assert message.author == starter
    assert "<em>peers</em>" in message.body_html
    assert conversation.status == Conversation.Status.OPEN
    assert conversation.message_count == 1


def test_markdown_in_a_message_is_sanitised():
    conversation = start(body="<script>alert(1)</script> hi")

    assert "<script>" not in conversation.messages.get().body_html


def test_each_recipient_is_notified_and_emailed_exactly_once():
    anna = MemberFactory()
    with committed():
        conversation = start(recipients=[anna], subject="Salary bands")

    notification = Notification.objects.get(recipient=anna)
    assert notification.kind == Notification.Kind.PRIVATE_MESSAGE
    assert "Salary bands" in notification.message
    assert notification.url == conversation.get_absolute_url()
    assert len(emails_to(anna)) == 1
    assert send_notification_email(notification_id=notification.pk) is False
    assert len(emails_to(anna)) == 1
    assert "List-Unsubscribe" in emails_to(anna)[0].extra_headers


def test_a_member_who_turned_message_emails_off_is_told_in_the_app_only():
    anna = MemberFactory()
    services.set_messaging_preferences(
        member=anna, accepts_messages_from_strangers=True, email_on_messages=False
    )
    with committed():
        start(recipients=[anna])

    assert Notification.objects.filter(recipient=anna).count() == 1
    assert emails_to(anna) == []


def test_one_click_unsubscribe_turns_message_emails_off(client):
    from notifications import unsubscribe

    anna = MemberFactory()
    path = unsubscribe.unsubscribe_url(anna, "messages").split("hrnet.example")[1]

    client.post(path, {"List-Unsubscribe": "One-Click"})

    assert MessagingPreference.objects.get(member=anna).email_on_messages is False
    with committed():
        start(recipients=[anna])
    assert emails_to(anna) == []


def test_an_email_waiting_when_the_member_unsubscribes_is_not_sent():
    from notifications import unsubscribe

    anna = MemberFactory()
    conversation = start(recipients=[anna])  # not committed: the email waits in the outbox
    unsubscribe.apply(anna, "messages")

    notification = Notification.objects.get(recipient=anna)
    send_notification_email(notification_id=notification.pk)
    assert conversation.pk and emails_to(anna) == []


def test_replying_notifies_the_others_but_not_the_author():
    starter, anna = MemberFactory(), MemberFactory()
    conversation = start(starter=starter, recipients=[anna])

    message = services.reply(author=anna, conversation=conversation, body="We use bands.")

    conversation.refresh_from_db()
    assert conversation.message_count == 2
    assert conversation.last_message_author == anna
    assert Notification.objects.filter(
        recipient=starter, key=f"private-message:{message.pk}:{starter.pk}"
    ).exists()
    # By key prefix: a substring test would also match anna's notification of the first
    # message whenever her id happens to contain the digits of this message's id.
    assert not Notification.objects.filter(
        recipient=anna, key__startswith=f"private-message:{message.pk}:"
    ).exists()


def test_unread_count_grows_with_new_messages_and_clears_when_read():
    starter, anna = MemberFactory(), MemberFactory()
    conversation = start(starter=starter, recipients=[anna])
    assert selectors.unread_conversation_count(anna) == 1
    assert selectors.unread_conversation_count(starter) == 0

    services.mark_read(seat=selectors.seat_of(anna, conversation.pk))
    assert selectors.unread_conversation_count(anna) == 0

    services.reply(author=starter, conversation=conversation, body="Any thoughts?")
    (seat,) = selectors.inbox(anna).object_list
    assert seat.unread_count == 1
    assert selectors.unread_conversation_count(anna) == 1


def test_a_conversation_needs_someone_to_write_to():
    with pytest.raises(ValidationError, match="at least one member"):
        start(recipients=[])


def test_writing_only_to_yourself_is_refused():
    me = MemberFactory()
    with pytest.raises(ValidationError, match="at least one member"):
        start(starter=me, recipients=[me])


def test_more_than_the_allowed_recipients_is_refused(settings):
    settings.CONVERSATIONS_MAX_RECIPIENTS = 2

    with pytest.raises(ValidationError, match="at most 2 other members"):
        start(recipients=[MemberFactory() for _ in range(3)])
    assert not Conversation.objects.exists()


def test_subject_and_message_are_required():
    with pytest.raises(ValidationError, match="subject"):
        services.start_conversation(
            starter=MemberFactory(), recipients=[MemberFactory()], subject="  ", body="Hi"
        )
    with pytest.raises(ValidationError, match="Write a message"):
        services.start_conversation(
            starter=MemberFactory(), recipients=[MemberFactory()], subject="Hi", body=" "
        )


def test_a_former_member_cannot_be_written_to():
    gone = MemberFactory(is_active=False)
    with pytest.raises(ValidationError, match="no longer a member"):
        start(recipients=[gone])


# --- Blocking -------------------------------------------------------------------------------------


def test_a_blocked_member_cannot_start_a_conversation_with_the_blocker():
    anna, spammer = MemberFactory(), MemberFactory()
    services.block_member(blocker=anna, blocked=spammer)

    with pytest.raises(ValidationError, match="does not accept messages from you"):
        start(starter=spammer, recipients=[anna])


def test_a_blocked_member_cannot_reply_in_an_existing_conversation():
    anna, bo = MemberFactory(), MemberFactory()
    conversation = start(starter=bo, recipients=[anna])
    services.block_member(blocker=anna, blocked=bo)

    with pytest.raises(ValidationError, match="cannot send messages"):
        services.reply(author=bo, conversation=conversation, body="Hello again")
    assert conversation.messages.count() == 1


def test_the_blocker_must_unblock_before_writing_to_the_blocked_member():
    anna, bo = MemberFactory(), MemberFactory()
    services.block_member(blocker=anna, blocked=bo)

    with pytest.raises(ValidationError, match="Unblock them first"):
        start(starter=anna, recipients=[bo])
    services.unblock_member(blocker=anna, blocked=bo)
    assert start(starter=anna, recipients=[bo]).pk


def test_nobody_can_block_themselves():
    me = MemberFactory()
    with pytest.raises(ValidationError):
        services.block_member(blocker=me, blocked=me)


# --- Leaving --------------------------------------------------------------------------------------


def test_leaving_removes_the_conversation_from_the_inbox_and_the_others_keep_it():
    starter, anna, bo = MemberFactory(), MemberFactory(), MemberFactory()
    conversation = start(starter=starter, recipients=[anna, bo])

    services.leave_conversation(member=anna, conversation=conversation)

    assert list(selectors.inbox(anna).object_list) == []
    assert selectors.seat_of(anna, conversation.pk) is None
    assert selectors.seat_of(bo, conversation.pk) is not None
    message = services.reply(author=bo, conversation=conversation, body="Still here")
    assert not Notification.objects.filter(
        recipient=anna, key__startswith=f"private-message:{message.pk}:"
    ).exists()


def test_a_member_who_left_is_not_notified_of_later_replies():
    starter, anna, bo = MemberFactory(), MemberFactory(), MemberFactory()
    conversation = start(starter=starter, recipients=[anna, bo])
    services.leave_conversation(member=anna, conversation=conversation)

    message = services.reply(author=bo, conversation=conversation, body="Still here")

    assert not Notification.objects.filter(recipient=anna, key__contains=f":{message.pk}:").exists()


def test_nobody_to_reply_to_once_everyone_else_left():
    starter, anna = MemberFactory(), MemberFactory()
    conversation = start(starter=starter, recipients=[anna])
    services.leave_conversation(member=anna, conversation=conversation)

    with pytest.raises(ValidationError, match="Everyone else has left"):
        services.reply(author=starter, conversation=conversation, body="Hello?")


def test_a_member_who_left_cannot_reply():
    starter, anna = MemberFactory(), MemberFactory()
    conversation = start(starter=starter, recipients=[anna])
    services.leave_conversation(member=anna, conversation=conversation)

    with pytest.raises(PermissionDenied):
        services.reply(author=anna, conversation=conversation, body="Back")


# --- Strangers, new members, spam -----------------------------------------------------------------


def test_a_member_can_refuse_messages_from_members_sharing_no_group():
    anna, stranger = MemberFactory(), MemberFactory()
    services.set_messaging_preferences(
        member=anna, accepts_messages_from_strangers=False, email_on_messages=True
    )

    with pytest.raises(ValidationError, match="share a group"):
        start(starter=stranger, recipients=[anna])


def test_members_sharing_a_group_can_write_despite_the_stranger_setting():
    anna, peer = MemberFactory(), MemberFactory()
    group = make_group()
    add_member(group, anna)
    add_member(group, peer)
    services.set_messaging_preferences(
        member=anna, accepts_messages_from_strangers=False, email_on_messages=True
    )

    assert start(starter=peer, recipients=[anna]).pk


@pytest.mark.moderation
def test_a_new_member_starts_only_a_few_conversations_a_day(settings):
    settings.CONVERSATIONS_NEW_MEMBER_PER_DAY = 2
    newcomer = MemberFactory()
    start(starter=newcomer)
    start(starter=newcomer)

    with pytest.raises(ValidationError, match="New members can start 2 conversations a day"):
        start(starter=newcomer)
    Conversation.objects.update(created_at=timezone.now() - timedelta(days=2))
    assert start(starter=newcomer).pk


@pytest.mark.moderation
def test_a_new_member_may_include_only_a_few_links(settings):
    settings.MODERATION_NEW_MEMBER_MAX_LINKS = 1
    settings.MODERATION_AUTOMATIC = False
    newcomer = MemberFactory()

    with pytest.raises(ValidationError, match="at most 1 links"):
        start(starter=newcomer, body="See https://a.example and https://b.example")


def test_established_members_have_no_link_limit(settings):
    settings.MODERATION_NEW_MEMBER_MAX_LINKS = 1

    conversation = start(body="See https://a.example and https://b.example")
    assert conversation.status == Conversation.Status.OPEN


@pytest.mark.moderation
def test_a_spammy_first_message_to_a_stranger_is_held_and_reaches_nobody():
    spammer, anna = MemberFactory(), MemberFactory()
    settings_links = SPAM_BODY.replace("https://spam.example", "")
    with committed():
        conversation = start(
            starter=spammer, recipients=[anna], subject=SPAM_TITLE, body=settings_links
        )

    assert conversation.status == Conversation.Status.HELD
    assert not Notification.objects.filter(recipient=anna).exists()
    assert emails_to(anna) == []
    assert selectors.seat_of(anna, conversation.pk) is None
    assert selectors.seat_of(spammer, conversation.pk) is not None
    assert AuditEntry.objects.filter(
        action=AuditEntry.Action.HELD, object_id=conversation.pk, subject=spammer
    ).exists()
    assert conversation in selectors.reported_conversations()


@pytest.mark.moderation
def test_the_same_message_to_someone_sharing_a_group_is_not_screened():
    group = make_group()
    sender, anna = add_member(group).member, add_member(group).member
    body = SPAM_BODY.replace("https://spam.example", "")

    conversation = start(starter=sender, recipients=[anna], subject=SPAM_TITLE, body=body)

    assert conversation.status == Conversation.Status.OPEN


@pytest.mark.moderation
def test_a_moderator_delivering_a_held_message_notifies_the_recipient():
    spammer, anna = MemberFactory(), MemberFactory()
    conversation = start(
        starter=spammer,
        recipients=[anna],
        subject=SPAM_TITLE,
        body=SPAM_BODY.replace("https://spam.example", ""),
    )
    moderator = MemberFactory(is_staff=True)

    services.decide(moderator=moderator, conversation=conversation, decision="release")

    conversation.refresh_from_db()
    assert conversation.status == Conversation.Status.OPEN
    assert Notification.objects.filter(recipient=anna).count() == 1
    assert selectors.seat_of(anna, conversation.pk) is not None


@pytest.mark.moderation
def test_a_rejected_held_message_is_never_delivered():
    anna = MemberFactory()
    conversation = start(
        recipients=[anna], subject=SPAM_TITLE, body=SPAM_BODY.replace("https://spam.example", "")
    )

    services.decide(
        moderator=MemberFactory(is_staff=True), conversation=conversation, decision="reject"
    )

    assert selectors.seat_of(anna, conversation.pk) is None
    assert not Notification.objects.filter(recipient=anna).exists()


# --- Reports --------------------------------------------------------------------------------------


def test_reporting_flags_the_conversation_and_writes_the_audit_log():
    starter, anna = MemberFactory(), MemberFactory()
    conversation = start(starter=starter, recipients=[anna])

    flag = services.report_conversation(
        reporter=anna, conversation=conversation, reason="inappropriate", note="Rude"
    )

    assert flag.target == conversation
    assert AuditEntry.objects.filter(
        action=AuditEntry.Action.REPORTED, actor=anna, object_id=conversation.pk
    ).exists()
    assert list(selectors.reported_conversations()) == [conversation]


def test_only_a_participant_can_report():
    conversation = start()
    with pytest.raises(PermissionDenied):
        services.report_conversation(
            reporter=MemberFactory(), conversation=conversation, reason="spam"
        )


def test_closing_a_report_takes_it_out_of_the_moderators_view():
    starter, anna = MemberFactory(), MemberFactory()
    conversation = start(starter=starter, recipients=[anna])
    services.report_conversation(reporter=anna, conversation=conversation, reason="spam")

    services.decide(
        moderator=MemberFactory(is_staff=True), conversation=conversation, decision="dismiss"
    )

    assert list(selectors.reported_conversations()) == []
    assert AuditEntry.objects.filter(action=AuditEntry.Action.REPORT_CLOSED).exists()


def test_a_member_without_the_right_cannot_decide():
    conversation = start()
    with pytest.raises(PermissionDenied):
        services.decide(moderator=MemberFactory(), conversation=conversation, decision="dismiss")


def test_messages_keep_their_order():
    starter, anna = MemberFactory(), MemberFactory()
    conversation = start(starter=starter, recipients=[anna], body="first")
    services.reply(author=anna, conversation=conversation, body="second")

    assert [m.body_markdown for m in Message.objects.filter(conversation=conversation)] == [
        "first",
        "second",
    ]
    assert Participant.objects.filter(conversation=conversation).count() == 2
