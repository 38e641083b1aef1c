"""Dashboards in Chromium on the seeded demo network: an administrator reads the network's
figures, a group manager reads their group's health."""

import io
import re

import pytest
from django.core.management import call_command
from django.urls import reverse
from playwright.sync_api import expect

from forums.models import Group
from insights import selectors
from tests.e2e.helpers import log_in, open_account_menu, screenshot_from_top

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

DEMO_PASSWORD = "hrnet-demo"


@pytest.fixture
def demo_network(transactional_db):
    call_command("seed_demo", stdout=io.StringIO())


def stat(page, label: str):
    return page.locator(".stat-grid .stat").filter(has=page.get_by_text(label, exact=True))


def test_administrator_reads_the_network_dashboard_and_downloads_a_table(page, demo_network):
    members = selectors.network_members().count()
    log_in(page, "admin@hrnet.example", DEMO_PASSWORD)

    open_account_menu(page)
    page.locator(".menu-panel").get_by_role("link", name="Network insights").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Network insights")
    expect(stat(page, "Members").locator("dd")).to_have_text(str(members))
    expect(stat(page, "Median time to first reply").locator("dd")).to_have_text(re.compile(r"h$"))
    expect(page.locator("svg.bar-chart").first).to_be_visible()
    expect(page.locator("svg.column-chart rect").first).to_be_attached()
    page.get_by_label("Period").select_option("30")
    page.get_by_role("button", name="Show").click()
    expect(page).to_have_url(re.compile(r"/insights/\?days=30$"))
    expect(page.get_by_label("Period")).to_have_value("30")
    screenshot_from_top(page, "desktop-insights-network")

    with page.expect_download() as download:
        page.locator("section", has_text="Members by role").get_by_role(
            "link", name="Download CSV"
        ).click()
    assert download.value.suggested_filename == "network-roles.csv"


def test_group_manager_reads_their_groups_health_but_not_another_group(page, demo_network):
    group = Group.objects.get(name="HRnet Sverige")
    elsewhere = Group.objects.get(name="HRnet Danmark")  # managed by Lars, not Anna
    log_in(page, "anna@hrnet.example", DEMO_PASSWORD)

    # Anna reads HRnet in Swedish: follow the links by where they lead, not by their text.
    page.goto(group.get_absolute_url())
    page.locator(f"a[href='{reverse('forums:group_tab', args=[group.slug, 'about'])}']").click()
    page.locator(f"a[href='{reverse('insights:group', args=[group.slug])}']").click()

    expect(page.get_by_role("heading", level=1)).to_contain_text(group.name)
    members = page.locator(".stat-grid .stat dd").first  # "Members", in Anna's language
    expect(members).to_have_text(str(group.member_count))
    expect(page.get_by_role("navigation", name="Group dashboards")).to_have_count(0)
    expect(page.locator("svg.bar-chart").first).to_be_visible()
    screenshot_from_top(page, "desktop-insights-group")

    response = page.goto(reverse("insights:group", args=[elsewhere.slug]))
    assert response.status == 404


def test_network_dashboard_fits_a_phone(mobile_page, demo_network):
    page = mobile_page
    log_in(page, "admin@hrnet.example", DEMO_PASSWORD)

    page.goto("/insights/")

    expect(page.get_by_role("heading", level=1)).to_have_text("Network insights")
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"the page scrolls sideways by {overflow}px on a phone"
    screenshot_from_top(page, "mobile-insights-network")
