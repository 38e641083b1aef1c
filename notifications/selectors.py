from django.core.paginator import Paginator

from notifications.models import Notification


def unread_count(member) -> int:
    if not member.is_authenticated:
        return 0
    return Notification.objects.filter(recipient=member, read_at__isnull=True).count()


def notifications_of(member, page=1):
    return Paginator(Notification.objects.filter(recipient=member), 30).get_page(page)
