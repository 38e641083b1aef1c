"""What a digest says, built for a chunk of members with a fixed number of queries."""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import timedelta

from django.db.models import Count, F, Q
from django.utils import timezone

from events.models import Event
from forums.models import Group, GroupMembership, PostStatus, Reply, Summary, Thread
from systems.selectors import digest_experiences

PER_SECTION = 5


@dataclass
class DigestContent:
    new_threads: list = field(default_factory=list)
    trending: list = field(default_factory=list)
    replies_to_me: list = field(default_factory=list)  # (thread, count)
    summaries: list = field(default_factory=list)
    events: list = field(default_factory=list)
    # New experiences of systems the member's organisation uses (systems.Declaration).
    system_experiences: list = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not (
            self.new_threads
            or self.trending
            or self.replies_to_me
            or self.summaries
            or self.events
            or self.system_experiences
        )


def period_start(frequency: str, now=None):
    now = now or timezone.now()
    return now - (timedelta(days=1) if frequency == "daily" else timedelta(days=7))


def build_for_chunk(members, *, frequency: str, now=None) -> dict[int, DigestContent]:
    """Digest content for each member of the chunk: 8 queries for the whole chunk."""
    now = now or timezone.now()
    since = period_start(frequency, now)
    member_ids = [m.pk for m in members]
    watched_levels = [
        GroupMembership.WatchLevel.DAILY,
        GroupMembership.WatchLevel.WEEKLY,
        GroupMembership.WatchLevel.EVERY_NEW_DISCUSSION,
    ]
    groups_of = defaultdict(set)
    for member_id, group_id in GroupMembership.objects.filter(
        member_id__in=member_ids,
        status=GroupMembership.Status.ACTIVE,
        watch_level__in=watched_levels,
    ).values_list("member_id", "group_id"):
        groups_of[member_id].add(group_id)
    all_groups = set().union(*groups_of.values()) if groups_of else set()

    published = Thread.objects.filter(status=PostStatus.PUBLISHED, is_deleted=False)
    new_by_group = defaultdict(list)
    for thread in (
        published.filter(group_id__in=all_groups, created_at__gte=since)
        .select_related("group")
        .order_by("-created_at")[:2000]
    ):
        new_by_group[thread.group_id].append(thread)
    trending_by_group = defaultdict(list)
    for thread in (
        published.filter(group_id__in=all_groups, trending_score__gt=0)
        .select_related("group")
        .order_by("-trending_score")[:2000]
    ):
        trending_by_group[thread.group_id].append(thread)
    replies = defaultdict(list)
    for row in (
        Reply.objects.filter(
            thread__author_id__in=member_ids,
            created_at__gte=since,
            status=PostStatus.PUBLISHED,
            is_deleted=False,
        )
        .exclude(author_id=F("thread__author_id"))
        .values("thread_id", "thread__author_id", "thread__title")
        .annotate(total=Count("pk"))
    ):
        replies[row["thread__author_id"]].append(row)
    summaries = list(
        Summary.objects.filter(
            is_published=True,
            published_at__gte=since,
            thread__group__visibility=Group.Visibility.OPEN,
            thread__status=PostStatus.PUBLISHED,
            thread__is_deleted=False,
        ).select_related("thread")[:PER_SECTION]
    )
    countries = {str(m.country) for m in members if m.country}
    events = list(
        Event.objects.filter(
            starts_at__gte=now, starts_at__lte=now + timedelta(days=30), is_cancelled=False
        )
        .filter(Q(country__in=countries, group__isnull=True) | Q(group_id__in=all_groups))
        .order_by("starts_at")[:200]
    )
    # Links are built once per thread or event, not once per member who gets it.
    for thread in {
        t.pk: t for rows in (*new_by_group.values(), *trending_by_group.values()) for t in rows
    }.values():
        thread.url = thread.get_absolute_url()
    for summary in summaries:
        summary.url = summary.thread.get_absolute_url()
    for event in events:
        event.url = event.get_absolute_url()
    experiences = digest_experiences(members, since=since)
    result = {}
    for member in members:
        groups = groups_of.get(member.pk, set())
        content = DigestContent()
        content.new_threads = sorted(
            (t for g in groups for t in new_by_group.get(g, []) if t.author_id != member.pk),
            key=lambda t: t.created_at,
            reverse=True,
        )[:PER_SECTION]
        shown = {t.pk for t in content.new_threads}
        content.trending = sorted(
            (t for g in groups for t in trending_by_group.get(g, []) if t.pk not in shown),
            key=lambda t: t.trending_score,
            reverse=True,
        )[:PER_SECTION]
        content.replies_to_me = replies.get(member.pk, [])[:PER_SECTION]
        content.summaries = summaries
        content.events = [
            e
            for e in events
            if (e.group_id in groups)
            or (e.group_id is None and str(e.country) == str(member.country))
        ][:PER_SECTION]
        content.system_experiences = experiences.get(member.pk, [])
        # Summaries alone are not worth an email: they only add to something personal.
        if not (
            content.new_threads
            or content.trending
            or content.replies_to_me
            or content.events
            or content.system_experiences
        ):
            content.summaries = []
        result[member.pk] = content
    return result
