"""Alumni networks in Chromium: a network admin imports the leaver register and invites people,
an invitee signs up from the email and joins, the admin finds who would come back, and an
outsider learns nothing about the network."""

import re
from pathlib import Path

import pytest
from django.core import mail
from playwright.sync_api import Page, expect

from alumni import services
from alumni.models import AlumniMembership, AlumniNetwork, FormerEmployee
from forums.models import Thread
from members.models import Member
from tests.e2e.helpers import (
    log_in,
    open_account_menu,
    path_from_outbox,
    screenshot,
    screenshot_from_top,
    verified_member,
)
from tests.factories import MemberFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

NETWORK_NAME = "Nordhandel Alumni"
INVITEE_EMAIL = "asa.lindqvist@example.se"
INVITEE_NAME = "Åsa Lindqvist"
NEW_PASSWORD = "lingonberry-payroll-2025"
BAD_EMAIL = "erik.nilsson.example.se"

# What Swedish Excel writes for "CSV (semicolon separated)": Windows-1252, semicolons, CRLF.
LEAVER_REGISTER = (
    "Namn;E-post;Avdelning;Anställningsdatum;Slutdatum\r\n"
    f"{INVITEE_NAME};{INVITEE_EMAIL};Lön;2016-03-01;2023-08-31\r\n"
    "Lindström, Björn;bjorn.lindstrom@example.se;HR;2018-09-01;2024-01-31\r\n"
    "Karin Ek;karin.ek@example.se;Rekrytering;2015-01-12;2022-06-30\r\n"
    f"Erik Nilsson;{BAD_EMAIL};Lön;2019-02-01;2024-03-15\r\n"
)


def nordhandel_network() -> tuple[AlumniNetwork, Member]:
    """An invitation-only network set up by a site admin, run by a verified member."""
    staff = MemberFactory(display_name="Site Admin", is_staff=True)
    admin = verified_member(display_name="Maria Holm", email="maria.holm@nordhandel.se")
    network = services.create_network(
        creator=staff,
        organisation_name="Nordhandel AB",
        name=NETWORK_NAME,
        admin=admin,
        purpose="Company news, meetings and job openings for former Nordhandel colleagues.",
        guidelines=(
            "- Be kind to former colleagues.\n"
            "- **Keep what you read here** within the network.\n"
            "- No recruiting for competitors."
        ),
        join_policy=AlumniNetwork.JoinPolicy.INVITATION,
    )
    return network, admin


def open_network(page: Page) -> None:
    """From anywhere: account menu → Alumni networks → the network's home."""
    open_account_menu(page)
    page.locator(".menu-panel").get_by_role("link", name="Alumni networks").click()
    page.locator("main").get_by_role("link", name=NETWORK_NAME).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(NETWORK_NAME)


def admin_tab(page: Page, name: str) -> None:
    nav = page.get_by_role("navigation", name="Network administration")
    nav.get_by_role("link", name=name, exact=True).click()
    expect(nav.get_by_role("link", name=name, exact=True)).to_have_attribute("aria-current", "page")


def stat(page: Page, label: str):
    """The figure under a dashboard card's exact label ("Invited", not "Not invited yet")."""
    return page.locator(".stat").filter(has=page.get_by_text(label, exact=True)).locator("dd")


def test_admin_imports_leavers_invites_them_and_an_invitee_joins_and_is_open_to_returning(
    page, new_page, tmp_path
):
    network, admin = nordhandel_network()
    register = tmp_path / "avslutade-anstallda.csv"
    register.write_bytes(LEAVER_REGISTER.encode("cp1252"))

    # 1. The admin imports the leaver register and invites everyone in it.
    log_in(page, admin.email)
    open_network(page)
    page.locator("main").get_by_role("link", name="Administration").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(NETWORK_NAME)
    admin_tab(page, "Import")
    page.get_by_label("Leaver register (CSV)").set_input_files(register)
    page.get_by_role("button", name="Show the preview").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Check the import")
    main = page.locator("main")
    expect(main).to_contain_text("3 rows ready")
    columns = main.locator("p", has_text="Columns found")
    for header in ("Namn", "E-post", "Avdelning", "Anställningsdatum", "Slutdatum"):
        expect(columns).to_contain_text(header)
    rows = page.locator("main table tbody tr")
    expect(rows).to_have_count(4)
    expect(rows.filter(has_text="Björn Lindström")).to_contain_text("bjorn.lindstrom@example.se")
    expect(rows.filter(has_text=INVITEE_NAME)).to_contain_text("Lön")
    bad_row = page.locator("main tr.row-error")
    expect(bad_row).to_have_count(1)
    expect(bad_row).to_contain_text("Erik Nilsson")
    expect(bad_row.locator(".error")).to_have_text(f"“{BAD_EMAIL}” is not a valid email address.")
    screenshot(page, "desktop-alumni-import-preview")
    assert not FormerEmployee.objects.exists(), "the preview saved people before confirming"

    page.get_by_role("button", name="Import 3 rows").click()

    expect(page.get_by_text("3 people added, 0 updated.")).to_be_visible()
    expect(
        page.get_by_role("navigation", name="Network administration").get_by_role(
            "link", name="Former employees"
        )
    ).to_have_attribute("aria-current", "page")
    people = page.locator("main table tbody tr")
    expect(people).to_have_count(3)
    expect(page.locator(".bulk-bar")).to_contain_text("3 people")
    for name in ("Björn Lindström", "Karin Ek", INVITEE_NAME):
        expect(people.filter(has_text=name)).to_have_count(1)
    expect(people.locator(".badge")).to_have_text(["Not invited"] * 3)

    page.get_by_label("Select all").check()
    for box in people.get_by_role("checkbox").all():
        expect(box).to_be_checked()
    page.get_by_role("button", name="Invite / send again").click()

    expect(page.get_by_text("3 invitations are on their way.")).to_be_visible()
    expect(people.locator(".badge")).to_have_text(["Invited"] * 3)
    expect(people.locator("td:nth-child(7)")).to_have_text([re.compile(r"\(1×\)$")] * 3)
    invited = sorted(address for message in mail.outbox for address in message.to)
    assert invited == sorted(["bjorn.lindstrom@example.se", "karin.ek@example.se", INVITEE_EMAIL])
    assert mail.outbox[-1].subject == f"You are invited to {NETWORK_NAME}"
    screenshot(page, "desktop-alumni-people")

    # 2. The invitee follows the email's link, signs up (no verification email) and joins.
    invitation_path = path_from_outbox(r"/alumni/invitation/[^/\s]+/", to=INVITEE_EMAIL)
    outbox_before_signup = len(mail.outbox)
    invitee_page = new_page()
    invitee_page.goto(invitation_path)
    expect(invitee_page.get_by_role("heading", level=1)).to_have_text(
        f"You are invited to {NETWORK_NAME}"
    )
    expect(invitee_page.locator("main")).to_contain_text(f"Hello {INVITEE_NAME}")
    invitee_page.get_by_role("link", name="Create your account").click()
    expect(invitee_page.get_by_label("Email")).to_have_value(INVITEE_EMAIL)
    invitee_page.get_by_label("Your name").fill(INVITEE_NAME)
    invitee_page.get_by_label(re.compile(r"^Password:?$")).fill(NEW_PASSWORD)
    invitee_page.get_by_label(re.compile(r"Password \(again\)")).fill(NEW_PASSWORD)
    invitee_page.get_by_role("button", name="Sign Up").click()

    invitee_page.wait_for_url(f"**/alumni/{network.slug}/guidelines/")
    expect(invitee_page.get_by_role("heading", level=1)).to_have_text(f"Welcome to {NETWORK_NAME}")
    expect(invitee_page.locator(".prose strong")).to_have_text("Keep what you read here")
    sent_since = mail.outbox[outbox_before_signup:]
    assert not [m for m in sent_since if "confirm-email" in m.body], "asked to verify again"
    invitee = Member.objects.get(email=INVITEE_EMAIL)
    assert invitee.email_verified

    invitee_page.get_by_label("I accept the network's guidelines").check()
    invitee_page.get_by_role("button", name="Join the network").click()

    expect(invitee_page.get_by_text(f"Welcome to {NETWORK_NAME}!")).to_be_visible()
    expect(invitee_page.get_by_role("heading", level=1)).to_have_text(NETWORK_NAME)
    membership = AlumniMembership.objects.get(network=network, member=invitee)
    assert membership.status == AlumniMembership.Status.APPROVED
    assert (membership.department, str(membership.ended_on)) == ("Lön", "2023-08-31")
    assert FormerEmployee.objects.get(email=INVITEE_EMAIL).status == FormerEmployee.Status.JOINED
    screenshot_from_top(invitee_page, "desktop-alumni-network-home")

    invitee_page.get_by_role("link", name="Discussion group").click()
    expect(invitee_page.get_by_role("heading", level=1)).to_have_text(NETWORK_NAME)
    invitee_page.get_by_role("link", name="Start a discussion").click()
    form = invitee_page.locator("main form")
    form.get_by_label("Title").fill("Anyone else from the Lön team in Malmö?")
    form.get_by_label("Text").fill("I left in 2023 and would love to catch up over a fika.")
    invitee_page.get_by_role("button", name="Publish").click()
    expect(invitee_page.get_by_role("heading", level=1)).to_have_text(
        "Anyone else from the Lön team in Malmö?"
    )
    invitee_page.locator(".breadcrumb").get_by_role("link", name=NETWORK_NAME).click()
    expect(invitee_page.locator(".thread-row")).to_contain_text(
        "Anyone else from the Lön team in Malmö?"
    )
    assert Thread.objects.get().group_id == network.group_id

    open_network(invitee_page)
    invitee_page.get_by_role("link", name="My alumni profile").click()
    expect(invitee_page.get_by_role("heading", level=1)).to_have_text("My alumni profile")
    expect(invitee_page.get_by_label("Department")).to_have_value("Lön")
    invitee_page.get_by_label("Open to returning").check()
    invitee_page.get_by_label("Areas I would return to").fill("payroll")
    invitee_page.get_by_role("button", name="Save").click()
    expect(invitee_page.get_by_text("Your alumni profile has been saved.")).to_be_visible()
    membership.refresh_from_db()
    assert membership.open_to_returning
    assert membership.returning_areas == "payroll"

    # 3. The admin finds the invitee among the people open to returning and downloads them.
    open_network(page)
    page.locator("main").get_by_role("link", name="Administration").click()
    expect(stat(page, "Joined")).to_have_text("2")
    expect(stat(page, "Invited")).to_have_text("3")
    expect(stat(page, "Open to returning")).to_have_text("1")
    expect(page.locator("svg.chart circle")).to_have_count(1)
    screenshot(page, "desktop-alumni-admin-dashboard")
    admin_tab(page, "Open to returning")
    card = page.locator(".member-card", has_text=INVITEE_NAME)
    expect(card).to_be_visible()
    expect(card).to_contain_text("Would return to: payroll")
    expect(page.locator(".member-card")).to_have_count(1)

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download CSV").click()
    download = download_info.value
    assert download.suggested_filename == f"{network.slug}-boomerang.csv"
    csv_text = Path(download.path()).read_text(encoding="utf-8-sig")
    assert INVITEE_EMAIL in csv_text
    assert csv_text.splitlines()[0].startswith("Name,Email,Department")
    assert len(csv_text.splitlines()) == 2

    admin_tab(page, "Former employees")
    expect(page.locator("main tbody tr", has_text=INVITEE_NAME).locator(".badge")).to_have_text(
        "Joined"
    )


def test_outsider_gets_not_found_for_the_network_and_its_group(page):
    network, _admin = nordhandel_network()
    outsider = verified_member(display_name="Olle Utter", email="olle@example.se")
    log_in(page, outsider.email)

    for path in (
        network.get_absolute_url(),
        f"/alumni/{network.slug}/directory/",
        f"/alumni/{network.slug}/admin/",
        network.group.get_absolute_url(),
    ):
        response = page.goto(path)
        assert response.status == 404, f"{path} answered {response.status}"
    expect(page.get_by_text(NETWORK_NAME)).to_have_count(0)

    open_account_menu(page)
    page.locator(".menu-panel").get_by_role("link", name="Alumni networks").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Alumni networks")
    expect(page.locator("main")).not_to_contain_text(NETWORK_NAME)
