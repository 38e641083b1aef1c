"""CSV downloads of the dashboard tables: Excel-friendly (BOM, header), the same numbers as the
page, and no cell that a spreadsheet would run as a formula."""

import csv
import io

import pytest
from django.urls import reverse

from forums.models import Thread
from tests.factories import MemberFactory
from tests.forums.factories import add_member, make_group, make_thread
from tests.insights.network import in_week, month_start, week_start

pytestmark = pytest.mark.django_db

HEADERS = {
    "roles": ["Role", "Members"],
    "countries": ["Country", "Members"],
    "organisation_kinds": ["Organisation type", "Members"],
    "growth": ["Month", "Joined", "Left"],
    "weekly": ["Week", "Threads", "Replies"],
    "contributors": ["Member", "Posts"],
    "tags": ["Tag", "Threads"],
}


@pytest.fixture
def staff_client(client, network):
    client.force_login(network.sigrid)
    return client


def download(client, url, export, days=90):
    response = client.get(url, {"export": export, "days": days})
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff"), "Excel needs the BOM to read UTF-8"
    return response, list(csv.reader(io.StringIO(text[1:])))


def table(rows) -> dict:
    return {row[0]: tuple(int(value) for value in row[1:]) for row in rows[1:]}


def active(rows) -> list:
    """The rows below the header with any non-zero number (empty weeks/months may be listed)."""
    return [row for row in rows[1:] if any(value != "0" for value in row[1:])]


@pytest.mark.parametrize("export", HEADERS)
def test_every_network_table_downloads_with_a_bom_a_header_and_a_file_name(staff_client, export):
    response, rows = download(staff_client, reverse("insights:network"), export)

    assert rows[0] == HEADERS[export]
    assert len(rows) > 1
    assert response["Content-Disposition"] == f'attachment; filename="network-{export}.csv"'


@pytest.mark.parametrize("export", HEADERS)
def test_every_group_table_downloads_under_the_groups_name(client, network, export):
    client.force_login(network.cecilie)  # manager of Payroll Nordic
    url = reverse("insights:group", args=[network.payroll.slug])

    response, rows = download(client, url, export)

    assert rows[0] == HEADERS[export]
    assert response["Content-Disposition"] == (
        f'attachment; filename="{network.payroll.slug}-{export}.csv"'
    )


def test_network_composition_downloads_match_the_hand_counted_figures(staff_client):
    url = reverse("insights:network")

    assert table(download(staff_client, url, "roles")[1]) == {
        "HR director / HR manager": (3,),
        "Payroll manager": (2,),
        "Recruiter": (2,),
        "Consultant / interim": (1,),
        "Student": (1,),
        "Other": (1,),
    }
    assert table(download(staff_client, url, "countries")[1]) == {
        "Sweden": (4,),
        "Denmark": (2,),
        "Norway": (2,),
        "Netherlands": (2,),
    }
    assert table(download(staff_client, url, "organisation_kinds")[1]) == {
        "Employer (in-house HR)": (3,),
        "Consultancy": (2,),
        "Recruitment agency": (2,),
        "Public sector": (1,),
        "University or school": (1,),
        "—": (1,),
    }


def test_network_growth_and_weekly_downloads_match_the_hand_counted_figures(staff_client):
    url = reverse("insights:network")

    _response, growth = download(staff_client, url, "growth")
    _response, weekly = download(staff_client, url, "weekly")

    assert active(growth) == [
        [month_start(3).date().isoformat(), "2", "0"],
        [month_start(2).date().isoformat(), "3", "0"],
        [month_start(1).date().isoformat(), "4", "1"],
    ]
    assert active(weekly) == [
        [week_start(weeks).date().isoformat(), threads, replies]
        for weeks, threads, replies in [
            (10, "1", "1"),
            (6, "1", "1"),
            (5, "1", "1"),
            (3, "1", "2"),
            (2, "1", "3"),
            (1, "2", "3"),
        ]
    ]


def test_contributor_and_tag_downloads_follow_the_chosen_period(staff_client):
    url = reverse("insights:network")

    assert table(download(staff_client, url, "contributors", days=30)[1]) == {
        "Anna": (3,),
        "Dag": (2,),
        "Eva": (2,),
        "Cecilie": (1,),
        "Hans": (1,),
        "Ida": (1,),
        "Finn": (1,),
        "Bo": (1,),
    }
    assert download(staff_client, url, "tags", days=90)[1][1:] == [
        ["payroll", "3"],
        ["employer branding", "2"],
        ["pensions", "2"],
        ["sourcing", "2"],
        ["holiday pay", "1"],
    ]


def test_group_downloads_count_only_the_group(client, network):
    client.force_login(network.cecilie)
    url = reverse("insights:group", args=[network.payroll.slug])

    assert table(download(client, url, "contributors")[1]) == {
        "Anna": (4,),
        "Dag": (2,),
        "Cecilie": (2,),
        "Hans": (2,),
        "Ida": (2,),
    }
    assert active(download(client, url, "growth")[1]) == [
        [month_start(3).date().isoformat(), "2", "0"],
        [month_start(2).date().isoformat(), "1", "1"],
        [month_start(1).date().isoformat(), "3", "1"],
    ]


FORMULAS = [
    '=HYPERLINK("http://evil.example","Click")',
    "+SUM(1,2)",
    "-2+3",
    "@SUM(A1:A2)",
    "\t=1+1",
    "\r=1+1",
]


def test_downloads_neutralise_cells_a_spreadsheet_would_run_as_formulas(client, db):
    group = make_group(name="Payroll Nordic")
    for number, name in enumerate(FORMULAS):
        author = add_member(group, MemberFactory(display_name=name)).member
        thread = make_thread(group=group, author=author, tags=[f"={number}+cmd"])
        Thread.objects.filter(pk=thread.pk).update(created_at=in_week(1))
    client.force_login(MemberFactory(is_staff=True))
    url = reverse("insights:network")

    _response, contributors = download(client, url, "contributors", days=30)
    _response, tags = download(client, url, "tags", days=30)

    assert sorted(row[0] for row in contributors[1:]) == sorted(f"'{name}" for name in FORMULAS)
    assert sorted(row[0] for row in tags[1:]) == sorted(f"'={n}+cmd" for n in range(6))
