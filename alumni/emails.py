"""The invitation email to a former employee (they may have no account yet)."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation

from alumni.models import FormerEmployee

COUNTRY_LANGUAGE = {"SE": "sv", "DK": "da", "NO": "nb", "NL": "nl"}


def send_alumni_invitation_email(person: FormerEmployee) -> None:
    network = person.network
    # Written in the company's language: the best guess for someone who has no account.
    language = COUNTRY_LANGUAGE.get(str(network.organisation.country), settings.LANGUAGE_CODE)
    with translation.override(language):
        context = {
            "person": person,
            "network": network,
            "url": settings.SITE_URL.rstrip("/") + person.get_invitation_url(),
        }
        subject = render_to_string("alumni/email/invitation_subject.txt", context).strip()
        text = render_to_string("alumni/email/invitation.txt", context)
        html = render_to_string("alumni/email/invitation.html", context)
    message = EmailMultiAlternatives(subject, text, to=[person.email])
    message.attach_alternative(html, "text/html")
    message.send()
