from django.dispatch import receiver

from events.models import Registration
from members.signals import personal_data_requested


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
