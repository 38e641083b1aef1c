"""The event page's "Who is going" list, cached: sixty attendees with their avatars cost more than
the rest of the page, and every signed-in visitor sees the same list. It is kept under a version per
event (members.caching) that every registration change bumps (events.receivers); a renamed
attendee may show by the old name for up to forums.caching.FRAGMENT_SECONDS."""

from django.utils.translation import get_language

from members import caching as member_caching


def going_key(event) -> str:
    (version,) = member_caching.versions(("going", event.pk))
    return f"events:going:{event.pk}:{version}:{get_language()}"


def forget_going(event_id: int) -> None:
    member_caching.bump("going", event_id)
