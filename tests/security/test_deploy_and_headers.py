"""Production settings pass the deploy checklist; every page carries the security headers."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

from tests.factories import PASSWORD, MemberFactory

ROOT = Path(__file__).resolve().parents[2]


def production_environment() -> dict:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "PYTEST", "DEBUG", "SECURE_"))
    }
    env.update(
        DEBUG="false",
        SECRET_KEY="a-long-random-production-secret-" + "x9Q2" * 12,
        ALLOWED_HOSTS="hrnet.example",
        CSRF_TRUSTED_ORIGINS="https://hrnet.example",
        SITE_URL="https://hrnet.example",
        # The checklist connects to nothing; the URLs only have to be present.
        DATABASE_URL="postgres://hrnet@127.0.0.1:5432/hrnet",
        REDIS_URL="redis://127.0.0.1:6379/0",
    )
    return env


def test_production_settings_pass_the_deploy_checklist_without_warnings():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=production_environment(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_settings_turn_on_https_hsts_and_secure_cookies():
    code = (
        "from django.conf import settings as s;"
        "print(s.SECURE_SSL_REDIRECT, s.SECURE_HSTS_SECONDS >= 31536000,"
        " s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SESSION_COOKIE_HTTPONLY,"
        " s.SECURE_HSTS_INCLUDE_SUBDOMAINS, s.DEBUG)"
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=production_environment(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1].split() == [
        "True",
        "True",
        "True",
        "True",
        "True",
        "True",
        "False",
    ]


def test_production_refuses_to_start_without_a_secret_key():
    env = production_environment()
    env.pop("SECRET_KEY")
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


@pytest.mark.django_db
@pytest.mark.parametrize("signed_in", [False, True])
def test_pages_carry_the_security_headers(client, signed_in):
    if signed_in:
        client.force_login(MemberFactory())
    response = client.get("/")
    policy = response["Content-Security-Policy"]
    directives = dict(
        (part.split(" ", 1) + [""])[:2] for part in (p.strip() for p in policy.split(";")) if part
    )
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    assert directives["default-src"] == "'self'"
    assert directives["frame-ancestors"] == "'none'"
    assert directives["object-src"] == "'none'"
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


@pytest.mark.django_db
def test_session_cookie_is_http_only(client):
    member = MemberFactory()
    response = client.post(reverse("account_login"), {"login": member.email, "password": PASSWORD})
    assert response.status_code == 302
    assert response.cookies[settings.SESSION_COOKIE_NAME]["httponly"] is True
    assert response.cookies[settings.SESSION_COOKIE_NAME]["samesite"] == "Lax"


INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/json\")[^>]*>", re.I)
EVENT_HANDLER = re.compile(r"<[a-z][^>]*\son[a-z]+\s*=", re.I)
JAVASCRIPT_URL = re.compile(r"(href|src|action)\s*=\s*[\"']?\s*javascript:", re.I)


def page_templates():
    for path in sorted((ROOT / "templates").rglob("*.html")):
        if "/email/" in path.as_posix():
            continue  # emails are not served under our CSP
        yield path


@pytest.mark.parametrize("path", list(page_templates()), ids=lambda p: str(p.relative_to(ROOT)))
def test_templates_have_no_inline_script_handlers_or_styles(path):
    text = path.read_text()
    assert not INLINE_SCRIPT.search(text), "inline <script> is refused by the CSP"
    assert not EVENT_HANDLER.search(text), "on*= handlers are refused by the CSP"
    assert not JAVASCRIPT_URL.search(text)
    assert " style=" not in text and "<style" not in text, "inline styles are refused by the CSP"
