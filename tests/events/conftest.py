import pytest
from django.conf import settings
from django.utils import translation

from tests.events.factories import make_event
from tests.factories import MemberFactory


@pytest.fixture(autouse=True)
def _english_after_each_test():
    # Requests and emails switch to a member's preferred language; never leak it to the next test.
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def organiser(db):
    return MemberFactory(display_name="Olga Organiser")


@pytest.fixture
def staff(db):
    return MemberFactory(display_name="Sigrid Staff", is_staff=True)


@pytest.fixture
def event(organiser):
    return make_event(organiser=organiser)


@pytest.fixture
def eager_celery(settings):
    # Tasks run in-process when the transaction commits (no broker): one email is one email.
    settings.CELERY_TASK_ALWAYS_EAGER = True


@pytest.fixture
def organiser_client(client, organiser):
    client.force_login(organiser)
    return client
