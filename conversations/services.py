"""Writes about private conversations. Every function runs in a transaction and raises
ValidationError with a message the member understands; nothing changes when it does."""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from conversations import selectors
from conversations.models import Block, Conversation, Message, MessagingPreference, Participant
from hrnet.markdown import render_markdown
from moderation import services as moderation
from moderation.models import AuditEntry, Flag
from notifications.models import Notification
from notifications.services import mark_read_about, notify

SUBJECT_MAX = 160
BODY_MAX = 10_000


class Decision:
    RELEASE = "release"  # a held first message is fine: deliver it
    REJECT = "reject"  # a held first message is spam: never delivered
    DISMISS = "dismiss"  # a report needs no action
    UPHOLD = "uphold"  # a report was right (the moderator acts on the member separately)
    ALL = (RELEASE, REJECT, DISMISS, UPHOLD)


# --- Rules --------------------------------------------------------------------------------------


def is_new_member(member) -> bool:
    """New as moderation sees it (first posts not yet approved), or a young account."""
    from forums.moderation import published_post_count

    young_since = timezone.now() - timedelta(days=settings.CONVERSATIONS_NEW_MEMBER_DAYS)
    return (
        member.date_joined > young_since
        or published_post_count(member) < settings.MODERATION_FIRST_POSTS_HELD
    )


def _check_links(body: str, *, is_new: bool) -> None:
    from forums.moderation import LINK

    if is_new and len(LINK.findall(body)) > settings.MODERATION_NEW_MEMBER_MAX_LINKS:
        raise ValidationError(
            _(
                "New members can include at most %(max)d links in a message. Please remove "
                "some; the limit goes away after your first approved posts."
            )
            % {"max": settings.MODERATION_NEW_MEMBER_MAX_LINKS}
        )


def _check_body(body: str) -> str:
    body = (body or "").strip()
    if not body:
        raise ValidationError(_("Write a message."))
    if len(body) > BODY_MAX:
        raise ValidationError(
            _("A message can be at most %(max)d characters long.") % {"max": BODY_MAX}
        )
    return body


def _check_daily_starts(starter, *, is_new: bool) -> None:
    allowed = (
        settings.CONVERSATIONS_NEW_MEMBER_PER_DAY if is_new else settings.CONVERSATIONS_PER_DAY
    )
    since = timezone.now() - timedelta(days=1)
    if selectors.conversations_started_since(starter, since) >= allowed:
        if is_new:
            message = _(
                "New members can start %(count)d conversations a day. Your text is still here: "
                "please send it tomorrow, or reply in a conversation you already have."
            )
        else:
            message = _(
                "You can start %(count)d conversations a day. Your text is still here: please "
                "send it tomorrow."
            )
        raise ValidationError(message % {"count": allowed})


def _check_recipients(starter, recipients) -> list:
    people, seen = [], {starter.pk}
    for person in recipients:
        if person is None or person.pk in seen:
            continue
        seen.add(person.pk)
        people.append(person)
    if not people:
        raise ValidationError(_("Choose at least one member to write to."))
    if len(people) > settings.CONVERSATIONS_MAX_RECIPIENTS:
        raise ValidationError(
            _("A conversation can have at most %(max)d other members.")
            % {"max": settings.CONVERSATIONS_MAX_RECIPIENTS}
        )
    for person in people:
        if not person.is_active or person.is_erased:
            raise ValidationError(_("%(name)s is no longer a member.") % {"name": person})
    ids = {person.pk for person in people}
    for person in people:
        if person.pk in selectors.blocker_ids(starter, ids):
            raise ValidationError(
                _("%(name)s does not accept messages from you.") % {"name": person}
            )
    for person in people:
        if person.pk in selectors.blocked_ids(starter):
            raise ValidationError(
                _("You have blocked %(name)s. Unblock them first to write to them.")
                % {"name": person}
            )
    return people


# --- Starting and replying ----------------------------------------------------------------------


@transaction.atomic
def start_conversation(*, starter, recipients, subject: str, body: str) -> Conversation:
    """Start a private conversation with one member or a small group.

    A spammy first message to members who share no group with the starter is held for the
    moderators and reaches nobody until one lets it through.
    """
    if not starter.is_authenticated or not starter.is_active:
        raise PermissionDenied
    subject = " ".join((subject or "").split())
    if not subject:
        raise ValidationError(_("Give the conversation a subject."))
    if len(subject) > SUBJECT_MAX:
        raise ValidationError(
            _("The subject can be at most %(max)d characters long.") % {"max": SUBJECT_MAX}
        )
    body = _check_body(body)
    people = _check_recipients(starter, list(recipients))
    strangers = selectors.strangers_among(starter, [person.pk for person in people])
    if strangers:
        closed = MessagingPreference.objects.filter(
            member_id__in=strangers, accepts_messages_from_strangers=False
        ).values_list("member_id", flat=True)
        for person in people:
            if person.pk in set(closed):
                raise ValidationError(
                    _(
                        "%(name)s accepts messages only from members who share a group with "
                        "them. Join one of their groups, or ask in a group discussion."
                    )
                    % {"name": person}
                )
    is_new = is_new_member(starter)
    _check_daily_starts(starter, is_new=is_new)
    _check_links(body, is_new=is_new)

    status, spam_score = Conversation.Status.OPEN, 0.0
    if strangers and settings.MODERATION_AUTOMATIC:
        from forums.moderation import author_signals

        scores = moderation.score_post(
            title=subject, body=body, author_signals=author_signals(starter)
        )
        spam_score = scores.spam
        if scores.is_spam:
            status = Conversation.Status.HELD

    now = timezone.now()
    conversation = Conversation.objects.create(
        subject=subject,
        starter=starter,
        status=status,
        spam_score=spam_score,
        message_count=1,
        last_message_at=now,
        last_message_author=starter,
        created_at=now,
    )
    Participant.objects.bulk_create(
        [Participant(conversation=conversation, member=starter, joined_at=now, last_read_at=now)]
        + [
            Participant(conversation=conversation, member=person, joined_at=now)
            for person in people
        ]
    )
    message = Message.objects.create(
        conversation=conversation,
        author=starter,
        body_markdown=body,
        body_html=render_markdown(body),
        created_at=now,
    )
    if status == Conversation.Status.HELD:
        moderation.audit(
            action=AuditEntry.Action.HELD,
            target=conversation,
            subject=starter,
            summary=_("First private message to a member who shares no group"),
            reason=_("It looks like spam or advertising, so a moderator will look at it first."),
        )
    else:
        _notify_recipients(message, people)
    return conversation


@transaction.atomic
def reply(*, author, conversation, body: str) -> Message:
    """Add a message to a conversation the author takes part in."""
    seat = (
        Participant.objects.select_for_update()
        .filter(conversation_id=conversation.pk, member=author, left_at__isnull=True)
        .select_related("conversation")
        .first()
    )
    if seat is None or not author.is_active:
        raise PermissionDenied
    conversation = seat.conversation
    if conversation.status != Conversation.Status.OPEN:
        raise ValidationError(
            _("This conversation waits for a moderator; you can reply once it is delivered.")
        )
    body = _check_body(body)
    others = [
        participant.member
        for participant in Participant.objects.filter(
            conversation=conversation, left_at__isnull=True
        )
        .exclude(member=author)
        .select_related("member")
    ]
    others = [person for person in others if person.is_active]
    if not others:
        raise ValidationError(_("Everyone else has left this conversation."))
    blockers = selectors.blocker_ids(author, [person.pk for person in others])
    if blockers:
        raise ValidationError(_("You cannot send messages in this conversation any more."))
    _check_links(body, is_new=is_new_member(author))
    now = timezone.now()
    message = Message.objects.create(
        conversation=conversation,
        author=author,
        body_markdown=body,
        body_html=render_markdown(body),
        created_at=now,
    )
    Conversation.objects.filter(pk=conversation.pk).update(
        message_count=F("message_count") + 1, last_message_at=now, last_message_author=author
    )
    Participant.objects.filter(pk=seat.pk).update(last_read_at=now)
    _read_notifications(author.pk, conversation)
    _notify_recipients(message, others)
    return message


def _notify_recipients(message: Message, people) -> None:
    conversation = message.conversation
    author = message.author
    email_off = set(
        MessagingPreference.objects.filter(member__in=people, email_on_messages=False).values_list(
            "member_id", flat=True
        )
    )
    for person in people:
        notify(
            recipient=person,
            kind=Notification.Kind.PRIVATE_MESSAGE,
            key=f"private-message:{message.pk}:{person.pk}",
            message=_("%(name)s sent you a private message: “%(subject)s”")
            % {"name": author.public_name, "subject": conversation.subject},
            url=conversation.get_absolute_url(),
            email=person.pk not in email_off,
            topic="messages",
        )


def mark_read(*, seat: Participant) -> None:
    now = timezone.now()
    Participant.objects.filter(pk=seat.pk).update(last_read_at=now)
    seat.last_read_at = now
    _read_notifications(seat.member_id, seat.conversation)


def _read_notifications(member_id, conversation) -> None:
    mark_read_about(
        member=member_id,
        kind=Notification.Kind.PRIVATE_MESSAGE,
        url=conversation.get_absolute_url(),
    )


@transaction.atomic
def leave_conversation(*, member, conversation) -> Participant:
    seat = (
        Participant.objects.select_for_update()
        .filter(conversation_id=conversation.pk, member=member, left_at__isnull=True)
        .first()
    )
    if seat is None:
        raise PermissionDenied
    seat.left_at = timezone.now()
    seat.save(update_fields=["left_at"])
    _read_notifications(member.pk, conversation)
    return seat


# --- Blocking and preferences -------------------------------------------------------------------


@transaction.atomic
def block_member(*, blocker, blocked) -> Block:
    if blocker.pk == blocked.pk:
        raise ValidationError(_("You cannot block yourself."))
    block, _created = Block.objects.get_or_create(blocker=blocker, blocked=blocked)
    return block


@transaction.atomic
def unblock_member(*, blocker, blocked) -> int:
    deleted, _rows = Block.objects.filter(blocker=blocker, blocked=blocked).delete()
    return deleted


@transaction.atomic
def set_messaging_preferences(
    *, member, accepts_messages_from_strangers: bool, email_on_messages: bool
) -> MessagingPreference:
    preference, _created = MessagingPreference.objects.update_or_create(
        member=member,
        defaults={
            "accepts_messages_from_strangers": accepts_messages_from_strangers,
            "email_on_messages": email_on_messages,
        },
    )
    return preference


# --- Reports and moderation ---------------------------------------------------------------------


@transaction.atomic
def report_conversation(*, reporter, conversation, reason: str, note: str = "") -> Flag:
    """A participant asks the moderators to read this conversation (and only this one)."""
    if selectors.seat_of(reporter, conversation.pk) is None:
        raise PermissionDenied
    if reason not in Flag.Reason.values:
        raise ValidationError(_("Choose why you are reporting this conversation."))
    flag, _open_count = moderation.add_flag(
        flagger=reporter, target=conversation, group_id=None, reason=reason, note=note
    )
    moderation.audit(
        action=AuditEntry.Action.REPORTED,
        target=conversation,
        actor=reporter,
        summary=_("Private conversation reported"),
        reason=note[:500],
    )
    return flag


def record_moderator_reading(*, moderator, conversation) -> AuditEntry:
    """Every time a moderator opens a reported conversation, the audit log says so."""
    return moderation.audit(
        action=AuditEntry.Action.PRIVATE_READ,
        target=conversation,
        actor=moderator,
        summary=_("Reported private conversation read"),
    )


@transaction.atomic
def decide(*, moderator, conversation, decision: str, note: str = "") -> Conversation:
    """A moderator's decision on a held or reported conversation; audited, starter told."""
    if not selectors.can_moderate_conversations(moderator):
        raise PermissionDenied
    if decision not in Decision.ALL:
        raise ValidationError(_("Unknown decision."))
    conversation = Conversation.objects.select_for_update().get(pk=conversation.pk)
    if decision in (Decision.RELEASE, Decision.REJECT):
        if conversation.status != Conversation.Status.HELD:
            raise ValidationError(_("This conversation has already been decided."))
        first = conversation.messages.select_related("author").first()
        if decision == Decision.RELEASE:
            conversation.status = Conversation.Status.OPEN
            conversation.save(update_fields=["status"])
            people = [
                seat.member
                for seat in conversation.participants.select_related("member").exclude(
                    member_id=conversation.starter_id
                )
            ]
            if first is not None:
                _notify_recipients(first, people)
            action, label = AuditEntry.Action.APPROVED, "ok"
        else:
            conversation.status = Conversation.Status.REJECTED
            conversation.save(update_fields=["status"])
            action, label = AuditEntry.Action.REJECTED, "spam"
        if first is not None:
            moderation.record_decision(
                label=label,
                title=conversation.subject,
                body=first.body_markdown,
                decided_by=moderator,
            )
    else:
        flaggers = moderation.resolve_flags(target=conversation, upheld=decision == Decision.UPHOLD)
        if not flaggers:
            raise ValidationError(_("This report has already been decided."))
        action = AuditEntry.Action.REPORT_CLOSED
    moderation.audit(
        action=action,
        target=conversation,
        actor=moderator,
        subject=conversation.starter,
        summary=_("Private conversation: %(decision)s") % {"decision": decision},
        reason=note,
    )
    return conversation


# --- Erasure ------------------------------------------------------------------------------------


@transaction.atomic
def remove_member_from_conversations(*, member, keep_posts: bool) -> None:
    """On account deletion: leave every conversation, drop blocks and preferences.

    With keep_posts the messages stay, shown as by "Former member" (the others' conversation
    keeps its sense); without, the member's messages are deleted.
    """
    now = timezone.now()
    Participant.objects.filter(member=member, left_at__isnull=True).update(left_at=now)
    Block.objects.filter(blocker=member).delete()
    Block.objects.filter(blocked=member).delete()
    MessagingPreference.objects.filter(member=member).delete()
    if not keep_posts:
        touched = set(
            Message.objects.filter(author=member).values_list("conversation_id", flat=True)
        )
        Message.objects.filter(author=member).delete()
        for conversation_id in touched:
            last = (
                Message.objects.filter(conversation_id=conversation_id)
                .order_by("-created_at", "-id")
                .first()
            )
            Conversation.objects.filter(pk=conversation_id).update(
                message_count=Message.objects.filter(conversation_id=conversation_id).count(),
                last_message_author=last.author_id if last else None,
            )
