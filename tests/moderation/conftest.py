import pytest
from django.conf import settings as django_settings
from django.utils import translation

from forums.models import GroupMembership
from moderation import services as moderation_services
from tests.factories import MemberFactory
from tests.forums.factories import add_member, make_group


@pytest.fixture(autouse=True)
def _english_after_each_test():
    # A member's preferred language is activated for the request's thread; reset it so one
    # test's language never leaks into the next test's messages.
    yield
    translation.activate(django_settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _documented_screening_settings(settings, request):
    # Tests marked `moderation` screen posts with the documented defaults, whatever the
    # environment says (MODERATION_FIRST_POSTS_HELD can be set in .env).
    if request.node.get_closest_marker("moderation") is not None:
        settings.MODERATION_FIRST_POSTS_HELD = 3
        settings.MODERATION_AUTOMATIC = True
        settings.MODERATION_FLAGS_TO_HIDE = 3
        settings.POSTING_RATE_NEW_MEMBER = (5, 600)
        settings.POSTING_RATE_MEMBER = (30, 3600)


@pytest.fixture(autouse=True)
def _fresh_classifier_cache():
    # The classifier is cached per thread by ClassifierState.version. Each test's database starts
    # again at version 1, so a model learned in an earlier test could pass for this test's
    # version 2: forget it on both sides of every test.
    vars(moderation_services._cache).clear()
    yield
    vars(moderation_services._cache).clear()


@pytest.fixture
def manager(db):
    return MemberFactory(display_name="Greta Manager")


@pytest.fixture
def group(manager):
    return make_group(manager=manager, name="Payroll Nordic")


@pytest.fixture
def moderator(group):
    return add_member(
        group, MemberFactory(display_name="Mona Moderator"), role=GroupMembership.Role.MODERATOR
    ).member


@pytest.fixture
def staff(db):
    return MemberFactory(display_name="Sigrid Staff", is_staff=True)


@pytest.fixture
def other_group(db):
    return make_group(manager=MemberFactory(display_name="Otto Manager"), name="Works Council")


@pytest.fixture
def other_moderator(other_group):
    member = MemberFactory(display_name="Oskar Moderator")
    return add_member(other_group, member, role=GroupMembership.Role.MODERATOR).member
