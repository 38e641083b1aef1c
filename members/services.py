"""Writes about members: profiles, invitations, language, consent, export and erasure."""

import io
import secrets
from datetime import timedelta

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.postgres.search import SearchVector
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.db.models import Q, Value
from django.utils import timezone
from django.utils.translation import gettext as _
from PIL import Image, ImageOps

from hrnet.celery import enqueue_on_commit
from hrnet.markdown import render_markdown
from members import caching
from members.auth_backends import forget_signed_in_member
from members.models import Invitation, Member, Organisation
from members.signals import member_erasing, personal_data_requested

PROFILE_FIELDS = (
    "display_name",
    "headline",
    "role",
    "country",
    "city",
    "languages",
    "bio_markdown",
    "linkedin_url",
    "directory_visibility",
    "preferred_language",
)


def organisation_for_name(name: str) -> Organisation | None:
    """The organisation a member typed, matched case- and space-insensitively; created if new."""
    name = " ".join((name or "").split())
    if not name:
        return None
    organisation, _created = Organisation.objects.get_or_create(
        normalised_name=Organisation.normalise(name), defaults={"name": name}
    )
    return organisation


def refresh_search_vector(member: Member) -> None:
    """Recompute the directory search document: name first, then headline, organisation, tags."""
    tags = " ".join(tag.name for tag in member.expertise.all())
    secondary = " ".join(
        part
        for part in (
            member.headline,
            member.organisation.name if member.organisation_id else "",
            member.city,
            tags,
        )
        if part
    )
    Member.objects.filter(pk=member.pk).update(
        search_vector=SearchVector(Value(member.display_name), weight="A", config="simple")
        + SearchVector(Value(secondary), weight="B", config="simple")
    )
    caching.bump_directory()  # update() sends no post_save: the search results change here


def resize_avatar(upload) -> ContentFile:
    """A square JPEG of AVATAR_SIZE_PX made from an already validated image upload."""
    upload.seek(0)
    with Image.open(upload) as image:
        image = ImageOps.exif_transpose(image).convert("RGB")
        image = ImageOps.fit(image, (settings.AVATAR_SIZE_PX, settings.AVATAR_SIZE_PX))
        buffer = io.BytesIO()
        image.save(buffer, format="JPEG", quality=85)
    return ContentFile(buffer.getvalue())


@transaction.atomic
def update_profile(
    *,
    member: Member,
    data: dict,
    organisation_name: str = "",
    expertise: list[str] | None = None,
    avatar=None,
    remove_avatar: bool = False,
) -> Member:
    """Save a member's profile from validated form data; renders the bio once, here."""
    for field in PROFILE_FIELDS:
        if field in data:
            setattr(member, field, data[field])
    member.organisation = organisation_for_name(organisation_name)
    member.bio_html = render_markdown(member.bio_markdown)
    if remove_avatar and member.avatar:
        member.avatar.delete(save=False)
    if avatar is not None:
        if member.avatar:
            member.avatar.delete(save=False)
        member.avatar.save(
            f"{member.pk}-{secrets.token_hex(4)}.jpg", resize_avatar(avatar), save=False
        )
    member.save()
    if expertise is not None:
        member.expertise.set(expertise, clear=True)
    refresh_search_vector(member)
    return member


def set_preferred_language(*, member: Member, language: str) -> Member:
    if language not in dict(settings.LANGUAGES):
        raise ValidationError(_("That language is not available."))
    Member.objects.filter(pk=member.pk).update(preferred_language=language)
    forget_signed_in_member(member.pk)
    member.preferred_language = language
    return member


def set_email_consent(*, member: Member, consent: bool) -> Member:
    if member.email_consent != consent:
        member.email_consent = consent
        member.email_consent_changed_at = timezone.now()
        member.save(update_fields=["email_consent", "email_consent_changed_at"])
    return member


EMAIL_PREFERENCES = ("digest_frequency", "email_on_replies", "email_on_mentions", "event_reminders")


def set_email_preferences(*, member: Member, consent: bool, preferences: dict) -> Member:
    """Save what the member wants by email; consent changes are time-stamped."""
    set_email_consent(member=member, consent=consent)
    changed = [field for field in EMAIL_PREFERENCES if field in preferences]
    for field in changed:
        setattr(member, field, preferences[field])
    if changed:
        member.save(update_fields=changed)
    return member


def mark_email_verified(*, member: Member) -> None:
    Member.objects.filter(pk=member.pk).update(email_verified=True)
    forget_signed_in_member(member.pk)
    member.email_verified = True
    caching.bump_directory()  # a verified member appears in the directory


# --- Invitations --------------------------------------------------------------------------------


def invite_colleague(*, inviter: Member, email: str, note: str = "") -> Invitation:
    """Invite someone by email. Refuses members, repeats and more than the daily allowance."""
    email = email.strip().lower()
    if Member.objects.filter(email__iexact=email).exists():
        raise ValidationError(_("%(email)s is already a member of HRnet.") % {"email": email})
    if Invitation.objects.filter(inviter=inviter, email__iexact=email).exists():
        raise ValidationError(_("You have already invited %(email)s.") % {"email": email})
    since = timezone.now() - timedelta(days=1)
    if (
        Invitation.objects.filter(inviter=inviter, created_at__gte=since).count()
        >= settings.INVITATIONS_PER_DAY
    ):
        raise ValidationError(
            _("You can send at most %(count)d invitations a day. Please try again tomorrow.")
            % {"count": settings.INVITATIONS_PER_DAY}
        )
    try:
        with transaction.atomic():
            invitation = Invitation.objects.create(
                inviter=inviter, email=email, note=note.strip(), token=secrets.token_urlsafe(32)
            )
    except IntegrityError as error:  # the same invitation submitted twice at once
        raise ValidationError(
            _("You have already invited %(email)s.") % {"email": email}
        ) from error
    from members.tasks import send_invitation_email

    enqueue_on_commit(send_invitation_email, invitation.pk)
    return invitation


def send_invitation(*, invitation_id: int) -> bool:
    """Send one invitation email exactly once: the row is locked and stamped in one transaction."""
    from members.emails import send_invitation_email_message

    with transaction.atomic():
        invitation = (
            Invitation.objects.select_for_update(skip_locked=True)
            .select_related("inviter")
            .filter(pk=invitation_id, sent_at__isnull=True)
            .first()
        )
        if invitation is None:
            return False
        send_invitation_email_message(invitation)
        invitation.sent_at = timezone.now()
        invitation.save(update_fields=["sent_at"])
    return True


def accept_invitation(*, invitation: Invitation, member: Member) -> Invitation:
    """Record that `member` joined through `invitation` (the first inviter wins)."""
    with transaction.atomic():
        invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
        if invitation.accepted_by_id is None:
            invitation.accepted_by = member
            invitation.accepted_at = timezone.now()
            invitation.save(update_fields=["accepted_by", "accepted_at"])
        if member.invited_by_id is None and invitation.inviter_id != member.pk:
            member.invited_by_id = invitation.inviter_id
            member.save(update_fields=["invited_by"])
    return invitation


# --- Privacy ------------------------------------------------------------------------------------


def export_personal_data(*, member: Member) -> dict:
    """Everything HRnet holds about a member, as JSON-ready data (GDPR art. 15 and 20)."""
    member = Member.objects.select_related("organisation", "invited_by").get(pk=member.pk)
    data = {
        "exported_at": timezone.now().isoformat(),
        "account": {
            "email": member.email,
            "date_joined": member.date_joined.isoformat(),
            "last_login": member.last_login.isoformat() if member.last_login else None,
            "email_addresses": [
                {"email": address.email, "verified": address.verified, "primary": address.primary}
                for address in EmailAddress.objects.filter(user=member)
            ],
            "email_consent": member.email_consent,
            "email_consent_changed_at": (
                member.email_consent_changed_at.isoformat()
                if member.email_consent_changed_at
                else None
            ),
            "preferred_language": member.preferred_language,
            "invited_by": member.invited_by.public_name if member.invited_by else None,
        },
        "profile": {
            "display_name": member.display_name,
            "headline": member.headline,
            "role": member.role,
            "organisation": member.organisation.name if member.organisation else None,
            "country": str(member.country) if member.country else "",
            "city": member.city,
            "languages": member.languages,
            "expertise": sorted(tag.name for tag in member.expertise.all()),
            "bio_markdown": member.bio_markdown,
            "linkedin_url": member.linkedin_url,
            "avatar": member.avatar.url if member.avatar else None,
            "directory_visibility": member.directory_visibility,
        },
        "invitations_sent": [
            {
                "email": invitation.email,
                "note": invitation.note,
                "created_at": invitation.created_at.isoformat(),
                "accepted": invitation.accepted_by_id is not None,
            }
            for invitation in member.invitations_sent.all()
        ],
    }
    for _receiver, section in personal_data_requested.send(sender=Member, member=member):
        data.update(section or {})
    return data


@transaction.atomic
def erase_member(*, member: Member, keep_posts: bool) -> Member:
    """Delete an account: personal data is erased; posts stay as "former member" or go."""
    member_erasing.send(sender=Member, member=member, keep_posts=keep_posts)
    if member.avatar:
        member.avatar.delete(save=False)
    member.expertise.clear()
    EmailAddress.objects.filter(user=member).delete()
    from allauth.socialaccount.models import SocialAccount

    SocialAccount.objects.filter(user=member).delete()
    member.invitations_sent.update(note="")
    # Invitations others sent to this address hold the address too: they go with the account.
    Invitation.objects.filter(Q(email__iexact=member.email) | Q(accepted_by=member)).delete()
    member.email = f"erased-{member.pk}-{secrets.token_hex(6)}@erased.invalid"
    for field in (
        "display_name",
        "headline",
        "role",
        "city",
        "bio_markdown",
        "bio_html",
        "linkedin_url",
        "preferred_language",
    ):
        setattr(member, field, "")
    member.country = ""
    member.languages = []
    member.organisation = None
    member.directory_visibility = Member.Visibility.HIDDEN
    member.email_consent = False
    member.is_active = False
    member.is_staff = False
    member.is_superuser = False
    member.erased_at = timezone.now()
    member.search_vector = None
    member.set_unusable_password()
    # Only what erasure changes: a stale in-memory copy must not rewrite other fields.
    member.save(
        update_fields=[
            "email",
            "display_name",
            "headline",
            "role",
            "city",
            "bio_markdown",
            "bio_html",
            "linkedin_url",
            "preferred_language",
            "country",
            "languages",
            "organisation",
            "directory_visibility",
            "email_consent",
            "is_active",
            "is_staff",
            "is_superuser",
            "erased_at",
            "search_vector",
            "password",
            "avatar",
        ]
    )
    return member
