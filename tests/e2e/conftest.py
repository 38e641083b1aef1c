"""Browser fixtures: one Chromium per test process, a fresh context (cookies, storage) per test.

Playwright's sync API runs an asyncio loop in the test thread, so Django's ORM must be told that
synchronous queries from that thread are fine; the live server answers from its own thread.
"""

import os
from pathlib import Path

import pytest

os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

from playwright.sync_api import sync_playwright  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
DESKTOP = {"width": 1280, "height": 900}
MOBILE = {"width": 390, "height": 844}
# Generous enough for a loaded machine running two workers; far below "something is stuck".
ACTION_TIMEOUT_MS = 10_000


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix):
    """Journeys get a test database of their own (test_hrnet_e2e, test_hrnet_gw0_e2e, ...).

    Every checkout shares the embedded PostgreSQL under var/, so a unit-test run started while
    the journeys run would otherwise drop or flush test_hrnet under the live server.
    """
    from django.conf import settings

    for database in settings.DATABASES.values():
        test = database.setdefault("TEST", {})
        test["NAME"] = f"{test.get('NAME') or 'test_' + database['NAME']}_e2e"


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.fail(f"Chromium is missing at {CHROMIUM}: browser journeys cannot run.")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(autouse=True)
def _celery_runs_in_process(settings):
    # The invitation email is a Celery task enqueued on commit; run it inside the live server.
    settings.CELERY_TASK_ALWAYS_EAGER = True


@pytest.fixture
def new_page(browser, live_server):
    """Open a page in a new browser context (logged out, own cookies); closed after the test.

    The test fails if a page throws a JavaScript error, the browser refuses something under our
    Content Security Policy, or the server answers with a 5xx.
    """
    contexts, problems = [], []

    def open_page(viewport=DESKTOP):
        context = browser.new_context(
            base_url=live_server.url, viewport=viewport, locale="en-GB", accept_downloads=True
        )
        context.set_default_timeout(ACTION_TIMEOUT_MS)
        contexts.append(context)
        page = context.new_page()
        page.on("pageerror", lambda error: problems.append(f"JavaScript error: {error}"))
        # Chromium reports every Content-Security-Policy refusal on the console.
        page.on(
            "console",
            lambda message: (
                "Content Security Policy" in message.text
                and problems.append(f"CSP violation on {page.url}: {message.text}")
            ),
        )
        page.on(
            "response",
            lambda response: (
                response.status >= 500
                and problems.append(f"HTTP {response.status} from {response.url}")
            ),
        )
        return page

    yield open_page
    for context in contexts:
        context.close()
    assert not problems, "\n".join(problems)


@pytest.fixture
def page(new_page):
    return new_page(DESKTOP)


@pytest.fixture
def mobile_page(new_page):
    return new_page(MOBILE)
