import pytest
from django.core.exceptions import PermissionDenied

from events import services
from tests.factories import MemberFactory

pytestmark = pytest.mark.django_db


def test_organiser_calls_an_event_off(event, organiser):
    services.cancel_event(organiser=organiser, event=event)

    event.refresh_from_db()
    assert event.is_cancelled


def test_only_organisers_call_an_event_off(event):
    with pytest.raises(PermissionDenied):
        services.cancel_event(organiser=MemberFactory(), event=event)

    event.refresh_from_db()
    assert not event.is_cancelled
