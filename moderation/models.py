from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ClassifierState(models.Model):
    """The learned spam/promotion/job model: one row, counts as JSON, versioned."""

    name = models.CharField(max_length=40, unique=True, default="posts")
    model = models.JSONField(default=dict)
    version = models.PositiveIntegerField(default=0)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("classifier state")
        verbose_name_plural = _("classifier states")

    def __str__(self):
        return f"{self.name} v{self.version}"


class TrainingExample(models.Model):
    """A labelled post the classifier learns from: shipped seed data or a moderator decision."""

    class Source(models.TextChoices):
        SEED = "seed", _("Shipped labelled set")
        MODERATOR = "moderator", _("Moderator decision")

    label = models.CharField(max_length=16)
    title = models.CharField(max_length=200, blank=True)
    body = models.TextField()
    author_signals = models.JSONField(default=list, blank=True)
    source = models.CharField(max_length=16, choices=Source.choices)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    group_id = models.BigIntegerField(null=True, blank=True)
    learned_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("training example")
        verbose_name_plural = _("training examples")
        indexes = [
            models.Index(
                fields=["created_at"],
                name="training_unlearned",
                condition=models.Q(learned_at__isnull=True),
            )
        ]

    def __str__(self):
        return f"{self.label}: {self.title or self.body[:40]}"


class AuditEntry(models.Model):
    """Who did what to which post or member, when and why. Never edited, never deleted."""

    class Action(models.TextChoices):
        HELD = "held", _("Held for review")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")
        MOVED_TO_JOBS = "moved_to_jobs", _("Moved to Jobs")
        MOVED_TO_PROMOTIONS = "moved_to_promotions", _("Moved to Promotions")
        HIDDEN_BY_FLAGS = "hidden_by_flags", _("Hidden after flags")
        EDITED = "edited", _("Edited by a moderator")
        SUSPENDED = "suspended", _("Member suspended")
        BANNED = "banned", _("Member banned")
        UNBANNED = "unbanned", _("Ban lifted")
        REVEALED = "revealed", _("Anonymous author revealed")
        REPORTED = "reported", _("Private conversation reported")
        PRIVATE_READ = "private_read", _("Reported conversation read by a moderator")
        REPORT_CLOSED = "report_closed", _("Report on a private conversation closed")

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Empty when HRnet acted automatically."),
    )
    action = models.CharField(max_length=32, choices=Action.choices)
    group_id = models.BigIntegerField(null=True, blank=True, db_index=True)
    content_type = models.ForeignKey(ContentType, null=True, on_delete=models.SET_NULL)
    object_id = models.BigIntegerField(null=True)
    target = GenericForeignKey("content_type", "object_id")
    subject = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The member whose post or account was acted on."),
    )
    summary = models.CharField(max_length=250, blank=True)
    reason = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit log")

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.action} {self.summary}"


class Flag(models.Model):
    """A member's report of a post. Several flags hide the post until a moderator decides."""

    class Reason(models.TextChoices):
        SPAM = "spam", _("Spam or advertising")
        OFF_TOPIC = "off_topic", _("Off-topic")
        INAPPROPRIATE = "inappropriate", _("Inappropriate or offensive")
        OTHER = "other", _("Something else")

    class Outcome(models.TextChoices):
        OPEN = "open", _("Waiting for a moderator")
        UPHELD = "upheld", _("Acted on")
        DISMISSED = "dismissed", _("No action needed")

    flagger = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="flags_raised"
    )
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.BigIntegerField()
    target = GenericForeignKey("content_type", "object_id")
    group_id = models.BigIntegerField(null=True, blank=True)
    reason = models.CharField(max_length=16, choices=Reason.choices)
    note = models.CharField(max_length=500, blank=True)
    outcome = models.CharField(max_length=16, choices=Outcome.choices, default=Outcome.OPEN)
    created_at = models.DateTimeField(default=timezone.now)
    resolved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("flag")
        verbose_name_plural = _("flags")
        constraints = [
            models.UniqueConstraint(
                fields=["flagger", "content_type", "object_id"], name="one_flag_per_member_and_post"
            ),
        ]
        indexes = [
            models.Index(fields=["content_type", "object_id", "outcome"], name="flag_target")
        ]

    def __str__(self):
        return f"{self.flagger_id} flagged {self.content_type_id}:{self.object_id}"
