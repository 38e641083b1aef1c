from django.conf import settings
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
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
    # Anonymous questions (sounding board) are allowed only where a group opts in.
    allows_anonymous_posts = models.BooleanField(_("allow anonymous posts"), default=False)
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
        BANNED = "banned", _("Banned")

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
    # A suspended member reads but cannot post until this moment.
    suspended_until = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("group membership")
        verbose_name_plural = _("group memberships")
        constraints = [
            models.UniqueConstraint(fields=["group", "member"], name="one_membership_per_group"),
        ]
        indexes = [models.Index(fields=["member", "status"], name="membership_member_status")]

    def __str__(self):
        return f"{self.member} in {self.group}"


class PostStatus(models.TextChoices):
    PUBLISHED = "published", _("Published")
    HELD = "held", _("Waiting for review")
    HIDDEN = "hidden", _("Hidden after flags, waiting for review")
    REJECTED = "rejected", _("Rejected")


class EmploymentType(models.TextChoices):
    PERMANENT = "permanent", _("Permanent")
    FIXED_TERM = "fixed_term", _("Fixed term")
    INTERIM = "interim", _("Interim / consultant")
    PART_TIME = "part_time", _("Part time")
    INTERNSHIP = "internship", _("Internship / trainee")


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
    # Job posts (section=job) carry where, what kind, until when and how to apply.
    job_location = models.CharField(_("location"), max_length=120, blank=True)
    job_country = CountryField(_("country"), blank=True)
    job_role = models.CharField(_("role"), max_length=32, blank=True)
    employment_type = models.CharField(
        _("employment type"), max_length=16, choices=EmploymentType.choices, blank=True
    )
    apply_by = models.DateField(_("apply by"), null=True, blank=True)
    apply_url = models.URLField(_("how to apply (link)"), blank=True)

    status = models.CharField(
        max_length=16, choices=PostStatus.choices, default=PostStatus.PUBLISHED, db_index=True
    )
    # Why HRnet held or moved the post, shown to its author and the moderators.
    moderation_note = models.CharField(max_length=300, blank=True)
    spam_score = models.FloatField(default=0, editable=False)
    promotion_score = models.FloatField(default=0, editable=False)
    job_score = models.FloatField(default=0, editable=False)
    # Posted "as a member of this group": only the group's moderators and staff see the author.
    is_anonymous = models.BooleanField(_("posted anonymously"), default=False, editable=False)
    is_pinned = models.BooleanField(_("pinned"), default=False)
    is_locked = models.BooleanField(_("locked"), default=False)
    is_deleted = models.BooleanField(default=False, editable=False)
    accepted_reply = models.ForeignKey(
        "Reply", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Denormalised for list pages: kept by the services in the same transaction.
    reply_count = models.PositiveIntegerField(default=0, editable=False)
    helpful_count = models.PositiveIntegerField(default=0, editable=False)
    view_count = models.PositiveIntegerField(default=0, editable=False)
    last_activity_at = models.DateTimeField(default=timezone.now)
    last_reply_author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    trending_score = models.FloatField(default=0, editable=False)
    # Normalised text fingerprint: the same text posted to many groups is refused.
    content_fingerprint = models.CharField(max_length=64, blank=True, editable=False)
    search_vector = SearchVectorField(null=True, editable=False)
    edited_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-last_activity_at"]
        verbose_name = _("thread")
        verbose_name_plural = _("threads")
        indexes = [
            models.Index(fields=["group", "-last_activity_at"], name="thread_group_activity"),
            models.Index(
                fields=["group", "section", "-is_pinned", "-last_activity_at", "-id"],
                name="thread_group_section_list",
            ),
            models.Index(fields=["section", "-created_at"], name="thread_section_created"),
            models.Index(fields=["-created_at"], name="thread_created"),
            models.Index(fields=["-trending_score"], name="thread_trending"),
            models.Index(fields=["author", "content_fingerprint"], name="thread_fingerprint"),
            GinIndex(fields=["search_vector"], name="thread_search_gin"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("forums:thread", args=[self.pk, slugify(self.title)[:60] or "thread"])

    def reply_url(self, reply_id: int) -> str:
        """A link to one reply: the thread page opens on the page that holds it."""
        return f"{self.get_absolute_url()}?reply={reply_id}#reply-{reply_id}"


class Reply(models.Model):
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="replies")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="replies"
    )
    reply_to = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    body_markdown = models.TextField(_("text"))
    body_html = models.TextField(editable=False)
    is_deleted = models.BooleanField(default=False, editable=False)
    is_anonymous = models.BooleanField(_("posted anonymously"), default=False, editable=False)
    status = models.CharField(
        max_length=16, choices=PostStatus.choices, default=PostStatus.PUBLISHED, db_index=True
    )
    # Why HRnet held or moved the post, shown to its author and the moderators.
    moderation_note = models.CharField(max_length=300, blank=True)
    spam_score = models.FloatField(default=0, editable=False)
    promotion_score = models.FloatField(default=0, editable=False)
    job_score = models.FloatField(default=0, editable=False)
    helpful_count = models.PositiveIntegerField(default=0, editable=False)
    search_vector = SearchVectorField(null=True, editable=False)
    edited_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("reply")
        verbose_name_plural = _("replies")
        indexes = [
            models.Index(fields=["thread", "created_at", "id"], name="reply_thread_created"),
            # Search ranks the newest matches (selectors.search_posts): walked newest first.
            models.Index(fields=["-created_at"], name="reply_created"),
            GinIndex(fields=["search_vector"], name="reply_search_gin"),
        ]

    def __str__(self):
        return f"Reply {self.pk} in {self.thread_id}"


class Revision(models.Model):
    """The text of a thread or reply before an edit; moderators can read the history."""

    thread = models.ForeignKey(
        Thread, null=True, blank=True, on_delete=models.CASCADE, related_name="revisions"
    )
    reply = models.ForeignKey(
        Reply, null=True, blank=True, on_delete=models.CASCADE, related_name="revisions"
    )
    title = models.CharField(max_length=200, blank=True)
    body_markdown = models.TextField()
    edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("revision")
        verbose_name_plural = _("revisions")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(thread__isnull=False, reply__isnull=True)
                | models.Q(thread__isnull=True, reply__isnull=False),
                name="revision_of_thread_or_reply",
            ),
        ]

    def __str__(self):
        return f"Revision {self.pk}"


class Reaction(models.Model):
    """A member marks a thread or reply as helpful (once)."""

    class Kind(models.TextChoices):
        HELPFUL = "helpful", _("Helpful")

    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reactions"
    )
    thread = models.ForeignKey(
        Thread, null=True, blank=True, on_delete=models.CASCADE, related_name="reactions"
    )
    reply = models.ForeignKey(
        Reply, null=True, blank=True, on_delete=models.CASCADE, related_name="reactions"
    )
    kind = models.CharField(max_length=16, choices=Kind.choices, default=Kind.HELPFUL)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["member", "thread", "kind"],
                condition=models.Q(reply__isnull=True),
                name="one_reaction_per_thread",
            ),
            models.UniqueConstraint(
                fields=["member", "reply", "kind"],
                condition=models.Q(reply__isnull=False),
                name="one_reaction_per_reply",
            ),
        ]
        indexes = [models.Index(fields=["thread", "created_at"], name="reaction_thread_created")]

    def __str__(self):
        return f"{self.member_id} {self.kind} {self.reply_id or self.thread_id}"


class Mention(models.Model):
    """@name in a thread or reply, recorded for notifications."""

    mentioned = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="mentions"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="mentions")
    reply = models.ForeignKey(
        Reply, null=True, blank=True, on_delete=models.CASCADE, related_name="mentions"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["mentioned", "thread", "reply"],
                name="one_mention_per_post",
                nulls_distinct=False,
            ),
        ]

    def __str__(self):
        return f"@{self.mentioned_id} in {self.thread_id}"


class Summary(models.Model):
    """A summary of a (trending) thread; published summaries form the knowledge portal."""

    thread = models.OneToOneField(Thread, on_delete=models.CASCADE, related_name="summary")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    title = models.CharField(_("title"), max_length=200)
    body_markdown = models.TextField(_("summary"))
    body_html = models.TextField(editable=False)
    language = models.CharField(
        _("language"), max_length=5, choices=settings.LANGUAGES, default="en"
    )
    is_published = models.BooleanField(_("published"), default=False)
    published_at = models.DateTimeField(null=True, blank=True)
    search_vector = SearchVectorField(null=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-published_at"]
        verbose_name = _("summary")
        verbose_name_plural = _("summaries")
        indexes = [
            models.Index(fields=["is_published", "-published_at"], name="summary_published"),
            GinIndex(fields=["search_vector"], name="summary_search_gin"),
        ]

    def __str__(self):
        return self.title


class GroupDeparture(models.Model):
    """A member left (or was removed from) a group: the group dashboard counts leaves."""

    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="departures")
    member_id = models.BigIntegerField()
    joined_at = models.DateTimeField(null=True, blank=True)  # the join the leave undoes
    left_at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [models.Index(fields=["group", "left_at"], name="departure_group_left")]

    def __str__(self):
        return f"{self.member_id} left {self.group_id}"
