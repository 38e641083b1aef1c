"""Polls, proposals and topics for the agenda tests, made through agenda.services."""

from agenda import services
from agenda.models import GroupProposal, Poll
from tests.factories import MemberFactory
from tests.forums.factories import make_thread


def make_poll(*, thread=None, group=None, options=("Yes", "No", "Not sure"), **fields) -> Poll:
    """A poll on a thread (a new one in `group` unless given), added by the thread's author."""
    thread = thread or make_thread(group=group)
    fields.setdefault("question", "Should we meet in person next quarter?")
    poll = services.create_poll(
        author=thread.author, thread=thread, options=list(options), **fields
    )
    poll.refresh_from_db()
    poll.thread = thread
    return poll


def option_ids(poll: Poll, *labels) -> list[int]:
    by_label = {option.label: option.pk for option in poll.options.all()}
    return [by_label[label] for label in labels]


def make_proposal(*, proposer=None, name="Payroll in the Nordics", **fields) -> GroupProposal:
    proposer = proposer or MemberFactory()
    fields.setdefault("purpose", "Salary administration across **four** countries.")
    return services.propose_group(proposer=proposer, name=name, **fields)


def supported_by(proposal: GroupProposal, members) -> GroupProposal:
    for member in members:
        services.support_proposal(member=member, proposal=proposal)
    proposal.refresh_from_db()
    return proposal
