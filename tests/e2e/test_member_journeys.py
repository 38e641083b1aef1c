"""Members' journeys through HRnet in Chromium: sign-up, language, invitations, privacy, mobile."""

import json
import re
from pathlib import Path

import pytest
from django.core import mail
from django.utils import translation
from playwright.sync_api import expect

from forums.models import Group, Thread
from members import services
from members.models import Member
from tests.e2e.helpers import (
    log_in,
    open_account_menu,
    path_from_outbox,
    screenshot,
    sign_out,
    verified_member,
)
from tests.factories import PASSWORD

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

NEW_PASSWORD = "lingonberry-payroll-2025"


def birgitta() -> Member:
    member = verified_member(display_name="Birgitta Sjöberg", email="birgitta@example.se")
    return services.update_profile(
        member=member,
        data={"headline": "Head of HR at a Gothenburg retailer"},
        organisation_name="Nordhandel AB",
        expertise=["labour law", "onboarding"],
    )


def fill_signup_form(page, *, name: str, email: str | None = None) -> None:
    if email is not None:
        page.get_by_label("Email").fill(email)
    page.get_by_label("Your name").fill(name)
    page.get_by_label(re.compile(r"^Password:?$")).fill(NEW_PASSWORD)
    page.get_by_label(re.compile(r"Password \(again\)")).fill(NEW_PASSWORD)
    page.get_by_role("button", name="Sign Up").click()


def test_new_member_signs_up_verifies_completes_profile_and_finds_a_peer(page):
    peer = birgitta()

    page.goto("/accounts/signup/")
    fill_signup_form(page, name="Lars Eriksson", email="lars@example.org")
    page.wait_for_url("**/accounts/confirm-email/")
    screenshot(page, "desktop-verification-sent")

    page.goto(path_from_outbox(r"/accounts/confirm-email/[^/\s]+/", to="lars@example.org"))
    screenshot(page, "desktop-confirm-email")
    page.get_by_role("button", name="Confirm").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Welcome, Lars Eriksson")
    assert Member.objects.get(email="lars@example.org").email_verified

    page.get_by_role("link", name="Complete your profile").click()
    page.wait_for_url("**/members/me/edit/")
    page.get_by_label("Headline").fill("Payroll lead for the Nordics")
    page.get_by_label("Role").select_option("payroll_manager")
    page.get_by_label("Organisation").fill("Fjord Logistics")
    page.get_by_label("Country").select_option("NO")
    page.get_by_label("Expertise").fill("payroll, holiday pay")
    page.get_by_role("button", name="Save profile").click()

    expect(page.get_by_text("Your profile has been saved.")).to_be_visible()
    expect(page.get_by_role("heading", level=1)).to_have_text("Lars Eriksson")
    profile = page.locator(".profile-header")
    expect(profile).to_contain_text("Payroll lead for the Nordics")
    expect(profile).to_contain_text("Payroll manager")
    expect(profile).to_contain_text("Fjord Logistics")
    expect(profile).to_contain_text("Norway")
    tags = page.locator(".details .tag")
    expect(tags).to_have_count(2)
    assert sorted(tags.all_inner_texts()) == ["holiday pay", "payroll"]

    page.locator("#site-nav").get_by_role("link", name="Members").click()
    main = page.locator("main")
    main.get_by_label("Search by name, organisation or expertise").fill("birg")
    main.get_by_role("button", name="Search", exact=True).click()
    expect(main.get_by_role("status")).to_contain_text("1 member found")
    page.get_by_role("link", name="Birgitta Sjöberg").click()

    page.wait_for_url(f"**/members/{peer.pk}/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Birgitta Sjöberg")
    expect(page.locator(".profile-header")).to_contain_text("Nordhandel AB")


def test_language_choice_is_remembered_across_sign_ins(page):
    member = verified_member(display_name="Noor de Vries")
    html = page.locator("html")
    log_in(page, member.email)
    expect(html).to_have_attribute("lang", "en")

    page.get_by_label("Language").select_option("sv")  # submits on change

    expect(html).to_have_attribute("lang", "sv")
    member.refresh_from_db()
    assert member.preferred_language == "sv"
    with translation.override("sv"):
        members_in_swedish = translation.gettext("Members")
    nav = page.locator("#site-nav")
    expect(nav.get_by_role("link", name=members_in_swedish, exact=True)).to_be_visible()
    screenshot(page, "desktop-home-sv")

    sign_out(page)
    page.context.clear_cookies()  # forget the language cookie: only the account remembers
    page.goto("/")
    expect(html).to_have_attribute("lang", "en")

    log_in(page, member.email)
    expect(html).to_have_attribute("lang", "sv")
    expect(page.locator("#language-select")).to_have_value("sv")
    expect(nav.get_by_role("link", name=members_in_swedish, exact=True)).to_be_visible()


def test_invited_colleague_signs_up_without_a_verification_email(page, new_page):
    inviter = verified_member(display_name="Ingrid Solberg")
    note = "Hei Mads! We swap payroll questions here every week."
    log_in(page, inviter.email)

    open_account_menu(page)
    page.locator(".menu-panel").get_by_role("link", name="Invite colleagues").click()
    page.get_by_label("Colleague's email address").fill("new@example.org")
    page.get_by_label("Personal note (optional)").fill(note)
    page.get_by_role("button", name="Send invitation").click()
    expect(page.get_by_text("Invitation sent to new@example.org.")).to_be_visible()
    sent_row = page.locator("table tr", has_text="new@example.org")
    expect(sent_row).to_contain_text("Invited")

    invitation_path = path_from_outbox(r"/members/invitation/[^/\s]+/", to="new@example.org")
    colleague_page = new_page()
    colleague_page.goto(invitation_path)
    expect(colleague_page.get_by_role("heading", level=1)).to_have_text(
        "Ingrid Solberg invites you to HRnet"
    )
    expect(colleague_page.locator("blockquote")).to_have_text(note)
    screenshot(colleague_page, "desktop-invitation-landing")
    colleague_page.get_by_role("link", name="Create your account").click()
    expect(colleague_page.get_by_label("Email")).to_have_value("new@example.org")
    fill_signup_form(colleague_page, name="Mads Kjær")

    expect(colleague_page.get_by_role("heading", level=1)).to_have_text("Welcome, Mads Kjær")
    assert not [m for m in mail.outbox if "confirm-email" in m.body]
    colleague = Member.objects.get(email="new@example.org")
    assert colleague.email_verified
    assert colleague.invited_by_id == inviter.pk

    page.reload()
    joined = page.locator("section", has=page.get_by_role("heading", name="Joined through you"))
    expect(joined.get_by_role("link", name="Mads Kjær")).to_be_visible()
    expect(sent_row).to_contain_text("Joined")


def test_member_downloads_their_data_as_json(page):
    member = verified_member(display_name="Sanne Bakker", email="sanne@example.nl")
    services.update_profile(
        member=member,
        data={"headline": "HR business partner", "city": "Utrecht"},
        organisation_name="Polder Zorg",
        expertise=["works councils"],
    )
    log_in(page, member.email, PASSWORD)

    open_account_menu(page)
    page.get_by_role("link", name="Privacy and my data").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Privacy and my data")
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download my data").click()
    download = download_info.value

    assert re.fullmatch(r"hrnet-my-data-\d{8}\.json", download.suggested_filename)
    data = json.loads(Path(download.path()).read_text(encoding="utf-8"))
    assert data["account"]["email"] == "sanne@example.nl"
    assert data["profile"]["display_name"] == "Sanne Bakker"
    assert data["profile"]["headline"] == "HR business partner"
    assert data["profile"]["organisation"] == "Polder Zorg"
    assert data["profile"]["expertise"] == ["works councils"]


def test_deleting_the_account_and_posts_signs_out_for_good(page):
    member = verified_member(display_name="Henrik Dahl", email="henrik@example.dk")
    group = Group.objects.create(name="Payroll Nordic", slug="payroll-nordic")
    thread = Thread.objects.create(
        group=group,
        author=member,
        title="Holiday pay after parental leave?",
        body_markdown="How do you calculate it?",
        body_html="<p>How do you calculate it?</p>",
    )
    log_in(page, member.email)

    page.goto("/members/me/privacy/")
    page.get_by_role("link", name="Delete my account…").click()
    page.wait_for_url("**/members/me/delete/")
    page.get_by_label("Remove my posts and replies").check()
    page.get_by_label("Type your email address to confirm").fill("henrik@example.dk")
    page.get_by_role("button", name="Delete my account permanently").click()

    page.wait_for_url(re.compile(r"/$"))
    expect(page.get_by_text("Your account has been deleted.")).to_be_visible()
    expect(page.locator("#site-nav").get_by_role("link", name="Sign in")).to_be_visible()
    assert not Thread.objects.filter(pk=thread.pk).exists()

    page.goto("/accounts/login/")
    page.get_by_label("Email").fill("henrik@example.dk")
    page.get_by_label("Password").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()
    expect(page.locator("main .errorlist")).to_be_visible()
    expect(page.locator(".nav-menu")).to_have_count(0)
    assert page.url.endswith("/accounts/login/")


def test_mobile_menu_opens_and_directory_is_usable(mobile_page):
    page = mobile_page
    peer = birgitta()
    member = verified_member(display_name="Eva Lund")
    toggle = page.locator(".nav-toggle")
    nav = page.locator("#site-nav")

    page.goto("/")
    expect(toggle).to_be_visible()
    expect(nav).to_be_hidden()
    expect(toggle).to_have_attribute("aria-expanded", "false")
    toggle.click()
    expect(nav).to_be_visible()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    screenshot(page, "mobile-nav-open")
    nav.get_by_role("link", name="Sign in").click()
    log_in(page, member.email)

    expect(nav).to_be_hidden()
    toggle.click()
    nav.get_by_role("link", name="Members").click()
    page.wait_for_url("**/members/")
    expect(nav).to_be_hidden()
    main = page.locator("main")
    search = main.get_by_label("Search by name, organisation or expertise")
    expect(search).to_be_in_viewport()
    search.fill("birg")
    main.get_by_role("button", name="Search", exact=True).click()
    card = page.locator(".member-card", has_text="Birgitta Sjöberg")
    expect(card).to_be_visible()
    box = card.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    screenshot(page, "mobile-directory-search")
    card.get_by_role("link", name="Birgitta Sjöberg").click()
    page.wait_for_url(f"**/members/{peer.pk}/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Birgitta Sjöberg")
