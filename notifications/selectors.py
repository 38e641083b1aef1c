from django.core.paginator import Paginator
from django.db.models import Count, Q

from notifications.models import Notification

# Private messages have their own badge and their own inbox (the conversations app).
IN_OWN_INBOX = (Notification.Kind.PRIVATE_MESSAGE,)


def unread_counts(member) -> dict[str, int]:
    """Both header badges in one query: the bell's and the private messages'."""
    if not member.is_authenticated:
        return {"bell": 0, "messages": 0}
    in_own_inbox = Q(kind__in=IN_OWN_INBOX)
    return Notification.objects.filter(recipient=member, read_at__isnull=True).aggregate(
        bell=Count("pk", filter=~in_own_inbox), messages=Count("pk", filter=in_own_inbox)
    )


def unread_count(member) -> int:
    return unread_counts(member)["bell"]


def notifications_of(member, page=1):
    return Paginator(
        Notification.objects.filter(recipient=member).exclude(kind__in=IN_OWN_INBOX), 30
    ).get_page(page)
