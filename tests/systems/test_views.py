"""The pages of the HR-systems map: declaring, the system page, comparing, searching, profiles."""

import re

import pytest

from systems.models import Declaration, System
from tests.systems.factories import declare, make_system, member_at, rate_many

pytestmark = pytest.mark.django_db


@pytest.fixture
def system():
    return make_system("Clear Payroll", vendor="Clear Software")


def test_declaring_through_the_form(client, system):
    member = member_at("Retail Group")
    old = make_system("Old Payroll")
    client.force_login(member)

    response = client.post(
        f"/systems/{system.slug}/declare/",
        {
            "since_month": "3",
            "since_year": "2022",
            "satisfaction": "4",
            "organisation_size": "250-999",
            "strengths": "Clear payslips",
            "weaknesses": "",
            "moved_from": str(old.pk),
            "moved_from_reason": "Too slow",
            "may_contact": "on",
        },
    )

    assert response.status_code == 302
    declaration = Declaration.objects.get(member=member)
    assert (declaration.since.year, declaration.since.month) == (2022, 3)
    assert declaration.satisfaction == 4 and declaration.may_contact
    assert declaration.moved_from == old


def test_the_form_prefills_an_existing_declaration(client, system):
    member = member_at()
    declare(system, member, satisfaction=2, strengths="Cheap")
    client.force_login(member)

    page = client.get(f"/systems/{system.slug}/declare/").content.decode()

    assert "Cheap" in page
    assert re.search(r'<input type="radio" name="satisfaction" value="2"[^>]*checked', page)


def test_half_a_date_is_refused_and_nothing_is_saved(client, system):
    client.force_login(member_at())

    response = client.post(
        f"/systems/{system.slug}/declare/", {"since_month": "3", "satisfaction": "4"}
    )

    assert response.status_code == 200
    assert "Give both the month and the year" in response.content.decode()
    assert not Declaration.objects.exists()


def test_a_member_without_organisation_is_told_to_add_one(client, system):
    from tests.factories import MemberFactory

    client.force_login(MemberFactory())

    page = client.get(f"/systems/{system.slug}/declare/").content.decode()

    assert "Add your organisation to your profile first" in page


def test_vendor_staff_get_no_rating_field(client, system):
    client.force_login(member_at("Clear Software"))

    page = client.get(f"/systems/{system.slug}/declare/").content.decode()

    assert 'name="satisfaction"' not in page
    assert "cannot rate it" in page


def test_the_system_page_shows_figures_chart_table_experiences_and_vendor_label(client, system):
    rate_many(system, [5, 4, 4, 3, 2], strengths="Solid **payroll**")
    declare(system, member_at("Clear Software"), strengths="I built it")
    client.force_login(member_at())

    page = client.get(system.get_absolute_url()).content.decode()

    assert "<svg" in page and 'role="img"' in page
    assert "Show the numbers" in page and "<table" in page
    assert "3.6 / 5" in page
    assert "Solid <strong>payroll</strong>" in page
    assert "works for the vendor" in page


def test_the_system_page_explains_why_there_is_no_chart_yet(client, system):
    rate_many(system, [5, 4])
    client.force_login(member_at())

    page = client.get(system.get_absolute_url()).content.decode()

    assert "<svg" not in page.split('id="figures-heading"')[1].split("</section>")[0]
    assert "3 more needed" in page


def test_filters_on_the_system_page(client, system):
    rate_many(system, [5] * 5)
    declare(system, member_at(country="NL"), satisfaction=1, strengths="Dutch view")
    client.force_login(member_at())

    page = client.get(system.get_absolute_url(), {"country": "NL"}).content.decode()

    assert "Dutch view" in page
    assert "4 more needed" in page


def test_comparing_two_systems(client, system):
    other = make_system("Other Payroll")
    rate_many(system, [5, 5, 4, 4, 4], strengths="Good")
    rate_many(other, [2], weaknesses="Bad")
    declare(other, moved_from=system)
    client.force_login(member_at())

    response = client.get("/systems/compare/", {"a": system.slug, "b": other.slug})
    page = response.content.decode()

    assert "Clear Payroll and Other Payroll side by side" in page
    assert "4.4 / 5" in page and "too few ratings" in page
    assert "1 came from Clear Payroll" in page


def test_comparing_a_system_with_itself_is_explained(client, system):
    client.force_login(member_at())

    page = client.get("/systems/compare/", {"a": system.slug, "b": system.slug}).content.decode()

    assert "Choose two different systems." in page


def test_catalogue_search_category_and_country(client, catalogue):
    client.force_login(member_at())

    danish = client.get("/systems/category/payroll/", {"country": "DK"}).content.decode()
    searched = client.get("/systems/", {"q": "teamtailor"}).content.decode()

    assert "Danløn" in danish and "Hogia Lön" not in danish and "Teamtailor" not in danish
    assert "Teamtailor" in searched and "Danløn" not in searched


def test_proposing_through_the_form(client):
    member = member_at()
    client.force_login(member)

    response = client.post(
        "/systems/propose/",
        {"name": "Lönekollen", "category": "payroll", "vendor": "Lönekollen AB", "country": "SE"},
    )

    system = System.objects.get(name="Lönekollen")
    assert response.status_code == 302 and response["Location"] == system.get_absolute_url()
    assert system.status == System.Status.PROPOSED and system.proposed_by == member


def test_declaring_an_affiliation_from_the_system_page(client, system):
    member = member_at()
    declare(system, member, satisfaction=5)
    client.force_login(member)

    client.post(f"/systems/{system.slug}/affiliation/", {"kind": "partner"})

    assert Declaration.objects.get(member=member).satisfaction is None


def test_the_profile_lists_systems_we_use(client, system):
    member = member_at()
    declare(system, member, satisfaction=4)
    client.force_login(member_at())

    page = client.get(f"/members/{member.pk}/").content.decode()

    assert "Systems we use" in page and "Clear Payroll" in page
    assert "4/5" not in page


def test_my_systems_page_lists_my_declarations(client, system):
    member = member_at()
    declare(system, member, satisfaction=4)
    client.force_login(member)

    page = client.get("/systems/mine/").content.decode()

    assert "Clear Payroll" in page and "4/5" in page
