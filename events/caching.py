"""The event page's "Who is going" list, cached: sixty attendees with their avatars cost more than
the rest of the page, and every signed-in visitor sees the same list. It is kept under a version per
event that every registration change bumps (events.receivers); a renamed attendee may show by
the old name for up to forums.caching.FRAGMENT_SECONDS."""

import time

from django.core.cache import cache
from django.db import transaction
from django.utils.translation import get_language


def _version_key(event_id: int) -> str:
    return f"events:going-version:{event_id}"


def going_key(event) -> str:
    version = cache.get(_version_key(event.pk))
    if version is None:
        version = time.time_ns()
        cache.add(_version_key(event.pk), version, timeout=None)
        version = cache.get(_version_key(event.pk)) or version
    return f"events:going:{event.pk}:{version}:{get_language()}"


def forget_going(event_id: int) -> None:
    # At once, and again on commit: a page rendered between the two would cache the old list.
    def bump():
        cache.set(_version_key(event_id), time.time_ns(), timeout=None)

    bump()
    transaction.on_commit(bump)
