from celery import shared_task

from forums import moderation, services


@shared_task
def flush_view_counts() -> int:
    return services.flush_view_counts()


@shared_task
def refresh_trending_scores() -> int:
    return services.refresh_trending_scores()


@shared_task
def notify_managers_of_waiting_posts() -> int:
    return moderation.notify_managers_of_waiting_posts()


@shared_task(acks_late=True, autoretry_for=(Exception,), retry_backoff=True, max_retries=5)
def notify_group_watchers(thread_id: int) -> int:
    from forums import announcements

    return announcements.notify_group_watchers(thread_id=thread_id)
