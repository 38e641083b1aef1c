"""“Talk to three people you know and two you don't” (events.suggestions.people_to_meet)."""

from datetime import timedelta

import pytest

from events import services
from events.suggestions import people_to_meet
from forums import services as forum_services
from forums.models import GroupMembership
from tests.events.factories import make_event, past_attendance, register_all
from tests.factories import MemberFactory, OrganisationFactory
from tests.forums.factories import add_member, make_group, make_reply, make_thread

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _posting_unlimited(settings):
    # Threads and replies here only set up who knows whom.
    settings.POSTING_RATE_MEMBER = (10_000, 3600)
    settings.POSTING_RATE_NEW_MEMBER = (10_000, 600)


@pytest.fixture
def me(db):
    member = MemberFactory(display_name="Maja Me", organisation=OrganisationFactory(name="Ikea"))
    member.expertise.add("payroll", "onboarding")
    return member


@pytest.fixture
def upcoming(organiser, me):
    event = make_event(organiser=organiser, starts_in=timedelta(days=5))
    services.register(member=me, event=event)
    return event


def stranger(name, *tags, organisation=None):
    person = MemberFactory(
        display_name=name, organisation=organisation or OrganisationFactory(name=f"{name} AB")
    )
    if tags:
        person.expertise.add(*tags)
    return person


def forget_groups(*members):
    """Leave every group, so only the conversation itself connects people."""
    GroupMembership.objects.filter(member__in=members).delete()


def test_someone_from_a_past_event_together_is_known(organiser, me, upcoming):
    earlier = make_event(organiser=organiser, starts_in=-timedelta(days=30))
    friend = stranger("Pia Past")
    past_attendance(earlier, [me, friend])
    register_all(upcoming, [friend])

    assert people_to_meet(upcoming, me).known == [friend]


def test_a_future_event_together_does_not_make_someone_known(organiser, me, upcoming):
    later = make_event(organiser=organiser, starts_in=timedelta(days=40))
    other = stranger("Fred Future")
    register_all(later, [me, other])
    register_all(upcoming, [other])

    assert people_to_meet(upcoming, me).known == []


def test_someone_in_a_shared_group_is_known(organiser, me, upcoming):
    group = make_group(manager=organiser)
    add_member(group, me)
    peer = add_member(group, stranger("Greta Group")).member
    register_all(upcoming, [peer])

    assert people_to_meet(upcoming, me).known == [peer]


def test_someone_who_replied_to_my_thread_is_known(organiser, me, upcoming):
    group = make_group(manager=organiser)
    replier = stranger("Rolf Replier")
    make_reply(thread=make_thread(group=group, author=me), author=replier)
    forget_groups(me, replier)
    register_all(upcoming, [replier])

    assert people_to_meet(upcoming, me).known == [replier]


def test_someone_whose_thread_i_replied_to_is_known(organiser, me, upcoming):
    group = make_group(manager=organiser)
    author = stranger("Asa Author")
    make_reply(thread=make_thread(group=group, author=author), author=me)
    forget_groups(me, author)
    register_all(upcoming, [author])

    assert people_to_meet(upcoming, me).known == [author]


def test_known_people_are_ranked_by_how_well_i_know_them_and_capped_at_three(
    organiser, me, upcoming
):
    group = make_group(manager=organiser)
    add_member(group, me)
    earlier = make_event(organiser=organiser, starts_in=-timedelta(days=30))
    close, medium, *group_only = (stranger(f"Known {n}") for n in range(5))
    past_attendance(earlier, [me, close, medium])
    for person in [close, *group_only]:
        add_member(group, person)
    register_all(upcoming, [*group_only, medium, close])

    known = people_to_meet(upcoming, me).known

    assert known[:2] == [close, medium]
    assert len(known) == 3


def test_new_people_are_from_other_organisations_ranked_by_shared_expertise(me, upcoming):
    both = stranger("Bea Both", "payroll", "onboarding")
    one = stranger("Olle One", "payroll")
    none = stranger("Nils None", "recruiting")
    colleague = stranger("Cia Colleague", "payroll", "onboarding", organisation=me.organisation)
    register_all(upcoming, [none, one, colleague, both])

    assert people_to_meet(upcoming, me).new == [both, one]


def test_people_i_know_are_not_suggested_as_new(organiser, me, upcoming):
    earlier = make_event(organiser=organiser, starts_in=-timedelta(days=30))
    friend = stranger("Pia Past", "payroll", "onboarding")
    past_attendance(earlier, [me, friend])
    register_all(upcoming, [friend])

    suggestions = people_to_meet(upcoming, me)

    assert friend not in suggestions.new


def test_only_registered_attendees_are_suggested(organiser, me):
    event = make_event(organiser=organiser, capacity=2)
    services.register(member=me, event=event)
    going = stranger("Gus Going", "payroll")
    waiting = stranger("Wera Waiting", "payroll")
    register_all(event, [going, waiting])

    suggestions = people_to_meet(event, me)

    assert suggestions.new == [going]


def test_the_member_is_never_suggested_to_themself(organiser, me, upcoming):
    earlier = make_event(organiser=organiser, starts_in=-timedelta(days=30))
    past_attendance(earlier, [me])
    group = make_group(manager=organiser)
    add_member(group, me)
    make_reply(thread=make_thread(group=group, author=me), author=me)
    register_all(upcoming, [stranger("Someone Else", "payroll")])

    suggestions = people_to_meet(upcoming, me)

    assert me not in suggestions.known
    assert me not in suggestions.new


def test_a_member_alone_at_the_event_gets_no_suggestions(me, upcoming):
    suggestions = people_to_meet(upcoming, me)

    assert (suggestions.known, suggestions.new) == ([], [])


def test_deactivated_members_are_not_suggested(me, upcoming):
    gone = stranger("Gone Member", "payroll")
    register_all(upcoming, [gone])
    gone.is_active = False
    gone.save(update_fields=["is_active"])

    assert people_to_meet(upcoming, me).new == []


def test_leaving_a_group_is_not_a_shared_group(organiser, me, upcoming):
    group = make_group(manager=organiser)
    add_member(group, me)
    former = add_member(group, stranger("Lea Left")).member
    forum_services.leave_group(member=former, group=group)
    register_all(upcoming, [former])

    assert people_to_meet(upcoming, me).known == []
