from django.dispatch import receiver

from conversations.models import Block, Message, MessagingPreference, Participant
from members.signals import member_erasing, personal_data_requested


@receiver(personal_data_requested)
def export_conversations(sender, member, **kwargs):
    """The member's own conversations: everything said in them while they took part."""
    seats = (
        Participant.objects.filter(member=member)
        .select_related("conversation")
        .order_by("joined_at")
    )
    conversations = []
    for seat in seats:
        messages = Message.objects.filter(conversation=seat.conversation).select_related("author")
        conversations.append(
            {
                "subject": seat.conversation.subject,
                "started_at": seat.conversation.created_at.isoformat(),
                "joined_at": seat.joined_at.isoformat(),
                "left_at": seat.left_at.isoformat() if seat.left_at else None,
                "messages": [
                    {
                        "from": "me"
                        if message.author_id == member.pk
                        else (message.author.public_name if message.author else None),
                        "text": message.body_markdown,
                        "sent_at": message.created_at.isoformat(),
                    }
                    for message in messages
                ],
            }
        )
    preference = MessagingPreference.objects.filter(member=member).first()
    return {
        "private_conversations": conversations,
        "private_messages_sent": [
            {
                "subject": message.conversation.subject,
                "text": message.body_markdown,
                "sent_at": message.created_at.isoformat(),
            }
            for message in Message.objects.filter(author=member).select_related("conversation")
        ],
        "blocked_members": [
            block.blocked.public_name
            for block in Block.objects.filter(blocker=member).select_related("blocked")
        ],
        "messaging_preferences": {
            "accepts_messages_from_strangers": (
                preference.accepts_messages_from_strangers if preference else True
            ),
            "email_on_messages": preference.email_on_messages if preference else True,
        },
    }


@receiver(member_erasing)
def erase_conversation_data(sender, member, keep_posts, **kwargs):
    from conversations import services

    services.remove_member_from_conversations(member=member, keep_posts=keep_posts)
