"""Topics for the next meeting: suggest, vote, rank, put on the programme, notify."""

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from agenda import selectors, services
from agenda.models import TopicSuggestion, TopicVote
from events.models import AgendaItem, Event
from notifications.models import Notification
from tests.factories import MemberFactory

pytestmark = pytest.mark.django_db


def suggest(event, title, member=None, **fields):
    return services.suggest_topic(
        member=member or MemberFactory(), event=event, title=title, **fields
    )


def vote_for(topic, count):
    for member in MemberFactory.create_batch(count):
        services.set_topic_vote(member=member, topic=topic, voted=True)


def test_suggester_votes_for_their_topic(event):
    topic = suggest(event, "Pay transparency directive")

    assert topic.vote_count == 1
    assert TopicVote.objects.filter(topic=topic, member=topic.author).exists()


def test_topics_are_ranked_by_votes_then_age(event, outsider):
    first = suggest(event, "Hybrid work")
    second = suggest(event, "AI in recruiting")
    third = suggest(event, "Pay transparency")
    vote_for(third, 2)
    vote_for(second, 2)

    ranked = list(selectors.event_topics(outsider, event))

    assert ranked == [second, third, first]


def test_vote_once_and_take_it_back(event):
    topic = suggest(event, "Hybrid work")
    member = MemberFactory()

    services.set_topic_vote(member=member, topic=topic, voted=True)
    services.set_topic_vote(member=member, topic=topic, voted=True)
    topic.refresh_from_db()
    assert topic.vote_count == 2

    services.set_topic_vote(member=member, topic=topic, voted=False)
    topic.refresh_from_db()
    assert topic.vote_count == 1


def test_duplicate_topic_is_refused(event):
    suggest(event, "Hybrid work")

    with pytest.raises(ValidationError):
        suggest(event, "hybrid   WORK")


def test_topics_close_when_the_event_starts(event):
    topic = suggest(event, "Hybrid work")
    Event.objects.filter(pk=event.pk).update(
        starts_at=timezone.now() - timedelta(minutes=5), ends_at=timezone.now() + timedelta(hours=1)
    )
    event.refresh_from_db()
    topic.event = event

    with pytest.raises(ValidationError):
        suggest(event, "Too late")
    with pytest.raises(ValidationError):
        services.set_topic_vote(member=MemberFactory(), topic=topic, voted=True)


def test_organiser_puts_topic_on_programme_and_suggester_is_told_once(event, organiser):
    topic = suggest(event, "Pay transparency", description="The EU directive lands in 2026.")
    starts = event.starts_at + timedelta(minutes=30)

    services.schedule_topic(organiser=organiser, topic=topic, starts_at=starts)

    item = AgendaItem.objects.get(event=event)
    assert (item.title, item.description, item.starts_at) == (
        "Pay transparency",
        "The EU directive lands in 2026.",
        starts,
    )
    topic.refresh_from_db()
    assert (topic.status, topic.agenda_item) == (TopicSuggestion.Status.SCHEDULED, item)
    notice = Notification.objects.get(key=f"topic-scheduled:{topic.pk}")
    assert notice.recipient == topic.author
    with pytest.raises(ValidationError):
        services.schedule_topic(organiser=organiser, topic=topic, starts_at=starts)
    assert AgendaItem.objects.count() == 1
    assert Notification.objects.filter(key__startswith="topic-scheduled:").count() == 1


def test_only_organisers_schedule_topics(event):
    topic = suggest(event, "Pay transparency")

    with pytest.raises(PermissionDenied):
        services.schedule_topic(organiser=topic.author, topic=topic, starts_at=event.starts_at)
    assert not AgendaItem.objects.exists()


# --- Pages --------------------------------------------------------------------------------------


def test_event_page_has_suggest_topics_section_while_upcoming(client, event):
    suggest(event, "Hybrid work")
    client.force_login(MemberFactory())

    html = client.get(event.get_absolute_url()).content.decode()

    assert "Suggest topics" in html and "Hybrid work" in html
    assert reverse("agenda:suggest_topic", args=[event.slug]) in html


def test_event_page_after_start_shows_no_form(client, event):
    suggest(event, "Hybrid work")
    Event.objects.filter(pk=event.pk).update(starts_at=timezone.now() - timedelta(minutes=5))
    client.force_login(MemberFactory())

    html = client.get(event.get_absolute_url()).content.decode()

    assert "Suggestions closed when the event started." in html
    assert reverse("agenda:suggest_topic", args=[event.slug]) not in html


def test_member_suggests_and_votes_through_forms(client, event):
    member = MemberFactory()
    client.force_login(member)

    client.post(reverse("agenda:suggest_topic", args=[event.slug]), {"title": "Hybrid work"})
    other = suggest(event, "Pay transparency")
    client.post(reverse("agenda:topic_vote", args=[other.pk]))

    assert TopicSuggestion.objects.get(title="Hybrid work").author == member
    assert TopicVote.objects.filter(topic=other, member=member).exists()
    client.post(reverse("agenda:topic_vote", args=[other.pk]), {"action": "unvote"})
    assert not TopicVote.objects.filter(topic=other, member=member).exists()


def test_empty_topic_is_refused_with_a_message(client, event):
    client.force_login(MemberFactory())

    response = client.post(
        reverse("agenda:suggest_topic", args=[event.slug]), {"title": ""}, follow=True
    )

    assert "Write the topic" in response.content.decode()
    assert not TopicSuggestion.objects.exists()


def test_organiser_ranks_and_schedules_through_the_page(client, event, organiser):
    low, high = suggest(event, "Low topic"), suggest(event, "High topic")
    vote_for(high, 3)
    client.force_login(organiser)

    html = client.get(reverse("agenda:event_topics", args=[event.slug])).content.decode()
    assert html.index("High topic") < html.index("Low topic")

    with timezone.override(event.time_zone):
        local = timezone.localtime(event.starts_at)
    response = client.post(
        reverse("agenda:schedule_topic", args=[high.pk]),
        {"starts_at": local.strftime("%Y-%m-%dT%H:%M"), "title": "High topic, round table"},
    )

    assert response.status_code == 302
    item = AgendaItem.objects.get(event=event)
    assert item.title == "High topic, round table"
    assert item.starts_at == event.starts_at.replace(second=0, microsecond=0)
    assert "High topic, round table" in client.get(event.get_absolute_url()).content.decode()
    assert low.status == "open"
