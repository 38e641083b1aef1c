import secrets

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField


class Event(models.Model):
    class Kind(models.TextChoices):
        AFTER_WORK = "after_work", _("After-work")
        BREAKFAST = "breakfast", _("Breakfast meeting")
        KNOWLEDGE_EVENING = "knowledge_evening", _("Knowledge evening")
        CONFERENCE = "conference", _("Conference")
        WORKSHOP = "workshop", _("Workshop")
        WORLD_CAFE = "world_cafe", _("World café")
        WEBINAR = "webinar", _("Webinar")

    class Format(models.TextChoices):
        IN_PERSON = "in_person", _("In person")
        ONLINE = "online", _("Online")
        HYBRID = "hybrid", _("Hybrid")

    class Currency(models.TextChoices):
        SEK = "SEK", "SEK"
        DKK = "DKK", "DKK"
        NOK = "NOK", "NOK"
        EUR = "EUR", "EUR"

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(max_length=220, unique=True)
    kind = models.CharField(_("type"), max_length=24, choices=Kind.choices)
    format = models.CharField(
        _("format"), max_length=16, choices=Format.choices, default=Format.IN_PERSON
    )
    description_markdown = models.TextField(_("description"), blank=True)
    description_html = models.TextField(blank=True, editable=False)
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    address = models.CharField(_("address"), max_length=300, blank=True)
    city = models.CharField(_("city"), max_length=80, blank=True)
    country = CountryField(_("country"), blank=True)
    online_url = models.URLField(_("online link"), blank=True)
    host_organisation = models.ForeignKey(
        "members.Organisation",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="hosted_events",
        verbose_name=_("host organisation"),
    )
    organisers = models.ManyToManyField(
        settings.AUTH_USER_MODEL, related_name="organised_events", verbose_name=_("organisers")
    )
    group = models.ForeignKey(
        "forums.Group",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
        verbose_name=_("group"),
    )
    language = models.CharField(
        _("language"), max_length=5, choices=settings.LANGUAGES, default="en"
    )
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    time_zone = models.CharField(_("time zone"), max_length=40, default="Europe/Stockholm")
    capacity = models.PositiveIntegerField(_("capacity"), null=True, blank=True)
    registration_deadline = models.DateTimeField(_("registration deadline"), null=True, blank=True)
    fee = models.DecimalField(_("fee"), max_digits=8, decimal_places=2, default=0)
    currency = models.CharField(
        _("currency"), max_length=3, choices=Currency.choices, default=Currency.SEK
    )
    is_cancelled = models.BooleanField(_("cancelled"), default=False)
    # Kept by the registration services inside the same transaction as the registration.
    attendee_count = models.PositiveIntegerField(default=0, editable=False)
    waitlist_count = models.PositiveIntegerField(default=0, editable=False)
    # World café: tables and rounds for the seating planner.
    table_count = models.PositiveSmallIntegerField(_("tables"), null=True, blank=True)
    round_count = models.PositiveSmallIntegerField(_("rounds"), null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["starts_at"]
        verbose_name = _("event")
        verbose_name_plural = _("events")
        indexes = [
            models.Index(fields=["starts_at"], name="event_starts_idx"),
            models.Index(fields=["country", "starts_at"], name="event_country_starts"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gte=models.F("starts_at")),
                name="event_ends_after_start",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("events:event", args=[self.slug])

    @property
    def is_full(self) -> bool:
        return self.capacity is not None and self.attendee_count >= self.capacity

    @property
    def places_left(self) -> int | None:
        if self.capacity is None:
            return None
        return max(0, self.capacity - self.attendee_count)

    @property
    def is_past(self) -> bool:
        return self.ends_at < timezone.now()

    @property
    def registration_open(self) -> bool:
        now = timezone.now()
        if self.is_cancelled or self.starts_at <= now:
            return False
        return self.registration_deadline is None or now <= self.registration_deadline


class AgendaItem(models.Model):
    """A point on an event's programme: a keynote, a workshop, a break."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="agenda_items")
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"), null=True, blank=True)
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    speaker = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="talks",
        verbose_name=_("speaker (member)"),
    )
    guest_speaker = models.CharField(_("speaker (guest)"), max_length=150, blank=True)
    is_keynote = models.BooleanField(_("keynote"), default=False)

    class Meta:
        ordering = ["starts_at", "pk"]
        verbose_name = _("agenda item")
        verbose_name_plural = _("agenda items")

    def __str__(self):
        return self.title


class Registration(models.Model):
    class Status(models.TextChoices):
        REGISTERED = "registered", _("Registered")
        WAITLISTED = "waitlisted", _("On the waiting list")
        CANCELLED = "cancelled", _("Cancelled")

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="registrations")
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="registrations"
    )
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.REGISTERED)
    paid = models.BooleanField(_("paid"), default=False)
    is_table_host = models.BooleanField(_("table host"), default=False)
    checked_in_at = models.DateTimeField(null=True, blank=True)
    # Waiting-list order: first come, first served (set on every (re)registration).
    queued_at = models.DateTimeField(default=timezone.now)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["queued_at", "pk"]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        constraints = [
            models.UniqueConstraint(fields=["event", "member"], name="one_registration_per_event"),
        ]
        indexes = [
            models.Index(fields=["member", "status"], name="registration_member_status"),
            models.Index(fields=["event", "status", "queued_at"], name="registration_event_queue"),
        ]

    def __str__(self):
        return f"{self.member} at {self.event}"


class Reminder(models.Model):
    """A reminder email, recorded before it is sent: a second beat run finds it and stops."""

    class Kind(models.TextChoices):
        DAY_BEFORE = "day_before", _("A day before")
        TWO_HOURS = "two_hours", _("Two hours before")

    registration = models.ForeignKey(
        Registration, on_delete=models.CASCADE, related_name="reminders"
    )
    kind = models.CharField(max_length=16, choices=Kind.choices)
    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["registration", "kind"], name="one_reminder_per_kind"),
        ]

    def __str__(self):
        return f"{self.kind} for {self.registration_id}"


class AttendeeMessage(models.Model):
    """An organiser's message to everyone registered; each delivery is recorded once."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="messages")
    sender = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    subject = models.CharField(_("subject"), max_length=150)
    body = models.TextField(_("message"), max_length=5000)
    include_waitlist = models.BooleanField(_("also the waiting list"), default=False)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return self.subject


class MessageDelivery(models.Model):
    message = models.ForeignKey(
        AttendeeMessage, on_delete=models.CASCADE, related_name="deliveries"
    )
    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["message", "member"], name="one_delivery_per_member"),
        ]

    def __str__(self):
        return f"{self.message_id} to {self.member_id}"


class SeatingPlan(models.Model):
    """The world café planner's result: who sits at which table in each round."""

    event = models.OneToOneField(Event, on_delete=models.CASCADE, related_name="seating_plan")
    # {"rounds": [[[member ids at table 0], [table 1], ...], ...], "hosts": {table: member id}}
    assignment = models.JSONField(default=dict)
    repeated_pairs = models.PositiveIntegerField(default=0)
    same_organisation_pairs = models.PositiveIntegerField(default=0)
    average_new_people = models.FloatField(default=0)
    lower_bound_repeated_pairs = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return f"Seating for {self.event_id}"


def new_calendar_token() -> str:
    return secrets.token_urlsafe(24)


class CalendarFeed(models.Model):
    """The secret address of a member's personal calendar feed (revocable)."""

    member = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feed"
    )
    token = models.CharField(max_length=64, unique=True, default=new_calendar_token)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return f"Calendar of {self.member_id}"
