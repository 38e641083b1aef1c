"""Email messages about members, rendered in the recipient's language (HTML and plain text)."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation

from members.models import Invitation


def send_invitation_email_message(invitation: Invitation) -> None:
    inviter = invitation.inviter
    # The invitee has no account yet: write in the inviter's language, the best guess we have.
    language = inviter.preferred_language or settings.LANGUAGE_CODE
    with translation.override(language):
        context = {
            "invitation": invitation,
            "inviter": inviter,
            "accept_url": settings.SITE_URL.rstrip("/") + invitation.get_absolute_url(),
        }
        subject = render_to_string("members/email/invitation_subject.txt", context).strip()
        text = render_to_string("members/email/invitation.txt", context)
        html = render_to_string("members/email/invitation.html", context)
    message = EmailMultiAlternatives(subject, text, to=[invitation.email])
    message.attach_alternative(html, "text/html")
    message.send()
