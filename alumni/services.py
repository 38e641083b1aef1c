"""Writes about alumni networks: setting up, importing leavers, inviting, joining."""

import smtplib

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F, Q
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from alumni import selectors
from alumni.importing import read_leaver_register
from alumni.models import (
    AlumniMembership,
    AlumniNetwork,
    FormerEmployee,
    LeaverImport,
    new_invitation_token,
)
from forums import services as forum_services
from forums.models import Group, GroupMembership
from hrnet.celery import enqueue_on_commit
from hrnet.markdown import render_markdown
from members.services import organisation_for_name


def _admin_only(member, network) -> None:
    if not selectors.is_admin(member, network):
        raise PermissionDenied


@transaction.atomic
def create_network(
    *,
    creator,
    organisation_name: str,
    name: str,
    admin,
    purpose: str = "",
    guidelines: str = "",
    join_policy: str = AlumniNetwork.JoinPolicy.INVITATION,
) -> AlumniNetwork:
    """A site admin sets up a company's network with its first network admin."""
    if not creator.is_staff:
        raise PermissionDenied
    organisation = organisation_for_name(organisation_name)
    if AlumniNetwork.objects.filter(organisation=organisation).exists():
        raise ValidationError(
            _("%(org)s already has an alumni network.") % {"org": organisation.name}
        )
    group = forum_services.create_group(
        creator=admin,
        name=name,
        kind=Group.Kind.ALUMNI,
        visibility=Group.Visibility.HIDDEN,
        description=purpose,
    )
    base = slugify(name)[:140] or "alumni"
    slug, number = base, 2
    while AlumniNetwork.objects.filter(slug=slug).exists():
        slug, number = f"{base}-{number}", number + 1
    network = AlumniNetwork.objects.create(
        organisation=organisation,
        name=name,
        slug=slug,
        purpose=purpose,
        guidelines_markdown=guidelines,
        guidelines_html=render_markdown(guidelines),
        join_policy=join_policy,
        group=group,
    )
    AlumniMembership.objects.create(
        network=network,
        member=admin,
        role=AlumniMembership.Role.ADMIN,
        status=AlumniMembership.Status.APPROVED,
        approved_at=timezone.now(),
        accepted_guidelines_at=timezone.now(),
    )
    return network


@transaction.atomic
def update_network(
    *, admin, network: AlumniNetwork, purpose: str, guidelines: str, join_policy: str
) -> AlumniNetwork:
    _admin_only(admin, network)
    network.purpose = purpose
    network.guidelines_markdown = guidelines
    network.guidelines_html = render_markdown(guidelines)
    network.join_policy = join_policy
    network.save()
    return network


@transaction.atomic
def add_admin(*, admin, network: AlumniNetwork, member) -> AlumniMembership:
    _admin_only(admin, network)
    membership, _created = AlumniMembership.objects.update_or_create(
        network=network,
        member=member,
        defaults={
            "role": AlumniMembership.Role.ADMIN,
            "status": AlumniMembership.Status.APPROVED,
            "approved_at": timezone.now(),
        },
    )
    _sync_group(membership)
    return membership


def _sync_group(membership: AlumniMembership) -> None:
    """The private discussion group follows the network's membership."""
    group = membership.network.group
    if group is None:
        return
    if membership.status == AlumniMembership.Status.APPROVED:
        role = (
            GroupMembership.Role.MANAGER
            if membership.role == AlumniMembership.Role.ADMIN
            else GroupMembership.Role.MEMBER
        )
        forum_services.add_to_group(group=group, member=membership.member, role=role)
    else:
        forum_services.remove_from_group(group=group, member=membership.member)


# --- Importing the leaver register --------------------------------------------------------------


def preview_import(
    *, admin, network: AlumniNetwork, raw: bytes, filename: str = ""
) -> LeaverImport:
    """Parse the file and keep the preview; nothing about people is saved yet."""
    _admin_only(admin, network)
    result = read_leaver_register(raw)
    if result.problems and not result.rows:
        raise ValidationError(result.problems)
    return LeaverImport.objects.create(
        network=network,
        uploaded_by=admin,
        filename=filename[:200],
        rows=[row.as_dict() for row in result.rows],
        columns=result.columns,
    )


@transaction.atomic
def confirm_import(*, admin, leaver_import: LeaverImport) -> LeaverImport:
    """Save the good rows. The same person (by email) is updated, never duplicated."""
    network = leaver_import.network
    _admin_only(admin, network)
    leaver_import = LeaverImport.objects.select_for_update().get(pk=leaver_import.pk)
    if leaver_import.confirmed_at is not None:
        return leaver_import
    good = leaver_import.good_rows
    existing = {
        person.email.lower(): person
        for person in FormerEmployee.objects.filter(network=network)
        .annotate(email_lower=Lower("email"))
        .filter(email_lower__in=[row["email"].lower() for row in good])
    }
    created = updated = 0
    for row in good:
        person = existing.get(row["email"].lower())
        values = {
            "name": row["name"],
            "department": row["department"],
            "started_on": row["started_on"],
            "ended_on": row["ended_on"],
        }
        if person is None:
            FormerEmployee.objects.create(network=network, email=row["email"], **values)
            created += 1
        else:
            changed = {
                k: v for k, v in values.items() if v and str(getattr(person, k) or "") != str(v)
            }
            if changed:
                FormerEmployee.objects.filter(pk=person.pk).update(**changed)
                updated += 1
    leaver_import.confirmed_at = timezone.now()
    leaver_import.created_count, leaver_import.updated_count = created, updated
    leaver_import.save(update_fields=["confirmed_at", "created_count", "updated_count"])
    return leaver_import


# --- Invitations --------------------------------------------------------------------------------

# Declined people said no: we promised not to write again.
INVITABLE = (
    FormerEmployee.Status.NOT_INVITED,
    FormerEmployee.Status.INVITED,
    FormerEmployee.Status.BOUNCED,
)


@transaction.atomic
def request_invitations(*, admin, network: AlumniNetwork, former_employee_ids) -> int:
    """Invite (or invite again) the selected people; Celery sends them in rate-limited batches."""
    _admin_only(admin, network)
    count = FormerEmployee.objects.filter(
        network=network, pk__in=list(former_employee_ids), status__in=INVITABLE
    ).update(invitation_requested_at=timezone.now())
    if count:
        from alumni.tasks import send_alumni_invitations

        enqueue_on_commit(send_alumni_invitations, network.pk)
    return count


@transaction.atomic
def revoke_invitation(*, admin, person: FormerEmployee) -> FormerEmployee:
    _admin_only(admin, person.network)
    if person.status == FormerEmployee.Status.JOINED:
        raise ValidationError(_("%(name)s has already joined.") % {"name": person.name})
    person.status = FormerEmployee.Status.REVOKED
    person.token = new_invitation_token()  # the emailed link stops working
    person.invitation_requested_at = None
    person.save(update_fields=["status", "token", "invitation_requested_at"])
    return person


def _due():
    return Q(invitation_requested_at__isnull=False) & (
        Q(invited_at__isnull=True) | Q(invited_at__lt=F("invitation_requested_at"))
    )


def send_requested_invitations(*, network_id: int, limit: int | None = None) -> tuple[int, int]:
    """Send due invitations, at most `limit` in this run; returns (sent, still due).
    Each row is locked, sent and stamped in one transaction: a retry never sends twice."""
    from alumni.emails import send_alumni_invitation_email

    limit = limit or settings.ALUMNI_INVITATIONS_PER_MINUTE
    sent = 0
    while sent < limit:
        with transaction.atomic():
            person = (
                FormerEmployee.objects.select_for_update(skip_locked=True)
                .select_related("network__organisation")
                .filter(_due(), network_id=network_id, status__in=INVITABLE)
                .order_by("invitation_requested_at", "pk")
                .first()
            )
            if person is None:
                break
            try:
                send_alumni_invitation_email(person)
            except smtplib.SMTPRecipientsRefused:
                person.status = FormerEmployee.Status.BOUNCED
            except smtplib.SMTPResponseException as error:
                if error.smtp_code < 500:
                    raise  # temporary: the task retries
                person.status = FormerEmployee.Status.BOUNCED
            else:
                person.status = FormerEmployee.Status.INVITED
                person.invitations_sent += 1
            person.invited_at = timezone.now()
            person.save(update_fields=["status", "invited_at", "invitations_sent"])
            sent += 1
    still_due = FormerEmployee.objects.filter(
        _due(), network_id=network_id, status__in=INVITABLE
    ).count()
    return sent, still_due


@transaction.atomic
def decline_invitation(*, person: FormerEmployee) -> FormerEmployee:
    if person.status not in (FormerEmployee.Status.JOINED, FormerEmployee.Status.REVOKED):
        person.status = FormerEmployee.Status.DECLINED
        person.save(update_fields=["status"])
    return person


@transaction.atomic
def join_by_invitation(*, member, person: FormerEmployee) -> AlumniMembership:
    """The invitee accepted the guidelines: they are in, with what the register says."""
    person = FormerEmployee.objects.select_for_update().select_related("network").get(pk=person.pk)
    if person.status == FormerEmployee.Status.REVOKED:
        raise ValidationError(_("This invitation has been withdrawn."))
    if person.member_id is not None and person.member_id != member.pk:
        raise ValidationError(_("This invitation has already been used by someone else."))
    now = timezone.now()
    membership, _created = AlumniMembership.objects.get_or_create(
        network=person.network,
        member=member,
        defaults={
            "department": person.department,
            "started_on": person.started_on,
            "ended_on": person.ended_on,
        },
    )
    if membership.status != AlumniMembership.Status.APPROVED:
        membership.status = AlumniMembership.Status.APPROVED
        membership.approved_at = now
    membership.accepted_guidelines_at = membership.accepted_guidelines_at or now
    membership.save()
    person.status, person.member = FormerEmployee.Status.JOINED, member
    person.save(update_fields=["status", "member"])
    _sync_group(membership)
    return membership


# --- Requests and profiles ----------------------------------------------------------------------


@transaction.atomic
def request_to_join(
    *, member, network: AlumniNetwork, department: str = "", started_on=None, ended_on=None
) -> AlumniMembership:
    if network.join_policy != AlumniNetwork.JoinPolicy.REQUEST:
        raise PermissionDenied(_("This network is by invitation only."))
    membership, created = AlumniMembership.objects.get_or_create(
        network=network,
        member=member,
        defaults={
            "department": department,
            "started_on": started_on,
            "ended_on": ended_on,
            "accepted_guidelines_at": timezone.now(),
        },
    )
    if not created and membership.status == AlumniMembership.Status.DECLINED:
        raise ValidationError(_("Your earlier request was declined by the network's admins."))
    return membership


@transaction.atomic
def decide_request(*, admin, membership: AlumniMembership, approve: bool) -> AlumniMembership:
    _admin_only(admin, membership.network)
    if membership.status != AlumniMembership.Status.PENDING:
        return membership
    membership.status = (
        AlumniMembership.Status.APPROVED if approve else AlumniMembership.Status.DECLINED
    )
    membership.approved_at = timezone.now() if approve else None
    membership.save(update_fields=["status", "approved_at"])
    _sync_group(membership)
    from notifications.models import Notification
    from notifications.services import notify

    notify(
        recipient=membership.member,
        kind=Notification.Kind.ALUMNI_INVITATION,
        key=f"alumni-request:{membership.pk}:{membership.status}",
        message=(
            _("Welcome to %(network)s!")
            if approve
            else _("Your request to join %(network)s was declined.")
        )
        % {"network": membership.network.name},
        url=membership.network.get_absolute_url() if approve else "",
        email=True,
    )
    return membership


@transaction.atomic
def accept_guidelines(*, member, network: AlumniNetwork) -> AlumniMembership:
    membership = selectors.membership_in(member, network)
    if membership is None:
        raise PermissionDenied
    membership.accepted_guidelines_at = timezone.now()
    membership.save(update_fields=["accepted_guidelines_at"])
    return membership


@transaction.atomic
def update_alumni_profile(*, member, network: AlumniNetwork, data: dict) -> AlumniMembership:
    membership = selectors.membership_in(member, network)
    if membership is None or membership.status != AlumniMembership.Status.APPROVED:
        raise PermissionDenied
    for field in ("department", "started_on", "ended_on", "open_to_returning", "returning_areas"):
        if field in data:
            setattr(membership, field, data[field])
    if (
        membership.started_on
        and membership.ended_on
        and membership.ended_on < membership.started_on
    ):
        raise ValidationError(_("The end date is before the start date."))
    membership.save()
    return membership


@transaction.atomic
def leave_network(*, member, network: AlumniNetwork) -> None:
    membership = selectors.membership_in(member, network)
    if membership is None:
        return
    if membership.role == AlumniMembership.Role.ADMIN:
        others = AlumniMembership.objects.filter(
            network=network,
            role=AlumniMembership.Role.ADMIN,
            status=AlumniMembership.Status.APPROVED,
        ).exclude(pk=membership.pk)
        if not others.exists():
            raise ValidationError(_("You are the network's only admin. Add another admin first."))
    membership.delete()
    if network.group_id:
        forum_services.remove_from_group(group=network.group, member=member)
