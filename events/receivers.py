from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from events import caching
from events.models import Event, Registration
from forums.models import Group
from members import caching as member_caching
from members import home_cache
from members.models import Organisation
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


# --- The home page's "Upcoming events" (members.home_cache) -------------------------------------


@receiver([post_save, post_delete], sender=Registration)
def registration_changed(sender, instance, **kwargs):
    home_cache.forget_homes([instance.member_id])
    caching.forget_going(instance.event_id)


@receiver([post_save, post_delete], sender=Event)
def event_changed(sender, instance, **kwargs):
    home_cache.forget_all_homes()  # a new, moved or cancelled event is on many homes


@receiver([post_save, post_delete], sender=Event)
@receiver([post_save, post_delete], sender=Registration)
@receiver([post_save, post_delete], sender=Group)
@receiver([post_save, post_delete], sender=Organisation)
def event_list_changed(sender, **kwargs):
    # An event's details, who goes, its host's name, and (for group events) who may see it:
    # the cached list (events.selectors.event_list) is stale.
    member_caching.bump("events")
