"""Who may open which events page: anonymous, member, organiser, staff.

Organiser pages are 404 for everyone else (they may not know the tools exist); events of
private groups are 404 for those outside the group.
"""

import pytest
from django.urls import reverse

from events import services
from events.models import Event, SeatingPlan
from forums.models import Group
from tests.events.factories import make_event, register_all
from tests.factories import MemberFactory
from tests.forums.factories import add_member, make_group

pytestmark = pytest.mark.django_db

ROLES = ("anonymous", "member", "organiser", "staff")
LOGIN = "login"  # a redirect to the sign-in page


@pytest.fixture
def world(organiser, staff):
    """A world café organised by `organiser` (a group manager), with a seated member."""
    group = make_group(manager=organiser, name="Payroll Nordic")
    event = make_event(
        organiser=organiser, kind=Event.Kind.WORLD_CAFE, table_count=2, round_count=2
    )
    member = MemberFactory(display_name="Mia Member")
    other = MemberFactory()
    register_all(event, [member, other])
    SeatingPlan.objects.create(
        event=event, assignment={"rounds": [[[member.pk], [other.pk]], [[other.pk], [member.pk]]]}
    )
    item = services.save_agenda_item(
        organiser=organiser, event=event, data={"starts_at": event.starts_at, "title": "Welcome"}
    )
    return {
        "event": event,
        "group": group,
        "item": item,
        "registration": event.registrations.get(member=member),
        "token": services.calendar_feed_for(member).token,
        "users": {"member": member, "organiser": organiser, "staff": staff},
    }


def url_for(name, world):
    slug = world["event"].slug
    args = {
        "list": [],
        "create": [],
        "my_calendar": [],
        "personal_feed": [world["token"]],
        "group_feed": [world["group"].slug],
        "add_agenda_item": [slug],
        "delete_agenda_item": [slug, world["item"].pk],
        "attendee_action": [slug, world["registration"].pk, "paid"],
    }.get(name, [slug])
    return reverse(f"events:{name}", args=args)


def expect(anonymous, member, organiser, staff):
    return dict(zip(ROLES, (anonymous, member, organiser, staff), strict=True))


ORGANISER_PAGE = expect(LOGIN, 404, 200, 200)
ORGANISER_ACTION = expect(LOGIN, 404, 302, 302)
PUBLIC = expect(200, 200, 200, 200)
MEMBER_ACTION = expect(LOGIN, 302, 302, 302)

MATRIX = {
    ("list", "get"): PUBLIC,
    ("create", "get"): expect(LOGIN, 403, 200, 200),
    ("my_calendar", "get"): expect(LOGIN, 200, 200, 200),
    ("personal_feed", "get"): PUBLIC,
    ("group_feed", "get"): PUBLIC,
    ("event", "get"): PUBLIC,
    ("ics", "get"): PUBLIC,
    ("register", "post"): MEMBER_ACTION,
    ("cancel", "post"): MEMBER_ACTION,
    ("edit", "get"): ORGANISER_PAGE,
    ("add_agenda_item", "post"): ORGANISER_ACTION,
    ("delete_agenda_item", "post"): ORGANISER_ACTION,
    ("attendees", "get"): ORGANISER_PAGE,
    ("attendees_csv", "get"): ORGANISER_PAGE,
    ("check_in", "get"): ORGANISER_PAGE,
    ("attendee_action", "post"): ORGANISER_ACTION,
    ("message", "get"): ORGANISER_PAGE,
    ("seating", "get"): ORGANISER_PAGE,
    # Only people with a seat have tables; the organiser and staff are not seated.
    ("my_schedule", "get"): expect(LOGIN, 200, 404, 404),
}


def test_the_matrix_covers_every_events_url():
    from events.urls import urlpatterns

    assert {pattern.name for pattern in urlpatterns} == {name for name, _method in MATRIX}


def outcome(response):
    if response.status_code == 302 and response["Location"].startswith(reverse("account_login")):
        return LOGIN
    return response.status_code


@pytest.mark.parametrize(("name", "method"), list(MATRIX), ids=[name for name, _m in MATRIX])
def test_who_may_open_which_page(client, world, name, method):
    outcomes = {}
    for role in ROLES:
        client.logout()
        if role != "anonymous":
            client.force_login(world["users"][role])
        outcomes[role] = outcome(getattr(client, method)(url_for(name, world)))

    assert outcomes == MATRIX[name, method]


@pytest.mark.parametrize("name", ["edit", "attendees", "attendees_csv", "check_in", "message"])
def test_an_organiser_of_another_event_cannot_open_this_ones_tools(client, world, name):
    client.force_login(make_event().organisers.get())

    assert client.get(url_for(name, world)).status_code == 404


def test_an_organiser_action_by_a_non_organiser_changes_nothing(client, world):
    client.force_login(world["users"]["member"])

    client.post(url_for("attendee_action", world))

    world["registration"].refresh_from_db()
    assert world["registration"].paid is False


# --- events in private groups -------------------------------------------------------------------

PRIVATE = [Group.Visibility.HIDDEN, Group.Visibility.INVITE_ONLY, Group.Visibility.REQUEST]


@pytest.fixture(params=PRIVATE)
def private_event(request, organiser):
    group = make_group(manager=organiser, visibility=request.param)
    return make_event(organiser=organiser, group=group, title="Circle meeting")


@pytest.mark.parametrize("name", ["event", "ics"])
@pytest.mark.parametrize("who", ["anonymous", "outsider"])
def test_events_of_private_groups_are_not_found_outside_the_group(client, private_event, name, who):
    if who == "outsider":
        client.force_login(MemberFactory())

    assert client.get(reverse(f"events:{name}", args=[private_event.slug])).status_code == 404


def test_an_outsider_cannot_register_for_an_event_of_a_private_group(client, private_event):
    outsider = MemberFactory()
    client.force_login(outsider)

    response = client.post(reverse("events:register", args=[private_event.slug]))

    assert response.status_code == 404
    assert not private_event.registrations.exists()


@pytest.mark.parametrize("name", ["event", "ics"])
def test_events_of_private_groups_are_visible_to_group_members(client, private_event, name):
    client.force_login(add_member(private_event.group).member)

    assert client.get(reverse(f"events:{name}", args=[private_event.slug])).status_code == 200


def test_a_group_member_can_register_for_an_event_of_a_private_group(client, private_event):
    insider = add_member(private_event.group).member
    client.force_login(insider)

    response = client.post(reverse("events:register", args=[private_event.slug]))

    assert response.status_code == 302
    assert private_event.registrations.get().member == insider


def test_staff_see_events_of_private_groups(client, private_event, staff):
    client.force_login(staff)

    assert client.get(private_event.get_absolute_url()).status_code == 200


def test_the_register_service_refuses_an_outsider(private_event):
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        services.register(member=MemberFactory(), event=private_event)


def test_events_of_open_groups_are_visible_to_everyone(client, organiser):
    group = make_group(manager=organiser, visibility=Group.Visibility.OPEN)
    event = make_event(organiser=organiser, group=group)

    assert client.get(event.get_absolute_url()).status_code == 200
