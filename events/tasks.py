from celery import shared_task

from events import services


@shared_task(acks_late=True, autoretry_for=(Exception,), retry_backoff=True, max_retries=5)
def send_attendee_message(message_id: int) -> int:
    return services.send_attendee_message(message_id=message_id)


@shared_task
def send_due_reminders() -> int:
    return services.send_due_reminders()
