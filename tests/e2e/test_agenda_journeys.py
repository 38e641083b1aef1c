"""The member-led agenda in Chromium: a poll on a new post, a proposed group that reaches its
threshold and is created by staff, and topics voted onto an event's programme."""

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from agenda import services as agenda_services
from agenda.models import AgendaSettings, GroupProposal, Poll
from events import services as event_services
from events.models import AgendaItem, Event
from forums.models import GroupMembership
from notifications.models import Notification
from tests.e2e.conftest import MOBILE
from tests.e2e.helpers import (
    log_in,
    screenshot,
    screenshot_from_top,
    signed_in_page,
    verified_member,
)
from tests.e2e.test_accessibility import problems_on
from tests.forums.factories import add_member, make_group, make_thread

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_member_creates_a_poll_and_others_vote_and_see_results(page, new_page):
    group = make_group(name="Payroll Nordic")
    anna = verified_member(display_name="Anna Berg", email="anna@example.se")
    bo = verified_member(display_name="Bo Lindqvist", email="bo@example.se")
    cy = verified_member(display_name="Cyrus Holm", email="cy@example.se")
    for member in (anna, bo, cy):
        add_member(group, member)
    log_in(page, anna.email)

    page.goto(group.get_absolute_url())
    page.get_by_role("link", name="Start a discussion").click()
    form = page.locator("main form")
    form.get_by_label("Title").fill("Spring meeting: where?")
    form.get_by_label("Text").fill("Let us pick the city for our spring meeting together.")
    page.get_by_text("Add a poll (optional)").click()
    form.get_by_label("Question").fill("Which city should host the spring meeting?")
    form.get_by_label("Options", exact=True).fill("Malmö\nOslo\nAarhus")
    expect(page.locator("[data-poll-count]")).to_have_text("3 options typed (2 to 20)")
    expect(page.locator("[data-poll-max-field]")).to_be_hidden()
    screenshot(page, "desktop-new-post-with-poll")
    page.get_by_role("button", name="Publish").click()

    poll_box = page.locator("#poll")
    expect(poll_box.get_by_role("heading", level=2)).to_contain_text("Which city")
    expect(poll_box.get_by_text("0 voters")).to_be_visible()

    for voter, city in ((bo, "Oslo"), (cy, "Malmö")):
        other = signed_in_page(new_page, voter)
        other.goto(page.url)
        other.locator("#poll").get_by_label(city).check()
        other.locator("#poll").get_by_role("button", name="Vote").click()
        expect(other.get_by_text("Your vote is counted.")).to_be_visible()
        mine = other.locator(".poll-result.is-mine")
        expect(mine).to_contain_text(city)
        expect(mine).to_contain_text("Your choice")

    # Bo changes his mind before the poll closes.
    bo_page = signed_in_page(new_page, bo, MOBILE)
    bo_page.goto(page.url)
    bo_page.locator("#poll").get_by_label("Malmö").check()
    bo_page.locator("#poll").get_by_role("button", name="Change my vote").click()
    expect(bo_page.locator(".poll-result").first).to_contain_text("2 votes · 100%")
    bo_page.locator("#poll").scroll_into_view_if_needed()
    screenshot(bo_page, "mobile-thread-poll-results")

    page.reload()
    results = page.locator(".poll-result")
    expect(results.nth(0)).to_contain_text("2 votes · 100%")
    expect(results.nth(1)).to_contain_text("0 votes · 0%")
    expect(page.locator("#poll").get_by_text("2 voters")).to_be_visible()
    page.locator("#poll").get_by_text("Who voted for this").first.click()
    expect(page.locator(".poll-voters").first).to_contain_text("Bo Lindqvist")
    screenshot(page, "desktop-thread-poll")
    poll = Poll.objects.get()
    assert poll.voter_count == 2


def test_a_proposal_reaches_its_threshold_and_an_admin_creates_the_group(page, new_page):
    AgendaSettings.objects.create(pk=1, proposal_threshold=3)
    staff = verified_member(display_name="Sigrid Staff", email="sigrid@example.se", is_staff=True)
    pia = verified_member(display_name="Pia Proposer", email="pia@example.se")
    supporters = [verified_member(display_name=f"Supporter {n}") for n in (1, 2)]
    log_in(page, pia.email)

    page.goto("/agenda/proposals/")
    page.get_by_role("link", name="Propose a group").click()
    form = page.locator("main form")
    form.get_by_label("Name of the group").fill("Wellbeing at work")
    form.get_by_label("Purpose").fill("Stress, sick leave and **return to work**.")
    form.get_by_role("button", name="Propose").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Wellbeing at work")
    expect(page.get_by_text("1 of 3 supporters")).to_be_visible()

    first = signed_in_page(new_page, supporters[0])
    first.goto("/agenda/proposals/")
    first.get_by_role("button", name="Support Wellbeing at work").click()
    expect(first.get_by_text("2 of 3 supporters")).to_be_visible()
    screenshot(first, "desktop-proposal-list")
    second = signed_in_page(new_page, supporters[1], MOBILE)
    second.goto("/agenda/proposals/")
    second.get_by_role("button", name="Support Wellbeing at work").click()
    expect(second.get_by_text("3 of 3 supporters")).to_be_visible()
    screenshot(second, "mobile-proposal-list")

    assert (
        Notification.objects.filter(recipient=staff, key__startswith="proposal-threshold:").count()
        == 1
    )
    admin = signed_in_page(new_page, staff)
    admin.goto("/notifications/")
    admin.get_by_role(
        "link", name="The proposed group “Wellbeing at work” has 3 supporters"
    ).click()
    expect(admin.get_by_role("heading", name="Review proposed groups")).to_be_visible()
    screenshot_from_top(admin, "desktop-proposal-review")
    admin.get_by_role("button", name="Create the group Wellbeing at work").click()
    expect(admin.get_by_text("The group “Wellbeing at work” is created.")).to_be_visible()

    proposal = GroupProposal.objects.get()
    assert proposal.status == "created"
    roles = dict(proposal.group.memberships.values_list("member__display_name", "role"))
    assert roles == {
        "Pia Proposer": GroupMembership.Role.MANAGER,
        "Supporter 1": "member",
        "Supporter 2": "member",
    }
    page.goto(proposal.get_absolute_url())
    page.get_by_role("link", name="Open the group").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Wellbeing at work")


def test_members_vote_on_topics_and_the_organiser_puts_the_winner_on_the_programme(page, new_page):
    olga = verified_member(display_name="Olga Organiser", email="olga@example.se")
    starts = (timezone.localtime() + timedelta(days=20)).replace(
        hour=8, minute=0, second=0, microsecond=0
    )
    event = event_services.create_event(
        organiser=olga,
        data={
            "title": "Payroll breakfast",
            "kind": Event.Kind.BREAKFAST,
            "city": "Malmö",
            "country": "SE",
            "starts_at": starts,
            "ends_at": starts + timedelta(hours=2),
            "time_zone": "Europe/Stockholm",
        },
    )
    members = [
        verified_member(display_name=n) for n in ("Mona Member", "Nils Member", "Ola Member")
    ]
    agenda_services.suggest_topic(member=members[2], event=event, title="Holiday pay rules")

    mona = signed_in_page(new_page, members[0])
    mona.goto(event.get_absolute_url())
    topics = mona.locator("#topics")
    expect(topics.get_by_role("heading", name="Suggest topics")).to_be_visible()
    topics.get_by_label("Topic").fill("Pay transparency directive")
    topics.get_by_role("button", name="Suggest this topic").click()
    expect(mona.get_by_text("Thank you: your topic is on the list.")).to_be_visible()

    nils = signed_in_page(new_page, members[1], MOBILE)
    nils.goto(event.get_absolute_url())
    nils.locator("#topics").get_by_role(
        "button", name="vote for Pay transparency directive"
    ).click()
    expect(
        nils.locator("#topics").get_by_role(
            "button", name="take back your vote for Pay transparency"
        )
    ).to_be_visible()
    nils.locator("#topics").scroll_into_view_if_needed()
    screenshot(nils, "mobile-event-topics")

    log_in(page, olga.email)
    page.goto(event.get_absolute_url())
    page.get_by_role("link", name="Rank topics and put them on the programme").click()
    ranked = page.locator(".topic-ranking > li")
    expect(ranked.first).to_contain_text("Pay transparency directive")
    expect(ranked.first).to_contain_text("2")
    expect(ranked.nth(1)).to_contain_text("Holiday pay rules")
    ranked.first.get_by_text("Put on the programme").click()
    ranked.first.get_by_label("Ends").fill(starts.strftime("%Y-%m-%dT") + "08:45")
    screenshot(page, "desktop-organiser-topics")
    ranked.first.get_by_role("button", name="Add to the programme").click()
    expect(page.get_by_text("“Pay transparency directive” is on the programme.")).to_be_visible()

    page.goto(event.get_absolute_url())
    programme = page.locator("ol.agenda")
    expect(programme).to_contain_text("Pay transparency directive")
    expect(programme).to_contain_text("08:00")
    item = AgendaItem.objects.get(event=event)
    assert (item.starts_at, item.ends_at) == (starts, starts + timedelta(minutes=45))
    assert Notification.objects.filter(
        recipient=members[0], key__startswith="topic-scheduled:"
    ).exists()


def test_agenda_pages_pass_the_accessibility_smoke_test(page):
    staff = verified_member(display_name="Sigrid Staff", email="sigrid@example.se", is_staff=True)
    group = make_group(manager=staff, name="Payroll Nordic")
    with_poll = make_thread(group=group, author=staff, title="Spring meeting")
    poll = agenda_services.create_poll(
        author=staff, thread=with_poll, question="Which city?", options=["Malmö", "Oslo"]
    )
    agenda_services.vote(member=staff, poll=poll, option_ids=[poll.options.first().pk])
    without_poll = make_thread(group=group, author=staff, title="No poll yet")
    proposal = agenda_services.propose_group(
        proposer=staff, name="Wellbeing at work", purpose="Stress and return to work."
    )
    starts = timezone.now() + timedelta(days=10)
    event = event_services.create_event(
        organiser=staff,
        data={
            "title": "Payroll breakfast",
            "kind": Event.Kind.BREAKFAST,
            "starts_at": starts,
            "ends_at": starts + timedelta(hours=2),
        },
    )
    for title in ("Holiday pay rules", "Pay transparency"):
        agenda_services.suggest_topic(member=staff, event=event, title=title)
    log_in(page, staff.email)

    problems = []
    for name, url in [
        ("agenda-proposals", "/agenda/proposals/"),
        ("agenda-propose", "/agenda/proposals/new/"),
        ("agenda-proposal", proposal.get_absolute_url()),
        ("agenda-review", "/agenda/proposals/review/"),
        ("agenda-thread-poll", with_poll.get_absolute_url()),
        ("agenda-add-poll", f"/agenda/threads/{without_poll.pk}/poll/"),
        ("agenda-new-post", f"/groups/{group.slug}/new/"),
        ("agenda-event", event.get_absolute_url()),
        ("agenda-event-topics", f"/agenda/events/{event.slug}/topics/"),
    ]:
        page.goto(url)
        page.locator("main details").evaluate_all("(all) => all.forEach((d) => (d.open = true))")
        problems += problems_on(page, name)
    assert not problems, "\n".join(problems)
