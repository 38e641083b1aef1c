"""Event pages: forms, registration buttons, organiser tools, CSV, check-in."""

import csv
import io
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import timezone

from events import services
from events.models import AttendeeMessage, Event, Registration, SeatingPlan
from forums.models import Group
from members.models import RoleCategory
from tests.events.factories import make_event, register_all
from tests.factories import MemberFactory, OrganisationFactory
from tests.forums.factories import add_member, make_group

pytestmark = pytest.mark.django_db

FORM_DATETIME = "%Y-%m-%dT%H:%M"


def form_data(**changes):
    """What the event form sends for a valid in-person breakfast ten days from now."""
    starts = timezone.localtime() + timedelta(days=10)
    data = {
        "title": "Onboarding breakfast",
        "kind": Event.Kind.BREAKFAST,
        "format": Event.Format.IN_PERSON,
        "description_markdown": "Coffee and *onboarding*.",
        "starts_at": starts.strftime(FORM_DATETIME),
        "ends_at": (starts + timedelta(hours=2)).strftime(FORM_DATETIME),
        "time_zone": "Europe/Stockholm",
        "venue": "Kontoret",
        "address": "Storgatan 1",
        "city": "Malmö",
        "country": "SE",
        "online_url": "",
        "group": "",
        "language": "en",
        "capacity": "30",
        "registration_deadline": "",
        "fee": "0",
        "currency": "SEK",
        "table_count": "",
        "round_count": "",
        "host_organisation_name": "Volvo Cars",
    }
    data.update(changes)
    return data


def later(data, hours):
    moment = timezone.datetime.strptime(data["starts_at"], FORM_DATETIME) + timedelta(hours=hours)
    return moment.strftime(FORM_DATETIME)


@pytest.fixture
def staff_client(client, staff):
    client.force_login(staff)
    return client


# --- creating and editing -----------------------------------------------------------------------


def test_staff_create_an_event_and_become_its_organiser(staff_client, staff):
    response = staff_client.post(reverse("events:create"), form_data())

    event = Event.objects.get()
    assert response.status_code == 302
    assert response["Location"] == event.get_absolute_url()
    assert list(event.organisers.all()) == [staff]
    assert event.host_organisation.name == "Volvo Cars"
    assert "<em>onboarding</em>" in event.description_html


def test_a_group_manager_can_create_an_event_for_their_group(client, organiser):
    group = make_group(manager=organiser)
    client.force_login(organiser)

    response = client.post(reverse("events:create"), form_data(group=group.pk))

    assert response.status_code == 302
    assert Event.objects.get().group == group


def test_a_member_cannot_create_an_event_in_a_group_they_do_not_manage(client, organiser):
    other = make_group(manager=MemberFactory())
    make_group(manager=organiser)
    client.force_login(organiser)

    response = client.post(reverse("events:create"), form_data(group=other.pk))

    assert response.status_code == 200
    assert "group" in response.context["form"].errors
    assert not Event.objects.exists()


def bad_input():
    base = form_data()
    return {
        "end-before-start": (
            {"ends_at": later(base, -1)},
            "ends_at",
            "The event cannot end before it starts.",
        ),
        "deadline-after-start": (
            {"registration_deadline": later(base, 1)},
            "registration_deadline",
            "The registration deadline must be before the event starts.",
        ),
        "online-without-link": (
            {"format": Event.Format.ONLINE},
            "online_url",
            "Online and hybrid events need a link to join.",
        ),
        "hybrid-without-link": (
            {"format": Event.Format.HYBRID},
            "online_url",
            "Online and hybrid events need a link to join.",
        ),
        "world-cafe-without-tables": (
            {"kind": Event.Kind.WORLD_CAFE},
            "table_count",
            "A world café needs tables and rounds.",
        ),
        "capacity-zero": (
            {"capacity": "0"},
            "capacity",
            "Capacity must be at least 1, or empty for no limit.",
        ),
        "bad-time-zone": (
            {"time_zone": "Mars/Olympus_Mons"},
            "time_zone",
            "Unknown time zone, e.g. Europe/Stockholm.",
        ),
        "missing-title": ({"title": ""}, "title", "This field is required."),
    }


BAD_INPUT = bad_input()


@pytest.mark.parametrize(("changes", "field", "message"), BAD_INPUT.values(), ids=BAD_INPUT)
def test_bad_input_on_the_new_event_form_shows_the_error_and_writes_nothing(
    staff_client, changes, field, message, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as callbacks:
        response = staff_client.post(reverse("events:create"), form_data(**changes))

    assert response.status_code == 200
    assert message in response.context["form"].errors[field]
    assert "Nothing has been saved yet." in response.content.decode()
    assert not Event.objects.exists()
    assert callbacks == []


@pytest.mark.parametrize(("changes", "field", "message"), BAD_INPUT.values(), ids=BAD_INPUT)
def test_bad_input_on_the_edit_form_shows_the_error_and_changes_nothing(
    organiser_client, event, changes, field, message
):
    before = Event.objects.filter(pk=event.pk).values().get()

    response = organiser_client.post(
        reverse("events:edit", args=[event.slug]), form_data(**{"title": event.title, **changes})
    )

    assert response.status_code == 200
    assert message in response.context["form"].errors[field]
    assert Event.objects.filter(pk=event.pk).values().get() == before


def test_a_good_edit_is_saved(organiser_client, event):
    response = organiser_client.post(
        reverse("events:edit", args=[event.slug]), form_data(title="Renamed", capacity="")
    )

    assert response.status_code == 302
    event.refresh_from_db()
    assert (event.title, event.capacity) == ("Renamed", None)


def test_an_event_in_a_group_with_several_members_can_be_edited(client, organiser):
    # The group choices of the edit form join memberships; each member must not become a
    # duplicate choice (the form then fails with MultipleObjectsReturned).
    group = make_group(manager=organiser)
    for _ in range(3):
        add_member(group)
    event = make_event(organiser=organiser, group=group)
    client.force_login(organiser)

    response = client.post(
        reverse("events:edit", args=[event.slug]), form_data(group=group.pk, title="Same group")
    )

    assert response.status_code == 302
    event.refresh_from_db()
    assert (event.title, event.group) == ("Same group", group)


def test_form_times_are_in_the_events_own_time_zone(staff_client):
    # An organiser in Helsinki types 09:00 and means 09:00 in Helsinki (as the reminder says).
    starts = (timezone.now() + timedelta(days=10)).date()
    response = staff_client.post(
        reverse("events:create"),
        form_data(
            time_zone="Europe/Helsinki",
            starts_at=f"{starts:%Y-%m-%d}T09:00",
            ends_at=f"{starts:%Y-%m-%d}T11:00",
        ),
    )

    assert response.status_code == 302
    starts_at = Event.objects.get().starts_at.astimezone(ZoneInfo("Europe/Helsinki"))
    assert (starts_at.hour, starts_at.minute) == (9, 0)


def test_agenda_items_are_added_and_removed(organiser_client, event):
    url = reverse("events:add_agenda_item", args=[event.slug])
    starts = timezone.localtime(event.starts_at)

    organiser_client.post(
        url,
        {
            "starts_at": starts.strftime(FORM_DATETIME),
            "ends_at": (starts + timedelta(minutes=30)).strftime(FORM_DATETIME),
            "title": "Keynote on pay transparency",
            "guest_speaker": "Eva Expert",
            "is_keynote": "on",
        },
    )
    item = event.agenda_items.get()
    organiser_client.post(reverse("events:delete_agenda_item", args=[event.slug, item.pk]))

    assert item.title == "Keynote on pay transparency"
    assert not event.agenda_items.exists()


def test_an_agenda_item_ending_before_it_starts_is_refused(organiser_client, event):
    starts = timezone.localtime(event.starts_at)

    response = organiser_client.post(
        reverse("events:add_agenda_item", args=[event.slug]),
        {
            "starts_at": starts.strftime(FORM_DATETIME),
            "ends_at": (starts - timedelta(minutes=30)).strftime(FORM_DATETIME),
            "title": "Backwards",
        },
        follow=True,
    )

    assert "An agenda item cannot end before it starts." in response.content.decode()
    assert not event.agenda_items.exists()


# --- registering --------------------------------------------------------------------------------


def test_registering_on_the_page_registers_and_says_so(member_client, event, member):
    response = member_client.post(reverse("events:register", args=[event.slug]), follow=True)

    assert Registration.objects.get(event=event, member=member).status == "registered"
    assert "You are registered. See you there!" in response.content.decode()


def test_registering_for_a_full_event_says_you_are_on_the_waiting_list(
    member_client, organiser, member
):
    event = make_event(organiser=organiser, capacity=1)
    register_all(event, [MemberFactory()])

    response = member_client.post(reverse("events:register", args=[event.slug]), follow=True)

    assert "you are on the waiting list" in response.content.decode()
    assert Registration.objects.get(member=member).status == "waitlisted"


def test_registering_after_the_deadline_shows_that_registration_is_closed(
    member_client, organiser, member
):
    event = make_event(organiser=organiser, starts_in=-timedelta(hours=1))

    response = member_client.post(reverse("events:register", args=[event.slug]), follow=True)

    assert "Registration for this event is closed." in response.content.decode()
    assert not Registration.objects.exists()


def test_registering_needs_a_post(member_client, event):
    assert member_client.get(reverse("events:register", args=[event.slug])).status_code == 405


def test_cancelling_on_the_page_cancels(member_client, event, member):
    services.register(member=member, event=event)

    member_client.post(reverse("events:cancel", args=[event.slug]))

    assert Registration.objects.get(member=member).status == "cancelled"


def test_the_online_link_is_on_the_page_only_for_registered_members(client, organiser, member):
    event = make_event(
        organiser=organiser, format=Event.Format.ONLINE, online_url="https://meet.example.org/x"
    )
    client.force_login(member)
    before = client.get(event.get_absolute_url()).content.decode()
    services.register(member=member, event=event)

    after = client.get(event.get_absolute_url()).content.decode()

    assert "https://meet.example.org/x" not in before
    assert "https://meet.example.org/x" in after


# --- organiser tools ----------------------------------------------------------------------------


def csv_rows(response):
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:])))


def test_attendee_csv_has_a_bom_and_a_header(organiser_client, event):
    register_all(event, [MemberFactory(display_name="Anna Andersson")])

    response = organiser_client.get(reverse("events:attendees_csv", args=[event.slug]))

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    header, row = csv_rows(response)
    assert header[:5] == ["Name", "Email", "Organisation", "Role", "Status"]
    assert row[0] == "Anna Andersson"


def test_attendee_csv_lists_the_waiting_list_but_not_cancellations(organiser_client, organiser):
    event = make_event(organiser=organiser, capacity=1)
    going, waiting, gone = (MemberFactory(display_name=n) for n in ("Going", "Waiting", "Gone"))
    register_all(event, [going, waiting, gone])
    services.cancel(member=gone, event=event)

    rows = csv_rows(organiser_client.get(reverse("events:attendees_csv", args=[event.slug])))

    assert [(row[0], row[4]) for row in rows[1:]] == [
        ("Going", "Registered"),
        ("Waiting", "On the waiting list"),
    ]


@pytest.mark.parametrize("start", ["=", "+", "-", "@"])
def test_attendee_csv_neutralises_formulas_in_names(organiser_client, event, start):
    name = f'{start}HYPERLINK("https://evil.example","x")'
    organisation = OrganisationFactory(name=f"{start}SUM(A1:A9)")
    register_all(event, [MemberFactory(display_name=name, organisation=organisation)])

    _header, row = csv_rows(
        organiser_client.get(reverse("events:attendees_csv", args=[event.slug]))
    )

    assert row[0] == f"'{name}"
    assert row[2] == f"'{start}SUM(A1:A9)"


def test_attendee_csv_neutralises_a_formula_in_an_email_address(organiser_client, event):
    # "-2+3@example.org" is a valid address and a formula to a spreadsheet.
    register_all(event, [MemberFactory(email="-2+3@example.org")])

    _header, row = csv_rows(
        organiser_client.get(reverse("events:attendees_csv", args=[event.slug]))
    )

    assert not row[1].startswith(("=", "+", "-", "@"))


def test_check_in_with_htmx_returns_the_row(organiser_client, event, member):
    registration = services.register(member=member, event=event)
    url = reverse("events:attendee_action", args=[event.slug, registration.pk, "check_in"])

    response = organiser_client.post(url, {"back": "check_in"}, HTTP_HX_REQUEST="true")

    assert response.status_code == 200
    assert [t.name for t in response.templates][0] == "events/partials/check_in_row.html"
    html = response.content.decode()
    row = f'<li class="check-in-row is-in" id="check-in-{registration.pk}"'
    assert html.lstrip().startswith(row)
    assert "undo_check_in" in html
    registration.refresh_from_db()
    assert registration.checked_in_at is not None


def test_check_in_with_htmx_updates_the_count_out_of_band(organiser_client, event):
    first, _second = register_all(event, MemberFactory.create_batch(2))
    url = reverse("events:attendee_action", args=[event.slug, first.pk, "check_in"])

    html = organiser_client.post(url, HTTP_HX_REQUEST="true").content.decode()

    assert 'id="check-in-count" hx-swap-oob="true"' in html
    assert "1 of 2 checked in" in html


def test_undoing_a_check_in_with_htmx_returns_the_row(organiser_client, event, member):
    registration = services.register(member=member, event=event)
    Registration.objects.filter(pk=registration.pk).update(checked_in_at=timezone.now())
    url = reverse("events:attendee_action", args=[event.slug, registration.pk, "undo_check_in"])

    response = organiser_client.post(url, HTTP_HX_REQUEST="true")

    assert 'class="check-in-row"' in response.content.decode()
    registration.refresh_from_db()
    assert registration.checked_in_at is None


def test_check_in_without_htmx_goes_back_to_the_check_in_page(organiser_client, event, member):
    registration = services.register(member=member, event=event)
    url = reverse("events:attendee_action", args=[event.slug, registration.pk, "check_in"])

    response = organiser_client.post(url, {"back": "check_in"})

    assert response.status_code == 302
    assert response["Location"] == reverse("events:check_in", args=[event.slug])


def test_check_in_page_counts_who_is_in(organiser_client, event):
    first, second = register_all(event, MemberFactory.create_batch(2))
    Registration.objects.filter(pk=first.pk).update(checked_in_at=timezone.now())

    response = organiser_client.get(reverse("events:check_in", args=[event.slug]))

    assert "1 of 2 checked in" in response.content.decode()


def test_an_unknown_attendee_action_is_not_found(organiser_client, event, member):
    registration = services.register(member=member, event=event)
    url = reverse("events:attendee_action", args=[event.slug, registration.pk, "promote"])

    assert organiser_client.post(url).status_code == 404


def test_a_registration_of_another_event_is_not_found(organiser_client, organiser, event, member):
    elsewhere = services.register(member=member, event=make_event(organiser=organiser))
    url = reverse("events:attendee_action", args=[event.slug, elsewhere.pk, "paid"])

    assert organiser_client.post(url).status_code == 404
    elsewhere.refresh_from_db()
    assert not elsewhere.paid


def test_organiser_adds_a_member_by_email(organiser_client, event):
    member = MemberFactory(email="speaker@example.org")

    response = organiser_client.post(
        reverse("events:attendees", args=[event.slug]), {"email": "Speaker@Example.org"}
    )

    assert response.status_code == 302
    assert Registration.objects.get(event=event).member == member


def test_adding_an_unknown_email_shows_an_error(organiser_client, event):
    response = organiser_client.post(
        reverse("events:attendees", args=[event.slug]), {"email": "nobody@example.org"}
    )

    assert "No member has that email address." in response.content.decode()
    assert not Registration.objects.exists()


def test_adding_someone_outside_a_private_group_shows_an_error_not_a_403(client, organiser):
    # The organiser typed an address; they need to read why it did not work.
    group = make_group(manager=organiser, visibility=Group.Visibility.HIDDEN)
    event = make_event(organiser=organiser, group=group)
    MemberFactory(email="outsider@example.org")
    client.force_login(organiser)

    response = client.post(
        reverse("events:attendees", args=[event.slug]), {"email": "outsider@example.org"}
    )

    assert response.status_code == 200
    assert response.context["form"].errors["email"]
    assert not Registration.objects.exists()


def test_an_organiser_cannot_delete_another_events_programme(organiser_client, organiser, event):
    other = make_event()
    item = services.save_agenda_item(
        organiser=other.organisers.get(),
        event=other,
        data={"starts_at": other.starts_at, "title": "Not yours"},
    )

    organiser_client.post(reverse("events:delete_agenda_item", args=[event.slug, item.pk]))

    assert other.agenda_items.filter(pk=item.pk).exists()


def test_message_page_queues_the_message(organiser_client, event):
    register_all(event, MemberFactory.create_batch(2))

    response = organiser_client.post(
        reverse("events:message", args=[event.slug]),
        {"subject": "Room change", "body": "Room B."},
        follow=True,
    )

    assert AttendeeMessage.objects.get().deliveries.count() == 2
    assert "Your message is on its way to 2 people." in response.content.decode()


@pytest.fixture
def world_cafe(organiser):
    event = make_event(
        organiser=organiser, kind=Event.Kind.WORLD_CAFE, table_count=2, round_count=2
    )
    # Four people with four roles at two tables of two: a perfect plan exists, found at once.
    roles = list(RoleCategory)[:4]
    register_all(event, [MemberFactory(role=role) for role in roles])
    return event


def test_seating_page_plans_and_shows_the_tables(organiser_client, world_cafe):
    url = reverse("events:seating", args=[world_cafe.slug])

    organiser_client.post(url)
    response = organiser_client.get(url)

    plan = SeatingPlan.objects.get(event=world_cafe)
    assert len(plan.assignment["rounds"]) == 2
    assert "Table 2" in response.content.decode()


def test_seating_with_fewer_people_than_tables_shows_an_error(organiser_client, organiser):
    event = make_event(
        organiser=organiser, kind=Event.Kind.WORLD_CAFE, table_count=4, round_count=2
    )
    register_all(event, MemberFactory.create_batch(2))

    response = organiser_client.post(reverse("events:seating", args=[event.slug]), follow=True)

    assert "There are fewer people registered than tables." in response.content.decode()
    assert not SeatingPlan.objects.exists()


def test_a_seated_member_sees_their_tables(client, organiser, world_cafe):
    services.plan_seating(organiser=organiser, event=world_cafe, seconds=0.2)
    seated = world_cafe.registrations.first().member
    client.force_login(seated)

    page = client.get(world_cafe.get_absolute_url()).content.decode()
    response = client.get(reverse("events:my_schedule", args=[world_cafe.slug]))

    assert reverse("events:my_schedule", args=[world_cafe.slug]) in page
    assert "Round 2: table" in response.content.decode()


def test_event_list_shows_upcoming_events_and_marks_mine(member_client, organiser, member):
    mine = make_event(organiser=organiser, title="Mine")
    make_event(organiser=organiser, title="Other")
    make_event(organiser=organiser, title="Long ago", starts_in=-timedelta(days=30))
    services.register(member=member, event=mine)

    response = member_client.get(reverse("events:list"))

    titles = [event.title for event in response.context["page"].object_list]
    assert titles == ["Mine", "Other"]
    assert "You are going" in response.content.decode()


def test_event_list_filters_past_events(client, organiser):
    make_event(organiser=organiser, title="Long ago", starts_in=-timedelta(days=30))
    make_event(organiser=organiser, title="Soon")

    response = client.get(reverse("events:list"), {"when": "past"})

    assert [e.title for e in response.context["page"].object_list] == ["Long ago"]


def test_event_list_hides_events_of_private_groups(client, organiser):
    hidden = make_group(manager=organiser, visibility=Group.Visibility.HIDDEN)
    make_event(organiser=organiser, title="Secret circle", group=hidden)

    response = client.get(reverse("events:list"))

    assert "Secret circle" not in response.content.decode()
