from allauth.account.models import EmailAddress
from allauth.account.signals import email_confirmed, user_signed_up
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from taggit.models import Tag

from members import caching, home_cache, selectors, services
from members.adapters import INVITATION_SESSION_KEY
from members.auth_backends import forget_signed_in_member
from members.models import Invitation, Member, Organisation


@receiver(email_confirmed)
def remember_verified_email(sender, request, email_address, **kwargs):
    services.mark_email_verified(member=email_address.user)


@receiver(user_signed_up)
def link_invitation_and_verification(sender, request, user, **kwargs):
    # Email verified at sign-up: an invitation link or a social provider proved the address.
    if EmailAddress.objects.filter(user=user, verified=True).exists():
        services.mark_email_verified(member=user)
    token = request.session.pop(INVITATION_SESSION_KEY, None) if request else None
    if token:
        invitation = selectors.invitation_by_token(token)
        if invitation is not None:
            services.accept_invitation(invitation=invitation, member=user)


@receiver([post_save, post_delete], sender=Member)
def forget_cached_member(sender, instance, **kwargs):
    forget_signed_in_member(instance.pk)
    # The home page greets the member and counts who joined through their invitations.
    home_cache.forget_homes([instance.pk, instance.invited_by_id])


@receiver([post_save, post_delete], sender=Invitation)
def invitation_changed(sender, instance, **kwargs):
    home_cache.forget_homes([instance.inviter_id])


# --- Cached directory pages (members.caching): every change to a public profile makes them stale


# Saves of these fields alone change nothing a list of people shows (a sign-in saves last_login).
NOT_SHOWN_IN_LISTS = frozenset(
    {
        "last_login",
        "password",
        "preferred_language",
        "email_consent",
        "email_consent_changed_at",
        "digest_frequency",
        "email_on_replies",
        "email_on_mentions",
        "event_reminders",
    }
)


@receiver(post_save, sender=Member)
def member_saved(sender, instance, update_fields=None, **kwargs):
    if update_fields is None or not set(update_fields) <= NOT_SHOWN_IN_LISTS:
        caching.bump_directory()


@receiver(post_delete, sender=Member)
@receiver(post_delete, sender=Organisation)
@receiver(post_delete, sender=Tag)
def directory_content_deleted(sender, **kwargs):
    caching.bump_directory()


@receiver(post_save, sender=Organisation)
@receiver(post_save, sender=Tag)
def directory_content_renamed(sender, created=False, **kwargs):
    # A new organisation or tag is on nobody's card yet: the member's save that links it bumps.
    if not created:
        caching.bump_directory()


@receiver(m2m_changed, sender=Member.expertise.through)
def expertise_changed(sender, instance, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear") and isinstance(instance, Member):
        caching.bump_directory()
