"""Rendered fragments that many members see alike, cached in Redis.

A group's thread list and a page of a thread's replies are the costliest parts of the busiest
pages and look the same for everyone in the same position. They are cached under a version per
group and per thread; every write to a thread, a reply or a helpful mark bumps the versions (the
receivers in forums/receivers.py, at once and again on commit), so a cached fragment never outlives
what it shows. A fragment is only served after the request's own permission checks (the view's
selectors), and its key holds everything in it that differs between viewers: language, what the
viewer may do, their own replies and helpful marks on the page. CSRF tokens are never cached: a
placeholder is cached and replaced with the viewer's token on the way out.

View counts and "3 hours ago" may lag by FRAGMENT_SECONDS; nothing else does.

Search results (a ranking, and each page of it rendered) are cached for SEARCH_SECONDS under one
search version for the whole site, keyed by the words, the filters and which closed groups the
viewer may read. Editing, deleting, hiding or moderating a post, or changing a group, bumps the
version (forums/receivers.py), so what was removed or changed leaves every result at once. A
new post does not bump it (posting is frequent): it shows up when the cached ranking and pages
it would join expire, within a minute (a page of SEARCH_SECONDS made from a ranking of as many).
"""

import hashlib
import time

from django.core.cache import cache
from django.utils.translation import get_language

FRAGMENT_SECONDS = 300
SEARCH_SECONDS = 30
CSRF_PLACEHOLDER = "__hrnet_csrf_token__"


def _version_key(kind: str, pk: int) -> str:
    return f"forums:version:{kind}:{pk}"


def bump(kind: str, pk: int | None) -> None:
    """A new version for a group's or a thread's fragments (the old ones are never read again)."""
    if pk is not None:
        cache.set(_version_key(kind, pk), time.time_ns(), timeout=None)


def _versions(*pairs: tuple[str, int]) -> list[int]:
    keys = [_version_key(kind, pk) for kind, pk in pairs]
    found = cache.get_many(keys)
    versions = []
    for key in keys:
        if key not in found:
            # No version yet (or evicted): start a fresh one, so no older fragment can match.
            cache.add(key, time.time_ns(), timeout=None)
            found[key] = cache.get(key)
        versions.append(found[key])
    return versions


def _key(*parts) -> str:
    digest = hashlib.sha256(repr(parts).encode()).hexdigest()[:32]
    return f"forums:fragment:{digest}"


def thread_list_key(group, *, section: str, page_number: int) -> str:
    """The group's thread list page: the same for everyone who may read the group."""
    (version,) = _versions(("group", group.pk))
    return _key("threads", group.pk, version, section, page_number, get_language())


def replies_key(thread, *, page_number: int, viewer, access, can_accept, own, marked) -> str:
    """A page of replies as this viewer sees it: anonymous visitors all alike; members alike
    when they may do the same things and have no reply or helpful mark of their own on it."""
    (version,) = _versions(("thread", thread.pk))
    if not viewer.is_authenticated:
        who = ("anonymous",)
    else:
        who = (
            "member",
            access.can_post,
            access.can_moderate,
            bool(can_accept),
            viewer.pk if own else None,
            tuple(sorted(marked)),
        )
    return _key("replies", thread.pk, version, page_number, get_language(), who)


def search_version() -> int | None:
    """The version of every cached search (None while Redis is unreachable: nothing is cached)."""
    (version,) = _versions(("search", 0))
    return version


def bump_search() -> None:
    bump("search", 0)


def search_results_key(search, *, page_number: int, query_string: str) -> str:
    """A page of search results as rendered: the same for everyone who sends the same search
    (selectors.SearchRequest: words, filters, readable groups, version), in the same language.
    The query string is part of it because the pagination links repeat it."""
    return _key("search", search, page_number, query_string, get_language())


def get(key: str) -> str | None:
    return cache.get(key)


def put(key: str, html: str, seconds: int = FRAGMENT_SECONDS) -> None:
    cache.set(key, html, seconds)


def widget_key(form_name: str, field_name: str, auto_id, value) -> str:
    """A form widget whose choices are the same for everyone (templatetags.fragments)."""
    return _key("widget", form_name, field_name, auto_id, repr(value), get_language())
