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
import re

from django.core.cache import cache
from django.utils.translation import get_language

from members import caching as member_caching

FRAGMENT_SECONDS = 300
SEARCH_SECONDS = 30
CSRF_PLACEHOLDER = "__hrnet_csrf_token__"


def bump(kind: str, pk: int | None) -> None:
    """A new version for a group's or a thread's fragments (the old ones are never read again)."""
    if pk is not None:
        member_caching.set_new_version(kind, pk)


def bump_now_and_on_commit(kind: str, pk: int | None) -> None:
    # At once, and again on commit: a request that rendered the old rows between the two would
    # otherwise cache them under the new version.
    if pk is not None:
        member_caching.bump(kind, pk)


_versions = member_caching.versions


def _key(*parts) -> str:
    digest = hashlib.sha256(repr(parts).encode()).hexdigest()[:32]
    return f"forums:fragment:{digest}"


def _group_version(group) -> int:
    # Read once per request: the thread count and the list fragment share it.
    if not hasattr(group, "_fragment_version"):
        (group._fragment_version,) = _versions(("group", group.pk))
    return group._fragment_version


def thread_list_key(group, *, section: str, page_number: int) -> str:
    """The group's thread list page: the same for everyone who may read the group."""
    return _key("threads", group.pk, _group_version(group), section, page_number, get_language())


def _through_cache(key: str, load):
    value = cache.get(key)
    if value is None:
        value = load()
        if value is not None:
            cache.set(key, value, FRAGMENT_SECONDS)
    return value


def _thread_version(thread_id: int) -> int:
    (version,) = _versions(("thread", thread_id))
    return version


def thread_head(thread_id: int, *, load, viewer_id: int | None = None):
    """The thread as the thread page shows it (loaded by load(thread_id)), under its version.
    The page's other thread-scoped entries come in the same round trip (reply_rows, the
    viewer's helpful marks and the "no poll" marker: thread_scoped_get) and wait on the
    thread object."""
    version = _thread_version(thread_id)
    head_key = _key("thread-head", thread_id, version)
    rows_key = _key("reply-rows", thread_id, version)
    scoped = [_key("thread-scoped", thread_id, version, "no-poll")]
    if viewer_id is not None:
        scoped.append(_key("thread-scoped", thread_id, version, "marks", viewer_id))
    found = cache.get_many([head_key, rows_key, *scoped])
    thread = found.get(head_key)
    if thread is None:
        thread = load(thread_id)
        if thread is None:
            return None
        cache.set(head_key, thread, FRAGMENT_SECONDS)
    thread._fragment_version = version
    thread._known_reply_rows = found.get(rows_key)
    thread._known_scoped = {key: found.get(key) for key in scoped}
    return thread


def reply_rows(thread, *, load) -> list:
    """The (small) rows of a thread's shown replies, from load(), under the thread's version."""
    known = getattr(thread, "_known_reply_rows", None)
    if known is not None:
        return known
    version = getattr(thread, "_fragment_version", None) or _thread_version(thread.pk)
    return _through_cache(_key("reply-rows", thread.pk, version), load)


def thread_scoped_key(thread, *parts) -> str:
    """A key for something else known about a thread, valid while the thread's version is."""
    version = getattr(thread, "_fragment_version", None) or _thread_version(thread.pk)
    return _key("thread-scoped", thread.pk, version, *parts)


def thread_scoped_get(thread, *parts):
    """The value under thread_scoped_key(thread, *parts): already read with the thread when
    thread_head asked for it, else from the cache."""
    key = thread_scoped_key(thread, *parts)
    known = getattr(thread, "_known_scoped", {})
    return known[key] if key in known else cache.get(key)


def thread_scoped_set(thread, value, *parts) -> None:
    cache.set(thread_scoped_key(thread, *parts), value, FRAGMENT_SECONDS)


def thread_count_key(group, *, section: str) -> str:
    return _key("thread-count", group.pk, _group_version(group), section)


def replies_key(thread, *, page_number: int, viewer, access, can_accept, own, marked) -> str:
    """A page of replies as this viewer sees it: anonymous visitors all alike; members alike
    when they may do the same things and have no reply (or replied-to post: anonymous posts are
    shown to their own author) or helpful mark of their own on it."""
    version = getattr(thread, "_fragment_version", None) or _thread_version(thread.pk)
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


def group_list_key(viewer, *, my_group_ids) -> str:
    """The group list as this viewer sees it: the hidden groups they see and the "Member" badges
    follow their groups, so it is shared by viewers in the same groups (all visitors alike)."""
    (version,) = _versions(("groups", 0))
    staff = viewer.is_authenticated and viewer.is_staff
    return _key("groups", version, staff, tuple(sorted(my_group_ids)), get_language())


def jobs_board_keys(*, readable: tuple, filters: tuple) -> tuple[str, str]:
    """The jobs board's (count key, list key prefix): the same for everyone who may read the
    same groups. `readable` names the groups beyond the open ones the viewer may read. The rows
    show members' names, so the member directory's version is part of the key too."""
    (version,) = _versions(("jobs", 0))
    (people,) = member_caching.versions(member_caching.DIRECTORY)
    parts = ("jobs", version, people, readable, filters, get_language())
    return _key("count", *parts), _key(*parts)


def get(key: str) -> str | None:
    return cache.get(key)


# Whitespace inside these keeps its meaning; everywhere else a run of it is one space to a browser.
_WHITESPACE_KEPT = re.compile(
    r"(<pre\b.*?</pre>|<textarea\b.*?</textarea>)", re.DOTALL | re.IGNORECASE
)
_INDENTATION = re.compile(r"[ \t\r\f\v]*\n\s*")


def squeeze(html: str) -> str:
    """A fragment without the templates' indentation (a third of a long thread page's bytes):
    every run of whitespace holding a line break becomes one line break, except in <pre> and
    <textarea>. Done once, when the fragment is cached."""
    parts = _WHITESPACE_KEPT.split(html)
    return "".join(
        part if number % 2 else _INDENTATION.sub("\n", part) for number, part in enumerate(parts)
    )


def put(key: str, html: str, seconds: int = FRAGMENT_SECONDS) -> None:
    cache.set(key, html, seconds)


def widget_key(form_name: str, field_name: str, auto_id, value) -> str:
    """A form widget whose choices are the same for everyone (templatetags.fragments)."""
    return _key("widget", form_name, field_name, auto_id, repr(value), get_language())
