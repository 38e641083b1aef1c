"""Private conversations between members: a sounding board for people who are HR on their own."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Conversation(models.Model):
    """A private thread between a few members. Only its participants ever read it in the UI."""

    class Status(models.TextChoices):
        OPEN = "open", _("Delivered")
        # A spammy first message to a stranger waits for a moderator and reaches nobody.
        HELD = "held", _("Waiting for a moderator")
        REJECTED = "rejected", _("Not delivered")

    subject = models.CharField(_("subject"), max_length=160)
    starter = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.OPEN)
    # Denormalised for the inbox: kept by the services in the same transaction.
    message_count = models.PositiveIntegerField(default=0, editable=False)
    last_message_at = models.DateTimeField(default=timezone.now, db_index=True)
    last_message_author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    spam_score = models.FloatField(default=0, editable=False)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-last_message_at", "-id"]
        verbose_name = _("private conversation")
        verbose_name_plural = _("private conversations")
        permissions = [
            ("moderate_conversations", _("Can review reported private conversations")),
        ]

    def __str__(self):
        return f"Conversation {self.pk}"

    def get_absolute_url(self):
        return reverse("conversations:detail", args=[self.pk])


class Participant(models.Model):
    conversation = models.ForeignKey(
        Conversation, on_delete=models.CASCADE, related_name="participants"
    )
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="conversation_seats"
    )
    joined_at = models.DateTimeField(default=timezone.now)
    last_read_at = models.DateTimeField(null=True, blank=True)
    left_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("participant")
        verbose_name_plural = _("participants")
        constraints = [
            models.UniqueConstraint(
                fields=["conversation", "member"], name="one_seat_per_conversation"
            ),
        ]
        indexes = [
            models.Index(
                fields=["member", "conversation"],
                name="participant_active",
                condition=models.Q(left_at__isnull=True),
            )
        ]

    def __str__(self):
        return f"{self.member_id} in {self.conversation_id}"

    @property
    def has_left(self) -> bool:
        return self.left_at is not None


class Message(models.Model):
    conversation = models.ForeignKey(
        Conversation, on_delete=models.CASCADE, related_name="messages"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    body_markdown = models.TextField(_("message"))
    body_html = models.TextField(editable=False)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("private message")
        verbose_name_plural = _("private messages")
        indexes = [
            models.Index(fields=["conversation", "created_at", "id"], name="message_conversation"),
            models.Index(fields=["author", "created_at"], name="message_author_created"),
        ]

    def __str__(self):
        return f"Message {self.pk} in {self.conversation_id}"


class Block(models.Model):
    """The blocker hears nothing more from the blocked member."""

    blocker = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="blocks_made"
    )
    blocked = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="blocks_received"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("block")
        verbose_name_plural = _("blocks")
        constraints = [
            models.UniqueConstraint(fields=["blocker", "blocked"], name="one_block_per_pair"),
            models.CheckConstraint(
                condition=~models.Q(blocker=models.F("blocked")), name="no_self_block"
            ),
        ]

    def __str__(self):
        return f"{self.blocker_id} blocked {self.blocked_id}"


class MessagingPreference(models.Model):
    """Who may write to a member, and whether new messages come by email."""

    member = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="messaging_preference"
    )
    accepts_messages_from_strangers = models.BooleanField(
        _("members who share no group with me may start a conversation"), default=True
    )
    email_on_messages = models.BooleanField(_("email me about new private messages"), default=True)

    class Meta:
        verbose_name = _("messaging preference")
        verbose_name_plural = _("messaging preferences")

    def __str__(self):
        return f"Messaging preferences of {self.member_id}"
