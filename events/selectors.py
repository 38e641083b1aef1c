"""Reads about events; the only place that decides who may see which event."""

from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils import timezone

from events.models import AgendaItem, Event, Registration
from forums import selectors as forum_selectors
from forums.models import Group, GroupMembership
from hrnet.pagination import CachedCountPaginator
from members import caching as member_caching
from members.selectors import listed_members

EVENTS_PER_PAGE = 20


def visible_events(member) -> QuerySet[Event]:
    """Events the member may see: open to all, or tied to a group whose content they may read
    (alumni and circle events live in private groups)."""
    return Event.objects.filter(
        Q(group__isnull=True)
        | Q(group__visibility=Group.Visibility.OPEN)
        | Q(group__in=forum_selectors.readable_groups(member))
    )


def can_see_event(member, event) -> bool:
    return visible_events(member).filter(pk=event.pk).exists()


def members_who_can_see(event, member_ids) -> set[int]:
    """Of these members, the ids of those who may see the event (one query)."""
    from forums.models import GroupMembership
    from members.models import Member

    members = Member.objects.filter(pk__in=member_ids, is_active=True)
    if event.group_id is not None and event.group.visibility != Group.Visibility.OPEN:
        members = members.filter(
            Q(is_staff=True)
            | Exists(
                GroupMembership.objects.filter(
                    group_id=event.group_id,
                    member=OuterRef("pk"),
                    status=GroupMembership.Status.ACTIVE,
                )
            )
        )
    return set(members.values_list("pk", flat=True))


def is_organiser(member, event) -> bool:
    if not member.is_authenticated:
        return False
    return member.is_staff or event.organisers.filter(pk=member.pk).exists()


def event_list(
    member,
    *,
    when: str = "upcoming",
    country: str = "",
    kind: str = "",
    group_slug: str = "",
    event_format: str = "",
    page=1,
):
    """A page of events the member may see. Its count is cached, and the page has a `cache_key`
    for its rendered cards, shared by viewers who may read the same groups and go to the same
    events. An event that has just ended may stay among the upcoming ones for COUNT_SECONDS."""
    now = timezone.now()
    events = visible_events(member).select_related("host_organisation", "group")
    if when == "past":
        events = events.filter(ends_at__lt=now).order_by("-starts_at", "-id")
    else:
        events = events.filter(ends_at__gte=now).order_by("starts_at", "id")
    if country:
        events = events.filter(country=country)
    if kind:
        events = events.filter(kind=kind)
    if event_format:
        events = events.filter(format=event_format)
    if group_slug:
        events = events.filter(group__slug=group_slug)
    going = ()
    if member.is_authenticated:
        events = events.annotate(
            i_am_going=Exists(
                Registration.objects.filter(
                    event=OuterRef("pk"), member=member, status=Registration.Status.REGISTERED
                )
            )
        )
        going = tuple(
            Registration.objects.filter(member=member, status=Registration.Status.REGISTERED)
            .order_by("event_id")
            .values_list("event_id", flat=True)
        )
    (version,) = member_caching.versions(("events", 0))
    readable = forum_selectors.readable_groups_signature(member)
    filters = (when, str(country), kind, event_format, group_slug)
    paginator = CachedCountPaginator(
        events,
        EVENTS_PER_PAGE,
        count_key=member_caching.list_key("event-count", version, readable, filters),
    )
    found = paginator.get_page(page)
    found.cache_key = member_caching.list_key(
        "events", version, readable, going, filters, found.number
    )
    return found


def event_by_slug(member, slug: str) -> Event | None:
    event = (
        visible_events(member)
        .select_related("host_organisation", "group")
        .filter(slug=slug)
        .first()
    )
    return event


def registration_of(member, event) -> Registration | None:
    if not member.is_authenticated:
        return None
    return Registration.objects.filter(event=event, member=member).first()


def going(event, limit: int = 60) -> QuerySet[Registration]:
    registrations = Registration.objects.filter(
        event=event, status=Registration.Status.REGISTERED
    ).select_related("member__organisation")
    return listed_members(registrations, "member").order_by("queued_at")[:limit]


def agenda(event) -> QuerySet[AgendaItem]:
    return event.agenda_items.select_related("speaker").order_by("starts_at", "pk")


def attendee_list(event) -> QuerySet[Registration]:
    return (
        Registration.objects.filter(event=event)
        .exclude(status=Registration.Status.CANCELLED)
        .select_related("member__organisation")
        .order_by("status", "queued_at", "pk")
    )


def upcoming_events_for(member, limit: int = 5) -> QuerySet[Event]:
    """Upcoming events the member is going to, then ones in their country or groups."""
    now = timezone.now()
    interest = Q(
        Exists(
            Registration.objects.filter(
                event=OuterRef("pk"), member=member, status=Registration.Status.REGISTERED
            )
        )
    ) | Q(
        # Exists, not a join: a join through a big group's memberships needs DISTINCT over
        # thousands of rows (5 s at large scale).
        Exists(GroupMembership.objects.filter(group_id=OuterRef("group_id"), member=member))
    )
    if member.country:
        interest |= Q(country=member.country)
    return (
        visible_events(member)
        .filter(starts_at__gte=now, is_cancelled=False)
        .filter(interest)
        .select_related("host_organisation")
        .order_by("starts_at")[:limit]
    )


def upcoming_public_events(limit: int = 3) -> QuerySet[Event]:
    return Event.objects.filter(
        starts_at__gte=timezone.now(), group__isnull=True, is_cancelled=False
    ).order_by("starts_at")[:limit]


def my_events(member) -> QuerySet[Event]:
    """Events in the member's personal calendar: registered or waitlisted, not cancelled."""
    return Event.objects.filter(
        registrations__member=member,
        registrations__status__in=[Registration.Status.REGISTERED, Registration.Status.WAITLISTED],
    ).order_by("starts_at")


def group_events(group) -> QuerySet[Event]:
    return Event.objects.filter(group=group, is_cancelled=False).order_by("starts_at")


def seating_tables(event, plan):
    """The stored plan as rows for printing: per round, per table, the people (one query)."""
    from members.models import Member

    rounds = plan.assignment.get("rounds", [])
    hosts = {int(table): member_id for table, member_id in plan.assignment.get("hosts", {}).items()}
    ids = {pid for tables in rounds for members in tables for pid in members}
    people = {m.pk: m for m in Member.objects.filter(pk__in=ids).select_related("organisation")}
    return [
        [
            {
                "number": table + 1,
                "host": people.get(hosts.get(table)),
                "people": [people[pid] for pid in members if pid in people],
            }
            for table, members in enumerate(tables)
        ]
        for tables in rounds
    ]


def personal_schedule(plan, member_id: int) -> list[dict]:
    """Which table the member sits at in each round, and with whom (ids)."""
    schedule = []
    for number, tables in enumerate(plan.assignment.get("rounds", []), start=1):
        for table, members in enumerate(tables):
            if member_id in members:
                schedule.append(
                    {
                        "round": number,
                        "table": table + 1,
                        "others": [pid for pid in members if pid != member_id],
                    }
                )
    return schedule


def feed_by_token(token: str):
    from events.models import CalendarFeed

    return CalendarFeed.objects.select_related("member").filter(token=token).first()
