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
"""

import hashlib
import time

from django.core.cache import cache
from django.utils.translation import get_language

from members import caching as member_caching

FRAGMENT_SECONDS = 300
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


def put(key: str, html: str) -> None:
    cache.set(key, html, FRAGMENT_SECONDS)


def widget_key(form_name: str, field_name: str, auto_id, value) -> str:
    """A form widget whose choices are the same for everyone (templatetags.fragments)."""
    return _key("widget", form_name, field_name, auto_id, repr(value), get_language())
