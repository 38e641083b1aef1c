"""Sounding board journeys in Chromium: an anonymous question that a moderator can attribute
and a member cannot, and a private conversation with unread badge, reply and a block."""

import pytest
from playwright.sync_api import expect

from forums.models import GroupMembership, Thread
from moderation.models import AuditEntry
from tests.e2e.conftest import MOBILE
from tests.e2e.helpers import log_in, screenshot, signed_in_page, verified_member
from tests.forums.factories import add_member, make_group

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_member_asks_anonymously_and_only_the_moderator_sees_who(page, new_page):
    manager = verified_member(display_name="Greta Holm")
    group = make_group(manager=manager, name="Solo HR Nordic", allows_anonymous_posts=True)
    asker = verified_member(display_name="Astrid Hemlighet", email="astrid@example.se")
    peer = verified_member(display_name="Per Peer", email="per@example.se")
    moderator = verified_member(display_name="Mona Moderator", email="mona@example.se")
    add_member(group, asker)
    add_member(group, peer)
    add_member(group, moderator, role=GroupMembership.Role.MODERATOR)

    log_in(page, asker.email)
    page.goto(f"/groups/{group.slug}/new/?section=question")
    form = page.locator("main form")
    form.get_by_label("Title").fill("Burnout case in a team of three")
    form.get_by_label("Text").fill("How do you handle a long absence when you are the only HR?")
    form.get_by_label("Post anonymously").check()
    page.get_by_role("button", name="Publish").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Burnout case in a team of three")
    expect(page.locator("article.thread .post-meta")).to_contain_text("posted anonymously")
    thread = Thread.objects.get(title="Burnout case in a team of three")
    assert thread.is_anonymous

    peer_page = signed_in_page(new_page, peer, MOBILE)
    peer_page.goto(thread.get_absolute_url())
    meta = peer_page.locator("article.thread .post-meta")
    expect(meta).to_contain_text("A member of this group")
    expect(meta).not_to_contain_text("Astrid")
    assert "Astrid" not in peer_page.content()
    assert f"/members/{asker.pk}/" not in peer_page.content()
    screenshot(peer_page, "mobile-anonymous-question-member")

    moderator_page = signed_in_page(new_page, moderator)
    moderator_page.goto(thread.get_absolute_url())
    expect(moderator_page.locator("article.thread .post-meta")).to_contain_text("Astrid Hemlighet")
    expect(moderator_page.locator("article.thread .post-meta")).to_contain_text(
        "you see the author as a moderator"
    )
    screenshot(moderator_page, "desktop-anonymous-question-moderator")
    assert AuditEntry.objects.filter(
        action=AuditEntry.Action.REVEALED, actor=moderator, subject=asker
    ).exists()


def test_two_members_talk_privately_and_one_blocks_the_other(page, new_page):
    anna = verified_member(display_name="Anna Berg", email="anna@example.se")
    bo = verified_member(display_name="Bo Lindqvist", email="bo@example.se")

    log_in(page, anna.email)
    page.goto(f"/members/{bo.pk}/")
    page.get_by_role("link", name="Send a message").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("New message")
    expect(page.get_by_label("Bo Lindqvist")).to_be_checked()
    page.get_by_label("Subject").fill("Works council in a small company")
    page.get_by_label("Message").fill("Could I ask you how you **prepare** the yearly meeting?")
    screenshot(page, "desktop-new-message")
    page.get_by_role("button", name="Send").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Works council in a small company")
    expect(page.locator(".message-list .prose strong")).to_have_text("prepare")

    bo_page = signed_in_page(new_page, bo, MOBILE)
    badge = bo_page.get_by_test_id("messages-badge")
    expect(badge).to_contain_text("1")
    if bo_page.locator(".nav-toggle").is_visible():
        bo_page.locator(".nav-toggle").click()
    bo_page.get_by_test_id("messages-link").click()
    expect(bo_page.get_by_role("heading", level=1)).to_have_text("Messages")
    expect(bo_page.locator(".conversation-row.is-unread")).to_have_count(1)
    screenshot(bo_page, "mobile-inbox-unread")
    bo_page.get_by_role("link", name="Works council in a small company").click()
    expect(bo_page.get_by_test_id("messages-badge")).to_have_count(0)
    bo_page.get_by_label("Your reply").fill("Happy to help: we start with the agenda.")
    bo_page.get_by_role("button", name="Send reply").click()
    expect(bo_page.locator(".message-list .message")).to_have_count(2)
    screenshot(bo_page, "mobile-conversation")

    page.reload()
    expect(page.locator(".message-list .message")).to_have_count(2)
    expect(page.get_by_test_id("messages-badge")).to_have_count(0)
    page.get_by_role("button", name="Block Bo Lindqvist").click()
    expect(
        page.get_by_text("You have blocked Bo Lindqvist: they cannot write to you.")
    ).to_be_visible()
    screenshot(page, "desktop-conversation-blocked")

    bo_page.reload()
    expect(bo_page.get_by_test_id("blocked-notice")).to_be_visible()
    expect(bo_page.get_by_role("button", name="Send reply")).to_have_count(0)
    bo_page.goto(f"/messages/new/?to={anna.pk}")
    bo_page.get_by_label("Subject").fill("Sorry")
    bo_page.get_by_label("Message").fill("Can we talk again?")
    bo_page.get_by_role("button", name="Send").click()
    expect(bo_page.get_by_text("Anna Berg does not accept messages from you.")).to_be_visible()
