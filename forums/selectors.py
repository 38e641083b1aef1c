"""Reads about groups and threads; the place that decides who may see which group."""

from django.db.models import QuerySet

from forums.models import Group, GroupMembership


def groups_of(member) -> QuerySet[GroupMembership]:
    """The member's active group memberships, most recently active group first."""
    return (
        GroupMembership.objects.filter(member=member, status=GroupMembership.Status.ACTIVE)
        .select_related("group")
        .order_by("-group__last_activity_at", "group__name")
    )


def suggested_groups(member, limit: int = 5) -> QuerySet[Group]:
    """Open groups the member is not in, biggest first: a start for newcomers."""
    return (
        Group.objects.filter(visibility=Group.Visibility.OPEN)
        .exclude(memberships__member=member)
        .order_by("-member_count", "name")[:limit]
    )


def public_group_count() -> int:
    return Group.objects.exclude(visibility=Group.Visibility.HIDDEN).count()
