from celery import shared_task

from moderation import services


@shared_task(acks_late=True)
def learn_from_decisions() -> int:
    return services.learn_pending_examples()
