"""Writes about notifications. Callers give a unique key; the same key never notifies twice."""

from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from hrnet.celery import enqueue_on_commit
from notifications import unsubscribe
from notifications.models import Notification
from notifications.selectors import unread_counts_key


def in_language(member, text_factory) -> str:
    """A text made in the member's own language (notifications are stored as written)."""
    with translation.override(member.preferred_language or settings.LANGUAGE_CODE):
        return text_factory()


def notify(
    *,
    recipient,
    kind: str,
    key: str,
    message: str,
    url: str = "",
    email: bool = False,
    topic: str = "",
) -> Notification | None:
    """Create the notification unless one with this key exists; returns it, or None if it did.

    With email=True a copy goes out by email once, after the surrounding transaction commits.
    """
    if recipient is None or not recipient.is_active:
        return None
    try:
        with transaction.atomic():
            notification = Notification.objects.create(
                recipient=recipient,
                kind=kind,
                key=key[:200],
                message=message[:300],
                url=url[:500],
                email_requested=email,
                topic=topic or DEFAULT_TOPICS.get(kind, ""),
            )
    except IntegrityError:
        return None
    _forget_unread_counts(recipient.pk)
    if email:
        from notifications.tasks import send_notification_email

        enqueue_on_commit(send_notification_email, notification.pk)
    return notification


DEFAULT_TOPICS = {
    Notification.Kind.REPLY: "replies",
    Notification.Kind.ACCEPTED_ANSWER: "replies",
    Notification.Kind.MENTION: "mentions",
    Notification.Kind.PRIVATE_MESSAGE: "messages",
}


def send_notification_email(*, notification_id: int) -> bool:
    """Email one notification exactly once: row locked, sent, stamped, in one transaction."""
    with transaction.atomic():
        notification = (
            Notification.objects.select_for_update(skip_locked=True)
            .select_related("recipient")
            .filter(pk=notification_id, email_requested=True, emailed_at__isnull=True)
            .first()
        )
        if notification is None:
            return False
        recipient = notification.recipient
        # Settings may have changed while the email waited (an unsubscribe click): ask again.
        wanted = not notification.topic or unsubscribe.is_subscribed(recipient, notification.topic)
        if recipient.is_active and not recipient.is_erased and wanted:
            _send(notification)
        notification.emailed_at = timezone.now()
        notification.save(update_fields=["emailed_at"])
    return True


def _send(notification: Notification) -> None:
    recipient = notification.recipient
    with translation.override(recipient.preferred_language or settings.LANGUAGE_CODE):
        context = {
            "LANGUAGE_CODE": translation.get_language(),  # no request: no i18n context processor
            "notification": notification,
            "recipient": recipient,
            "url": settings.SITE_URL.rstrip("/") + notification.url if notification.url else "",
            "unsubscribe_url": (
                unsubscribe.unsubscribe_url(recipient, notification.topic)
                if notification.topic
                else ""
            ),
        }
        subject = render_to_string("notifications/email/subject.txt", context).strip()
        text = render_to_string("notifications/email/notification.txt", context)
        html = render_to_string("notifications/email/notification.html", context)
    message = EmailMultiAlternatives(
        subject,
        text,
        to=[recipient.email],
        headers=unsubscribe.headers(recipient, notification.topic),
    )
    message.attach_alternative(html, "text/html")
    message.send()


def send_pending_emails(limit: int = 500) -> int:
    """The sweep: emails whose enqueue was lost (Redis down) go out here."""
    cutoff = timezone.now() - timedelta(minutes=1)
    pending = Notification.objects.filter(
        email_requested=True, emailed_at__isnull=True, created_at__lt=cutoff
    ).values_list("pk", flat=True)[:limit]
    return sum(send_notification_email(notification_id=pk) for pk in pending)


def mark_read(*, member, notification_ids=None) -> int:
    unread = Notification.objects.filter(recipient=member, read_at__isnull=True)
    if notification_ids is not None:
        unread = unread.filter(pk__in=notification_ids)
    changed = unread.update(read_at=timezone.now())
    if changed:
        _forget_unread_counts(member.pk)
    return changed


def mark_read_about(*, member, kind: str, url: str) -> int:
    """Opening the page a notification points to reads it (e.g. a private conversation).
    member: a member or a member's id."""
    changed = Notification.objects.filter(
        recipient=member, kind=kind, url=url, read_at__isnull=True
    ).update(read_at=timezone.now())
    if changed:
        _forget_unread_counts(getattr(member, "pk", member))
    return changed


def _forget_unread_counts(member_id: int) -> None:
    # At once, and again on commit: a page rendered between the two would otherwise cache the
    # count from before this write.
    key = unread_counts_key(member_id)
    cache.delete(key)
    transaction.on_commit(lambda: cache.delete(key))
