"""Screening of new posts: new members' first posts wait for a moderator, the classifier holds
spam and moves job ads and promotions, and limits refuse what a member can fix (keeping the text).
"""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from forums import moderation, services
from forums.models import GroupMembership, PostStatus, Reply, Thread
from moderation.models import AuditEntry
from tests.factories import MemberFactory
from tests.forums.factories import add_member, make_reply, make_thread
from tests.moderation.factories import (
    JOB_BODY,
    JOB_TITLE,
    PROMOTION_BODY,
    PROMOTION_TITLE,
    SPAM_BODY,
    SPAM_TITLE,
    established_member,
    new_member,
    published_thread,
    reply_text,
    unique_text,
)

pytestmark = [pytest.mark.django_db, pytest.mark.moderation]

FIRST_POSTS_NOTE = "The first posts of new members are read by a moderator"
SECRET_TITLE = "Zebrafish onboarding checklist"
SECRET_BODY = "Our zebrafish checklist: how do you onboard new colleagues in week one?"


def audit_actions(post) -> list[str]:
    return list(
        AuditEntry.objects.filter(
            object_id=post.pk, content_type__model=type(post).__name__.lower()
        )
        .order_by("id")
        .values_list("action", flat=True)
    )


@pytest.fixture
def reader(group, client):
    """Another member of the group, signed in."""
    client.force_login(add_member(group).member)
    return client


@pytest.fixture
def held_secret(group):
    return make_thread(group=group, author=new_member(group), title=SECRET_TITLE, body=SECRET_BODY)


# --- New members' first posts -------------------------------------------------------------------


def test_a_new_members_first_thread_is_held_with_a_note(group):
    thread = make_thread(group=group, author=new_member(group))

    assert thread.status == PostStatus.HELD
    assert FIRST_POSTS_NOTE in thread.moderation_note


def test_a_new_members_first_reply_is_held_with_a_note(group):
    thread = published_thread(group)

    reply = make_reply(thread=thread, author=new_member(group), body=reply_text())

    assert reply.status == PostStatus.HELD
    assert FIRST_POSTS_NOTE in reply.moderation_note


def test_holding_a_first_post_is_audited_as_held_by_hrnet(group):
    author = new_member(group)

    thread = make_thread(group=group, author=author)

    entry = AuditEntry.objects.get(object_id=thread.pk, content_type__model="thread")
    assert entry.action == AuditEntry.Action.HELD
    assert entry.actor is None
    assert entry.subject == author
    assert entry.group_id == group.pk
    assert entry.summary == thread.title
    assert FIRST_POSTS_NOTE in entry.reason


def test_a_held_thread_does_not_count_in_the_group(group):
    before = type(group).objects.get(pk=group.pk).thread_count

    make_thread(group=group, author=new_member(group))

    assert type(group).objects.get(pk=group.pk).thread_count == before


def test_a_held_reply_does_not_count_in_the_thread(group):
    thread = published_thread(group)

    make_reply(thread=thread, author=new_member(group), body=reply_text())

    assert Thread.objects.get(pk=thread.pk).reply_count == 0


def test_all_first_three_posts_are_held(group):
    author = new_member(group)

    statuses = [make_thread(group=group, author=author).status for _ in range(3)]

    assert statuses == [PostStatus.HELD] * 3


def test_held_posts_that_were_never_approved_do_not_make_a_member_established(group):
    author = new_member(group)
    for _ in range(3):
        make_thread(group=group, author=author)

    fourth = make_thread(group=group, author=author)

    assert fourth.status == PostStatus.HELD


def test_after_three_approved_posts_the_fourth_is_published_directly(group, moderator):
    author = new_member(group)
    for _ in range(3):
        held = make_thread(group=group, author=author)
        moderation.decide(moderator=moderator, post=held, decision=moderation.Decision.APPROVE)

    fourth = make_thread(group=group, author=author)

    assert fourth.status == PostStatus.PUBLISHED
    assert fourth.moderation_note == ""
    assert audit_actions(fourth) == []


def test_a_held_thread_is_not_on_the_group_page_for_other_members(group, held_secret, reader):
    published_thread(group, title="Published walrus thread")

    response = reader.get(reverse("forums:group", args=[group.slug]))

    assert response.status_code == 200
    assert "Published walrus thread" in response.text
    assert SECRET_TITLE not in response.text


def test_a_held_thread_is_not_found_by_search_for_other_members(group, held_secret, reader):
    published_thread(
        group,
        title="Zebrafish payroll calendar",
        body="Our zebrafish payroll calendar: how do you plan the payroll dates around holidays?",
    )

    response = reader.get(reverse("forums:search"), {"q": "zebrafish"})

    assert response.status_code == 200
    assert "Zebrafish payroll calendar" in response.text
    assert SECRET_TITLE not in response.text


def test_a_held_thread_is_not_in_the_group_feed(group, held_secret, client):
    published_thread(group, title="Published walrus thread")

    response = client.get(reverse("forums:group_rss", args=[group.slug]))

    assert response.status_code == 200
    assert "Published walrus thread" in response.text
    assert SECRET_TITLE not in response.text


def test_a_held_thread_page_is_not_found_for_other_members(held_secret, reader):
    response = reader.get(held_secret.get_absolute_url())

    assert response.status_code == 404


def test_the_author_sees_their_held_thread_with_the_note(held_secret, client):
    client.force_login(held_secret.author)

    response = client.get(held_secret.get_absolute_url())

    assert response.status_code == 200
    assert SECRET_TITLE in response.text
    assert FIRST_POSTS_NOTE in response.text


def test_a_held_reply_is_shown_to_its_author_with_the_note_and_to_no_one_else(
    group, reader, client
):
    thread = published_thread(group)
    author = new_member(group)
    make_reply(
        thread=thread,
        author=author,
        body="Walrus welcome lunch on day one: does anyone else do this for new colleagues?",
    )

    others_see = reader.get(thread.get_absolute_url()).text
    client.force_login(author)
    author_sees = client.get(thread.get_absolute_url()).text

    assert "Walrus welcome lunch" not in others_see
    assert "Walrus welcome lunch" in author_sees
    assert FIRST_POSTS_NOTE in author_sees


# --- The classifier -----------------------------------------------------------------------------


def test_a_job_ad_posted_as_a_discussion_moves_to_jobs_with_a_note(group):
    author = established_member(group)

    thread = make_thread(
        group=group, author=author, title=JOB_TITLE, body=JOB_BODY, section="discussion"
    )

    assert thread.section == Thread.Section.JOB
    assert thread.status == PostStatus.PUBLISHED
    assert "reads like a job ad" in thread.moderation_note
    assert thread.job_score >= 0.6


def test_moving_a_job_ad_to_jobs_is_audited(group):
    thread = make_thread(
        group=group, author=established_member(group), title=JOB_TITLE, body=JOB_BODY
    )

    assert audit_actions(thread) == [AuditEntry.Action.MOVED_TO_JOBS]


def test_a_promotion_posted_as_a_question_moves_to_promotions_with_a_note(group):
    thread = make_thread(
        group=group,
        author=established_member(group),
        title=PROMOTION_TITLE,
        body=PROMOTION_BODY,
        section="question",
    )

    assert thread.section == Thread.Section.PROMOTION
    assert thread.status == PostStatus.PUBLISHED
    assert "reads like a promotion" in thread.moderation_note
    assert audit_actions(thread) == [AuditEntry.Action.MOVED_TO_PROMOTIONS]


def test_a_job_ad_posted_in_jobs_stays_there_without_a_note(group):
    thread = make_thread(
        group=group,
        author=established_member(group),
        title=JOB_TITLE,
        body=JOB_BODY,
        section="job",
        job={"job_location": "Malmö"},
    )

    assert thread.section == Thread.Section.JOB
    assert thread.moderation_note == ""
    assert audit_actions(thread) == []


def test_obvious_spam_by_an_established_member_is_held_with_a_note(group):
    thread = make_thread(
        group=group, author=established_member(group), title=SPAM_TITLE, body=SPAM_BODY
    )

    assert thread.status == PostStatus.HELD
    assert "looks like spam" in thread.moderation_note
    assert thread.spam_score >= 0.6
    assert audit_actions(thread) == [AuditEntry.Action.HELD]


def test_an_ordinary_post_by_an_established_member_is_published_untouched(group):
    title, body = unique_text()

    thread = make_thread(group=group, author=established_member(group), title=title, body=body)

    assert thread.status == PostStatus.PUBLISHED
    assert thread.section == Thread.Section.DISCUSSION
    assert thread.moderation_note == ""
    assert audit_actions(thread) == []


@pytest.mark.parametrize("role", [GroupMembership.Role.MODERATOR, GroupMembership.Role.MANAGER])
def test_a_moderators_or_managers_own_post_is_never_screened(group, role):
    # A brand-new account: no published posts, spam words, many links and mentions.
    author = add_member(group, MemberFactory(), role=role).member
    body = SPAM_BODY + " https://a.example https://b.example @Ann @Bo @Cy @Di"

    thread = make_thread(group=group, author=author, title=SPAM_TITLE, body=body)

    assert thread.status == PostStatus.PUBLISHED
    assert thread.section == Thread.Section.DISCUSSION
    assert thread.moderation_note == ""
    assert audit_actions(thread) == []


def test_a_staff_members_own_post_is_never_screened(group, staff):
    thread = make_thread(group=group, author=staff, title=SPAM_TITLE, body=SPAM_BODY)

    assert thread.status == PostStatus.PUBLISHED
    assert audit_actions(thread) == []


# --- Limits a member can fix --------------------------------------------------------------------

THREE_LINKS = "See https://a.example, https://b.example and https://c.example for our policy."
FOUR_MENTIONS = "@Anna @Bertil @Cecilia @David what do your works councils say about this?"


def test_a_new_member_with_more_than_two_links_is_refused_with_a_clear_message(group):
    author = new_member(group)

    with pytest.raises(ValidationError) as refused:
        services.start_thread(author=author, group=group, title="Policies", body=THREE_LINKS)

    assert "at most 2 links" in " ".join(refused.value.messages)
    assert not Thread.objects.filter(author=author).exists()
    assert not AuditEntry.objects.exists()


def test_a_new_member_may_post_two_links(group):
    author = new_member(group)

    thread = make_thread(
        group=group, author=author, body="See https://a.example and https://b.example please."
    )

    assert thread.status == PostStatus.HELD


def test_a_new_member_mentioning_more_than_three_people_is_refused_with_a_clear_message(group):
    author = new_member(group)
    thread = published_thread(group)

    with pytest.raises(ValidationError) as refused:
        services.post_reply(author=author, thread=thread, body=FOUR_MENTIONS)

    assert "mention at most 3 people" in " ".join(refused.value.messages)
    assert not Reply.objects.filter(author=author).exists()


def test_the_link_and_mention_limits_do_not_apply_to_established_members(group):
    author = established_member(group)

    make_thread(group=group, author=author, title="Policies", body=f"{THREE_LINKS} {FOUR_MENTIONS}")

    # Written (the classifier may still hold it: three links read as spam to it).
    assert Thread.objects.filter(author=author, title="Policies").exists()


def test_a_refused_first_post_by_an_outsider_does_not_join_them_to_the_group(group):
    outsider = MemberFactory()

    with pytest.raises(ValidationError):
        services.start_thread(author=outsider, group=group, title="Policies", body=THREE_LINKS)

    assert not GroupMembership.objects.filter(group=group, member=outsider).exists()


@pytest.fixture
def two_posts_an_hour(settings):
    settings.POSTING_RATE_MEMBER = (2, 3600)


@pytest.mark.usefixtures("two_posts_an_hour")
def test_the_third_post_within_the_hour_is_refused_with_a_clear_message(group):
    author = established_member(group)
    for _ in range(2):
        make_thread(group=group, author=author)
    before = Thread.objects.filter(author=author).count()

    with pytest.raises(ValidationError) as refused:
        title, body = unique_text()
        services.start_thread(author=author, group=group, title=title, body=body)

    message = " ".join(refused.value.messages)
    assert "posted 2 times in the last 60 minutes" in message
    assert "Your text is still here" in message
    assert Thread.objects.filter(author=author).count() == before


@pytest.mark.usefixtures("two_posts_an_hour")
def test_replies_count_towards_the_posting_rate(group):
    author = established_member(group)
    thread = published_thread(group)
    make_reply(thread=thread, author=author, body=reply_text())
    make_thread(group=group, author=author)

    with pytest.raises(ValidationError):
        services.post_reply(author=author, thread=thread, body=reply_text())

    assert Reply.objects.filter(author=author).count() == 1


@pytest.mark.usefixtures("two_posts_an_hour")
def test_a_rate_limited_new_thread_form_keeps_the_text(group, client):
    author = established_member(group)
    for _ in range(2):
        make_thread(group=group, author=author)
    client.force_login(author)
    body = "Which onboarding survey questions gave you the most useful answers"

    response = client.post(
        reverse("forums:new_thread", args=[group.slug]),
        {
            "section": "discussion",
            "title": "Onboarding survey questions",
            "body": body,
            "language": "en",
            "tags": "",
        },
    )

    assert response.status_code in (200, 400)
    assert f">{body}</textarea>" in response.text
    assert "posted 2 times in the last 60 minutes" in response.text
    assert not Thread.objects.filter(title="Onboarding survey questions").exists()


@pytest.mark.usefixtures("two_posts_an_hour")
def test_a_rate_limited_reply_keeps_the_text(group, client):
    author = established_member(group)
    thread = published_thread(group)
    for _ in range(2):
        make_reply(thread=thread, author=author, body=reply_text())
    client.force_login(author)
    body = "We ask every newcomer after thirty days what surprised them most"

    response = client.post(reverse("forums:reply", args=[thread.pk]), {"body": body})

    assert response.status_code in (200, 400)
    assert f">{body}</textarea>" in response.text
    assert "posted 2 times in the last 60 minutes" in response.text
    assert Reply.objects.filter(author=author).count() == 2


# --- Known false positives (see the report: unseen author-signal tokens favour spam) ------------


def test_a_new_members_short_friendly_reply_is_held_as_a_first_post_not_as_spam(group):
    thread = published_thread(group)

    reply = make_reply(
        thread=thread, author=new_member(group), body="Walrus welcome lunch on day one"
    )

    assert FIRST_POSTS_NOTE in reply.moderation_note


def test_an_established_members_short_friendly_reply_is_published(group):
    thread = published_thread(group)

    reply = make_reply(
        thread=thread,
        author=established_member(group),
        body="Reply 12: we pair every newcomer with a buddy.",
    )

    assert reply.status == PostStatus.PUBLISHED


def test_a_new_members_job_ad_is_audited_as_held_as_well_as_moved(group):
    thread = make_thread(group=group, author=new_member(group), title=JOB_TITLE, body=JOB_BODY)

    assert thread.status == PostStatus.HELD
    assert thread.section == Thread.Section.JOB
    assert set(audit_actions(thread)) == {AuditEntry.Action.HELD, AuditEntry.Action.MOVED_TO_JOBS}
