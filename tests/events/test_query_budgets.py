"""Query budgets: what an events page costs, whatever the number of rows.

Each page is measured with a few rows and with many (3 vs 30 events, 3 vs 60 attendees); both
must fit the SAME budget, set one above the measurement (the same count at both sizes).

Every page for a signed-in member pays 3 queries outside the events app: the member (the
session lives in the cache), the unread notifications count and the "moderates any group"
check of the header. Measured totals, with what the rest pays for:

- event list 8: for the cache key, my non-open groups and the events I go to; count; the page
  of events with host organisations and groups, "I am going" annotated; may I create events (do
  I manage a group). Count and rendered cards are cached: a second look costs 6.
- event page 11, for a registered member, with a programme of 4 talks by members: event by
  slug (visibility in the same query); my registration; am I an organiser; the programme with
  speakers; who is going with organisations; people to meet 3 (past events together, shared
  groups and conversations in one UNION ALL; the attendees and me with organisations; our
  expertise).
- attendee list 6: event; am I an organiser; the registrations with members and organisations.
"""

import itertools
from datetime import timedelta

import pytest
from django.urls import reverse

from events import services
from events.models import Event, Registration
from members.models import Member, Organisation, RoleCategory
from tests.events.factories import make_event
from tests.factories import MemberFactory, OrganisationFactory

_batches = itertools.count(1)

pytestmark = pytest.mark.django_db

EVENT_LIST_BUDGET = 9
EVENT_PAGE_BUDGET = 12
ATTENDEE_LIST_BUDGET = 7


def people(count):
    """Members with organisations, so a page that forgot a join would show it; written in bulk
    (the rows, not how they were made, are what a page pays for). The first three share
    expertise with the viewer."""
    batch = next(_batches)
    organisations = Organisation.objects.bulk_create(
        [
            Organisation(name=f"Budget {batch}-{n}", normalised_name=f"budget {batch}-{n}")
            for n in range(count)
        ]
    )
    members = Member.objects.bulk_create(
        [
            Member(
                email=f"budget{batch}-{n}@example.org",
                display_name=f"Budget Person {n}",
                organisation=organisation,
                role=RoleCategory.PAYROLL_MANAGER,
                country="SE",
            )
            for n, organisation in enumerate(organisations)
        ]
    )
    for member in members[:3]:
        member.expertise.add("payroll")
    return members


def seat(event, members, *, waitlisted=0):
    """Registrations in bulk, the last `waitlisted` on the waiting list, counters kept right."""
    statuses = [Registration.Status.REGISTERED] * (len(members) - waitlisted)
    statuses += [Registration.Status.WAITLISTED] * waitlisted
    Registration.objects.bulk_create(
        [
            Registration(event=event, member=member, status=status)
            for member, status in zip(members, statuses, strict=True)
        ]
    )
    Event.objects.filter(pk=event.pk).update(
        attendee_count=len(members) - waitlisted, waitlist_count=waitlisted
    )


@pytest.fixture
def viewer(db):
    member = MemberFactory(display_name="Vera Viewer", organisation=OrganisationFactory())
    member.expertise.add("payroll", "onboarding")
    return member


@pytest.fixture
def viewer_client(client, viewer):
    client.force_login(viewer)
    return client


@pytest.mark.parametrize("rows", [3, 30], ids=["3-events", "30-events"])
def test_event_list_budget(viewer_client, viewer, organiser, rows, django_assert_max_num_queries):
    for number in range(rows):
        event = make_event(
            organiser=organiser, host_organisation=OrganisationFactory(), capacity=50
        )
        if number % 2:
            services.register(member=viewer, event=event)

    with django_assert_max_num_queries(EVENT_LIST_BUDGET):
        response = viewer_client.get(reverse("events:list"))

    assert len(response.context["page"].object_list) == min(rows, 20)


@pytest.mark.parametrize("rows", [3, 60], ids=["3-attendees", "60-attendees"])
def test_event_page_budget(viewer_client, viewer, organiser, rows, django_assert_max_num_queries):
    event = make_event(organiser=organiser, host_organisation=OrganisationFactory())
    for number in range(4):
        services.save_agenda_item(
            organiser=organiser,
            event=event,
            data={
                "starts_at": event.starts_at + timedelta(minutes=30 * number),
                "title": f"Talk {number}",
                "speaker": MemberFactory(organisation=OrganisationFactory()),
            },
        )
    seat(event, [*people(rows), viewer])

    with django_assert_max_num_queries(EVENT_PAGE_BUDGET):
        response = viewer_client.get(event.get_absolute_url())

    assert response.context["registered"]
    assert len(response.context["going"]) == min(rows + 1, 60)  # the page shows at most 60
    assert len(response.context["people"].new) == 2


@pytest.mark.parametrize("rows", [3, 60], ids=["3-registrations", "60-registrations"])
def test_attendee_list_budget(organiser_client, organiser, rows, django_assert_max_num_queries):
    event = make_event(organiser=organiser, capacity=rows - 1)
    seat(event, people(rows), waitlisted=1)

    with django_assert_max_num_queries(ATTENDEE_LIST_BUDGET):
        response = organiser_client.get(reverse("events:attendees", args=[event.slug]))

    assert len(response.context["registrations"]) == rows
