"""The system page, the comparison and the catalogue cost the same queries for 3 or 30 rows."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.systems.factories import declare, make_system, member_at

pytestmark = pytest.mark.django_db

# Measured with 3 or 30 declarations: system page 12 (13 with filters: the unfiltered figures
# too), comparison 11, catalogue 6 (session, member, count, page, category counts, unread bell).
DETAIL_BUDGET = 13
COMPARE_BUDGET = 11
CATALOGUE_BUDGET = 6


def busy_system(count: int, *, other=None):
    system = make_system("Busy Payroll")
    other = other or make_system("Other Payroll")
    for number in range(count):
        declare(
            system,
            member_at(display_name=f"User {number}"),
            satisfaction=1 + number % 5,
            strengths=f"Strength **{number}**",
            weaknesses="Weak reports",
            moved_from=other if number % 2 else None,
            may_contact=bool(number % 3),
        )
        declare(other, satisfaction=3, may_contact=True)
    return system, other


def queries_for(client, url) -> int:
    # Compared in the steady state: the first request of a session also fills the caches every
    # signed-in page reads (the member, the account menu).
    client.get(url)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


@pytest.mark.parametrize("count", [3, 30])
def test_system_page_stays_within_its_budget(client, count, django_assert_max_num_queries):
    system, _other = busy_system(count)
    client.force_login(member_at())

    with django_assert_max_num_queries(DETAIL_BUDGET):
        response = client.get(system.get_absolute_url(), {"country": "SE", "size": "", "role": ""})

    assert response.status_code == 200
    assert "Strength <strong>" in response.content.decode()


def test_system_page_costs_the_same_for_3_or_30_declarations(client):
    viewer = member_at()
    client.force_login(viewer)
    small, _ = busy_system(3)
    large, _ = busy_system(30)

    assert queries_for(client, small.get_absolute_url()) == queries_for(
        client, large.get_absolute_url()
    )


@pytest.mark.parametrize("count", [3, 30])
def test_comparison_page_stays_within_its_budget(client, count, django_assert_max_num_queries):
    system, other = busy_system(count)
    client.force_login(member_at())

    with django_assert_max_num_queries(COMPARE_BUDGET):
        response = client.get("/systems/compare/", {"a": system.slug, "b": other.slug})

    assert response.status_code == 200
    assert "side by side" in response.content.decode()


def test_comparison_costs_the_same_for_3_or_30_declarations(client):
    client.force_login(member_at())
    small, small_other = busy_system(3)
    large, large_other = busy_system(30)

    small_url = f"/systems/compare/?a={small.slug}&b={small_other.slug}"
    large_url = f"/systems/compare/?a={large.slug}&b={large_other.slug}"
    assert queries_for(client, small_url) == queries_for(client, large_url)


@pytest.mark.parametrize("extra", [3, 30])
def test_catalogue_stays_within_its_budget(client, extra, django_assert_max_num_queries):
    for _number in range(extra):
        declare(make_system(), satisfaction=4)
    client.force_login(member_at())

    with django_assert_max_num_queries(CATALOGUE_BUDGET):
        response = client.get("/systems/", {"q": "", "country": "SE"})

    assert response.status_code == 200


def test_profile_with_systems_we_use_costs_the_same_for_3_or_30(client):
    viewer = member_at()
    client.force_login(viewer)
    few, many = member_at(), member_at()
    for _number in range(3):
        declare(make_system(), few, satisfaction=3)
    for _number in range(30):
        declare(make_system(), many, satisfaction=3)

    assert queries_for(client, f"/members/{few.pk}/") == queries_for(client, f"/members/{many.pk}/")
