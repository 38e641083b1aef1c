"""notify_managers_of_waiting_posts: the people who work a group's queue hear that posts wait,
at most once per group every six hours; nobody else hears anything."""

from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import pytest

from forums import moderation, services
from forums.models import GroupMembership
from forums.moderation import Decision
from forums.tasks import notify_managers_of_waiting_posts as notify_task
from notifications.models import Notification
from tests.forums.factories import add_member, make_group
from tests.moderation.factories import held_reply, held_thread, published_thread

pytestmark = [pytest.mark.django_db, pytest.mark.moderation]

MONDAY_MORNING = datetime(2026, 3, 2, 7, 30, tzinfo=UTC)


@pytest.fixture
def notify(monkeypatch):
    """Run notify_managers_of_waiting_posts (or its Celery task) as if at the given time: its
    six-hour window follows that clock, and nothing else does."""

    def run(at=MONDAY_MORNING, *, through_celery=False):
        with monkeypatch.context() as patch:
            patch.setattr(moderation, "timezone", SimpleNamespace(now=lambda: at))
            if through_celery:
                return notify_task.apply().get()
            return moderation.notify_managers_of_waiting_posts()

    return run


def waiting_notices(member):
    return Notification.objects.filter(recipient=member, kind=Notification.Kind.QUEUE_WAITING)


def test_the_manager_and_moderators_of_a_group_with_a_held_post_are_told(
    notify, group, manager, moderator
):
    held_thread(group)

    sent = notify()

    assert sent == 2
    for person in (manager, moderator):
        notice = waiting_notices(person).get()
        assert group.name in notice.message
        assert notice.url == f"/moderation/?group={group.slug}"


def test_plain_members_of_the_group_are_not_told(notify, group, manager):
    member = add_member(group).member
    held = held_thread(group)

    notify()

    assert not waiting_notices(member).exists()
    assert not waiting_notices(held.author).exists()


def test_managers_of_groups_with_nothing_waiting_are_not_told(notify, group, other_group):
    held_thread(group)
    published_thread(other_group)
    other_manager = GroupMembership.objects.get(
        group=other_group, role=GroupMembership.Role.MANAGER
    ).member

    notify()

    assert not waiting_notices(other_manager).exists()


def test_nobody_is_told_when_nothing_waits(notify, group, manager):
    published_thread(group)

    assert notify() == 0
    assert not Notification.objects.filter(kind=Notification.Kind.QUEUE_WAITING).exists()


def test_running_twice_in_the_same_window_sends_nothing_new(notify, group, manager, moderator):
    held_thread(group)
    notify()

    second = notify()

    assert second == 0
    assert waiting_notices(manager).count() == waiting_notices(moderator).count() == 1


def test_the_next_six_hour_window_tells_them_again(notify, group, manager):
    held_thread(group)
    notify()

    sent = notify(MONDAY_MORNING + timedelta(hours=6))

    assert sent == 1
    assert waiting_notices(manager).count() == 2


def test_later_in_the_same_window_sends_nothing_new(notify, group, manager):
    held_thread(group)
    notify()

    assert notify(MONDAY_MORNING + timedelta(hours=4)) == 0


def test_a_held_reply_counts_as_waiting(notify, group, manager):
    held_reply(published_thread(group))

    notify()

    assert waiting_notices(manager).count() == 1


def test_a_post_hidden_by_flags_counts_as_waiting(notify, group, manager):
    thread = published_thread(group)
    for flagger in [add_member(group).member for _ in range(3)]:
        moderation.flag_post(flagger=flagger, post=thread, reason="spam")

    notify()

    assert waiting_notices(manager).count() == 1


def test_decided_posts_no_longer_count_as_waiting(notify, group, manager):
    held = held_thread(group)
    moderation.decide(moderator=manager, post=held, decision=Decision.APPROVE)

    assert notify() == 0


def test_someone_who_works_two_queues_hears_once_for_each(notify, group, manager):
    second_group = make_group(manager=manager, name="Works Council Nordic")
    held_thread(group)
    held_thread(second_group)

    notify()

    assert waiting_notices(manager).count() == 2


def test_the_celery_task_sends_the_notifications(notify, group, manager):
    held_thread(group)

    assert notify(through_celery=True) == 1
    assert waiting_notices(manager).count() == 1


def test_a_held_thread_its_author_deleted_does_not_wake_the_moderators(notify, group, manager):
    held = held_thread(group)
    services.delete_thread(member=held.author, thread=held)

    assert notify() == 0
