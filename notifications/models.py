from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Notification(models.Model):
    """Something a member should know. The unique key makes every notification exactly once."""

    class Kind(models.TextChoices):
        REPLY = "reply", _("Reply to your thread")
        MENTION = "mention", _("Mention")
        ACCEPTED_ANSWER = "accepted_answer", _("Accepted answer")
        MODERATION = "moderation", _("Moderation outcome")
        FLAG_OUTCOME = "flag_outcome", _("Outcome of your flag")
        QUEUE_WAITING = "queue_waiting", _("Posts waiting for review")
        WAITLIST_PROMOTED = "waitlist_promoted", _("Place at an event")
        ALUMNI_INVITATION = "alumni_invitation", _("Alumni network invitation")
        GROUP = "group", _("Group news")
        PRIVATE_MESSAGE = "private_message", _("Private message")

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    kind = models.CharField(max_length=32, choices=Kind.choices)
    # e.g. "reply:123:member:45": a retry or a second worker finds it and stops.
    key = models.CharField(max_length=200, unique=True)
    message = models.CharField(max_length=300)
    url = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    read_at = models.DateTimeField(null=True, blank=True)
    # Email copy: asked for by the caller, sent once by a Celery task (the row is the outbox).
    email_requested = models.BooleanField(default=False)
    # What the email's one-click unsubscribe turns off, e.g. "replies" or "group:12".
    topic = models.CharField(max_length=40, blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        indexes = [
            models.Index(fields=["recipient", "-created_at"], name="notification_recipient"),
            models.Index(
                fields=["recipient"],
                name="notification_unread",
                condition=models.Q(read_at__isnull=True),
            ),
            models.Index(
                fields=["created_at"],
                name="notification_email_pending",
                condition=models.Q(email_requested=True, emailed_at__isnull=True),
            ),
        ]

    def __str__(self):
        return f"{self.recipient_id}: {self.message}"
