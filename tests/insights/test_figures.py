"""Dashboard figures against the hand-counted network in tests/insights/network.py.

Every expected number below was counted from the tables in that module's docstring, not
computed: if a figure changes, count again before changing the test.
"""

from datetime import timedelta

import pytest
from django.utils import timezone

from insights import selectors
from members.models import Member
from tests.insights.network import month_start, week_start

pytestmark = pytest.mark.django_db

ROLE_LABELS = {
    "hr_director": "HR director / HR manager",
    "payroll_manager": "Payroll manager",
    "recruiter": "Recruiter",
    "consultant": "Consultant / interim",
    "student": "Student",
    "other": "Other",
}


def totals(rows) -> dict:
    """{label: total} of a composition table, checking it is sorted largest first."""
    numbers = [row["total"] for row in rows]
    assert numbers == sorted(numbers, reverse=True), rows
    return {row["label"]: row["total"] for row in rows}


def growth_by_month(rows) -> dict:
    """{month: (joins, leaves)} of the months with any (empty months may be listed or not)."""
    return {
        row["month"]: (row["joins"], row["leaves"]) for row in rows if row["joins"] or row["leaves"]
    }


def weekly_by_week(rows) -> dict:
    """{week: (threads, replies)} of the weeks with any (empty weeks may be listed or not)."""
    return {
        row["week"]: (row["threads"], row["replies"])
        for row in rows
        if row["threads"] or row["replies"]
    }


def shares(participation) -> tuple:
    p = participation
    return (p["total"], p["posted"], p["replied"], p["read_only"]), (
        p["posted_share"],
        p["replied_share"],
        p["read_only_share"],
    )


def contributors(rows) -> dict:
    posts = [row["posts"] for row in rows]
    assert posts == sorted(posts, reverse=True), rows
    return {row["member"].public_name: row["posts"] for row in rows}


def tags(rows) -> list:
    return [(tag.name, tag.uses) for tag in rows]


# --- Composition ---------------------------------------------------------------------------------


def test_network_members_by_role_count_only_active_verified_members(network):
    figures = selectors.dashboard(days=90)

    assert totals(figures["composition"]["roles"]) == {
        ROLE_LABELS["hr_director"]: 3,
        ROLE_LABELS["payroll_manager"]: 2,
        ROLE_LABELS["recruiter"]: 2,
        ROLE_LABELS["consultant"]: 1,
        ROLE_LABELS["student"]: 1,
        ROLE_LABELS["other"]: 1,
    }


def test_network_members_by_country(network):
    figures = selectors.dashboard(days=90)

    assert totals(figures["composition"]["countries"]) == {
        "Sweden": 4,
        "Denmark": 2,
        "Norway": 2,
        "Netherlands": 2,
    }


def test_network_members_by_organisation_type_show_members_without_one_as_a_dash(network):
    figures = selectors.dashboard(days=90)

    assert totals(figures["composition"]["organisation_kinds"]) == {
        "Employer (in-house HR)": 3,
        "Consultancy": 2,
        "Recruitment agency": 2,
        "Public sector": 1,
        "University or school": 1,
        "—": 1,
    }


def test_group_composition_counts_only_the_groups_active_members(network):
    composition = selectors.dashboard(days=90, group=network.payroll)["composition"]

    assert totals(composition["roles"]) == {
        ROLE_LABELS["payroll_manager"]: 2,
        ROLE_LABELS["hr_director"]: 2,
        ROLE_LABELS["consultant"]: 1,
        ROLE_LABELS["student"]: 1,
    }
    assert totals(composition["countries"]) == {
        "Denmark": 2,
        "Norway": 2,
        "Sweden": 1,
        "Netherlands": 1,
    }
    assert totals(composition["organisation_kinds"]) == {
        "Employer (in-house HR)": 2,
        "Consultancy": 2,
        "University or school": 1,
        "Public sector": 1,
    }


# --- Growth --------------------------------------------------------------------------------------


def test_network_growth_counts_sign_ups_and_erased_accounts_per_month(network):
    growth = selectors.dashboard(days=90)["growth"]

    assert growth_by_month(growth) == {
        month_start(3): (2, 0),
        month_start(2): (3, 0),
        month_start(1): (4, 1),
    }
    months = [row["month"] for row in growth]
    assert months == sorted(months)


def test_group_growth_counts_joins_and_departures_of_that_group_per_month(network):
    growth = selectors.dashboard(days=90, group=network.payroll)["growth"]

    assert growth_by_month(growth) == {
        month_start(3): (2, 0),
        month_start(2): (1, 1),
        month_start(1): (3, 1),
    }


def test_growth_window_starts_at_midnight_on_the_first_of_its_first_month(network):
    # Twelve months back (31 days each), from midnight on the 1st in the site's time zone: a
    # member who signed up at 00:30 on that day belongs to the first row.
    first = (timezone.localtime() - timedelta(days=31 * 12)).replace(
        day=1, hour=0, minute=0, second=0, microsecond=0
    )
    Member.objects.filter(pk=network.sigrid.pk).update(date_joined=first + timedelta(minutes=30))

    growth = growth_by_month(selectors.dashboard(days=90)["growth"])

    assert growth[first] == (1, 0)


# --- Participation -------------------------------------------------------------------------------


def test_network_participation_over_30_days(network):
    counts, share = shares(selectors.dashboard(days=30)["participation"])

    assert counts == (10, 3, 5, 2)
    assert share == pytest.approx((0.3, 0.5, 0.2))


def test_network_participation_over_90_days(network):
    counts, share = shares(selectors.dashboard(days=90)["participation"])

    assert counts == (10, 6, 3, 1)
    assert share == pytest.approx((0.6, 0.3, 0.1))


def test_group_participation_over_30_days_counts_only_posts_in_the_group(network):
    counts, share = shares(selectors.dashboard(days=30, group=network.payroll)["participation"])

    assert counts == (6, 2, 3, 1)
    assert share == pytest.approx((2 / 6, 3 / 6, 1 / 6))


def test_group_participation_over_90_days_counts_only_posts_in_the_group(network):
    counts, share = shares(selectors.dashboard(days=90, group=network.payroll)["participation"])

    assert counts == (6, 4, 1, 1)
    assert share == pytest.approx((4 / 6, 1 / 6, 1 / 6))


# --- Weekly activity -----------------------------------------------------------------------------


def test_network_threads_and_replies_per_week_count_published_posts(network):
    weekly = selectors.dashboard(days=30)["weekly"]

    assert weekly_by_week(weekly) == {
        week_start(10): (1, 1),
        week_start(6): (1, 1),
        week_start(5): (1, 1),
        week_start(3): (1, 2),
        week_start(2): (1, 3),
        week_start(1): (2, 3),
    }
    assert [row["week"] for row in weekly] == sorted(row["week"] for row in weekly)


def test_group_threads_and_replies_per_week_count_only_the_group(network):
    weekly = selectors.dashboard(days=30, group=network.payroll)["weekly"]

    assert weekly_by_week(weekly) == {
        week_start(10): (1, 1),
        week_start(6): (1, 1),
        week_start(3): (1, 2),
        week_start(2): (1, 3),
        week_start(1): (0, 1),
    }


# --- Time to first reply -------------------------------------------------------------------------


@pytest.mark.parametrize(("days", "hours"), [(30, 3.0), (90, 6.5)])
def test_network_median_hours_to_first_reply_ignore_the_askers_own_and_held_replies(
    network, days, hours
):
    # 30 days: A1 3 h (Anna's own reply at 1 h does not count), A2 10 h, B1 1 h (the held
    # reply at 0.5 h does not count). 90 days adds A4 20 h: median of 1, 3, 10, 20 is 6.5.
    assert selectors.dashboard(days=days)["median_hours_to_first_reply"] == hours


@pytest.mark.parametrize(("days", "hours"), [(30, 6.5), (90, 10.0)])
def test_group_median_hours_to_first_reply_count_only_its_questions(network, days, hours):
    figures = selectors.dashboard(days=days, group=network.payroll)

    assert figures["median_hours_to_first_reply"] == hours


def test_median_hours_to_first_reply_is_empty_without_answered_questions(db):
    assert selectors.dashboard(days=30)["median_hours_to_first_reply"] is None


# --- Tipping point -------------------------------------------------------------------------------


def test_network_tipping_point_share_is_its_members_of_two_thousand(network):
    assert selectors.dashboard(days=30)["tipping_point"] == {
        "members": 10,
        "target": 2000,
        "share": pytest.approx(0.005),
    }


def test_group_tipping_point_share_is_its_active_members_of_two_thousand(network):
    assert selectors.dashboard(days=30, group=network.payroll)["tipping_point"] == {
        "members": 6,
        "target": 2000,
        "share": pytest.approx(0.003),
    }


# --- Top contributors and tags -------------------------------------------------------------------


def test_network_top_contributors_count_threads_and_published_replies(network):
    assert contributors(selectors.dashboard(days=30)["top_contributors"]) == {
        "Anna": 3,
        "Dag": 2,
        "Eva": 2,
        "Cecilie": 1,
        "Hans": 1,
        "Ida": 1,
        "Finn": 1,
        "Bo": 1,
    }
    assert contributors(selectors.dashboard(days=90)["top_contributors"]) == {
        "Anna": 4,
        "Dag": 2,
        "Eva": 2,
        "Cecilie": 2,
        "Hans": 2,
        "Ida": 2,
        "Finn": 2,
        "Bo": 1,
        "Greta": 1,
    }


def test_group_top_contributors_count_only_posts_in_the_group(network):
    figures = selectors.dashboard(days=90, group=network.payroll)

    assert contributors(figures["top_contributors"]) == {
        "Anna": 4,
        "Dag": 2,
        "Cecilie": 2,
        "Hans": 2,
        "Ida": 2,
    }


def test_network_most_active_tags_count_published_threads_not_member_expertise(network):
    assert tags(selectors.dashboard(days=30)["active_tags"]) == [
        ("payroll", 2),
        ("employer branding", 1),
        ("holiday pay", 1),
        ("sourcing", 1),
    ]
    assert tags(selectors.dashboard(days=90)["active_tags"]) == [
        ("payroll", 3),
        ("employer branding", 2),
        ("pensions", 2),
        ("sourcing", 2),
        ("holiday pay", 1),
    ]


def test_group_most_active_tags_count_only_the_groups_threads(network):
    assert tags(selectors.dashboard(days=90, group=network.payroll)["active_tags"]) == [
        ("payroll", 3),
        ("pensions", 2),
        ("holiday pay", 1),
    ]
