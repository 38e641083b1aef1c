"""Reads for polls, group proposals and suggested topics; who may see what is decided here,
on top of forums.selectors (threads, groups) and events.selectors (events)."""

from dataclasses import dataclass, field

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils import timezone

from agenda.models import (
    AgendaSettings,
    GroupProposal,
    Poll,
    PollChoice,
    PollOption,
    ProposalSupport,
    TopicSuggestion,
    TopicVote,
)
from events import selectors as event_selectors
from forums import caching as forum_caching
from forums import selectors as forum_selectors

PROPOSALS_PER_PAGE = 30
SUPPORTERS_SHOWN = 200


def proposal_threshold() -> int:
    """Supporters a proposal needs: the admin's value for this site, else the setting."""
    row = AgendaSettings.objects.filter(pk=1).values_list("proposal_threshold", flat=True).first()
    return row or settings.GROUP_PROPOSAL_THRESHOLD


# --- Polls --------------------------------------------------------------------------------------


@dataclass
class OptionResult:
    option: PollOption
    percent: int
    chosen_by_me: bool
    voters: list = field(default_factory=list)


@dataclass
class PollView:
    """A poll as one member sees it on the thread page."""

    poll: Poll
    results: list[OptionResult]
    my_option_ids: set[int]
    can_vote: bool
    can_close: bool

    @property
    def has_voted(self) -> bool:
        return bool(self.my_option_ids)

    @property
    def shows_voters(self) -> bool:
        return not self.poll.is_anonymous and self.poll.shows_results


def can_vote(member, poll: Poll, access) -> bool:
    return (
        member.is_authenticated
        and access.can_post
        and not poll.is_closed
        and not poll.thread.is_locked
        and not poll.thread.is_deleted
    )


def can_manage_poll(member, thread, access) -> bool:
    """The thread's author and the group's moderators add, and close, its poll."""
    if not member.is_authenticated or thread.is_deleted:
        return False
    return thread.author_id == member.pk or access.can_moderate


def poll_view(member, thread, access=None) -> PollView | None:
    """The thread's poll with results for `member`: two queries (options with their poll; the
    member's own choices, or every choice with its voter for an open poll that shows results).
    The caller has already decided that the member may read the thread."""
    # Most threads have no poll: that is remembered for as long as the thread's version lasts
    # (creating a poll bumps it, agenda.services.create_poll).
    if forum_caching.thread_scoped_get(thread, "no-poll"):
        return None
    options = list(
        PollOption.objects.filter(poll__thread=thread).select_related("poll").order_by("position")
    )
    if not options:
        forum_caching.thread_scoped_set(thread, True, "no-poll")
        return None
    poll = options[0].poll
    poll.thread = thread
    access = access or forum_selectors.access_to(member, thread.group)
    voters: dict[int, list] = {}
    mine: set[int] = set()
    choices = PollChoice.objects.filter(option__poll=poll)
    if poll.shows_results and not poll.is_anonymous:
        for choice in choices.select_related("ballot__member").order_by("ballot__created_at"):
            voters.setdefault(choice.option_id, []).append(choice.ballot.member)
            if choice.ballot.member_id == member.pk:
                mine.add(choice.option_id)
    elif member.is_authenticated:
        mine = set(choices.filter(ballot__member=member).values_list("option_id", flat=True))
    total = poll.voter_count
    results = [
        OptionResult(
            option=option,
            percent=round(100 * option.vote_count / total) if total else 0,
            chosen_by_me=option.pk in mine,
            voters=voters.get(option.pk, []),
        )
        for option in options
    ]
    return PollView(
        poll=poll,
        results=results,
        my_option_ids=mine,
        can_vote=can_vote(member, poll, access),
        can_close=can_manage_poll(member, thread, access) and not poll.is_closed,
    )


def poll_for(member, poll_id: int) -> Poll | None:
    """A poll whose thread the member may read (None: 404)."""
    thread_id = Poll.objects.filter(pk=poll_id).values_list("thread_id", flat=True).first()
    if thread_id is None:
        return None
    thread = forum_selectors.thread_for(member, thread_id)
    if thread is None:
        return None
    poll = Poll.objects.get(pk=poll_id)
    poll.thread = thread
    return poll


# --- Group proposals ----------------------------------------------------------------------------


def visible_proposals(member) -> QuerySet[GroupProposal]:
    """Proposals the member may know about: a subgroup of a hidden group only for its members."""
    return GroupProposal.objects.filter(
        Q(parent__isnull=True) | Q(parent__in=forum_selectors.visible_groups(member))
    )


def _with_my_support(proposals: QuerySet[GroupProposal], member) -> QuerySet[GroupProposal]:
    if not member.is_authenticated:
        return proposals
    return proposals.annotate(
        i_support=Exists(ProposalSupport.objects.filter(proposal=OuterRef("pk"), member=member))
    )


def open_proposals(member, page=1):
    """Open proposals, most supported first (one query for the page, one for the count)."""
    proposals = (
        visible_proposals(member)
        .filter(status=GroupProposal.Status.OPEN)
        .select_related("proposer", "parent")
        .order_by("-supporter_count", "-created_at", "-pk")
    )
    return Paginator(_with_my_support(proposals, member), PROPOSALS_PER_PAGE).get_page(page)


def recently_decided(member, limit: int = 10) -> QuerySet[GroupProposal]:
    return (
        visible_proposals(member)
        .exclude(status=GroupProposal.Status.OPEN)
        .select_related("group")
        .order_by("-decided_at", "-pk")[:limit]
    )


def proposal_for(member, proposal_id: int) -> GroupProposal | None:
    proposals = visible_proposals(member).select_related("proposer", "parent", "group")
    return _with_my_support(proposals, member).filter(pk=proposal_id).first()


def supporters_of(proposal, limit: int = SUPPORTERS_SHOWN) -> QuerySet[ProposalSupport]:
    return proposal.supports.select_related("member__organisation").order_by("created_at", "pk")[
        :limit
    ]


def proposals_for_review() -> QuerySet[GroupProposal]:
    """Staff: every open proposal, most supported first."""
    return (
        GroupProposal.objects.filter(status=GroupProposal.Status.OPEN)
        .select_related("proposer", "parent")
        .order_by("-supporter_count", "-created_at", "-pk")
    )


# --- Topics for the next meeting ----------------------------------------------------------------


def topics_open(event) -> bool:
    """Members suggest and vote until the event starts."""
    return not event.is_cancelled and event.starts_at > timezone.now()


def event_topics(member, event) -> QuerySet[TopicSuggestion]:
    """The event's suggested topics, most votes first, with whether the member voted (1 query)."""
    topics = (
        TopicSuggestion.objects.filter(event=event)
        .select_related("author")
        .order_by("-vote_count", "created_at", "pk")
    )
    if member.is_authenticated:
        topics = topics.annotate(
            i_voted=Exists(TopicVote.objects.filter(topic=OuterRef("pk"), member=member))
        )
    return topics


def topic_for(member, topic_id: int) -> TopicSuggestion | None:
    topic = TopicSuggestion.objects.select_related("event").filter(pk=topic_id).first()
    if topic is None or not event_selectors.can_see_event(member, topic.event):
        return None
    return topic
