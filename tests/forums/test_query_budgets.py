"""Query budgets: what a forums page costs, whatever the number of rows.

Each page is measured with a few rows and with many (3 vs 30 rows, 5 vs 200 replies); both must
fit the SAME budget. Measured for a signed-in member, then set one above the measurement.

Every page for a signed-in member pays 3 queries outside the forums: the member (the session
lives in the cache), the unread notifications count and the "moderates any group" check of the
header. Measured totals, with what the rest pays for:

- group list 6: top-level groups; their subgroups (one prefetch); my group ids. The rendered
  list is cached (forums.caching.group_list_key): a second look costs 4.
- group page 9: group by slug; membership (twice: visibility check, then access); count; the
  page of threads with authors, last reply authors and groups; their tags (one prefetch).
- thread page 11, page 1 or last, 5 or 200 replies: thread with group, author, organisation and
  accepted answer; its tags; membership (twice); count; the page of 50 replies with authors,
  organisations and replied-to authors; the viewer's helpful marks; the summary.
- search 8, nothing cached: the closed groups the member reads; the words parsed; the ranked
  hits (count and page come from it); the page's threads; their snippets. Cached: only the first
  of these (tests/forums/test_search_cache.py).
- jobs board 7: the non-open groups the member reads (the cache key); count; the page of jobs
  with authors and groups; their tags. Count and rendered rows are cached: a second look costs 4.
- knowledge portal 5: count; the page of summaries with threads, groups and authors.
- trending 5: threads with authors and groups; their tags.
- unanswered 6: count; the page of questions with authors and groups; their tags.
"""

import pytest
from django.urls import reverse

from forums import selectors, services
from forums.models import Thread
from tests.factories import MemberFactory, OrganisationFactory
from tests.forums.factories import add_member, make_group, make_job, make_reply, make_thread

pytestmark = pytest.mark.django_db

GROUP_LIST_BUDGET = 7
GROUP_PAGE_BUDGET = 10
THREAD_PAGE_BUDGET = 12
JOBS_BUDGET = 8
SEARCH_BUDGET = 9
KNOWLEDGE_BUDGET = 6
TRENDING_BUDGET = 6
UNANSWERED_BUDGET = 7

SMALL_AND_LARGE = pytest.mark.parametrize("rows", [3, 30], ids=["3-rows", "30-rows"])


def people(count):
    """Members with organisations, so a page that forgot select_related would show it."""
    return [MemberFactory(organisation=OrganisationFactory()) for _ in range(count)]


@pytest.fixture
def viewer(db):
    return MemberFactory(display_name="Vera Viewer", organisation=OrganisationFactory())


@pytest.fixture
def viewer_client(client, viewer):
    client.force_login(viewer)
    return client


def filled_group(manager, viewer, rows, *, section=Thread.Section.DISCUSSION, **group_fields):
    """A group the viewer belongs to, with `rows` tagged threads by different people, each with a
    reply by yet another member (so every row has an author and a last reply author)."""
    group = make_group(manager=manager, **group_fields)
    add_member(group, viewer)
    authors = people(rows)
    for number, author in enumerate(authors):
        add_member(group, author)
        thread = make_thread(
            group=group, author=author, section=section, tags=[f"tag{number}", "payroll"]
        )
        make_reply(thread=thread, author=authors[(number + 1) % rows])
    return group


@SMALL_AND_LARGE
def test_group_list_budget(viewer_client, viewer, manager, rows, django_assert_max_num_queries):
    for number in range(rows):
        parent = make_group(manager=manager, name=f"Parent {number}")
        add_member(parent, viewer)
        for sub in range(2):
            make_group(manager=manager, name=f"Sub {number}.{sub}", parent=parent)
        make_group(manager=manager, name=f"Hidden {number}", visibility="hidden", parent=parent)

    with django_assert_max_num_queries(GROUP_LIST_BUDGET):
        response = viewer_client.get(reverse("forums:group_list"))

    assert response.status_code == 200
    assert len(response.context["groups"]) == rows


@SMALL_AND_LARGE
def test_group_page_budget(viewer_client, viewer, manager, rows, django_assert_max_num_queries):
    group = filled_group(manager, viewer, rows)

    with django_assert_max_num_queries(GROUP_PAGE_BUDGET):
        response = viewer_client.get(group.get_absolute_url())

    assert response.status_code == 200
    assert len(response.context["page"].object_list) == min(rows, 25)


@pytest.mark.parametrize("replies", [5, 200], ids=["5-replies", "200-replies"])
@pytest.mark.parametrize("page", ["1", "last"])
def test_thread_page_budget(
    viewer_client, viewer, manager, replies, page, django_assert_max_num_queries
):
    group = make_group(manager=manager)
    add_member(group, viewer)
    question = make_thread(group=group, section=Thread.Section.QUESTION, tags=["payroll", "gdpr"])
    authors = people(min(replies, 10))
    for author in authors:
        add_member(group, author)
    earlier = []
    for number in range(replies):
        reply = make_reply(
            thread=question,
            author=authors[number % len(authors)],
            reply_to=earlier[-1] if earlier and number % 3 == 0 else None,
        )
        earlier.append(reply)
        if number % 4 == 0:
            services.toggle_helpful(member=viewer, thread=question, reply=reply)
    services.accept_answer(member=question.author, thread=question, reply=earlier[0])
    services.save_summary(
        author=question.author, thread=question, title="Summary", body="Text", publish=True
    )

    with django_assert_max_num_queries(THREAD_PAGE_BUDGET):
        response = viewer_client.get(question.get_absolute_url(), {"page": page})

    assert response.status_code == 200
    per_page = selectors.REPLIES_PER_PAGE
    on_last_page = (replies - 1) % per_page + 1
    expected = min(replies, per_page) if page == "1" else on_last_page
    assert len(response.context["page"].object_list) == expected


@SMALL_AND_LARGE
def test_jobs_board_budget(viewer_client, viewer, manager, rows, django_assert_max_num_queries):
    groups = [make_group(manager=manager) for _ in range(3)]
    for number, author in enumerate(people(rows)):
        make_job(group=groups[number % 3], author=author)

    with django_assert_max_num_queries(JOBS_BUDGET):
        response = viewer_client.get(reverse("forums:jobs"))

    assert response.status_code == 200
    assert response.context["page"].paginator.count == rows


@SMALL_AND_LARGE
def test_search_budget(viewer_client, viewer, manager, rows, django_assert_max_num_queries):
    group = make_group(manager=manager)
    for number, author in enumerate(people(rows)):
        thread = make_thread(
            group=group, author=author, body=f"Pension question {number}: which provider?"
        )
        make_reply(thread=thread, body=f"Pension answer {number}: the collective one")

    with django_assert_max_num_queries(SEARCH_BUDGET):
        response = viewer_client.get(reverse("forums:search"), {"q": "pension"})

    assert response.status_code == 200
    assert response.context["page"].paginator.count == 2 * rows


@SMALL_AND_LARGE
def test_knowledge_portal_budget(
    viewer_client, viewer, manager, rows, django_assert_max_num_queries
):
    groups = [make_group(manager=manager) for _ in range(3)]
    for number, author in enumerate(people(rows)):
        thread = make_thread(group=groups[number % 3], author=author)
        services.save_summary(
            author=author, thread=thread, title=f"Summary {number}", body="Text", publish=True
        )

    with django_assert_max_num_queries(KNOWLEDGE_BUDGET):
        response = viewer_client.get(reverse("forums:knowledge"))

    assert response.status_code == 200
    assert response.context["page"].paginator.count == rows


@SMALL_AND_LARGE
def test_trending_budget(viewer_client, viewer, manager, rows, django_assert_max_num_queries):
    for _ in range(3):
        filled_group(manager, viewer, rows // 3)
    services.refresh_trending_scores()

    with django_assert_max_num_queries(TRENDING_BUDGET):
        response = viewer_client.get(reverse("forums:trending"))

    assert response.status_code == 200
    assert len(response.context["threads"]) == min(rows, 20)


@SMALL_AND_LARGE
def test_unanswered_budget(viewer_client, viewer, manager, rows, django_assert_max_num_queries):
    groups = [make_group(manager=manager) for _ in range(3)]
    for number, author in enumerate(people(rows)):
        make_thread(
            group=groups[number % 3],
            author=author,
            section=Thread.Section.QUESTION,
            tags=["payroll", f"tag{number}"],
        )

    with django_assert_max_num_queries(UNANSWERED_BUDGET):
        response = viewer_client.get(reverse("forums:unanswered"))

    assert response.status_code == 200
    assert response.context["page"].paginator.count == rows
