from celery import shared_task

from circles import services


@shared_task(acks_late=True, autoretry_for=(Exception,), retry_backoff=True, max_retries=5)
def set_up_circle(circle_id: int) -> bool:
    return services.set_up_circle(circle_id=circle_id)


@shared_task
def set_up_pending_circles() -> int:
    return services.set_up_pending_circles()
