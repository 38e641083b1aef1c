"""The deployment contract: docker-compose.yml, settings read from the environment, .env.example."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

BASE_DIR = Path(__file__).resolve().parent.parent
COMPOSE_FILE = BASE_DIR / "docker-compose.yml"
ENV_EXAMPLE = BASE_DIR / ".env.example"
SETTINGS_FILE = BASE_DIR / "hrnet" / "settings.py"

APP_SERVICES = ("web", "worker", "beat")
BACKING_SERVICES = ("postgres", "redis")
# env("X"), env.bool("X"), env.int("X"), env.list("X"), env.db("X"), env.email_url("X") …
ENV_READ = re.compile(r"""\benv(?:\.\w+)?\(\s*["']([A-Z][A-Z0-9_]*)["']""")
ENV_EXAMPLE_ENTRY = re.compile(r"^\s*#?\s*([A-Z][A-Z0-9_]*)=", re.MULTILINE)
COMPOSE_VARIABLE = re.compile(r"\$\{([A-Z][A-Z0-9_]*)")


# --- docker-compose.yml -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def compose() -> dict:
    if not COMPOSE_FILE.exists():
        pytest.fail(f"{COMPOSE_FILE.name} is missing")
    return yaml.safe_load(COMPOSE_FILE.read_text())


def environment_of(service: dict) -> dict:
    """A service's `environment` as a dict; a bare `- NAME` (passed through) maps to None."""
    environment = service.get("environment") or {}
    if isinstance(environment, list):
        pairs = (entry.split("=", 1) for entry in environment)
        return {pair[0]: (pair[1] if len(pair) == 2 else None) for pair in pairs}
    return dict(environment)


def command_of(service: dict) -> str:
    command = service.get("command") or ""
    return " ".join(command) if isinstance(command, list) else command


def comes_from_environment(value) -> bool:
    return value is None or "${" in str(value)


def test_compose_file_parses_as_yaml(compose):
    assert isinstance(compose, dict)
    assert isinstance(compose.get("services"), dict)


def test_compose_has_web_worker_beat_postgres_and_redis(compose):
    assert set(APP_SERVICES + BACKING_SERVICES) <= set(compose["services"])


@pytest.mark.parametrize("name", APP_SERVICES)
def test_compose_app_service_gets_database_redis_and_secret_key(compose, name):
    environment = environment_of(compose["services"][name])

    assert {"DATABASE_URL", "REDIS_URL", "SECRET_KEY"} <= set(environment)


@pytest.mark.parametrize("name", APP_SERVICES)
def test_compose_app_service_takes_secret_key_from_host_environment(compose, name):
    secret_key = environment_of(compose["services"][name])["SECRET_KEY"]

    assert comes_from_environment(secret_key), f"SECRET_KEY is written into the file: {secret_key}"
    if secret_key is not None:
        assert "${SECRET_KEY" in secret_key


@pytest.mark.parametrize("name", APP_SERVICES)
def test_compose_app_service_uses_the_compose_postgres_and_redis(compose, name):
    environment = environment_of(compose["services"][name])

    database_url, redis_url = environment["DATABASE_URL"], environment["REDIS_URL"]
    assert comes_from_environment(database_url) or "@postgres:" in database_url
    assert comes_from_environment(redis_url) or redis_url.startswith("redis://redis:")


@pytest.mark.parametrize("name", APP_SERVICES)
def test_compose_app_service_waits_for_healthy_postgres_and_redis(compose, name):
    depends_on = compose["services"][name].get("depends_on")

    assert isinstance(depends_on, dict), f"{name}: depends_on needs conditions, not a list"
    for backing in BACKING_SERVICES:
        assert depends_on.get(backing, {}).get("condition") == "service_healthy", (name, backing)


@pytest.mark.parametrize("name", BACKING_SERVICES)
def test_compose_backing_service_has_a_healthcheck(compose, name):
    healthcheck = compose["services"][name].get("healthcheck") or {}

    assert healthcheck.get("test"), f"{name} has no healthcheck test"


@pytest.mark.parametrize(("name", "command"), [("worker", "worker"), ("beat", "beat")])
def test_compose_runs_celery_worker_and_beat(compose, name, command):
    pattern = rf"\bcelery\s+(-A|--app)[ =]hrnet\s+{command}\b"

    assert re.search(pattern, command_of(compose["services"][name]))


# --- settings from the environment --------------------------------------------------------------


def settings_process_environment(**variables) -> dict:
    """A clean environment for a fresh Python, keeping only what reaches the servers."""
    environment = {
        name: os.environ[name]
        for name in ("PATH", "HOME", "LANG", "DATABASE_URL", "REDIS_URL", "HRNET_VAR_DIR")
        if name in os.environ
    }
    environment["DJANGO_SETTINGS_MODULE"] = "hrnet.settings"
    environment.update(variables)
    return environment


def set_up_django(environment: dict) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("secret_key", [None, ""], ids=["unset", "empty"])
def test_settings_refuse_production_without_secret_key(secret_key):
    environment = settings_process_environment(DEBUG="false")
    if secret_key is not None:
        environment["SECRET_KEY"] = secret_key

    result = set_up_django(environment)

    assert result.returncode != 0
    assert "django.core.exceptions.ImproperlyConfigured" in result.stderr
    assert "SECRET_KEY must be set in production" in result.stderr


def test_settings_load_in_production_with_secret_key():
    result = set_up_django(
        settings_process_environment(DEBUG="false", SECRET_KEY="a-long-random-production-key")
    )

    assert result.returncode == 0, result.stderr


def test_settings_allow_missing_secret_key_when_debugging():
    result = set_up_django(settings_process_environment(DEBUG="true"))

    assert result.returncode == 0, result.stderr


# --- .env.example -------------------------------------------------------------------------------


def variables_read_by_settings() -> set[str]:
    return set(ENV_READ.findall(SETTINGS_FILE.read_text()))


def variables_in_env_example() -> set[str]:
    if not ENV_EXAMPLE.exists():
        pytest.fail(f"{ENV_EXAMPLE.name} is missing")
    return set(ENV_EXAMPLE_ENTRY.findall(ENV_EXAMPLE.read_text()))


def test_settings_source_is_scanned_for_environment_reads():
    # Guards the regex: if settings.py changes how it reads the environment, this notices.
    assert {"SECRET_KEY", "DEBUG", "DATABASE_URL", "REDIS_URL", "ALLOWED_HOSTS"} <= (
        variables_read_by_settings()
    )


def test_every_environment_variable_of_settings_is_in_env_example():
    missing = variables_read_by_settings() - variables_in_env_example()

    assert not missing, f"Add to .env.example: {sorted(missing)}"


def test_env_example_lists_only_variables_that_are_used():
    used = variables_read_by_settings()
    if COMPOSE_FILE.exists():
        used |= set(COMPOSE_VARIABLE.findall(COMPOSE_FILE.read_text()))

    stale = variables_in_env_example() - used

    assert not stale, f"Nothing reads these .env.example entries: {sorted(stale)}"
