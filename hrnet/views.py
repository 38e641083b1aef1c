"""Pages that bring several apps together: the landing page and the member's home."""

import sys
from datetime import timedelta

from django.conf import settings
from django.db import connection
from django.http import Http404, JsonResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import timezone
from django.views import defaults

from events import selectors as event_selectors
from forums import selectors as forum_selectors
from hrnet.middleware import database_unavailable_response, is_database_unavailable
from members import home_cache
from members import selectors as member_selectors


def home(request):
    if not request.user.is_authenticated:
        return render(
            request,
            "landing.html",
            {
                "member_total": member_selectors.member_count(),
                "group_total": forum_selectors.public_group_count(),
                "events": event_selectors.upcoming_public_events(),
            },
        )
    member = request.user

    def render_content() -> str:
        return render_to_string(
            "partials/home_content.html",
            {
                "user": member,
                "memberships": forum_selectors.groups_of(member)[:8],
                "suggested_groups": forum_selectors.suggested_groups(member),
                "events": event_selectors.upcoming_events_for(member),
                "invitations_sent": member_selectors.invitations_of(member)[:5],
                "joined_through_me": member_selectors.joined_through(member).count(),
            },
        )

    return render(
        request, "home.html", {"home_content": home_cache.cached_home(member, render_content)}
    )


def healthz(request):
    """Liveness for the container healthcheck: the database answers."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"})


def server_error(request):
    """handler500: the 503 page when the database is unreachable, else the static 500 page."""
    error = sys.exc_info()[1]
    if is_database_unavailable(error):
        return database_unavailable_response(request)
    return defaults.server_error(request)


def bench_ceiling(request):
    """The benchmark's ceiling: the base template and 25 rows of in-memory data, no database.

    Served only when settings.BENCH_CEILING_PAGE is on (bench/web.py); every page's throughput
    is reported as a share of this one's."""
    if not settings.BENCH_CEILING_PAGE:
        raise Http404
    now = timezone.now()
    rows = [
        {
            "title": f"Onboarding checklist number {n} for remote hires",
            "author": f"Member {n}",
            "created_at": now - timedelta(hours=n * 5),
            "reply_count": n * 7,
            "view_count": n * 131,
            "last_activity_at": now - timedelta(minutes=n * 17),
        }
        for n in range(1, 26)
    ]
    return render(request, "bench/ceiling.html", {"rows": rows})
