"""The Celery app. Periodic schedules live here and nowhere else."""

import logging
import os

from celery import Celery
from celery.schedules import crontab

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hrnet.settings")

app = Celery("hrnet")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()

app.conf.beat_schedule = {
    # The database rows are the outbox: anything whose enqueue failed (Redis down) is sent here.
    "members-send-pending-invitations": {
        "task": "members.tasks.send_pending_invitations",
        "schedule": crontab(minute="*/2"),
    },
    "digests-daily": {
        "task": "digests.tasks.send_digests",
        "schedule": crontab(minute=0, hour=6),
        "args": ("daily",),
    },
    "digests-weekly": {
        "task": "digests.tasks.send_digests",
        "schedule": crontab(minute=30, hour=6, day_of_week="mon"),
        "args": ("weekly",),
    },
    "digests-resume-newsletters": {
        "task": "digests.tasks.resume_newsletters",
        "schedule": crontab(minute="*/10"),
    },
    "alumni-send-due-invitations": {
        "task": "alumni.tasks.send_due_alumni_invitations",
        "schedule": crontab(minute="*/5"),
    },
    "circles-set-up-pending-circles": {
        "task": "circles.tasks.set_up_pending_circles",
        "schedule": crontab(minute="*/5"),
    },
    "events-send-due-reminders": {
        "task": "events.tasks.send_due_reminders",
        "schedule": crontab(minute="*/5"),
    },
    "notifications-send-pending-emails": {
        "task": "notifications.tasks.send_pending_emails",
        "schedule": crontab(minute="*/2"),
    },
    "forums-notify-pending-group-watchers": {
        "task": "forums.tasks.notify_pending_group_watchers",
        "schedule": crontab(minute="*/5"),
    },
    "forums-flush-view-counts": {
        "task": "forums.tasks.flush_view_counts",
        "schedule": crontab(minute="*"),
    },
    "forums-notify-managers-of-waiting-posts": {
        "task": "forums.tasks.notify_managers_of_waiting_posts",
        "schedule": crontab(minute=7, hour="*/2"),
    },
    "moderation-learn-from-decisions": {
        "task": "moderation.tasks.learn_from_decisions",
        "schedule": crontab(minute="*/5"),
    },
    "forums-refresh-trending-scores": {
        "task": "forums.tasks.refresh_trending_scores",
        "schedule": crontab(minute="*/15"),
    },
}

logger = logging.getLogger(__name__)


def enqueue_on_commit(task, *args) -> None:
    """Enqueue `task` after the current transaction commits; never fail the caller.

    The caller has already stored what the task needs in the database, so when the broker is
    unreachable we log and rely on the periodic sweep instead of losing the member's work.
    """
    from django.db import transaction

    def publish():
        try:
            task.apply_async(args=args)
        except Exception:  # broker down: kombu raises several unrelated types
            logger.warning(
                "Could not enqueue %s%r; the periodic sweep will send it", task.name, args
            )

    transaction.on_commit(publish)
