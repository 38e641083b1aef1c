"""The Content Security Policy, as Chromium enforces it on our pages."""

import pytest

from tests.e2e.conftest import DESKTOP

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_chromium_refuses_an_injected_inline_script_and_reports_it(browser, live_server):
    context = browser.new_context(base_url=live_server.url, viewport=DESKTOP)
    page = context.new_page()
    console = []
    page.on("console", lambda message: console.append(message.text))
    page.goto("/")

    # What an XSS would try: an inline script and an inline event handler.
    page.evaluate(
        """() => new Promise(resolve => {
            const script = document.createElement('script');
            script.textContent = 'window.injected = true';
            document.body.appendChild(script);
            const image = document.createElement('img');
            image.setAttribute('onerror', 'window.handler = true');
            // Our own listener (not inline) tells us the image has failed.
            image.addEventListener('error', () => resolve());
            image.src = '/no-such-image.png';
            document.body.appendChild(image);
        })"""
    )

    assert page.evaluate("() => window.injected") is None
    assert page.evaluate("() => window.handler") is None
    assert any("Content Security Policy" in text for text in console), console
    # Our own scripts did run under the same policy (htmx and hrnet.js are loaded).
    assert page.evaluate("() => typeof window.htmx") == "object"
    context.close()
