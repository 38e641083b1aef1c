"""The signed-in home page, cached per member.

The home page gathers the member's groups, suggested groups, upcoming events and invitations:
five queries that are the same on every visit until something of the member's changes. Its
rendered content is kept under two versions: the member's own, which the writes to their
memberships, registrations, invitations and profile forget (receivers in forums, events and
members), and one for all homes, which any change to an event forgets (a new event in a group
appears on many homes). What no version covers (a group's member count, another group growing
into a suggestion) may lag by HOME_SECONDS.
"""

from django.core.cache import cache

from members import caching

HOME_SECONDS = 120
ALL_HOMES = ("homes", 0)


def home_key(member) -> str:
    mine, everyone = caching.versions(("home", member.pk), ALL_HOMES)
    return caching.list_key("home", member.pk, mine, everyone)


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
    """A new version for these members' home pages (at once, and again on commit)."""
    for member_id in {member_id for member_id in member_ids if member_id is not None}:
        caching.bump("home", member_id)


def forget_all_homes() -> None:
    caching.bump(*ALL_HOMES)
