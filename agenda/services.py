"""Writes for polls, group proposals and suggested topics. Each runs in a transaction, locks the
row it counts on (poll, proposal, topic), keeps the counters and notifies exactly once."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce, Lower
from django.utils import timezone
from django.utils.translation import gettext as _

from agenda import selectors
from agenda.models import (
    MAX_POLL_OPTIONS,
    MIN_POLL_OPTIONS,
    GroupProposal,
    Poll,
    PollBallot,
    PollChoice,
    PollOption,
    ProposalSupport,
    TopicSuggestion,
    TopicVote,
)
from events import selectors as event_selectors
from events import services as event_services
from forums import caching as forum_caching
from forums import selectors as forum_selectors
from forums import services as forum_services
from forums.models import Group, GroupMembership
from hrnet.inputs import whole_number
from hrnet.markdown import render_markdown
from members.models import Member
from notifications.models import Notification
from notifications.services import in_language, notify

# --- Polls --------------------------------------------------------------------------------------


def clean_options(labels) -> list[str]:
    """Options as members typed them: blank lines dropped, repeats (any case) dropped."""
    seen, options = set(), []
    for label in labels:
        label = " ".join(str(label).split())[:200]
        if label and label.casefold() not in seen:
            seen.add(label.casefold())
            options.append(label)
    return options


@transaction.atomic
def create_poll(
    *,
    author,
    thread,
    question: str,
    options: list[str],
    max_choices: int = 1,
    results: str = Poll.Results.LIVE,
    is_anonymous: bool = False,
    closes_at=None,
) -> Poll:
    """Add a poll to a thread (its author, or a moderator of its group); one poll per thread."""
    access = forum_selectors.access_to(author, thread.group)
    if not selectors.can_manage_poll(author, thread, access):
        raise PermissionDenied(_("Only the author of the post can add a poll to it."))
    if Poll.objects.filter(thread=thread).exists():
        raise ValidationError(_("This post already has a poll."))
    question = " ".join(question.split())
    options = clean_options(options)
    if not question:
        raise ValidationError(_("Write the question of the poll."))
    if not MIN_POLL_OPTIONS <= len(options) <= MAX_POLL_OPTIONS:
        raise ValidationError(
            _("A poll needs %(min)d to %(max)d different options.")
            % {"min": MIN_POLL_OPTIONS, "max": MAX_POLL_OPTIONS}
        )
    if not 1 <= max_choices <= len(options):
        raise ValidationError(
            _("Members can choose between 1 and %(count)d options.") % {"count": len(options)}
        )
    if results not in Poll.Results.values:
        raise ValidationError(_("Choose when the results are shown."))
    if closes_at is not None and closes_at <= timezone.now():
        raise ValidationError(_("The closing time must be in the future."))
    poll = Poll.objects.create(
        thread=thread,
        question=question[:300],
        max_choices=max_choices,
        results=results,
        is_anonymous=is_anonymous,
        closes_at=closes_at,
    )
    PollOption.objects.bulk_create(
        [PollOption(poll=poll, position=n, label=label) for n, label in enumerate(options, 1)]
    )
    forum_caching.bump_now_and_on_commit("thread", thread.pk)  # the page remembers "no poll"
    return poll


def _recount_poll(poll: Poll) -> None:
    PollOption.objects.filter(poll=poll).update(
        vote_count=Coalesce(
            Subquery(
                PollChoice.objects.filter(option=OuterRef("pk"))
                .values("option")
                .annotate(total=Count("pk"))
                .values("total")[:1]
            ),
            0,
        )
    )
    poll.voter_count = PollBallot.objects.filter(poll=poll).count()
    poll.save(update_fields=["voter_count"])


@transaction.atomic
def vote(*, member, poll: Poll, option_ids) -> PollBallot:
    """Cast or change the member's vote. The poll row is locked, so votes on one poll are counted
    one after another; the unique (poll, member) constraint keeps one ballot per member."""
    thread = poll.thread
    locked = Poll.objects.select_for_update().get(pk=poll.pk)
    if locked.is_closed:
        raise ValidationError(_("This poll is closed: votes can no longer be changed."))
    access = forum_selectors.access_to(member, thread.group)
    if not access.can_post:
        raise PermissionDenied(_("Join this group to vote in its polls."))
    if thread.is_locked or thread.is_deleted:
        raise ValidationError(_("This discussion is locked: its poll is closed."))
    wanted = {whole_number(str(pk)) for pk in option_ids} - {None}
    valid = set(PollOption.objects.filter(poll=locked, pk__in=wanted).values_list("pk", flat=True))
    if not wanted or valid != wanted:
        raise ValidationError(_("Choose an option of this poll."))
    if len(wanted) > locked.max_choices:
        raise ValidationError(
            _("Choose at most %(count)d options.") % {"count": locked.max_choices}
        )
    ballot, created = PollBallot.objects.get_or_create(poll=locked, member=member)
    if not created:
        ballot.choices.all().delete()
        ballot.save(update_fields=["updated_at"])
    PollChoice.objects.bulk_create([PollChoice(ballot=ballot, option_id=pk) for pk in wanted])
    _recount_poll(locked)
    return ballot


@transaction.atomic
def close_poll(*, member, poll: Poll) -> Poll:
    """Close the poll now (author or moderators): results show, nothing changes any more."""
    access = forum_selectors.access_to(member, poll.thread.group)
    if not selectors.can_manage_poll(member, poll.thread, access):
        raise PermissionDenied
    locked = Poll.objects.select_for_update().get(pk=poll.pk)
    if locked.closed_at is None:
        locked.closed_at = timezone.now()
        locked.save(update_fields=["closed_at"])
    return locked


# --- Group proposals ----------------------------------------------------------------------------


@transaction.atomic
def propose_group(
    *, proposer, name: str, purpose: str, language: str = "en", parent: Group | None = None
) -> GroupProposal:
    """A member proposes a theme group (or a subgroup of `parent`) and supports it first."""
    name = " ".join(name.split())
    if not name or not purpose.strip():
        raise ValidationError(_("Give the group a name and describe its purpose."))
    if parent is not None and not forum_selectors.can_see_group(
        proposer, parent, forum_selectors.membership_of(proposer, parent)
    ):
        raise ValidationError(_("Choose a parent group you can see."))
    siblings = Group.objects.filter(parent=parent)
    if siblings.annotate(lower=Lower("name")).filter(lower=name.lower()).exists():
        raise ValidationError(_("A group with this name exists already: join it instead."))
    open_same = GroupProposal.objects.filter(
        status=GroupProposal.Status.OPEN, parent=parent, name__iexact=name
    )
    if open_same.exists():
        raise ValidationError(_("This group has been proposed already: support that proposal."))
    proposal = GroupProposal.objects.create(
        proposer=proposer,
        name=name,
        purpose_markdown=purpose,
        purpose_html=render_markdown(purpose),
        language=language,
        parent=parent,
    )
    support_proposal(member=proposer, proposal=proposal)
    proposal.refresh_from_db()
    return proposal


def _lock_open(proposal: GroupProposal) -> GroupProposal:
    locked = GroupProposal.objects.select_for_update().get(pk=proposal.pk)
    if locked.status != GroupProposal.Status.OPEN:
        raise ValidationError(_("This proposal has been decided already."))
    return locked


def _recount_support(proposal: GroupProposal) -> None:
    proposal.supporter_count = ProposalSupport.objects.filter(proposal=proposal).count()
    proposal.save(update_fields=["supporter_count"])


@transaction.atomic
def support_proposal(*, member, proposal: GroupProposal) -> GroupProposal:
    """One support per member. At the threshold staff hear about it, once per proposal."""
    if not member.is_authenticated or not member.is_active:
        raise PermissionDenied
    locked = _lock_open(proposal)
    ProposalSupport.objects.get_or_create(proposal=locked, member=member)
    _recount_support(locked)
    if locked.threshold_reached_at is None and (
        locked.supporter_count >= selectors.proposal_threshold()
    ):
        locked.threshold_reached_at = timezone.now()
        locked.save(update_fields=["threshold_reached_at"])
        _tell_staff_threshold_reached(locked)
    return locked


@transaction.atomic
def withdraw_support(*, member, proposal: GroupProposal) -> GroupProposal:
    locked = _lock_open(proposal)
    ProposalSupport.objects.filter(proposal=locked, member=member).delete()
    _recount_support(locked)
    return locked


def _tell_staff_threshold_reached(proposal: GroupProposal) -> None:
    from django.urls import reverse

    for staff in Member.objects.filter(is_staff=True, is_active=True):
        notify(
            recipient=staff,
            kind=Notification.Kind.GROUP,
            key=f"proposal-threshold:{proposal.pk}:{staff.pk}",
            message=in_language(
                staff,
                lambda: (
                    _("The proposed group “%(name)s” has %(count)d supporters: ready to create")
                    % {"name": proposal.name, "count": proposal.supporter_count}
                ),
            ),
            url=reverse("agenda:review") + f"#proposal-{proposal.pk}",
            email=True,
        )


def _staff_only(member) -> None:
    if not (member.is_authenticated and member.is_staff):
        raise PermissionDenied


def _join_supporters(group: Group, proposal: GroupProposal) -> list:
    """Supporters become active members, unless they are in the group already or were banned
    from it (a merge must not undo a ban, nor demote a manager)."""
    supporters = [
        s.member for s in proposal.supports.select_related("member").filter(member__is_active=True)
    ]
    existing = set(
        GroupMembership.objects.filter(
            group=group,
            status__in=(GroupMembership.Status.ACTIVE, GroupMembership.Status.BANNED),
        ).values_list("member_id", flat=True)
    )
    for member in supporters:
        if member.pk not in existing:
            forum_services.add_to_group(group=group, member=member)
    return supporters


def _notify_supporters(proposal: GroupProposal, outcome: str, supporters, message_factory, url):
    for member in supporters:
        notify(
            recipient=member,
            kind=Notification.Kind.GROUP,
            key=f"proposal-{outcome}:{proposal.pk}:{member.pk}",
            message=in_language(member, message_factory),
            url=url,
            email=True,
        )


@transaction.atomic
def create_group_from_proposal(*, staff, proposal: GroupProposal) -> Group:
    """One click: the group is created, its proposer manages it, supporters are in and told."""
    _staff_only(staff)
    locked = _lock_open(proposal)
    proposer = locked.proposer if locked.proposer and locked.proposer.is_active else staff
    group = forum_services.create_group(
        creator=proposer,
        name=locked.name,
        description=locked.purpose_markdown,
        kind=Group.Kind.THEME,
        language=locked.language,
        parent=locked.parent,
    )
    supporters = _join_supporters(group, locked)
    _decide(locked, GroupProposal.Status.CREATED, staff, group=group)
    _notify_supporters(
        locked,
        "created",
        supporters,
        lambda: (
            _("The group “%(name)s” you supported is open: you are a member") % {"name": group.name}
        ),
        group.get_absolute_url(),
    )
    return group


@transaction.atomic
def merge_proposal(*, staff, proposal: GroupProposal, group: Group) -> Group:
    """The proposal joins an existing group: supporters are joined to it and told."""
    _staff_only(staff)
    locked = _lock_open(proposal)
    supporters = _join_supporters(group, locked)
    _decide(locked, GroupProposal.Status.MERGED, staff, group=group)
    _notify_supporters(
        locked,
        "merged",
        supporters,
        lambda: (
            _("“%(name)s” joins the existing group “%(group)s”: you are a member")
            % {"name": locked.name, "group": group.name}
        ),
        group.get_absolute_url(),
    )
    return group


@transaction.atomic
def decline_proposal(*, staff, proposal: GroupProposal, reason: str) -> GroupProposal:
    _staff_only(staff)
    reason = reason.strip()
    if not reason:
        raise ValidationError(_("Tell the proposer and supporters why."))
    locked = _lock_open(proposal)
    locked.decline_reason = reason[:2000]
    _decide(locked, GroupProposal.Status.DECLINED, staff)
    supporters = [s.member for s in locked.supports.select_related("member")]
    _notify_supporters(
        locked,
        "declined",
        supporters,
        lambda: (
            _("The proposed group “%(name)s” was declined: %(reason)s")
            % {"name": locked.name, "reason": reason[:150]}
        ),
        locked.get_absolute_url(),
    )
    return locked


def _decide(proposal: GroupProposal, status: str, staff, group=None) -> None:
    proposal.status = status
    proposal.group = group
    proposal.decided_by = staff
    proposal.decided_at = timezone.now()
    proposal.save(update_fields=["status", "group", "decided_by", "decided_at", "decline_reason"])


# --- Topics for the next meeting ----------------------------------------------------------------


def _check_topics_open(member, event) -> None:
    if not member.is_authenticated or not event_selectors.can_see_event(member, event):
        raise PermissionDenied
    if not selectors.topics_open(event):
        raise ValidationError(_("Topics closed when the event started."))


@transaction.atomic
def suggest_topic(*, member, event, title: str, description: str = "") -> TopicSuggestion:
    """A member suggests a topic for an upcoming event (and votes for it)."""
    _check_topics_open(member, event)
    title = " ".join(title.split())
    if not title:
        raise ValidationError(_("Write the topic you would like to discuss."))
    if TopicSuggestion.objects.filter(event=event, title__iexact=title).exists():
        raise ValidationError(_("This topic has been suggested already: vote for it."))
    topic = TopicSuggestion.objects.create(
        event=event, author=member, title=title[:200], description=description.strip()[:1000]
    )
    return set_topic_vote(member=member, topic=topic, voted=True)


@transaction.atomic
def set_topic_vote(*, member, topic: TopicSuggestion, voted: bool) -> TopicSuggestion:
    """Vote for a topic (once) or take the vote back, until the event starts."""
    _check_topics_open(member, topic.event)
    locked = TopicSuggestion.objects.select_for_update().get(pk=topic.pk)
    if voted:
        TopicVote.objects.get_or_create(topic=locked, member=member)
    else:
        TopicVote.objects.filter(topic=locked, member=member).delete()
    locked.vote_count = TopicVote.objects.filter(topic=locked).count()
    locked.save(update_fields=["vote_count"])
    locked.event = topic.event
    return locked


@transaction.atomic
def schedule_topic(
    *, organiser, topic: TopicSuggestion, starts_at, ends_at=None, title: str = ""
) -> TopicSuggestion:
    """The organiser puts a suggested topic on the programme; its suggester hears about it."""
    event = topic.event
    if not event_selectors.is_organiser(organiser, event):
        raise PermissionDenied
    locked = TopicSuggestion.objects.select_for_update().get(pk=topic.pk)
    if locked.status == TopicSuggestion.Status.SCHEDULED:
        raise ValidationError(_("This topic is on the programme already."))
    item = event_services.save_agenda_item(
        organiser=organiser,
        event=event,
        data={
            "title": (title or locked.title)[:200],
            "description": locked.description,
            "starts_at": starts_at,
            "ends_at": ends_at,
        },
    )
    locked.status = TopicSuggestion.Status.SCHEDULED
    locked.agenda_item = item
    locked.save(update_fields=["status", "agenda_item"])
    if locked.author is not None:
        author = locked.author
        notify(
            recipient=author,
            kind=Notification.Kind.GROUP,
            key=f"topic-scheduled:{locked.pk}",
            message=in_language(
                author,
                lambda: (
                    _("Your topic “%(topic)s” is on the programme of “%(event)s”")
                    % {"topic": locked.title, "event": event.title}
                ),
            ),
            url=event.get_absolute_url() + "#programme",
            email=True,
        )
    locked.event = event
    return locked
