import pytest
from allauth.account.models import EmailAddress

from tests.factories import MemberFactory


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _fresh_cache():
    # allauth's rate limits and our caches live in Redis; tests must not see each other's hits.
    from django.core.cache import cache

    cache.clear()
    yield


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
    if call.when in ("setup", "call") and call.excinfo is not None:
        if call.excinfo.errisinstance(pytest.skip.Exception) and item.get_closest_marker("e2e"):
            raise AssertionError(f"Browser test {item.nodeid} was skipped: {call.excinfo.value}")
