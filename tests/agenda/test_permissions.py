"""Who may see and do what: polls follow their thread; proposals follow their parent group;
staff decide proposals; organisers schedule topics. 404 for what someone may not know exists."""

import pytest
from django.urls import reverse

from agenda import services
from agenda.models import GroupProposal, PollBallot, TopicSuggestion
from tests.agenda.factories import make_poll, make_proposal, option_ids
from tests.events.factories import make_event
from tests.factories import MemberFactory
from tests.forums.factories import add_member, make_thread

pytestmark = pytest.mark.django_db


@pytest.fixture
def private_poll(private_group, manager):
    return make_poll(thread=make_thread(group=private_group, author=manager), question="Secret?")


def test_outsider_cannot_see_a_poll_in_a_private_group(client, outsider, private_poll):
    client.force_login(outsider)

    assert client.get(private_poll.thread.get_absolute_url()).status_code == 404
    vote = client.post(
        reverse("agenda:vote", args=[private_poll.pk]), {"option": option_ids(private_poll, "Yes")}
    )
    assert vote.status_code == 404
    assert client.post(reverse("agenda:close_poll", args=[private_poll.pk])).status_code == 404
    assert not PollBallot.objects.exists()


def test_member_of_the_private_group_sees_and_votes(client, private_group, private_poll):
    member = add_member(private_group).member
    client.force_login(member)

    assert "Secret?" in client.get(private_poll.thread.get_absolute_url()).content.decode()
    client.post(
        reverse("agenda:vote", args=[private_poll.pk]), {"option": option_ids(private_poll, "Yes")}
    )
    assert PollBallot.objects.filter(member=member).exists()


def test_staff_see_a_poll_in_a_hidden_group(client, staff, hidden_group, manager):
    poll = make_poll(thread=make_thread(group=hidden_group, author=manager), question="Hidden?")
    client.force_login(staff)

    assert "Hidden?" in client.get(poll.thread.get_absolute_url()).content.decode()


def test_anonymous_visitor_sees_open_group_poll_but_must_sign_in_to_vote(client, open_group):
    poll = make_poll(group=open_group)

    html = client.get(poll.thread.get_absolute_url()).content.decode()
    assert poll.question in html and "Sign in to vote" in html
    response = client.post(
        reverse("agenda:vote", args=[poll.pk]), {"option": option_ids(poll, "Yes")}
    )
    assert response.status_code == 302 and "/accounts/login/" in response.url


def test_only_author_or_moderator_closes_a_poll(client, open_group, manager):
    poll = make_poll(group=open_group)
    client.force_login(add_member(open_group).member)
    assert client.post(reverse("agenda:close_poll", args=[poll.pk])).status_code == 404

    client.force_login(manager)
    assert client.post(reverse("agenda:close_poll", args=[poll.pk])).status_code == 302
    poll.refresh_from_db()
    assert poll.is_closed


def test_proposal_for_a_hidden_subgroup_is_invisible_to_outsiders(
    client, outsider, hidden_group, manager
):
    proposal = make_proposal(proposer=manager, name="Secret subgroup", parent=hidden_group)
    client.force_login(outsider)

    assert client.get(proposal.get_absolute_url()).status_code == 404
    assert "Secret subgroup" not in client.get(reverse("agenda:proposals")).content.decode()
    assert client.post(reverse("agenda:support", args=[proposal.pk])).status_code == 404

    client.force_login(manager)
    assert client.get(proposal.get_absolute_url()).status_code == 200


def test_cannot_propose_under_a_hidden_group_one_cannot_see(client, outsider, hidden_group):
    client.force_login(outsider)

    response = client.post(
        reverse("agenda:propose"),
        {"name": "Sneaky", "purpose": "x", "language": "en", "parent": hidden_group.pk},
    )

    assert response.status_code == 200  # the form refuses the choice
    assert not GroupProposal.objects.filter(name="Sneaky").exists()


@pytest.mark.parametrize("name", ["review"])
def test_review_page_is_for_staff_only(client, staff, name):
    url = reverse(f"agenda:{name}")
    assert client.get(url).status_code == 302  # anonymous: sign in first
    client.force_login(MemberFactory())
    assert client.get(url).status_code == 404
    client.force_login(staff)
    assert client.get(url).status_code == 200


def test_members_cannot_decide_proposals(client):
    proposal = make_proposal()
    client.force_login(proposal.proposer)

    for action in ("create", "merge", "decline"):
        assert client.post(reverse("agenda:decide", args=[proposal.pk, action])).status_code == 404
    proposal.refresh_from_db()
    assert proposal.status == "open"


def test_organiser_only_topic_page_and_scheduling(client, event, organiser, staff):
    topic = services.suggest_topic(member=MemberFactory(), event=event, title="Hybrid work")
    page = reverse("agenda:event_topics", args=[event.slug])
    schedule = reverse("agenda:schedule_topic", args=[topic.pk])
    data = {"starts_at": "2030-01-01T10:00"}

    client.force_login(MemberFactory())
    assert client.get(page).status_code == 404
    assert client.post(schedule, data).status_code == 404
    topic.refresh_from_db()
    assert topic.status == "open"

    client.force_login(organiser)
    assert client.get(page).status_code == 200
    client.force_login(staff)
    assert client.get(page).status_code == 200


def test_topics_of_a_private_group_event_are_hidden_from_outsiders(
    client, outsider, private_group, manager
):
    event = make_event(organiser=manager, group=private_group)
    topic = services.suggest_topic(member=manager, event=event, title="Board pay")
    client.force_login(outsider)

    assert client.post(reverse("agenda:topic_vote", args=[topic.pk])).status_code == 404
    assert (
        client.post(
            reverse("agenda:suggest_topic", args=[event.slug]), {"title": "Hello"}
        ).status_code
        == 404
    )
    assert TopicSuggestion.objects.count() == 1
