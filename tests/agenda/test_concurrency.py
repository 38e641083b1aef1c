"""Simultaneous requests: every thread has its own database connection, as web workers do."""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.core.exceptions import ValidationError
from django.db import connection

from agenda import services
from agenda.models import PollBallot, PollChoice, ProposalSupport, TopicVote
from tests.agenda.factories import make_poll, make_proposal, option_ids
from tests.factories import MemberFactory
from tests.forums.factories import add_member

pytestmark = pytest.mark.django_db(transaction=True)


def run_together(actions):
    """Run every action in its own thread, released at the same moment; errors are returned."""
    start = threading.Barrier(len(actions))

    def run(action):
        try:
            start.wait(timeout=30)
            return action()
        except ValidationError as error:
            return error
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=len(actions)) as pool:
        futures = [pool.submit(run, action) for action in actions]
        return [future.result(timeout=60) for future in futures]


def test_two_simultaneous_votes_from_one_member_leave_one_ballot(open_group):
    poll = make_poll(group=open_group)
    member = add_member(open_group).member
    yes, no = option_ids(poll, "Yes", "No")

    run_together(
        [
            lambda: services.vote(member=member, poll=poll, option_ids=[yes]),
            lambda: services.vote(member=member, poll=poll, option_ids=[no]),
        ]
    )

    assert PollBallot.objects.filter(poll=poll, member=member).count() == 1
    assert PollChoice.objects.filter(ballot__poll=poll).count() == 1
    poll.refresh_from_db()
    assert poll.voter_count == 1
    assert sum(o.vote_count for o in poll.options.all()) == 1


def test_many_members_voting_at_once_are_all_counted(open_group):
    poll = make_poll(group=open_group)
    members = [add_member(open_group).member for _ in range(8)]
    yes = option_ids(poll, "Yes")

    run_together([lambda m=m: services.vote(member=m, poll=poll, option_ids=yes) for m in members])

    poll.refresh_from_db()
    assert poll.voter_count == 8
    assert poll.options.get(label="Yes").vote_count == 8


def test_simultaneous_supports_from_one_member_count_once(open_group):
    proposal = make_proposal()
    member = MemberFactory()

    run_together([lambda: services.support_proposal(member=member, proposal=proposal)] * 3)

    assert ProposalSupport.objects.filter(proposal=proposal, member=member).count() == 1
    proposal.refresh_from_db()
    assert proposal.supporter_count == 2  # the proposer and the member


def test_simultaneous_topic_votes_from_one_member_count_once(event):
    member = MemberFactory()
    topic = services.suggest_topic(member=MemberFactory(), event=event, title="Pay transparency")

    run_together([lambda: services.set_topic_vote(member=member, topic=topic, voted=True)] * 3)

    assert TopicVote.objects.filter(topic=topic, member=member).count() == 1
    topic.refresh_from_db()
    assert topic.vote_count == 2
