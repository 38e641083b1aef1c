"""Intervision circles: a manager opens a round in a group, members sign up, HRnet forms small
peer-supervision circles, and each published circle gets a private group and a meeting series."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Experience(models.TextChoices):
    UNDER_2 = "lt2", _("Under 2 years in HR")
    FROM_2_TO_5 = "2to5", _("2–5 years in HR")
    FROM_5_TO_10 = "5to10", _("5–10 years in HR")
    OVER_10 = "gt10", _("Over 10 years in HR")


EXPERIENCE_RANK = {value: rank for rank, value in enumerate(Experience.values)}

WEEKDAYS = [
    ("mon", pgettext_lazy("weekday", "Monday")),
    ("tue", pgettext_lazy("weekday", "Tuesday")),
    ("wed", pgettext_lazy("weekday", "Wednesday")),
    ("thu", pgettext_lazy("weekday", "Thursday")),
    ("fri", pgettext_lazy("weekday", "Friday")),
]
DAY_PARTS = [
    ("am", _("Morning")),
    ("pm", _("Afternoon")),
    ("ev", _("Evening")),
]
SLOTS = [f"{day}-{part}" for day, _day in WEEKDAYS for part, _part in DAY_PARTS]


def slot_label(code: str) -> str:
    day, _sep, part = code.partition("-")
    days, parts = dict(WEEKDAYS), dict(DAY_PARTS)
    if day not in days or part not in parts:
        return code
    return f"{days[day]} {str(parts[part]).lower()}"


class CircleRound(models.Model):
    """One round of intervision circles in a group: sign-ups, then circles, then meetings."""

    class Status(models.TextChoices):
        OPEN = "open", _("Open for sign-up")
        PROPOSED = "proposed", _("Circles proposed, not yet published")
        PUBLISHED = "published", _("Circles published")
        CLOSED = "closed", _("Closed")

    class Format(models.TextChoices):
        ONLINE = "online", _("Online")
        IN_PERSON = "in_person", _("In person")

    class Weekday(models.IntegerChoices):
        MONDAY = 0, pgettext_lazy("weekday", "Monday")
        TUESDAY = 1, pgettext_lazy("weekday", "Tuesday")
        WEDNESDAY = 2, pgettext_lazy("weekday", "Wednesday")
        THURSDAY = 3, pgettext_lazy("weekday", "Thursday")
        FRIDAY = 4, pgettext_lazy("weekday", "Friday")

    group = models.ForeignKey(
        "forums.Group",
        on_delete=models.CASCADE,
        related_name="circle_rounds",
        verbose_name=_("group"),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Organiser of the circles' meetings.
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    title = models.CharField(_("title"), max_length=150)
    description_markdown = models.TextField(_("description"), blank=True)
    description_html = models.TextField(blank=True, editable=False)
    min_size = models.PositiveSmallIntegerField(_("smallest circle"), default=4)
    max_size = models.PositiveSmallIntegerField(_("largest circle"), default=8)
    signup_deadline = models.DateTimeField(_("sign-up deadline"))
    themes = models.JSONField(_("themes offered"), default=list)
    cadence_weeks = models.PositiveSmallIntegerField(_("meet every (weeks)"), default=4)
    meeting_count = models.PositiveSmallIntegerField(_("number of meetings"), default=6)
    weekday = models.PositiveSmallIntegerField(
        _("weekday"), choices=Weekday.choices, default=Weekday.TUESDAY
    )
    meeting_time = models.TimeField(_("time"), default="16:00")
    duration_minutes = models.PositiveSmallIntegerField(_("length (minutes)"), default=90)
    time_zone = models.CharField(_("time zone"), max_length=40, default="Europe/Stockholm")
    format = models.CharField(
        _("format"), max_length=16, choices=Format.choices, default=Format.ONLINE
    )
    place = models.CharField(_("place or online link"), max_length=300, blank=True)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.OPEN)
    created_at = models.DateTimeField(default=timezone.now)
    published_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("round of intervision circles")
        verbose_name_plural = _("rounds of intervision circles")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(min_size__gte=2, max_size__gte=models.F("min_size")),
                name="circle_round_sizes",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("circles:round", args=[self.pk])

    @property
    def signup_open(self) -> bool:
        return self.status == self.Status.OPEN and timezone.now() <= self.signup_deadline


class Circle(models.Model):
    round = models.ForeignKey(CircleRound, on_delete=models.CASCADE, related_name="circles")
    number = models.PositiveSmallIntegerField()
    # The circle's private space, created on publishing (hidden, invite-only subgroup).
    private_group = models.OneToOneField(
        "forums.Group",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="circle",
    )
    # The builder's fit report (see circles.builder.CircleFit.as_dict), refreshed on every move.
    fit = models.JSONField(default=dict)
    score = models.PositiveSmallIntegerField(default=0)
    archived_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["round", "number"]
        verbose_name = _("intervision circle")
        verbose_name_plural = _("intervision circles")
        constraints = [
            models.UniqueConstraint(fields=["round", "number"], name="one_circle_number_per_round"),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("circles:circle", args=[self.pk])

    @property
    def name(self) -> str:
        return str(_("Circle %(number)s") % {"number": self.number})


class SignUp(models.Model):
    """A member's wish to join a circle of this round; `circle` is where they were placed."""

    class Reason(models.TextChoices):
        TOO_FEW = "too_few", _("Too few people signed up to form a circle.")
        COLLEAGUES = (
            "colleagues",
            _("More colleagues from your organisation signed up than there are circles."),
        )
        SIZES = "sizes", _("The circles were full: the remaining people were too few for a circle.")
        LEFT = "left", _("Left the circle.")
        MANAGER = "manager", _("Taken out of the circles by a manager.")

    round = models.ForeignKey(CircleRound, on_delete=models.CASCADE, related_name="signups")
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="circle_signups"
    )
    themes = models.JSONField(_("themes"), default=list)
    experience = models.CharField(_("experience"), max_length=8, choices=Experience.choices)
    availability = models.JSONField(_("availability"), default=list)
    note = models.CharField(_("anything the organisers should know"), max_length=300, blank=True)
    circle = models.ForeignKey(
        Circle, null=True, blank=True, on_delete=models.SET_NULL, related_name="signups"
    )
    unplaced_reason = models.CharField(max_length=16, choices=Reason.choices, blank=True)
    # How often a manager moved this person: part of the notification key, so each move
    # notifies once and a retry of the same move never twice.
    move_count = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("sign-up for intervision")
        verbose_name_plural = _("sign-ups for intervision")
        constraints = [
            models.UniqueConstraint(fields=["round", "member"], name="one_signup_per_round"),
        ]
        indexes = [models.Index(fields=["member", "circle"], name="signup_member_circle")]

    def __str__(self):
        return f"{self.member} in {self.round}"
