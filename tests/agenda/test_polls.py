"""Poll rules: options, max choices, changing a vote, closing, anonymous votes."""

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError
from django.urls import reverse
from django.utils import timezone

from agenda import services
from agenda.models import Poll, PollBallot, PollChoice
from tests.agenda.factories import make_poll, option_ids
from tests.factories import MemberFactory
from tests.forums.factories import add_member, make_thread

pytestmark = pytest.mark.django_db


def voter(group, name="Vera Voter"):
    return add_member(group, MemberFactory(display_name=name)).member


def counts(poll):
    return {o.label: o.vote_count for o in poll.options.order_by("position")}


def test_author_adds_poll_with_options_in_order(open_group, author):
    thread = make_thread(group=open_group, author=author)
    poll = make_poll(thread=thread, options=["Monday", " tuesday ", "", "Tuesday", "Friday"])

    assert [o.label for o in poll.options.order_by("position")] == ["Monday", "tuesday", "Friday"]
    assert poll.max_choices == 1 and not poll.is_closed


@pytest.mark.parametrize("options", [["Only one"], [f"Option {n}" for n in range(21)]])
def test_poll_needs_two_to_twenty_options(open_group, author, options):
    thread = make_thread(group=open_group, author=author)

    with pytest.raises(ValidationError):
        services.create_poll(author=author, thread=thread, question="Q?", options=options)
    assert not Poll.objects.exists()


def test_only_author_or_moderator_adds_a_poll(open_group, author, manager):
    thread = make_thread(group=open_group, author=author)
    stranger = voter(open_group)

    with pytest.raises(PermissionDenied):
        services.create_poll(author=stranger, thread=thread, question="Q?", options=["a", "b"])
    poll = services.create_poll(author=manager, thread=thread, question="Q?", options=["a", "b"])
    assert poll.thread_id == thread.pk


def test_second_poll_on_a_thread_is_refused(open_group, author):
    poll = make_poll(group=open_group)

    with pytest.raises(ValidationError):
        make_poll(thread=poll.thread)


def test_vote_is_counted_and_changing_it_moves_the_count(open_group):
    poll = make_poll(group=open_group)
    member = voter(open_group)

    services.vote(member=member, poll=poll, option_ids=option_ids(poll, "Yes"))
    assert counts(poll) == {"Yes": 1, "No": 0, "Not sure": 0}

    services.vote(member=member, poll=poll, option_ids=option_ids(poll, "No"))
    poll.refresh_from_db()
    assert counts(poll) == {"Yes": 0, "No": 1, "Not sure": 0}
    assert poll.voter_count == 1
    assert PollBallot.objects.filter(poll=poll, member=member).count() == 1


def test_single_choice_poll_refuses_two_options(open_group):
    poll = make_poll(group=open_group)

    with pytest.raises(ValidationError):
        services.vote(member=voter(open_group), poll=poll, option_ids=option_ids(poll, "Yes", "No"))
    assert not PollBallot.objects.exists()


def test_multiple_choice_allows_up_to_max_choices(open_group):
    poll = make_poll(group=open_group, options=["A", "B", "C", "D"], max_choices=2)
    member = voter(open_group)

    services.vote(member=member, poll=poll, option_ids=option_ids(poll, "A", "C"))
    with pytest.raises(ValidationError):
        services.vote(member=member, poll=poll, option_ids=option_ids(poll, "A", "B", "C"))
    assert counts(poll) == {"A": 1, "B": 0, "C": 1, "D": 0}


def test_option_of_another_poll_is_refused(open_group):
    poll, other = make_poll(group=open_group), make_poll(group=open_group)

    with pytest.raises(ValidationError):
        services.vote(member=voter(open_group), poll=poll, option_ids=option_ids(other, "Yes"))


def test_closed_poll_is_read_only(open_group):
    poll = make_poll(group=open_group)
    member = voter(open_group)
    services.vote(member=member, poll=poll, option_ids=option_ids(poll, "Yes"))
    services.close_poll(member=poll.thread.author, poll=poll)
    poll.refresh_from_db()

    with pytest.raises(ValidationError):
        services.vote(member=member, poll=poll, option_ids=option_ids(poll, "No"))
    assert counts(poll)["Yes"] == 1


def test_poll_closes_at_its_closing_time(open_group):
    poll = make_poll(group=open_group, closes_at=timezone.now() + timedelta(hours=1))
    Poll.objects.filter(pk=poll.pk).update(closes_at=timezone.now() - timedelta(seconds=1))
    poll.refresh_from_db()

    assert poll.is_closed
    with pytest.raises(ValidationError):
        services.vote(member=voter(open_group), poll=poll, option_ids=option_ids(poll, "Yes"))


def test_closing_time_in_the_past_is_refused(open_group, author):
    thread = make_thread(group=open_group, author=author)

    with pytest.raises(ValidationError):
        make_poll(thread=thread, closes_at=timezone.now() - timedelta(minutes=1))


def test_database_allows_one_ballot_per_member(open_group):
    poll = make_poll(group=open_group)
    member = voter(open_group)
    PollBallot.objects.create(poll=poll, member=member)

    with pytest.raises(IntegrityError):
        PollBallot.objects.create(poll=poll, member=member)


def test_only_members_of_a_private_group_vote(private_group, manager, outsider):
    thread = make_thread(group=private_group, author=manager)
    poll = make_poll(thread=thread)

    with pytest.raises(PermissionDenied):
        services.vote(member=outsider, poll=poll, option_ids=option_ids(poll, "Yes"))


# --- Pages --------------------------------------------------------------------------------------


def test_thread_page_shows_results_with_percentages_and_my_choice(client, open_group):
    poll = make_poll(group=open_group)
    me, other = voter(open_group, "Mia Me"), voter(open_group, "Otto Other")
    services.vote(member=me, poll=poll, option_ids=option_ids(poll, "Yes"))
    services.vote(member=other, poll=poll, option_ids=option_ids(poll, "No"))
    client.force_login(me)

    html = client.get(poll.thread.get_absolute_url()).content.decode()

    assert poll.question in html
    assert "50%" in html
    assert "Your choice" in html
    assert "Change my vote" in html
    assert "Otto Other" in html  # an open poll shows who voted


def test_anonymous_poll_never_reveals_voters_in_page_source(client, open_group):
    poll = make_poll(group=open_group, is_anonymous=True)
    secret = voter(open_group, "Sven Secretvoter")
    services.vote(member=secret, poll=poll, option_ids=option_ids(poll, "Yes"))
    services.close_poll(member=poll.thread.author, poll=poll)
    viewer = voter(open_group, "Paula Viewer")
    client.force_login(viewer)

    html = client.get(poll.thread.get_absolute_url()).content.decode()

    assert "100%" in html
    assert "Sven Secretvoter" not in html
    assert f"/members/{secret.pk}/" not in html
    assert reverse("members:profile", args=[secret.pk]) not in html


def test_results_after_closing_are_hidden_while_open(client, open_group):
    poll = make_poll(group=open_group, results=Poll.Results.AFTER_CLOSE)
    services.vote(
        member=voter(open_group, "Early Bird"), poll=poll, option_ids=option_ids(poll, "No")
    )
    client.force_login(voter(open_group))

    html = client.get(poll.thread.get_absolute_url()).content.decode()
    assert "Results are shown when the poll closes." in html
    assert "100%" not in html and "Early Bird" not in html

    services.close_poll(member=poll.thread.author, poll=poll)
    html = client.get(poll.thread.get_absolute_url()).content.decode()
    assert "100%" in html


def test_vote_view_counts_and_redirects_to_the_poll(client, open_group):
    poll = make_poll(group=open_group)
    member = voter(open_group)
    client.force_login(member)

    response = client.post(
        reverse("agenda:vote", args=[poll.pk]), {"option": option_ids(poll, "No")}
    )

    assert response.status_code == 302 and response.url.endswith("#poll")
    assert PollChoice.objects.get(ballot__member=member).option.label == "No"


def test_vote_view_with_bad_option_changes_nothing(client, open_group):
    poll = make_poll(group=open_group)
    client.force_login(voter(open_group))

    response = client.post(
        reverse("agenda:vote", args=[poll.pk]), {"option": ["nonsense"]}, follow=True
    )

    assert "Choose an option of this poll." in response.content.decode()
    assert not PollBallot.objects.exists()


def test_new_thread_form_creates_thread_and_poll_together(client, open_group, author):
    client.force_login(author)
    response = client.post(
        reverse("forums:new_thread", args=[open_group.slug]),
        {
            "section": "discussion",
            "title": "Where should the spring meeting be?",
            "body": "Let us decide together where we meet this spring.",
            "language": "en",
            "tags": "",
            "poll-question": "Which city?",
            "poll-options": "Malmö\nOslo\nAarhus",
            "poll-choice_mode": "multiple",
            "poll-max_choices": "2",
            "poll-results": "live",
        },
    )

    assert response.status_code == 302
    poll = Poll.objects.get(question="Which city?")
    assert poll.max_choices == 2 and poll.options.count() == 3
    assert poll.thread.title == "Where should the spring meeting be?"


def test_new_thread_without_poll_question_creates_no_poll(client, open_group, author):
    client.force_login(author)
    response = client.post(
        reverse("forums:new_thread", args=[open_group.slug]),
        {
            "section": "discussion",
            "title": "Just a question",
            "body": "No poll needed for this one, thanks.",
            "language": "en",
            "poll-choice_mode": "single",
            "poll-results": "live",
        },
    )

    assert response.status_code == 302
    assert not Poll.objects.exists()


def test_new_thread_with_one_option_keeps_the_text_and_saves_nothing(client, open_group, author):
    client.force_login(author)
    response = client.post(
        reverse("forums:new_thread", args=[open_group.slug]),
        {
            "section": "discussion",
            "title": "Half a poll",
            "body": "This poll has only one option.",
            "language": "en",
            "poll-question": "Really?",
            "poll-options": "Yes",
            "poll-choice_mode": "single",
            "poll-results": "live",
        },
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert "Give 2 to 20 different options, one per line." in html
    assert "Half a poll" in html
    assert not Poll.objects.exists()
    from forums.models import Thread

    assert not Thread.objects.filter(title="Half a poll").exists()


def test_author_adds_poll_later(client, open_group, author):
    thread = make_thread(group=open_group, author=author)
    client.force_login(author)

    assert "Add a poll to this post" in client.get(thread.get_absolute_url()).content.decode()
    response = client.post(
        reverse("agenda:add_poll", args=[thread.pk]),
        {"question": "Agree?", "options": "Yes\nNo", "choice_mode": "single", "results": "live"},
    )

    assert response.status_code == 302
    assert Poll.objects.get(thread=thread).question == "Agree?"


def test_others_cannot_add_a_poll_to_someone_elses_thread(client, open_group, author):
    thread = make_thread(group=open_group, author=author)
    client.force_login(voter(open_group))

    assert client.get(reverse("agenda:add_poll", args=[thread.pk])).status_code == 404
