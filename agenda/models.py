"""Polls on threads, proposals for new groups, and topics members suggest for a meeting."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

MIN_POLL_OPTIONS = 2
MAX_POLL_OPTIONS = 20


class AgendaSettings(models.Model):
    """One row per site: values staff may change without a deploy (empty: use the setting)."""

    proposal_threshold = models.PositiveIntegerField(
        _("supporters needed for a new group"),
        null=True,
        blank=True,
        help_text=_("Empty: the site default (GROUP_PROPOSAL_THRESHOLD, 25 unless configured)."),
    )

    class Meta:
        verbose_name = _("agenda settings")
        verbose_name_plural = _("agenda settings")
        constraints = [
            models.CheckConstraint(condition=models.Q(pk=1), name="agenda_settings_singleton")
        ]

    def __str__(self):
        return str(_("Agenda settings"))


# --- Polls --------------------------------------------------------------------------------------


class Poll(models.Model):
    class Results(models.TextChoices):
        LIVE = "live", _("Show results while the poll is open")
        AFTER_CLOSE = "after_close", _("Show results only after the poll closes")

    thread = models.OneToOneField("forums.Thread", on_delete=models.CASCADE, related_name="poll")
    question = models.CharField(_("question"), max_length=300)
    max_choices = models.PositiveSmallIntegerField(
        _("how many options a member may choose"), default=1
    )
    results = models.CharField(
        _("results"), max_length=16, choices=Results.choices, default=Results.LIVE
    )
    is_anonymous = models.BooleanField(_("anonymous votes"), default=False)
    closes_at = models.DateTimeField(_("closes"), null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True, editable=False)
    # Kept by the vote service under the poll's row lock.
    voter_count = models.PositiveIntegerField(default=0, editable=False)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("poll")
        verbose_name_plural = _("polls")
        constraints = [
            models.CheckConstraint(condition=models.Q(max_choices__gte=1), name="poll_max_choices")
        ]

    def __str__(self):
        return self.question

    @property
    def is_multiple(self) -> bool:
        return self.max_choices > 1

    @property
    def is_closed(self) -> bool:
        return self.closed_at is not None or (
            self.closes_at is not None and self.closes_at <= timezone.now()
        )

    @property
    def shows_results(self) -> bool:
        return self.results == self.Results.LIVE or self.is_closed


class PollOption(models.Model):
    poll = models.ForeignKey(Poll, on_delete=models.CASCADE, related_name="options")
    position = models.PositiveSmallIntegerField()
    label = models.CharField(_("option"), max_length=200)
    vote_count = models.PositiveIntegerField(default=0, editable=False)

    class Meta:
        ordering = ["poll", "position"]
        verbose_name = _("poll option")
        verbose_name_plural = _("poll options")
        constraints = [
            models.UniqueConstraint(fields=["poll", "position"], name="one_option_per_position")
        ]

    def __str__(self):
        return self.label


class PollBallot(models.Model):
    """A member's vote: one per member and poll (database constraint), changeable until closing."""

    poll = models.ForeignKey(Poll, on_delete=models.CASCADE, related_name="ballots")
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="poll_ballots"
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("ballot")
        verbose_name_plural = _("ballots")
        constraints = [
            models.UniqueConstraint(fields=["poll", "member"], name="one_ballot_per_member")
        ]

    def __str__(self):
        return f"Ballot {self.pk} in poll {self.poll_id}"


class PollChoice(models.Model):
    ballot = models.ForeignKey(PollBallot, on_delete=models.CASCADE, related_name="choices")
    option = models.ForeignKey(PollOption, on_delete=models.CASCADE, related_name="choices")

    class Meta:
        verbose_name = _("chosen option")
        verbose_name_plural = _("chosen options")
        constraints = [
            models.UniqueConstraint(fields=["ballot", "option"], name="one_choice_per_option")
        ]

    def __str__(self):
        return f"{self.ballot_id} → {self.option_id}"


# --- Group proposals ----------------------------------------------------------------------------


class GroupProposal(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", _("Gathering support")
        CREATED = "created", _("Group created")
        MERGED = "merged", _("Merged with an existing group")
        DECLINED = "declined", _("Declined")

    proposer = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    name = models.CharField(_("name of the group"), max_length=120)
    purpose_markdown = models.TextField(_("purpose"))
    purpose_html = models.TextField(editable=False)
    language = models.CharField(
        _("language"), max_length=5, choices=settings.LANGUAGES, default="en"
    )
    parent = models.ForeignKey(
        "forums.Group",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("parent group"),
        help_text=_("For a subgroup: the group it belongs under."),
    )
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.OPEN)
    # Kept by the support services under the proposal's row lock.
    supporter_count = models.PositiveIntegerField(default=0, editable=False)
    # Set once, when staff are told the proposal reached the threshold.
    threshold_reached_at = models.DateTimeField(null=True, blank=True, editable=False)
    group = models.ForeignKey(
        "forums.Group",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The group created from, or merged with, this proposal."),
    )
    decline_reason = models.TextField(_("reason"), blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-supporter_count", "-created_at"]
        verbose_name = _("group proposal")
        verbose_name_plural = _("group proposals")
        indexes = [
            models.Index(
                fields=["status", "-supporter_count", "-created_at"], name="proposal_by_support"
            )
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("agenda:proposal", args=[self.pk])


class ProposalSupport(models.Model):
    proposal = models.ForeignKey(GroupProposal, on_delete=models.CASCADE, related_name="supports")
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="proposal_supports"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("support for a proposal")
        verbose_name_plural = _("supports for proposals")
        constraints = [
            models.UniqueConstraint(fields=["proposal", "member"], name="one_support_per_member")
        ]

    def __str__(self):
        return f"{self.member_id} supports {self.proposal_id}"


# --- Topics for the next meeting ----------------------------------------------------------------


class TopicSuggestion(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", _("Suggested")
        SCHEDULED = "scheduled", _("On the programme")

    event = models.ForeignKey("events.Event", on_delete=models.CASCADE, related_name="topics")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    title = models.CharField(_("topic"), max_length=200)
    description = models.TextField(_("why it matters"), max_length=1000, blank=True)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.OPEN)
    agenda_item = models.ForeignKey(
        "events.AgendaItem", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    vote_count = models.PositiveIntegerField(default=0, editable=False)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-vote_count", "created_at", "pk"]
        verbose_name = _("suggested topic")
        verbose_name_plural = _("suggested topics")
        indexes = [
            models.Index(fields=["event", "-vote_count", "created_at"], name="topic_ranking")
        ]

    def __str__(self):
        return self.title


class TopicVote(models.Model):
    topic = models.ForeignKey(TopicSuggestion, on_delete=models.CASCADE, related_name="votes")
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="topic_votes"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("topic vote")
        verbose_name_plural = _("topic votes")
        constraints = [
            models.UniqueConstraint(fields=["topic", "member"], name="one_topic_vote_per_member")
        ]

    def __str__(self):
        return f"{self.member_id} → {self.topic_id}"
