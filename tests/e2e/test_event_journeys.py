"""Events in Chromium: an organiser runs a world café from the form to the seating plan, members
register and wait for a place, check-in on a phone, and the calendar file."""

import re
from datetime import timedelta
from pathlib import Path

import pytest
from django.utils import timezone
from icalendar import Calendar
from playwright.sync_api import expect

from events import services
from events.models import Event, Registration, SeatingPlan
from members.services import organisation_for_name
from tests.e2e.conftest import MOBILE
from tests.e2e.helpers import (
    accept_next_dialog,
    log_in,
    mark_document,
    same_document,
    screenshot,
    signed_in_page,
    verified_member,
)

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def in_a_month(hour: int = 17):
    return (timezone.localtime() + timedelta(days=30)).replace(
        hour=hour, minute=30, second=0, microsecond=0
    )


def organiser():
    return verified_member(
        display_name="Olivia Organiser", email="olivia@example.se", is_staff=True
    )


def world_cafe(by, **fields) -> Event:
    starts = in_a_month()
    data = {
        "title": "World café: hybrid work",
        "kind": Event.Kind.WORLD_CAFE,
        "format": Event.Format.IN_PERSON,
        "description_markdown": "Three rounds of conversation about **hybrid work**.",
        "venue": "Kulturhuset",
        "city": "Stockholm",
        "country": "SE",
        "starts_at": starts,
        "ends_at": starts + timedelta(hours=2),
        "table_count": 2,
        "round_count": 3,
    }
    return services.create_event(organiser=by, data=data | fields)


def attendee(name: str, organisation: str = ""):
    member = verified_member(display_name=name)
    member.organisation = organisation_for_name(organisation)
    member.save(update_fields=["organisation"])
    return member


def test_organiser_creates_a_world_cafe_and_a_cancelled_place_goes_to_the_waiting_list(
    page, new_page
):
    olivia = organiser()
    services.create_event(
        organiser=olivia,
        data={
            "title": "After-work in Oslo",
            "kind": Event.Kind.AFTER_WORK,
            "city": "Oslo",
            "country": "NO",
            "starts_at": in_a_month(),
            "ends_at": in_a_month(hour=20),
        },
    )
    log_in(page, olivia.email)

    page.locator("#site-nav").get_by_role("link", name="Events").click()
    page.get_by_role("link", name="New event").click()
    form = page.locator("main form")
    form.get_by_label("Title").fill("World café: the future of work")
    form.get_by_label("Type").select_option(label="World café")
    form.get_by_label("Description").fill("Two tables, three rounds, **new people** each round.")
    starts = in_a_month(hour=9)
    form.get_by_label("Starts").fill(f"{starts:%Y-%m-%dT%H:%M}")
    form.get_by_label("Ends").fill(f"{starts + timedelta(hours=3):%Y-%m-%dT%H:%M}")
    form.get_by_label("Venue").fill("Kulturhuset")
    form.get_by_label("City", exact=True).fill("Stockholm")  # not "Capacity"
    form.get_by_label("Country").select_option(label="Sweden")
    form.get_by_label("Capacity").fill("4")
    form.get_by_label("Tables").fill("2")
    form.get_by_label("Rounds").fill("3")
    page.get_by_role("button", name="Create event").click()

    expect(page.get_by_text("The event has been created.")).to_be_visible()
    expect(page.get_by_role("heading", level=1)).to_have_text("World café: the future of work")
    event = Event.objects.get(kind=Event.Kind.WORLD_CAFE)
    assert (event.capacity, event.table_count, event.round_count) == (4, 2, 3)
    assert list(event.organisers.all()) == [olivia]
    expect(page.locator(".organiser-links")).to_contain_text("Seating planner")
    page.locator("#site-nav").get_by_role("link", name="Events").click()
    expect(page.locator(".event-row")).to_have_count(2)
    screenshot(page, "desktop-events")

    for name in ("Ann Ahl", "Bert Berg", "Cia Carlsson"):
        services.register(member=verified_member(display_name=name), event=event)
    dag = verified_member(display_name="Dag Dahl")
    eli = verified_member(display_name="Eli Ek")

    dag_page = signed_in_page(new_page, dag)
    dag_page.goto(event.get_absolute_url())
    register_box = dag_page.locator(".register-box")
    expect(register_box.get_by_role("heading")).to_have_text("3 going / 4")
    register_box.get_by_role("button", name="Register").click()
    expect(dag_page.get_by_text("You are registered. See you there!")).to_be_visible()
    expect(register_box.get_by_role("heading")).to_have_text("4 going / 4")
    expect(register_box).to_contain_text("You are registered.")

    eli_page = signed_in_page(new_page, eli)
    eli_page.goto(event.get_absolute_url())
    eli_box = eli_page.locator(".register-box")
    eli_box.get_by_role("button", name="Join the waiting list").click()
    expect(eli_box).to_contain_text("You are on the waiting list.")
    expect(eli_box).to_contain_text("1 on the waiting list")
    expect(eli_page.locator(".bell-count")).to_have_count(0)
    screenshot(eli_page, "desktop-event")

    dag_page.reload()
    accept_next_dialog(dag_page)
    register_box.get_by_role("button", name="Cancel my registration").click()
    expect(dag_page.get_by_text("Your registration has been cancelled.")).to_be_visible()
    expect(register_box.get_by_role("button", name="Register")).to_have_count(0)
    expect(register_box.get_by_role("button", name="Join the waiting list")).to_be_visible()

    eli_page.reload()
    expect(eli_box).to_contain_text("You are registered.")
    expect(eli_box.get_by_role("heading")).to_have_text("4 going / 4")
    expect(eli_page.locator(".bell-count")).to_have_text(re.compile(r"^1\b"))
    eli_page.locator(".bell").click()
    expect(eli_page.locator(".notification-list")).to_contain_text(
        "Good news: a place opened up and you are now registered for "
        "“World café: the future of work”."
    )
    assert Registration.objects.get(member=eli).status == Registration.Status.REGISTERED


def test_organiser_picks_table_hosts_plans_the_seating_and_a_member_sees_their_tables(
    page, new_page
):
    olivia = organiser()
    event = world_cafe(olivia)
    people = [
        attendee("Hanna Host", "Volvo Cars"),
        attendee("Henrik Host", "Ikea"),
        attendee("Alva Andersson", "Volvo Cars"),
        attendee("Bengt Berg", "Ikea"),
        attendee("Cecilia Cronholm", "Spotify"),
        attendee("Didrik Dahl"),
    ]
    for person in people:
        services.register(member=person, event=event)
    log_in(page, olivia.email)

    page.goto(event.get_absolute_url())
    page.locator(".organiser-links").get_by_role("link", name="Attendees", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Attendees")
    expect(page.locator("main")).to_contain_text("6 registered · 0 on the waiting list")
    for host in ("Hanna Host", "Henrik Host"):
        row = page.locator("tbody tr", has_text=host)
        row.get_by_role("button", name="Make host").click()
        expect(row.get_by_role("button", name="✓ Host")).to_be_visible()
    expect(page.get_by_role("button", name="✓ Host")).to_have_count(2)
    screenshot(page, "desktop-attendees")

    page.get_by_role("link", name=event.title).click()
    page.locator(".organiser-links").get_by_role("link", name="Seating planner").click()
    expect(page.locator("main")).to_contain_text("2 table hosts stay at their tables.")
    page.get_by_role("button", name="Plan the seating").click()

    expect(page.get_by_text("The seating plan is ready.")).to_be_visible()
    rounds = page.locator("section.round")
    expect(rounds).to_have_count(3)
    for number in range(3):
        round_ = rounds.nth(number)
        expect(round_.get_by_role("heading", level=2)).to_have_text(f"Round {number + 1}")
        expect(round_.locator(".seat-table")).to_have_count(2)
        expect(round_.locator(".seat-table li")).to_have_count(6)
        expect(round_.locator(".seat-table", has_text="Hanna Host").locator(".badge")).to_have_text(
            "Host"
        )
    quality = page.locator(".plan-quality")
    expect(quality).to_contain_text("Repeated meetings")
    expect(quality).to_contain_text("New people met, on average")
    expect(quality).to_contain_text("Colleagues at one table")
    plan = SeatingPlan.objects.get(event=event)
    expect(quality.locator("dd").first).to_contain_text(str(plan.repeated_pairs))
    expect(page.get_by_role("button", name="Plan again")).to_be_visible()
    screenshot(page, "desktop-seating")

    member_page = signed_in_page(new_page, people[4])
    member_page.goto(event.get_absolute_url())
    member_page.get_by_role("link", name="My tables at the world café").click()
    expect(member_page.get_by_role("heading", level=1)).to_have_text("My tables")
    tables = member_page.locator("main li.card")
    expect(tables).to_have_count(3)
    for number in range(3):
        expect(tables.nth(number).get_by_role("heading")).to_have_text(
            re.compile(rf"^Round {number + 1}: table [12]$")
        )
        expect(tables.nth(number)).to_contain_text("With:")


def test_organiser_checks_in_an_attendee_with_one_tap_on_a_phone(new_page):
    page = new_page(MOBILE)
    olivia = organiser()
    event = world_cafe(olivia, title="Breakfast on pay transparency", kind=Event.Kind.BREAKFAST)
    for name, organisation in [
        ("Kari Nilsen", "Equinor"),
        ("Lars Lie", "DNB"),
        ("Maja Moe", ""),
    ]:
        services.register(member=attendee(name, organisation), event=event)
    log_in(page, olivia.email)

    page.goto(event.get_absolute_url())
    page.get_by_role("link", name="Check-in", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Check-in")
    count = page.locator("main").get_by_role("status")
    expect(count).to_have_text("0 of 3 checked in")
    kari = page.locator(".check-in-row", has_text="Kari Nilsen")
    button = kari.get_by_role("button", name="Check in Kari Nilsen")
    expect(button).to_be_in_viewport()
    mark_document(page)
    button.click()

    undo = kari.get_by_role("button", name="Undo check-in of Kari Nilsen")
    expect(undo).to_have_text("✓ In")
    expect(kari).to_have_class(re.compile(r"\bis-in\b"))
    assert same_document(page), "checking in reloaded the page"
    assert page.evaluate("document.documentElement.scrollWidth") <= MOBILE["width"]
    screenshot(page, "mobile-check-in")

    page.reload()
    expect(count).to_have_text("1 of 3 checked in")
    expect(kari.get_by_role("button", name="Undo check-in of Kari Nilsen")).to_be_visible()
    checked_in = Registration.objects.filter(checked_in_at__isnull=False)
    assert [r.member.display_name for r in checked_in] == ["Kari Nilsen"]


def test_visitor_downloads_the_event_as_an_ics_file(page):
    starts = in_a_month(hour=8)
    event = services.create_event(
        organiser=organiser(),
        data={
            "title": "Frukostmöte: löneöversyn & AI",
            "kind": Event.Kind.BREAKFAST,
            "venue": "Epicenter",
            "city": "Stockholm",
            "starts_at": starts,
            "ends_at": starts + timedelta(hours=1, minutes=30),
        },
    )

    page.goto(event.get_absolute_url())
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Add to my calendar (.ics)").click()
    download = download_info.value

    assert download.suggested_filename == f"{event.slug}.ics"
    calendar = Calendar.from_ical(Path(download.path()).read_bytes())
    [entry] = calendar.walk("VEVENT")
    assert str(entry["SUMMARY"]) == "Frukostmöte: löneöversyn & AI"
    assert entry.decoded("DTSTART") == starts
    assert entry.decoded("DTEND") == starts + timedelta(hours=1, minutes=30)
    assert "Epicenter" in str(entry["LOCATION"])
    assert str(entry["URL"]).endswith(event.get_absolute_url())
