"""seed_demo adds a few polls, proposed groups and suggested topics, with consistent counters."""

import io

import pytest
from django.core.management import call_command
from django.db import transaction
from django.db.models import Count

from agenda.models import GroupProposal, Poll, PollOption, TopicSuggestion

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    """Seeded once for the module in a transaction rolled back at the end."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("seed_demo", stdout=io.StringIO())
        yield
        transaction.set_rollback(True)


def test_seed_has_polls_with_counts_matching_their_ballots(seeded):
    polls = Poll.objects.annotate(ballots_n=Count("ballots"))

    assert polls.count() == 5
    assert all(poll.voter_count == poll.ballots_n > 0 for poll in polls)
    assert polls.filter(is_anonymous=True).exists()
    assert polls.filter(closed_at__isnull=False).exists()
    for option in PollOption.objects.annotate(choices_n=Count("choices")):
        assert option.vote_count == option.choices_n


def test_seed_has_proposals_some_ready_for_staff(seeded):
    proposals = GroupProposal.objects.annotate(supports_n=Count("supports"))

    assert proposals.count() == 6
    assert all(p.supporter_count == p.supports_n for p in proposals)
    assert proposals.filter(supporter_count__gte=25).count() == 2
    assert proposals.get(name="Pay transparency directive").proposer.email == "anna@hrnet.example"


def test_seed_has_topics_for_upcoming_events(seeded):
    topics = TopicSuggestion.objects.annotate(votes_n=Count("votes"))

    assert topics.count() == 16
    assert all(topic.vote_count == topic.votes_n for topic in topics)
