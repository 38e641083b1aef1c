"""iCalendar: the .ics of one event, the personal feed behind a secret address, group feeds."""

from datetime import timedelta

import pytest
from django.urls import reverse
from icalendar import Calendar

from events import services
from events.models import CalendarFeed, Event
from forums.models import Group
from tests.events.factories import make_event, register_all
from tests.factories import MemberFactory
from tests.forums.factories import add_member, make_group

pytestmark = pytest.mark.django_db

LINK = "https://meet.example.org/payroll-webinar"


@pytest.fixture
def webinar(organiser):
    return make_event(
        organiser=organiser,
        title="Payroll webinar",
        kind=Event.Kind.WEBINAR,
        format=Event.Format.ONLINE,
        online_url=LINK,
        venue="",
        address="",
        city="",
        capacity=1,
    )


def entries(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content).walk("VEVENT")


def feed_url(member):
    return reverse("events:personal_feed", args=[services.calendar_feed_for(member).token])


def test_event_ics_parses_with_summary_start_end_and_uid(client, event):
    (entry,) = entries(client.get(reverse("events:ics", args=[event.slug])))

    assert str(entry["SUMMARY"]) == event.title
    assert entry.decoded("DTSTART") == event.starts_at.replace(microsecond=0)
    assert entry.decoded("DTEND") == event.ends_at.replace(microsecond=0)
    assert str(entry["UID"]) == f"event-{event.pk}@hrnet"


def test_event_ics_is_an_attachment_named_after_the_event(client, event):
    response = client.get(reverse("events:ics", args=[event.slug]))

    assert response["Content-Disposition"] == f'attachment; filename="{event.slug}.ics"'


def test_event_ics_shows_the_online_link_to_a_registered_member(client, webinar, member):
    services.register(member=member, event=webinar)
    client.force_login(member)

    (entry,) = entries(client.get(reverse("events:ics", args=[webinar.slug])))

    assert LINK in str(entry["LOCATION"])


@pytest.mark.parametrize("who", ["anonymous", "not registered", "waitlisted", "cancelled"])
def test_event_ics_hides_the_online_link_from_everyone_else(client, webinar, who):
    taken, member = MemberFactory(), MemberFactory()
    services.register(member=taken, event=webinar)
    if who != "anonymous":
        client.force_login(member)
    if who in ("waitlisted", "cancelled"):
        services.register(member=member, event=webinar)
    if who == "cancelled":
        services.cancel(member=member, event=webinar)

    response = client.get(reverse("events:ics", args=[webinar.slug]))

    assert LINK.encode() not in response.content
    entries(response)


def test_personal_feed_lists_the_members_events(client, organiser, member):
    going = make_event(organiser=organiser, title="Going")
    waiting = make_event(organiser=organiser, title="Waiting", capacity=1)
    cancelled = make_event(organiser=organiser, title="Cancelled registration")
    make_event(organiser=organiser, title="Someone else's")
    services.register(member=MemberFactory(), event=waiting)
    register_all(going, [member])
    register_all(waiting, [member])
    register_all(cancelled, [member])
    services.cancel(member=member, event=cancelled)

    titles = {str(e["SUMMARY"]) for e in entries(client.get(feed_url(member)))}

    assert titles == {"Going", "Waiting"}


def test_personal_feed_needs_no_session(client, event, member):
    services.register(member=member, event=event)
    client.logout()

    assert len(entries(client.get(feed_url(member)))) == 1


def test_personal_feed_shows_online_links_only_for_registered_events(client, webinar, member):
    services.register(member=MemberFactory(), event=webinar)
    services.register(member=member, event=webinar)  # waiting list

    response = client.get(feed_url(member))

    assert LINK.encode() not in response.content


def test_personal_feed_with_a_wrong_token_is_not_found(client, member):
    services.calendar_feed_for(member)

    response = client.get(reverse("events:personal_feed", args=["not-the-token"]))

    assert response.status_code == 404


def test_resetting_the_token_invalidates_the_old_address(client, member):
    old = feed_url(member)
    client.force_login(member)

    response = client.post(reverse("events:my_calendar"))

    assert response.status_code == 302
    assert client.get(old).status_code == 404
    assert client.get(feed_url(member)).status_code == 200
    assert feed_url(member) != old


def test_my_calendar_page_shows_the_secret_address(client, member):
    client.force_login(member)

    response = client.get(reverse("events:my_calendar"))

    token = CalendarFeed.objects.get(member=member).token
    assert f"/events/calendar/{token}.ics" in response.content.decode()


def test_personal_feed_of_a_deactivated_member_is_not_found(client, member):
    url = feed_url(member)
    member.is_active = False
    member.save(update_fields=["is_active"])

    assert client.get(url).status_code == 404


def test_group_feed_of_an_open_group_lists_its_events(client, organiser):
    group = make_group(manager=organiser, name="Payroll Nordic")
    make_event(organiser=organiser, title="Group meetup", group=group)
    make_event(organiser=organiser, title="Elsewhere")

    response = client.get(reverse("events:group_feed", args=[group.slug]))

    assert [str(e["SUMMARY"]) for e in entries(response)] == ["Group meetup"]


def test_group_feed_leaves_out_cancelled_events(client, organiser):
    group = make_group(manager=organiser)
    event = make_event(organiser=organiser, title="Called off", group=group)
    Event.objects.filter(pk=event.pk).update(is_cancelled=True)

    assert entries(client.get(reverse("events:group_feed", args=[group.slug]))) == []


@pytest.mark.parametrize(
    "visibility",
    [Group.Visibility.REQUEST, Group.Visibility.INVITE_ONLY, Group.Visibility.HIDDEN],
)
def test_group_feed_of_a_closed_group_is_not_found_even_for_members(client, organiser, visibility):
    group = make_group(manager=organiser, visibility=visibility)
    make_event(organiser=organiser, group=group, starts_in=timedelta(days=3))
    client.force_login(add_member(group).member)

    response = client.get(reverse("events:group_feed", args=[group.slug]))

    assert response.status_code == 404


def test_group_feed_of_an_unknown_group_is_not_found(client):
    assert client.get(reverse("events:group_feed", args=["no-such-group"])).status_code == 404
