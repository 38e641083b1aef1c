"""Events, registrations and people for the events tests.

Events are created through events.services, as organisers create them (slug, rendered
description, first organiser); registrations go through the registration service, so the
counters on the event are the ones members see.
"""

import itertools
from datetime import timedelta

from django.utils import timezone

from events import services
from events.models import Event, Registration
from tests.factories import MemberFactory

_numbers = itertools.count(1)


def make_event(*, organiser=None, starts_in=timedelta(days=14), **fields) -> Event:
    """An upcoming in-person event (two hours long) organised by `organiser`."""
    number = next(_numbers)
    organiser = organiser or MemberFactory()
    starts_at = fields.pop("starts_at", timezone.now() + starts_in)
    data = {
        "title": f"Payroll breakfast {number}",
        "kind": Event.Kind.BREAKFAST,
        "format": Event.Format.IN_PERSON,
        "description_markdown": f"Coffee and **payroll** news, edition {number}.",
        "venue": "Kontoret",
        "address": "Storgatan 1",
        "city": "Malmö",
        "country": "SE",
        "language": "en",
        "starts_at": starts_at,
        "ends_at": starts_at + timedelta(hours=2),
        "time_zone": "Europe/Stockholm",
        "fee": 0,
        "currency": Event.Currency.SEK,
    }
    data.update(fields)
    return services.create_event(organiser=organiser, data=data)


def event_data(event: Event, **changes) -> dict:
    """Everything the event form sends for `event`, with `changes` applied."""
    data = {field: getattr(event, field) for field in services.EVENT_FIELDS}
    data.update(changes)
    return data


def register_all(event: Event, members) -> list[Registration]:
    return [services.register(member=member, event=event) for member in members]


def past_attendance(event: Event, members) -> list[Registration]:
    """Registrations at an event that is over (registration is closed, so an organiser adds)."""
    return [services.register(member=m, event=event, by_organiser=True) for m in members]


def counts_match_rows(event: Event) -> bool:
    event.refresh_from_db()
    rows = Registration.objects.filter(event=event)
    return (event.attendee_count, event.waitlist_count) == (
        rows.filter(status=Registration.Status.REGISTERED).count(),
        rows.filter(status=Registration.Status.WAITLISTED).count(),
    )


def status_of(event: Event, member) -> str:
    return Registration.objects.get(event=event, member=member).status
