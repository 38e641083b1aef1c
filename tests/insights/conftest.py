import pytest
from django.conf import settings
from django.utils import translation

from tests.insights.network import build_network


@pytest.fixture(autouse=True)
def _posts_published_at_once(settings):
    # The figures are about what members posted, not about moderation or posting limits: every
    # post is published at once, however many a member writes in a test.
    settings.MODERATION_FIRST_POSTS_HELD = 0
    settings.MODERATION_AUTOMATIC = False
    settings.POSTING_RATE_MEMBER = (10_000, 3600)
    settings.POSTING_RATE_NEW_MEMBER = (10_000, 600)


@pytest.fixture(autouse=True)
def _english_after_each_test():
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def network(db):
    return build_network()
