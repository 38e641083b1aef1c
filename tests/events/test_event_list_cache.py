"""The event list's cached cards and count: shared only by viewers who may see the same events
and go to the same ones, and never older than the last write to an event, a registration, a
group or a host organisation."""

import pytest
from django.test import Client
from django.urls import reverse

from events import services
from forums.models import Group
from tests.events.factories import event_data, make_event
from tests.factories import MemberFactory, OrganisationFactory
from tests.forums.factories import add_member, make_group

pytestmark = pytest.mark.django_db

WARM_BUDGET = 6  # member, header's two counts, "may create events", readable groups, going


def event_list(client, **params) -> str:
    response = client.get(reverse("events:list"), params)
    assert response.status_code == 200
    return response.content.decode()


def signed_in(member) -> Client:
    client = Client()
    client.force_login(member)
    return client


@pytest.fixture
def organiser(db):
    return MemberFactory(display_name="Olga Organiser")


def test_a_new_event_is_on_the_cached_list_at_once(client, organiser):
    make_event(organiser=organiser, title="Payroll breakfast in Malmö")
    assert "Payroll breakfast in Malmö" in event_list(client)

    make_event(organiser=organiser, title="Labour law lunch in Lund")

    assert "Labour law lunch in Lund" in event_list(client)


def test_an_edited_or_cancelled_event_changes_on_the_cached_list_at_once(client, organiser):
    event = make_event(organiser=organiser, title="Payroll breakfast in Malmö")
    assert "Payroll breakfast in Malmö" in event_list(client)

    services.update_event(
        editor=organiser, event=event, data=event_data(event, title="Payroll brunch in Malmö")
    )
    assert "Payroll brunch in Malmö" in event_list(client)

    services.cancel_event(organiser=organiser, event=event)
    assert "Cancelled" in event_list(client)


def test_going_is_shown_only_to_those_who_go_and_at_once(organiser):
    event = make_event(organiser=organiser)
    goer, other = MemberFactory(), MemberFactory()
    goer_client, other_client = signed_in(goer), signed_in(other)
    assert "You are going" not in event_list(goer_client)
    assert "0 going" in event_list(other_client)

    services.register(member=goer, event=event)

    assert "You are going" in event_list(goer_client)
    other_page = event_list(other_client)
    assert "You are going" not in other_page
    assert "1 going" in other_page


def test_a_private_groups_event_is_never_served_from_a_members_cache_to_others(client, organiser):
    group = make_group(manager=organiser, visibility=Group.Visibility.INVITE_ONLY)
    insider = add_member(group, MemberFactory()).member
    make_event(organiser=organiser, group=group, title="Closed circle meeting")
    assert "Closed circle meeting" in event_list(signed_in(insider))
    assert "Closed circle meeting" in event_list(signed_in(insider))  # from the cache

    for viewer in (client, signed_in(MemberFactory())):
        assert "Closed circle meeting" not in event_list(viewer)


def test_a_group_closed_to_outsiders_takes_its_events_off_the_public_list_at_once(
    client, organiser
):
    group = make_group(manager=organiser)
    make_event(organiser=organiser, group=group, title="Open group meetup")
    assert "Open group meetup" in event_list(client)

    group.visibility = Group.Visibility.INVITE_ONLY
    group.save()

    assert "Open group meetup" not in event_list(client)


def test_a_renamed_host_organisation_shows_at_once(client, organiser):
    host = OrganisationFactory(name="Volvo Cars")
    make_event(organiser=organiser, host_organisation=host)
    assert "Hosted by Volvo Cars" in event_list(client)

    host.name = "Volvo Personvagnar"
    host.save()

    assert "Hosted by Volvo Personvagnar" in event_list(client)


@pytest.mark.parametrize("rows", [3, 30], ids=["3-rows", "30-rows"])
def test_warm_event_list_budget_is_the_same_for_few_and_many(
    organiser, rows, django_assert_max_num_queries
):
    viewer = MemberFactory()
    for number in range(rows):
        event = make_event(organiser=organiser)
        if number % 2:
            services.register(member=viewer, event=event)
    viewer_client = signed_in(viewer)
    event_list(viewer_client)

    with django_assert_max_num_queries(WARM_BUDGET):
        page = event_list(viewer_client)

    assert "You are going" in page
