"""Reads about groups, threads and replies; the only place that decides who may see what."""

import hashlib
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import Exists, F, FilteredRelation, OuterRef, Prefetch, Q, QuerySet, Value
from django.utils import timezone
from django.utils.html import escape

from forums import caching
from forums.models import Group, GroupMembership, PostStatus, Reaction, Reply, Summary, Thread
from forums.text import SEARCH_CONFIG_BY_LANGUAGE, SEARCH_CONFIGS
from hrnet.pagination import CachedCountPaginator
from members.selectors import listed_members

THREADS_PER_PAGE = 25
REPLIES_PER_PAGE = 30  # links to a reply (Thread.reply_url) open the page that holds it
SEARCH_RESULTS_PER_PAGE = 20
SEARCH_CANDIDATES = 1_000  # per kind (threads, replies): the newest matches that are ranked
PUBLIC_VISIBILITIES = (Group.Visibility.OPEN,)
LISTED_VISIBILITIES = (
    Group.Visibility.OPEN,
    Group.Visibility.REQUEST,
    Group.Visibility.INVITE_ONLY,
)
MODERATOR_ROLES = (GroupMembership.Role.MANAGER, GroupMembership.Role.MODERATOR)


# --- Permissions --------------------------------------------------------------------------------


def membership_of(member, group) -> GroupMembership | None:
    if not member.is_authenticated:
        return None
    return GroupMembership.objects.filter(member=member, group=group).first()


def _is_active(membership) -> bool:
    return membership is not None and membership.status == GroupMembership.Status.ACTIVE


def can_see_group(member, group, membership=None) -> bool:
    """Whether the member may know the group exists (hidden groups: members only)."""
    if group.visibility != Group.Visibility.HIDDEN:
        return True
    if member.is_authenticated and member.is_staff:
        return True
    return _is_active(membership) or (
        membership is not None and membership.status == GroupMembership.Status.INVITED
    )


def can_read_group(member, group, membership=None) -> bool:
    """Whether the member may read the group's threads: open groups, or active members."""
    if group.visibility == Group.Visibility.OPEN:
        return True
    if member.is_authenticated and member.is_staff:
        return True
    return _is_active(membership)


def is_suspended(membership) -> bool:
    return (
        membership is not None
        and membership.suspended_until is not None
        and membership.suspended_until > timezone.now()
    )


def is_banned(membership) -> bool:
    return membership is not None and membership.status == GroupMembership.Status.BANNED


def can_post_in_group(member, group, membership=None) -> bool:
    if not member.is_authenticated or not member.is_active:
        return False
    if is_banned(membership) or is_suspended(membership):
        return False
    return _is_active(membership) or group.visibility == Group.Visibility.OPEN


def can_moderate_group(member, group, membership=None) -> bool:
    if not member.is_authenticated:
        return False
    if member.is_staff:
        return True
    return _is_active(membership) and membership.role in MODERATOR_ROLES


def can_manage_group(member, group, membership=None) -> bool:
    if not member.is_authenticated:
        return False
    if member.is_staff:
        return True
    return _is_active(membership) and membership.role == GroupMembership.Role.MANAGER


def can_edit_post(member, post, group, membership=None) -> bool:
    if not member.is_authenticated or post.is_deleted:
        return False
    return post.author_id == member.pk or can_moderate_group(member, group, membership)


def can_accept_answer(member, thread, membership=None) -> bool:
    if thread.section != Thread.Section.QUESTION or not member.is_authenticated:
        return False
    return thread.author_id == member.pk or can_moderate_group(member, thread.group, membership)


def can_write_summary(member, thread, membership=None) -> bool:
    if not member.is_authenticated:
        return False
    return thread.author_id == member.pk or can_manage_group(member, thread.group, membership)


@dataclass(frozen=True)
class GroupAccess:
    """What one member may do in one group, computed once per request."""

    membership: GroupMembership | None
    can_read: bool
    can_post: bool
    can_moderate: bool
    can_manage: bool

    @property
    def is_member(self) -> bool:
        return _is_active(self.membership)


UNKNOWN = object()  # access_to(..., membership=UNKNOWN): not read yet


def access_to(member, group, *, membership=UNKNOWN) -> GroupAccess:
    """membership: when the caller has just read it (thread_for, group_by_slug), saving a query."""
    if membership is UNKNOWN:
        membership = membership_of(member, group)
    return GroupAccess(
        membership=membership,
        can_read=can_read_group(member, group, membership),
        can_post=can_post_in_group(member, group, membership),
        can_moderate=can_moderate_group(member, group, membership),
        can_manage=can_manage_group(member, group, membership),
    )


def _active_membership(member, group_ref="pk"):
    return GroupMembership.objects.filter(
        group=OuterRef(group_ref), member=member, status=GroupMembership.Status.ACTIVE
    )


def readable_groups(member) -> QuerySet[Group]:
    """Groups whose threads the member may read."""
    if member.is_authenticated and member.is_staff:
        return Group.objects.all()
    if not member.is_authenticated:
        return Group.objects.filter(visibility__in=PUBLIC_VISIBILITIES)
    return Group.objects.filter(
        Q(visibility__in=PUBLIC_VISIBILITIES) | Exists(_active_membership(member))
    )


def visible_groups(member) -> QuerySet[Group]:
    """Groups the member may know exist (listed, or hidden ones they belong to)."""
    if member.is_authenticated and member.is_staff:
        return Group.objects.all()
    if not member.is_authenticated:
        return Group.objects.filter(visibility__in=LISTED_VISIBILITIES)
    return Group.objects.filter(
        Q(visibility__in=LISTED_VISIBILITIES) | Exists(_active_membership(member))
    )


def readable_threads(member) -> QuerySet[Thread]:
    """Published threads the member may read: in readable groups, not deleted."""
    threads = Thread.objects.filter(is_deleted=False, status=PostStatus.PUBLISHED)
    if member.is_authenticated and member.is_staff:
        return threads
    if not member.is_authenticated:
        return threads.filter(group__visibility__in=PUBLIC_VISIBILITIES)
    return threads.filter(
        Q(group__visibility__in=PUBLIC_VISIBILITIES)
        | Exists(_active_membership(member, group_ref="group_id"))
    )


# --- Groups -------------------------------------------------------------------------------------


def group_directory(member) -> QuerySet[Group]:
    """Top-level groups with their subgroups, for the group list (two queries, run only when
    the list is not in the cache: forums.caching.group_list_key)."""
    groups = visible_groups(member).order_by("name")
    subgroups = Prefetch("subgroups", queryset=visible_groups(member).order_by("name"))
    return groups.filter(parent__isnull=True).prefetch_related(subgroups)


def visible_parent(member, group) -> Group | None:
    """The parent group for the breadcrumb, unless it is hidden from this member."""
    parent = group.parent
    if parent is None or not can_see_group(member, parent, membership_of(member, parent)):
        return None
    return parent


def my_group_ids(member) -> set[int]:
    if not member.is_authenticated:
        return set()
    return set(
        GroupMembership.objects.filter(
            member=member, status=GroupMembership.Status.ACTIVE
        ).values_list("group_id", flat=True)
    )


MEMBERSHIP_FIELDS = ("id", "role", "status", "watch_level", "joined_at", "suspended_until")


def group_with_membership(member, **lookup) -> tuple[Group | None, GroupMembership | None]:
    """A group and the member's membership of it (None if they have none) in one query: the
    pages every visitor opens decide access on fresh rows, so this is read on each of them."""
    groups = Group.objects.select_related("parent").filter(**lookup)
    if not member.is_authenticated:
        return groups.first(), None
    groups = groups.annotate(
        viewer=FilteredRelation("memberships", condition=Q(memberships__member=member)),
        **{f"viewer_{name}": F(f"viewer__{name}") for name in MEMBERSHIP_FIELDS},
    )
    group = groups.first()
    if group is None or group.viewer_id is None:
        return group, None
    fields = {name: getattr(group, f"viewer_{name}") for name in MEMBERSHIP_FIELDS}
    membership = GroupMembership(group=group, member=member, **fields)
    membership._state.adding = False
    membership._state.db = group._state.db
    return group, membership


def group_by_slug(member, slug: str) -> Group | None:
    group, membership = group_with_membership(member, slug=slug)
    if group is None:
        return None
    group.viewer_membership = membership  # for access_to, in the same request
    if not can_see_group(member, group, group.viewer_membership):
        return None
    return group


def groups_of(member) -> QuerySet[GroupMembership]:
    """The member's active group memberships, most recently active group first."""
    return (
        GroupMembership.objects.filter(member=member, status=GroupMembership.Status.ACTIVE)
        .select_related("group")
        .order_by(F("group__last_activity_at").desc(nulls_last=True), "group__name")
    )


def suggested_groups(member, limit: int = 5) -> QuerySet[Group]:
    """Open groups the member is not in, biggest first: a start for newcomers."""
    return (
        Group.objects.filter(visibility=Group.Visibility.OPEN)
        .exclude(memberships__member=member)
        .order_by("-member_count", "name")[:limit]
    )


def public_group_count() -> int:
    """For the landing page: counted at most every 10 minutes."""
    return cache.get_or_set(
        "forums:landing-group-count",
        lambda: Group.objects.filter(visibility__in=LISTED_VISIBILITIES).count(),
        600,
    )


def group_members(group, page: int = 1):
    memberships = (
        GroupMembership.objects.filter(group=group, status=GroupMembership.Status.ACTIVE)
        .select_related("member__organisation")
        .order_by("-role", "member__display_name", "pk")
    )
    return Paginator(memberships, 48).get_page(page)


def group_managers(group) -> QuerySet[GroupMembership]:
    return (
        GroupMembership.objects.filter(
            group=group, status=GroupMembership.Status.ACTIVE, role__in=MODERATOR_ROLES
        )
        .select_related("member")
        .order_by("-role", "member__display_name")
    )


def pending_requests(group) -> QuerySet[GroupMembership]:
    return (
        GroupMembership.objects.filter(group=group, status=GroupMembership.Status.PENDING)
        .select_related("member__organisation")
        .order_by("joined_at")
    )


# --- Threads ------------------------------------------------------------------------------------


def _list_columns(threads: QuerySet[Thread]) -> QuerySet[Thread]:
    return threads.select_related("author", "last_reply_author", "group").prefetch_related("tags")


def group_threads(group, *, section: str, page: int = 1):
    threads = Thread.objects.filter(
        group=group, section=section, is_deleted=False, status=PostStatus.PUBLISHED
    ).order_by("-is_pinned", "-last_activity_at", "-id")
    paginator = CachedCountPaginator(
        _list_columns(threads),
        THREADS_PER_PAGE,
        count_key=caching.thread_count_key(group, section=section),
    )
    return paginator.get_page(page)


def trending_threads(member, *, group=None, limit: int = 20) -> QuerySet[Thread]:
    threads = readable_threads(member).filter(trending_score__gt=0)
    if group is not None:
        threads = threads.filter(group=group)
    return _list_columns(threads.order_by("-trending_score", "-last_activity_at"))[:limit]


def unanswered_questions(member, page: int = 1):
    threads = (
        readable_threads(member)
        .filter(section=Thread.Section.QUESTION, accepted_reply__isnull=True, reply_count=0)
        .order_by("-created_at", "-id")
    )
    return Paginator(_list_columns(threads), THREADS_PER_PAGE).get_page(page)


def readable_groups_signature(member) -> tuple:
    """What decides whose content the member may read beyond the open groups', for the keys of
    cached lists: () for a visitor or a member of no private group, ("all",) for staff, else
    the ids of their non-open groups."""
    if not member.is_authenticated:
        return ()
    if member.is_staff:
        return ("all",)
    return tuple(
        GroupMembership.objects.filter(member=member, status=GroupMembership.Status.ACTIVE)
        .exclude(group__visibility__in=PUBLIC_VISIBILITIES)
        .order_by("group_id")
        .values_list("group_id", flat=True)
    )


def jobs_board(member, *, country: str = "", role: str = "", group_slug: str = "", page: int = 1):
    """A page of job posts the member may read, newest first. Its count is cached, and the page
    has a `cache_key` for its rendered rows, shared by everyone who may read the same groups
    (a member of no private group sees what an anonymous visitor sees)."""
    threads = readable_threads(member).filter(section=Thread.Section.JOB)
    if country:
        threads = threads.filter(job_country=country)
    if role:
        threads = threads.filter(job_role=role)
    if group_slug:
        threads = threads.filter(group__slug=group_slug)
    threads = threads.order_by("-created_at", "-id")
    count_key, list_key = caching.jobs_board_keys(
        readable=readable_groups_signature(member), filters=(str(country), role, group_slug)
    )
    paginator = CachedCountPaginator(_list_columns(threads), THREADS_PER_PAGE, count_key=count_key)
    found = paginator.get_page(page)
    found.cache_key = f"{list_key}:{found.number}"
    return found


def thread_for(member, thread_id: int) -> Thread | None:
    thread = (
        Thread.objects.select_related("group", "author__organisation", "accepted_reply__author")
        .prefetch_related("tags")
        .filter(pk=thread_id)
        .first()
    )
    if thread is None:
        return None
    return _if_readable(member, thread, membership_of(member, thread.group))


def thread_for_reading(member, thread_id: int) -> Thread | None:
    """thread_for for the thread page, which nothing writes through: the thread with its tags,
    accepted answer and summary comes from Redis (caching.thread_head, kept by the versions the
    receivers bump); the group and the viewer's membership, which decide access, are read fresh
    (one query for a member of the group)."""
    thread = caching.thread_head(
        thread_id, load=_thread_head, viewer_id=member.pk if member.is_authenticated else None
    )
    if thread is None:
        return None
    group, membership = group_with_membership(member, pk=thread.group_id)
    if group is None:
        return None
    thread.group = group
    return _if_readable(member, thread, membership)


def _thread_head(thread_id: int) -> Thread | None:
    thread = (
        Thread.objects.select_related("author__organisation", "accepted_reply__author")
        .prefetch_related("tags")
        .defer("search_vector", "accepted_reply__search_vector")
    )
    thread = listed_members(listed_members(thread, "author"), "accepted_reply__author")
    thread = thread.filter(pk=thread_id).first()
    if thread is not None:
        thread.known_summary = Summary.objects.defer("search_vector").filter(thread=thread).first()
    return thread


def _if_readable(member, thread: Thread, membership) -> Thread | None:
    if not can_read_group(member, thread.group, membership):
        return None
    thread.viewer_membership = membership  # for access_to, in the same request
    if thread.is_deleted or thread.status != PostStatus.PUBLISHED:
        is_author = member.is_authenticated and thread.author_id == member.pk
        may_see = can_moderate_group(member, thread.group, membership) or (
            is_author and not thread.is_deleted
        )
        if not may_see:
            return None
    return thread


class ReplyRow(NamedTuple):
    """What the thread page needs of a reply before (or instead of) reading it (a tuple: a long
    thread's rows come out of Redis on every view)."""

    pk: int
    author_id: int | None
    status: str
    reply_to_author_id: int | None


def thread_replies(thread, page: int | str = 1, *, viewer=None, can_moderate: bool = False):
    """A page of replies as ReplyRows: published ones, plus the viewer's own waiting ones;
    moderators see all. The rows of published and waiting replies are shared by every viewer
    and kept in Redis under the thread's version; replies_for() reads the replies themselves."""
    columns = ("pk", "author_id", "status", "reply_to__author_id")
    replies = Reply.objects.filter(thread=thread).order_by("created_at", "id")
    if can_moderate:
        rows = [ReplyRow(*row) for row in replies.values_list(*columns)]
    else:
        viewer_id = viewer.pk if viewer is not None and viewer.is_authenticated else None
        shown = replies.filter(status__in=(PostStatus.PUBLISHED, PostStatus.HELD))
        rows = [
            row
            for row in caching.reply_rows(
                thread, load=lambda: [ReplyRow(*row) for row in shown.values_list(*columns)]
            )
            if row.status == PostStatus.PUBLISHED
            or (row.author_id == viewer_id and viewer_id is not None)
        ]
    paginator = Paginator(rows, REPLIES_PER_PAGE)
    if page == "last":
        page = paginator.num_pages
    elif isinstance(page, tuple):  # ("reply", id): the page that holds this reply, else the first
        position = next((n for n, row in enumerate(rows) if row.pk == page[1]), 0)
        page = position // REPLIES_PER_PAGE + 1
    return paginator.get_page(page)


def replies_for(rows) -> list[Reply]:
    """The replies of a page of ReplyRows, in their order, with what the page shows of them."""
    replies = Reply.objects.select_related("author__organisation", "reply_to__author").defer(
        "search_vector", "reply_to__search_vector", "reply_to__body_markdown"
    )
    replies = listed_members(listed_members(replies, "author"), "reply_to__author")
    by_pk = replies.in_bulk([row.pk for row in rows])
    return [by_pk[row.pk] for row in rows if row.pk in by_pk]


def helpful_marks(member, thread, replies) -> tuple[bool, set[int]]:
    """Whether the member found the thread helpful, and which of these replies (given as
    replies or as ids). All of the member's marks in the thread are read at once (one query)
    and kept under the thread's version, which every helpful mark bumps."""
    if not member.is_authenticated:
        return False, set()
    marks = caching.thread_scoped_get(thread, "marks", member.pk)
    if marks is None:
        marks = frozenset(
            Reaction.objects.filter(member=member, thread=thread).values_list("reply_id", flat=True)
        )
        caching.thread_scoped_set(thread, marks, "marks", member.pk)
    reply_ids = {getattr(reply, "pk", reply) for reply in replies}
    return (None in marks), {reply_id for reply_id in marks if reply_id in reply_ids}


def revisions_of(post):
    return post.revisions.select_related("edited_by").order_by("-created_at")


def reply_revisions_of(thread):
    from forums.models import Revision

    return (
        Revision.objects.filter(reply__thread=thread)
        .select_related("edited_by", "reply__author")
        .order_by("reply_id", "-created_at")
    )


def summary_of(thread) -> Summary | None:
    if hasattr(thread, "known_summary"):  # read with the thread (thread_for_reading)
        return thread.known_summary
    return Summary.objects.filter(thread=thread).first()


def knowledge_portal(member, *, group_slug: str = "", tag: str = "", query: str = "", page=1):
    summaries = Summary.objects.filter(is_published=True).filter(
        thread__in=readable_threads(member)
    )
    if group_slug:
        summaries = summaries.filter(thread__group__slug=group_slug)
    if tag:
        summaries = summaries.filter(thread__tags__slug=tag)
    search = multilingual_query(query)
    if search is not None:
        summaries = (
            summaries.filter(search_vector=search)
            .annotate(rank=SearchRank(F("search_vector"), search))
            .order_by("-rank", "-published_at")
        )
    else:
        summaries = summaries.order_by("-published_at", "-id")
    summaries = summaries.select_related("thread__group", "author")
    return Paginator(summaries, THREADS_PER_PAGE).get_page(page)


# --- Search -------------------------------------------------------------------------------------


def normalised_search_text(text: str) -> str:
    """The words as searched: spaces collapsed, at most 200 characters; "" without any word."""
    text = " ".join((text or "").split())[:200]
    return text if any(ch.isalnum() for ch in text) else ""


def multilingual_query(text: str) -> SearchQuery | None:
    """The words parsed by every language's configuration, ORed: each post's vector was built
    with its own language, so a Swedish inflection matches Swedish posts, and so on."""
    text = normalised_search_text(text)
    if not text:
        return None
    query = None
    for config in SEARCH_CONFIGS:
        part = SearchQuery(text, search_type="websearch", config=config)
        query = part if query is None else query | part
    return query


def combined_tsquery(text: str) -> str | None:
    """multilingual_query parsed once by PostgreSQL, each distinct parse once, as tsquery text
    (None when every configuration drops every word, e.g. stop words only).

    Most words parse alike in several languages. "hrnet" ORed with itself six times makes the
    planner believe it is in six times as many posts as it is: it then walks every thread newest
    first (120 ms at large size) where the GIN index finds the few matches in a few ms."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT string_agg(DISTINCT '(' || parsed::text || ')', ' | ') FROM"
            " (SELECT websearch_to_tsquery(config, %s) AS parsed"
            " FROM unnest(%s::regconfig[]) AS config) AS parses"
            " WHERE numnode(parsed) > 0",
            [text, SEARCH_CONFIGS],
        )
        return cursor.fetchone()[0]


class _ParsedQuery(SearchQuery):
    """A tsquery from combined_tsquery, passed as a constant the planner can estimate."""

    def __init__(self, tsquery: str):
        super().__init__(tsquery)
        self.tsquery = tsquery

    def as_sql(self, compiler, connection, **extra_context):
        return "%s::tsquery", [self.tsquery]


@dataclass(frozen=True)
class SearchRequest:
    """A search as its cached results are known by: the words and filters, normalised; which
    closed groups' posts the member may read (`scope`, "staff" for all); and the version of all
    cached searches (forums.caching), bumped when a post is edited or removed."""

    text: str
    group_slug: str = ""
    section: str = ""
    tag: str = ""
    author_id: int | None = None
    since: date | None = None
    until: date | None = None
    scope: tuple[int, ...] | str = ()
    version: int | None = None


def search_scope(member) -> tuple[int, ...] | str:
    """What a member's search may show, as a cache key: "staff" for everything, else the closed
    groups they are an active member of (everyone reads the open ones). Members of no closed
    group read what anonymous visitors read, and share their cached results."""
    if member.is_authenticated and member.is_staff:
        return "staff"
    if not member.is_authenticated:
        return ()
    closed_groups = (
        GroupMembership.objects.filter(member=member, status=GroupMembership.Status.ACTIVE)
        .exclude(group__visibility__in=PUBLIC_VISIBILITIES)
        .values_list("group_id", flat=True)
    )
    return tuple(sorted(closed_groups))


def search_request(
    member,
    *,
    text: str,
    group_slug: str = "",
    section: str = "",
    tag: str = "",
    author_id: int | None = None,
    since=None,
    until=None,
) -> SearchRequest | None:
    """The member's search, ready for search_page; None when the text has no word to look for."""
    text = normalised_search_text(text)
    if not text:
        return None
    return SearchRequest(
        text=text,
        group_slug=group_slug or "",
        section=section or "",
        tag=tag or "",
        author_id=author_id or None,
        since=since,
        until=until,
        scope=search_scope(member),
        version=caching.search_version(),
    )


@dataclass
class SearchHit:
    kind: str
    thread: Thread
    reply_id: int | None
    snippet: str
    rank: float


_HEADLINE_START, _HEADLINE_STOP = "\x02", "\x03"


def _headlines(rows: list[tuple], tsquery: str) -> dict[tuple[str, int], str]:
    """Highlighted snippets, escaped here, of a page of (kind, id, …) hits, by (kind, id), in one
    query; only posts still published and not deleted have one."""
    if not rows:
        return {}
    whens = " ".join(
        f"WHEN '{code}' THEN '{name}'::regconfig"
        for code, name in SEARCH_CONFIG_BY_LANGUAGE.items()
    )
    options = (
        'MaxFragments=2, MaxWords=28, MinWords=8, FragmentDelimiter=" … ", '
        f"StartSel={_HEADLINE_START}, StopSel={_HEADLINE_STOP}"
    )
    # Only our own constants are formatted in; the user's words are a parameter.
    sql = (
        f"SELECT 't', id, ts_headline(CASE language {whens} ELSE 'simple'::regconfig END,"  # noqa: S608  # nosec B608
        " body_markdown, %(query)s::tsquery, %(options)s) FROM forums_thread"
        " WHERE id = ANY(%(threads)s) AND NOT is_deleted AND status = 'published'"
        " UNION ALL"
        f" SELECT 'r', r.id, ts_headline(CASE t.language {whens} ELSE 'simple'::regconfig END,"
        " r.body_markdown, %(query)s::tsquery, %(options)s)"
        " FROM forums_reply r JOIN forums_thread t ON t.id = r.thread_id"
        " WHERE r.id = ANY(%(replies)s) AND NOT r.is_deleted AND r.status = 'published'"
    )
    params = {
        "query": tsquery,
        "options": options,
        "threads": [row[1] for row in rows if row[0] == "t"],
        "replies": [row[1] for row in rows if row[0] == "r"],
    }
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        found = cursor.fetchall()
    return {
        (kind, row_id): escape(snippet)
        .replace(_HEADLINE_START, "<mark>")
        .replace(_HEADLINE_STOP, "</mark>")
        for kind, row_id, snippet in found
    }


def _ranked_rows(search: SearchRequest, tsquery: str) -> list[tuple]:
    """(kind, id, thread id, rank) of the hits the search's scope may read, best first (one
    query)."""
    query = _ParsedQuery(tsquery)
    threads = Thread.objects.filter(is_deleted=False, status=PostStatus.PUBLISHED)
    if search.scope != "staff":
        # readable_threads(member), with the closed groups as the ids search_scope read for this
        # search: the planner estimates a list better than a membership subquery per thread (a
        # rare word ranked for a member took 130 ms instead of 50).
        threads = threads.filter(
            Q(group__visibility__in=PUBLIC_VISIBILITIES) | Q(group_id__in=search.scope)
        )
    if search.group_slug:
        threads = threads.filter(group__slug=search.group_slug)
    if search.section:
        threads = threads.filter(section=search.section)
    if search.tag:
        threads = threads.filter(tags__slug=search.tag)
    if search.since:
        threads = threads.filter(last_activity_at__date__gte=search.since)
    if search.until:
        threads = threads.filter(created_at__date__lte=search.until)
    thread_hits = threads.filter(search_vector=query)
    reply_hits = Reply.objects.filter(
        is_deleted=False, status=PostStatus.PUBLISHED, thread__in=threads, search_vector=query
    )
    if search.author_id:
        # Anonymous posts never answer "what did this member write?".
        thread_hits = thread_hits.filter(author_id=search.author_id, is_anonymous=False)
        reply_hits = reply_hits.filter(author_id=search.author_id, is_anonymous=False)
    # One ranked list of both kinds: a UNION ALL of (kind, id, thread id, rank), ranked among
    # the SEARCH_CANDIDATES newest matches of each kind. A word in a third of all posts matches
    # ~70,000 rows at large scale: ranking them all takes seconds, while the newest few
    # thousand come off the created_at indexes in milliseconds. Rarer words (fewer matches
    # than that) are ranked over every match.
    thread_rows = (
        thread_hits.annotate(rank=SearchRank(F("search_vector"), query), kind=Value("t"))
        .order_by("-created_at")
        .values_list("kind", "id", "id", "rank", "created_at")[:SEARCH_CANDIDATES]
    )
    reply_rows = (
        reply_hits.annotate(rank=SearchRank(F("search_vector"), query), kind=Value("r"))
        .order_by("-created_at")
        .values_list("kind", "id", "thread_id", "rank", "created_at")[:SEARCH_CANDIDATES]
    )
    sql, params = thread_rows.union(reply_rows, all=True).query.sql_with_params()
    ranked = f"SELECT kind, id, id1, rank FROM ({sql}) hits"  # noqa: S608  # nosec B608 - the ORM compiled this SQL
    with connection.cursor() as cursor:
        cursor.execute(f"{ranked} ORDER BY rank DESC, created_at DESC, id DESC", params)
        return cursor.fetchall()


def _ranking(search: SearchRequest) -> tuple[str | None, list[tuple]]:
    """The parsed query and the ranked rows of a search, kept for caching.SEARCH_SECONDS so
    paging through results and the many members searching for the same words do not rank
    again. The key holds the search version: a post edited or removed since is never served
    from here, and a new one shows up when the entry expires."""
    key = "forums:search:" + hashlib.sha256(repr(("ranking", search)).encode()).hexdigest()[:32]
    cached = cache.get(key)
    if cached is not None:
        return cached
    tsquery = combined_tsquery(search.text)
    rows = _ranked_rows(search, tsquery) if tsquery else []
    cache.set(key, (tsquery, rows), caching.SEARCH_SECONDS)
    return tsquery, rows


def search_page(member, search: SearchRequest, *, page: int | str = 1):
    """One page of a search's ranked hits, with highlighted snippets: two queries, and two more
    to rank when the ranking is not cached."""
    tsquery, ranked = _ranking(search)
    page_obj = Paginator(ranked, SEARCH_RESULTS_PER_PAGE).get_page(page)
    rows = list(page_obj.object_list)
    # Read again through readable_threads, and snippets only of posts still published: the
    # ranking may come from the cache.
    threads_by_id = {
        thread.pk: thread
        for thread in readable_threads(member)
        .filter(pk__in={row[2] for row in rows})
        .select_related("group")
        .only(*_SEARCH_HIT_FIELDS)
        .order_by()
    }
    snippets = _headlines(rows, tsquery)
    page_obj.hits = [
        SearchHit(
            kind="thread" if kind == "t" else "reply",
            thread=threads_by_id[thread_id],
            reply_id=row_id if kind == "r" else None,
            snippet=snippets[kind, row_id],
            rank=rank,
        )
        for kind, row_id, thread_id, rank in rows
        if thread_id in threads_by_id and (kind, row_id) in snippets
    ]
    return page_obj


# What templates/forums/search.html shows of a hit's thread.
_SEARCH_HIT_FIELDS = (
    "id",
    "title",
    "section",
    "language",
    "created_at",
    "group__id",
    "group__name",
    "group__slug",
)


def search_posts(
    member,
    *,
    text: str,
    group_slug: str = "",
    section: str = "",
    tag: str = "",
    author_id: int | None = None,
    since=None,
    until=None,
    page: int | str = 1,
):
    """Ranked full-text search over threads and replies the member may read; None when the text
    has no word to look for."""
    search = search_request(
        member,
        text=text,
        group_slug=group_slug,
        section=section,
        tag=tag,
        author_id=author_id,
        since=since,
        until=until,
    )
    if search is None:
        return None
    return search_page(member, search, page=page)


# --- Moderation ---------------------------------------------------------------------------------

WAITING = (PostStatus.HELD, PostStatus.HIDDEN)


MODERATES_SECONDS = 300


def moderates_key(member_id: int) -> str:
    return f"forums:moderates:{member_id}"


def moderates_any_group(member, *, known=None) -> bool:
    """Whether the account menu links to the moderation queue: asked on every signed-in page, so
    kept in Redis and forgotten when the member's memberships change (forums.receivers).
    known: the cached value, when the caller has read it already."""
    if not member.is_authenticated:
        return False
    if member.is_staff:
        return True
    key = moderates_key(member.pk)
    moderates = known if known is not None else cache.get(key)
    if moderates is None:
        moderates = moderated_groups(member).exists()
        cache.set(key, moderates, MODERATES_SECONDS)
    return moderates


def moderated_groups(member) -> QuerySet[Group]:
    """Groups whose queue the member works: all for site admins, else where they moderate."""
    if not member.is_authenticated:
        return Group.objects.none()
    if member.is_staff:
        return Group.objects.all()
    return Group.objects.filter(
        memberships__member=member,
        memberships__status=GroupMembership.Status.ACTIVE,
        memberships__role__in=MODERATOR_ROLES,
    )


def moderation_queue(member, *, group: Group | None = None, limit: int = 100):
    """Waiting threads and replies in the member's groups, oldest first (two queries)."""
    groups = moderated_groups(member)
    if group is not None:
        groups = groups.filter(pk=group.pk)
    threads = (
        Thread.objects.filter(status__in=WAITING, is_deleted=False, group__in=groups)
        .select_related("group", "author__organisation")
        .order_by("created_at")[:limit]
    )
    replies = (
        Reply.objects.filter(status__in=WAITING, is_deleted=False, thread__group__in=groups)
        .select_related("thread__group", "author__organisation")
        .order_by("created_at")[:limit]
    )
    return list(threads), list(replies)


def managed_groups(member) -> QuerySet[Group]:
    """Groups whose audit log the member may read: all for site admins, else those they manage."""
    if not member.is_authenticated:
        return Group.objects.none()
    if member.is_staff:
        return Group.objects.all()
    return Group.objects.filter(
        memberships__member=member,
        memberships__status=GroupMembership.Status.ACTIVE,
        memberships__role=GroupMembership.Role.MANAGER,
    )


def audit_entries(member, *, group: Group | None = None, page=1):
    from moderation.models import AuditEntry

    entries = AuditEntry.objects.select_related("actor", "subject").order_by("-created_at", "-id")
    if group is not None:
        entries = entries.filter(group_id=group.pk)
    elif not member.is_staff:
        entries = entries.filter(group_id__in=managed_groups(member).values("pk"))
    page_obj = Paginator(entries, 50).get_page(page)
    names = dict(
        Group.objects.filter(pk__in={e.group_id for e in page_obj.object_list}).values_list(
            "pk", "name"
        )
    )
    for entry in page_obj.object_list:
        entry.group_name = names.get(entry.group_id, "")
    return page_obj


def members_sharing_a_group(member, member_ids) -> set[int]:
    """Which of `member_ids` are active members of at least one group the member is active in."""
    my_groups = GroupMembership.objects.filter(
        member=member, status=GroupMembership.Status.ACTIVE
    ).values("group_id")
    return set(
        GroupMembership.objects.filter(
            member_id__in=list(member_ids),
            status=GroupMembership.Status.ACTIVE,
            group_id__in=my_groups,
        ).values_list("member_id", flat=True)
    )
