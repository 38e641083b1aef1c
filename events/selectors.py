"""Reads about events."""

from django.db.models import Q, QuerySet
from django.utils import timezone

from events.models import Event, Registration


def upcoming_events_for(member, limit: int = 5) -> QuerySet[Event]:
    """Upcoming events the member is going to, then open ones in their country or groups."""
    now = timezone.now()
    interest = Q(registrations__member=member, registrations__status=Registration.Status.REGISTERED)
    if member.country:
        interest |= Q(country=member.country)
    interest |= Q(group__memberships__member=member)
    return (
        Event.objects.filter(starts_at__gte=now)
        .filter(
            Q(group__isnull=True)
            | Q(group__memberships__member=member)
            | Q(group__visibility="open")
        )
        .filter(interest)
        .distinct()
        .select_related("host_organisation")
        .order_by("starts_at")[:limit]
    )


def registered_event_ids(member, event_ids) -> set[int]:
    return set(
        Registration.objects.filter(
            member=member, event_id__in=list(event_ids), status=Registration.Status.REGISTERED
        ).values_list("event_id", flat=True)
    )


def upcoming_public_events(limit: int = 3) -> QuerySet[Event]:
    return Event.objects.filter(starts_at__gte=timezone.now(), group__isnull=True).order_by(
        "starts_at"
    )[:limit]
