"""Figures the dashboard once got wrong, each guarded by a test: joins and leaves through
every path (bans, erasure, alumni), deleted posts, quiet weeks."""

from datetime import timedelta

import pytest

from forums import moderation, services
from forums.models import GroupDeparture, GroupMembership, Reply, Thread
from insights import selectors
from members.models import Member
from members.services import erase_member
from tests.factories import MemberFactory
from tests.forums.factories import add_member, make_group, make_reply, make_thread
from tests.insights.network import in_month, in_week, month_start, week_start

pytestmark = pytest.mark.django_db


def leaves_this_month(group) -> int:
    return growth(group).get(month_start(0), (0, 0))[1]


def growth(group=None) -> dict:
    rows = selectors.dashboard(days=90, group=group)["growth"]
    return {row["month"]: (row["joins"], row["leaves"]) for row in rows}


def test_network_growth_counts_the_sign_up_of_a_member_erased_since(db):
    member = MemberFactory()
    Member.objects.filter(pk=member.pk).update(date_joined=in_month(2))
    erase_member(member=member, keep_posts=True)
    Member.objects.filter(pk=member.pk).update(erased_at=in_month(1))

    rows = growth()

    assert rows.get(month_start(2)) == (1, 0)
    assert rows.get(month_start(1)) == (0, 1)


def test_group_growth_counts_the_join_of_a_member_who_left_since(db):
    group = make_group()
    GroupMembership.objects.filter(group=group).update(joined_at=in_month(14))
    member = add_member(group).member
    GroupMembership.objects.filter(group=group, member=member).update(joined_at=in_month(2))
    services.leave_group(member=member, group=group)
    GroupDeparture.objects.filter(group=group).update(left_at=in_month(1))

    rows = growth(group)

    assert rows.get(month_start(2)) == (1, 0)
    assert rows.get(month_start(1)) == (0, 1)


def test_group_growth_counts_a_member_banned_from_the_group_as_a_leave(db):
    group = make_group()
    manager = GroupMembership.objects.get(group=group).member
    member = add_member(group).member

    moderation.ban_member(moderator=manager, group=group, member=member)

    assert leaves_this_month(group) == 1


def test_group_growth_counts_an_erased_member_as_a_leave(db):
    group = make_group()
    member = add_member(group).member

    erase_member(member=member, keep_posts=True)

    assert leaves_this_month(group) == 1


def test_deleted_threads_count_in_no_figure(db):
    group = make_group()
    thread = make_thread(group=group, tags=["payroll"])
    Thread.objects.filter(pk=thread.pk).update(created_at=in_week(1))
    services.delete_thread(member=thread.author, thread=thread)

    figures = selectors.dashboard(days=30)

    assert all(row["threads"] == row["replies"] == 0 for row in figures["weekly"])
    assert figures["active_tags"] == []
    assert figures["top_contributors"] == []
    assert figures["participation"]["posted"] == 0


def test_a_deleted_reply_is_not_the_first_reply_to_a_question(db):
    group = make_group()
    question = make_thread(group=group, section=Thread.Section.QUESTION)
    Thread.objects.filter(pk=question.pk).update(created_at=in_week(1))
    deleted = make_reply(thread=question)
    answer = make_reply(thread=question)
    Reply.objects.filter(pk=deleted.pk).update(created_at=in_week(1) + timedelta(hours=1))
    Reply.objects.filter(pk=answer.pk).update(created_at=in_week(1) + timedelta(hours=5))
    services.delete_reply(member=deleted.author, reply=deleted)

    assert selectors.dashboard(days=30)["median_hours_to_first_reply"] == 5.0


def test_threads_and_replies_per_week_list_quiet_weeks_as_zero(db):
    group = make_group()
    thread = make_thread(group=group)
    Thread.objects.filter(pk=thread.pk).update(created_at=in_week(6))

    weeks = [row["week"].date() for row in selectors.dashboard(days=30)["weekly"]]

    assert len(weeks) >= 12
    assert weeks[-1] == week_start(0).date()
    gaps = {later - earlier for earlier, later in zip(weeks, weeks[1:], strict=False)}
    assert gaps == {timedelta(weeks=1)}
