"""Regression tests for the server errors the fuzz tests found: each bad value is now ignored or
refused with a message, and nothing changes.

"²".isdigit() is True but int("²") raises; a NUL byte cannot reach PostgreSQL text; redirect()
reads a bare word as the name of a URL pattern.
"""

from datetime import timedelta

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone

from forums.models import GroupMembership, Thread
from hrnet.inputs import plain_text, whole_number
from tests.alumni.factories import make_former_employee, make_network
from tests.factories import MemberFactory
from tests.forums.factories import add_member, make_group, make_reply, make_thread


@pytest.fixture
def staff_client(client, db):
    staff = MemberFactory(is_staff=True)
    client.force_login(staff)
    client.member = staff
    return client


@pytest.fixture
def thread(db):
    group = make_group()
    return make_thread(group=group)


def _messages(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("42", 42),
        ("²", None),
        ("٣", None),
        ("１２", None),
        ("-1", None),
        ("", None),
        (str(10**30), None),
        (str(2**63), None),
        (None, None),
    ],
)
def test_whole_number_reads_only_ascii_digits_that_fit_a_bigint(value, expected):
    assert whole_number(value) == expected


def test_plain_text_drops_nul_bytes_and_cuts():
    assert plain_text("a\x00b" * 10, 5) == "ababa"
    assert plain_text(["list"], 5) == ""


def test_quoting_a_superscript_digit_shows_the_thread(client, thread):
    response = client.get(thread.get_absolute_url() + "?quote=²")
    assert response.status_code == 200


def test_dashboard_with_a_superscript_digit_for_days_shows_ninety_days(staff_client):
    response = staff_client.get(reverse("insights:network") + "?days=²")
    assert response.status_code == 200
    assert response.context["days"] == 90


def test_bulk_moderation_ignores_post_ids_that_are_not_numbers(staff_client, thread):
    reply = make_reply(thread=thread)
    response = staff_client.post(
        reverse("forums:moderation_bulk"),
        {"posts": ["reply:²", f"reply:{10**30}"], "decision": "remove", "reason": "spam"},
    )
    assert response.status_code == 302
    assert "Select at least one post." in _messages(response)
    reply.refresh_from_db()
    assert not reply.is_deleted


def test_moderation_next_that_is_not_a_path_goes_back_to_the_queue(staff_client):
    response = staff_client.post(reverse("forums:moderation_bulk"), {"posts": [], "next": "130"})
    assert response.status_code == 302
    assert response["Location"] == reverse("forums:moderation_queue")


def test_suspension_with_unreadable_days_lasts_a_week(staff_client):
    group = make_group(manager=staff_client.member)
    membership = add_member(group)
    response = staff_client.post(
        reverse("forums:moderation_member", args=[membership.member.pk]),
        {"group": group.slug, "action": "suspend", "days": "²", "reason": "spam"},
    )
    assert response.status_code == 302
    membership.refresh_from_db()
    assert membership.suspended_until - timezone.now() > timedelta(days=6, hours=23)
    assert membership.suspended_until - timezone.now() <= timedelta(days=7)


def test_accepting_an_unreadable_reply_id_accepts_nothing(client, db):
    thread = make_thread(group=make_group(), section=Thread.Section.QUESTION)
    client.force_login(thread.author)
    response = client.post(reverse("forums:accept_answer", args=[thread.pk]), {"reply": "²"})
    assert response.status_code == 302
    thread.refresh_from_db()
    assert thread.accepted_reply_id is None


@pytest.mark.parametrize("page", ["forums:moderation_queue", "forums:audit_log"])
def test_moderation_pages_ignore_a_nul_byte_for_group(staff_client, page):
    make_group(manager=staff_client.member)
    response = staff_client.get(reverse(page) + "?group=%00")
    assert response.status_code == 200
    assert response.context["group"] is None


def test_inviting_an_address_with_a_nul_byte_finds_no_member(staff_client):
    group = make_group(manager=staff_client.member)
    response = staff_client.post(reverse("forums:invite", args=[group.slug]), {"email": "a\x00b"})
    assert response.status_code == 302
    assert "No member has that email address." in _messages(response)
    assert not GroupMembership.objects.filter(group=group, status="invited").exists()


@pytest.mark.parametrize(
    "path",
    ["/members/invitation/%00/", "/alumni/invitation/%00/", "/events/calendar/%00.ics"],
)
def test_token_links_with_a_nul_byte_are_not_found(client, db, path):
    assert client.get(path).status_code == 404


def test_alumni_people_ignores_ids_that_are_not_numbers(client, db):
    admin = MemberFactory()
    network = make_network(admin=admin)
    person = make_former_employee(network)
    client.force_login(admin)
    response = client.post(
        reverse("alumni:people", args=[network.slug]),
        {"people": ["²", str(10**30)], "action": "invite"},
    )
    assert response.status_code == 302
    assert "Select at least one person." in _messages(response)
    person.refresh_from_db()
    assert person.invitation_requested_at is None


def test_an_event_form_with_a_very_long_time_zone_is_refused_with_a_message(db):
    from events.forms import EventForm

    form = EventForm({"title": "Payroll breakfast", "time_zone": "x" * 100_000})
    assert not form.is_valid()
    assert "time_zone" in form.errors
