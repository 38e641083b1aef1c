from django.conf import settings
from django.db import models
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
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("alumni membership")
        verbose_name_plural = _("alumni memberships")
        constraints = [
            models.UniqueConstraint(fields=["network", "member"], name="one_alumni_membership"),
        ]

    def __str__(self):
        return f"{self.member} in {self.network}"
