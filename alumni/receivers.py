from django.dispatch import receiver

from alumni.models import AlumniMembership
from members.signals import member_erasing, personal_data_requested


@receiver(personal_data_requested)
def export_alumni_data(sender, member, **kwargs):
    return {
        "alumni_networks": [
            {
                "network": m.network.name,
                "role": m.role,
                "status": m.status,
                "department": m.department,
                "started_on": m.started_on.isoformat() if m.started_on else None,
                "ended_on": m.ended_on.isoformat() if m.ended_on else None,
                "open_to_returning": m.open_to_returning,
                "returning_areas": m.returning_areas,
            }
            for m in AlumniMembership.objects.filter(member=member).select_related("network")
        ],
    }


@receiver(member_erasing)
def erase_alumni_data(sender, member, **kwargs):
    AlumniMembership.objects.filter(member=member).delete()
