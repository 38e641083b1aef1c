from django.dispatch import receiver

from members.signals import member_erasing, personal_data_requested
from systems.models import Affiliation, Declaration


@receiver(personal_data_requested)
def export_system_declarations(sender, member, **kwargs):
    return {
        "hr_systems_used": [
            {
                "system": d.system.name,
                "organisation": d.organisation.name,
                "since": d.since.isoformat() if d.since else None,
                "satisfaction": d.satisfaction,
                "organisation_size": d.organisation_size,
                "strengths": d.strengths_markdown,
                "weaknesses": d.weaknesses_markdown,
                "moved_from": d.moved_from.name if d.moved_from else None,
                "why_switched": d.moved_from_reason_markdown,
                "may_be_asked": d.may_contact,
                "review_status": d.review_status,
                "updated_at": d.updated_at.isoformat(),
            }
            for d in Declaration.objects.filter(member=member).select_related(
                "system", "organisation", "moved_from"
            )
        ],
        "hr_vendor_affiliations": [
            {"system": a.system.name, "kind": a.kind, "created_at": a.created_at.isoformat()}
            for a in Affiliation.objects.filter(member=member).select_related("system")
        ],
    }


@receiver(member_erasing)
def erase_system_declarations(sender, member, keep_posts, **kwargs):
    """Experiences stay as "former member" when the member asked to keep their posts (nobody
    can ask them any more); otherwise declarations, ratings and experiences go."""
    from systems.services import refresh_counters

    Affiliation.objects.filter(member=member).delete()
    declarations = Declaration.objects.filter(member=member)
    if keep_posts:
        declarations.update(may_contact=False)
        return
    system_ids = list(declarations.values_list("system_id", flat=True))
    declarations.delete()
    refresh_counters(system_ids)
