"""Group health and network figures, computed with aggregate queries (no per-member loops).

Every function takes the members in scope as a queryset (the whole network, or one group's
members), so the same figures serve the admins' and the group managers' dashboards.
"""

from datetime import timedelta

from django.db import connection
from django.db.models import Count, Q
from django.db.models.functions import TruncMonth, TruncWeek
from django.utils import timezone
from taggit.models import Tag

from forums.models import Group, GroupDeparture, GroupMembership, PostStatus, Reply, Thread
from members.models import Member, Organisation, RoleCategory

TIPPING_POINT = 2000
TOP = 10


def network_members():
    return Member.objects.filter(is_active=True, erased_at__isnull=True, email_verified=True)


def group_members(group):
    return Member.objects.filter(
        group_memberships__group=group, group_memberships__status=GroupMembership.Status.ACTIVE
    )


def dashboard_groups(member):
    """Groups whose dashboard the member may open: all for admins, else the ones they manage."""
    if member.is_staff:
        return Group.objects.all()
    return Group.objects.filter(
        memberships__member=member,
        memberships__status=GroupMembership.Status.ACTIVE,
        memberships__role=GroupMembership.Role.MANAGER,
    )


def _counts(queryset, field, labels=None) -> list[dict]:
    rows = queryset.values(field).annotate(total=Count("pk", distinct=True)).order_by("-total")
    result = []
    for row in rows:
        key = row[field] or ""
        label = (labels or {}).get(key, key) if key else "—"
        result.append({"key": key, "label": str(label), "total": row["total"]})
    return result


def composition(members) -> dict:
    organisation_kinds = dict(Organisation.Kind.choices)
    by_country = _counts(members, "country")
    from django_countries import countries

    for row in by_country:
        if row["key"]:
            row["label"] = countries.name(row["key"]) or row["key"]
    return {
        "roles": _counts(members, "role", dict(RoleCategory.choices)),
        "countries": by_country[:15],
        "organisation_kinds": _counts(members, "organisation__kind", organisation_kinds),
    }


def growth(members, *, months: int = 12, group=None) -> list[dict]:
    since = (timezone.localtime() - timedelta(days=31 * months)).replace(
        day=1, hour=0, minute=0, second=0, microsecond=0
    )
    if group is None:
        # Everyone who signed up then, including accounts erased since.
        joins = Member.objects.filter(email_verified=True, date_joined__gte=since).annotate(
            month=TruncMonth("date_joined")
        )
        leaves = Member.objects.filter(erased_at__gte=since).annotate(month=TruncMonth("erased_at"))
    else:
        joins = GroupMembership.objects.filter(
            group=group, status=GroupMembership.Status.ACTIVE, joined_at__gte=since
        ).annotate(month=TruncMonth("joined_at"))
        leaves = GroupDeparture.objects.filter(group=group, left_at__gte=since).annotate(
            month=TruncMonth("left_at")
        )
    joined = dict(joins.values("month").annotate(total=Count("pk")).values_list("month", "total"))
    if group is not None:
        # Members who left since still joined then: their join lives on their departure row.
        for month, total in (
            GroupDeparture.objects.filter(group=group, joined_at__gte=since)
            .annotate(month=TruncMonth("joined_at"))
            .values("month")
            .annotate(total=Count("pk"))
            .values_list("month", "total")
        ):
            joined[month] = joined.get(month, 0) + total
    left = dict(leaves.values("month").annotate(total=Count("pk")).values_list("month", "total"))
    rows = []
    for month in sorted(set(joined) | set(left)):
        rows.append({"month": month, "joins": joined.get(month, 0), "leaves": left.get(month, 0)})
    return rows


def participation(members, *, days: int, group=None) -> dict:
    """How many posted a thread, only replied, or only read in the period (one query)."""
    since = timezone.now() - timedelta(days=days)
    threads = Thread.objects.filter(
        created_at__gte=since, status=PostStatus.PUBLISHED, is_deleted=False
    )
    replies = Reply.objects.filter(
        created_at__gte=since, status=PostStatus.PUBLISHED, is_deleted=False
    )
    if group is not None:
        threads = threads.filter(group=group)
        replies = replies.filter(thread__group=group)
    figures = members.aggregate(
        total=Count("pk", distinct=True),
        posted=Count("pk", distinct=True, filter=Q(pk__in=threads.values("author_id"))),
        replied=Count(
            "pk",
            distinct=True,
            filter=Q(pk__in=replies.values("author_id")) & ~Q(pk__in=threads.values("author_id")),
        ),
    )
    figures["read_only"] = max(0, figures["total"] - figures["posted"] - figures["replied"])
    for key in ("posted", "replied", "read_only"):
        figures[f"{key}_share"] = figures[key] / figures["total"] if figures["total"] else 0
    return figures


def weekly_activity(*, weeks: int = 12, group=None) -> list[dict]:
    since = timezone.now() - timedelta(weeks=weeks)
    threads = Thread.objects.filter(
        created_at__gte=since, status=PostStatus.PUBLISHED, is_deleted=False
    )
    replies = Reply.objects.filter(
        created_at__gte=since, status=PostStatus.PUBLISHED, is_deleted=False
    )
    if group is not None:
        threads, replies = threads.filter(group=group), replies.filter(thread__group=group)
    posts = dict(
        threads.annotate(week=TruncWeek("created_at"))
        .values("week")
        .annotate(total=Count("pk"))
        .values_list("week", "total")
    )
    answers = dict(
        replies.annotate(week=TruncWeek("created_at"))
        .values("week")
        .annotate(total=Count("pk"))
        .values_list("week", "total")
    )
    # Every week is listed, the quiet ones as zero, so the chart's time axis is true.
    current = timezone.localtime(since)
    current = (current - timedelta(days=current.weekday())).replace(
        hour=0, minute=0, second=0, microsecond=0
    )
    rows = []
    while current <= timezone.now():
        rows.append(
            {"week": current, "threads": posts.get(current, 0), "replies": answers.get(current, 0)}
        )
        current = current + timedelta(weeks=1)
    return rows


def median_hours_to_first_reply(*, days: int, group=None) -> float | None:
    """Median time from a question to its first reply, over questions asked in the period."""
    since = timezone.now() - timedelta(days=days)
    group_filter = "AND t.group_id = %s" if group is not None else ""
    params = [since] + ([group.pk] if group is not None else [])
    # One join and one aggregate (not a subquery per question): stays fast at 200,000 replies.
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            WITH questions AS (
                SELECT t.id, t.author_id, t.created_at FROM forums_thread t
                WHERE t.section = 'question' AND t.status = 'published' AND NOT t.is_deleted
                  AND t.created_at >= %s {group_filter}
            ), first_replies AS (
                SELECT q.id, q.created_at, MIN(r.created_at) AS at
                FROM questions q
                JOIN forums_reply r ON r.thread_id = q.id
                WHERE r.status = 'published' AND NOT r.is_deleted
                  AND r.author_id IS DISTINCT FROM q.author_id
                GROUP BY q.id, q.created_at
            )
            SELECT percentile_cont(0.5) WITHIN GROUP (
                ORDER BY EXTRACT(EPOCH FROM at - created_at))
            FROM first_replies
            """,  # noqa: S608  # nosec B608 - only a constant fragment is formatted in
            params,
        )
        seconds = cursor.fetchone()[0]
    return round(seconds / 3600, 1) if seconds is not None else None


def top_contributors(*, days: int, group=None):
    since = timezone.now() - timedelta(days=days)
    # Anonymous posts count for nobody: a ranking must not point at their authors.
    replies = Reply.objects.filter(
        created_at__gte=since, status=PostStatus.PUBLISHED, is_deleted=False, is_anonymous=False
    )
    threads = Thread.objects.filter(
        created_at__gte=since, status=PostStatus.PUBLISHED, is_deleted=False, is_anonymous=False
    )
    if group is not None:
        replies, threads = replies.filter(thread__group=group), threads.filter(group=group)
    counts = {}
    for author_id, total in (
        replies.values("author_id").annotate(total=Count("pk")).values_list("author_id", "total")
    ):
        counts[author_id] = counts.get(author_id, 0) + total
    for author_id, total in (
        threads.values("author_id").annotate(total=Count("pk")).values_list("author_id", "total")
    ):
        counts[author_id] = counts.get(author_id, 0) + total
    ranked = sorted(((total, pk) for pk, total in counts.items() if pk), reverse=True)[:TOP]
    people = Member.objects.in_bulk([pk for _total, pk in ranked])
    return [{"member": people[pk], "posts": total} for total, pk in ranked if pk in people]


def active_tags(*, days: int, group=None):
    since = timezone.now() - timedelta(days=days)
    threads = Thread.objects.filter(
        created_at__gte=since, status=PostStatus.PUBLISHED, is_deleted=False
    )
    if group is not None:
        threads = threads.filter(group=group)
    return list(
        Tag.objects.filter(
            taggit_taggeditem_items__content_type__app_label="forums",
            taggit_taggeditem_items__content_type__model="thread",
            taggit_taggeditem_items__object_id__in=threads.values("pk"),
        )
        .annotate(uses=Count("taggit_taggeditem_items"))
        .order_by("-uses", "name")[:TOP]
    )


def dashboard(*, days: int, group=None) -> dict:
    members = group_members(group) if group is not None else network_members()
    figures = {
        "composition": composition(members),
        "growth": growth(members, group=group),
        "participation": participation(members, days=days, group=group),
        "weekly": weekly_activity(group=group),
        "median_hours_to_first_reply": median_hours_to_first_reply(days=days, group=group),
        "top_contributors": top_contributors(days=days, group=group),
        "active_tags": active_tags(days=days, group=group),
    }
    size = group.member_count if group is not None else figures["participation"]["total"]
    figures["tipping_point"] = {
        "members": size,
        "target": TIPPING_POINT,
        "share": min(1.0, size / TIPPING_POINT),
    }
    return figures
