from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from members.models import Member
from notifications import selectors, services, unsubscribe
from notifications.models import Notification


@login_required
def notification_list(request):
    return render(
        request,
        "notifications/list.html",
        {
            "page": selectors.notifications_of(request.user, request.GET.get("page", 1)),
        },
    )


@login_required
@require_POST
def mark_all_read(request):
    services.mark_read(member=request.user)
    return redirect("notifications:list")


@login_required
def open_notification(request, notification_id):
    notification = get_object_or_404(Notification, pk=notification_id, recipient=request.user)
    services.mark_read(member=request.user, notification_ids=[notification.pk])
    target = notification.url or "/"
    if not url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        target = "/"
    return redirect(target)


@csrf_exempt  # RFC 8058: mail clients POST "List-Unsubscribe=One-Click" without a session
def unsubscribe_view(request, token):
    """GET shows a confirmation button; POST (the button, or a mail client) unsubscribes."""
    parsed = unsubscribe.read_token(token)
    member = Member.objects.filter(pk=parsed[0], is_active=True).first() if parsed else None
    if member is None:
        return render(request, "notifications/unsubscribe.html", {"invalid": True}, status=404)
    topic = parsed[1]
    done = False
    if request.method == "POST":
        done = unsubscribe.apply(member, topic)
    return render(
        request,
        "notifications/unsubscribe.html",
        {
            "member": member,
            "topic": topic,
            "done": done,
            "token": token,
        },
    )
