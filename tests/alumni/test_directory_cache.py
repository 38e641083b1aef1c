"""A network's cached alumni directory: only ever served inside the network, and never older
than the last change to a membership or to an alumnus's profile."""

import pytest
from django.test import Client
from django.urls import reverse

from alumni import services
from members import services as member_services
from tests.alumni.factories import add_alumnus, add_pending, make_network
from tests.factories import MemberFactory

pytestmark = pytest.mark.django_db

WARM_BUDGET = 5  # the member, the header's two counts, the network, the viewer's membership


def signed_in(member) -> Client:
    client = Client()
    client.force_login(member)
    return client


def directory(client, network, **params):
    return client.get(reverse("alumni:directory", args=[network.slug]), params)


def text(response) -> str:
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def alumnus(network):
    member = MemberFactory(display_name="Greta Gone", headline="Payroll lead")
    return add_alumnus(network, member, department="Finance")


def test_the_cached_directory_is_a_404_for_everyone_outside_the_network(
    network, admin_client, alumnus, request_network
):
    assert "Greta Gone" in text(directory(admin_client, network))  # now cached

    elsewhere = add_alumnus(request_network, MemberFactory()).member
    pending = add_pending(request_network, MemberFactory()).member
    for client in (signed_in(MemberFactory()), signed_in(elsewhere), signed_in(pending)):
        response = directory(client, network)
        assert response.status_code == 404
        assert "Greta Gone" not in response.content.decode()
    assert directory(Client(), network).status_code == 302  # to the sign-in page


def test_an_alumnus_who_leaves_leaves_the_cached_directory_at_once(network, admin_client, alumnus):
    assert "Greta Gone" in text(directory(admin_client, network))

    services.leave_network(member=alumnus.member, network=network)

    page = text(directory(admin_client, network))
    assert "Greta Gone" not in page
    assert "1 alumnus" in page  # the admin


def test_an_approved_request_shows_in_the_cached_directory_at_once(request_network, network_admin):
    client = signed_in(network_admin)
    waiting = add_pending(request_network, MemberFactory(display_name="Pelle Pending"))
    assert "Pelle Pending" not in text(directory(client, request_network))

    services.decide_request(admin=network_admin, membership=waiting, approve=True)

    assert "Pelle Pending" in text(directory(client, request_network))


def test_a_new_department_shows_on_the_card_and_in_the_filter_at_once(
    network, admin_client, alumnus
):
    assert "Treasury" not in text(directory(admin_client, network))

    services.update_alumni_profile(
        member=alumnus.member, network=network, data={"department": "Treasury"}
    )

    page = text(directory(admin_client, network))
    assert '<option value="Treasury"' in page
    assert "Finance" not in page
    assert "Greta Gone" in text(directory(admin_client, network, department="treasury"))


def test_a_renamed_alumnus_is_shown_by_the_new_name_at_once(network, admin_client, alumnus):
    assert "Greta Gone" in text(directory(admin_client, network))

    member_services.update_profile(member=alumnus.member, data={"display_name": "Greta Back"})

    page = text(directory(admin_client, network))
    assert "Greta Back" in page
    assert "Greta Gone" not in page


def test_each_network_has_its_own_cached_directory(network, alumnus, network_admin):
    other = make_network(admin=network_admin, name="Other Alumni")
    add_alumnus(other, MemberFactory(display_name="Olle Other"))
    client = signed_in(network_admin)

    mine, theirs = text(directory(client, network)), text(directory(client, other))

    assert "Greta Gone" in mine and "Olle Other" not in mine
    assert "Olle Other" in theirs and "Greta Gone" not in theirs


@pytest.mark.parametrize("rows", [3, 40], ids=["3-alumni", "40-alumni"])
def test_warm_directory_budget_is_the_same_for_few_and_many(
    network, admin_client, rows, django_assert_max_num_queries
):
    for number in range(rows):
        add_alumnus(network, MemberFactory(), department=f"Department {number % 4}")
    directory(admin_client, network)

    with django_assert_max_num_queries(WARM_BUDGET):
        page = text(directory(admin_client, network))

    assert f"{rows + 1} alumni" in page
