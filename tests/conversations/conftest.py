import pytest
from django.conf import settings as django_settings
from django.utils import translation


@pytest.fixture(autouse=True)
def _tasks_in_process(settings):
    # Emails are Celery tasks enqueued on commit: run them in-process, never on the shared Redis.
    settings.CELERY_TASK_ALWAYS_EAGER = True
    settings.CELERY_TASK_EAGER_PROPAGATES = True
    settings.SITE_URL = "https://hrnet.example"


@pytest.fixture(autouse=True)
def _english_after_each_test():
    yield
    translation.activate(django_settings.LANGUAGE_CODE)
