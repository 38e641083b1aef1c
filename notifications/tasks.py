from celery import shared_task

from notifications import services


@shared_task(acks_late=True, autoretry_for=(Exception,), retry_backoff=True, max_retries=5)
def send_notification_email(notification_id: int) -> bool:
    return services.send_notification_email(notification_id=notification_id)


@shared_task
def send_pending_emails() -> int:
    return services.send_pending_emails()
