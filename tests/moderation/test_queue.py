"""Working the queue: approve, reject, move and bulk decisions, and acting on members.

Every decision is audited with its moderator and reason, tells the author exactly once, and keeps
the denormalised counters right (a held post counts only once it is published).
"""

import contextlib
from datetime import timedelta

import pytest
from django.contrib.messages import get_messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from forums import moderation, services
from forums.models import Group, GroupMembership, PostStatus, Reply, Thread
from forums.moderation import Decision, RejectReason
from moderation.models import AuditEntry, TrainingExample
from notifications.models import Notification
from tests.forums.factories import add_member
from tests.moderation.factories import (
    held_reply,
    held_thread,
    new_member,
    published_thread,
    reply_text,
    unique_text,
)

pytestmark = [pytest.mark.django_db, pytest.mark.moderation]


def fresh(post):
    return type(post).objects.get(pk=post.pk)


def thread_count(group) -> int:
    return Group.objects.get(pk=group.pk).thread_count


def member_count(group) -> int:
    return Group.objects.get(pk=group.pk).member_count


def audit_entries(post):
    return AuditEntry.objects.filter(
        object_id=post.pk, content_type__model=type(post).__name__.lower()
    ).exclude(action=AuditEntry.Action.HELD)


def moderation_notifications(member):
    return Notification.objects.filter(recipient=member, kind=Notification.Kind.MODERATION)


def decide(moderator, post, decision, **fields):
    return moderation.decide(moderator=moderator, post=post, decision=decision, **fields)


@pytest.fixture
def thread(group):
    return held_thread(group)


@pytest.fixture
def reply(group):
    return held_reply(published_thread(group))


# --- Approve ------------------------------------------------------------------------------------


def test_approving_a_held_thread_publishes_it_without_its_note(moderator, thread):
    decide(moderator, thread, Decision.APPROVE)

    assert fresh(thread).status == PostStatus.PUBLISHED
    assert fresh(thread).moderation_note == ""


def test_a_held_thread_counts_in_its_group_only_once_approved(group, moderator):
    before = thread_count(group)
    thread = held_thread(group)
    assert thread_count(group) == before

    decide(moderator, thread, Decision.APPROVE)

    assert thread_count(group) == before + 1


def test_a_held_reply_counts_in_its_thread_only_once_approved(group, moderator):
    thread = published_thread(group)
    reply = held_reply(thread)
    assert fresh(thread).reply_count == 0

    decide(moderator, reply, Decision.APPROVE)

    assert fresh(thread).reply_count == 1
    assert fresh(thread).last_reply_author == reply.author


def test_approving_is_audited_with_the_moderator(group, moderator, thread):
    decide(moderator, thread, Decision.APPROVE)

    entry = audit_entries(thread).get()
    assert entry.action == AuditEntry.Action.APPROVED
    assert entry.actor == moderator
    assert entry.subject == thread.author
    assert entry.group_id == group.pk
    assert entry.summary == thread.title


def test_the_author_is_told_once_that_their_post_was_approved(moderator, thread):
    decide(moderator, thread, Decision.APPROVE)

    notification = moderation_notifications(thread.author).get()
    entry = audit_entries(thread).get()
    assert notification.key == f"moderation:{entry.pk}"
    assert "has been approved" in notification.message
    assert notification.url == thread.get_absolute_url()


# --- Reject -------------------------------------------------------------------------------------


def test_rejecting_as_spam_marks_the_post_rejected(moderator, thread):
    decide(moderator, thread, Decision.REJECT, reason=RejectReason.SPAM)

    assert fresh(thread).status == PostStatus.REJECTED


def test_rejecting_a_held_post_leaves_the_counters_alone(group, moderator, reply):
    threads_before = thread_count(group)
    thread = held_thread(group)

    decide(moderator, thread, Decision.REJECT, reason=RejectReason.SPAM)
    decide(moderator, reply, Decision.REJECT, reason=RejectReason.SPAM)

    assert thread_count(group) == threads_before
    assert fresh(reply.thread).reply_count == 0


def test_rejecting_as_spam_is_learned_as_spam(moderator, thread):
    decide(moderator, thread, Decision.REJECT, reason=RejectReason.SPAM)

    assert TrainingExample.objects.get().label == "spam"


def test_rejecting_tells_the_author_the_reason_and_the_note(moderator, thread):
    decide(moderator, thread, Decision.REJECT, reason=RejectReason.SPAM, note="No sales pitches.")

    notification = moderation_notifications(thread.author).get()
    assert "was not published" in notification.message
    assert "Spam or advertising." in notification.message
    assert "No sales pitches." in notification.message
    assert notification.url == ""


def test_rejecting_is_audited_with_the_moderator_and_the_reason(moderator, thread):
    decide(moderator, thread, Decision.REJECT, reason=RejectReason.OFF_TOPIC, note="Try Jobs.")

    entry = audit_entries(thread).get()
    assert entry.action == AuditEntry.Action.REJECTED
    assert entry.actor == moderator
    assert entry.reason == "Off-topic for this group. Try Jobs."


# --- Move ---------------------------------------------------------------------------------------


def test_moving_a_held_thread_to_jobs_publishes_it_in_jobs(group, moderator, thread):
    before = thread_count(group)

    decide(moderator, thread, Decision.MOVE_TO_JOBS)

    assert fresh(thread).section == Thread.Section.JOB
    assert fresh(thread).status == PostStatus.PUBLISHED
    assert thread_count(group) == before + 1
    assert audit_entries(thread).get().action == AuditEntry.Action.MOVED_TO_JOBS
    assert TrainingExample.objects.get().label == "job"
    assert "was moved to Jobs" in moderation_notifications(thread.author).get().message


def test_moving_a_held_thread_to_promotions_publishes_it_in_promotions(moderator, thread):
    decide(moderator, thread, Decision.MOVE_TO_PROMOTIONS)

    assert fresh(thread).section == Thread.Section.PROMOTION
    assert fresh(thread).status == PostStatus.PUBLISHED
    assert audit_entries(thread).get().action == AuditEntry.Action.MOVED_TO_PROMOTIONS
    assert TrainingExample.objects.get().label == "promotion"


@pytest.mark.parametrize("decision", [Decision.MOVE_TO_JOBS, Decision.MOVE_TO_PROMOTIONS])
def test_moving_a_reply_is_refused_with_a_clear_error(moderator, reply, decision):
    with pytest.raises(ValidationError) as refused:
        decide(moderator, reply, decision)

    assert "Only threads can be moved" in " ".join(refused.value.messages)
    assert fresh(reply).status == PostStatus.HELD
    assert not audit_entries(reply).exists()
    assert not moderation_notifications(reply.author).exists()


def test_moving_a_reply_through_the_queue_shows_the_error(client, moderator, reply):
    client.force_login(moderator)

    response = client.post(
        reverse("forums:moderation_decide", args=["reply", reply.pk]),
        {"decision": Decision.MOVE_TO_JOBS},
    )

    assert response.status_code == 302
    shown = [str(message) for message in get_messages(response.wsgi_request)]
    assert any("Only threads can be moved" in message for message in shown)
    assert fresh(reply).status == PostStatus.HELD


def test_an_unknown_decision_is_refused(moderator, thread):
    with pytest.raises(ValidationError):
        decide(moderator, thread, "delete")

    assert fresh(thread).status == PostStatus.HELD


# --- Bulk ---------------------------------------------------------------------------------------


def bulk(client, posts, decision, reason=""):
    return client.post(
        reverse("forums:moderation_bulk"),
        {
            "posts": [f"{type(post).__name__.lower()}:{post.pk}" for post in posts],
            "decision": decision,
            "reason": reason,
        },
    )


def test_bulk_approval_publishes_every_selected_post(client, group, moderator, thread, reply):
    client.force_login(moderator)
    left_waiting = held_thread(group)

    response = bulk(client, [thread, reply], Decision.APPROVE)

    assert response.status_code == 302
    assert fresh(thread).status == fresh(reply).status == PostStatus.PUBLISHED
    assert fresh(left_waiting).status == PostStatus.HELD


def test_bulk_rejection_audits_and_tells_each_author_once(client, group, moderator):
    client.force_login(moderator)
    posts = [held_thread(group) for _ in range(3)]

    bulk(client, posts, Decision.REJECT, RejectReason.SPAM)

    for post in posts:
        assert fresh(post).status == PostStatus.REJECTED
        entry = audit_entries(post).get()
        assert (entry.action, entry.actor) == (AuditEntry.Action.REJECTED, moderator)
        assert entry.reason == "Spam or advertising."
        assert moderation_notifications(post.author).count() == 1
    assert TrainingExample.objects.filter(label="spam").count() == 3


def test_bulk_move_to_jobs_moves_the_threads_and_skips_the_replies(
    client, moderator, thread, reply
):
    client.force_login(moderator)

    response = bulk(client, [thread, reply], Decision.MOVE_TO_JOBS)

    assert fresh(thread).section == Thread.Section.JOB
    assert fresh(reply).status == PostStatus.HELD
    shown = [str(message) for message in get_messages(response.wsgi_request)]
    assert "1 posts done." in shown


def test_bulk_without_posts_asks_to_select_some(client, moderator):
    client.force_login(moderator)

    response = client.post(reverse("forums:moderation_bulk"), {"decision": Decision.APPROVE})

    shown = [str(message) for message in get_messages(response.wsgi_request)]
    assert "Select at least one post." in shown


@pytest.mark.parametrize(
    "second", [Decision.APPROVE, Decision.REJECT], ids=["double-click", "second-moderator"]
)
def test_a_second_decision_on_an_already_decided_post_changes_nothing(
    moderator, manager, thread, second
):
    decide(moderator, thread, Decision.APPROVE)

    with contextlib.suppress(ValidationError):  # refusing the second decision is fine too
        decide(manager, thread, second, reason=RejectReason.SPAM)

    assert fresh(thread).status == PostStatus.PUBLISHED
    assert moderation_notifications(thread.author).count() == 1
    assert TrainingExample.objects.count() == 1


# --- Members: suspend and ban -------------------------------------------------------------------


def membership(group, member) -> GroupMembership:
    return GroupMembership.objects.get(group=group, member=member)


def post_something(group, member):
    title, body = unique_text()
    return services.start_thread(author=member, group=group, title=title, body=body)


def test_a_suspended_member_cannot_post_until_the_suspension_ends(group, moderator):
    member = new_member(group)
    moderation.suspend_member(moderator=moderator, group=group, member=member, days=7)

    with pytest.raises(PermissionDenied):
        post_something(group, member)
    GroupMembership.objects.filter(group=group, member=member).update(
        suspended_until=timezone.now() - timedelta(minutes=1)
    )
    post_something(group, member)

    assert Thread.objects.filter(author=member).count() == 1


def test_a_suspended_member_cannot_reply(group, moderator):
    member = new_member(group)
    thread = published_thread(group)
    moderation.suspend_member(moderator=moderator, group=group, member=member, days=7)

    with pytest.raises(PermissionDenied):
        services.post_reply(author=member, thread=thread, body=reply_text())

    assert not Reply.objects.filter(author=member).exists()


def test_a_suspension_lasts_the_days_given(group, moderator):
    member = new_member(group)

    moderation.suspend_member(moderator=moderator, group=group, member=member, days=7)

    until = membership(group, member).suspended_until
    assert timedelta(days=7) - timedelta(minutes=1) < until - timezone.now() <= timedelta(days=7)


def test_a_suspended_member_can_still_read_the_group(client, group, moderator):
    member = new_member(group)
    thread = published_thread(group)
    moderation.suspend_member(moderator=moderator, group=group, member=member, days=7)
    client.force_login(member)

    assert client.get(thread.get_absolute_url()).status_code == 200
    assert client.get(group.get_absolute_url()).status_code == 200
    assert membership(group, member).status == GroupMembership.Status.ACTIVE


def test_suspending_is_audited_with_the_moderator_and_reason(group, moderator):
    member = new_member(group)

    moderation.suspend_member(
        moderator=moderator, group=group, member=member, days=7, reason="Repeated spam"
    )

    entry = AuditEntry.objects.get(action=AuditEntry.Action.SUSPENDED)
    assert (entry.actor, entry.subject, entry.group_id) == (moderator, member, group.pk)
    assert entry.reason == "Repeated spam"


URL_BUG = (
    "BUG: forums/urls.py matches moderation/<str:kind>/<int:post_id>/ (decide) before "
    "moderation/members/<int:member_id>/, so every member action 404s"
)


def test_a_moderator_suspends_from_the_queue(client, group, moderator):
    member = new_member(group)
    client.force_login(moderator)

    response = client.post(
        reverse("forums:moderation_member", args=[member.pk]),
        {"group": group.slug, "action": "suspend", "days": "3", "reason": "Spam"},
    )

    assert response.status_code == 302
    assert membership(group, member).suspended_until > timezone.now() + timedelta(days=2)


def test_nobody_can_suspend_themselves(group, moderator):
    with pytest.raises(PermissionDenied):
        moderation.suspend_member(moderator=moderator, group=group, member=moderator, days=7)


def test_a_banned_member_cannot_post(group, manager):
    member = new_member(group)

    moderation.ban_member(moderator=manager, group=group, member=member, reason="Spam")

    with pytest.raises(PermissionDenied):
        post_something(group, member)
    assert not Thread.objects.filter(author=member).exists()


def test_a_banned_member_cannot_rejoin(group, manager):
    member = new_member(group)
    moderation.ban_member(moderator=manager, group=group, member=member)

    with pytest.raises(PermissionDenied):
        services.join_group(member=member, group=group)

    assert membership(group, member).status == GroupMembership.Status.BANNED


def test_banning_a_member_takes_them_out_of_the_member_count(group, manager):
    member = new_member(group)
    before = member_count(group)

    moderation.ban_member(moderator=manager, group=group, member=member)

    assert member_count(group) == before - 1


def test_banning_a_moderator_takes_away_their_role(group, manager, moderator):
    moderation.ban_member(moderator=manager, group=group, member=moderator)

    assert membership(group, moderator).role == GroupMembership.Role.MEMBER
    assert not moderation.selectors.access_to(moderator, group).can_moderate


def test_banning_is_audited_with_the_manager_and_reason(group, manager):
    member = new_member(group)

    moderation.ban_member(moderator=manager, group=group, member=member, reason="Scam links")

    entry = AuditEntry.objects.get(action=AuditEntry.Action.BANNED)
    assert (entry.actor, entry.subject, entry.group_id) == (manager, member, group.pk)
    assert entry.reason == "Scam links"


def test_a_moderator_may_suspend_but_not_ban(group, moderator):
    member = new_member(group)

    with pytest.raises(PermissionDenied):
        moderation.ban_member(moderator=moderator, group=group, member=member)

    assert membership(group, member).status == GroupMembership.Status.ACTIVE
    assert not AuditEntry.objects.filter(action=AuditEntry.Action.BANNED).exists()


def test_banning_someone_who_already_left_keeps_the_member_count(group, manager):
    member = new_member(group)
    services.leave_group(member=member, group=group)
    before = member_count(group)

    moderation.ban_member(moderator=manager, group=group, member=member)

    assert member_count(group) == before
    assert membership(group, member).status == GroupMembership.Status.BANNED


def test_suspending_someone_who_is_not_a_member_does_not_make_them_one(group, moderator):
    outsider = add_member(group).member
    services.leave_group(member=outsider, group=group)

    with contextlib.suppress(ValidationError):  # refusing is a fine answer too
        moderation.suspend_member(moderator=moderator, group=group, member=outsider, days=7)

    assert not moderation.selectors.access_to(outsider, group).is_member


def test_an_author_deleting_their_held_thread_leaves_the_group_count_alone(group):
    published_thread(group)
    before = thread_count(group)
    thread = held_thread(group)

    services.delete_thread(member=thread.author, thread=thread)

    assert thread_count(group) == before
