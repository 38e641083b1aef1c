"""Moderation in Chromium with screening switched on: held first posts, job ads moved to Jobs,
spam rejected from the queue, and posts hidden after members flag them.

The classifier starts from tests/data/moderation_posts.jsonl on first use of each test database.
"""

import re

import pytest
from playwright.sync_api import expect

from forums.models import PostStatus, Reply, Thread
from moderation.models import AuditEntry
from tests.e2e.helpers import (
    log_in,
    open_account_menu,
    screenshot_from_top,
    signed_in_page,
    verified_member,
)
from tests.forums.factories import add_member, make_group, make_reply, make_thread

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.moderation,
    pytest.mark.django_db(transaction=True),
]

SPAM_TITLE = "Earn 5000 EUR a week with crypto!!!"
SPAM_BODY = (
    "Make money from home with our Bitcoin trading bot!!! Guaranteed 300% profit every month. "
    "Contact me on WhatsApp +46 70 123 45 67 and start TODAY. Limited places!!!"
)


@pytest.fixture
def screening(settings):
    """Screening as in production: three first posts held, the classifier on."""
    settings.MODERATION_FIRST_POSTS_HELD = 3
    settings.MODERATION_AUTOMATIC = True
    return settings


@pytest.fixture
def group(screening):
    manager = verified_member(display_name="Greta Manager", email="greta@example.se")
    return make_group(manager=manager, name="Payroll Nordic")


def manager_of(group):
    return group.memberships.get(role="manager").member


def established_member(settings, group, name: str):
    """A member whose first three posts were published, so screening no longer holds theirs."""
    held, automatic = settings.MODERATION_FIRST_POSTS_HELD, settings.MODERATION_AUTOMATIC
    settings.MODERATION_FIRST_POSTS_HELD, settings.MODERATION_AUTOMATIC = 0, False
    member = add_member(group, verified_member(display_name=name)).member
    thread = make_thread(group=group, author=member, title=f"{name} says hello to the group")
    for number in range(2):
        make_reply(thread=thread, author=member, body=f"{name} adds point {number + 1}.")
    settings.MODERATION_FIRST_POSTS_HELD, settings.MODERATION_AUTOMATIC = held, automatic
    return member


def start_discussion(page, group, *, title: str, body: str) -> None:
    page.goto(group.get_absolute_url())
    page.get_by_role("link", name="Start a discussion").click()
    form = page.locator("main form")
    form.get_by_label("Title").fill(title)
    form.get_by_label("Text").fill(body)
    page.get_by_role("button", name="Publish").click()


def open_moderation_queue(page) -> None:
    open_account_menu(page)
    page.locator(".menu-panel").get_by_role("link", name="Moderation queue").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Moderation queue")


def test_new_members_first_post_is_held_until_the_manager_approves_it(page, new_page, group):
    newcomer = verified_member(display_name="Nils Nykvist")
    log_in(page, newcomer.email)

    start_discussion(
        page,
        group,
        title="Onboarding checklist for remote hires",
        body="How do you structure the first week for remote colleagues? "
        "We send a laptop and a buddy, but the first days still feel empty.",
    )
    expect(page.get_by_text("Your post is waiting for a moderator.")).to_be_visible()
    expect(page.locator("article.thread .notice-warning")).to_contain_text(
        "Your post is waiting for a moderator."
    )
    page.get_by_role("link", name="Payroll Nordic").click()
    expect(page.locator("main")).not_to_contain_text("Onboarding checklist for remote hires")

    manager_page = signed_in_page(new_page, manager_of(group))
    open_moderation_queue(manager_page)
    item = manager_page.locator(".queue-item", has_text="Onboarding checklist for remote hires")
    expect(item).to_contain_text("Nils Nykvist")
    expect(item).to_contain_text("The first posts of new members are read by a moderator")
    screenshot_from_top(manager_page, "desktop-moderation-queue")
    item.get_by_role("button", name="Approve").click()
    expect(manager_page.get_by_text("Done.")).to_be_visible()
    expect(manager_page.get_by_text("Nothing is waiting. Well done!")).to_be_visible()

    page.reload()
    row = page.locator(".thread-row", has_text="Onboarding checklist for remote hires")
    expect(row).to_be_visible()
    expect(page.locator(".bell-count")).to_have_text(re.compile(r"^1\b"))
    page.locator(".bell").click()
    notification = page.locator(".notification-list li").first
    expect(notification).to_contain_text(
        "Your post “Onboarding checklist for remote hires” has been approved and is now visible."
    )
    notification.get_by_role("link").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Onboarding checklist for remote hires"
    )
    expect(page.locator("article.thread .notice-warning")).to_have_count(0)


def test_job_ad_posted_as_a_discussion_by_an_established_member_lands_in_jobs(
    page, group, screening
):
    recruiter = established_member(screening, group, "Ola Rekrutterer")
    log_in(page, recruiter.email)

    start_discussion(
        page,
        group,
        title="We are hiring: HR business partner in Malmö",
        body="Nordhandel AB is looking for an HR business partner for our logistics division "
        "in Malmö. Permanent, full-time position. You have at least five years of experience "
        "with labour law and collective agreements. Salary by agreement. Apply with your CV "
        "and cover letter before 15 June.",
    )
    expect(
        page.get_by_text(
            "It reads like a job ad, so it was posted in Jobs, where members look for jobs."
        ).first
    ).to_be_visible()
    expect(page.locator(".breadcrumb")).to_contain_text("Job")
    screenshot_from_top(page, "desktop-thread-moved-to-jobs")

    page.get_by_role("link", name="Payroll Nordic").click()
    expect(page.locator("main")).not_to_contain_text("We are hiring")
    page.locator(".tabs").get_by_role("link", name="Jobs").click()
    expect(page.locator(".thread-row")).to_contain_text(
        "We are hiring: HR business partner in Malmö"
    )
    thread = Thread.objects.get(title__startswith="We are hiring")
    assert (thread.section, thread.status) == (Thread.Section.JOB, PostStatus.PUBLISHED)
    assert AuditEntry.objects.filter(action=AuditEntry.Action.MOVED_TO_JOBS).count() == 1


def test_spam_is_held_and_rejected_by_the_manager_and_members_no_longer_see_it(
    page, new_page, group, screening
):
    reader = established_member(screening, group, "Rita Reader")
    spammer = verified_member(display_name="Crypto King")
    spammer_page = signed_in_page(new_page, spammer)

    start_discussion(spammer_page, group, title=SPAM_TITLE, body=SPAM_BODY)
    expect(spammer_page.get_by_text("It looks like spam or advertising").first).to_be_visible()
    spam = Thread.objects.get(title=SPAM_TITLE)
    assert spam.status == PostStatus.HELD

    log_in(page, manager_of(group).email)
    open_moderation_queue(page)
    item = page.locator(".queue-item", has_text=SPAM_TITLE)
    expect(item.locator(".scores")).to_contain_text("Spam")
    item.get_by_label("Reason").select_option(label="Spam or advertising")
    item.get_by_role("button", name="Reject").click()
    expect(page.get_by_text("Done.")).to_be_visible()
    expect(page.locator(".queue-item")).to_have_count(0)

    page.get_by_role("link", name="Audit log").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Audit log")
    rows = page.locator("tbody tr", has_text=SPAM_TITLE)
    expect(rows).to_have_count(2)
    expect(rows.nth(0)).to_contain_text("Rejected")
    expect(rows.nth(0)).to_contain_text("Greta Manager")
    expect(rows.nth(0)).to_contain_text("Spam or advertising.")
    expect(rows.nth(1)).to_contain_text("Held for review")
    expect(rows.nth(1)).to_contain_text("HRnet (automatic)")
    screenshot_from_top(page, "desktop-audit-log")

    reader_page = signed_in_page(new_page, reader)
    assert reader_page.goto(spam.get_absolute_url()).status == 404
    reader_page.goto(group.get_absolute_url())
    expect(reader_page.locator(".thread-row")).to_have_count(1)
    expect(reader_page.locator("main")).not_to_contain_text("crypto")
    spam.refresh_from_db()
    assert spam.status == PostStatus.REJECTED


def test_a_reply_flagged_by_three_members_is_hidden_and_waits_in_the_queue(
    page, new_page, group, screening
):
    author = established_member(screening, group, "Tove Trådstart")
    rude = established_member(screening, group, "Ruben Rude")
    thread = Thread.objects.get(author=author)
    screening.MODERATION_AUTOMATIC = False  # the reply is starting data, published as written
    reply = make_reply(
        thread=thread, author=rude, body="Only idiots still pay holiday pay on bonuses. Grow up."
    )
    screening.MODERATION_AUTOMATIC = True
    flaggers = [verified_member(display_name=n) for n in ("Frida Flagg", "Fred Flagg", "Fia Flagg")]

    messages = []
    for flagger in flaggers:
        flagger_page = signed_in_page(new_page, flagger)
        flagger_page.goto(thread.get_absolute_url())
        flagger_page.locator(f"#reply-{reply.pk}").get_by_role("link", name="Flag").click()
        flagger_page.get_by_label("Inappropriate or offensive").check()
        flagger_page.get_by_role("button", name="Send flag").click()
        notice = flagger_page.locator(".notice-success")
        expect(notice).to_have_count(1)
        messages.append(notice.inner_text())

    assert messages == [
        "Thank you. A moderator will look at the post; we will tell you the outcome.",
        "Thank you. A moderator will look at the post; we will tell you the outcome.",
        "Thank you. The post is hidden until a moderator has looked at it.",
    ]
    expect(flagger_page.locator(f"#reply-{reply.pk}")).to_have_count(0)
    expect(flagger_page.locator("main")).not_to_contain_text("Only idiots")
    reply.refresh_from_db()
    assert reply.status == PostStatus.HIDDEN

    log_in(page, manager_of(group).email)
    open_moderation_queue(page)
    item = page.locator(".queue-item", has_text="Only idiots")
    expect(item.get_by_role("heading")).to_have_text(f"Reply in {thread.title}")
    expect(item.locator(".badge")).to_have_text("Hidden after flags, waiting for review")
    expect(item).to_contain_text("Ruben Rude")
    assert Reply.objects.filter(status=PostStatus.HIDDEN).count() == 1
