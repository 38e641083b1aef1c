"""Writes about groups and threads."""

from django.db import transaction
from django.db.models import Count, Max, OuterRef, Subquery
from django.db.models.functions import Coalesce

from forums.models import Group, GroupMembership, Reply, Thread


@transaction.atomic
def refresh_counters(*, group_ids) -> None:
    """Recompute the denormalised counters of the given groups and their threads."""
    threads = Thread.objects.filter(group_id__in=group_ids)
    threads.update(
        reply_count=Coalesce(
            Subquery(
                Reply.objects.filter(thread=OuterRef("pk"))
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
                Thread.objects.filter(group=OuterRef("pk"))
                .values("group")
                .annotate(total=Count("pk"))
                .values("total")
            ),
            0,
        ),
        last_activity_at=Subquery(
            Thread.objects.filter(group=OuterRef("pk"))
            .values("group")
            .annotate(latest=Max("last_activity_at"))
            .values("latest")
        ),
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
    GroupMembership.objects.filter(member=member).delete()
    refresh_counters(group_ids=group_ids)
