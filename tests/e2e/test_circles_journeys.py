"""Intervision circles in Chromium: a manager opens a round from the group page, a member signs
up through the form (the others are seeded), the manager forms and publishes the circles, and
the member finds their circle and its next meeting under "My circles"."""

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from circles import services as circle_services
from circles.models import Circle, CircleRound
from forums import services as forum_services
from forums.models import Group
from members.services import organisation_for_name
from tests.e2e.conftest import MOBILE
from tests.e2e.helpers import (
    accept_next_dialog,
    screenshot_from_top,
    signed_in_page,
    verified_member,
)
from tests.e2e.test_accessibility import PAGE_FACTS_JS

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def person(name: str, organisation: str, group: Group):
    member = verified_member(display_name=name)
    member.organisation = organisation_for_name(organisation)
    member.save(update_fields=["organisation"])
    forum_services.join_group(member=member, group=group)
    return member


def assert_accessible(page, width):
    facts = page.evaluate(PAGE_FACTS_JS)
    assert facts["h1"] == 1
    assert facts["main"] == 1
    assert facts["unlabelled"] == []
    assert facts["duplicateIds"] == []
    assert facts["scrollWidth"] <= width


def test_manager_forms_and_publishes_circles_and_a_member_finds_theirs(new_page):
    maja = verified_member(display_name="Maja Manager", email="maja@example.se")
    group = forum_services.create_group(creator=maja, name="Leadership in HR")
    sofia = person("Sofia Svensson", "Volvo Cars", group)
    seeded = [
        person(f"{first} {last}", organisation, group)
        for first, last, organisation in [
            ("Anders", "Berg", "IKEA"),
            ("Birgit", "Dahl", "Novo Nordisk"),
            ("Carl", "Ek", "Equinor"),
            ("Dina", "Fors", "Philips"),
            ("Erik", "Gran", "IKEA"),
            ("Frida", "Holm", "Maersk"),
            ("Gustav", "Ivarsson", "Telenor"),
            ("Hanna", "Jansen", "ING"),
        ]
    ]

    # The manager opens a round from the group page.
    manager_page = signed_in_page(new_page, maja)
    manager_page.goto(group.get_absolute_url())
    manager_page.get_by_role("link", name="Intervision circles").click()
    manager_page.get_by_role("link", name="Open a round").click()
    manager_page.get_by_label("Title").fill("Intervision spring 2027")
    manager_page.get_by_label("Description").fill("Bring a **real case** from your work.")
    manager_page.get_by_label("Themes offered").fill(
        "Difficult conversations\nBurnout and return to work\nLeading change"
    )
    deadline = timezone.localtime() + timedelta(days=3)
    manager_page.get_by_label("Sign-up deadline").fill(deadline.strftime("%Y-%m-%dT%H:%M"))
    manager_page.get_by_label("Number of meetings").fill("4")
    manager_page.get_by_label("Place or online link").fill("https://meet.example.org/circles")
    manager_page.get_by_role("button", name="Open the round").click()
    expect(manager_page.get_by_role("heading", name="Intervision spring 2027")).to_be_visible()
    round_ = CircleRound.objects.get(title="Intervision spring 2027")
    assert round_.themes == [
        "Difficult conversations",
        "Burnout and return to work",
        "Leading change",
    ]

    # Eight members are signed up through the service; Sofia signs up in the browser.
    for index, member in enumerate(seeded):
        circle_services.sign_up(
            member=member,
            round_=round_,
            themes=[round_.themes[index % 3]],
            experience=["lt2", "2to5", "5to10", "gt10"][index % 4],
            availability=["tue-pm", "wed-am"],
        )
    sofia_page = signed_in_page(new_page, sofia)
    sofia_page.goto(round_.get_absolute_url())
    sofia_page.get_by_role("checkbox", name="Leading change").check()
    sofia_page.get_by_role("radio", name="5–10 years in HR").check()
    sofia_page.get_by_role("checkbox", name="Tuesday afternoon").check()
    screenshot_from_top(sofia_page, "circles-sign-up")
    assert_accessible(sofia_page, 1280)
    sofia_page.get_by_role("button", name="Sign up").click()
    expect(sofia_page.get_by_text("You are signed up.").first).to_be_visible()

    # The manager forms the circles, reviews the fit and publishes.
    manager_page.reload()
    manager_page.get_by_role("button", name="Form circles").click()
    expect(manager_page.locator(".circle-card")).to_have_count(2)
    expect(manager_page.locator(".circle-card .fit-score").first).to_contain_text("/100")
    expect(manager_page.get_by_text("Everyone has a place.")).to_be_visible()
    screenshot_from_top(manager_page, "circles-round-manager")
    assert_accessible(manager_page, 1280)
    accept_next_dialog(manager_page)
    manager_page.get_by_role("button", name="Publish circles").click()
    expect(manager_page.get_by_text("The circles are published")).to_be_visible()
    mobile = signed_in_page(new_page, maja, MOBILE)
    mobile.goto(round_.get_absolute_url())
    screenshot_from_top(mobile, "circles-round-manager-mobile")
    assert_accessible(mobile, MOBILE["width"])

    # Sofia finds her circle, its people and the next meeting.
    circle = Circle.objects.get(round=round_, signups__member=sofia)
    sofia_page.goto("/circles/")
    card = sofia_page.locator(".my-circle")
    expect(card.get_by_role("heading", name=circle.name)).to_be_visible()
    for signup in circle.signups.select_related("member"):
        expect(card.get_by_text(signup.member.public_name).first).to_be_visible()
    first_meeting = circle.private_group.events.order_by("starts_at").first()
    expect(card.locator(".next-meeting")).to_contain_text(first_meeting.title)
    screenshot_from_top(sofia_page, "circles-mine")
    card.get_by_role("link", name=circle.name, exact=True).click()
    expect(sofia_page.get_by_role("heading", name="Meetings")).to_be_visible()
    assert_accessible(sofia_page, 1280)
    screenshot_from_top(sofia_page, "circles-circle")
    sofia_page.get_by_role("link", name="Open the private space").click()
    expect(sofia_page.get_by_role("heading", name=circle.private_group.name)).to_be_visible()
    phone = signed_in_page(new_page, sofia, MOBILE)
    phone.goto("/circles/")
    screenshot_from_top(phone, "circles-mine-mobile")
    assert_accessible(phone, MOBILE["width"])
