from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class DigestDelivery(models.Model):
    """One member's digest for one period; recorded before sending, so it goes out once."""

    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    period = models.CharField(max_length=20)  # "daily:2026-11-26" or "weekly:2026-W48"
    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)
    empty = models.BooleanField(default=False)  # nothing to say: no email

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["member", "period"], name="one_digest_per_period"),
        ]

    def __str__(self):
        return f"{self.member_id} {self.period}"


class Newsletter(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SENDING = "sending", _("Sending")
        SENT = "sent", _("Sent")

    subject = models.CharField(_("subject"), max_length=150)
    intro_markdown = models.TextField(_("introduction"), blank=True)
    intro_html = models.TextField(blank=True, editable=False)
    # The period's trending topics and summaries, chosen when the draft was made.
    items = models.JSONField(default=list)
    period_start = models.DateTimeField()
    period_end = models.DateTimeField()
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.DRAFT)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return self.subject


class NewsletterDelivery(models.Model):
    newsletter = models.ForeignKey(Newsletter, on_delete=models.CASCADE, related_name="deliveries")
    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["newsletter", "member"], name="one_newsletter_per_member"
            ),
        ]

    def __str__(self):
        return f"{self.newsletter_id} to {self.member_id}"
