"""The benchmark's pages (bench/web.py): query budgets, and no database write on a read.

Every page in the benchmark costs at most 12 queries, the same with a few rows and with many. The
pages without a budget in their app's tests get one here (home, the landing page, the member
directory search); the others are asserted in tests/<app>/test_query_budgets.py. An anonymous
visitor's reads write nothing: no session row, no INSERT/UPDATE/DELETE; thread views are counted
in Redis and written in batches by the periodic flush.
"""

import re

import pytest
from django.contrib.sessions.models import Session
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from forums import tasks as forum_tasks
from forums.models import Thread
from members import services as member_services
from tests.events.factories import make_event, register_all
from tests.factories import InvitationFactory, MemberFactory, OrganisationFactory
from tests.forums.factories import add_member, make_group, make_reply, make_thread

pytestmark = pytest.mark.django_db

PAGE_BUDGET = 12  # the ceiling for every page of the benchmark
HOME_BUDGET = 10
LANDING_BUDGET = 3
DIRECTORY_SEARCH_BUDGET = 7

SMALL_AND_LARGE = pytest.mark.parametrize("rows", [3, 30], ids=["3-rows", "30-rows"])
WRITE = re.compile(r"^\s*(INSERT|UPDATE|DELETE)\b", re.IGNORECASE)


def test_the_budgets_here_fit_the_benchmark_ceiling():
    assert max(HOME_BUDGET, LANDING_BUDGET, DIRECTORY_SEARCH_BUDGET) <= PAGE_BUDGET


@pytest.fixture
def viewer(db):
    return MemberFactory(display_name="Vera Viewer", organisation=OrganisationFactory())


@pytest.fixture
def viewer_client(client, viewer):
    client.force_login(viewer)
    return client


def busy_network(viewer, rows):
    """`rows` groups the viewer belongs to (each with a thread and a reply), `rows` open groups
    to suggest, `rows` upcoming events the viewer goes to, `rows` invitations sent."""
    manager = MemberFactory(organisation=OrganisationFactory())
    for number in range(rows):
        group = make_group(manager=manager, name=f"Mine {number}")
        add_member(group, viewer)
        thread = make_thread(group=group, author=manager)
        make_reply(thread=thread, author=manager)
        make_group(manager=manager, name=f"Suggested {number}")
        event = make_event(organiser=manager)
        register_all(event, [viewer])
        InvitationFactory(inviter=viewer)
    return manager


@SMALL_AND_LARGE
def test_home_budget_signed_in(viewer_client, viewer, rows, django_assert_max_num_queries):
    busy_network(viewer, rows)

    with django_assert_max_num_queries(HOME_BUDGET):
        response = viewer_client.get(reverse("home"))

    assert response.status_code == 200
    assert len(response.context["memberships"]) == min(rows, 8)


@SMALL_AND_LARGE
def test_landing_page_budget_anonymous(client, viewer, rows, django_assert_max_num_queries):
    busy_network(viewer, rows)

    with django_assert_max_num_queries(LANDING_BUDGET):
        response = client.get(reverse("home"))

    assert response.status_code == 200
    assert len(response.context["events"]) == 3


@SMALL_AND_LARGE
def test_member_directory_search_budget(viewer_client, rows, django_assert_max_num_queries):
    for number in range(rows):
        person = MemberFactory(
            display_name=f"Maria Manager{number}",
            headline="Payroll manager",
            organisation=OrganisationFactory(),
        )
        person.expertise.add("payroll", f"topic-{number}")
        member_services.refresh_search_vector(person)

    with django_assert_max_num_queries(DIRECTORY_SEARCH_BUDGET):
        response = viewer_client.get(reverse("members:directory"), {"q": "manager"})

    assert response.status_code == 200
    assert response.context["page"].paginator.count == rows


@pytest.fixture
def public_pages(db):
    """The benchmark's public pages in a small network: an open group with a thread and
    replies, an event, a job ad."""
    manager = MemberFactory(organisation=OrganisationFactory())
    group = make_group(manager=manager, name="Payroll Nordic")
    thread = make_thread(group=group, author=manager, title="Holiday pay in Sweden")
    for _ in range(3):
        make_reply(thread=thread, author=manager, body="Semesterlön and holiday pay")
    make_thread(group=group, author=manager, section=Thread.Section.JOB, title="Payroll lead")
    event = make_event(organiser=manager)
    register_all(event, MemberFactory.create_batch(2))
    return {
        "thread": thread,
        "urls": [
            reverse("home"),
            reverse("forums:group_list"),
            group.get_absolute_url(),
            group.get_absolute_url() + "?page=2",
            thread.get_absolute_url(),
            thread.get_absolute_url() + "?page=last",
            reverse("forums:search") + "?q=holiday",
            reverse("events:list"),
            event.get_absolute_url(),
            reverse("forums:jobs"),
        ],
    }


def test_anonymous_reads_write_nothing_and_make_no_session(client, public_pages):
    for url in public_pages["urls"]:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, url
        writes = [q["sql"] for q in queries.captured_queries if WRITE.match(q["sql"])]
        assert writes == [], url
        assert "sessionid" not in response.cookies, url
    assert Session.objects.count() == 0


def test_thread_views_are_counted_in_redis_and_written_in_batches(client, public_pages):
    thread = public_pages["thread"]
    forum_tasks.flush_view_counts()  # whatever an earlier test left in Redis

    for _ in range(3):
        with CaptureQueriesContext(connection) as queries:
            client.get(thread.get_absolute_url())
        assert not [q for q in queries.captured_queries if WRITE.match(q["sql"])]
    thread.refresh_from_db()
    assert thread.view_count == 0

    forum_tasks.flush_view_counts()

    thread.refresh_from_db()
    assert thread.view_count == 3
