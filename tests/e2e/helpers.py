"""Steps shared by the browser journeys."""

import re
from pathlib import Path

from django.core import mail
from playwright.sync_api import Page, expect

from members.models import Member
from tests.conftest import verified_email
from tests.factories import PASSWORD, MemberFactory

SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"


def verified_member(**fields) -> Member:
    """A member who can sign in: allauth's mandatory verification needs a verified EmailAddress."""
    return verified_email(MemberFactory(**fields))


def log_in(page: Page, email: str, password: str = PASSWORD) -> None:
    """Sign in through allauth's login form and wait for the member's home page."""
    page.goto("/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(password)
    page.locator("main form button[type=submit]").click()
    # The account menu exists only for a signed-in member (hidden behind the toggle on mobile).
    expect(page.locator(".nav-menu")).to_have_count(1)


def open_account_menu(page: Page) -> None:
    """The account menu is a <details> in the header; on narrow screens it sits in the nav."""
    summary = page.locator(".nav-menu summary")
    if page.locator(".nav-toggle").is_visible() and not page.locator("#site-nav").is_visible():
        page.locator(".nav-toggle").click()
    summary.click()
    expect(page.locator(".menu-panel")).to_be_visible()


def sign_out(page: Page) -> None:
    open_account_menu(page)
    page.locator(".menu-panel").get_by_role("button").click()
    expect(page.locator(".nav-menu")).to_have_count(0)


def path_from_outbox(pattern: str, *, to: str) -> str:
    """The site-relative path matching `pattern` in the last email sent to `to`."""
    messages = [message for message in mail.outbox if to in message.to]
    assert messages, f"No email to {to}; outbox has {[m.to for m in mail.outbox]}"
    match = re.search(pattern, messages[-1].body)
    assert match, f"No link matching {pattern!r} in:\n{messages[-1].body}"
    return match.group(0)


def screenshot(page: Page, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def signed_in_page(new_page, member: Member, viewport=None) -> Page:
    """A browser context of its own (own cookies) with `member` signed in."""
    page = new_page() if viewport is None else new_page(viewport)
    log_in(page, member.email)
    return page


def accept_next_dialog(page: Page) -> None:
    """Forms marked data-confirm ask window.confirm() first; Playwright would dismiss it."""
    page.once("dialog", lambda dialog: dialog.accept())


def mark_document(page: Page) -> None:
    """Tag the current document; `same_document` tells later whether the page was reloaded."""
    page.evaluate("window.__journeyMark = true")


def same_document(page: Page) -> bool:
    return page.evaluate("window.__journeyMark === true")


def screenshot_from_top(page: Page, name: str) -> Path:
    """A full-page screenshot after scrolling up: a scrolled page would show the sticky header
    stamped into the middle of the image."""
    page.evaluate("window.scrollTo(0, 0)")
    return screenshot(page, name)
