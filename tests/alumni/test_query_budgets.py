"""Query budgets: what an alumni page costs, whatever the number of rows.

Each page is measured with a few rows and with many; both must fit the SAME budget, set one
above the measurement (as in tests/forums). Every signed-in page pays 3 queries outside alumni:
the member, the unread notifications count and the header's "moderates any group" check.
Measured totals, with what the rest pays for:

- directory 9 (3 or 40 alumni, each with an organisation and expertise tags): network by slug;
  membership (once: read for can_know_about, kept for can_enter); count; departments; the page
  of memberships with members and organisations; their tags (prefetch). Count, departments and
  the rendered page are cached (alumni.selectors.directory): a second look costs 5.
- network home 8 (3 or 40 news threads, jobs and meetings): network; membership; news with
  authors; jobs with authors; meetings.
- admin dashboard 10 (3 or 40 alumni and as many waiting requests): network; membership; register
  counts by status; joined/active/returning in one aggregate; growth by month; pending count;
  the requests with members and organisations.
- people 7 (3 or 60 former employees): network; membership; count; the page.
"""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from events import services as event_services
from events.models import Event
from tests.alumni.factories import add_alumnus, add_pending, make_former_employee
from tests.factories import MemberFactory, OrganisationFactory
from tests.forums.factories import make_job, make_thread

pytestmark = pytest.mark.django_db

DIRECTORY_BUDGET = 10
NETWORK_HOME_BUDGET = 9
DASHBOARD_BUDGET = 11
PEOPLE_BUDGET = 8


def colleague():
    """A member with an organisation and expertise, so a page that forgot a join shows it."""
    member = MemberFactory(organisation=OrganisationFactory())
    member.expertise.add("Payroll", f"Skill {member.pk}")
    return member


def add_alumni(network, count):
    for number in range(count):
        add_alumnus(network, colleague(), department=f"Department {number % 4}")


@pytest.mark.parametrize("rows", [3, 40], ids=["3-alumni", "40-alumni"])
def test_directory_budget(admin_client, network, django_assert_max_num_queries, rows):
    add_alumni(network, rows)

    with django_assert_max_num_queries(DIRECTORY_BUDGET):
        response = admin_client.get(reverse("alumni:directory", args=[network.slug]))

    assert response.status_code == 200
    assert len(response.context["page"].object_list) == min(rows + 1, 30)  # + the admin


@pytest.mark.parametrize("rows", [3, 40], ids=["3-posts", "40-posts"])
def test_network_home_budget(
    admin_client, network, network_admin, django_assert_max_num_queries, rows
):
    alumnus = add_alumnus(network, colleague()).member
    for number in range(rows):
        make_thread(
            group=network.group,
            author=network_admin,
            title=f"Company news number {number}",
            body=f"News {number}: the new office opens in the spring.",
        )
        make_job(group=network.group, author=alumnus)
        starts = timezone.now() + timedelta(days=number + 1)
        event_services.create_event(
            organiser=network_admin,
            data={
                "title": f"Alumni meeting {number}",
                "kind": Event.Kind.AFTER_WORK,
                "group": network.group,
                "starts_at": starts,
                "ends_at": starts + timedelta(hours=2),
            },
        )

    with django_assert_max_num_queries(NETWORK_HOME_BUDGET):
        response = admin_client.get(reverse("alumni:network", args=[network.slug]))

    assert response.status_code == 200
    assert len(response.context["news"]) == min(rows, 10)


@pytest.mark.parametrize("rows", [3, 40], ids=["3-members", "40-members"])
def test_admin_dashboard_budget(admin_client, request_network, django_assert_max_num_queries, rows):
    add_alumni(request_network, rows)
    for _ in range(rows):
        add_pending(request_network, colleague())

    with django_assert_max_num_queries(DASHBOARD_BUDGET):
        response = admin_client.get(reverse("alumni:admin", args=[request_network.slug]))

    assert response.status_code == 200
    assert response.context["stats"]["joined"] == rows + 1  # + the admin
    assert response.context["stats"]["pending_requests"] == rows


@pytest.mark.parametrize("rows", [3, 60], ids=["3-people", "60-people"])
def test_people_list_budget(admin_client, network, django_assert_max_num_queries, rows):
    for _ in range(rows):
        make_former_employee(network)

    with django_assert_max_num_queries(PEOPLE_BUDGET):
        response = admin_client.get(reverse("alumni:people", args=[network.slug]))

    assert response.status_code == 200
    assert len(response.context["page"].object_list) == rows
