from django.urls import reverse

from forums.models import GroupMembership
from notifications.models import Notification


def test_manager_makes_a_member_moderator_who_then_works_the_queue(
    client, manager, open_group, open_member
):
    membership = GroupMembership.objects.get(group=open_group, member=open_member)
    client.force_login(manager)

    client.post(
        reverse("forums:set_role", args=[open_group.slug, membership.pk]), {"role": "moderator"}
    )

    membership.refresh_from_db()
    assert membership.role == "moderator"
    client.force_login(open_member)
    assert client.get(reverse("forums:moderation_queue")).status_code == 200


def test_a_plain_member_cannot_change_roles(client, open_group, open_member, manager):
    managers = GroupMembership.objects.get(group=open_group, member=manager)
    client.force_login(open_member)

    response = client.post(
        reverse("forums:set_role", args=[open_group.slug, managers.pk]), {"role": "member"}
    )

    assert response.status_code == 404
    managers.refresh_from_db()
    assert managers.role == "manager"


def test_the_only_manager_cannot_be_demoted(client, staff, open_group, manager):
    managers = GroupMembership.objects.get(group=open_group, member=manager)
    client.force_login(staff)

    response = client.post(
        reverse("forums:set_role", args=[open_group.slug, managers.pk]),
        {"role": "member"},
        follow=True,
    )

    assert "A group needs at least one manager." in response.content.decode()
    managers.refresh_from_db()
    assert managers.role == "manager"


def test_manager_invites_a_member_who_is_notified_and_can_join(
    client, manager, invite_group, outsider
):
    client.force_login(manager)

    client.post(reverse("forums:invite", args=[invite_group.slug]), {"email": outsider.email})

    membership = GroupMembership.objects.get(group=invite_group, member=outsider)
    assert membership.status == GroupMembership.Status.INVITED
    assert Notification.objects.filter(
        recipient=outsider, key=f"group-invitation:{membership.pk}"
    ).exists()
    client.force_login(outsider)
    client.post(reverse("forums:join", args=[invite_group.slug]))
    membership.refresh_from_db()
    assert membership.status == GroupMembership.Status.ACTIVE


def test_inviting_an_unknown_address_changes_nothing(client, manager, invite_group):
    client.force_login(manager)

    response = client.post(
        reverse("forums:invite", args=[invite_group.slug]),
        {"email": "nobody@example.org"},
        follow=True,
    )

    assert "No member has that email address." in response.content.decode()
    assert GroupMembership.objects.filter(group=invite_group).count() == 1


def test_a_non_manager_cannot_invite(client, open_group, open_member, outsider):
    client.force_login(open_member)

    response = client.post(
        reverse("forums:invite", args=[open_group.slug]), {"email": outsider.email}
    )

    assert response.status_code == 404
    assert not GroupMembership.objects.filter(group=open_group, member=outsider).exists()
