"""Moderation of forum posts: screening new posts, the review queue, flags, bans.

The classifier, audit log and flags live in the moderation app; this module applies them to
threads and replies, inside the same transaction as the post.
"""

import re
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from forums import selectors
from forums.models import Group, GroupDeparture, GroupMembership, PostStatus, Reply, Thread
from forums.text import mention_candidates
from moderation import services as moderation
from moderation.models import AuditEntry, Flag
from notifications.models import Notification
from notifications.services import notify

LINK = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)


@dataclass
class Screening:
    status: str = PostStatus.PUBLISHED
    section: str | None = None
    note: str = ""
    audit_action: str | None = None
    scores: moderation.Scores | None = None


def published_post_count(member) -> int:
    return (
        Thread.objects.filter(author=member, status=PostStatus.PUBLISHED).count()
        + Reply.objects.filter(author=member, status=PostStatus.PUBLISHED).count()
    )


def _check_rate_limit(author, is_new: bool) -> None:
    posts, seconds = settings.POSTING_RATE_NEW_MEMBER if is_new else settings.POSTING_RATE_MEMBER
    since = timezone.now() - timedelta(seconds=seconds)
    recent = (
        Thread.objects.filter(author=author, created_at__gte=since).count()
        + Reply.objects.filter(author=author, created_at__gte=since).count()
    )
    if recent >= posts:
        minutes = max(1, seconds // 60)
        raise ValidationError(
            _(
                "You have posted %(posts)d times in the last %(minutes)d minutes, our limit. "
                "Your text is still here: please send it a little later."
            )
            % {"posts": posts, "minutes": minutes}
        )


def _check_new_member_limits(body: str) -> None:
    links = len(LINK.findall(body))
    if links > settings.MODERATION_NEW_MEMBER_MAX_LINKS:
        raise ValidationError(
            _(
                "New members can include at most %(max)d links in a post. Please remove some; "
                "the limit goes away after your first approved posts."
            )
            % {"max": settings.MODERATION_NEW_MEMBER_MAX_LINKS}
        )
    mentions = len({c.split()[0] for c in mention_candidates(body)})
    if mentions > settings.MODERATION_NEW_MEMBER_MAX_MENTIONS:
        raise ValidationError(
            _("New members can mention at most %(max)d people in a post.")
            % {"max": settings.MODERATION_NEW_MEMBER_MAX_MENTIONS}
        )


def author_signals(author) -> tuple[str, ...]:
    signals = []
    if published_post_count(author) < settings.MODERATION_FIRST_POSTS_HELD:
        signals.append("__author_new__")
    rejected = (
        Thread.objects.filter(author=author, status=PostStatus.REJECTED).exists()
        or Reply.objects.filter(author=author, status=PostStatus.REJECTED).exists()
    )
    if rejected:
        signals.append("__author_rejected__")
    return tuple(signals)


def screen_post(*, author, access, title: str, body: str, section: str | None) -> Screening:
    """Decide what happens to a new post before it is written. Raises ValidationError for
    limits the author can fix (the form keeps their text)."""
    if access.can_moderate:
        return Screening()
    is_new = published_post_count(author) < settings.MODERATION_FIRST_POSTS_HELD
    _check_rate_limit(author, is_new)
    if is_new:
        _check_new_member_limits(body)
    screening = Screening()
    if settings.MODERATION_AUTOMATIC:
        scores = moderation.score_post(
            title=title, body=body, author_signals=author_signals(author)
        )
        screening.scores = scores
        if scores.is_spam:
            screening.status = PostStatus.HELD
            screening.audit_action = AuditEntry.Action.HELD
            screening.note = _(
                "It looks like spam or advertising, so a moderator will look at it first."
            )
            return screening
        if section in (Thread.Section.DISCUSSION, Thread.Section.QUESTION):
            if scores.job >= settings.MODERATION_MOVE_THRESHOLD:
                screening.section = Thread.Section.JOB
                screening.audit_action = AuditEntry.Action.MOVED_TO_JOBS
                screening.note = _(
                    "It reads like a job ad, so it was posted in Jobs, where members look for jobs."
                )
            elif scores.promotion >= settings.MODERATION_MOVE_THRESHOLD:
                screening.section = Thread.Section.PROMOTION
                screening.audit_action = AuditEntry.Action.MOVED_TO_PROMOTIONS
                screening.note = _("It reads like a promotion, so it was posted in Promotions.")
    if is_new:
        screening.status = PostStatus.HELD
        screening.audit_action = screening.audit_action or AuditEntry.Action.HELD
        screening.note = _(
            "The first posts of new members are read by a moderator before they appear. "
            "This usually takes a few hours."
        ) + (" " + screening.note if screening.note else "")
    return screening


def apply_scores(post, screening: Screening) -> None:
    if screening.scores is not None:
        post.spam_score = screening.scores.spam
        post.promotion_score = screening.scores.promotion
        post.job_score = screening.scores.job
    post.status = screening.status
    post.moderation_note = screening.note[:300]


def audit_screening(post, screening: Screening, group_id: int) -> None:
    actions = [screening.audit_action] if screening.audit_action else []
    if screening.status == PostStatus.HELD and AuditEntry.Action.HELD not in actions:
        actions.insert(0, AuditEntry.Action.HELD)
    for action in actions:
        moderation.audit(
            action=action,
            target=post,
            subject=post.author,
            group_id=group_id,
            summary=_post_summary(post),
            reason=screening.note,
        )


def _post_summary(post) -> str:
    if isinstance(post, Thread):
        return post.title
    return (post.body_markdown or "")[:120]


# --- The queue ----------------------------------------------------------------------------------


class Decision:
    APPROVE = "approve"
    REJECT = "reject"
    MOVE_TO_JOBS = "move_to_jobs"
    MOVE_TO_PROMOTIONS = "move_to_promotions"
    ALL = (APPROVE, REJECT, MOVE_TO_JOBS, MOVE_TO_PROMOTIONS)


class RejectReason:
    SPAM = "spam"
    OFF_TOPIC = "off_topic"
    INAPPROPRIATE = "inappropriate"
    OTHER = "other"
    ALL = (SPAM, OFF_TOPIC, INAPPROPRIATE, OTHER)


def _group_of(post) -> Group:
    return post.group if isinstance(post, Thread) else post.thread.group


def _lock_post(post):
    model = type(post)
    related = ["group"] if model is Thread else ["thread__group"]
    return (
        model.objects.select_for_update(of=("self",))
        .select_related(*related, "author")
        .get(pk=post.pk)
    )


@transaction.atomic
def decide(*, moderator, post, decision: str, reason: str = "", note: str = ""):
    """Approve, reject or move a post from the queue; audited, learned from, author told."""
    if decision not in Decision.ALL:
        raise ValidationError(_("Unknown decision."))
    post = _lock_post(post)
    group = _group_of(post)
    if not selectors.access_to(moderator, group).can_moderate:
        raise PermissionDenied
    if post.status not in selectors.WAITING:
        raise ValidationError(_("This post has already been decided."))
    is_thread = isinstance(post, Thread)
    if decision in (Decision.MOVE_TO_JOBS, Decision.MOVE_TO_PROMOTIONS) and not is_thread:
        raise ValidationError(_("Only threads can be moved to another section."))
    was_published = post.status == PostStatus.PUBLISHED
    label = "ok"
    if decision == Decision.REJECT:
        post.status = PostStatus.REJECTED
        label = "spam" if reason == RejectReason.SPAM else None
        action = AuditEntry.Action.REJECTED
    else:
        post.status = PostStatus.PUBLISHED
        action = AuditEntry.Action.APPROVED
        if decision == Decision.MOVE_TO_JOBS:
            post.section, label, action = Thread.Section.JOB, "job", AuditEntry.Action.MOVED_TO_JOBS
        elif decision == Decision.MOVE_TO_PROMOTIONS:
            post.section, label = Thread.Section.PROMOTION, "promotion"
            action = AuditEntry.Action.MOVED_TO_PROMOTIONS
        elif is_thread and post.section in (Thread.Section.JOB, Thread.Section.PROMOTION):
            label = "job" if post.section == Thread.Section.JOB else "promotion"
    post.moderation_note = ""
    post.save()
    is_published = post.status == PostStatus.PUBLISHED
    _update_counters(post, was_published=was_published, is_published=is_published)
    if is_published and not was_published:
        from forums import announcements

        if is_thread:
            announcements.announce_thread(post)
        else:
            announcements.announce_reply(post)
    explanation = " ".join(part for part in (_reason_text(reason), note.strip()) if part)
    entry = moderation.audit(
        action=action,
        target=post,
        actor=moderator,
        subject=post.author,
        group_id=group.pk,
        summary=_post_summary(post),
        reason=explanation,
    )
    if label is not None:
        moderation.record_decision(
            label=label,
            title=post.title if is_thread else "",
            body=post.body_markdown,
            decided_by=moderator,
            group_id=group.pk,
        )
    _tell_author(post, decision, explanation, audit_id=entry.pk)
    flaggers = moderation.resolve_flags(target=post, upheld=decision != Decision.APPROVE)
    _tell_flaggers(post, flaggers, upheld=decision != Decision.APPROVE)
    return post


def _reason_text(reason: str) -> str:
    return {
        RejectReason.SPAM: _("Spam or advertising."),
        RejectReason.OFF_TOPIC: _("Off-topic for this group."),
        RejectReason.INAPPROPRIATE: _("Inappropriate or offensive."),
    }.get(reason, "")


def _update_counters(post, *, was_published: bool, is_published: bool) -> None:
    if was_published == is_published:
        return
    step = 1 if is_published else -1
    if isinstance(post, Thread):
        Group.objects.filter(pk=post.group_id).update(thread_count=F("thread_count") + step)
    else:
        Thread.objects.filter(pk=post.thread_id).update(reply_count=F("reply_count") + step)
        if is_published:
            Thread.objects.filter(pk=post.thread_id).update(
                last_activity_at=timezone.now(),
                last_reply_author=None if post.is_anonymous else post.author_id,
            )


def _url_of(post) -> str:
    if isinstance(post, Thread):
        return post.get_absolute_url()
    return post.thread.reply_url(post.pk)


def _tell_author(post, decision: str, explanation: str, *, audit_id: int) -> None:
    if post.author is None:
        return
    what = post.title if isinstance(post, Thread) else _("your reply")
    messages = {
        Decision.APPROVE: _("Your post “%(what)s” has been approved and is now visible."),
        Decision.REJECT: _("Your post “%(what)s” was not published. %(why)s"),
        Decision.MOVE_TO_JOBS: _("Your post “%(what)s” was moved to Jobs. %(why)s"),
        Decision.MOVE_TO_PROMOTIONS: _("Your post “%(what)s” was moved to Promotions. %(why)s"),
    }
    notify(
        recipient=post.author,
        kind=Notification.Kind.MODERATION,
        key=f"moderation:{audit_id}",
        message=(messages[decision] % {"what": what, "why": explanation}).strip(),
        url=_url_of(post) if decision != Decision.REJECT else "",
    )


def _tell_flaggers(post, flagger_ids: list[int], *, upheld: bool) -> None:
    from members.models import Member

    message = (
        _("Thank you: the post you flagged has been dealt with by a moderator.")
        if upheld
        else _("Thank you for your flag. A moderator looked at the post and left it up.")
    )
    for flagger in Member.objects.filter(pk__in=flagger_ids):
        notify(
            recipient=flagger,
            kind=Notification.Kind.FLAG_OUTCOME,
            key=f"flag-outcome:{type(post).__name__.lower()}:{post.pk}:{flagger.pk}",
            message=message,
            url=_url_of(post) if not upheld else "",
        )


@transaction.atomic
def decide_many(*, moderator, posts, decision: str, reason: str = "") -> int:
    done = 0
    for post in posts:
        try:
            decide(moderator=moderator, post=post, decision=decision, reason=reason)
        except ValidationError:
            continue
        done += 1
    return done


# --- Flags --------------------------------------------------------------------------------------


@transaction.atomic
def flag_post(*, flagger, post, reason: str, note: str = "") -> bool:
    """A member flags a post; enough flags hide it for review. Returns whether it got hidden."""
    if reason not in Flag.Reason.values:
        raise ValidationError(_("Choose why you are flagging this post."))
    group = _group_of(post)
    if not selectors.can_read_group(flagger, group, selectors.membership_of(flagger, group)):
        raise PermissionDenied
    if post.author_id == flagger.pk:
        raise ValidationError(_("You cannot flag your own post."))
    _flag, open_flags = moderation.add_flag(
        flagger=flagger, target=post, group_id=group.pk, reason=reason, note=note
    )
    if open_flags < settings.MODERATION_FLAGS_TO_HIDE:
        return False
    post = _lock_post(post)
    if post.status != PostStatus.PUBLISHED:
        return False
    post.status = PostStatus.HIDDEN
    post.moderation_note = _("Hidden after several members flagged it; a moderator will review it.")
    post.save(update_fields=["status", "moderation_note", "updated_at"])
    _update_counters(post, was_published=True, is_published=False)
    moderation.audit(
        action=AuditEntry.Action.HIDDEN_BY_FLAGS,
        target=post,
        subject=post.author,
        group_id=group.pk,
        summary=_post_summary(post),
        reason=_("%(count)d members flagged it.") % {"count": open_flags},
    )
    return True


# --- Members ------------------------------------------------------------------------------------


@transaction.atomic
def suspend_member(
    *, moderator, group: Group, member, days: int, reason: str = ""
) -> GroupMembership:
    if not selectors.access_to(moderator, group).can_moderate or member.pk == moderator.pk:
        raise PermissionDenied
    membership = GroupMembership.objects.filter(
        group=group, member=member, status=GroupMembership.Status.ACTIVE
    ).first()
    if membership is None:
        raise ValidationError(_("Only members of this group can be suspended."))
    membership.suspended_until = timezone.now() + timedelta(days=max(1, min(days, 365)))
    membership.save(update_fields=["suspended_until"])
    moderation.audit(
        action=AuditEntry.Action.SUSPENDED,
        actor=moderator,
        subject=member,
        group_id=group.pk,
        summary=_("Suspended for %(days)d days") % {"days": days},
        reason=reason,
    )
    return membership


@transaction.atomic
def ban_member(*, moderator, group: Group, member, reason: str = "") -> GroupMembership:
    if not selectors.access_to(moderator, group).can_manage or member.pk == moderator.pk:
        raise PermissionDenied
    membership, _created = GroupMembership.objects.get_or_create(
        group=group, member=member, defaults={"status": GroupMembership.Status.BANNED}
    )
    was_active = membership.status == GroupMembership.Status.ACTIVE
    membership.status = GroupMembership.Status.BANNED
    membership.role = GroupMembership.Role.MEMBER
    membership.save(update_fields=["status", "role"])
    if was_active:
        GroupDeparture.objects.create(
            group=group, member_id=member.pk, joined_at=membership.joined_at
        )
        Group.objects.filter(pk=group.pk, member_count__gt=0).update(
            member_count=F("member_count") - 1
        )
    moderation.audit(
        action=AuditEntry.Action.BANNED,
        actor=moderator,
        subject=member,
        group_id=group.pk,
        summary=_("Banned from %(group)s") % {"group": group.name},
        reason=reason,
    )
    return membership


def notify_managers_of_waiting_posts() -> int:
    """Tell each group's managers and moderators that posts wait, at most every six hours."""
    now = timezone.now()
    window = f"{now:%Y%m%d}-{now.hour // 6}"
    waiting = Q(status__in=[PostStatus.HELD, PostStatus.HIDDEN], is_deleted=False)
    group_ids = set(Thread.objects.filter(waiting).values_list("group_id", flat=True)) | set(
        Reply.objects.filter(waiting).values_list("thread__group_id", flat=True)
    )
    sent = 0
    for membership in GroupMembership.objects.filter(
        group_id__in=group_ids,
        status=GroupMembership.Status.ACTIVE,
        role__in=selectors.MODERATOR_ROLES,
    ).select_related("group", "member"):
        created = notify(
            recipient=membership.member,
            kind=Notification.Kind.QUEUE_WAITING,
            key=f"queue:{membership.group_id}:{membership.member_id}:{window}",
            message=_("Posts in %(group)s are waiting for your review.")
            % {"group": membership.group.name},
            url=f"/moderation/?group={membership.group.slug}",
        )
        sent += created is not None
    return sent
