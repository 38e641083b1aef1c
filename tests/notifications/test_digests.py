"""Daily and weekly digests: what a member's digest says, who gets one, exactly once per period,
and a constant number of queries for a whole chunk of members."""

from datetime import UTC, datetime, timedelta

import pytest
from django.core import mail
from django.utils import timezone

from digests import services
from digests.content import build_for_chunk
from digests.models import DigestDelivery
from digests.tasks import send_digests
from forums import services as forums
from forums.models import Group, GroupMembership, Thread
from members.models import DigestFrequency, Member
from tests.events.factories import make_event
from tests.factories import MemberFactory
from tests.forums.factories import add_member, make_group, make_reply, make_thread
from tests.notifications.helpers import emails_to, html_of

pytestmark = pytest.mark.django_db

# Measured: building a chunk's content takes 6 queries for 20 or 200 members (memberships, new
# threads, trending, replies to me, summaries, events), plus 2 for the HR-systems section when
# members have an organisation (systems their organisations use, new experiences). Sending adds
# the members query and, per member, only the delivery row (savepoint, insert, update,
# release): rendering the email reads nothing more from the database.
BUILD_BUDGET = 8
SEND_FIXED = 7
SEND_PER_MEMBER = 4


@pytest.fixture
def reader(db):
    return MemberFactory(display_name="Dagny Digest", email_consent=True, country="SE")


@pytest.fixture
def group(reader):
    group = make_group(name="Payroll Nordic")
    add_member(group, reader)  # watch level: weekly digest (the default)
    return group


def digest_of(member, frequency="weekly", now=None):
    member = Member.objects.get(pk=member.pk)
    return build_for_chunk([member], frequency=frequency, now=now)[member.pk]


def titles(threads) -> set:
    return {thread.title for thread in threads}


def created_ago(thread, **ago) -> Thread:
    Thread.objects.filter(pk=thread.pk).update(created_at=timezone.now() - timedelta(**ago))
    thread.refresh_from_db()
    return thread


def trending(thread, score=5.0) -> Thread:
    Thread.objects.filter(pk=thread.pk).update(trending_score=score)
    thread.refresh_from_db()
    return thread


def send_chunk(*members, frequency="weekly", now=None) -> int:
    ids = [member.pk for member in members]
    return services.send_digest_chunk(frequency=frequency, member_ids=ids, now=now)


def publish_summary(thread, title="What we learned"):
    manager = thread.group.memberships.get(role="manager").member
    return forums.save_summary(
        author=manager, thread=thread, title=title, body="Pay on the 25th.", publish=True
    )


# --- Content ------------------------------------------------------------------------------------


def test_new_threads_in_my_watched_groups_since_the_period_start(group, reader):
    make_thread(group=group, title="New this week")
    created_ago(make_thread(group=group, title="Two weeks old"), days=14)

    content = digest_of(reader)

    assert titles(content.new_threads) == {"New this week"}


def test_daily_digest_covers_only_the_last_day(group, reader):
    make_thread(group=group, title="Today")
    created_ago(make_thread(group=group, title="Three days ago"), days=3)

    content = digest_of(reader, "daily")

    assert titles(content.new_threads) == {"Today"}


def test_my_own_new_threads_are_not_news_to_me(group, reader):
    make_thread(group=group, author=reader, title="Mine")

    assert digest_of(reader).new_threads == []


def test_muted_groups_are_left_out(group, reader):
    GroupMembership.objects.filter(group=group, member=reader).update(
        watch_level=GroupMembership.WatchLevel.MUTED
    )
    make_thread(group=group)

    assert digest_of(reader).is_empty


def test_trending_threads_of_my_groups(group, reader):
    trending(created_ago(make_thread(group=group, title="Hot topic"), days=10))
    trending(created_ago(make_thread(group=make_group(), title="Elsewhere"), days=10))

    content = digest_of(reader)

    assert titles(content.trending) == {"Hot topic"}


def test_a_new_trending_thread_is_listed_once(group, reader):
    trending(make_thread(group=group, title="New and hot"))

    content = digest_of(reader)

    assert titles(content.new_threads) == {"New and hot"}
    assert content.trending == []


def test_replies_to_my_threads_counted_per_thread(group, reader):
    mine = make_thread(group=group, author=reader, title="My question")
    make_reply(thread=mine)
    make_reply(thread=mine)
    make_reply(thread=mine, author=reader)  # my own reply is not news

    content = digest_of(reader)

    assert [(row["thread__title"], row["total"]) for row in content.replies_to_me] == [
        ("My question", 2)
    ]


def test_new_published_summaries_come_with_something_personal(group, reader):
    summarised = created_ago(make_thread(group=group), days=30)
    publish_summary(summarised, title="Holiday pay, summed up")
    make_thread(group=group, title="Something new")

    content = digest_of(reader)

    assert [summary.title for summary in content.summaries] == ["Holiday pay, summed up"]


def test_summaries_alone_send_no_digest(group, reader):
    publish_summary(created_ago(make_thread(group=group), days=30))

    assert digest_of(reader).is_empty


def test_deleted_threads_summary_is_left_out(group, reader):
    summarised = created_ago(make_thread(group=group), days=30)
    publish_summary(summarised, title="Summary of a deleted thread")
    Thread.objects.filter(pk=summarised.pk).update(is_deleted=True)
    make_thread(group=group, title="Something new")

    assert digest_of(reader).summaries == []


def test_upcoming_events_in_my_country_and_my_groups(group, reader):
    make_event(title="Malmö breakfast", country="SE")
    make_event(title="Copenhagen breakfast", country="DK")
    make_event(title="Group webinar", country="DK", group=group)
    make_event(title="Other group's breakfast", country="SE", group=make_group())
    make_event(title="Far away in time", country="SE", starts_in=timedelta(days=60))
    cancelled = make_event(title="Cancelled", country="SE")
    cancelled.__class__.objects.filter(pk=cancelled.pk).update(is_cancelled=True)

    content = digest_of(reader)

    assert {event.title for event in content.events} == {"Malmö breakfast", "Group webinar"}


@pytest.mark.parametrize(
    "visibility",
    [Group.Visibility.HIDDEN, Group.Visibility.INVITE_ONLY, Group.Visibility.REQUEST],
)
def test_threads_of_closed_groups_i_am_not_in_never_appear(reader, group, visibility):
    closed = make_group(name="Restructuring Circle", visibility=visibility)
    secret = make_thread(group=closed, title="Layoffs in March")
    trending(created_ago(make_thread(group=closed, title="Old secret"), days=10))
    publish_summary(secret, title="Secret summary")
    make_event(title="Closed circle dinner", country="SE", group=closed)
    make_thread(group=group, title="Public news")
    # Asked to join, or invited, but not (yet) a member: still nothing from the group.
    if visibility == Group.Visibility.REQUEST:
        forums.join_group(member=reader, group=closed)
    else:
        manager = closed.memberships.get(role="manager").member
        forums.invite_to_group(manager=manager, group=closed, member=reader)

    send_chunk(reader)

    (message,) = emails_to(reader)
    for text in (message.body, html_of(message)):
        assert "Public news" in text
        for secret_title in ("Layoffs", "Old secret", "Secret summary", "Closed circle"):
            assert secret_title not in text


def test_threads_of_a_hidden_group_i_am_in_do_appear(reader):
    circle = make_group(name="Restructuring Circle", visibility=Group.Visibility.HIDDEN)
    add_member(circle, reader)
    make_thread(group=circle, title="Layoffs in March")

    assert titles(digest_of(reader).new_threads) == {"Layoffs in March"}


# --- Sending ------------------------------------------------------------------------------------


def test_digest_email_has_html_and_text_and_my_news(group, reader):
    news = make_thread(group=group, title="Holiday pay for hourly staff")

    assert send_chunk(reader) == 1

    (message,) = emails_to(reader)
    assert message.subject == "This week in your HRnet groups"
    assert f"https://hrnet.example{news.get_absolute_url()}" in message.body
    assert "Holiday pay for hourly staff" in html_of(message)
    delivery = DigestDelivery.objects.get(member=reader)
    assert delivery.sent_at is not None and delivery.empty is False


def test_daily_digest_subject(group, reader):
    Member.objects.filter(pk=reader.pk).update(digest_frequency=DigestFrequency.DAILY)
    make_thread(group=group)

    send_chunk(reader, frequency="daily")

    assert [message.subject for message in emails_to(reader)] == ["Today in your HRnet groups"]


def test_digest_is_in_the_members_language(group, reader):
    Member.objects.filter(pk=reader.pk).update(preferred_language="sv")
    make_thread(group=group)

    send_chunk(reader)

    assert '<html lang="sv">' in html_of(emails_to(reader)[0])


def test_nothing_to_say_sends_no_email_and_records_an_empty_delivery(group, reader):
    assert send_chunk(reader) == 0

    assert mail.outbox == []
    delivery = DigestDelivery.objects.get(member=reader)
    assert (delivery.empty, delivery.sent_at) == (True, None)


@pytest.mark.parametrize(
    "change",
    [
        {"email_consent": False},
        {"digest_frequency": DigestFrequency.OFF},
        {"digest_frequency": DigestFrequency.DAILY},
        {"is_active": False},
        {"email_verified": False},
        {"erased_at": timezone.now()},
    ],
    ids=["no-consent", "digest-off", "daily-not-weekly", "inactive", "unverified", "erased"],
)
def test_members_who_do_not_get_the_weekly_digest(group, reader, change):
    Member.objects.filter(pk=reader.pk).update(**change)
    make_thread(group=group)

    assert services.plan_digest_run("weekly") == []
    assert send_chunk(reader) == 0
    assert mail.outbox == []
    assert not DigestDelivery.objects.exists()


def test_running_the_chunk_twice_sends_nothing_new(group, reader):
    make_thread(group=group)

    assert send_chunk(reader) == 1
    assert send_chunk(reader) == 0

    assert len(emails_to(reader)) == 1
    assert DigestDelivery.objects.filter(member=reader).count() == 1


def test_planning_after_the_run_plans_nobody(group, reader):
    make_thread(group=group)
    (chunk,) = services.plan_digest_run("weekly")
    assert chunk == [reader.pk]
    services.send_digest_chunk(frequency="weekly", member_ids=chunk)

    assert services.plan_digest_run("weekly") == []


def test_an_empty_digest_also_counts_as_done_for_the_period(group, reader):
    send_chunk(reader)
    make_thread(group=group)

    assert services.plan_digest_run("weekly") == []
    assert send_chunk(reader) == 0


def test_send_digests_task_fans_out_in_chunks_and_reaches_everyone_once(group, reader, monkeypatch):
    monkeypatch.setattr(services, "CHUNK_SIZE", 2)
    readers = [reader] + [
        add_member(group, MemberFactory(email_consent=True)).member for _ in range(4)
    ]
    make_thread(group=group)

    assert send_digests("weekly") == 3
    assert send_digests("weekly") == 0

    assert sorted(message.to[0] for message in mail.outbox) == sorted(r.email for r in readers)


def test_next_weeks_digest_is_sent_again(group, reader):
    now = timezone.now()
    make_thread(group=group)
    send_chunk(reader, now=now)
    Thread.objects.update(created_at=now + timedelta(days=6))

    assert send_chunk(reader, now=now + timedelta(weeks=1)) == 1

    assert len(emails_to(reader)) == 2


def test_tomorrows_daily_digest_is_sent_again_but_not_twice_today(group, reader):
    Member.objects.filter(pk=reader.pk).update(digest_frequency=DigestFrequency.DAILY)
    now = timezone.now()
    make_thread(group=group)

    assert send_chunk(reader, frequency="daily", now=now) == 1
    assert send_chunk(reader, frequency="daily", now=now + timedelta(seconds=1)) == 0
    Thread.objects.update(created_at=now + timedelta(hours=23))
    assert send_chunk(reader, frequency="daily", now=now + timedelta(days=1)) == 1


# --- Periods ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("frequency", "moment", "key"),
    [
        ("daily", datetime(2026, 11, 26, 9, 0, tzinfo=UTC), "daily:2026-11-26"),
        ("weekly", datetime(2026, 11, 26, 9, 0, tzinfo=UTC), "weekly:2026-W48"),
        # Stockholm is an hour ahead: 23:30 UTC is already the next (local) day and week.
        ("daily", datetime(2026, 11, 29, 23, 30, tzinfo=UTC), "daily:2026-11-30"),
        ("weekly", datetime(2026, 11, 29, 23, 30, tzinfo=UTC), "weekly:2026-W49"),
        ("weekly", datetime(2027, 1, 1, 12, 0, tzinfo=UTC), "weekly:2026-W53"),
    ],
)
def test_period_keys(frequency, moment, key):
    assert services.period_key(frequency, moment) == key


def test_daily_and_weekly_periods_are_separate(group, reader):
    make_thread(group=group)
    send_chunk(reader, frequency="weekly")
    Member.objects.filter(pk=reader.pk).update(digest_frequency=DigestFrequency.DAILY)

    assert send_chunk(reader, frequency="daily") == 1


# --- Query budget -------------------------------------------------------------------------------


def busy_network(size):
    """`size` readers in three groups, with new threads, trending threads, replies to their
    threads, a summary and events: every section of the digest has something."""
    groups = [make_group() for _ in range(3)]
    readers = MemberFactory.create_batch(size, email_consent=True, country="SE")
    GroupMembership.objects.bulk_create(
        GroupMembership(group=group, member=member) for member in readers for group in groups
    )
    for number, group in enumerate(groups):
        make_thread(group=group)
        trending(created_ago(make_thread(group=group), days=9), score=number + 1)
        publish_summary(make_thread(group=group))
        make_event(country="SE", group=group)
        for author in readers[number::7][:5]:
            make_reply(thread=make_thread(group=group, author=author))
    make_event(country="SE")
    return list(Member.objects.filter(pk__in=[m.pk for m in readers]))


@pytest.mark.parametrize("size", [20, 200])
def test_building_a_chunk_costs_the_same_queries_for_20_or_200_members(
    size, django_assert_max_num_queries
):
    readers = busy_network(size)

    with django_assert_max_num_queries(BUILD_BUDGET):
        contents = build_for_chunk(readers, frequency="weekly")

    assert len(contents) == size
    assert all(content.new_threads and content.events for content in contents.values())
    assert sum(bool(content.replies_to_me) for content in contents.values()) >= 3


@pytest.mark.parametrize("size", [20, 200])
def test_sending_a_chunk_costs_a_fixed_number_of_writes_per_member(
    size, django_assert_max_num_queries
):
    readers = busy_network(size)

    with django_assert_max_num_queries(SEND_FIXED + SEND_PER_MEMBER * size):
        sent = send_chunk(*readers)

    assert sent == size
    assert len(mail.outbox) == size
