"""Who may open which dashboard and download its tables: 404 for what a user may not know."""

import pytest
from django.urls import reverse

from forums.models import GroupMembership
from tests.factories import MemberFactory
from tests.forums.factories import add_member, make_group

pytestmark = pytest.mark.django_db

EXPORTS = ("", "?export=roles", "?days=30&export=contributors")


@pytest.fixture
def manager(db):
    return MemberFactory(display_name="Greta Manager")


@pytest.fixture
def managed_group(manager):
    return make_group(manager=manager, name="Payroll Nordic")


@pytest.fixture
def other_group(db):
    return make_group(name="Recruiting")


def network_url(query=""):
    return reverse("insights:network") + query


def group_url(group, query=""):
    return reverse("insights:group", args=[group.slug]) + query


def signed_in(client, member):
    client.force_login(member)
    return client


@pytest.mark.parametrize("query", EXPORTS)
def test_staff_open_the_network_dashboard_and_its_exports(client, query):
    response = signed_in(client, MemberFactory(is_staff=True)).get(network_url(query))

    assert response.status_code == 200


@pytest.mark.parametrize("query", EXPORTS)
def test_network_dashboard_and_exports_are_not_found_for_members(client, managed_group, query):
    manager = managed_group.memberships.get().member

    response = signed_in(client, manager).get(network_url(query))

    assert response.status_code == 404


@pytest.mark.parametrize("query", EXPORTS)
def test_network_dashboard_and_exports_send_anonymous_visitors_to_sign_in(client, db, query):
    response = client.get(network_url(query))

    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login") + "?next=")


@pytest.mark.parametrize("query", EXPORTS)
def test_group_manager_opens_their_groups_dashboard_and_exports(
    client, manager, managed_group, query
):
    response = signed_in(client, manager).get(group_url(managed_group, query))

    assert response.status_code == 200


@pytest.mark.parametrize("query", EXPORTS)
def test_group_manager_gets_not_found_for_another_groups_dashboard(
    client, manager, managed_group, other_group, query
):
    add_member(other_group, manager)

    response = signed_in(client, manager).get(group_url(other_group, query))

    assert response.status_code == 404


@pytest.mark.parametrize(
    "role", [GroupMembership.Role.MEMBER, GroupMembership.Role.MODERATOR], ids=str
)
@pytest.mark.parametrize("query", EXPORTS)
def test_group_members_and_moderators_get_not_found(client, managed_group, role, query):
    member = add_member(managed_group, role=role).member

    response = signed_in(client, member).get(group_url(managed_group, query))

    assert response.status_code == 404


@pytest.mark.parametrize("query", EXPORTS)
def test_a_manager_whose_membership_is_not_active_gets_not_found(
    client, manager, managed_group, query
):
    GroupMembership.objects.filter(group=managed_group, member=manager).update(
        status=GroupMembership.Status.BANNED
    )

    response = signed_in(client, manager).get(group_url(managed_group, query))

    assert response.status_code == 404


@pytest.mark.parametrize("query", EXPORTS)
def test_staff_open_any_groups_dashboard_and_exports(client, other_group, query):
    response = signed_in(client, MemberFactory(is_staff=True)).get(group_url(other_group, query))

    assert response.status_code == 200


@pytest.mark.parametrize("query", EXPORTS)
def test_group_dashboard_sends_anonymous_visitors_to_sign_in(client, managed_group, query):
    response = client.get(group_url(managed_group, query))

    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login") + "?next=")


def test_unknown_group_is_not_found_even_for_staff(client, db):
    response = signed_in(client, MemberFactory(is_staff=True)).get(
        reverse("insights:group", args=["no-such-group"])
    )

    assert response.status_code == 404


@pytest.mark.parametrize("export", ["nonsense", "ROLES", "__init__", "roles "])
def test_unknown_export_name_is_not_found(client, managed_group, manager, export):
    staff = signed_in(client, MemberFactory(is_staff=True))

    assert staff.get(network_url(), {"export": export}).status_code == 404
    client.force_login(manager)
    assert client.get(group_url(managed_group), {"export": export}).status_code == 404
