from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import Count, Q

from notifications.models import Notification

# Private messages have their own badge and their own inbox (the conversations app).
IN_OWN_INBOX = (Notification.Kind.PRIVATE_MESSAGE,)


# The header shows both badges on every signed-in page: they are kept in Redis and forgotten by
# every write that changes them (notifications.services); the timeout only bounds a lost forget.
UNREAD_COUNTS_SECONDS = 120


def unread_counts_key(member_id: int) -> str:
    return f"notifications:unread:{member_id}"


def unread_counts(member, *, known=None) -> dict[str, int]:
    """Both header badges: the bell's and the private messages' (cached, else one query).
    known: the cached value, when the caller has read it already."""
    if not member.is_authenticated:
        return {"bell": 0, "messages": 0}
    key = unread_counts_key(member.pk)
    counts = known if known is not None else cache.get(key)
    if counts is None:
        in_own_inbox = Q(kind__in=IN_OWN_INBOX)
        counts = Notification.objects.filter(recipient=member, read_at__isnull=True).aggregate(
            bell=Count("pk", filter=~in_own_inbox), messages=Count("pk", filter=in_own_inbox)
        )
        cache.set(key, counts, UNREAD_COUNTS_SECONDS)
    return counts


def unread_count(member) -> int:
    return unread_counts(member)["bell"]


def notifications_of(member, page=1):
    return Paginator(
        Notification.objects.filter(recipient=member).exclude(kind__in=IN_OWN_INBOX), 30
    ).get_page(page)
