import pytest
from django.conf import settings as django_settings
from django.utils import translation

from moderation import services as moderation_services


@pytest.fixture(autouse=True)
def _english_after_each_test():
    yield
    translation.activate(django_settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _documented_settings(settings, request):
    settings.SYSTEMS_MIN_RATINGS = 5
    if request.node.get_closest_marker("moderation") is not None:
        settings.MODERATION_FIRST_POSTS_HELD = 3
        settings.MODERATION_AUTOMATIC = True


@pytest.fixture(autouse=True)
def _fresh_classifier_cache():
    vars(moderation_services._cache).clear()
    yield
    vars(moderation_services._cache).clear()


@pytest.fixture
def catalogue(db):
    """The catalogue of the data migration. A transactional test elsewhere flushes every table
    (the migration's rows too), so tests that read it make sure it is there."""
    from systems.demo import ensure_catalogue

    ensure_catalogue()
