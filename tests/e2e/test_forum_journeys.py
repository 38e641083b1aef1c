"""Members' journeys through the forums in Chromium: groups, threads, questions, jobs, search,
summaries and what a hidden group keeps to itself."""

import re

import pytest
from playwright.sync_api import expect

from forums.models import Group, Reply, Summary, Thread
from tests.e2e.helpers import (
    log_in,
    mark_document,
    same_document,
    screenshot,
    screenshot_from_top,
    signed_in_page,
    verified_member,
)
from tests.factories import MemberFactory
from tests.forums.factories import add_member, make_group, make_job, make_reply, make_thread

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def payroll_nordic() -> Group:
    """An open group with a manager, beside a few others so the group list has its real layout."""
    manager = MemberFactory(display_name="Greta Holm")
    group = make_group(
        manager=manager,
        name="Payroll Nordic",
        description="Holiday pay, pensions and payroll systems across the Nordics.",
    )
    parent = make_group(manager=manager, name="Labour law", description="Employment law.")
    make_group(manager=manager, name="Labour law Sweden", parent=parent, language="sv")
    make_group(manager=manager, name="Digital HR", visibility=Group.Visibility.REQUEST)
    return group


def fill_post_form(page, *, title: str, body: str, tags: str = "") -> None:
    form = page.locator("main form")
    form.get_by_label("Title").fill(title)
    form.get_by_label("Text").fill(body)
    if tags:
        form.get_by_label("Tags").fill(tags)


def post_reply(page, text: str) -> None:
    page.get_by_role("textbox", name="Your reply").fill(text)
    page.get_by_role("button", name="Post reply").click()


def test_member_joins_a_group_starts_a_discussion_and_a_peer_replies_and_finds_it_helpful(
    page, new_page
):
    group = payroll_nordic()
    anna = verified_member(display_name="Anna Berg", email="anna@example.se")
    bo = verified_member(display_name="Bo Lindqvist", email="bo@example.se")
    log_in(page, anna.email)

    page.locator("#site-nav").get_by_role("link", name="Groups").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Groups")
    screenshot(page, "desktop-groups")
    page.get_by_role("link", name="Payroll Nordic").click()
    page.get_by_role("button", name="Join group").click()
    expect(page.get_by_text("Welcome to Payroll Nordic!")).to_be_visible()
    expect(page.get_by_role("button", name="Leave group")).to_be_visible()

    page.get_by_role("link", name="Start a discussion").click()
    fill_post_form(
        page,
        title="Holiday pay after parental leave",
        body="Our payroll system skips parental leave days.\n\nIs that **really allowed** here?",
        tags="holiday pay, payroll",
    )
    page.get_by_role("button", name="Publish").click()

    thread = page.locator("article.thread")
    expect(page.get_by_role("heading", level=1)).to_have_text("Holiday pay after parental leave")
    expect(thread.locator(".prose strong")).to_have_text("really allowed")
    expect(thread.locator(".tag")).to_have_text(["holiday pay", "payroll"])
    page.get_by_role("link", name="Payroll Nordic").click()
    expect(page.locator(".thread-row")).to_contain_text("Holiday pay after parental leave")
    screenshot(page, "desktop-group")

    bo_page = signed_in_page(new_page, bo)
    bo_page.goto(group.get_absolute_url())
    bo_page.get_by_role("link", name="Holiday pay after parental leave").click()
    post_reply(bo_page, "They count as earning days in Sweden: 120 of them.")
    bo_reply = bo_page.locator(".reply", has_text="They count as earning days")
    expect(bo_reply).to_be_visible()
    expect(bo_page.locator("#replies-title")).to_have_text("1 reply")

    helpful = bo_page.locator("article.thread .helpful-form button")
    expect(helpful).to_have_attribute("aria-pressed", "false")
    expect(helpful.locator(".chip-count")).to_have_text("0")
    mark_document(bo_page)
    helpful.click()
    expect(helpful).to_have_attribute("aria-pressed", "true")
    expect(helpful.locator(".chip-count")).to_have_text("1")
    assert same_document(bo_page), "marking a thread helpful reloaded the page"
    assert Thread.objects.get().helpful_count == 1

    page.get_by_role("link", name="Holiday pay after parental leave").click()
    expect(page.locator(".bell-count")).to_have_text(re.compile(r"^1\b"))
    page.locator(".reply", has_text="They count as earning days").get_by_role(
        "link", name="Quote"
    ).click()
    reply_box = page.get_by_role("textbox", name="Your reply")
    expect(reply_box).to_have_value(
        re.compile(r"^> \*\*Bo Lindqvist:\*\*\n> They count as earning days in Sweden")
    )
    reply_box.press("Control+End")
    reply_box.press_sequentially("Thank you, that settles it.")
    page.get_by_role("button", name="Post reply").click()

    answer = page.locator(".reply", has_text="Thank you, that settles it.")
    expect(answer.locator("blockquote")).to_contain_text("They count as earning days")
    expect(answer.get_by_role("link", name="in reply to Bo Lindqvist")).to_be_visible()
    answer_row = Reply.objects.get(author=anna)
    assert answer_row.reply_to.author == bo
    # Browsers send textarea line breaks as CRLF.
    assert answer_row.body_markdown.splitlines()[-2:] == ["", "Thank you, that settles it."]
    screenshot_from_top(page, "desktop-thread")


def test_asker_accepts_an_answer_and_the_question_shows_as_answered(page, new_page):
    group = payroll_nordic()
    clara = add_member(group, verified_member(display_name="Clara Dahl")).member
    david = add_member(group, verified_member(display_name="David Nyberg")).member
    log_in(page, clara.email)

    page.goto(group.get_absolute_url())
    page.locator(".tabs").get_by_role("link", name="Questions").click()
    page.get_by_role("link", name="Ask a question").click()
    expect(page.locator("main form").get_by_label("Section")).to_have_value("question")
    fill_post_form(
        page,
        title="Pension for employees over 67?",
        body="Do you keep paying occupational pension for staff who work past 67?",
    )
    page.get_by_role("button", name="Publish").click()
    expect(page.locator(".breadcrumb")).to_contain_text("Question")

    david_page = signed_in_page(new_page, david)
    david_page.goto(group.get_absolute_url())
    david_page.locator(".tabs").get_by_role("link", name="Questions").click()
    david_page.get_by_role("link", name="Pension for employees over 67?").click()
    expect(david_page.locator(".replies .empty")).to_have_text("No answers yet. Do you know?")
    post_reply(david_page, "Yes, until 69: the collective agreement says so.")
    expect(david_page.locator(".reply", has_text="until 69")).to_be_visible()

    page.reload()
    page.locator(".reply", has_text="until 69").get_by_role(
        "button", name="Accept as answer"
    ).click()
    expect(page.get_by_text("The accepted answer has been updated.")).to_be_visible()
    accepted = page.locator("aside.accepted-box")
    expect(accepted.get_by_role("heading")).to_have_text("✓ Accepted answer")
    expect(accepted).to_contain_text("David Nyberg")
    expect(accepted).to_contain_text("Yes, until 69")
    expect(page.locator(".reply.is-accepted")).to_contain_text("until 69")

    page.get_by_role("link", name="Payroll Nordic").click()
    page.locator(".tabs").get_by_role("link", name="Questions").click()
    row = page.locator(".thread-row", has_text="Pension for employees over 67?")
    expect(row.locator(".badge-ok")).to_have_text("✓ Answered")
    expect(row.locator(".thread-stats")).to_contain_text("1")


def test_job_post_appears_on_the_jobs_board_filtered_by_country(page):
    group = payroll_nordic()
    make_job(
        group=make_group(name="HR Norway"),
        job_location="Oslo",
        job_country="NO",
    )
    recruiter = add_member(group, verified_member(display_name="Rut Ek")).member
    log_in(page, recruiter.email)

    page.goto(group.get_absolute_url())
    page.locator(".tabs").get_by_role("link", name="Jobs").click()
    page.get_by_role("link", name="Post a job").click()
    form = page.locator("main form")
    expect(form.get_by_label("Section")).to_have_value("job")
    fill_post_form(
        page,
        title="Payroll specialist, Malmö",
        body="We are looking for a payroll specialist for our Nordic team.",
    )
    form.get_by_label("Location").fill("Malmö")
    form.get_by_label("Country").select_option(label="Sweden")
    form.get_by_label("Employment type").select_option(label="Permanent")
    page.get_by_role("button", name="Publish").click()
    facts = page.locator(".job-facts")
    expect(facts).to_contain_text("Malmö, Sweden")
    expect(facts).to_contain_text("Permanent")

    page.locator("#site-nav").get_by_role("link", name="Jobs").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Jobs in the network")
    count = page.locator("main").get_by_role("status")
    expect(count).to_have_text("2 jobs")
    filters = page.locator("form.filters")
    filters.get_by_label("Country").select_option(label="Sweden")
    filters.get_by_role("button", name="Filter").click()

    expect(count).to_have_text("1 job")
    assert "country=SE" in page.url
    rows = page.locator(".thread-row")
    expect(rows).to_have_count(1)
    expect(rows).to_contain_text("Payroll specialist, Malmö")
    expect(rows).to_contain_text("Malmö, Sweden")
    expect(rows.get_by_role("link", name="Payroll Nordic")).to_be_visible()
    screenshot(page, "desktop-jobs-board")


def test_swedish_inflection_is_found_from_the_header_search_with_a_highlight(page):
    group = payroll_nordic()
    make_thread(
        group=group,
        title="Föräldraledighet och semester",
        body="Hur räknar ni semesterlönerna för medarbetare som har varit föräldralediga?",
        language="sv",
    )
    make_thread(
        group=group,
        title="Pension questions",
        body="How do you explain pension choices to new colleagues?",
    )
    member = verified_member(display_name="Sara Lund")
    log_in(page, member.email)

    search = page.get_by_role("searchbox", name="Search discussions")
    search.fill("semesterlön")
    search.press("Enter")

    page.wait_for_url(re.compile(r"/search/\?q=semesterl"))
    expect(page.locator("main").get_by_role("status")).to_have_text("1 result")
    hit = page.locator(".search-hit")
    expect(hit.get_by_role("link", name="Föräldraledighet och semester")).to_be_visible()
    expect(hit.locator(".snippet mark")).to_have_text("semesterlönerna")
    expect(hit.locator(".snippet")).to_have_attribute("lang", "sv")
    screenshot(page, "desktop-search-results")


def test_thread_author_writes_a_summary_that_appears_in_the_knowledge_portal(page):
    group = payroll_nordic()
    eva = add_member(group, verified_member(display_name="Eva Strand")).member
    thread = make_thread(
        group=group,
        author=eva,
        title="Four-day week pilots",
        body="Has anyone run a four-day week pilot? How did you measure it?",
    )
    make_reply(thread=thread, body="We ran one for six months; sick leave went down by a third.")
    log_in(page, eva.email)

    page.goto(thread.get_absolute_url())
    page.get_by_role("link", name="Write a summary").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Summarise the discussion")
    form = page.locator("main form")
    expect(form.get_by_label("Title")).to_have_value("Four-day week pilots")
    expect(form.get_by_label("Publish in the knowledge portal")).to_be_checked()
    form.get_by_label("Summary").fill(
        "Pilots of **six months** worked best; measure sick leave and output."
    )
    page.get_by_role("button", name="Save summary").click()

    expect(page.get_by_text("The summary has been saved.")).to_be_visible()
    expect(page.locator("aside.summary-box")).to_contain_text("Pilots of six months")
    expect(page.get_by_role("link", name="Edit summary")).to_be_visible()

    page.locator("#site-nav").get_by_role("link", name="Knowledge").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Knowledge portal")
    card = page.locator(".summary-list li", has_text="Four-day week pilots")
    expect(card.locator(".prose strong")).to_have_text("six months")
    expect(card).to_contain_text("Payroll Nordic")
    expect(card).to_contain_text("Eva Strand")
    screenshot(page, "desktop-knowledge")
    card.get_by_role("link", name="Read the discussion").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Four-day week pilots")
    assert Summary.objects.get().is_published


def test_hidden_group_thread_is_not_found_for_a_non_member(page, new_page):
    manager = MemberFactory(display_name="Hedda Manager")
    circle = make_group(manager=manager, name="Restructuring Circle", visibility="hidden")
    insider = add_member(circle, verified_member(display_name="Ivar Insider")).member
    thread = make_thread(group=circle, author=insider, title="Layoffs in the spring round")
    outsider = verified_member(display_name="Olle Outsider")

    insider_page = signed_in_page(new_page, insider)
    assert insider_page.goto(thread.get_absolute_url()).status == 200
    expect(insider_page.get_by_role("heading", level=1)).to_have_text("Layoffs in the spring round")

    log_in(page, outsider.email)
    response = page.goto(thread.get_absolute_url())
    assert response.status == 404
    expect(page.locator("body")).not_to_contain_text("Layoffs")
    screenshot(page, "desktop-not-found")
    assert page.goto(circle.get_absolute_url()).status == 404
    page.goto("/groups/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Groups")
    expect(page.locator("main")).not_to_contain_text("Restructuring Circle")
