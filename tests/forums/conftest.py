import pytest
from django.conf import settings
from django.utils import translation

from forums.models import Group
from tests.factories import MemberFactory
from tests.forums.factories import add_member, make_group


@pytest.fixture(autouse=True)
def _english_after_each_test():
    # A member's preferred language is activated for the request's thread; reset it so one
    # test's language never leaks into the next test's messages.
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _posts_published_at_once(settings):
    # These tests are about groups, threads, search and pages, not about moderation: every post
    # is published at once (no held first posts, no classifier, no posting rate limit), so the
    # counters and lists behave as they do for established members.
    settings.MODERATION_FIRST_POSTS_HELD = 0
    settings.MODERATION_AUTOMATIC = False
    settings.POSTING_RATE_MEMBER = (10_000, 3600)
    settings.POSTING_RATE_NEW_MEMBER = (10_000, 600)


@pytest.fixture
def manager(db):
    return MemberFactory(display_name="Greta Manager")


@pytest.fixture
def open_group(manager):
    return make_group(manager=manager, name="Payroll Nordic", visibility=Group.Visibility.OPEN)


@pytest.fixture
def request_group(manager):
    return make_group(manager=manager, name="HR Directors", visibility=Group.Visibility.REQUEST)


@pytest.fixture
def invite_group(manager):
    return make_group(
        manager=manager, name="Works Council", visibility=Group.Visibility.INVITE_ONLY
    )


@pytest.fixture
def hidden_group(manager):
    return make_group(manager=manager, name="Restructuring Circle", visibility="hidden")


@pytest.fixture
def outsider(db):
    return MemberFactory(display_name="Olle Outsider")


@pytest.fixture
def staff(db):
    return MemberFactory(display_name="Sigrid Staff", is_staff=True)


@pytest.fixture
def open_member(open_group):
    return add_member(open_group).member
