"""Writes about groups, threads and replies. Each runs in a transaction and keeps counters."""

from datetime import timedelta

import redis
from django.contrib.postgres.search import SearchVector
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Count, F, Max, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce, Lower
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from forums import announcements, moderation, selectors
from forums.models import (
    Group,
    GroupDeparture,
    GroupMembership,
    Mention,
    PostStatus,
    Reaction,
    Reply,
    Revision,
    Summary,
    Thread,
)
from forums.text import fingerprint, mention_occurrences, search_config
from hrnet.markdown import render_markdown
from hrnet.redis import namespaced, redis_client

CROSS_POST_WINDOW = timedelta(days=14)
JOB_FIELDS = ("job_location", "job_country", "job_role", "employment_type", "apply_by", "apply_url")


# --- Groups and memberships ---------------------------------------------------------------------


def _unique_group_slug(name: str) -> str:
    base = slugify(name)[:120] or "group"
    slug, number = base, 2
    while Group.objects.filter(slug=slug).exists():
        slug, number = f"{base}-{number}", number + 1
    return slug


@transaction.atomic
def create_group(
    *,
    creator,
    name: str,
    description: str = "",
    kind: str = Group.Kind.THEME,
    visibility: str = Group.Visibility.OPEN,
    language: str = "en",
    country: str = "",
    parent: Group | None = None,
    allows_anonymous_posts: bool = False,
) -> Group:
    """Create a group; its creator becomes its first manager."""
    group = Group.objects.create(
        name=" ".join(name.split()),
        slug=_unique_group_slug(name),
        description=description,
        kind=kind,
        visibility=visibility,
        language=language,
        country=country,
        parent=parent,
        allows_anonymous_posts=allows_anonymous_posts,
    )
    GroupMembership.objects.create(group=group, member=creator, role=GroupMembership.Role.MANAGER)
    _refresh_member_count(group.pk)
    return group


def _refresh_member_count(group_id: int) -> None:
    Group.objects.filter(pk=group_id).update(
        member_count=Subquery(
            GroupMembership.objects.filter(
                group=OuterRef("pk"), status=GroupMembership.Status.ACTIVE
            )
            .values("group")
            .annotate(total=Count("pk"))
            .values("total")[:1]
        )
    )
    Group.objects.filter(pk=group_id, member_count__isnull=True).update(member_count=0)


@transaction.atomic
def join_group(*, member, group: Group) -> GroupMembership:
    """Join an open group, ask to join a request group, or accept an invitation."""
    membership = (
        GroupMembership.objects.select_for_update().filter(group=group, member=member).first()
    )
    if membership is not None and membership.status == GroupMembership.Status.ACTIVE:
        return membership
    if membership is not None and membership.status == GroupMembership.Status.BANNED:
        raise PermissionDenied(_("You have been removed from this group by its managers."))
    if membership is not None and membership.status == GroupMembership.Status.INVITED:
        membership.status = GroupMembership.Status.ACTIVE
        membership.joined_at = timezone.now()
        membership.save(update_fields=["status", "joined_at"])
    elif group.visibility == Group.Visibility.OPEN:
        membership, _created = GroupMembership.objects.update_or_create(
            group=group,
            member=member,
            defaults={"status": GroupMembership.Status.ACTIVE, "joined_at": timezone.now()},
        )
    elif group.visibility == Group.Visibility.REQUEST:
        if membership is None:
            membership = GroupMembership.objects.create(
                group=group, member=member, status=GroupMembership.Status.PENDING
            )
        return membership
    else:
        raise PermissionDenied(
            _("This group is invite only. Ask one of its managers for an invitation.")
        )
    _refresh_member_count(group.pk)
    return membership


@transaction.atomic
def leave_group(*, member, group: Group) -> None:
    membership = GroupMembership.objects.filter(group=group, member=member).first()
    if membership is None:
        return
    if group.kind == Group.Kind.ALUMNI:
        raise ValidationError(
            _("This group belongs to an alumni network: leave the network instead.")
        )
    if membership.role == GroupMembership.Role.MANAGER and membership.status == "active":
        other_managers = GroupMembership.objects.filter(
            group=group, role=GroupMembership.Role.MANAGER, status=GroupMembership.Status.ACTIVE
        ).exclude(pk=membership.pk)
        if not other_managers.exists():
            raise ValidationError(
                _("You are this group's only manager. Make someone else manager before you leave.")
            )
    membership.delete()
    if membership.status == GroupMembership.Status.ACTIVE:
        record_departures(GroupMembership.objects.none(), extra=[membership])
    _refresh_member_count(group.pk)


@transaction.atomic
def decide_join_request(*, manager, membership: GroupMembership, approve: bool) -> None:
    access = selectors.access_to(manager, membership.group)
    if not access.can_manage:
        raise PermissionDenied
    if membership.status != GroupMembership.Status.PENDING:
        return
    if approve:
        membership.status = GroupMembership.Status.ACTIVE
        membership.joined_at = timezone.now()
        membership.save(update_fields=["status", "joined_at"])
    else:
        membership.delete()
    _refresh_member_count(membership.group_id)


@transaction.atomic
def invite_to_group(*, manager, group: Group, member) -> GroupMembership:
    if not selectors.access_to(manager, group).can_manage:
        raise PermissionDenied
    membership, created = GroupMembership.objects.get_or_create(
        group=group, member=member, defaults={"status": GroupMembership.Status.INVITED}
    )
    if created:
        from notifications.models import Notification
        from notifications.services import notify

        notify(
            recipient=member,
            kind=Notification.Kind.GROUP,
            key=f"group-invitation:{membership.pk}",
            message=_("%(name)s invites you to the group %(group)s")
            % {"name": manager.public_name, "group": group.name},
            url=group.get_absolute_url(),
            email=True,
        )
    return membership


def set_watch_level(*, member, group: Group, level: str) -> GroupMembership:
    if level not in GroupMembership.WatchLevel.values:
        raise ValidationError(_("Choose how often you want to hear from this group."))
    updated = GroupMembership.objects.filter(
        group=group, member=member, status=GroupMembership.Status.ACTIVE
    ).update(watch_level=level)
    if not updated:
        raise ValidationError(_("Join the group first."))
    return GroupMembership.objects.get(group=group, member=member)


@transaction.atomic
def set_member_role(*, manager, membership: GroupMembership, role: str) -> GroupMembership:
    if not selectors.access_to(manager, membership.group).can_manage:
        raise PermissionDenied
    if role not in GroupMembership.Role.values:
        raise ValidationError(_("Unknown role."))
    if membership.role == GroupMembership.Role.MANAGER and role != GroupMembership.Role.MANAGER:
        others = GroupMembership.objects.filter(
            group=membership.group_id, role=GroupMembership.Role.MANAGER
        ).exclude(pk=membership.pk)
        if not others.exists():
            raise ValidationError(_("A group needs at least one manager."))
    membership.role = role
    membership.save(update_fields=["role"])
    return membership


# --- Threads and replies ------------------------------------------------------------------------


def _refresh_thread_search(thread: Thread) -> None:
    config = search_config(thread.language)
    Thread.objects.filter(pk=thread.pk).update(
        search_vector=SearchVector(Value(thread.title), weight="A", config=config)
        + SearchVector(Value(thread.body_markdown), weight="B", config=config)
    )


def _refresh_reply_search(reply: Reply, language: str) -> None:
    Reply.objects.filter(pk=reply.pk).update(
        search_vector=SearchVector(Value(reply.body_markdown), config=search_config(language))
    )


def _record_mentions(*, author, thread: Thread, reply: Reply | None, text: str) -> list:
    """Record @mentions. "@Anna Lindqvist" names Anna Lindqvist, not also a member called Anna:
    each @ takes the longest run of words that is a member's name."""
    occurrences = mention_occurrences(text)
    if not occurrences:
        return []
    from members.selectors import directory_visible_members

    candidates = {name for words in occurrences for name in words}
    by_name = {}
    for member in (
        directory_visible_members()
        .annotate(name_lower=Lower("display_name"))
        .filter(name_lower__in=candidates)
        .exclude(pk=author.pk)
        .order_by("pk")
    ):
        by_name.setdefault(member.name_lower, member)
    mentioned = {}
    for names in occurrences:
        for name in reversed(names):  # longest first
            if name in by_name:
                mentioned[by_name[name].pk] = by_name[name]
                break
    mentioned = list(mentioned.values())[:20]
    Mention.objects.bulk_create(
        [Mention(mentioned=m, author=author, thread=thread, reply=reply) for m in mentioned],
        ignore_conflicts=True,
    )
    return mentioned


def _check_cross_post(*, author, group: Group, body: str, exclude_pk=None) -> str:
    print_ = fingerprint(body)
    earlier = (
        Thread.objects.filter(
            author=author,
            content_fingerprint=print_,
            is_deleted=False,
            created_at__gte=timezone.now() - CROSS_POST_WINDOW,
        )
        .exclude(group=group)
        .select_related("group")
    )
    if exclude_pk:
        earlier = earlier.exclude(pk=exclude_pk)
    first = earlier.first()
    if first is not None:
        raise ValidationError(
            _(
                "You already posted this text in “%(group)s”. Post it once, in the group where it "
                "fits best, and link to it from elsewhere."
            )
            % {"group": first.group.name}
        )
    return print_


def _job_fields(section: str, job: dict | None) -> dict:
    if section != Thread.Section.JOB or not job:
        return dict.fromkeys(JOB_FIELDS, "") | {"apply_by": None}
    return {field: job.get(field) or ("" if field != "apply_by" else None) for field in JOB_FIELDS}


@transaction.atomic
def set_anonymous_posts(*, manager, group: Group, allowed: bool) -> Group:
    """A manager lets members post anonymously in the group (or stops it for new posts)."""
    if not selectors.access_to(manager, group).can_manage:
        raise PermissionDenied
    Group.objects.filter(pk=group.pk).update(allows_anonymous_posts=allowed)
    group.allows_anonymous_posts = allowed
    return group


def _check_anonymous(group: Group, anonymous: bool) -> None:
    if anonymous and not group.allows_anonymous_posts:
        raise ValidationError(_("This group does not allow anonymous posts."))


@transaction.atomic
def start_thread(
    *,
    author,
    group: Group,
    title: str,
    body: str,
    section: str = Thread.Section.DISCUSSION,
    language: str = "",
    tags: list[str] | None = None,
    job: dict | None = None,
    anonymous: bool = False,
) -> Thread:
    """Start a thread. Joins an open group on first post; refuses cross-posts and closed groups.

    anonymous=True (where the group allows it) shows "a member of this group" to the others."""
    access = selectors.access_to(author, group)
    if not access.can_post:
        raise PermissionDenied(_("Join this group to post in it."))
    _check_anonymous(group, anonymous)
    if not access.is_member:
        join_group(member=author, group=group)
    if section not in Thread.Section.values:
        raise ValidationError(_("Choose a section."))
    content_print = _check_cross_post(author=author, group=group, body=body)
    screening = moderation.screen_post(
        author=author, access=access, title=title, body=body, section=section
    )
    section = screening.section or section
    now = timezone.now()
    thread = Thread(
        group=group,
        author=author,
        section=section,
        title=" ".join(title.split()),
        body_markdown=body,
        body_html=render_markdown(body),
        language=language or group.language,
        content_fingerprint=content_print,
        last_activity_at=now,
        created_at=now,
        is_anonymous=anonymous,
        **_job_fields(section, job),
    )
    moderation.apply_scores(thread, screening)
    thread.save()
    if tags:
        thread.tags.set(tags)
    _refresh_thread_search(thread)
    _record_mentions(author=author, thread=thread, reply=None, text=body)
    moderation.audit_screening(thread, screening, group.pk)
    if thread.status == PostStatus.PUBLISHED:
        Group.objects.filter(pk=group.pk).update(
            thread_count=F("thread_count") + 1, last_activity_at=now
        )
        announcements.announce_thread(thread)
    return thread


@transaction.atomic
def post_reply(
    *,
    author,
    thread: Thread,
    body: str,
    reply_to: Reply | None = None,
    anonymous: bool = False,
) -> Reply:
    """Reply to a thread (optionally to one reply). Locked threads take no replies."""
    thread = Thread.objects.select_for_update().select_related("group").get(pk=thread.pk)
    access = selectors.access_to(author, thread.group)
    if not access.can_post or thread.is_deleted:
        raise PermissionDenied(_("Join this group to reply."))
    _check_anonymous(thread.group, anonymous)
    if thread.is_locked and not access.can_moderate:
        raise ValidationError(_("This thread is locked: it takes no new replies."))
    if reply_to is not None and reply_to.thread_id != thread.pk:
        reply_to = None
    if not access.is_member:
        join_group(member=author, group=thread.group)
    screening = moderation.screen_post(
        author=author, access=access, title="", body=body, section=None
    )
    now = timezone.now()
    reply = Reply(
        thread=thread,
        author=author,
        reply_to=reply_to,
        body_markdown=body,
        body_html=render_markdown(body),
        created_at=now,
        is_anonymous=anonymous,
    )
    moderation.apply_scores(reply, screening)
    reply.save()
    _refresh_reply_search(reply, thread.language)
    _record_mentions(author=author, thread=thread, reply=reply, text=body)
    moderation.audit_screening(reply, screening, thread.group_id)
    if reply.status == PostStatus.PUBLISHED:
        Thread.objects.filter(pk=thread.pk).update(
            reply_count=F("reply_count") + 1,
            last_activity_at=now,
            last_reply_author=None if anonymous else author,
        )
        Group.objects.filter(pk=thread.group_id).update(last_activity_at=now)
        announcements.announce_reply(reply)
    return reply


@transaction.atomic
def edit_thread(
    *,
    editor,
    thread: Thread,
    title: str,
    body: str,
    tags: list[str] | None = None,
    job: dict | None = None,
) -> Thread:
    """Edit a thread; the previous text is kept as a revision for moderators."""
    thread = Thread.objects.select_for_update().select_related("group").get(pk=thread.pk)
    if not selectors.can_edit_post(
        editor, thread, thread.group, selectors.membership_of(editor, thread.group)
    ):
        raise PermissionDenied
    title = " ".join(title.split())
    if title != thread.title or body != thread.body_markdown:
        Revision.objects.create(
            thread=thread, title=thread.title, body_markdown=thread.body_markdown, edited_by=editor
        )
        thread.content_fingerprint = (
            _check_cross_post(
                author=thread.author, group=thread.group, body=body, exclude_pk=thread.pk
            )
            if thread.author_id
            else thread.content_fingerprint
        )
        thread.title, thread.body_markdown = title, body
        thread.body_html = render_markdown(body)
        thread.edited_at = timezone.now()
    for field, value in _job_fields(thread.section, job).items():
        if job is not None:
            setattr(thread, field, value)
    thread.save()
    if tags is not None:
        thread.tags.set(tags, clear=True)
    _refresh_thread_search(thread)
    _record_mentions(author=editor, thread=thread, reply=None, text=body)
    return thread


@transaction.atomic
def edit_reply(*, editor, reply: Reply, body: str) -> Reply:
    reply = Reply.objects.select_for_update().select_related("thread__group").get(pk=reply.pk)
    group = reply.thread.group
    if not selectors.can_edit_post(editor, reply, group, selectors.membership_of(editor, group)):
        raise PermissionDenied
    if body != reply.body_markdown:
        Revision.objects.create(reply=reply, body_markdown=reply.body_markdown, edited_by=editor)
        reply.body_markdown = body
        reply.body_html = render_markdown(body)
        reply.edited_at = timezone.now()
        reply.save(update_fields=["body_markdown", "body_html", "edited_at", "updated_at"])
        _refresh_reply_search(reply, reply.thread.language)
        _record_mentions(author=editor, thread=reply.thread, reply=reply, text=body)
    return reply


@transaction.atomic
def delete_reply(*, member, reply: Reply) -> Reply:
    """Soft delete: the text stays for moderators; members see that it was deleted."""
    reply = Reply.objects.select_for_update().select_related("thread__group").get(pk=reply.pk)
    group = reply.thread.group
    if not selectors.can_edit_post(member, reply, group, selectors.membership_of(member, group)):
        raise PermissionDenied
    reply.is_deleted = True
    reply.save(update_fields=["is_deleted", "updated_at"])
    Thread.objects.filter(pk=reply.thread_id, accepted_reply=reply).update(accepted_reply=None)
    return reply


@transaction.atomic
def delete_thread(*, member, thread: Thread) -> Thread:
    thread = Thread.objects.select_for_update().select_related("group").get(pk=thread.pk)
    if not selectors.can_edit_post(
        member, thread, thread.group, selectors.membership_of(member, thread.group)
    ):
        raise PermissionDenied
    thread.is_deleted = True
    thread.save(update_fields=["is_deleted", "updated_at"])
    if thread.status == PostStatus.PUBLISHED:
        Group.objects.filter(pk=thread.group_id, thread_count__gt=0).update(
            thread_count=F("thread_count") - 1
        )
    return thread


@transaction.atomic
def toggle_helpful(*, member, thread: Thread, reply: Reply | None = None) -> bool:
    """Mark or unmark a thread or reply as helpful; returns whether it is now marked."""
    if not selectors.can_read_group(
        member, thread.group, selectors.membership_of(member, thread.group)
    ):
        raise PermissionDenied
    target_model, target = (Reply, reply) if reply is not None else (Thread, thread)
    if target.author_id == member.pk:
        raise ValidationError(_("You cannot mark your own post as helpful."))
    existing = Reaction.objects.filter(
        member=member, thread=thread, reply=reply, kind=Reaction.Kind.HELPFUL
    )
    if existing.exists():
        existing.delete()
        target_model.objects.filter(pk=target.pk, helpful_count__gt=0).update(
            helpful_count=F("helpful_count") - 1
        )
        return False
    try:
        with transaction.atomic():
            Reaction.objects.create(member=member, thread=thread, reply=reply)
    except IntegrityError:  # a double click: the first one counted
        return True
    target_model.objects.filter(pk=target.pk).update(helpful_count=F("helpful_count") + 1)
    return True


def _moderated_thread(member, thread: Thread) -> Thread:
    thread = Thread.objects.select_for_update().select_related("group").get(pk=thread.pk)
    if not selectors.access_to(member, thread.group).can_moderate:
        raise PermissionDenied
    return thread


@transaction.atomic
def set_pinned(*, member, thread: Thread, pinned: bool) -> Thread:
    thread = _moderated_thread(member, thread)
    thread.is_pinned = pinned
    thread.save(update_fields=["is_pinned", "updated_at"])
    return thread


@transaction.atomic
def set_locked(*, member, thread: Thread, locked: bool) -> Thread:
    thread = _moderated_thread(member, thread)
    thread.is_locked = locked
    thread.save(update_fields=["is_locked", "updated_at"])
    return thread


@transaction.atomic
def accept_answer(*, member, thread: Thread, reply: Reply | None) -> Thread:
    """The asker or a moderator marks the answer that solved a question (None: unmark)."""
    thread = Thread.objects.select_for_update().select_related("group").get(pk=thread.pk)
    if not selectors.can_accept_answer(
        member, thread, selectors.membership_of(member, thread.group)
    ):
        raise PermissionDenied
    if reply is not None and (reply.thread_id != thread.pk or reply.is_deleted):
        raise ValidationError(_("That reply is not part of this question."))
    thread.accepted_reply = reply
    thread.save(update_fields=["accepted_reply", "updated_at"])
    announcements.announce_accepted_answer(thread)
    return thread


@transaction.atomic
def save_summary(*, author, thread: Thread, title: str, body: str, publish: bool) -> Summary:
    """Write or update a thread's summary; published summaries appear in the knowledge portal."""
    if not selectors.can_write_summary(
        author, thread, selectors.membership_of(author, thread.group)
    ):
        raise PermissionDenied
    summary = Summary.objects.select_for_update().filter(thread=thread).first() or Summary(
        thread=thread
    )
    summary.author = summary.author or author
    summary.title = " ".join(title.split())
    summary.body_markdown = body
    summary.body_html = render_markdown(body)
    summary.language = thread.language
    if publish and not summary.is_published:
        summary.published_at = timezone.now()
    summary.is_published = publish
    summary.save()
    config = search_config(summary.language)
    Summary.objects.filter(pk=summary.pk).update(
        search_vector=SearchVector(Value(summary.title), weight="A", config=config)
        + SearchVector(Value(summary.body_markdown), weight="B", config=config)
    )
    return summary


# --- Views and trending -------------------------------------------------------------------------

VIEW_COUNTS_KEY = "forums:thread-views"


def _view_counts_key() -> str:
    return namespaced(VIEW_COUNTS_KEY)


def record_view(thread_id: int) -> None:
    """Count a view in Redis; a periodic task writes the counts in batches (no write per read)."""
    try:
        redis_client().hincrby(_view_counts_key(), str(thread_id), 1)
    except redis.RedisError:  # a lost view count must never break a page
        return


def flush_view_counts() -> int:
    """Move the counted views from Redis into the database; safe to run twice."""
    client = redis_client()
    live_key = _view_counts_key()
    batch_key = f"{live_key}:flushing"
    if not client.exists(batch_key):
        if not client.exists(live_key):
            return 0
        client.rename(live_key, batch_key)
    counts = {int(key): int(value) for key, value in client.hgetall(batch_key).items()}
    with transaction.atomic():
        for thread_id, views in counts.items():
            Thread.objects.filter(pk=thread_id).update(view_count=F("view_count") + views)
        # Deleted only after the updates succeeded: a failed flush keeps the batch for a retry.
        client.delete(batch_key)
    return len(counts)


TRENDING_WINDOW = timedelta(days=14)
TRENDING_HALF_LIFE_HOURS = 48.0


def refresh_trending_scores() -> int:
    """Score recent threads by decayed replies, distinct participants and helpful marks."""
    from django.db import connection

    since = timezone.now() - TRENDING_WINDOW
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            "UPDATE forums_thread SET trending_score = 0 "
            "WHERE trending_score <> 0 AND last_activity_at < %s",
            [since],
        )
        cursor.execute(
            """
            WITH recent AS (
                SELECT r.thread_id,
                       SUM(power(0.5, EXTRACT(EPOCH FROM (now() - r.created_at)) / 3600.0 / %s))
                           AS replies,
                       COUNT(DISTINCT r.author_id) AS participants
                FROM forums_reply r
                WHERE r.created_at >= %s AND NOT r.is_deleted
                GROUP BY r.thread_id
            ), marks AS (
                SELECT x.thread_id,
                       SUM(power(0.5, EXTRACT(EPOCH FROM (now() - x.created_at)) / 3600.0 / %s))
                           AS helpful
                FROM forums_reaction x
                WHERE x.created_at >= %s
                GROUP BY x.thread_id
            )
            UPDATE forums_thread t
            SET trending_score = COALESCE(recent.replies, 0)
                                 + 2 * COALESCE(recent.participants, 0)
                                 + 1.5 * COALESCE(marks.helpful, 0)
            FROM forums_thread t2
            LEFT JOIN recent ON recent.thread_id = t2.id
            LEFT JOIN marks ON marks.thread_id = t2.id
            WHERE t.id = t2.id AND t2.last_activity_at >= %s AND NOT t2.is_deleted
            """,
            [TRENDING_HALF_LIFE_HOURS, since, TRENDING_HALF_LIFE_HOURS, since, since],
        )
        return cursor.rowcount


# --- Counters and erasure -----------------------------------------------------------------------


@transaction.atomic
def refresh_counters(*, group_ids) -> None:
    """Recompute the denormalised counters of the given groups and their threads."""
    threads = Thread.objects.filter(group_id__in=group_ids)
    threads.update(
        reply_count=Coalesce(
            Subquery(
                Reply.objects.filter(thread=OuterRef("pk"), status=PostStatus.PUBLISHED)
                .values("thread")
                .annotate(total=Count("pk"))
                .values("total")
            ),
            0,
        )
    )
    Group.objects.filter(pk__in=group_ids).update(
        member_count=Coalesce(
            Subquery(
                GroupMembership.objects.filter(
                    group=OuterRef("pk"), status=GroupMembership.Status.ACTIVE
                )
                .values("group")
                .annotate(total=Count("pk"))
                .values("total")
            ),
            0,
        ),
        thread_count=Coalesce(
            Subquery(
                Thread.objects.filter(
                    group=OuterRef("pk"), is_deleted=False, status=PostStatus.PUBLISHED
                )
                .values("group")
                .annotate(total=Count("pk"))
                .values("total")
            ),
            0,
        ),
        last_activity_at=Subquery(
            Thread.objects.filter(group=OuterRef("pk"), status=PostStatus.PUBLISHED)
            .values("group")
            .annotate(latest=Max("last_activity_at"))
            .values("latest")
        ),
    )


def record_departures(memberships, extra=()) -> None:
    """Remember active memberships that end, so group dashboards can count leaves."""
    rows = [m for m in memberships if m.status == GroupMembership.Status.ACTIVE] + list(extra)
    GroupDeparture.objects.bulk_create(
        [
            GroupDeparture(group_id=m.group_id, member_id=m.member_id, joined_at=m.joined_at)
            for m in rows
        ]
    )


@transaction.atomic
def remove_member_from_forums(*, member, keep_posts: bool) -> None:
    """On account deletion: leave every group; keep posts as "former member" or delete them."""
    group_ids = set(
        GroupMembership.objects.filter(member=member).values_list("group_id", flat=True)
    )
    if not keep_posts:
        group_ids |= set(Thread.objects.filter(author=member).values_list("group_id", flat=True))
        group_ids |= set(
            Reply.objects.filter(author=member).values_list("thread__group_id", flat=True)
        )
        Reply.objects.filter(author=member).delete()
        Thread.objects.filter(author=member).delete()
    record_departures(GroupMembership.objects.filter(member=member))
    GroupMembership.objects.filter(member=member).delete()
    refresh_counters(group_ids=group_ids)


@transaction.atomic
def add_to_group(
    *, group: Group, member, role: str = GroupMembership.Role.MEMBER
) -> GroupMembership:
    """Put a member straight into a group (used by apps that own a group, e.g. alumni)."""
    membership, _created = GroupMembership.objects.update_or_create(
        group=group,
        member=member,
        defaults={"status": GroupMembership.Status.ACTIVE, "role": role},
    )
    _refresh_member_count(group.pk)
    return membership


@transaction.atomic
def remove_from_group(*, group: Group, member) -> None:
    record_departures(GroupMembership.objects.filter(group=group, member=member))
    GroupMembership.objects.filter(group=group, member=member).delete()
    _refresh_member_count(group.pk)
