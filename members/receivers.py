from allauth.account.models import EmailAddress
from allauth.account.signals import email_confirmed, user_signed_up
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from members import home_cache, selectors, services
from members.adapters import INVITATION_SESSION_KEY
from members.auth_backends import forget_signed_in_member
from members.models import Invitation, Member


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
