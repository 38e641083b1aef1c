"""The HR-systems map in Chromium: a member declares their payroll system; another compares two
systems and asks a user about one of them."""

import re

import pytest
from playwright.sync_api import expect

from conversations.models import Conversation
from systems import services
from systems.demo import ensure_catalogue
from systems.models import Declaration, System
from tests.e2e.helpers import screenshot_from_top, signed_in_page, verified_member
from tests.factories import OrganisationFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def catalogue(transactional_db):
    ensure_catalogue()


def rated_by_others(system: System, ratings, *, may_contact_name=None):
    for number, rating in enumerate(ratings):
        member = verified_member(
            display_name=f"{system.name} User {number}",
            organisation=OrganisationFactory(name=f"{system.name} Customer {number}"),
            country="DK",
        )
        services.declare(
            member=member,
            system=system,
            satisfaction=rating,
            strengths="Danish holiday rules built in." if number == 0 else "",
            may_contact=number == 0,
        )
    if may_contact_name:
        first = Declaration.objects.filter(system=system, may_contact=True).first().member
        first.display_name = may_contact_name
        first.save(update_fields=["display_name"])


def test_member_declares_their_payroll_system(new_page, catalogue):
    member = verified_member(
        display_name="Lene Løn",
        organisation=OrganisationFactory(name="Havnekontoret A/S"),
        country="DK",
        role="payroll_manager",
    )
    page = signed_in_page(new_page, member)

    page.get_by_role("navigation", name="Main").get_by_role("link", name="HR systems").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("HR systems map")
    page.get_by_role("navigation", name="Categories").get_by_role(
        "link", name=re.compile("^Payroll")
    ).click()
    page.get_by_label("Used in").select_option("DK")
    page.get_by_role("button", name="Search").click()
    screenshot_from_top(page, "desktop-systems-catalogue")
    page.get_by_role("link", name="Danløn").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Danløn")
    expect(page.get_by_text("more needed")).to_be_visible()
    page.get_by_role("link", name="We use this").click()

    page.get_by_label("In use since (month)").select_option("3")
    page.get_by_label("In use since (year)").fill("2021")
    page.get_by_label("4 – satisfied").check()
    page.get_by_label("Size of your organisation").select_option("250-999")
    page.get_by_label("Strengths").fill("Holiday pay is **always** right.")
    page.get_by_label("Weaknesses").fill("Reports need an expert.")
    page.get_by_label("What did you use before?").select_option(label="Zenegy")
    page.get_by_label("Why did you switch?").fill("We needed Danish collective agreements.")
    page.get_by_label("Other members may ask me about it in a private message").check()
    screenshot_from_top(page, "desktop-systems-declare")
    page.get_by_role("button", name="Save").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Danløn")
    expect(page.get_by_text("You declared that your organisation uses it.")).to_be_visible()
    experience = page.locator("article.experience").first
    expect(experience.locator("strong", has_text="always")).to_be_visible()
    expect(experience.get_by_role("heading", name="Moved from Zenegy")).to_be_visible()
    declaration = Declaration.objects.get(member=member)
    assert declaration.satisfaction == 4 and declaration.may_contact
    assert (declaration.since.year, declaration.since.month) == (2021, 3)
    assert declaration.moved_from.name == "Zenegy"

    # "Systems we use" on the profile.
    page.goto(f"/members/{member.pk}/")
    expect(
        page.get_by_role("region", name="Systems we use").get_by_role("link", name="Danløn")
    ).to_be_visible()


def test_member_compares_two_systems_and_asks_a_user(new_page, catalogue):
    danlon = System.objects.get(slug="danlon")
    zenegy = System.objects.get(slug="zenegy")
    rated_by_others(danlon, [5, 4, 4, 5, 3], may_contact_name="Dorte Danløn")
    rated_by_others(zenegy, [3, 2])
    asker = verified_member(
        display_name="Mette Spørger", organisation=OrganisationFactory(name="Asker ApS")
    )
    page = signed_in_page(new_page, asker)

    page.goto("/systems/compare/")
    page.get_by_label("First system").select_option(label="Danløn")
    page.get_by_label("Second system").select_option(label="Zenegy")
    page.get_by_role("button", name="Compare").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Danløn and Zenegy side by side")
    table = page.locator("table.compare-table")
    expect(table.get_by_role("row", name=re.compile("Average satisfaction"))).to_contain_text(
        "4.2 / 5"
    )
    expect(table.get_by_role("row", name=re.compile("Average satisfaction"))).to_contain_text(
        "too few ratings"
    )
    expect(page.locator("svg.bar-chart")).to_have_count(1)
    screenshot_from_top(page, "desktop-systems-compare")

    page.get_by_role("link", name="Danløn").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Danløn")
    expect(page.locator("svg.bar-chart")).to_be_visible()
    ask = page.get_by_role("region", name="Ask a user")
    expect(ask.get_by_role("link", name="Dorte Danløn", exact=True)).to_be_visible()
    screenshot_from_top(page, "desktop-systems-detail")

    ask.get_by_role("link", name="Ask Dorte Danløn").click()
    expect(page).to_have_url(re.compile(r"/messages/new/\?to=\d+"))
    expect(page.get_by_label("Subject")).to_have_value("Your experience of Danløn")
    page.get_by_label("Message").fill("How was the switch to Danløn for you?")
    page.locator("main form button[type=submit]").last.click()
    expect(page.get_by_text("How was the switch to Danløn for you?")).to_be_visible()
    conversation = Conversation.objects.get(subject="Your experience of Danløn")
    assert set(conversation.participants.values_list("member__display_name", flat=True)) == {
        "Dorte Danløn",
        "Mette Spørger",
    }


def test_system_pages_on_a_phone(new_page, catalogue):
    from tests.e2e.conftest import MOBILE

    danlon = System.objects.get(slug="danlon")
    rated_by_others(danlon, [5, 4, 4, 5, 3])
    member = verified_member(organisation=OrganisationFactory(name="Phone ApS"))
    page = signed_in_page(new_page, member, MOBILE)

    page.goto("/systems/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    screenshot_from_top(page, "mobile-systems-catalogue")
    page.goto(danlon.get_absolute_url())
    expect(page.locator("svg.bar-chart")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    screenshot_from_top(page, "mobile-systems-detail")
    page.goto("/systems/compare/?a=danlon&b=zenegy")
    expect(page.get_by_role("heading", level=1)).to_contain_text("side by side")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    screenshot_from_top(page, "mobile-systems-compare")
    page.goto("/systems/danlon/declare/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    screenshot_from_top(page, "mobile-systems-declare")
