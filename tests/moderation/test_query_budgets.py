"""Query budgets of the moderation pages: the same budget with few rows and with many.

Measured for a signed-in moderator (queue) and manager (audit log), then set one above the
measurement. Every page for a signed-in member pays 3 queries outside moderation: the member (the
session lives in the cache), the unread notifications count and the "moderates any group" check
of the header. Measured totals, with what the rest pays for:

- queue 7, 3 or 30 held threads and 3 or 30 held replies by different members with
  organisations: does the member moderate any group; the waiting threads with groups, authors
  and organisations; the waiting replies with threads, groups, authors and organisations; the
  groups for the picker.
- audit log 8, 3 or 60 entries (page of 50) by different actors about different members in two
  groups: does the member manage any group; count; the page of entries with actors and
  subjects; the names of their groups (one query); the groups for the picker.
"""

import pytest
from django.urls import reverse

from forums.models import GroupMembership
from moderation import services as moderation_services
from moderation.models import AuditEntry
from tests.factories import MemberFactory, OrganisationFactory
from tests.forums.factories import add_member, make_group
from tests.moderation.factories import held_reply, held_thread, published_thread

pytestmark = [pytest.mark.django_db, pytest.mark.moderation]

QUEUE_BUDGET = 8
AUDIT_LOG_BUDGET = 9


@pytest.mark.parametrize("rows", [3, 30], ids=["3-of-each", "30-of-each"])
def test_moderation_queue_budget(client, group, moderator, rows, django_assert_max_num_queries):
    thread = published_thread(group)
    for _ in range(rows):
        held_thread(group)
        held_reply(thread)
    client.force_login(moderator)

    with django_assert_max_num_queries(QUEUE_BUDGET):
        response = client.get(reverse("forums:moderation_queue"))

    assert response.status_code == 200
    assert response.text.count("data-queue-item") == 2 * rows


@pytest.mark.parametrize("rows", [3, 60], ids=["3-entries", "60-entries"])
def test_audit_log_budget(client, manager, rows, django_assert_max_num_queries):
    groups = [make_group(manager=manager, name=f"Audited group {n}") for n in range(2)]
    for number in range(rows):
        group = groups[number % 2]
        moderation_services.audit(
            action=AuditEntry.Action.SUSPENDED,
            actor=add_member(group, role=GroupMembership.Role.MODERATOR).member,
            subject=MemberFactory(organisation=OrganisationFactory()),
            group_id=group.pk,
            summary=f"Suspended member {number}",
            reason="Repeated spam",
        )
    client.force_login(manager)

    with django_assert_max_num_queries(AUDIT_LOG_BUDGET):
        response = client.get(reverse("forums:audit_log"))

    assert response.status_code == 200
    assert response.text.count("Suspended member") == min(rows, 50)
