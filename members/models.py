from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from taggit.managers import TaggableManager


class RoleCategory(models.TextChoices):
    HR_DIRECTOR = "hr_director", _("HR director / HR manager")
    HR_BUSINESS_PARTNER = "hr_business_partner", _("HR business partner")
    PAYROLL_MANAGER = "payroll_manager", _("Payroll manager")
    PAYROLL_ADMINISTRATOR = "payroll_administrator", _("Payroll administrator")
    HR_SYSTEMS = "hr_systems", _("HR / payroll systems")
    RECRUITER = "recruiter", _("Recruiter")
    CONSULTANT = "consultant", _("Consultant / interim")
    LINE_MANAGER = "line_manager", _("Line manager")
    STUDENT = "student", _("Student")
    OTHER = "other", _("Other")


class SpokenLanguage(models.TextChoices):
    ENGLISH = "en", _("English")
    SWEDISH = "sv", _("Swedish")
    DANISH = "da", _("Danish")
    NORWEGIAN = "nb", _("Norwegian")
    DUTCH = "nl", _("Dutch")
    FINNISH = "fi", _("Finnish")
    GERMAN = "de", _("German")
    FRENCH = "fr", _("French")
    SPANISH = "es", _("Spanish")
    POLISH = "pl", _("Polish")
    ICELANDIC = "is", _("Icelandic")


class InterfaceLanguage(models.TextChoices):
    ENGLISH = "en", "English"
    SWEDISH = "sv", "Svenska"
    DANISH = "da", "Dansk"
    NORWEGIAN = "nb", "Norsk bokmål"
    DUTCH = "nl", "Nederlands"


class DigestFrequency(models.TextChoices):
    DAILY = "daily", _("Daily")
    WEEKLY = "weekly", _("Weekly")
    OFF = "off", _("Never")


class Organisation(models.Model):
    """An employer, consultancy, vendor or school; shared by profiles, events and alumni."""

    class Kind(models.TextChoices):
        EMPLOYER = "employer", _("Employer (in-house HR)")
        CONSULTANCY = "consultancy", _("Consultancy")
        RECRUITMENT_AGENCY = "recruitment_agency", _("Recruitment agency")
        VENDOR = "vendor", _("HR or payroll system vendor")
        PUBLIC_SECTOR = "public_sector", _("Public sector")
        EDUCATION = "education", _("University or school")
        OTHER = "other", _("Other")

    name = models.CharField(_("name"), max_length=150)
    # Lower-cased, trimmed name: "Volvo Cars" typed by two members is one organisation.
    normalised_name = models.CharField(max_length=150, unique=True, editable=False)
    kind = models.CharField(_("kind"), max_length=32, choices=Kind.choices, default=Kind.EMPLOYER)
    country = CountryField(_("country"), blank=True)
    website = models.URLField(_("website"), blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.name = " ".join(self.name.split())
        self.normalised_name = self.normalise(self.name)
        super().save(*args, **kwargs)

    @staticmethod
    def normalise(name: str) -> str:
        return " ".join(name.split()).casefold()


class MemberManager(BaseUserManager):
    use_in_migrations = True

    def _create(self, email, password, **extra):
        if not email:
            raise ValueError("Members sign in with an email address.")
        member = self.model(email=self.normalize_email(email).lower(), **extra)
        member.set_password(password)
        member.save(using=self._db)
        return member

    def create_user(self, email, password=None, **extra):
        extra.setdefault("is_staff", False)
        extra.setdefault("is_superuser", False)
        return self._create(email, password, **extra)

    def create_superuser(self, email, password=None, **extra):
        extra.update(is_staff=True, is_superuser=True)
        extra.setdefault("display_name", "Administrator")
        return self._create(email, password, **extra)


class Member(AbstractBaseUser, PermissionsMixin):
    """A person in the network. The email address is the login."""

    class Visibility(models.TextChoices):
        MEMBERS = "members", _("Visible to signed-in members")
        HIDDEN = "hidden", _("Hidden from the directory")

    email = models.EmailField(_("email address"), unique=True)
    display_name = models.CharField(_("name"), max_length=120, blank=True)
    headline = models.CharField(
        _("headline"),
        max_length=160,
        blank=True,
        help_text=_("One line about what you do, e.g. “Payroll manager at a retail chain”."),
    )
    role = models.CharField(_("role"), max_length=32, choices=RoleCategory.choices, blank=True)
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="members",
    )
    country = CountryField(_("country"), blank=True)
    city = models.CharField(_("city"), max_length=80, blank=True)
    languages = ArrayField(
        models.CharField(max_length=5, choices=SpokenLanguage.choices),
        verbose_name=_("languages"),
        default=list,
        blank=True,
    )
    expertise = TaggableManager(
        verbose_name=_("expertise"),
        blank=True,
        help_text=_("Comma-separated, e.g. payroll, labour law, onboarding."),
    )
    bio_markdown = models.TextField(_("about me"), blank=True, max_length=5000)
    bio_html = models.TextField(blank=True, editable=False)
    linkedin_url = models.URLField(_("LinkedIn profile"), blank=True)
    avatar = models.ImageField(_("photo"), upload_to="avatars/", blank=True)
    directory_visibility = models.CharField(
        _("directory visibility"),
        max_length=16,
        choices=Visibility.choices,
        default=Visibility.MEMBERS,
    )
    preferred_language = models.CharField(
        _("preferred language"), max_length=5, choices=InterfaceLanguage.choices, blank=True
    )
    email_verified = models.BooleanField(default=False, editable=False)
    invited_by = models.ForeignKey(
        "self",
        verbose_name=_("invited by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="invitees",
    )
    # Consent for non-essential email (digests, newsletter); account email is always sent.
    email_consent = models.BooleanField(_("news and digest emails"), default=False)
    email_consent_changed_at = models.DateTimeField(null=True, blank=True)
    # What a member hears about by email (all also shown in the app).
    digest_frequency = models.CharField(
        _("digest"), max_length=8, choices=DigestFrequency.choices, default=DigestFrequency.WEEKLY
    )
    email_on_replies = models.BooleanField(_("replies to my posts"), default=True)
    email_on_mentions = models.BooleanField(_("mentions of me"), default=True)
    event_reminders = models.BooleanField(_("event reminders"), default=True)
    erased_at = models.DateTimeField(null=True, blank=True, editable=False)
    is_active = models.BooleanField(default=True)
    is_staff = models.BooleanField(default=False)
    date_joined = models.DateTimeField(default=timezone.now)
    search_vector = SearchVectorField(null=True, editable=False)

    objects = MemberManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    class Meta:
        verbose_name = _("member")
        verbose_name_plural = _("members")
        constraints = [
            models.UniqueConstraint(Lower("email"), name="member_email_ci_unique"),
        ]
        indexes = [
            GinIndex(fields=["search_vector"], name="member_search_gin"),
            models.Index(fields=["role"], name="member_role_idx"),
            models.Index(fields=["country"], name="member_country_idx"),
            models.Index(Lower("display_name"), name="member_name_idx"),
        ]

    def __str__(self):
        return self.public_name

    @property
    def is_erased(self) -> bool:
        return self.erased_at is not None

    @property
    def public_name(self) -> str:
        if self.is_erased:
            return str(_("Former member"))
        return self.display_name or self.email.split("@")[0]

    @property
    def initials(self) -> str:
        parts = self.public_name.split()
        return "".join(p[0] for p in parts[:2]).upper() or "?"

    @property
    def spoken_languages_display(self) -> list[str]:
        labels = dict(SpokenLanguage.choices)
        return [str(labels[code]) for code in self.languages if code in labels]

    def get_full_name(self):
        return self.public_name

    def get_short_name(self):
        return self.public_name

    def get_absolute_url(self):
        return reverse("members:profile", args=[self.pk])


class Invitation(models.Model):
    """A member's invitation of a colleague by email. The row is also the outbox of its email."""

    inviter = models.ForeignKey(
        Member,
        on_delete=models.CASCADE,
        related_name="invitations_sent",
        verbose_name=_("invited by"),
    )
    email = models.EmailField(_("email address"))
    note = models.TextField(_("personal note"), blank=True, max_length=1000)
    token = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)
    accepted_by = models.ForeignKey(
        Member, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    accepted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        constraints = [
            models.UniqueConstraint(
                "inviter", Lower("email"), name="invitation_once_per_inviter_and_email"
            ),
        ]
        indexes = [
            models.Index(Lower("email"), name="invitation_email_idx"),
            models.Index(
                fields=["created_at"],
                name="invitation_unsent_idx",
                condition=models.Q(sent_at__isnull=True),
            ),
        ]

    def __str__(self):
        return f"{self.inviter} → {self.email}"

    def get_absolute_url(self):
        return reverse("members:accept_invitation", args=[self.token])
