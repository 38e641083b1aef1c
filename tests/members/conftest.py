import pytest
from django.conf import settings
from django.utils import translation


@pytest.fixture(autouse=True)
def _english_after_each_test():
    # PreferredLanguageMiddleware activates the member's language for the thread; a Swedish
    # request must not leak Swedish into the next test's messages and emails.
    yield
    translation.activate(settings.LANGUAGE_CODE)
