"""Cached search results (forums.caching, selectors.search_page): a cached search is served
without reading posts again, yet never shows a post edited or removed since, nor a post the
viewer may not read; and search still works while Redis is unreachable."""

import re

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from forums import caching, moderation, selectors, services
from forums.models import Group
from hrnet.cache import ResilientRedisCache
from moderation.models import Flag
from tests.factories import MemberFactory
from tests.forums.factories import add_member, make_group, make_reply, make_thread

pytestmark = pytest.mark.django_db

# A signed-in member's cached search: the 3 queries every signed-in page pays (member, unread
# notifications, "moderates any group") and the closed groups they may read.
CACHED_SEARCH_BUDGET = 4

HIT = re.compile(r'<li class="card search-hit">\s*<h2><a href="([^"]+)">([^<]*)</a>')
RESULTS = re.compile(r'<p class="muted" role="status">.*?</ol>', re.DOTALL)


def signed_in(member) -> Client:
    client = Client()
    client.force_login(member)
    return client


def search_page(client, words: str, **filters) -> str:
    response = client.get("/search/", {"q": words, **filters})
    assert response.status_code == 200
    return response.content.decode()


def hits(client, words: str, **filters) -> list[tuple[str, str]]:
    """(link, thread title) of every hit on the first page of results."""
    return HIT.findall(search_page(client, words, **filters))


def titles(client, words: str) -> list[str]:
    return [title for _link, title in hits(client, words)]


def post_reads(captured) -> list[str]:
    """The queries of a request that read posts or search them."""
    return [
        query["sql"]
        for query in captured
        if "forums_thread" in query["sql"]
        or "forums_reply" in query["sql"]
        or "tsquery" in query["sql"]
    ]


@pytest.fixture
def group(db):
    return make_group(manager=MemberFactory(), name="Payroll Nordic")


@pytest.fixture
def closed_group(db):
    return make_group(manager=MemberFactory(), name="HR Directors", visibility="request")


# --- Served from the cache ----------------------------------------------------------------------


def test_a_repeated_search_is_served_from_the_cache_with_the_same_results(client, group):
    make_thread(group=group, title="Flexitime rules", body="Our flexitime agreement explained")
    other = make_thread(group=group, title="Overtime")
    make_reply(thread=other, body="Flexitime saved our overtime budget")
    first = RESULTS.search(search_page(client, "flexitime")).group(0)

    with CaptureQueriesContext(connection) as captured:
        again = RESULTS.search(search_page(client, "flexitime")).group(0)

    assert again == first
    assert "2 results" in again
    assert "<mark>flexitime</mark>" in again.lower()
    assert post_reads(captured) == []


def test_a_cached_ranking_serves_another_page_with_two_queries(group, django_assert_num_queries):
    for number in range(25):
        make_thread(group=group, title=f"Pension {number}", body=f"Pension scheme {number}")
    first_page = selectors.search_posts(AnonymousUser(), text="pension")

    # The ranking (parse, rank) is cached: the second page reads its threads and snippets only.
    with django_assert_num_queries(2):
        second_page = selectors.search_posts(AnonymousUser(), text="pension", page=2)

    assert first_page.paginator.count == second_page.paginator.count == 25
    assert len(first_page.hits) == 20
    assert len(second_page.hits) == 5
    assert not {hit.thread.pk for hit in first_page.hits} & {
        hit.thread.pk for hit in second_page.hits
    }


def test_words_that_differ_only_in_spacing_share_the_cached_ranking(client, group):
    make_thread(group=group, title="Sick leave", body="Sick leave rules for part-timers")
    search_page(client, "sick leave")

    # Another page (its links repeat the words as typed), but nothing parsed or ranked again.
    with CaptureQueriesContext(connection) as captured:
        found = titles(client, "  sick   leave ")

    assert found == ["Sick leave"]
    assert not [sql for sql in post_reads(captured) if "ts_rank" in sql or "string_agg" in sql]


@pytest.mark.parametrize("viewer", ["anonymous", "member"])
def test_a_cached_search_costs_the_same_queries_with_few_or_many_posts(
    viewer, group, django_assert_max_num_queries
):
    client = Client() if viewer == "anonymous" else signed_in(MemberFactory())

    def cached_search_queries(expected_results: int) -> int:
        caching.bump_search()  # nothing cached yet for this search
        assert f"{expected_results} results" in search_page(client, "pension")  # fills the cache
        with (
            CaptureQueriesContext(connection) as captured,
            django_assert_max_num_queries(CACHED_SEARCH_BUDGET),
        ):
            page = search_page(client, "pension")
        assert f"{expected_results} results" in page
        assert post_reads(captured) == []
        return len(captured)

    for number in range(3):
        make_reply(thread=make_thread(group=group, body=f"Pension {number}"), body="Pension!")
    few = cached_search_queries(6)
    for number in range(30):
        make_reply(thread=make_thread(group=group, body=f"Pension {number}"), body="Pension!")
    many = cached_search_queries(66)

    assert few == many


# --- Removed or changed posts leave cached results at once --------------------------------------


@pytest.fixture
def reply_about_flexitime(group):
    author = add_member(group).member
    thread = make_thread(group=group, title="Onboarding", body="Week one for newcomers")
    return make_reply(thread=thread, author=author, body="Our flexitime agreement explained")


def test_a_deleted_reply_leaves_cached_results_at_once(client, reply_about_flexitime):
    member = signed_in(MemberFactory())
    for viewer in (client, member):
        assert titles(viewer, "flexitime") == ["Onboarding"]

    services.delete_reply(member=reply_about_flexitime.author, reply=reply_about_flexitime)

    for viewer in (client, member):
        page = search_page(viewer, "flexitime")
        assert HIT.findall(page) == []
        assert "0 results" in page


def test_a_deleted_thread_leaves_cached_results_at_once(client, group):
    thread = make_thread(group=group, title="Flexitime rules", body="Flexitime explained")
    assert titles(client, "flexitime") == ["Flexitime rules"]

    services.delete_thread(member=thread.author, thread=thread)

    assert titles(client, "flexitime") == []


def test_a_reply_hidden_by_flags_leaves_cached_results_at_once(
    settings, client, group, reply_about_flexitime
):
    settings.MODERATION_FLAGS_TO_HIDE = 1
    assert titles(client, "flexitime") == ["Onboarding"]

    hidden = moderation.flag_post(
        flagger=add_member(group).member, post=reply_about_flexitime, reason=Flag.Reason.SPAM
    )

    assert hidden
    assert titles(client, "flexitime") == []


def test_an_edited_reply_shows_its_new_text_at_once(client, reply_about_flexitime):
    assert "agreement" in search_page(client, "flexitime")

    services.edit_reply(
        editor=reply_about_flexitime.author,
        reply=reply_about_flexitime,
        body="Flexitime is gone since the reorganisation",
    )

    page = search_page(client, "flexitime")
    assert "agreement" not in page
    assert "reorganisation" in page


# --- Only what the viewer may read, cached or not ------------------------------------------------


@pytest.fixture
def confidential(closed_group):
    return make_thread(
        group=closed_group, title="Confidential plan", body="The restructuring starts in May"
    )


@pytest.mark.parametrize("insider_first", [True, False], ids=["insider-first", "outsider-first"])
def test_a_closed_groups_post_is_found_by_its_members_only_cached_or_not(
    client, closed_group, confidential, insider_first
):
    insider = signed_in(add_member(closed_group).member)
    outsider = signed_in(MemberFactory())
    # A member of another closed group, and one of an open group only.
    other_closed = make_group(manager=MemberFactory(), visibility="invite_only")
    stranger = signed_in(add_member(other_closed).member)
    open_member = signed_in(add_member(make_group(manager=MemberFactory())).member)
    outsiders = (outsider, stranger, open_member, client)
    viewers = [insider, *outsiders] if insider_first else [*outsiders, insider]

    for _round in range(2):  # the second round is served from the cache
        for viewer in viewers:
            expected = ["Confidential plan"] if viewer is insider else []
            assert titles(viewer, "restructuring") == expected


def test_a_member_who_leaves_a_closed_group_no_longer_finds_its_posts(closed_group, confidential):
    member = add_member(closed_group).member
    client = signed_in(member)
    assert titles(client, "restructuring") == ["Confidential plan"]

    services.leave_group(member=member, group=closed_group)

    assert titles(client, "restructuring") == []


def test_posts_of_a_group_that_closes_leave_anonymous_cached_results_at_once(client, group):
    make_thread(group=group, title="Flexitime rules", body="Flexitime explained")
    assert titles(client, "flexitime") == ["Flexitime rules"]

    group.visibility = Group.Visibility.REQUEST
    group.save()

    assert titles(client, "flexitime") == []


def test_members_of_no_closed_group_share_the_anonymous_visitors_cached_results(
    closed_group, group
):
    insider = add_member(closed_group).member
    open_member = add_member(group).member

    assert selectors.search_scope(open_member) == selectors.search_scope(AnonymousUser()) == ()
    assert selectors.search_scope(insider) == (closed_group.pk,)


# --- Redis unreachable ---------------------------------------------------------------------------


@pytest.fixture
def redis_down(settings, tmp_path):
    """The cache pointed at a Redis socket nobody listens on (asked every time, never answering)."""
    settings.CACHES = {
        "default": {
            "BACKEND": "hrnet.cache.ResilientRedisCache",
            "LOCATION": f"unix://{tmp_path / 'gone.sock'}?db=1",
        }
    }
    ResilientRedisCache.pause_after_failure = 0.0
    yield
    ResilientRedisCache.pause_after_failure = 2.0


def test_search_works_without_redis_and_still_drops_deleted_posts(
    redis_down, client, reply_about_flexitime, closed_group, confidential
):
    insider = signed_in(add_member(closed_group).member)
    assert caching.search_version() is None  # nothing is cached while Redis is unreachable

    assert titles(client, "flexitime") == ["Onboarding"]
    assert titles(client, "flexitime") == ["Onboarding"]
    assert titles(insider, "restructuring") == ["Confidential plan"]
    assert titles(client, "restructuring") == []

    services.delete_reply(member=reply_about_flexitime.author, reply=reply_about_flexitime)

    assert titles(client, "flexitime") == []
