import pytest
from django.conf import settings
from django.utils import translation

from forums.models import Group
from tests.events.factories import make_event
from tests.factories import MemberFactory
from tests.forums.factories import add_member, make_group


@pytest.fixture(autouse=True)
def _english_after_each_test():
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _posting_unlimited(settings):
    settings.POSTING_RATE_MEMBER = (10_000, 3600)
    settings.POSTING_RATE_NEW_MEMBER = (10_000, 600)
    settings.CELERY_TASK_ALWAYS_EAGER = True


@pytest.fixture
def manager(db):
    return MemberFactory(display_name="Greta Manager")


@pytest.fixture
def open_group(manager):
    return make_group(manager=manager, name="Payroll Nordic", visibility=Group.Visibility.OPEN)


@pytest.fixture
def private_group(manager):
    return make_group(manager=manager, name="HR Directors", visibility=Group.Visibility.REQUEST)


@pytest.fixture
def hidden_group(manager):
    return make_group(manager=manager, name="Restructuring Circle", visibility="hidden")


@pytest.fixture
def author(open_group):
    return add_member(open_group, MemberFactory(display_name="Anna Author")).member


@pytest.fixture
def staff(db):
    return MemberFactory(display_name="Sigrid Staff", is_staff=True)


@pytest.fixture
def outsider(db):
    return MemberFactory(display_name="Olle Outsider")


@pytest.fixture
def organiser(db):
    return MemberFactory(display_name="Olga Organiser")


@pytest.fixture
def event(organiser):
    return make_event(organiser=organiser)
