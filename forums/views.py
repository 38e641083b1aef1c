from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from agenda.forms import PollForm
from agenda.services import create_poll
from forums import anonymity, caching, selectors, services
from forums.forms import (
    GroupForm,
    JobFilterForm,
    KnowledgeFilterForm,
    ReplyForm,
    SearchForm,
    SummaryForm,
    ThreadForm,
    WatchLevelForm,
)
from forums.models import GroupMembership, PostStatus, Reply, Thread
from forums.selectors import UNKNOWN
from hrnet.inputs import plain_text, whole_number
from hrnet.markdown import render_markdown
from hrnet.ratelimit import rate_limited

SECTION_TABS = {
    "discussions": Thread.Section.DISCUSSION,
    "questions": Thread.Section.QUESTION,
    "jobs": Thread.Section.JOB,
    "promotions": Thread.Section.PROMOTION,
}
OTHER_TABS = ("trending", "members", "about")


def _group_or_404(request, slug):
    group = selectors.group_by_slug(request.user, slug)
    if group is None:
        raise Http404
    return group


def _thread_or_404(request, thread_id):
    thread = selectors.thread_for(request.user, thread_id)
    if thread is None:
        raise Http404
    return thread


def _reply_or_404(request, reply_id):
    reply = get_object_or_404(Reply.objects.select_related("thread"), pk=reply_id)
    thread = _thread_or_404(request, reply.thread_id)
    reply.thread = thread
    return reply


def _is_htmx(request) -> bool:
    return request.headers.get("HX-Request") == "true"


def _error_text(error: ValidationError | PermissionDenied) -> str:
    if isinstance(error, ValidationError):
        return " ".join(error.messages)
    return str(error) or _("You are not allowed to do that.")


# --- Groups -------------------------------------------------------------------------------------


def group_list(request):
    my_group_ids = selectors.my_group_ids(request.user)
    return render(
        request,
        "forums/group_list.html",
        {
            "groups": selectors.group_directory(request.user),
            "my_group_ids": my_group_ids,
            "list_cache_key": caching.group_list_key(request.user, my_group_ids=my_group_ids),
        },
    )


@login_required
@rate_limited("create_group")
def create_group(request):
    if not request.user.is_staff:
        raise PermissionDenied
    form = GroupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        group = services.create_group(creator=request.user, **form.cleaned_data)
        messages.success(request, _("The group has been created. You are its manager."))
        return redirect(group)
    return render(request, "forums/group_form.html", {"form": form})


def group_detail(request, slug, tab="discussions"):
    group = _group_or_404(request, slug)
    if tab not in SECTION_TABS and tab not in OTHER_TABS:
        raise Http404
    access = selectors.access_to(
        request.user, group, membership=getattr(group, "viewer_membership", UNKNOWN)
    )
    context = {
        "group": group,
        "access": access,
        "tab": tab,
        "visible_parent": selectors.visible_parent(request.user, group),
    }
    if not access.can_read and tab != "about":
        return render(request, "forums/group_closed.html", context, status=200)
    if tab in SECTION_TABS:
        context["page"] = selectors.group_threads(
            group, section=SECTION_TABS[tab], page=request.GET.get("page", 1)
        )
        context["section"] = SECTION_TABS[tab]
        context["list_cache_key"] = caching.thread_list_key(
            group, section=SECTION_TABS[tab], page_number=context["page"].number
        )
    elif tab == "trending":
        context["threads"] = selectors.trending_threads(request.user, group=group)
    elif tab == "members":
        context["page"] = selectors.group_members(group, page=request.GET.get("page", 1))
    else:
        context["subgroups"] = selectors.visible_groups(request.user).filter(parent=group)
        context["managers"] = selectors.group_managers(group)
        if access.can_manage:
            context["requests"] = selectors.pending_requests(group)
    if access.is_member:
        context["watch_form"] = WatchLevelForm(initial={"level": access.membership.watch_level})
    return render(request, "forums/group_detail.html", context)


@login_required
@require_POST
def join_group(request, slug):
    group = _group_or_404(request, slug)
    try:
        membership = services.join_group(member=request.user, group=group)
    except (ValidationError, PermissionDenied) as error:
        messages.error(request, _error_text(error))
    else:
        if membership.status == GroupMembership.Status.PENDING:
            messages.info(request, _("Your request to join has been sent to the group's managers."))
        else:
            messages.success(request, _("Welcome to %(group)s!") % {"group": group.name})
    return redirect(group)


@login_required
@require_POST
def leave_group(request, slug):
    group = _group_or_404(request, slug)
    try:
        services.leave_group(member=request.user, group=group)
    except ValidationError as error:
        messages.error(request, _error_text(error))
    else:
        messages.success(request, _("You have left %(group)s.") % {"group": group.name})
    return redirect(group)


@login_required
@require_POST
def set_watch_level(request, slug):
    group = _group_or_404(request, slug)
    form = WatchLevelForm(request.POST)
    if form.is_valid():
        try:
            services.set_watch_level(
                member=request.user, group=group, level=form.cleaned_data["level"]
            )
        except ValidationError as error:
            messages.error(request, _error_text(error))
        else:
            messages.success(request, _("Your email setting for this group has been saved."))
    return redirect(group)


@login_required
@require_POST
def set_member_role(request, slug, membership_id):
    group = _group_or_404(request, slug)
    membership = get_object_or_404(GroupMembership, pk=membership_id, group=group)
    try:
        services.set_member_role(
            manager=request.user, membership=membership, role=request.POST.get("role", "")
        )
    except PermissionDenied as error:
        raise Http404 from error
    except ValidationError as error:
        messages.error(request, _error_text(error))
    else:
        messages.success(request, _("The role has been changed."))
    return redirect("forums:group_tab", slug=group.slug, tab="members")


@login_required
@require_POST
def set_anonymous_posts(request, slug):
    group = _group_or_404(request, slug)
    allowed = request.POST.get("allows_anonymous_posts") == "on"
    try:
        services.set_anonymous_posts(manager=request.user, group=group, allowed=allowed)
    except PermissionDenied as error:
        raise Http404 from error
    if allowed:
        messages.success(request, _("Members can now post anonymously in this group."))
    else:
        messages.success(request, _("Anonymous posts are now off in this group."))
    return redirect("forums:group_tab", slug=group.slug, tab="about")


@login_required
@require_POST
@rate_limited("invite")
def invite_to_group(request, slug):
    from members.models import Member

    group = _group_or_404(request, slug)
    email = plain_text(request.POST.get("email", ""), 254).strip()
    member = Member.objects.filter(email__iexact=email, is_active=True).first() if email else None
    if member is None:
        messages.error(request, _("No member has that email address."))
    else:
        try:
            services.invite_to_group(manager=request.user, group=group, member=member)
        except PermissionDenied as error:
            raise Http404 from error
        messages.success(request, _("%(name)s has been invited.") % {"name": member.public_name})
    return redirect("forums:group_tab", slug=group.slug, tab="about")


@login_required
@require_POST
def decide_request(request, slug, membership_id):
    group = _group_or_404(request, slug)
    membership = get_object_or_404(GroupMembership, pk=membership_id, group=group)
    approve = request.POST.get("decision") == "approve"
    services.decide_join_request(manager=request.user, membership=membership, approve=approve)
    return redirect("forums:group_tab", slug=group.slug, tab="about")


# --- Threads ------------------------------------------------------------------------------------


@login_required
@rate_limited("post")
def new_thread(request, slug):
    group = _group_or_404(request, slug)
    access = selectors.access_to(request.user, group)
    if not access.can_post:
        raise PermissionDenied
    initial = {
        "section": request.GET.get("section", Thread.Section.DISCUSSION),
        "language": group.language,
    }
    form = ThreadForm(request.POST or None, initial=initial)
    # The optional poll (agenda app) is created in the same transaction as the thread.
    poll_form = PollForm(request.POST or None, prefix="poll", optional=True)
    if request.method == "POST" and all([form.is_valid(), poll_form.is_valid()]):
        try:
            with transaction.atomic():
                thread = _start_thread_with_poll(request, group, form, poll_form)
        except (ValidationError, PermissionDenied) as error:
            form.add_error(None, _error_text(error))
        else:
            return redirect(thread)
    return render(
        request,
        "forums/thread_form.html",
        {"form": form, "group": group, "poll_form": poll_form},
    )


def _start_thread_with_poll(request, group, form, poll_form):
    data = form.cleaned_data
    thread = services.start_thread(
        author=request.user,
        group=group,
        title=data["title"],
        body=data["body"],
        section=data["section"],
        language=data["language"],
        tags=data["tags"],
        job=form.job_data(),
        anonymous=bool(data.get("anonymous")) and group.allows_anonymous_posts,
    )
    if poll_form.wants_poll:
        create_poll(author=request.user, thread=thread, **poll_form.poll_data())
    return thread


def _tell_about_screening(request, post) -> None:
    """The author learns at once where the post went and why."""
    if post.status == PostStatus.HELD:
        messages.info(
            request, _("Your post is waiting for a moderator.") + " " + post.moderation_note
        )
    elif post.moderation_note:
        messages.info(request, post.moderation_note)


def thread_detail(request, thread_id, slug=""):
    thread = selectors.thread_for_reading(request.user, thread_id)
    if thread is None:
        raise Http404
    services.record_view(thread.pk)
    reply_form = ReplyForm(initial=_quote_initial(request, thread))
    page = request.GET.get("page")
    if page is None:
        # ?reply=<id> (links from notifications, moderation and edits): the page holding it.
        reply_id = whole_number(request.GET.get("reply", ""), minimum=1)
        page = ("reply", reply_id) if reply_id else 1
    return _render_thread(request, thread, page=page, reply_form=reply_form)


def _render_thread(request, thread, *, page, reply_form, status=200):
    """The thread page: for reading, and again with a refused reply (its text kept)."""
    viewer = request.user
    access = selectors.access_to(
        viewer, thread.group, membership=getattr(thread, "viewer_membership", UNKNOWN)
    )
    replies = selectors.thread_replies(
        thread, page, viewer=viewer, can_moderate=access.can_moderate
    )
    rows = replies.object_list
    thread_marked, marked_reply_ids = selectors.helpful_marks(
        viewer, thread, [row.pk for row in rows]
    )
    can_accept = selectors.can_accept_answer(viewer, thread, access.membership)
    replies_cache_key = caching.replies_key(
        thread,
        page_number=replies.number,
        viewer=viewer,
        access=access,
        can_accept=can_accept,
        own=any(viewer.pk in (row.author_id, row.reply_to_author_id) for row in rows),
        marked=marked_reply_ids,
    )
    # The replies themselves are read only when their fragment is not cached, or for a
    # moderator, whose every sight of an anonymous author goes to the audit log.
    replies_html = caching.get(replies_cache_key)
    posts = [thread, thread.accepted_reply]
    if replies_html is None or access.can_moderate:
        replies.object_list = selectors.replies_for(rows)
        posts += replies.object_list
        posts += [reply.reply_to for reply in replies.object_list]
    revealed = anonymity.present(posts, viewer=viewer, can_moderate=access.can_moderate)
    unique = {(type(post), post.pk): post for post in revealed}
    anonymity.reveal_to(viewer, list(unique.values()), group_id=thread.group_id)
    return render(
        request,
        "forums/thread_detail.html",
        {
            "thread": thread,
            "group": thread.group,
            "access": access,
            "page": replies,
            "reply_form": reply_form,
            "thread_marked": thread_marked,
            "marked_reply_ids": marked_reply_ids,
            "can_edit_thread": selectors.can_edit_post(
                viewer, thread, thread.group, access.membership
            ),
            "can_accept": can_accept,
            "can_summarise": selectors.can_write_summary(viewer, thread, access.membership),
            "replies_cache_key": replies_cache_key,
            "replies_html": replies_html,
            "summary": selectors.summary_of(thread),
        },
        status=status,
    )


def _quote_initial(request, thread) -> dict:
    """?quote=<reply id> pre-fills the reply box with a Markdown quote (works without JS)."""
    quote_id = whole_number(request.GET.get("quote", ""), minimum=1)
    if quote_id is None:
        return {}
    reply = (
        Reply.objects.select_related("author")
        .filter(pk=quote_id, thread=thread, is_deleted=False, status=PostStatus.PUBLISHED)
        .first()
    )
    if reply is None:
        return {}
    quoted = "\n".join(f"> {line}" for line in reply.body_markdown.splitlines()[:12])
    name = anonymity.shown_name(reply)
    return {"body": f"> **{name}:**\n{quoted}\n\n", "reply_to": reply.pk}


@login_required
@require_POST
@rate_limited("post")
def post_reply(request, thread_id):
    thread = _thread_or_404(request, thread_id)
    form = ReplyForm(request.POST)
    if form.is_valid():
        reply_to = None
        if form.cleaned_data.get("reply_to"):
            reply_to = Reply.objects.filter(pk=form.cleaned_data["reply_to"], thread=thread).first()
        try:
            reply = services.post_reply(
                author=request.user,
                thread=thread,
                body=form.cleaned_data["body"],
                reply_to=reply_to,
                anonymous=bool(form.cleaned_data.get("anonymous")),
            )
        except (ValidationError, PermissionDenied) as error:
            form.add_error("body", _error_text(error))
        else:
            _tell_about_screening(request, reply)
            return redirect(f"{thread.get_absolute_url()}?page=last#reply-{reply.pk}")
    # Nothing the member wrote is lost: the page comes back with their text and the reason.
    return _render_thread(request, thread, page="last", reply_form=form, status=400)


@login_required
def edit_thread(request, thread_id):
    thread = _thread_or_404(request, thread_id)
    if not selectors.can_edit_post(
        request.user, thread, thread.group, selectors.membership_of(request.user, thread.group)
    ):
        raise PermissionDenied
    initial = {
        "section": thread.section,
        "title": thread.title,
        "body": thread.body_markdown,
        "tags": ", ".join(tag.name for tag in thread.tags.all()),
        "language": thread.language,
        "job_location": thread.job_location,
        "job_country": thread.job_country,
        "job_role": thread.job_role,
        "employment_type": thread.employment_type,
        "apply_by": thread.apply_by,
        "apply_url": thread.apply_url,
    }
    form = ThreadForm(request.POST or None, initial=initial)
    form.fields["section"].disabled = True
    if request.method == "POST" and form.is_valid():
        try:
            services.edit_thread(
                editor=request.user,
                thread=thread,
                title=form.cleaned_data["title"],
                body=form.cleaned_data["body"],
                tags=form.cleaned_data["tags"],
                job=form.job_data(),
            )
        except (ValidationError, PermissionDenied) as error:
            form.add_error(None, _error_text(error))
        else:
            messages.success(request, _("Your changes have been saved."))
            return redirect(thread)
    return render(
        request, "forums/thread_form.html", {"form": form, "group": thread.group, "thread": thread}
    )


@login_required
def edit_reply(request, reply_id):
    reply = _reply_or_404(request, reply_id)
    group = reply.thread.group
    if not selectors.can_edit_post(
        request.user, reply, group, selectors.membership_of(request.user, group)
    ):
        raise PermissionDenied
    form = ReplyForm(request.POST or None, initial={"body": reply.body_markdown})
    if request.method == "POST" and form.is_valid():
        services.edit_reply(editor=request.user, reply=reply, body=form.cleaned_data["body"])
        messages.success(request, _("Your changes have been saved."))
        return redirect(reply.thread.reply_url(reply.pk))
    return render(
        request, "forums/reply_form.html", {"form": form, "reply": reply, "thread": reply.thread}
    )


@login_required
@require_POST
def delete_thread(request, thread_id):
    thread = _thread_or_404(request, thread_id)
    services.delete_thread(member=request.user, thread=thread)
    messages.success(request, _("The thread has been deleted."))
    return redirect(thread.group)


@login_required
@require_POST
def delete_reply(request, reply_id):
    reply = _reply_or_404(request, reply_id)
    services.delete_reply(member=request.user, reply=reply)
    messages.success(request, _("Your reply has been deleted."))
    return redirect(reply.thread)


@login_required
@require_POST
def toggle_helpful(request, thread_id, reply_id=None):
    thread = _thread_or_404(request, thread_id)
    reply = None
    if reply_id is not None:
        reply = get_object_or_404(Reply, pk=reply_id, thread=thread, is_deleted=False)
    try:
        marked = services.toggle_helpful(member=request.user, thread=thread, reply=reply)
    except (ValidationError, PermissionDenied) as error:
        if _is_htmx(request):
            return HttpResponse(_error_text(error), status=400)
        messages.error(request, _error_text(error))
        return redirect(thread)
    if _is_htmx(request):
        target = reply if reply is not None else thread
        target.refresh_from_db(fields=["helpful_count"])
        return render(
            request,
            "forums/partials/helpful_button.html",
            {
                "thread": thread,
                "post": target,
                "reply": reply,
                "marked": marked,
            },
        )
    return redirect(thread.reply_url(reply.pk) if reply else thread.get_absolute_url())


@login_required
@require_POST
def moderate_thread(request, thread_id, action):
    thread = _thread_or_404(request, thread_id)
    actions = {
        "pin": lambda: services.set_pinned(member=request.user, thread=thread, pinned=True),
        "unpin": lambda: services.set_pinned(member=request.user, thread=thread, pinned=False),
        "lock": lambda: services.set_locked(member=request.user, thread=thread, locked=True),
        "unlock": lambda: services.set_locked(member=request.user, thread=thread, locked=False),
    }
    if action not in actions:
        raise Http404
    actions[action]()
    return redirect(thread)


@login_required
@require_POST
def accept_answer(request, thread_id):
    thread = _thread_or_404(request, thread_id)
    reply_id = whole_number(request.POST.get("reply", ""), minimum=1)
    reply = None
    if reply_id is not None:
        reply = get_object_or_404(Reply, pk=reply_id, thread=thread)
    try:
        services.accept_answer(member=request.user, thread=thread, reply=reply)
    except ValidationError as error:
        messages.error(request, _error_text(error))
    else:
        messages.success(
            request,
            _("The accepted answer has been updated.")
            if reply
            else _("The answer is no longer marked as accepted."),
        )
    return redirect(thread.reply_url(reply.pk) if reply else thread.get_absolute_url())


@login_required
def thread_history(request, thread_id):
    thread = _thread_or_404(request, thread_id)
    if not selectors.access_to(request.user, thread.group).can_moderate:
        raise Http404
    return render(
        request,
        "forums/thread_history.html",
        {
            "thread": thread,
            "thread_revisions": selectors.revisions_of(thread),
            "reply_revisions": selectors.reply_revisions_of(thread),
        },
    )


@login_required
def edit_summary(request, thread_id):
    thread = _thread_or_404(request, thread_id)
    if not selectors.can_write_summary(
        request.user, thread, selectors.membership_of(request.user, thread.group)
    ):
        raise PermissionDenied
    summary = selectors.summary_of(thread)
    initial = (
        {"title": summary.title, "body": summary.body_markdown, "publish": summary.is_published}
        if summary
        else {"title": thread.title, "publish": True}
    )
    form = SummaryForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        services.save_summary(
            author=request.user,
            thread=thread,
            title=form.cleaned_data["title"],
            body=form.cleaned_data["body"],
            publish=form.cleaned_data["publish"],
        )
        messages.success(request, _("The summary has been saved."))
        return redirect(thread)
    return render(request, "forums/summary_form.html", {"form": form, "thread": thread})


@login_required
@require_POST
@rate_limited("preview")
def markdown_preview(request):
    text = request.POST.get("body", "")[:20000]
    return HttpResponse(
        render_markdown(text) or "<p class='muted'>" + _("Nothing to preview yet.") + "</p>"
    )


# --- Site-wide lists ----------------------------------------------------------------------------


def jobs_board(request):
    form = JobFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    page = selectors.jobs_board(
        request.user,
        country=filters.get("country", ""),
        role=filters.get("role", ""),
        group_slug=filters.get("group", ""),
        page=request.GET.get("page", 1),
    )
    return render(
        request,
        "forums/jobs_board.html",
        {
            "form": form,
            "page": page,
            "query_string": _query_without_page(request),
        },
    )


def unanswered_questions(request):
    page = selectors.unanswered_questions(request.user, page=request.GET.get("page", 1))
    return render(request, "forums/unanswered.html", {"page": page})


def trending(request):
    return render(
        request, "forums/trending.html", {"threads": selectors.trending_threads(request.user)}
    )


def knowledge_portal(request):
    form = KnowledgeFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    page = selectors.knowledge_portal(
        request.user,
        group_slug=filters.get("group", ""),
        tag=filters.get("tag", ""),
        query=filters.get("q", ""),
        page=request.GET.get("page", 1),
    )
    return render(
        request,
        "forums/knowledge.html",
        {
            "page": page,
            "query_string": _query_without_page(request),
            "q": filters.get("q", ""),
        },
    )


def search(request):
    form = SearchForm(request.GET or None)
    query_string = _query_without_page(request)
    context = {"form": form, "query_string": query_string}
    search = None
    if form.is_valid():
        data = form.cleaned_data
        search = selectors.search_request(
            request.user,
            text=data["q"],
            group_slug=data["group"],
            section=data["section"],
            tag=data["tag"],
            author_id=data["author"],
            since=data["since"],
            until=data["until"],
        )
    if search is not None:
        page_number = whole_number(request.GET.get("page", ""), 1, minimum=1)
        # Searched only when the template finds no cached results for this key.
        context["page"] = SimpleLazyObject(
            lambda: selectors.search_page(request.user, search, page=page_number)
        )
        context["results_cache_key"] = caching.search_results_key(
            search, page_number=page_number, query_string=query_string
        )
        context["results_cache_seconds"] = caching.SEARCH_SECONDS
    return render(request, "forums/search.html", context)


def _query_without_page(request) -> str:
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()
