from datetime import timedelta

from celery import shared_task
from django.utils import timezone

from members import services
from members.models import Invitation


@shared_task(acks_late=True, autoretry_for=(Exception,), retry_backoff=True, max_retries=5)
def send_invitation_email(invitation_id: int) -> bool:
    return services.send_invitation(invitation_id=invitation_id)


@shared_task
def send_pending_invitations() -> int:
    """Sweep for invitations whose enqueue was lost (e.g. Redis was down when they were made)."""
    cutoff = timezone.now() - timedelta(minutes=1)
    pending = Invitation.objects.filter(sent_at__isnull=True, created_at__lt=cutoff)
    sent = 0
    for invitation_id in pending.values_list("pk", flat=True)[:500]:
        sent += services.send_invitation(invitation_id=invitation_id)
    return sent
