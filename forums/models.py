from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from taggit.managers import TaggableManager


class Group(models.Model):
    """A discussion group: themed, national, a role network, or tied to an alumni network."""

    class Kind(models.TextChoices):
        THEME = "theme", _("Theme group")
        COUNTRY = "country", _("Country group")
        ROLE_NETWORK = "role_network", _("Role network")
        ALUMNI = "alumni", _("Alumni group")

    class Visibility(models.TextChoices):
        OPEN = "open", _("Open: anyone can join")
        REQUEST = "request", _("Request to join: managers approve")
        INVITE_ONLY = "invite_only", _("Invite only")
        HIDDEN = "hidden", _("Hidden: invisible to non-members")

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(max_length=140, unique=True)
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="subgroups",
        verbose_name=_("parent group"),
    )
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices, default=Kind.THEME)
    visibility = models.CharField(
        _("visibility"), max_length=16, choices=Visibility.choices, default=Visibility.OPEN
    )
    language = models.CharField(
        _("language"), max_length=5, choices=settings.LANGUAGES, default="en"
    )
    country = CountryField(_("country"), blank=True)
    description = models.TextField(_("description"), blank=True)
    member_count = models.PositiveIntegerField(default=0, editable=False)
    thread_count = models.PositiveIntegerField(default=0, editable=False)
    last_activity_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["name"]
        verbose_name = _("group")
        verbose_name_plural = _("groups")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("forums:group", args=[self.slug])


class GroupMembership(models.Model):
    class Role(models.TextChoices):
        MEMBER = "member", _("Member")
        MODERATOR = "moderator", _("Moderator")
        MANAGER = "manager", _("Manager")

    class Status(models.TextChoices):
        ACTIVE = "active", _("Member")
        PENDING = "pending", _("Waiting for approval")
        INVITED = "invited", _("Invited")

    class WatchLevel(models.TextChoices):
        EVERY_NEW_DISCUSSION = "every", _("Every new discussion")
        DAILY = "daily", _("Daily digest")
        WEEKLY = "weekly", _("Weekly digest")
        MUTED = "muted", _("Muted")

    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="memberships")
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="group_memberships"
    )
    role = models.CharField(max_length=16, choices=Role.choices, default=Role.MEMBER)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.ACTIVE)
    watch_level = models.CharField(
        max_length=16, choices=WatchLevel.choices, default=WatchLevel.WEEKLY
    )
    joined_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("group membership")
        verbose_name_plural = _("group memberships")
        constraints = [
            models.UniqueConstraint(fields=["group", "member"], name="one_membership_per_group"),
        ]
        indexes = [models.Index(fields=["member", "status"], name="membership_member_status")]

    def __str__(self):
        return f"{self.member} in {self.group}"


class Thread(models.Model):
    class Section(models.TextChoices):
        DISCUSSION = "discussion", _("Discussion")
        QUESTION = "question", _("Question")
        JOB = "job", _("Job")
        PROMOTION = "promotion", _("Promotion")

    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="threads")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="threads"
    )
    section = models.CharField(
        _("section"), max_length=16, choices=Section.choices, default=Section.DISCUSSION
    )
    title = models.CharField(_("title"), max_length=200)
    body_markdown = models.TextField(_("text"))
    body_html = models.TextField(editable=False)
    language = models.CharField(
        _("language"), max_length=5, choices=settings.LANGUAGES, default="en"
    )
    tags = TaggableManager(verbose_name=_("tags"), blank=True)
    reply_count = models.PositiveIntegerField(default=0, editable=False)
    last_activity_at = models.DateTimeField(default=timezone.now)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-last_activity_at"]
        verbose_name = _("thread")
        verbose_name_plural = _("threads")
        indexes = [
            models.Index(fields=["group", "-last_activity_at"], name="thread_group_activity"),
        ]

    def __str__(self):
        return self.title


class Reply(models.Model):
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="replies")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="replies"
    )
    body_markdown = models.TextField(_("text"))
    body_html = models.TextField(editable=False)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("reply")
        verbose_name_plural = _("replies")
        indexes = [models.Index(fields=["thread", "created_at"], name="reply_thread_created")]

    def __str__(self):
        return f"Reply {self.pk} in {self.thread_id}"
