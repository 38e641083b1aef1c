"""Emails about events, in the recipient's language, with HTML and plain text."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation

from events.calendar import event_ics
from notifications import unsubscribe


def _send(
    member, template: str, context: dict, *, ics: bytes | None = None, topic: str = ""
) -> None:
    with translation.override(member.preferred_language or settings.LANGUAGE_CODE):
        context = {
            **context,
            "member": member,
            "site_url": settings.SITE_URL.rstrip("/"),
        }
        subject = render_to_string(f"events/email/{template}_subject.txt", context).strip()
        text = render_to_string(f"events/email/{template}.txt", context)
        html = render_to_string(f"events/email/{template}.html", context)
    message = EmailMultiAlternatives(
        subject, text, to=[member.email], headers=unsubscribe.headers(member, topic)
    )
    message.attach_alternative(html, "text/html")
    if ics is not None:
        message.attach("event.ics", ics, "text/calendar; method=PUBLISH; charset=utf-8")
    message.send()


def send_reminder_email(reminder) -> None:
    registration = reminder.registration
    event = registration.event
    from events.suggestions import people_to_meet

    _send(
        registration.member,
        "reminder",
        {
            "event": event,
            "reminder": reminder,
            "people": people_to_meet(event, registration.member),
        },
        ics=event_ics(event, show_online_link=True),
        topic="reminders",
    )


def send_attendee_message_email(delivery) -> None:
    message = delivery.message
    _send(delivery.member, "message", {"event": message.event, "message": message})
