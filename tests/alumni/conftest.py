import pytest
from django.conf import settings
from django.utils import translation

from tests.alumni.factories import make_network
from tests.factories import MemberFactory


@pytest.fixture(autouse=True)
def _english_after_each_test():
    # A member's preferred language is activated for the request's thread; reset it so one
    # test's language never leaks into the next test's messages and emails.
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _posts_published_at_once(settings):
    # News, jobs and discussions in the alumni group are published at once (no screening, no
    # posting rate limit): these tests are about who may see them, not about moderation.
    settings.MODERATION_FIRST_POSTS_HELD = 0
    settings.MODERATION_AUTOMATIC = False
    settings.POSTING_RATE_MEMBER = (10_000, 3600)
    settings.POSTING_RATE_NEW_MEMBER = (10_000, 600)


@pytest.fixture
def network_admin(db):
    return MemberFactory(display_name="Ada Admin", email="ada.admin@example.org")


@pytest.fixture
def network(network_admin):
    """Acme's invitation-only network, with its admin."""
    return make_network(admin=network_admin, organisation_name="Acme AB", name="Acme Alumni")


@pytest.fixture
def request_network(network_admin):
    """A network that takes requests to join."""
    return make_network(
        admin=network_admin,
        organisation_name="Initech AB",
        name="Initech Alumni",
        join_policy="request",
    )


@pytest.fixture
def admin_client(client, network_admin):
    client.force_login(network_admin)
    return client
