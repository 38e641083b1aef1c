from django.dispatch import receiver

from events.models import Registration
from members.signals import member_erasing, personal_data_requested


@receiver(personal_data_requested)
def export_event_data(sender, member, **kwargs):
    return {
        "event_registrations": [
            {
                "event": r.event.title,
                "starts_at": r.event.starts_at.isoformat(),
                "status": r.status,
                "paid": r.paid,
                "registered_at": r.created_at.isoformat(),
            }
            for r in Registration.objects.filter(member=member).select_related("event")
        ],
    }


@receiver(member_erasing)
def give_up_upcoming_places(sender, member, **kwargs):
    """A deleted member's seats at upcoming events go to the waiting list."""
    from django.utils import timezone

    from events import services

    upcoming = (
        Registration.objects.filter(member=member, event__starts_at__gt=timezone.now())
        .exclude(status=Registration.Status.CANCELLED)
        .select_related("event")
    )
    for registration in upcoming:
        services.cancel(member=member, event=registration.event)
