"""Reads about alumni networks; the only place that decides who may enter a network."""

from datetime import timedelta

from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import Count, Q, QuerySet
from django.db.models.functions import TruncMonth
from django.utils import timezone

from alumni.models import AlumniMembership, AlumniNetwork, FormerEmployee, LeaverImport
from hrnet.pagination import CachedCountPaginator
from members import caching as member_caching

DIRECTORY_PAGE_SIZE = 30
DIRECTORY_CACHE_SECONDS = 300


def membership_in(member, network) -> AlumniMembership | None:
    if not member.is_authenticated:
        return None
    return AlumniMembership.objects.filter(network=network, member=member).first()


def is_admin(member, network, membership=None) -> bool:
    membership = membership if membership is not None else membership_in(member, network)
    return (
        membership is not None
        and membership.role == AlumniMembership.Role.ADMIN
        and membership.status == AlumniMembership.Status.APPROVED
    )


def can_enter(member, network, membership=None) -> bool:
    """The private area: approved alumni who accepted the guidelines, and the admins."""
    membership = membership if membership is not None else membership_in(member, network)
    if membership is None or membership.status != AlumniMembership.Status.APPROVED:
        return False
    return (
        membership.role == AlumniMembership.Role.ADMIN
        or membership.accepted_guidelines_at is not None
    )


def can_know_about(member, network, membership=None) -> bool:
    """Invitation-only networks are known only to their people; request networks to members."""
    if not member.is_authenticated:
        return False
    if network.join_policy == AlumniNetwork.JoinPolicy.REQUEST or member.is_staff:
        return True
    membership = membership if membership is not None else membership_in(member, network)
    return membership is not None and membership.status != AlumniMembership.Status.DECLINED


def network_by_slug(member, slug: str) -> AlumniNetwork | None:
    network = (
        AlumniNetwork.objects.select_related("organisation", "group").filter(slug=slug).first()
    )
    if network is None:
        return None
    if network.join_policy == AlumniNetwork.JoinPolicy.REQUEST or not member.is_authenticated:
        return network if can_know_about(member, network) else None
    membership = membership_in(member, network)
    if not can_know_about(member, network, membership):
        return None
    network.viewer_membership = membership  # read once: the views' checks need it again
    return network


def my_networks(member) -> QuerySet[AlumniMembership]:
    return (
        AlumniMembership.objects.filter(member=member)
        .exclude(status=AlumniMembership.Status.DECLINED)
        .select_related("network__organisation")
    )


def open_networks(member) -> QuerySet[AlumniNetwork]:
    """Networks that take requests, which the member has not joined."""
    return (
        AlumniNetwork.objects.filter(join_policy=AlumniNetwork.JoinPolicy.REQUEST)
        .exclude(memberships__member=member)
        .select_related("organisation")
    )


def _directory_versions(network) -> tuple:
    # The alumni's own rows, and the members' profiles the cards show (names, photos, expertise).
    return tuple(member_caching.versions(("alumni", network.pk), member_caching.DIRECTORY))


def directory(network, *, query: str = "", department: str = "", returning: bool = False, page=1):
    """A page of the network's alumni. Its count is cached, and the page has a `cache_key` for
    its rendered cards: everyone who may enter the network sees the same directory."""
    memberships = (
        AlumniMembership.objects.filter(network=network, status=AlumniMembership.Status.APPROVED)
        .select_related("member__organisation")
        .prefetch_related("member__expertise")
        .order_by("member__display_name", "pk")
    )
    if query:
        memberships = memberships.filter(
            Q(member__display_name__icontains=query)
            | Q(member__headline__icontains=query)
            | Q(member__organisation__name__icontains=query)
            | Q(department__icontains=query)
        )
    if department:
        memberships = memberships.filter(department__iexact=department)
    if returning:
        memberships = memberships.filter(open_to_returning=True)
    parts = (network.pk, _directory_versions(network), query, department.casefold(), returning)
    paginator = CachedCountPaginator(
        memberships,
        DIRECTORY_PAGE_SIZE,
        count_key=member_caching.list_key("alumni-directory-count", *parts),
    )
    found = paginator.get_page(page)
    found.cache_key = member_caching.list_key("alumni-directory", *parts, found.number)
    return found


def departments(network) -> list[str]:
    """The departments alumni named, for the directory's filter (cached with the directory)."""
    key = member_caching.list_key("alumni-departments", network.pk, _directory_versions(network))
    found = cache.get(key)
    if found is None:
        found = list(
            AlumniMembership.objects.filter(
                network=network, status=AlumniMembership.Status.APPROVED
            )
            .exclude(department="")
            .values_list("department", flat=True)
            .distinct()
            .order_by("department")
        )
        cache.set(key, found, DIRECTORY_CACHE_SECONDS)
    return found


def news(network, limit: int = 10):
    """Company news: threads the network's admins post in its private group."""
    from forums.models import PostStatus, Thread

    if network.group_id is None:
        return Thread.objects.none()
    admin_ids = AlumniMembership.objects.filter(
        network=network, role=AlumniMembership.Role.ADMIN
    ).values("member_id")
    return (
        Thread.objects.filter(
            group_id=network.group_id,
            author_id__in=admin_ids,
            is_deleted=False,
            status=PostStatus.PUBLISHED,
        )
        .exclude(section=Thread.Section.JOB)
        .select_related("author")
        .order_by("-created_at")[:limit]
    )


def jobs(network, limit: int = 10):
    from forums.models import PostStatus, Thread

    if network.group_id is None:
        return Thread.objects.none()
    return (
        Thread.objects.filter(
            group_id=network.group_id,
            section=Thread.Section.JOB,
            is_deleted=False,
            status=PostStatus.PUBLISHED,
        )
        .select_related("author")
        .order_by("-created_at")[:limit]
    )


def upcoming_events(network, limit: int = 5):
    from events.models import Event

    if network.group_id is None:
        return Event.objects.none()
    return Event.objects.filter(
        group_id=network.group_id, starts_at__gte=timezone.now(), is_cancelled=False
    ).order_by("starts_at")[:limit]


def former_employees(network, *, status: str = "", query: str = "", page=1):
    people = FormerEmployee.objects.filter(network=network).order_by("name", "pk")
    if status:
        people = people.filter(status=status)
    if query:
        people = people.filter(
            Q(name__icontains=query) | Q(email__icontains=query) | Q(department__icontains=query)
        )
    return Paginator(people, 100).get_page(page)


def pending_requests(network) -> QuerySet[AlumniMembership]:
    return (
        AlumniMembership.objects.filter(network=network, status=AlumniMembership.Status.PENDING)
        .select_related("member__organisation")
        .order_by("created_at")
    )


def boomerang_candidates(network, *, area: str = "", department: str = ""):
    candidates = (
        AlumniMembership.objects.filter(
            network=network, status=AlumniMembership.Status.APPROVED, open_to_returning=True
        )
        .select_related("member__organisation")
        .prefetch_related("member__expertise")
        .order_by("member__display_name")
    )
    if area:
        candidates = candidates.filter(
            Q(returning_areas__icontains=area) | Q(member__expertise__name__icontains=area)
        ).distinct()
    if department:
        candidates = candidates.filter(department__iexact=department)
    return candidates


def dashboard(network) -> dict:
    """The admin's figures, in a fixed number of aggregate queries."""
    since = timezone.now() - timedelta(days=90)
    invitation_counts = dict(
        FormerEmployee.objects.filter(network=network)
        .values_list("status")
        .annotate(total=Count("pk"))
    )
    approved = AlumniMembership.objects.filter(
        network=network, status=AlumniMembership.Status.APPROVED
    )
    figures = approved.aggregate(
        joined=Count("pk"),
        returning=Count("pk", filter=Q(open_to_returning=True)),
        active=Count("pk", filter=Q(member__last_login__gte=since)),
    )
    growth = list(
        approved.exclude(approved_at__isnull=True)
        .annotate(month=TruncMonth("approved_at"))
        .values("month")
        .annotate(total=Count("pk"))
        .order_by("month")
    )
    joined_by_month = {row["month"]: row["total"] for row in growth}
    running, points = 0, []
    month = growth[0]["month"] if growth else None
    while month is not None and month <= growth[-1]["month"]:
        # Every month is drawn, the quiet ones too, so the line's slope tells the truth.
        running += joined_by_month.get(month, 0)
        points.append({"month": month, "joined": joined_by_month.get(month, 0), "total": running})
        month = (month.replace(day=28) + timedelta(days=4)).replace(day=1)
    return {
        "invited": sum(
            invitation_counts.get(s, 0) for s in ("invited", "joined", "declined", "bounced")
        ),
        "not_invited": invitation_counts.get("not_invited", 0),
        "declined": invitation_counts.get("declined", 0),
        "bounced": invitation_counts.get("bounced", 0),
        "joined": figures["joined"],
        "active_90_days": figures["active"],
        "open_to_returning": figures["returning"],
        "pending_requests": AlumniMembership.objects.filter(
            network=network, status=AlumniMembership.Status.PENDING
        ).count(),
        "growth": points,
    }


def latest_import(network, import_id: int) -> LeaverImport | None:
    return LeaverImport.objects.filter(
        network=network, pk=import_id, confirmed_at__isnull=True
    ).first()
