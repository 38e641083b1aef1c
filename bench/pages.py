"""The pages bench/web.py loads, found in the seeded database, with their SQL query counts.

Run by bench/web.py inside Django (production settings, the benchmark's database):
    python bench/pages.py  →  one JSON object on the last line of stdout:
    {"cookie": "<session cookie of the signed-in bench member>",
     "pages": [{"name", "path", "signed_in": {...}, "anonymous": {...}}, ...]}
where each {...} holds the status, queries (first request, cold cache), warm_queries (second),
writes (INSERT/UPDATE/DELETE statements) and bytes of the page as the Django test client gets it.
"""

import json
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hrnet.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.db.models import Count, Q  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402

from alumni.models import AlumniMembership, AlumniNetwork  # noqa: E402
from events.models import Event  # noqa: E402
from forums.models import Group, GroupMembership, PostStatus, Thread  # noqa: E402

WRITE = re.compile(r"^\s*(INSERT|UPDATE|DELETE)\b", re.IGNORECASE)


def word_share(word: str) -> float:
    """The share of all posts (threads and replies) whose search vector has this word."""
    tsquery = " || ".join(f"plainto_tsquery('{config}', %s)" for config in _configs())
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT (SELECT count(*) FROM forums_reply WHERE search_vector @@ ({tsquery}))"  # noqa: S608
            f" + (SELECT count(*) FROM forums_thread WHERE search_vector @@ ({tsquery})),"
            " (SELECT count(*) FROM forums_reply) + (SELECT count(*) FROM forums_thread)",
            [word] * (2 * len(_configs())),
        )
        hits, total = cursor.fetchone()
    return hits / total if total else 0.0


def _configs():
    from forums.text import SEARCH_CONFIGS

    return SEARCH_CONFIGS


def find_pages():
    open_groups = Group.objects.filter(visibility=Group.Visibility.OPEN)
    biggest = open_groups.order_by("-thread_count", "-member_count", "pk").first()
    published = Thread.objects.filter(
        is_deleted=False, status=PostStatus.PUBLISHED, group__visibility=Group.Visibility.OPEN
    )
    ten = published.filter(reply_count=10).order_by("pk").first()
    longest = published.order_by("-reply_count", "pk").first()
    network = (
        AlumniNetwork.objects.annotate(
            approved=Count("memberships", filter=Q(memberships__status="approved"))
        )
        .order_by("-approved", "pk")
        .first()
    )
    # A plain member (no staff, no group role) of the biggest group and an approved alumnus.
    member_ids = AlumniMembership.objects.filter(
        network=network, status="approved", role="alumnus"
    ).values("member_id")
    membership = (
        GroupMembership.objects.filter(
            group=biggest,
            status=GroupMembership.Status.ACTIVE,
            role=GroupMembership.Role.MEMBER,
            member_id__in=member_ids,
            member__is_staff=False,
            member__is_active=True,
        )
        .select_related("member")
        .order_by("member_id")
        .first()
    )
    event = (
        Event.objects.filter(starts_at__gte=timezone.now(), group__isnull=True)
        .order_by("-attendee_count", "pk")
        .first()
    ) or Event.objects.order_by("-attendee_count", "pk").first()
    # "hrnet" is in about a third of all posts, in every language; "intranett" (Norwegian) in a
    # few hundred (ts_stat over a sample of the seeded posts).
    common_word, rare_word = "hrnet", "intranett"
    pages = [
        ("home", "/"),
        ("group list", "/groups/"),
        (f"biggest group ({biggest.thread_count:,} threads), page 1", f"/groups/{biggest.slug}/"),
        ("biggest group, page 50", f"/groups/{biggest.slug}/?page=50"),
        ("thread, 10 replies", ten.get_absolute_url()),
        (f"thread, {longest.reply_count} replies, page 1", longest.get_absolute_url()),
        (
            f"thread, {longest.reply_count} replies, last page",
            f"{longest.get_absolute_url()}?page=last",
        ),
        ("member directory search", "/members/?q=manager"),
        (
            f"forum search, common word “{common_word}” ({word_share(common_word):.0%} of posts)",
            f"/search/?q={common_word}",
        ),
        (
            f"forum search, rare word “{rare_word}” ({word_share(rare_word):.1%} of posts)",
            f"/search/?q={rare_word}",
        ),
        ("event list", "/events/"),
        ("event page", event.get_absolute_url()),
        ("jobs board", "/jobs/"),
        ("alumni directory", f"/alumni/{network.slug}/directory/"),
    ]
    return membership.member, pages


def measure(client, path):
    """Status, queries (cold, then warm) and bytes of one page."""
    counts, writes = [], 0
    for _attempt in range(2):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path, HTTP_HOST="127.0.0.1")
        counts.append(len(queries))
        writes += sum(1 for query in queries.captured_queries if WRITE.match(query["sql"]))
    return {
        "status": response.status_code,
        "queries": counts[0],
        "warm_queries": counts[1],
        "writes": writes,
        "bytes": len(response.content),
    }


def main():
    member, pages = find_pages()
    signed_in = Client()
    signed_in.force_login(member)
    anonymous = Client()
    results = []
    for name, path in pages:
        results.append(
            {
                "name": name,
                "path": path,
                "signed_in": measure(signed_in, path),
                "anonymous": measure(anonymous, path),
            }
        )
    cookie = (
        f"{settings.SESSION_COOKIE_NAME}={signed_in.cookies[settings.SESSION_COOKIE_NAME].value}"
    )
    print(json.dumps({"member": member.email, "cookie": cookie, "pages": results}))


if __name__ == "__main__":
    main()
