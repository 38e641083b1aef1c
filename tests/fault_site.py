"""The site on private PostgreSQL and Redis servers that tests/test_faults.py stops and starts.

Run by the tests, in subprocesses whose environment points at the private servers:

    python -m tests.fault_site prepare   # migrate and seed; prints JSON ids
    python -m tests.fault_site sweeper   # a long-lived process, like a Celery worker: runs the
                                         # beat's email sweep each time it reads a line
"""

import json
import sys

import django


def prepare() -> dict:
    from django.core.management import call_command

    call_command("migrate", verbosity=0)

    from tests.factories import PASSWORD, MemberFactory
    from tests.forums.factories import add_member, make_group, make_thread

    group = make_group(name="Payroll Nordic")
    author = add_member(group, MemberFactory(display_name="Astrid Author")).member
    replier = add_member(group, MemberFactory(display_name="Rasmus Replier")).member
    thread = make_thread(group=group, author=author, title="Holiday pay for hourly staff")
    return {
        "thread_id": thread.pk,
        "thread_url": thread.get_absolute_url(),
        "author_email": author.email,
        "replier_email": replier.email,
        "password": PASSWORD,
    }


def sweeper() -> None:
    """Runs the sweep task once per line read, as beat would ask a worker to, and answers."""
    from django.db import close_old_connections

    from notifications.tasks import send_pending_emails

    print(json.dumps({"ready": True}), flush=True)
    for _line in sys.stdin:
        # What Celery's Django fixup does around every task: drop a connection that broke.
        close_old_connections()
        try:
            answer = {"sent": send_pending_emails()}
        except Exception as error:  # reported to the test, as a failed task would be logged
            answer = {"error": f"{type(error).__name__}: {error}"}
        print(json.dumps(answer), flush=True)


if __name__ == "__main__":
    django.setup()
    if sys.argv[1] == "prepare":
        print(json.dumps(prepare()))
    else:
        sweeper()
