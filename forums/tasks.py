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


@shared_task
def notify_pending_group_watchers() -> int:
    """The sweep: threads whose announcement was lost (Redis down) are announced here; the
    notification keys make a second announcement a no-op."""
    from datetime import timedelta

    from django.utils import timezone

    from forums import announcements
    from forums.models import PostStatus, Thread

    recent = Thread.objects.filter(
        status=PostStatus.PUBLISHED,
        is_deleted=False,
        created_at__gte=timezone.now() - timedelta(hours=2),
    ).values_list("pk", flat=True)
    return sum(announcements.notify_group_watchers(thread_id=pk) for pk in recent)
