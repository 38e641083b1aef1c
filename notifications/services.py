"""Writes about notifications. Callers give a unique key; the same key never notifies twice."""

from django.db import IntegrityError, transaction
from django.utils import timezone

from notifications.models import Notification


def notify(*, recipient, kind: str, key: str, message: str, url: str = "") -> Notification | None:
    """Create the notification unless one with this key exists; returns it, or None if it did."""
    if recipient is None or not recipient.is_active:
        return None
    try:
        with transaction.atomic():
            return Notification.objects.create(
                recipient=recipient, kind=kind, key=key[:200], message=message[:300], url=url[:500]
            )
    except IntegrityError:
        return None


def mark_read(*, member, notification_ids=None) -> int:
    unread = Notification.objects.filter(recipient=member, read_at__isnull=True)
    if notification_ids is not None:
        unread = unread.filter(pk__in=notification_ids)
    return unread.update(read_at=timezone.now())
