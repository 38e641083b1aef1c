from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from alumni.models import AlumniMembership
from members import caching as member_caching
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


@receiver([post_save, post_delete], sender=AlumniMembership)
def alumni_membership_changed(sender, instance, **kwargs):
    # Joining, approval, leaving and the alumni profile change the network's cached directory.
    member_caching.bump("alumni", instance.network_id)
