"""The signed-in home page, cached per member.

The home page gathers the member's groups, suggested groups, upcoming events and invitations:
five queries that are the same on every visit until something of the member's changes. Its
rendered content is kept under two versions: the member's own, which the writes to their
memberships, registrations, invitations and profile forget (receivers in forums, events and
members), and one for all homes, which any change to an event forgets (a new event in a group
appears on many homes). What no version covers (a group's member count, another group growing
into a suggestion) may lag by HOME_SECONDS.
"""

import hashlib
import time

from django.core.cache import cache
from django.db import transaction
from django.utils.translation import get_language

HOME_SECONDS = 120
# A version outlives every page cached under the version before it (a missing version is one).
VERSION_SECONDS = 2 * HOME_SECONDS
ALL_HOMES = "members:home-version:all"


def _member_key(member_id: int) -> str:
    return f"members:home-version:{member_id}"


def home_key(member) -> str:
    keys = [_member_key(member.pk), ALL_HOMES]
    versions = cache.get_many(keys)
    parts = (member.pk, get_language(), versions.get(keys[0]), versions.get(keys[1]))
    return "members:home:" + hashlib.sha256(repr(parts).encode()).hexdigest()[:32]


def cached_home(member, render) -> str:
    """The home page's content for this member: from the cache, else render() and keep it.
    It holds no form that posts (a CSRF token would be one session's)."""
    key = home_key(member)
    html = cache.get(key)
    if html is None:
        html = render()
        cache.set(key, html, HOME_SECONDS)
    return html


def forget_homes(member_ids) -> None:
    """A new version for these members' home pages: now, and again on commit (a page rendered
    between the two would cache what was there before the write)."""
    keys = [_member_key(member_id) for member_id in member_ids if member_id is not None]
    if not keys:
        return

    def bump():
        cache.set_many(dict.fromkeys(keys, time.time_ns()), VERSION_SECONDS)

    bump()
    transaction.on_commit(bump)


def forget_all_homes() -> None:
    def bump():
        cache.set(ALL_HOMES, time.time_ns(), VERSION_SECONDS)

    bump()
    transaction.on_commit(bump)
