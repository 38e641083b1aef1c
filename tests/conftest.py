import uuid

import pytest
from allauth.account.models import EmailAddress

from tests.factories import MemberFactory


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _moderation_off_unless_asked(settings, request):
    # Screening (first posts held, classifier moves) is tested in tests/moderation; elsewhere a
    # post is simply published, so each test controls what it is about.
    if request.node.get_closest_marker("moderation") is None:
        settings.MODERATION_FIRST_POSTS_HELD = 0
        settings.MODERATION_AUTOMATIC = False
        settings.CONVERSATIONS_NEW_MEMBER_DAYS = 0


@pytest.fixture(autouse=True)
def _fresh_cache(settings):
    # allauth's rate limits and our caches live in Redis; each test gets its own key prefix so
    # tests (and xdist workers) never see each other's hits, and nothing is flushed.
    caches = {name: dict(config) for name, config in settings.CACHES.items()}
    caches["default"]["KEY_PREFIX"] = f"test-{uuid.uuid4().hex}"
    settings.CACHES = caches


@pytest.fixture
def member(db):
    return MemberFactory()


@pytest.fixture
def member_client(client, member):
    client.force_login(member)
    return client


def verified_email(member):
    EmailAddress.objects.update_or_create(
        user=member, email=member.email, defaults={"verified": True, "primary": True}
    )
    return member


def pytest_runtest_makereport(item, call):
    """A skipped browser journey is a failure: it would hide a broken page."""
    skipped = call.excinfo is not None and call.excinfo.errisinstance(pytest.skip.Exception)
    if call.when in ("setup", "call") and skipped and item.get_closest_marker("e2e"):
        raise AssertionError(f"Browser test {item.nodeid} was skipped: {call.excinfo.value}")
