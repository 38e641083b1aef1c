"""Query budgets of the dashboards: the same with 10 members and 5 threads as with 200 members
and 100 threads (every figure is an aggregate query, never one per member or post).

Measured for a signed-in staff member (network) and group manager (group), then set one above.
Every page for a signed-in member pays 3 queries outside insights: the member (the session lives
in the cache), the unread notifications count and the header's "moderates any group" check.

- network dashboard 17: members by role, country and organisation type (3); joins and leaves
  per month (2); participation (1); threads and replies per week (2); median time to first
  reply (1); top contributors: replies, threads, their names (3); tags (1); the staff member's
  list of group dashboards (1).
- group dashboard 17: the group by slug, through the manager check (1); the same figures (13;
  the tipping point reads the group's member_count); no list of groups for a manager.
"""

import pytest
from django.urls import reverse

from forums.models import Thread
from tests.factories import MemberFactory, OrganisationFactory
from tests.forums.factories import add_member, make_group, make_reply, make_thread

pytestmark = pytest.mark.django_db

NETWORK_BUDGET = 18
GROUP_BUDGET = 18

SIZES = pytest.mark.parametrize(
    ("members", "threads"), [(10, 5), (200, 100)], ids=["10-members-5-threads", "200-100"]
)
KINDS = ["employer", "consultancy", "vendor", "public_sector"]
ROLES = ["hr_director", "payroll_manager", "recruiter", "consultant"]
COUNTRIES = ["SE", "DK", "NO", "NL", "FI"]


def populate(manager, members: int, threads: int):
    """A group with `members` members (organisations, roles, countries varied) and `threads`
    threads, half of them questions, each with a tag and a reply from someone else."""
    group = make_group(manager=manager, name="Payroll Nordic")
    organisations = [OrganisationFactory(name=f"Organisation {kind}", kind=kind) for kind in KINDS]
    people = [
        add_member(
            group,
            MemberFactory(
                role=ROLES[n % len(ROLES)],
                country=COUNTRIES[n % len(COUNTRIES)],
                organisation=organisations[n % len(organisations)],
            ),
        ).member
        for n in range(members - 1)
    ]
    for n in range(threads):
        thread = make_thread(
            group=group,
            author=people[n % len(people)],
            section=Thread.Section.QUESTION if n % 2 else Thread.Section.DISCUSSION,
            tags=[f"tag {n % 7}", "payroll"],
        )
        make_reply(thread=thread, author=people[(n + 1) % len(people)])
    return group


@SIZES
def test_network_dashboard_fits_its_query_budget_whatever_the_size(
    client, django_assert_max_num_queries, members, threads
):
    staff = MemberFactory(is_staff=True)
    populate(staff, members, threads)
    client.force_login(staff)

    with django_assert_max_num_queries(NETWORK_BUDGET):
        response = client.get(reverse("insights:network"))

    assert response.status_code == 200
    assert response.context["figures"]["participation"]["total"] == members
    assert response.context["figures"]["top_contributors"], "names are fetched: one query"


@SIZES
def test_group_dashboard_fits_its_query_budget_whatever_the_size(
    client, django_assert_max_num_queries, members, threads
):
    manager = MemberFactory()
    group = populate(manager, members, threads)
    client.force_login(manager)

    with django_assert_max_num_queries(GROUP_BUDGET):
        response = client.get(reverse("insights:group", args=[group.slug]))

    assert response.status_code == 200
    assert response.context["figures"]["participation"]["total"] == members
    assert response.context["figures"]["tipping_point"]["members"] == members
