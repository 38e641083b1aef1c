"""Many members at once: the event row is the lock, so capacity holds under concurrency.

These tests commit for real (transaction=True): every thread has its own database connection,
exactly as web workers do.
"""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection

from events import services
from events.models import Registration
from tests.events.factories import counts_match_rows, make_event, register_all
from tests.factories import MemberFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def _no_broker(settings):
    # Promotions email after commit; run those tasks in-process, never on a shared Redis queue.
    settings.CELERY_TASK_ALWAYS_EAGER = True


def run_together(actions):
    """Run every action in its own thread, released at the same moment."""
    start = threading.Barrier(len(actions))

    def run(action):
        try:
            start.wait(timeout=30)
            return action()
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=len(actions)) as pool:
        futures = [pool.submit(run, action) for action in actions]
        return [future.result(timeout=60) for future in futures]


def statuses(event):
    rows = Registration.objects.filter(event=event)
    return {
        status: rows.filter(status=status).count()
        for status in (Registration.Status.REGISTERED, Registration.Status.WAITLISTED)
    }


def test_thirty_simultaneous_registrations_fill_ten_places_and_queue_twenty():
    event = make_event(capacity=10)
    members = MemberFactory.create_batch(30)

    run_together([lambda m=m: services.register(member=m, event=event) for m in members])

    assert statuses(event) == {"registered": 10, "waitlisted": 20}
    event.refresh_from_db()
    assert (event.attendee_count, event.waitlist_count) == (10, 20)


def test_simultaneous_cancels_and_registrations_never_exceed_capacity():
    event = make_event(capacity=10)
    registered = MemberFactory.create_batch(10)
    waiting = MemberFactory.create_batch(5)
    register_all(event, registered + waiting)
    newcomers = MemberFactory.create_batch(10)
    actions = [lambda m=m: services.cancel(member=m, event=event) for m in registered[:6]]
    actions += [lambda m=m: services.cancel(member=m, event=event) for m in waiting[:2]]
    actions += [lambda m=m: services.register(member=m, event=event) for m in newcomers]

    run_together(actions)

    # 4 stay, 3 were waiting, 10 newcomers: 17 want the 10 places.
    assert statuses(event) == {"registered": 10, "waitlisted": 7}
    assert counts_match_rows(event)
