"""Reads about private conversations; the only place that decides who may read one.

Participants read their conversations. Moderators read a conversation only after a participant
reported it (or the spam screen held it), and every such reading is written to the audit log by
the view that shows it. Nobody else, staff included, reads a conversation in the UI.
"""

from datetime import UTC, datetime

from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.db.models import Count, Exists, F, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce

from conversations.models import Block, Conversation, Message, MessagingPreference, Participant
from moderation.models import Flag

INBOX_PAGE_SIZE = 30
MESSAGES_PAGE_SIZE = 100
NEVER = datetime(2000, 1, 1, tzinfo=UTC)


def can_moderate_conversations(member) -> bool:
    return (
        member.is_authenticated
        and member.is_active
        and (member.is_staff or member.has_perm("conversations.moderate_conversations"))
    )


def _visible_to_participant(member) -> Q:
    # A held conversation reaches only its starter until a moderator lets it through.
    return Q(status=Conversation.Status.OPEN) | Q(starter=member)


def seat_of(member, conversation_id) -> Participant | None:
    """The member's active seat in a conversation they may read, or None (then: 404)."""
    if not member.is_authenticated:
        return None
    return (
        Participant.objects.filter(
            member=member, conversation_id=conversation_id, left_at__isnull=True
        )
        .filter(Q(conversation__status=Conversation.Status.OPEN) | Q(conversation__starter=member))
        .select_related("conversation")
        .first()
    )


def inbox(member, page=1):
    """The member's conversations, newest activity first, with their unread counts."""
    unread = (
        Message.objects.filter(conversation=OuterRef("conversation_id"))
        .exclude(author=member)
        .filter(created_at__gt=Coalesce(OuterRef("last_read_at"), Value(NEVER)))
        .order_by()
        .values("conversation")
        .annotate(count=Count("pk"))
        .values("count")
    )
    seats = (
        Participant.objects.filter(member=member, left_at__isnull=True)
        .filter(Q(conversation__status=Conversation.Status.OPEN) | Q(conversation__starter=member))
        .select_related("conversation", "conversation__last_message_author")
        .annotate(unread_count=Coalesce(Subquery(unread), 0))
        .order_by("-conversation__last_message_at", "-conversation_id")
    )
    page = Paginator(seats, INBOX_PAGE_SIZE).get_page(page)
    _attach_people(member, page.object_list)
    return page


def _attach_people(member, seats) -> None:
    """Put the other participants on each seat in one query (no query per conversation)."""
    seats = list(seats)
    conversation_ids = [seat.conversation_id for seat in seats]
    others: dict[int, list] = {cid: [] for cid in conversation_ids}
    for other in (
        Participant.objects.filter(conversation_id__in=conversation_ids)
        .exclude(member=member)
        .select_related("member")
        .order_by("joined_at", "pk")
    ):
        others[other.conversation_id].append(other)
    for seat in seats:
        seat.others = others.get(seat.conversation_id, [])


def unread_conversation_count(member) -> int:
    """Conversations with a message the member has not read."""
    if not member.is_authenticated:
        return 0
    return (
        Participant.objects.filter(member=member, left_at__isnull=True)
        .filter(Q(conversation__status=Conversation.Status.OPEN) | Q(conversation__starter=member))
        .filter(conversation__message_count__gt=0)
        .exclude(conversation__last_message_author=member)
        .filter(
            Q(last_read_at__isnull=True) | Q(last_read_at__lt=F("conversation__last_message_at"))
        )
        .count()
    )


def participants_of(conversation) -> list[Participant]:
    return list(
        Participant.objects.filter(conversation=conversation)
        .select_related("member")
        .order_by("joined_at", "pk")
    )


def messages_of(conversation, page=None):
    messages = Message.objects.filter(conversation=conversation).select_related("author")
    paginator = Paginator(messages, MESSAGES_PAGE_SIZE)
    return paginator.get_page(page if page is not None else paginator.num_pages)


def blocked_ids(member) -> set[int]:
    """Members this member has blocked."""
    return set(Block.objects.filter(blocker=member).values_list("blocked_id", flat=True))


def blocker_ids(member, among) -> set[int]:
    """Which of `among` (member ids) have blocked this member."""
    return set(
        Block.objects.filter(blocked=member, blocker_id__in=list(among)).values_list(
            "blocker_id", flat=True
        )
    )


def has_blocked(blocker, blocked) -> bool:
    return Block.objects.filter(blocker=blocker, blocked=blocked).exists()


def preference_of(member) -> MessagingPreference:
    preference = MessagingPreference.objects.filter(member=member).first()
    return preference or MessagingPreference(member=member)


def strangers_among(member, recipient_ids) -> set[int]:
    """Recipients who share no group with the member (active memberships on both sides)."""
    from forums.selectors import members_sharing_a_group

    recipient_ids = set(recipient_ids)
    return recipient_ids - members_sharing_a_group(member, recipient_ids)


# --- Moderation ---------------------------------------------------------------------------------


def _conversation_type() -> ContentType:
    return ContentType.objects.get_for_model(Conversation)


def reported_conversations() -> QuerySet[Conversation]:
    """What moderators may open: conversations with an open report, or held by the spam screen."""
    open_report = Flag.objects.filter(
        content_type=_conversation_type(),
        object_id=OuterRef("pk"),
        outcome=Flag.Outcome.OPEN,
    )
    return (
        Conversation.objects.annotate(has_open_report=Exists(open_report))
        .filter(Q(has_open_report=True) | Q(status=Conversation.Status.HELD))
        .select_related("starter")
        .order_by("-last_message_at", "-pk")
    )


def reported_conversation(member, conversation_id) -> Conversation | None:
    if not can_moderate_conversations(member):
        return None
    return reported_conversations().filter(pk=conversation_id).first()


def reports_on(conversation) -> list[Flag]:
    return list(
        Flag.objects.filter(content_type=_conversation_type(), object_id=conversation.pk)
        .select_related("flagger")
        .order_by("created_at")
    )


def has_reported(member, conversation) -> bool:
    return Flag.objects.filter(
        flagger=member, content_type=_conversation_type(), object_id=conversation.pk
    ).exists()


def conversations_started_since(member, since) -> int:
    return Conversation.objects.filter(starter=member, created_at__gte=since).count()
