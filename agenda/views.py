from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from agenda import selectors, services
from agenda.forms import (
    DeclineForm,
    MergeForm,
    PollForm,
    ProposalForm,
    ScheduleTopicForm,
    TopicForm,
)
from agenda.models import GroupProposal
from events import selectors as event_selectors
from events.views import event_zone
from forums import selectors as forum_selectors
from hrnet.inputs import local_path


def staff_required(view):
    """Staff pages: sign in first; for everyone else the page does not exist."""

    @login_required
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not request.user.is_staff:
            raise Http404
        return view(request, *args, **kwargs)

    return wrapped


def _back(request, default):
    """Back to the page the form was on (same site only), else `default`."""
    return redirect(local_path(request, request.POST.get("next", "")) or default)


def _error_text(error) -> str:
    if isinstance(error, ValidationError):
        return " ".join(error.messages)
    return str(error) or _("You are not allowed to do that.")


# --- Polls --------------------------------------------------------------------------------------


@login_required
def add_poll(request, thread_id):
    """The author adds a poll to a thread after posting it."""
    thread = forum_selectors.thread_for(request.user, thread_id)
    if thread is None:
        raise Http404
    access = forum_selectors.access_to(request.user, thread.group)
    if not selectors.can_manage_poll(request.user, thread, access):
        raise Http404
    if hasattr(thread, "poll"):
        messages.info(request, _("This post already has a poll."))
        return redirect(thread)
    form = PollForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.create_poll(author=request.user, thread=thread, **form.poll_data())
        except (ValidationError, PermissionDenied) as error:
            form.add_error(None, _error_text(error))
        else:
            messages.success(request, _("The poll is open."))
            return redirect(thread.get_absolute_url() + "#poll")
    return render(request, "agenda/poll_form.html", {"form": form, "thread": thread})


@login_required
@require_POST
def vote(request, poll_id):
    poll = selectors.poll_for(request.user, poll_id)
    if poll is None:
        raise Http404
    try:
        services.vote(member=request.user, poll=poll, option_ids=request.POST.getlist("option"))
    except (ValidationError, PermissionDenied) as error:
        messages.error(request, _error_text(error))
    else:
        messages.success(request, _("Your vote is counted."))
    return redirect(poll.thread.get_absolute_url() + "#poll")


@login_required
@require_POST
def close_poll(request, poll_id):
    poll = selectors.poll_for(request.user, poll_id)
    if poll is None:
        raise Http404
    try:
        services.close_poll(member=request.user, poll=poll)
    except PermissionDenied as error:
        raise Http404 from error
    messages.success(request, _("The poll is closed."))
    return redirect(poll.thread.get_absolute_url() + "#poll")


# --- Group proposals ----------------------------------------------------------------------------


def proposal_list(request):
    page = selectors.open_proposals(request.user, request.GET.get("page", 1))
    return render(
        request,
        "agenda/proposal_list.html",
        {
            "page": page,
            "threshold": selectors.proposal_threshold(),
            "decided": selectors.recently_decided(request.user),
        },
    )


@login_required
def propose_group(request):
    parents = forum_selectors.visible_groups(request.user).exclude(kind="alumni").order_by("name")
    form = ProposalForm(
        request.POST or None,
        parents=parents,
        initial={"language": request.user.preferred_language or request.LANGUAGE_CODE},
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            proposal = services.propose_group(
                proposer=request.user,
                name=data["name"],
                purpose=data["purpose"],
                language=data["language"],
                parent=data["parent"],
            )
        except (ValidationError, PermissionDenied) as error:
            form.add_error(None, _error_text(error))
        else:
            messages.success(request, _("Your proposal is open: invite colleagues to support it."))
            return redirect(proposal)
    return render(request, "agenda/proposal_form.html", {"form": form})


def _proposal_or_404(request, proposal_id):
    proposal = selectors.proposal_for(request.user, proposal_id)
    if proposal is None:
        raise Http404
    return proposal


def proposal_detail(request, proposal_id):
    proposal = _proposal_or_404(request, proposal_id)
    threshold = selectors.proposal_threshold()
    context = {
        "proposal": proposal,
        "threshold": threshold,
        "percent": min(100, round(100 * proposal.supporter_count / threshold)),
        "supporters": selectors.supporters_of(proposal),
    }
    if request.user.is_authenticated and request.user.is_staff:
        context["merge_form"] = MergeForm()
        context["decline_form"] = DeclineForm()
    return render(request, "agenda/proposal_detail.html", context)


@login_required
@require_POST
def support(request, proposal_id):
    proposal = _proposal_or_404(request, proposal_id)
    withdraw = request.POST.get("action") == "withdraw"
    try:
        if withdraw:
            services.withdraw_support(member=request.user, proposal=proposal)
            messages.success(request, _("You no longer support this proposal."))
        else:
            services.support_proposal(member=request.user, proposal=proposal)
            messages.success(request, _("Thank you for your support."))
    except (ValidationError, PermissionDenied) as error:
        messages.error(request, _error_text(error))
    return _back(request, proposal.get_absolute_url())


@staff_required
def review(request):
    threshold = selectors.proposal_threshold()
    proposals = list(selectors.proposals_for_review())
    return render(
        request,
        "agenda/review.html",
        {
            "ready": [p for p in proposals if p.supporter_count >= threshold],
            "gathering": [p for p in proposals if p.supporter_count < threshold],
            "threshold": threshold,
            "merge_form": MergeForm(),
            "decline_form": DeclineForm(),
        },
    )


@staff_required
@require_POST
def decide(request, proposal_id, action):
    proposal = GroupProposal.objects.select_related("proposer", "parent").filter(pk=proposal_id)
    proposal = proposal.first()
    if proposal is None or action not in ("create", "merge", "decline"):
        raise Http404
    try:
        if action == "create":
            group = services.create_group_from_proposal(staff=request.user, proposal=proposal)
            messages.success(request, _("The group “%(name)s” is created.") % {"name": group.name})
        elif action == "merge":
            form = MergeForm(request.POST)
            if not form.is_valid():
                raise ValidationError(_("Choose the group to merge with."))
            group = form.cleaned_data["group"]
            services.merge_proposal(staff=request.user, proposal=proposal, group=group)
            messages.success(request, _("Merged with “%(name)s”.") % {"name": group.name})
        else:
            form = DeclineForm(request.POST)
            if not form.is_valid():
                raise ValidationError(_("Tell the proposer and supporters why."))
            services.decline_proposal(
                staff=request.user, proposal=proposal, reason=form.cleaned_data["reason"]
            )
            messages.success(request, _("The proposal is declined."))
    except (ValidationError, PermissionDenied) as error:
        messages.error(request, _error_text(error))
    return _back(request, "agenda:review")


# --- Topics for the next meeting ----------------------------------------------------------------


def _event_or_404(request, slug):
    event = event_selectors.event_by_slug(request.user, slug)
    if event is None:
        raise Http404
    return event


@login_required
@require_POST
def suggest_topic(request, slug):
    event = _event_or_404(request, slug)
    form = TopicForm(request.POST)
    if form.is_valid():
        try:
            services.suggest_topic(member=request.user, event=event, **form.cleaned_data)
        except (ValidationError, PermissionDenied) as error:
            messages.error(request, _error_text(error))
        else:
            messages.success(request, _("Thank you: your topic is on the list."))
    else:
        messages.error(request, _("Write the topic (up to 200 characters)."))
    return redirect(event.get_absolute_url() + "#topics")


@login_required
@require_POST
def topic_vote(request, topic_id):
    topic = selectors.topic_for(request.user, topic_id)
    if topic is None:
        raise Http404
    try:
        services.set_topic_vote(
            member=request.user, topic=topic, voted=request.POST.get("action") != "unvote"
        )
    except (ValidationError, PermissionDenied) as error:
        messages.error(request, _error_text(error))
    return _back(request, topic.event.get_absolute_url() + "#topics")


def _organised_event_or_404(request, slug):
    event = _event_or_404(request, slug)
    if not event_selectors.is_organiser(request.user, event):
        raise Http404
    return event


@login_required
def event_topics(request, slug):
    """The organiser's view: topics ranked, each with a form to put it on the programme."""
    event = _organised_event_or_404(request, slug)
    topics = list(selectors.event_topics(request.user, event))
    with timezone.override(event_zone(event)):
        initial = {"starts_at": timezone.localtime(event.starts_at).replace(tzinfo=None)}
        return render(
            request,
            "agenda/event_topics.html",
            {
                "event": event,
                "topics": topics,
                "schedule_form": ScheduleTopicForm(initial=initial),
                "topics_open": selectors.topics_open(event),
            },
        )


@login_required
@require_POST
def schedule_topic(request, topic_id):
    topic = selectors.topic_for(request.user, topic_id)
    if topic is None or not event_selectors.is_organiser(request.user, topic.event):
        raise Http404
    event = topic.event
    with timezone.override(event_zone(event)):
        form = ScheduleTopicForm(request.POST)
        valid = form.is_valid()
    if valid:
        try:
            services.schedule_topic(organiser=request.user, topic=topic, **form.cleaned_data)
        except (ValidationError, PermissionDenied) as error:
            messages.error(request, _error_text(error))
        else:
            messages.success(
                request, _("“%(title)s” is on the programme.") % {"title": topic.title}
            )
    else:
        messages.error(request, _("Give the start time (and an end after it)."))
    return redirect("agenda:event_topics", slug=event.slug)
