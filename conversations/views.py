from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from conversations import selectors, services
from conversations.forms import MessagingPreferenceForm, NewConversationForm, ReplyForm, ReportForm
from hrnet.inputs import local_path, whole_number
from hrnet.ratelimit import rate_limited
from members.models import Member


def _error_text(error: ValidationError) -> str:
    return " ".join(error.messages)


def _recipients_from(values) -> list[Member]:
    ids = []
    for value in values:
        number = whole_number(value, minimum=1)
        if number is not None and number not in ids:
            ids.append(number)
    ids = ids[: settings.CONVERSATIONS_MAX_RECIPIENTS + 1]
    found = Member.objects.filter(pk__in=ids, is_active=True, erased_at__isnull=True).in_bulk()
    return [found[pk] for pk in ids if pk in found]


@login_required
def inbox(request):
    return render(
        request,
        "conversations/inbox.html",
        {
            "page": selectors.inbox(request.user, request.GET.get("page", 1)),
            "can_moderate": selectors.can_moderate_conversations(request.user),
        },
    )


@login_required
@rate_limited("message")
def new_conversation(request):
    source = request.POST if request.method == "POST" else request.GET
    recipients = [
        person for person in _recipients_from(source.getlist("to")) if person.pk != request.user.pk
    ]
    if request.method == "POST":
        form = NewConversationForm(request.POST)
        if form.is_valid():
            try:
                conversation = services.start_conversation(
                    starter=request.user,
                    recipients=recipients,
                    subject=form.cleaned_data["subject"],
                    body=form.cleaned_data["body"],
                )
            except ValidationError as error:
                form.add_error(None, _error_text(error))
            else:
                if conversation.status == conversation.Status.HELD:
                    messages.warning(
                        request,
                        _(
                            "Your message waits for a moderator before it is delivered, "
                            "because it looks like advertising to members you share no group with."
                        ),
                    )
                else:
                    messages.success(request, _("Your message has been sent."))
                return redirect(conversation)
    else:
        form = NewConversationForm(initial={"subject": request.GET.get("subject", "")[:160]})
    return render(
        request,
        "conversations/new.html",
        {
            "form": form,
            "recipients": recipients,
            "max_recipients": settings.CONVERSATIONS_MAX_RECIPIENTS,
        },
    )


def _seat_or_404(request, conversation_id):
    seat = selectors.seat_of(request.user, conversation_id)
    if seat is None:
        raise Http404
    return seat


def _detail_context(request, seat, reply_form=None):
    conversation = seat.conversation
    participants = selectors.participants_of(conversation)
    others = [p for p in participants if p.member_id != request.user.pk]
    active_other_ids = {p.member_id for p in others if not p.has_left}
    i_blocked = selectors.blocked_ids(request.user) & {p.member_id for p in others}
    blocked_me = selectors.blocker_ids(request.user, active_other_ids)
    page = selectors.messages_of(conversation, request.GET.get("page"))
    last_read = seat.last_read_at or selectors.NEVER
    return {
        "conversation": conversation,
        "seat": seat,
        "participants": participants,
        "others": others,
        "page": page,
        "last_read": last_read,
        "i_blocked": i_blocked,
        "blocked_me": bool(blocked_me),
        "everyone_left": not active_other_ids,
        "can_reply": (
            conversation.status == conversation.Status.OPEN
            and bool(active_other_ids)
            and not blocked_me
        ),
        "reply_form": reply_form or ReplyForm(),
        "report_form": ReportForm(),
        "has_reported": selectors.has_reported(request.user, conversation),
    }


@login_required
@require_safe  # reading marks the conversation read: a post here is not a way in
def detail(request, conversation_id):
    seat = _seat_or_404(request, conversation_id)
    context = _detail_context(request, seat)
    services.mark_read(seat=seat)
    return render(request, "conversations/detail.html", context)


@login_required
@require_POST
@rate_limited("message")
def reply(request, conversation_id):
    seat = _seat_or_404(request, conversation_id)
    form = ReplyForm(request.POST)
    if form.is_valid():
        try:
            message = services.reply(
                author=request.user, conversation=seat.conversation, body=form.cleaned_data["body"]
            )
        except ValidationError as error:
            form.add_error(None, _error_text(error))
        except PermissionDenied as error:
            raise Http404 from error
        else:
            return redirect(f"{seat.conversation.get_absolute_url()}#message-{message.pk}")
    return render(
        request, "conversations/detail.html", _detail_context(request, seat, form), status=400
    )


@login_required
@require_POST
def leave(request, conversation_id):
    seat = _seat_or_404(request, conversation_id)
    services.leave_conversation(member=request.user, conversation=seat.conversation)
    messages.success(request, _("You have left the conversation."))
    return redirect("conversations:inbox")


@login_required
@require_POST
@rate_limited("flag")
def report(request, conversation_id):
    seat = _seat_or_404(request, conversation_id)
    form = ReportForm(request.POST)
    if form.is_valid():
        try:
            services.report_conversation(
                reporter=request.user,
                conversation=seat.conversation,
                reason=form.cleaned_data["reason"],
                note=form.cleaned_data["note"],
            )
        except ValidationError as error:
            messages.error(request, _error_text(error))
        else:
            messages.success(
                request,
                _("Thank you. A moderator will read this conversation and act if needed."),
            )
    else:
        messages.error(request, _("Choose why you are reporting this conversation."))
    return redirect(seat.conversation)


@login_required
def messaging_settings(request):
    preference = selectors.preference_of(request.user)
    form = MessagingPreferenceForm(
        request.POST or None,
        initial={
            "accepts_messages_from_strangers": preference.accepts_messages_from_strangers,
            "email_on_messages": preference.email_on_messages,
        },
    )
    if request.method == "POST" and form.is_valid():
        services.set_messaging_preferences(member=request.user, **form.cleaned_data)
        messages.success(request, _("Your message settings have been saved."))
        return redirect("conversations:settings")
    blocked = Member.objects.filter(blocks_received__blocker=request.user).order_by("display_name")
    return render(request, "conversations/settings.html", {"form": form, "blocked": blocked})


@login_required
def blocked_members(request):
    return redirect("conversations:settings")


def _next_url(request, fallback):
    return local_path(request, request.POST.get("next", "")) or fallback


@login_required
@require_POST
def block(request, member_id):
    person = get_object_or_404(Member, pk=member_id, is_active=True)
    try:
        services.block_member(blocker=request.user, blocked=person)
    except ValidationError as error:
        messages.error(request, _error_text(error))
    else:
        messages.success(
            request,
            _("You have blocked %(name)s: they can no longer write to you.") % {"name": person},
        )
    return redirect(_next_url(request, "conversations:settings"))


@login_required
@require_POST
def unblock(request, member_id):
    person = get_object_or_404(Member, pk=member_id)
    services.unblock_member(blocker=request.user, blocked=person)
    messages.success(request, _("You have unblocked %(name)s.") % {"name": person})
    return redirect(_next_url(request, "conversations:settings"))


# --- Moderators ---------------------------------------------------------------------------------


def _moderator_or_404(request):
    if not selectors.can_moderate_conversations(request.user):
        raise Http404


@login_required
def report_queue(request):
    _moderator_or_404(request)
    from django.core.paginator import Paginator

    page = Paginator(selectors.reported_conversations(), 30).get_page(request.GET.get("page", 1))
    return render(request, "conversations/report_queue.html", {"page": page})


@login_required
@require_safe  # each reading is recorded for the participants: only by opening the page
def reported_conversation(request, conversation_id):
    conversation = selectors.reported_conversation(request.user, conversation_id)
    if conversation is None:
        raise Http404
    services.record_moderator_reading(moderator=request.user, conversation=conversation)
    return render(
        request,
        "conversations/reported.html",
        {
            "conversation": conversation,
            "participants": selectors.participants_of(conversation),
            "page": selectors.messages_of(conversation, request.GET.get("page")),
            "reports": selectors.reports_on(conversation),
            "Decision": services.Decision,
        },
    )


@login_required
@require_POST
def decide_reported(request, conversation_id):
    conversation = selectors.reported_conversation(request.user, conversation_id)
    if conversation is None:
        raise Http404
    try:
        services.decide(
            moderator=request.user,
            conversation=conversation,
            decision=request.POST.get("decision", ""),
            note=request.POST.get("note", "")[:500],
        )
    except ValidationError as error:
        messages.error(request, _error_text(error))
        return redirect("conversations:reported", conversation.pk)
    messages.success(request, _("Your decision has been recorded."))
    return redirect("conversations:report_queue")
