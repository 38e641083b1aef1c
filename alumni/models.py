import secrets

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class AlumniNetwork(models.Model):
    """A company's private network of its former employees."""

    class JoinPolicy(models.TextChoices):
        INVITATION = "invitation", _("By invitation only")
        REQUEST = "request", _("By request, approved by an admin")

    organisation = models.OneToOneField(
        "members.Organisation",
        on_delete=models.CASCADE,
        related_name="alumni_network",
        verbose_name=_("organisation"),
    )
    name = models.CharField(_("name"), max_length=150)
    slug = models.SlugField(max_length=160, unique=True)
    purpose = models.TextField(_("purpose"), blank=True)
    guidelines_markdown = models.TextField(_("guidelines"), blank=True)
    guidelines_html = models.TextField(blank=True, editable=False)
    join_policy = models.CharField(
        _("how people join"),
        max_length=16,
        choices=JoinPolicy.choices,
        default=JoinPolicy.INVITATION,
    )
    group = models.OneToOneField(
        "forums.Group",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="alumni_network",
        verbose_name=_("private discussion group"),
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["name"]
        verbose_name = _("alumni network")
        verbose_name_plural = _("alumni networks")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("alumni:network", args=[self.slug])


class AlumniMembership(models.Model):
    class Role(models.TextChoices):
        ALUMNUS = "alumnus", _("Alumnus")
        ADMIN = "admin", _("Network admin")

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for approval")
        APPROVED = "approved", _("Approved")
        DECLINED = "declined", _("Declined")

    network = models.ForeignKey(AlumniNetwork, on_delete=models.CASCADE, related_name="memberships")
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="alumni_memberships"
    )
    role = models.CharField(max_length=16, choices=Role.choices, default=Role.ALUMNUS)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING)
    department = models.CharField(_("department"), max_length=120, blank=True)
    started_on = models.DateField(_("started"), null=True, blank=True)
    ended_on = models.DateField(_("left"), null=True, blank=True)
    open_to_returning = models.BooleanField(_("open to returning"), default=False)
    returning_areas = models.CharField(_("areas I would return to"), max_length=200, blank=True)
    accepted_guidelines_at = models.DateTimeField(null=True, blank=True)
    approved_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("alumni membership")
        verbose_name_plural = _("alumni memberships")
        constraints = [
            models.UniqueConstraint(fields=["network", "member"], name="one_alumni_membership"),
        ]

    def __str__(self):
        return f"{self.member} in {self.network}"


def new_invitation_token() -> str:
    return secrets.token_urlsafe(32)


class FormerEmployee(models.Model):
    """A person from the company's leaver register, and where their invitation stands."""

    class Status(models.TextChoices):
        NOT_INVITED = "not_invited", _("Not invited")
        INVITED = "invited", _("Invited")
        JOINED = "joined", _("Joined")
        DECLINED = "declined", _("Declined")
        BOUNCED = "bounced", _("Bounced")
        REVOKED = "revoked", _("Invitation revoked")

    network = models.ForeignKey(
        AlumniNetwork, on_delete=models.CASCADE, related_name="former_employees"
    )
    name = models.CharField(_("name"), max_length=150)
    email = models.EmailField(_("email address"))
    department = models.CharField(_("department"), max_length=120, blank=True)
    started_on = models.DateField(_("started"), null=True, blank=True)
    ended_on = models.DateField(_("left"), null=True, blank=True)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.NOT_INVITED)
    token = models.CharField(max_length=64, unique=True, default=new_invitation_token)
    # The outbox: an invitation is due when requested after the last send.
    invitation_requested_at = models.DateTimeField(null=True, blank=True)
    invited_at = models.DateTimeField(null=True, blank=True)
    invitations_sent = models.PositiveSmallIntegerField(default=0)
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    imported_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["name"]
        verbose_name = _("former employee")
        verbose_name_plural = _("former employees")
        constraints = [
            models.UniqueConstraint(
                "network", Lower("email"), name="former_employee_once_per_network"
            ),
        ]
        indexes = [
            models.Index(
                fields=["invitation_requested_at"],
                name="former_employee_to_invite",
                condition=models.Q(invitation_requested_at__isnull=False),
            )
        ]

    def __str__(self):
        return f"{self.name} <{self.email}>"

    def get_invitation_url(self):
        return reverse("alumni:invitation", args=[self.token])


class LeaverImport(models.Model):
    """A parsed leaver register waiting for the admin's confirmation (the preview)."""

    network = models.ForeignKey(AlumniNetwork, on_delete=models.CASCADE, related_name="imports")
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    filename = models.CharField(max_length=200, blank=True)
    rows = models.JSONField(default=list)
    columns = models.JSONField(default=dict)
    created_at = models.DateTimeField(default=timezone.now)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    created_count = models.PositiveIntegerField(default=0)
    updated_count = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.filename} ({self.created_at:%Y-%m-%d})"

    @property
    def good_rows(self):
        return [row for row in self.rows if not row["errors"]]

    @property
    def bad_rows(self):
        return [row for row in self.rows if row["errors"]]
