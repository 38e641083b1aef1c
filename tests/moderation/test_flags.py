"""Flags: enough distinct members flagging a post hide it for a moderator, who decides; the
flaggers hear the outcome."""

import pytest
from django.contrib.messages import get_messages
from django.core.exceptions import ValidationError
from django.urls import reverse

from forums import moderation, selectors
from forums.models import Group, PostStatus, Thread
from forums.moderation import Decision, RejectReason
from moderation.models import AuditEntry, Flag
from notifications.models import Notification
from tests.forums.factories import add_member
from tests.moderation.factories import held_reply, published_reply, published_thread

pytestmark = [pytest.mark.django_db, pytest.mark.moderation]


def fresh(post):
    return type(post).objects.get(pk=post.pk)


def flag(post, flagger, reason=Flag.Reason.SPAM):
    return moderation.flag_post(flagger=flagger, post=post, reason=reason)


@pytest.fixture
def thread(group):
    return published_thread(group)


@pytest.fixture
def flaggers(group):
    return [add_member(group).member for _ in range(3)]


def flag_outcomes(member):
    return Notification.objects.filter(recipient=member, kind=Notification.Kind.FLAG_OUTCOME)


def test_three_distinct_members_flagging_hide_the_post(thread, flaggers):
    results = [flag(thread, flagger) for flagger in flaggers]

    assert results == [False, False, True]
    assert fresh(thread).status == PostStatus.HIDDEN
    assert "several members flagged it" in fresh(thread).moderation_note


def test_two_flags_leave_the_post_up(thread, flaggers):
    for flagger in flaggers[:2]:
        flag(thread, flagger)

    assert fresh(thread).status == PostStatus.PUBLISHED


def test_hiding_a_thread_takes_it_out_of_the_group_count(group, thread, flaggers):
    before = Group.objects.get(pk=group.pk).thread_count

    for flagger in flaggers:
        flag(thread, flagger)

    assert Group.objects.get(pk=group.pk).thread_count == before - 1


def test_hiding_a_reply_takes_it_out_of_the_reply_count(thread, flaggers):
    reply = published_reply(thread)
    assert fresh(thread).reply_count == 1

    for flagger in flaggers:
        flag(reply, flagger)

    assert fresh(reply).status == PostStatus.HIDDEN
    assert fresh(thread).reply_count == 0


def test_hiding_after_flags_is_audited_as_done_by_hrnet(group, thread, flaggers):
    for flagger in flaggers:
        flag(thread, flagger)

    entry = AuditEntry.objects.get(action=AuditEntry.Action.HIDDEN_BY_FLAGS)
    assert entry.actor is None
    assert (entry.subject, entry.group_id, entry.object_id) == (thread.author, group.pk, thread.pk)
    assert entry.reason == "3 members flagged it."


def test_a_post_hidden_by_flags_waits_in_the_queue(client, moderator, thread, flaggers):
    for flagger in flaggers:
        flag(thread, flagger)
    client.force_login(moderator)

    threads, _replies = selectors.moderation_queue(moderator)
    response = client.get(reverse("forums:moderation_queue"))

    assert threads == [thread]
    assert f'id="queue-thread-{thread.pk}"' in response.text


def test_a_post_hidden_by_flags_is_gone_for_other_members(client, group, thread, flaggers):
    for flagger in flaggers:
        flag(thread, flagger)
    client.force_login(add_member(group).member)

    assert client.get(thread.get_absolute_url()).status_code == 404


def test_the_same_member_flagging_twice_counts_once(thread, flaggers):
    first, second, _third = flaggers

    flag(thread, first)
    flag(thread, first, reason=Flag.Reason.OFF_TOPIC)
    hidden = flag(thread, second)

    assert hidden is False
    assert fresh(thread).status == PostStatus.PUBLISHED
    assert Flag.objects.filter(object_id=thread.pk).count() == 2


def test_nobody_can_flag_their_own_post(thread):
    with pytest.raises(ValidationError) as refused:
        flag(thread, thread.author)

    assert "cannot flag your own post" in " ".join(refused.value.messages)
    assert not Flag.objects.exists()


def test_a_flag_needs_a_reason(thread, flaggers):
    with pytest.raises(ValidationError):
        flag(thread, flaggers[0], reason="because")

    assert not Flag.objects.exists()


def test_flagging_through_the_thread_page_thanks_the_member(client, thread, flaggers):
    client.force_login(flaggers[0])

    response = client.post(
        reverse("forums:flag", args=["thread", thread.pk]), {"reason": "spam", "note": "Ads"}
    )

    assert response.status_code == 302
    recorded = Flag.objects.get()
    assert (recorded.flagger, recorded.reason, recorded.note) == (flaggers[0], "spam", "Ads")
    shown = [str(message) for message in get_messages(response.wsgi_request)]
    assert any("A moderator will look at the post" in message for message in shown)


def test_flagging_your_own_post_through_the_page_shows_why_not(client, thread):
    client.force_login(thread.author)

    response = client.post(reverse("forums:flag", args=["thread", thread.pk]), {"reason": "spam"})

    shown = [str(message) for message in get_messages(response.wsgi_request)]
    assert "You cannot flag your own post." in shown
    assert not Flag.objects.exists()


def test_approving_a_hidden_post_restores_it_and_dismisses_the_flags(
    group, moderator, thread, flaggers
):
    before = Group.objects.get(pk=group.pk).thread_count
    for flagger in flaggers:
        flag(thread, flagger)

    moderation.decide(moderator=moderator, post=thread, decision=Decision.APPROVE)

    assert fresh(thread).status == PostStatus.PUBLISHED
    assert fresh(thread).moderation_note == ""
    assert Group.objects.get(pk=group.pk).thread_count == before
    outcomes = set(Flag.objects.values_list("outcome", flat=True))
    assert outcomes == {Flag.Outcome.DISMISSED}
    assert not Flag.objects.filter(resolved_at__isnull=True).exists()


def test_approving_a_hidden_reply_restores_the_reply_count(moderator, thread, flaggers):
    reply = published_reply(thread)
    for flagger in flaggers:
        flag(reply, flagger)

    moderation.decide(moderator=moderator, post=reply, decision=Decision.APPROVE)

    assert fresh(reply).status == PostStatus.PUBLISHED
    assert fresh(thread).reply_count == 1


def test_flaggers_are_told_once_when_a_moderator_left_the_post_up(moderator, thread, flaggers):
    for flagger in flaggers:
        flag(thread, flagger)

    moderation.decide(moderator=moderator, post=thread, decision=Decision.APPROVE)

    for flagger in flaggers:
        notification = flag_outcomes(flagger).get()
        assert "left it up" in notification.message
        assert notification.url == thread.get_absolute_url()


def test_flaggers_are_told_once_when_a_moderator_dealt_with_the_post(moderator, thread, flaggers):
    for flagger in flaggers:
        flag(thread, flagger)

    moderation.decide(
        moderator=moderator, post=thread, decision=Decision.REJECT, reason=RejectReason.SPAM
    )

    assert fresh(thread).status == PostStatus.REJECTED
    assert set(Flag.objects.values_list("outcome", flat=True)) == {Flag.Outcome.UPHELD}
    for flagger in flaggers:
        assert "has been dealt with" in flag_outcomes(flagger).get().message


def test_moving_a_flagged_thread_upholds_the_flags(moderator, thread, flaggers):
    for flagger in flaggers:
        flag(thread, flagger)

    moderation.decide(moderator=moderator, post=thread, decision=Decision.MOVE_TO_PROMOTIONS)

    assert fresh(thread).section == Thread.Section.PROMOTION
    assert fresh(thread).status == PostStatus.PUBLISHED
    assert set(Flag.objects.values_list("outcome", flat=True)) == {Flag.Outcome.UPHELD}


def test_a_member_cannot_flag_a_held_reply_they_cannot_see(client, group, thread, flaggers):
    reply = held_reply(thread)
    client.force_login(flaggers[0])

    response = client.post(reverse("forums:flag", args=["reply", reply.pk]), {"reason": "spam"})

    assert response.status_code == 404
    assert not Flag.objects.exists()
