from celery import shared_task

from alumni import services


@shared_task(acks_late=True, autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def send_alumni_invitations(network_id: int) -> int:
    """One rate-limited batch; schedules the next batch a minute later while any are due."""
    sent, still_due = services.send_requested_invitations(network_id=network_id)
    if still_due:
        send_alumni_invitations.apply_async(args=[network_id], countdown=60)
    return sent


@shared_task
def send_due_alumni_invitations() -> int:
    """The sweep: batches whose enqueue was lost (Redis down) are started here."""
    from alumni.models import FormerEmployee

    network_ids = (
        FormerEmployee.objects.filter(services._due())
        .values_list("network_id", flat=True)
        .distinct()
    )
    total = 0
    for network_id in network_ids:
        total += services.send_requested_invitations(network_id=network_id)[0]
    return total
