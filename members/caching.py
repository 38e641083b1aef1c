"""Versions for cached lists of people (member directory, alumni directories, jobs board).

A list page is cached under a key that holds the version of everything it shows; a write bumps the
version (the receivers in members/receivers.py, and the apps that show people), so a cached page
never outlives what it shows: a member who hides their profile or renames themselves disappears
from every cached page at once. The "directory" version changes with any member's public profile
(name, headline, role, organisation, country, photo, expertise, visibility, erasure), so the lists
that show members' names (alumni directories, the jobs board) include it in their keys too.

The versions here are also the ones forums.caching and events.caching key their fragments by.

Keys also hold the language and everything viewer-specific; the views check permissions before
they read a cached page (only signed-in members reach the directory, only a network's people its
alumni directory).
"""

import hashlib
import time

from django.core.cache import cache
from django.db import transaction
from django.utils.translation import get_language

DIRECTORY = ("directory", 0)


def _version_key(kind: str, pk: int) -> str:
    return f"members:version:{kind}:{pk}"


def set_new_version(kind: str, pk: int) -> None:
    cache.set(_version_key(kind, pk), time.time_ns(), timeout=None)


def bump(kind: str, pk: int = 0) -> None:
    """A new version for one list (the old pages are never read again): at once, and again on
    commit, as a request that rendered the old rows between the two would otherwise cache them
    under the new version."""
    set_new_version(kind, pk)
    transaction.on_commit(lambda: set_new_version(kind, pk))


def bump_directory() -> None:
    bump(*DIRECTORY)


def versions(*pairs: tuple[str, int]) -> list[int]:
    keys = [_version_key(kind, pk) for kind, pk in pairs]
    found = cache.get_many(keys)
    result = []
    for key in keys:
        if key not in found:
            # No version yet (or evicted): start a fresh one, so no older page can match.
            cache.add(key, time.time_ns(), timeout=None)
            found[key] = cache.get(key)
        result.append(found[key])
    return result


def list_key(name: str, *parts) -> str:
    """A key for a cached list page (or its count): the caller passes the versions, filters
    and viewer-specific parts; the language is added here."""
    digest = hashlib.sha256(repr((name, parts, get_language())).encode()).hexdigest()[:32]
    return f"members:list:{name}:{digest}"
