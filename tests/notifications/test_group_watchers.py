"""Group watchers: members who watch a group at "every new discussion" get one email per new
thread; daily, weekly and muted watchers wait for their digest (or nothing)."""

import re
from datetime import timedelta
from importlib import import_module

import pytest
from django.core import mail
from django.utils import timezone

from forums import announcements, moderation
from forums.models import GroupMembership, PostStatus, Thread
from forums.tasks import notify_group_watchers
from hrnet.celery import app
from notifications.models import Notification
from tests.factories import MemberFactory
from tests.forums.factories import add_member, make_group, make_thread
from tests.notifications.conftest import watching
from tests.notifications.helpers import (
    a_minute_passes,
    broker_down,
    committed,
    emails_to,
    unsubscribe_path,
)

pytestmark = pytest.mark.django_db

Level = GroupMembership.WatchLevel
# Beat entries that pick up work whose enqueue was lost (see hrnet/celery.py).
SWEEP = re.compile(r"pending|watchers")


def test_every_discussion_watcher_gets_one_email_per_new_thread(group):
    watcher = watching(group, MemberFactory(display_name="Wilma Watcher"))

    with committed():
        first = make_thread(group=group, title="Payroll cut-off in December")
    with committed():
        make_thread(group=group, title="Sick pay day one")

    emails = emails_to(watcher)
    assert [message.subject for message in emails] == [
        "[HRnet] New in Payroll Nordic: “Payroll cut-off in December”",
        "[HRnet] New in Payroll Nordic: “Sick pay day one”",
    ]
    assert f"https://hrnet.example{first.get_absolute_url()}" in emails[0].body
    assert unsubscribe_path(emails[0]).startswith("/notifications/unsubscribe/")


def test_running_the_watchers_task_twice_sends_nothing_new(group):
    watcher = watching(group)
    thread = make_thread(group=group)  # not committed: the task runs below, twice

    with committed():
        assert notify_group_watchers(thread.pk) == 1
    with committed():
        assert notify_group_watchers(thread.pk) == 0

    assert len(emails_to(watcher)) == 1
    assert Notification.objects.filter(recipient=watcher).count() == 1


@pytest.mark.parametrize("level", [Level.DAILY, Level.WEEKLY, Level.MUTED])
def test_digest_and_muted_watchers_get_nothing_immediately(group, level):
    member = watching(group, level=level)

    with committed():
        make_thread(group=group)

    assert emails_to(member) == []
    assert not Notification.objects.filter(recipient=member).exists()


def test_thread_author_is_not_told_about_their_own_thread(group):
    author = watching(group)

    with committed():
        make_thread(group=group, author=author)

    assert mail.outbox == []


def test_banned_watchers_hear_nothing(group):
    banned = watching(group)
    GroupMembership.objects.filter(member=banned, group=group).update(
        status=GroupMembership.Status.BANNED
    )

    with committed():
        make_thread(group=group)

    assert emails_to(banned) == []


def test_watchers_of_other_groups_hear_nothing(group):
    elsewhere = watching(make_group(name="Works Council"))

    with committed():
        make_thread(group=group)

    assert emails_to(elsewhere) == []


@pytest.mark.moderation
def test_held_thread_is_announced_to_watchers_once_approved(settings, group):
    settings.MODERATION_FIRST_POSTS_HELD = 3
    settings.MODERATION_AUTOMATIC = False
    watcher = watching(group)
    newcomer = add_member(group, MemberFactory()).member
    manager = group.memberships.get(role="manager").member

    with committed():
        thread = make_thread(group=group, author=newcomer)
    assert thread.status == PostStatus.HELD
    assert announcements.notify_group_watchers(thread_id=thread.pk) == 0
    assert emails_to(watcher) == []

    with committed():
        moderation.decide(moderator=manager, post=thread, decision=moderation.Decision.APPROVE)

    assert len(emails_to(watcher)) == 1


def run_periodic_sweeps():
    """What beat would run a few minutes later: every sweep of work whose enqueue was lost."""
    for entry in app.conf.beat_schedule.values():
        if SWEEP.search(entry["task"]):
            module, name = entry["task"].rsplit(".", 1)
            with committed():
                getattr(import_module(module), name).apply(args=entry.get("args", ()))


def test_watchers_hear_about_a_thread_posted_while_redis_was_down(group, monkeypatch):
    watcher = watching(group)
    monkeypatch.setattr(app.tasks[notify_group_watchers.name], "apply_async", broker_down)
    with committed():
        thread = make_thread(group=group)
    monkeypatch.undo()
    Thread.objects.filter(pk=thread.pk).update(created_at=timezone.now() - timedelta(minutes=2))

    run_periodic_sweeps()
    a_minute_passes()
    run_periodic_sweeps()

    assert len(emails_to(watcher)) == 1
