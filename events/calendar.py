"""iCalendar (RFC 5545) for events: one event, a member's calendar, a group's calendar."""

from django.conf import settings
from icalendar import Calendar, vText
from icalendar import Event as CalendarEvent

from events.models import Event


def _calendar(name: str) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", "-//HRnet//Events//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    return calendar


def _entry(event: Event, *, show_online_link: bool) -> CalendarEvent:
    entry = CalendarEvent()
    entry.add("uid", f"event-{event.pk}@hrnet")
    entry.add("summary", event.title)
    entry.add("dtstart", event.starts_at)
    entry.add("dtend", event.ends_at)
    entry.add("dtstamp", event.created_at)
    url = settings.SITE_URL.rstrip("/") + event.get_absolute_url()
    entry.add("url", url)
    location = ", ".join(part for part in (event.venue, event.address, event.city) if part)
    if show_online_link and event.online_url:
        location = f"{location} · {event.online_url}" if location else event.online_url
    if location:
        entry["location"] = vText(location)
    description = event.description_markdown[:2000]
    entry.add("description", f"{description}\n\n{url}".strip())
    if event.is_cancelled:
        entry.add("status", "CANCELLED")
    return entry


def event_ics(event: Event, *, show_online_link: bool = False) -> bytes:
    calendar = _calendar(event.title)
    calendar.add("method", "PUBLISH")
    calendar.add_component(_entry(event, show_online_link=show_online_link))
    return calendar.to_ical()


def feed_ics(name: str, events, *, registered_event_ids=frozenset()) -> bytes:
    calendar = _calendar(name)
    for event in events:
        calendar.add_component(_entry(event, show_online_link=event.pk in registered_event_ids))
    return calendar.to_ical()
