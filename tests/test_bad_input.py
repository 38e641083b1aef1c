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
from hrnet.inputs import local_path, plain_text, whole_number
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


# --- Private messages, polls and proposals (found when the fuzzing reached the new apps) ---------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("/messages/", "/messages/"),
        ("/agenda/proposals/?page=2", "/agenda/proposals/?page=2"),
        ("1", None),  # redirect("1") would look for a URL pattern named "1"
        ("²", None),
        ("{{ 7|add:7 }}", None),  # "a:b" reads as a namespaced pattern name
        ("conversations:settings", None),
        ("//evil.example/", None),
        ("https://evil.example/", None),
        ("/\\evil.example/", None),
        ("/a\x00b", "/ab"),
        ("", None),
        (None, None),
    ],
)
def test_local_path_accepts_only_paths_on_this_site(rf, value, expected):
    assert local_path(rf.post("/"), value) == expected


@pytest.mark.parametrize("value", ["²", "٣", str(10**30)])
def test_writing_to_a_recipient_id_that_is_not_a_number_shows_the_form(member_client, value):
    from conversations.models import Conversation

    response = member_client.get(reverse("conversations:new") + f"?to={value}")
    assert response.status_code == 200
    assert response.context["recipients"] == []
    response = member_client.post(
        reverse("conversations:new"), {"to": value, "subject": "Hello", "body": "A question"}
    )
    assert response.status_code == 200
    assert response.context["form"].errors
    assert not Conversation.objects.exists()


@pytest.mark.parametrize("next_value", ["1", "²", "{{ 7|add:7 }}", "https://evil.example/"])
def test_blocking_with_a_next_that_is_not_a_path_goes_to_the_settings(member_client, next_value):
    from conversations.models import Block

    other = MemberFactory()
    response = member_client.post(
        reverse("conversations:block", args=[other.pk]), {"next": next_value}
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("conversations:settings")
    assert Block.objects.filter(blocked=other).exists()  # the block itself still happens
    response = member_client.post(
        reverse("conversations:unblock", args=[other.pk]), {"next": next_value}
    )
    assert response["Location"] == reverse("conversations:settings")


def test_a_post_to_a_conversation_page_is_refused_and_marks_nothing_read(db, client):
    from conversations.models import Participant
    from tests.conversations.factories import start

    reader = MemberFactory()
    conversation = start(recipients=[reader])
    client.force_login(reader)
    response = client.post(conversation.get_absolute_url(), {"body": "x"})
    assert response.status_code == 405
    seat = Participant.objects.get(conversation=conversation, member=reader)
    assert seat.last_read_at is None
    assert client.get(conversation.get_absolute_url()).status_code == 200


@pytest.mark.parametrize("option", ["²", "٣", str(10**30), "-1"])
def test_voting_for_an_option_that_is_not_a_number_counts_nothing(db, client, option):
    from agenda.models import PollBallot
    from tests.agenda.factories import make_poll

    poll = make_poll(thread=make_thread(group=make_group()))
    client.force_login(poll.thread.author)
    response = client.post(reverse("agenda:vote", args=[poll.pk]), {"option": option})
    assert response.status_code == 302
    assert "Choose an option of this poll." in _messages(response)
    assert not PollBallot.objects.filter(poll=poll).exists()


def test_supporting_a_proposal_with_a_bare_word_for_next_goes_back_to_the_proposal(member_client):
    from tests.agenda.factories import make_proposal

    proposal = make_proposal()
    response = member_client.post(
        reverse("agenda:support", args=[proposal.pk]), {"next": "{{ 7|add:7 }}"}
    )
    assert response.status_code == 302
    assert response["Location"] == proposal.get_absolute_url()
    proposal.refresh_from_db()
    assert proposal.supporter_count == 2  # the proposer and this member
