"""An accessibility smoke test over the main pages, with screenshots at desktop and phone widths."""

from datetime import timedelta

import pytest
from django.utils import timezone
from django.utils.text import slugify

from events.models import Event
from forums.models import Group, GroupMembership
from members import services
from members.models import Invitation
from tests.e2e.conftest import DESKTOP, MOBILE
from tests.e2e.helpers import log_in, screenshot, verified_member

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

# Facts about the page that a screen reader or a phone user depends on, gathered in one pass.
PAGE_FACTS_JS = """() => {
  const shown = (el) =>
    el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden";
  const text = (el) => (el && el.textContent || "").trim();
  const unlabelled = [];
  for (const el of document.querySelectorAll("input, select, textarea")) {
    if (["hidden", "submit", "button", "reset", "image"].includes(el.type) || !shown(el)) continue;
    const byLabel = Array.from(el.labels || []).some((label) => text(label));
    const byAria = (el.getAttribute("aria-label") || "").trim()
      || (el.getAttribute("aria-labelledby") || "").split(/\\s+/)
           .some((id) => id && text(document.getElementById(id)));
    if (!byLabel && !byAria) unlabelled.push(el.outerHTML.slice(0, 140));
  }
  const seen = {};
  for (const el of document.querySelectorAll("[id]")) seen[el.id] = (seen[el.id] || 0) + 1;
  return {
    h1: document.querySelectorAll("h1").length,
    lang: document.documentElement.getAttribute("lang") || "",
    main: document.querySelectorAll("main, [role=main]").length,
    unlabelled,
    duplicateIds: Object.keys(seen).filter((id) => seen[id] > 1),
    scrollWidth: document.documentElement.scrollWidth,
  };
}"""

# Just above the 800px breakpoint where the navigation collapses (an iPad Air held upright).
TABLET = {"width": 820, "height": 1180}
ANONYMOUS_PAGES = [("landing", "/"), ("login", "/accounts/login/"), ("signup", "/accounts/signup/")]


def member_pages(member):
    return [
        ("home", "/"),
        ("directory", "/members/"),
        ("profile", f"/members/{member.pk}/"),
        ("edit-profile", "/members/me/edit/"),
        ("invitations", "/members/me/invitations/"),
        ("privacy", "/members/me/privacy/"),
    ]


def a_lively_network():
    """Enough people, groups and events that every page shows its real layout."""
    member = verified_member(display_name="Astrid Nygaard", email="astrid@example.no", country="NO")
    services.update_profile(
        member=member,
        data={
            "headline": "HR director at a Bergen shipping company",
            "city": "Bergen",
            "languages": ["nb", "en", "sv"],
            "bio_markdown": "I build **HR functions** from scratch.\n\n- onboarding\n- payroll",
            "linkedin_url": "https://www.linkedin.com/in/astrid-nygaard",
        },
        organisation_name="Vestland Shipping ASA",
        expertise=["change management", "collective agreements", "onboarding"],
    )
    for name, organisation, tags in [
        ("Birgitta Sjöberg", "Nordhandel AB", ["labour law", "onboarding"]),
        (
            "Jan-Willem van der Berg-Hoogendoorn",
            "Rijnmond Zorggroep",
            ["payroll", "works councils"],
        ),
        ("Mette Kjærgaard", "", []),
    ]:
        colleague = verified_member(display_name=name, country="SE")
        services.update_profile(
            member=colleague,
            data={"headline": "People & culture"},
            organisation_name=organisation,
            expertise=tags,
        )
    colleague.invited_by = member  # the last one joined through Astrid's invitation
    colleague.save(update_fields=["invited_by"])
    Invitation.objects.create(
        inviter=member, email="later@example.org", token="tok-later", sent_at=timezone.now()
    )
    Invitation.objects.create(
        inviter=member,
        email=colleague.email,
        token="tok-joined",
        accepted_by=colleague,
        accepted_at=timezone.now(),
        sent_at=timezone.now(),
    )
    payroll = Group.objects.create(name="Payroll Nordic", slug="payroll-nordic", member_count=1)
    Group.objects.create(name="Digital HR", slug="digital-hr", member_count=12)
    GroupMembership.objects.create(group=payroll, member=member)
    soon = (timezone.localtime() + timedelta(days=10)).replace(hour=17, minute=30)
    for title, kind, city in [
        ("After-work in Oslo", Event.Kind.AFTER_WORK, "Oslo"),
        ("World café: hybrid work", Event.Kind.WORLD_CAFE, "Bergen"),
    ]:
        Event.objects.create(
            title=title,
            slug=slugify(title),
            kind=kind,
            city=city,
            country="NO",
            starts_at=soon,
            ends_at=soon + timedelta(hours=2),
        )
    return member


def problems_on(page, name: str) -> list[str]:
    """Check the page at desktop, tablet and phone widths; screenshot desktop and phone."""
    problems = []
    screenshot(page, f"desktop-{name}")
    facts = page.evaluate(PAGE_FACTS_JS)
    if facts["h1"] != 1:
        problems.append(f"{name}: {facts['h1']} h1 elements")
    if not facts["lang"]:
        problems.append(f"{name}: <html> has no lang")
    if facts["main"] != 1:
        problems.append(f"{name}: {facts['main']} main landmarks")
    problems += [f"{name}: no accessible label on {html}" for html in facts["unlabelled"]]
    problems += [f"{name}: duplicate id {id_!r}" for id_ in facts["duplicateIds"]]

    page.set_viewport_size(TABLET)
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    if scroll_width > TABLET["width"]:
        problems.append(f"{name}: scrolls sideways at 820px (scrollWidth {scroll_width})")

    page.set_viewport_size(MOBILE)
    screenshot(page, f"mobile-{name}")
    facts = page.evaluate(PAGE_FACTS_JS)
    if facts["scrollWidth"] > MOBILE["width"]:
        problems.append(f"{name}: scrolls sideways at 390px (scrollWidth {facts['scrollWidth']})")
    problems += [f"{name} (phone): no accessible label on {html}" for html in facts["unlabelled"]]
    page.set_viewport_size(DESKTOP)
    return problems


def test_main_pages_pass_an_accessibility_smoke_test(page):
    member = a_lively_network()
    problems = []
    for name, url in ANONYMOUS_PAGES:
        page.goto(url)
        problems += problems_on(page, name)
    log_in(page, member.email)
    for name, url in member_pages(member):
        page.goto(url)
        problems += problems_on(page, name)
    assert not problems, "\n".join(problems)
