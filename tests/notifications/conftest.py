import pytest
from django.conf import settings as django_settings
from django.utils import translation

from forums.models import GroupMembership
from hrnet.celery import app
from notifications.tasks import send_notification_email
from tests.factories import MemberFactory
from tests.forums.factories import add_member, make_group, make_thread
from tests.notifications.helpers import broker_down

SITE_URL = "https://hrnet.example"


@pytest.fixture(autouse=True)
def _english_after_each_test():
    # Emails and notification texts switch to the recipient's language; never leak it.
    yield
    translation.activate(django_settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _posts_published_at_once(settings):
    # These tests are about who hears what, not about screening: posts are published at once
    # and nobody hits a posting rate limit (tests that hold a post ask for it themselves).
    settings.POSTING_RATE_MEMBER = (10_000, 3600)
    settings.POSTING_RATE_NEW_MEMBER = (10_000, 600)
    settings.SITE_URL = SITE_URL


@pytest.fixture(autouse=True)
def _tasks_in_process_unless_real_worker(settings, request):
    # Without a real worker a task runs in-process when its transaction commits, so nothing is
    # ever published to the shared Redis, where another test process or a developer's worker
    # could take it. The celery_integration tests use a real worker on a private queue.
    if request.node.get_closest_marker("celery_integration") is None:
        settings.CELERY_TASK_ALWAYS_EAGER = True
        settings.CELERY_TASK_EAGER_PROPAGATES = True


@pytest.fixture
def lost_email_enqueues(monkeypatch):
    """Redis is down: publishing the email task fails (enqueue_on_commit logs and carries on)."""
    monkeypatch.setattr(app.tasks[send_notification_email.name], "apply_async", broker_down)


@pytest.fixture
def author(db):
    return MemberFactory(display_name="Astrid Author")


@pytest.fixture
def replier(db):
    return MemberFactory(display_name="Rasmus Replier")


@pytest.fixture
def group(db):
    return make_group(manager=MemberFactory(display_name="Greta Manager"), name="Payroll Nordic")


@pytest.fixture
def thread(group, author):
    add_member(group, author)
    return make_thread(group=group, author=author, title="Holiday pay for hourly staff")


@pytest.fixture
def group_replier(group, replier):
    add_member(group, replier)
    return replier


def watching(group, member=None, level=GroupMembership.WatchLevel.EVERY_NEW_DISCUSSION):
    """A member of `group` who hears about it at `level`."""
    membership = add_member(group, member)
    GroupMembership.objects.filter(pk=membership.pk).update(watch_level=level)
    return membership.member
