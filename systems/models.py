"""The HR-systems experience map: which payroll and HR systems members' organisations use."""

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField


class Category(models.TextChoices):
    PAYROLL = "payroll", _("Payroll")
    HRIS = "hris", _("HRIS / core HR")
    TIME = "time", _("Time and attendance")
    RECRUITMENT = "recruitment", _("Recruitment / ATS")
    LEARNING = "learning", _("Learning")
    PENSIONS = "pensions", _("Pensions and benefits")
    CONSULTANCY = "consultancy", _("HR consultancy")
    TRAINING = "training", _("Training provider")


class OrganisationSize(models.TextChoices):
    MICRO = "1-49", _("1–49 employees")
    SMALL = "50-249", _("50–249 employees")
    MEDIUM = "250-999", _("250–999 employees")
    LARGE = "1000-4999", _("1,000–4,999 employees")
    ENTERPRISE = "5000+", _("5,000 or more employees")


class ReviewStatus(models.TextChoices):
    PUBLISHED = "published", _("Published")
    HELD = "held", _("Waiting for review")
    REJECTED = "rejected", _("Rejected")


def normalise_vendor(name: str) -> str:
    return " ".join((name or "").split()).casefold()


class System(models.Model):
    """A system or an HR service provider in the catalogue (or a member's proposal for one)."""

    class Status(models.TextChoices):
        PROPOSED = "proposed", _("Proposed, waiting for an administrator")
        ACCEPTED = "accepted", _("In the catalogue")
        REJECTED = "rejected", _("Not accepted")
        MERGED = "merged", _("Merged into another entry")

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(max_length=140, unique=True)
    category = models.CharField(_("category"), max_length=20, choices=Category.choices)
    vendor = models.CharField(_("vendor or provider"), max_length=120)
    # Lower-cased vendor name: "Visma" on Visma Lön and Visma.net Payroll is one vendor.
    vendor_key = models.CharField(max_length=120, editable=False, db_index=True)
    vendor_organisation = models.ForeignKey(
        "members.Organisation",
        verbose_name=_("vendor organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Members employed here cannot rate this entry."),
    )
    country = CountryField(_("vendor's country"), blank=True)
    markets = ArrayField(
        models.CharField(max_length=2),
        verbose_name=_("countries where it is used"),
        default=list,
        blank=True,
    )
    website = models.URLField(_("website"), blank=True)
    description = models.CharField(_("description"), max_length=300, blank=True)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.ACCEPTED)
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    proposal_note = models.CharField(_("note to the administrators"), max_length=500, blank=True)
    merged_into = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    # Counters every listing shows, kept by systems.services.refresh_counters.
    organisation_count = models.PositiveIntegerField(default=0, editable=False)
    rating_count = models.PositiveIntegerField(default=0, editable=False)
    rating_total = models.PositiveIntegerField(default=0, editable=False)

    class Meta:
        ordering = ["name"]
        verbose_name = _("system or provider")
        verbose_name_plural = _("systems and providers")
        indexes = [
            models.Index(fields=["status", "category"], name="system_status_category"),
            models.Index(Lower("name"), name="system_name_ci"),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.vendor_key = normalise_vendor(self.vendor)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("systems:detail", args=[self.slug])

    @property
    def average(self) -> float | None:
        """The average rating, or None below the threshold (too few to mean anything)."""
        if self.rating_count < settings.SYSTEMS_MIN_RATINGS or not self.rating_count:
            return None
        return round(self.rating_total / self.rating_count, 1)


class Declaration(models.Model):
    """A member says their organisation uses a system: since when, how happy, what is good/bad.

    The written part (strengths, weaknesses, why they switched) is a review: screened and held
    like a forum post until a moderator approves it.
    """

    system = models.ForeignKey(System, on_delete=models.CASCADE, related_name="declarations")
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="system_declarations"
    )
    organisation = models.ForeignKey(
        "members.Organisation", on_delete=models.CASCADE, related_name="system_declarations"
    )
    organisation_size = models.CharField(
        _("organisation size"), max_length=10, choices=OrganisationSize.choices, blank=True
    )
    since = models.DateField(_("in use since"), null=True, blank=True)
    satisfaction = models.PositiveSmallIntegerField(
        _("satisfaction"),
        null=True,
        blank=True,
        choices=[(n, str(n)) for n in range(1, 6)],
    )
    strengths_markdown = models.TextField(_("strengths"), blank=True, max_length=4000)
    strengths_html = models.TextField(blank=True, editable=False)
    weaknesses_markdown = models.TextField(_("weaknesses"), blank=True, max_length=4000)
    weaknesses_html = models.TextField(blank=True, editable=False)
    moved_from = models.ForeignKey(
        System,
        verbose_name=_("moved from"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="switches_away",
    )
    moved_from_reason_markdown = models.TextField(
        _("why you switched"), blank=True, max_length=2000
    )
    moved_from_reason_html = models.TextField(blank=True, editable=False)
    may_contact = models.BooleanField(_("other members may ask me about it"), default=False)
    # Set when written: the author works for or with the vendor (cannot rate, labelled).
    by_vendor = models.BooleanField(default=False, editable=False)
    review_status = models.CharField(
        max_length=16, choices=ReviewStatus.choices, default=ReviewStatus.PUBLISHED
    )
    moderation_note = models.CharField(max_length=300, blank=True)
    spam_score = models.FloatField(null=True, blank=True, editable=False)
    published_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-updated_at", "-pk"]
        verbose_name = _("system declaration")
        verbose_name_plural = _("system declarations")
        constraints = [
            models.UniqueConstraint(
                fields=["system", "member", "organisation"],
                name="one_declaration_per_member_organisation_system",
            ),
            models.CheckConstraint(
                condition=models.Q(satisfaction__isnull=True)
                | models.Q(satisfaction__gte=1, satisfaction__lte=5),
                name="satisfaction_one_to_five",
            ),
            models.CheckConstraint(
                condition=models.Q(by_vendor=False) | models.Q(satisfaction__isnull=True),
                name="vendor_staff_do_not_rate",
            ),
        ]
        indexes = [
            models.Index(fields=["system", "review_status"], name="declaration_system_status"),
            models.Index(fields=["organisation", "system"], name="declaration_org_system"),
            models.Index(fields=["moved_from"], name="declaration_moved_from"),
            models.Index(
                fields=["published_at"],
                name="declaration_published",
                condition=models.Q(review_status="published"),
            ),
        ]

    def __str__(self):
        return f"{self.member_id} uses {self.system_id}"

    @property
    def has_review(self) -> bool:
        return bool(
            self.strengths_markdown.strip()
            or self.weaknesses_markdown.strip()
            or self.moved_from_reason_markdown.strip()
        )

    def review_text(self) -> str:
        return "\n\n".join(
            part
            for part in (
                self.strengths_markdown,
                self.weaknesses_markdown,
                self.moved_from_reason_markdown,
            )
            if part.strip()
        )


class Affiliation(models.Model):
    """A member's declared interest: they work for, resell or consult on a vendor's systems."""

    class Kind(models.TextChoices):
        EMPLOYEE = "employee", _("I work for the vendor or provider")
        PARTNER = "partner", _("I work for a partner or reseller")
        CONSULTANT = "consultant", _("I am paid to implement or advise on it")

    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="system_affiliations"
    )
    system = models.ForeignKey(System, on_delete=models.CASCADE, related_name="affiliations")
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("vendor affiliation")
        verbose_name_plural = _("vendor affiliations")
        constraints = [
            models.UniqueConstraint(fields=["member", "system"], name="one_affiliation_per_system")
        ]

    def __str__(self):
        return f"{self.member_id} {self.kind} {self.system_id}"
