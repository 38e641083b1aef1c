"""Written experiences go through the moderation queue like forum posts."""

import pytest

from moderation.models import AuditEntry, TrainingExample
from notifications.models import Notification
from systems import selectors, services
from systems.models import ReviewStatus
from tests.factories import MemberFactory
from tests.systems.factories import declare, make_system, member_at

pytestmark = [pytest.mark.django_db, pytest.mark.moderation]


@pytest.fixture
def system():
    return make_system("Payroll One")


@pytest.fixture
def staff():
    return MemberFactory(is_staff=True)


def test_a_new_members_experience_is_held_and_audited(system):
    declaration = declare(system, satisfaction=4, strengths="Reliable monthly runs.")

    assert declaration.review_status == ReviewStatus.HELD
    assert declaration.moderation_note
    assert AuditEntry.objects.filter(
        action=AuditEntry.Action.HELD, object_id=declaration.pk
    ).exists()


def test_a_held_experience_is_invisible_to_others_and_its_rating_not_counted(system):
    author = member_at()
    declare(system, author, satisfaction=1, weaknesses="Reports are poor.")

    assert list(selectors.experiences(member_at(), system).object_list) == []
    assert len(selectors.experiences(author, system).object_list) == 1
    system.refresh_from_db()
    assert system.rating_count == 0


def test_a_held_experience_is_not_shown_on_the_system_page_to_others(client, system):
    declare(system, satisfaction=2, weaknesses="A secret complaint nobody may read")
    client.force_login(member_at())

    response = client.get(system.get_absolute_url())

    assert response.status_code == 200
    assert "secret complaint" not in response.content.decode()


def test_a_rating_without_text_is_never_held(system):
    declaration = declare(system, satisfaction=4)

    assert declaration.review_status == ReviewStatus.PUBLISHED


def test_approving_publishes_audits_learns_and_tells_the_author(system, staff):
    author = member_at()
    declaration = declare(system, author, satisfaction=4, strengths="Reliable monthly runs.")

    services.decide_review(moderator=staff, declaration=declaration, decision="approve")

    declaration.refresh_from_db()
    assert declaration.review_status == ReviewStatus.PUBLISHED
    assert declaration.published_at is not None
    assert len(selectors.experiences(member_at(), system).object_list) == 1
    system.refresh_from_db()
    assert system.rating_count == 1
    assert AuditEntry.objects.filter(action=AuditEntry.Action.APPROVED, actor=staff).exists()
    assert TrainingExample.objects.filter(label="ok", decided_by=staff).exists()
    assert Notification.objects.filter(recipient=author, kind=Notification.Kind.MODERATION).exists()


def test_rejecting_as_spam_keeps_it_hidden_and_learns_spam(system, staff):
    declaration = declare(system, strengths="Buy cheap payroll now at http://spam.example")

    services.decide_review(moderator=staff, declaration=declaration, decision="reject", spam=True)

    declaration.refresh_from_db()
    assert declaration.review_status == ReviewStatus.REJECTED
    assert list(selectors.experiences(member_at(), system).object_list) == []
    assert TrainingExample.objects.filter(label="spam").exists()


def test_a_decided_experience_cannot_be_decided_twice(system, staff):
    from django.core.exceptions import ValidationError

    declaration = declare(system, strengths="Fine.")
    services.decide_review(moderator=staff, declaration=declaration, decision="approve")

    with pytest.raises(ValidationError):
        services.decide_review(moderator=staff, declaration=declaration, decision="reject")


def test_an_established_members_plain_experience_is_published(system, settings):
    settings.MODERATION_FIRST_POSTS_HELD = 0

    declaration = declare(system, satisfaction=4, strengths="The payslips are clear.")

    assert declaration.review_status == ReviewStatus.PUBLISHED


def test_staff_experiences_are_published_at_once(system):
    staff_member = member_at(is_staff=True)

    declaration = declare(system, staff_member, strengths="Works for us.")

    assert declaration.review_status == ReviewStatus.PUBLISHED


def test_changing_the_text_of_an_approved_experience_screens_it_again(system, staff):
    author = member_at()
    declaration = declare(system, author, strengths="Good.")
    services.decide_review(moderator=staff, declaration=declaration, decision="approve")

    changed = declare(system, author, strengths="Good, and now with a different text.")

    assert changed.review_status == ReviewStatus.HELD


def test_only_staff_see_the_review_queue(client, system):
    declaration = declare(system, strengths="Waiting.")
    client.force_login(member_at())

    assert client.get("/systems/reviews/").status_code == 404
    assert (
        client.post(f"/systems/reviews/{declaration.pk}/decide/", {"decision": "approve"})
    ).status_code == 404
    declaration.refresh_from_db()
    assert declaration.review_status == ReviewStatus.HELD


def test_staff_approve_from_the_queue(client, system, staff):
    declaration = declare(system, strengths="Waiting for approval")
    client.force_login(staff)

    page = client.get("/systems/reviews/")
    response = client.post(f"/systems/reviews/{declaration.pk}/decide/", {"decision": "approve"})

    assert "Waiting for approval" in page.content.decode()
    assert response.status_code == 302
    declaration.refresh_from_db()
    assert declaration.review_status == ReviewStatus.PUBLISHED
