"""The moderation queue, flags and the audit log (views; rules live in forums.moderation)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from forums import anonymity, moderation, selectors
from forums.models import Group, PostStatus, Reply, Thread
from hrnet.inputs import local_path, plain_text, whole_number
from hrnet.ratelimit import rate_limited
from members.models import Member


def _queue_group(request) -> Group | None:
    slug = plain_text(request.GET.get("group") or request.POST.get("group") or "", 140)
    if not slug:
        return None
    group = selectors.moderated_groups(request.user).filter(slug=slug).first()
    if group is None:
        raise Http404
    return group


def _post(kind: str, post_id: int):
    model = {"thread": Thread, "reply": Reply}.get(kind)
    if model is None:
        raise Http404
    related = ["group"] if model is Thread else ["thread__group"]
    return get_object_or_404(model.objects.select_related(*related), pk=post_id)


def _back(request, fallback: str):
    target = local_path(request, request.POST.get("next", ""))
    return HttpResponseRedirect(target) if target else redirect(fallback)


@login_required
def queue(request):
    groups = selectors.moderated_groups(request.user)
    if not groups.exists():
        raise Http404
    group = _queue_group(request)
    threads, replies = selectors.moderation_queue(request.user, group=group)
    # The queue shows authors to the group's moderators; anonymous ones are audited.
    revealed = [post for post in [*threads, *replies] if post.is_anonymous]
    for post in revealed:
        post.is_revealed = True
    anonymity.reveal_to(request.user, revealed)
    return render(
        request,
        "forums/moderation_queue.html",
        {
            "groups": groups.order_by("name"),
            "group": group,
            "threads": threads,
            "replies": replies,
            "reasons": moderation.RejectReason,
        },
    )


@login_required
@require_POST
def decide(request, kind, post_id):
    post = _post(kind, post_id)
    try:
        moderation.decide(
            moderator=request.user,
            post=post,
            decision=request.POST.get("decision", ""),
            reason=request.POST.get("reason", ""),
            note=request.POST.get("note", "")[:500],
        )
    except PermissionDenied as error:
        raise Http404 from error
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Done."))
    return _back(request, "forums:moderation_queue")


@login_required
@require_POST
def decide_many(request):
    decision = request.POST.get("decision", "")
    reason = request.POST.get("reason", "")
    posts = []
    for value in request.POST.getlist("posts")[:200]:
        kind, _sep, post_id = value.partition(":")
        post_id = whole_number(post_id, minimum=1)
        if post_id is not None and kind in ("thread", "reply"):
            posts.append(_post(kind, post_id))
    if not posts:
        messages.error(request, _("Select at least one post."))
        return _back(request, "forums:moderation_queue")
    try:
        done = moderation.decide_many(
            moderator=request.user, posts=posts, decision=decision, reason=reason
        )
    except PermissionDenied as error:
        raise Http404 from error
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("%(count)d posts done.") % {"count": done})
    return _back(request, "forums:moderation_queue")


@login_required
@rate_limited("flag")
def flag(request, kind, post_id):
    """GET: the flag form for one post (a page of its own: the thread page carries one link per
    post, not one form per post); POST: send the flag."""
    post = _post(kind, post_id)
    thread = post if isinstance(post, Thread) else post.thread
    if selectors.thread_for(request.user, thread.pk) is None:
        raise Http404
    if post.status != PostStatus.PUBLISHED or post.is_deleted:
        raise Http404
    back_url = thread.get_absolute_url() if post is thread else thread.reply_url(post.pk)
    if request.method != "POST":
        return render(
            request,
            "forums/flag.html",
            {"post": post, "kind": kind, "thread": thread, "back_url": back_url},
        )
    try:
        hidden = moderation.flag_post(
            flagger=request.user,
            post=post,
            reason=request.POST.get("reason", ""),
            note=request.POST.get("note", "")[:500],
        )
    except (ValidationError, PermissionDenied) as error:
        messages.error(request, " ".join(getattr(error, "messages", [str(error)])))
    else:
        messages.success(
            request,
            _("Thank you. The post is hidden until a moderator has looked at it.")
            if hidden
            else _("Thank you. A moderator will look at the post; we will tell you the outcome."),
        )
    return redirect(thread.get_absolute_url())


@login_required
@require_POST
def act_on_member(request, member_id):
    group = _queue_group(request)
    if group is None:
        raise Http404
    member = get_object_or_404(Member, pk=member_id)
    action = request.POST.get("action", "")
    reason = request.POST.get("reason", "")[:500]
    try:
        if action == "suspend":
            moderation.suspend_member(
                moderator=request.user,
                group=group,
                member=member,
                days=whole_number(request.POST.get("days", ""), 7, minimum=1, maximum=3650),
                reason=reason,
            )
            messages.success(
                request,
                _("%(name)s cannot post in this group for now.") % {"name": member.public_name},
            )
        elif action == "ban":
            moderation.ban_member(moderator=request.user, group=group, member=member, reason=reason)
            messages.success(
                request,
                _("%(name)s has been banned from this group.") % {"name": member.public_name},
            )
        else:
            raise Http404
    except PermissionDenied as error:
        raise Http404 from error
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return _back(request, "forums:moderation_queue")


@login_required
def audit_log(request):
    managed = selectors.managed_groups(request.user)
    if not managed.exists():
        raise Http404
    group = _queue_group(request)
    if group is not None and not managed.filter(pk=group.pk).exists():
        raise Http404
    page = selectors.audit_entries(request.user, group=group, page=request.GET.get("page", 1))
    return render(
        request,
        "forums/audit_log.html",
        {
            "page": page,
            "group": group,
            "groups": managed.order_by("name"),
            "query_string": f"group={group.slug}" if group else "",
        },
    )
