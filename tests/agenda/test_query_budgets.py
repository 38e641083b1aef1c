"""Query budgets for the agenda pages: the same with few rows as with many.

Every page for a signed-in member pays 3 queries outside the agenda (member, unread
notifications, the moderation header check). Measured totals (budgets are one above):

- thread page with a poll 12: the forums thread page (see tests/forums/test_query_budgets.py)
  plus the poll's options with the poll, plus the choices
  (all, with voters, for an open poll; only mine for an anonymous one).
- proposal list 7: threshold; count; the page of proposals with proposer, parent and my support;
  recently decided.
- proposal detail 6: the proposal with my support; threshold; supporters with organisations.
- review (staff) 6: threshold; open proposals; groups for the merge form.
- event page with topics 9: the events page plus one query for the ranked topics.
- organiser's topic page 6: event; organiser check; ranked topics with my votes.
"""

import pytest
from django.urls import reverse

from agenda import services
from forums.models import Thread
from tests.agenda.factories import make_poll, make_proposal, option_ids, supported_by
from tests.factories import MemberFactory, OrganisationFactory
from tests.forums.factories import add_member

pytestmark = pytest.mark.django_db

THREAD_WITH_POLL_BUDGET = 13
PROPOSAL_LIST_BUDGET = 8
PROPOSAL_DETAIL_BUDGET = 7
REVIEW_BUDGET = 7
EVENT_PAGE_BUDGET = 10
EVENT_TOPICS_BUDGET = 7

SMALL_AND_LARGE = pytest.mark.parametrize("rows", [3, 30], ids=["3-rows", "30-rows"])


def people(count):
    return [MemberFactory(organisation=OrganisationFactory()) for _ in range(count)]


@pytest.fixture(autouse=True)
def _threshold(settings):
    settings.GROUP_PROPOSAL_THRESHOLD = 25


@SMALL_AND_LARGE
@pytest.mark.parametrize("anonymous", [False, True], ids=["open", "anonymous"])
def test_thread_with_poll_budget(
    client, django_assert_max_num_queries, open_group, rows, anonymous
):
    poll = make_poll(group=open_group, is_anonymous=anonymous)
    for member in people(rows):
        add_member(open_group, member)
        services.vote(member=member, poll=poll, option_ids=option_ids(poll, "Yes"))
    viewer = add_member(open_group).member
    services.vote(member=viewer, poll=poll, option_ids=option_ids(poll, "No"))
    client.force_login(viewer)
    url = Thread.objects.get(pk=poll.thread_id).get_absolute_url()

    with django_assert_max_num_queries(THREAD_WITH_POLL_BUDGET):
        response = client.get(url)

    assert response.status_code == 200
    assert "Your choice" in response.content.decode()


@SMALL_AND_LARGE
def test_proposal_list_budget(client, django_assert_max_num_queries, open_group, staff, rows):
    for number in range(rows):
        proposal = make_proposal(
            proposer=people(1)[0], name=f"Theme {number}", parent=open_group if number % 2 else None
        )
        supported_by(proposal, people(2))
    for number in range(3):
        services.decline_proposal(
            staff=staff, proposal=make_proposal(name=f"Declined {number}"), reason="No"
        )
    client.force_login(MemberFactory())

    with django_assert_max_num_queries(PROPOSAL_LIST_BUDGET):
        response = client.get(reverse("agenda:proposals"))

    assert response.status_code == 200


@SMALL_AND_LARGE
def test_proposal_detail_budget(client, django_assert_max_num_queries, rows):
    proposal = supported_by(make_proposal(), people(rows))
    client.force_login(MemberFactory())

    with django_assert_max_num_queries(PROPOSAL_DETAIL_BUDGET):
        response = client.get(proposal.get_absolute_url())

    assert response.status_code == 200


@SMALL_AND_LARGE
def test_review_budget(client, django_assert_max_num_queries, staff, open_group, rows):
    for number in range(rows):
        make_proposal(proposer=people(1)[0], name=f"Theme {number}", parent=open_group)
    client.force_login(staff)

    with django_assert_max_num_queries(REVIEW_BUDGET):
        response = client.get(reverse("agenda:review"))

    assert response.status_code == 200


def _topics(event, rows):
    for number, member in enumerate(people(rows)):
        topic = services.suggest_topic(member=member, event=event, title=f"Topic {number}")
        services.set_topic_vote(member=MemberFactory(), topic=topic, voted=True)


@SMALL_AND_LARGE
def test_event_page_with_topics_budget(client, django_assert_max_num_queries, event, rows):
    _topics(event, rows)
    client.force_login(MemberFactory())

    with django_assert_max_num_queries(EVENT_PAGE_BUDGET):
        response = client.get(event.get_absolute_url())

    assert "Topic 0" in response.content.decode()


@SMALL_AND_LARGE
def test_organiser_topic_page_budget(client, django_assert_max_num_queries, event, organiser, rows):
    _topics(event, rows)
    client.force_login(organiser)

    with django_assert_max_num_queries(EVENT_TOPICS_BUDGET):
        response = client.get(reverse("agenda:event_topics", args=[event.slug]))

    assert response.status_code == 200
