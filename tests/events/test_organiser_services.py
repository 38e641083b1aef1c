import pytest
from django.core.exceptions import PermissionDenied

from events import services
from tests.factories import MemberFactory

pytestmark = pytest.mark.django_db


def test_organiser_calls_an_event_off(event, organiser):
    services.cancel_event(organiser=organiser, event=event)

    event.refresh_from_db()
    assert event.is_cancelled


def test_only_organisers_call_an_event_off(event):
    with pytest.raises(PermissionDenied):
        services.cancel_event(organiser=MemberFactory(), event=event)

    event.refresh_from_db()
    assert not event.is_cancelled


def test_registering_a_list_skips_members_who_may_not_see_a_private_groups_event(organiser):
    from forums.models import Group
    from tests.events.factories import make_event
    from tests.forums.factories import add_member, make_group

    group = make_group(manager=organiser, visibility=Group.Visibility.HIDDEN)
    inside = [add_member(group).member for _ in range(3)]
    outsider = MemberFactory()
    event = make_event(organiser=organiser, group=group)

    count = services.register_members(organiser=organiser, event=event, members=[*inside, outsider])

    event.refresh_from_db()
    assert count == 3
    assert event.attendee_count == 3
    assert not event.registrations.filter(member=outsider).exists()


def test_registering_a_list_fills_the_places_then_the_waiting_list(organiser):
    from tests.events.factories import make_event

    event = make_event(organiser=organiser, capacity=2)
    members = [MemberFactory() for _ in range(3)]

    services.register_members(organiser=organiser, event=event, members=members)
    services.register_members(organiser=organiser, event=event, members=members)

    event.refresh_from_db()
    assert (event.attendee_count, event.waitlist_count) == (2, 1)
