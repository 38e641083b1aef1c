from datetime import date, timedelta

import pytest
from django.utils import timezone

from forums import selectors, services
from forums.models import PostStatus, Reply, Thread
from tests.factories import MemberFactory
from tests.forums.factories import add_member, make_group, make_reply, make_thread

pytestmark = pytest.mark.django_db


def search(member, text, **filters):
    page = selectors.search_posts(member, text=text, **filters)
    return page.hits if page is not None else None


def found_threads(member, text, **filters):
    return [hit.thread for hit in search(member, text, **filters)]


# --- Languages ------------------------------------------------------------------------------------


def test_swedish_plural_is_found_by_the_singular(manager, outsider):
    group = make_group(manager=manager, language="sv")
    thread = make_thread(
        group=group,
        title="Semester och lön",
        body="Hur räknar ni semesterlöner för timanställda under sommaren?",
        language="sv",
    )

    hits = search(outsider, "semesterlön")

    assert [hit.thread for hit in hits] == [thread]
    assert "<mark>semesterlöner</mark>" in hits[0].snippet


def test_dutch_plural_is_found_by_the_singular(open_group, outsider):
    # PostgreSQL's Dutch stemmer maps salarisverhogingen and salarisverhoging to one stem (it
    # does not undouble "salarissen" -> "salaris", so that pair is no test of our search).
    thread = make_thread(
        group=open_group,
        title="Loonronde",
        body="Wanneer gaan bij jullie de salarisverhogingen in voor nieuwe medewerkers?",
        language="nl",
    )

    hits = search(outsider, "salarisverhoging")

    assert [hit.thread for hit in hits] == [thread]
    assert "<mark>salarisverhogingen</mark>" in hits[0].snippet


def test_dutch_irregular_plural_is_found(open_group, outsider):
    thread = make_thread(
        group=open_group,
        title="Cao",
        body="De lonen stijgen volgend jaar met vier procent.",
        language="nl",
    )

    assert found_threads(outsider, "loon") == [thread]


def test_english_plural_is_found_by_the_singular(open_group, outsider):
    thread = make_thread(
        group=open_group, title="Month end", body="We run two payrolls a month for hourly staff."
    )

    assert found_threads(outsider, "payroll") == [thread]


def test_an_unrelated_word_finds_nothing(open_group, outsider):
    make_thread(group=open_group, body="We run two payrolls a month for hourly staff.")

    assert search(outsider, "recruitment") == []


def test_a_query_without_words_is_no_search(outsider):
    assert selectors.search_posts(outsider, text=" !? ") is None


def test_replies_are_found_and_point_to_their_thread(open_group, outsider):
    thread = make_thread(group=open_group, title="Sick leave", body="What is your process?")
    reply = make_reply(thread=thread, body="We call our occupational health provider first.")

    hits = search(outsider, "occupational")

    assert [(hit.kind, hit.thread, hit.reply_id) for hit in hits] == [("reply", thread, reply.pk)]
    assert "<mark>occupational</mark>" in hits[0].snippet


def test_the_snippet_never_returns_html_tags_from_the_post(open_group, outsider):
    make_thread(
        group=open_group,
        title="Markup question",
        body="Our template shows <b>x</b> and <script>alert(1)</script> next to the bonus field.",
    )

    snippet = search(outsider, "bonus")[0].snippet

    # PostgreSQL leaves complete tags out of a headline; what is left must not be markup.
    assert "<b>" not in snippet
    assert "<script" not in snippet
    assert "<mark>bonus</mark>" in snippet


def test_the_snippet_escapes_what_looks_like_html(open_group, outsider):
    make_thread(
        group=open_group,
        title="Markup question",
        body="Our template shows <img src=x onerror=alert(1)// next to the bonus field & more",
    )

    snippet = search(outsider, "bonus")[0].snippet

    assert "&lt;img src=x onerror=alert(1)//" in snippet
    assert "<img" not in snippet
    assert "<mark>bonus</mark> field &amp; more" in snippet


# --- Filters --------------------------------------------------------------------------------------


def test_group_filter_keeps_one_group(manager, open_group, outsider):
    other = make_group(manager=manager)
    here = make_thread(group=open_group, body="Pension schemes for consultants, anyone?")
    make_thread(group=other, body="Pension schemes for interim managers, anyone?")

    assert found_threads(outsider, "pension", group_slug=open_group.slug) == [here]


def test_section_filter_keeps_one_section(open_group, outsider):
    question = make_thread(
        group=open_group, section=Thread.Section.QUESTION, body="Which pension provider?"
    )
    make_thread(group=open_group, body="Pension changes next year are big news")

    assert found_threads(outsider, "pension", section="question") == [question]


def test_tag_filter_keeps_tagged_threads(open_group, outsider):
    tagged = make_thread(group=open_group, body="Pension schemes for consultants", tags=["pension"])
    make_thread(group=open_group, body="Pension schemes for managers", tags=["benefits"])

    assert found_threads(outsider, "pension", tag="pension") == [tagged]


def test_author_filter_keeps_one_authors_threads_and_replies(open_group, outsider):
    author = add_member(open_group).member
    own = make_thread(group=open_group, author=author, body="Pension schemes for consultants")
    elsewhere = make_thread(group=open_group, body="Pension for managers")
    own_reply = make_reply(thread=elsewhere, author=author, body="Our pension is defined benefit")
    make_reply(thread=own, body="Pension via the collective agreement here")

    hits = search(outsider, "pension", author_id=author.pk)

    assert {(hit.thread, hit.reply_id) for hit in hits} == {(own, None), (elsewhere, own_reply.pk)}


def test_date_filters_keep_threads_of_the_period(open_group, outsider):
    old = make_thread(group=open_group, body="Pension schemes in the old days")
    new = make_thread(group=open_group, body="Pension schemes these days")
    long_ago = timezone.now() - timedelta(days=60)
    Thread.objects.filter(pk=old.pk).update(created_at=long_ago, last_activity_at=long_ago)
    a_month_ago = date.today() - timedelta(days=30)

    assert found_threads(outsider, "pension", since=a_month_ago) == [new]
    assert found_threads(outsider, "pension", until=a_month_ago) == [old]


# --- Visibility -----------------------------------------------------------------------------------


@pytest.fixture
def closed_threads(request_group, invite_group, hidden_group):
    return [
        make_thread(group=group, body=f"Secret pension restructuring plan {group.visibility}")
        for group in (request_group, invite_group, hidden_group)
    ]


def test_closed_group_threads_never_appear_for_anonymous_visitors(closed_threads):
    from django.contrib.auth.models import AnonymousUser

    assert search(AnonymousUser(), "restructuring") == []


def test_closed_group_threads_never_appear_for_non_members(closed_threads, outsider):
    assert search(outsider, "restructuring") == []


def test_closed_group_replies_never_appear_for_non_members(request_group, outsider):
    thread = make_thread(group=request_group, body="Nothing to see")
    make_reply(thread=thread, body="The restructuring starts in May")

    assert search(outsider, "restructuring") == []


def test_pending_members_do_not_find_closed_group_threads(request_group, closed_threads):
    applicant = MemberFactory()
    services.join_group(member=applicant, group=request_group)

    assert search(applicant, "restructuring") == []


def test_members_find_the_threads_of_their_closed_groups(closed_threads, request_group):
    member = add_member(request_group).member

    assert found_threads(member, "restructuring") == [closed_threads[0]]


def test_staff_find_threads_of_all_groups(closed_threads, staff):
    assert set(found_threads(staff, "restructuring")) == set(closed_threads)


def test_deleted_threads_never_appear(open_group, outsider):
    thread = make_thread(group=open_group, body="Pension schemes for consultants")
    make_reply(thread=thread, body="Pension via the collective agreement")
    services.delete_thread(member=thread.author, thread=thread)

    assert search(outsider, "pension") == []
    assert search(thread.author, "pension") == []


def test_deleted_replies_never_appear(open_group, outsider):
    thread = make_thread(group=open_group, body="A question about leave")
    reply = make_reply(thread=thread, body="Pension via the collective agreement")
    services.delete_reply(member=reply.author, reply=reply)

    assert Reply.objects.filter(pk=reply.pk, is_deleted=True).exists()
    assert search(outsider, "pension") == []


def test_threads_waiting_for_a_moderator_are_not_found(settings, open_group, outsider):
    settings.MODERATION_FIRST_POSTS_HELD = 1
    held = make_thread(group=open_group, author=MemberFactory(), body="Cheap pension advice here")
    assert held.status == PostStatus.HELD

    assert search(outsider, "pension") == []


def test_replies_waiting_for_a_moderator_are_not_found(settings, open_group, outsider):
    thread = make_thread(group=open_group, body="A question about leave")
    settings.MODERATION_FIRST_POSTS_HELD = 1
    held = make_reply(thread=thread, author=MemberFactory(), body="Cheap pension advice here")
    assert held.status == PostStatus.HELD

    assert search(outsider, "pension") == []
