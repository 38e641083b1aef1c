"""Who may work the queue, decide, act on members and read the audit log.

Table-driven: every action for every kind of visitor, checked on the server (POSTing ids by hand
changes nothing). 404 for what a visitor may not know exists; anonymous visitors sign in first.
"""

import pytest
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.shortcuts import resolve_url
from django.urls import reverse

from forums import moderation
from forums.models import GroupMembership, PostStatus
from forums.moderation import Decision
from moderation.models import AuditEntry
from notifications.models import Notification
from tests.factories import MemberFactory
from tests.forums.factories import add_member
from tests.moderation.factories import held_thread, new_member

pytestmark = [pytest.mark.django_db, pytest.mark.moderation]

LOGIN, NOT_FOUND, ALLOWED = "login", "404", "allowed"
ACTIONS = ("queue", "decide", "bulk", "suspend", "ban", "audit")
EXPECTED = {
    "anonymous": dict.fromkeys(ACTIONS, LOGIN),
    "member": dict.fromkeys(ACTIONS, NOT_FOUND),
    "other_moderator": dict.fromkeys(ACTIONS, NOT_FOUND),
    "other_manager": dict.fromkeys(ACTIONS, NOT_FOUND),
    "moderator": dict.fromkeys(ACTIONS, ALLOWED) | {"ban": NOT_FOUND, "audit": NOT_FOUND},
    "manager": dict.fromkeys(ACTIONS, ALLOWED),
    "staff": dict.fromkeys(ACTIONS, ALLOWED),
}


def cases() -> list:
    params = []
    for actor, expectations in EXPECTED.items():
        for action, expected in expectations.items():
            params.append(pytest.param(actor, action, expected, id=f"{actor}-{action}"))
    return params


@pytest.fixture
def people(group, manager, moderator, staff, other_group, other_moderator):
    other_manager = add_member(other_group, role=GroupMembership.Role.MANAGER).member
    return {
        "anonymous": None,
        "member": add_member(group).member,
        "other_moderator": other_moderator,
        "other_manager": other_manager,
        "moderator": moderator,
        "manager": manager,
        "staff": staff,
    }


@pytest.fixture
def held(group):
    return held_thread(group, title="Zebrafish onboarding checklist")


@pytest.fixture
def target(group):
    """The member a moderator might suspend or ban."""
    return new_member(group)


def request_for(client, action, group, held, target):
    member_url = reverse("forums:moderation_member", args=[target.pk])
    requests = {
        "queue": lambda: client.get(reverse("forums:moderation_queue"), {"group": group.slug}),
        "decide": lambda: client.post(
            reverse("forums:moderation_decide", args=["thread", held.pk]),
            {"decision": Decision.APPROVE},
        ),
        "bulk": lambda: client.post(
            reverse("forums:moderation_bulk"),
            {"posts": [f"thread:{held.pk}"], "decision": Decision.APPROVE},
        ),
        "suspend": lambda: client.post(
            member_url, {"group": group.slug, "action": "suspend", "days": "7"}
        ),
        "ban": lambda: client.post(member_url, {"group": group.slug, "action": "ban"}),
        "audit": lambda: client.get(reverse("forums:audit_log"), {"group": group.slug}),
    }
    return requests[action]()


def took_effect(action, group, held, target, response) -> bool:
    membership = GroupMembership.objects.get(group=group, member=target)
    held.refresh_from_db()
    effects = {
        "queue": lambda: held.title in response.text,
        "decide": lambda: held.status == PostStatus.PUBLISHED,
        "bulk": lambda: held.status == PostStatus.PUBLISHED,
        "suspend": lambda: membership.suspended_until is not None,
        "ban": lambda: membership.status == GroupMembership.Status.BANNED,
        "audit": lambda: held.title in response.text,  # the "held" entry
    }
    return effects[action]()


@pytest.mark.parametrize(("actor", "action", "expected"), cases())
def test_moderation_permissions(client, people, group, held, target, actor, action, expected):
    if people[actor] is not None:
        client.force_login(people[actor])
    audit_entries_before = AuditEntry.objects.count()

    response = request_for(client, action, group, held, target)

    if expected == LOGIN:
        assert response.status_code == 302
        assert response["Location"].startswith(resolve_url(settings.LOGIN_URL))
    elif expected == NOT_FOUND:
        assert response.status_code == 404
    else:
        assert response.status_code in (200, 302)
    assert took_effect(action, group, held, target, response) == (expected == ALLOWED)
    if expected != ALLOWED:
        assert AuditEntry.objects.count() == audit_entries_before
        assert not Notification.objects.filter(kind=Notification.Kind.MODERATION).exists()


# --- Across groups ------------------------------------------------------------------------------


def test_a_moderator_of_another_group_does_not_see_this_groups_posts_in_their_queue(
    client, other_group, other_moderator, held
):
    theirs = held_thread(other_group, title="Walrus payroll question")
    client.force_login(other_moderator)

    response = client.get(reverse("forums:moderation_queue"))

    assert response.status_code == 200
    assert theirs.title in response.text
    assert held.title not in response.text


def test_a_bulk_decision_that_includes_another_groups_post_changes_nothing(
    client, other_group, other_moderator, held
):
    theirs = held_thread(other_group)
    client.force_login(other_moderator)

    response = client.post(
        reverse("forums:moderation_bulk"),
        {"posts": [f"thread:{theirs.pk}", f"thread:{held.pk}"], "decision": Decision.APPROVE},
    )

    assert response.status_code == 404
    theirs.refresh_from_db()
    held.refresh_from_db()
    assert theirs.status == held.status == PostStatus.HELD
    assert not AuditEntry.objects.filter(action=AuditEntry.Action.APPROVED).exists()
    assert not Notification.objects.filter(kind=Notification.Kind.MODERATION).exists()


def test_a_manager_of_another_group_does_not_read_this_groups_audit_log(client, other_group, held):
    other_manager = add_member(other_group, role=GroupMembership.Role.MANAGER).member
    client.force_login(other_manager)

    response = client.get(reverse("forums:audit_log"))

    assert response.status_code == 200
    assert held.title not in response.text


def test_staff_see_every_groups_posts_in_the_queue(client, staff, other_group, held):
    theirs = held_thread(other_group, title="Walrus payroll question")
    client.force_login(staff)

    response = client.get(reverse("forums:moderation_queue"))

    assert held.title in response.text
    assert theirs.title in response.text


# --- The services check too, whoever calls them ------------------------------------------------


def test_a_plain_member_cannot_decide_through_the_service(group, held):
    with pytest.raises(PermissionDenied):
        moderation.decide(moderator=add_member(group).member, post=held, decision="approve")

    held.refresh_from_db()
    assert held.status == PostStatus.HELD


def test_a_moderator_of_another_group_cannot_decide_through_the_service(other_moderator, held):
    with pytest.raises(PermissionDenied):
        moderation.decide(moderator=other_moderator, post=held, decision="approve")

    held.refresh_from_db()
    assert held.status == PostStatus.HELD


def test_a_plain_member_cannot_suspend_through_the_service(group, target):
    with pytest.raises(PermissionDenied):
        moderation.suspend_member(
            moderator=add_member(group).member, group=group, member=target, days=7
        )

    assert GroupMembership.objects.get(group=group, member=target).suspended_until is None


def test_a_moderator_of_another_group_cannot_ban_through_the_service(group, other_group, target):
    other_manager = add_member(other_group, role=GroupMembership.Role.MANAGER).member

    with pytest.raises(PermissionDenied):
        moderation.ban_member(moderator=other_manager, group=group, member=target)

    membership = GroupMembership.objects.get(group=group, member=target)
    assert membership.status == GroupMembership.Status.ACTIVE


def test_a_former_moderator_no_longer_works_the_queue(client, group):
    former = MemberFactory()
    membership = add_member(group, former, role=GroupMembership.Role.MODERATOR)
    membership.role = GroupMembership.Role.MEMBER
    membership.save(update_fields=["role"])
    client.force_login(former)

    assert client.get(reverse("forums:moderation_queue")).status_code == 404
