"""Anonymous questions: the author's name, username (email) and profile URL never reach another
member, on any surface; the group's moderators see the author on the thread page, and each such
reveal is in the audit log."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from digests import services as digests
from forums import services
from forums.models import GroupMembership, Thread
from members.services import export_personal_data
from moderation.models import AuditEntry
from notifications.models import Notification
from tests.factories import MemberFactory
from tests.forums.factories import add_member, make_group, make_reply
from tests.notifications.helpers import committed, emails_to

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _emails_in_process(settings):
    settings.CELERY_TASK_ALWAYS_EAGER = True
    settings.CELERY_TASK_EAGER_PROPAGATES = True


@pytest.fixture
def group():
    return make_group(name="Solo HR Nordic", allows_anonymous_posts=True)


@pytest.fixture
def asker(group):
    person = MemberFactory(
        display_name="Astrid Hemlighet", email="astrid.hemlighet@example.org", email_consent=True
    )
    add_member(group, person)
    return person


@pytest.fixture
def reader(group):
    person = MemberFactory(display_name="Rolf Reader", email_consent=True)
    add_member(group, person)
    return person


@pytest.fixture
def moderator(group):
    person = MemberFactory(display_name="Mona Moderator")
    add_member(group, person, role=GroupMembership.Role.MODERATOR)
    return person


@pytest.fixture
def question(group, asker):
    return services.start_thread(
        author=asker,
        group=group,
        title="Burnout case in a team of three",
        body="How do you handle a long burnout absence when you are the only HR person?",
        section=Thread.Section.QUESTION,
        anonymous=True,
    )


def traces(person) -> list[str]:
    """Everything that names a member: name, username (the email and its local part), profile."""
    return [
        person.display_name,
        person.email,
        person.email.split("@")[0],
        reverse("members:profile", args=[person.pk]),
    ]


def assert_hidden(text: str, person) -> None:
    for trace in traces(person):
        assert trace not in text, f"{trace!r} leaked"


def page(client, viewer, url, **params) -> str:
    client.force_login(viewer)
    response = client.get(url, params)
    assert response.status_code == 200
    return response.content.decode()


def assert_moderator_sees(client, moderator, thread, person) -> None:
    html = page(client, moderator, thread.get_absolute_url())
    assert person.display_name in html
    assert reverse("members:profile", args=[person.pk]) in html


# --- Posting -------------------------------------------------------------------------------------


def test_anonymous_posts_only_where_the_group_allows_them(asker):
    closed = make_group(name="No secrets")
    add_member(closed, asker)

    with pytest.raises(ValidationError, match="does not allow anonymous"):
        services.start_thread(
            author=asker, group=closed, title="Hello all", body="x" * 20, anonymous=True
        )


def test_a_manager_turns_anonymous_posts_on_from_the_group_page(client):
    manager = MemberFactory()
    group = make_group(manager=manager, name="Toggle group")
    client.force_login(manager)

    client.post(
        reverse("forums:set_anonymous_posts", args=[group.slug]), {"allows_anonymous_posts": "on"}
    )

    group.refresh_from_db()
    assert group.allows_anonymous_posts is True
    html = page(client, manager, reverse("forums:group_tab", args=[group.slug, "about"]))
    assert "Allow anonymous posts" in html


def test_a_plain_member_cannot_change_the_setting(client, group, reader):
    client.force_login(reader)
    group.allows_anonymous_posts = False
    group.save()

    response = client.post(
        reverse("forums:set_anonymous_posts", args=[group.slug]), {"allows_anonymous_posts": "on"}
    )

    assert response.status_code == 404
    group.refresh_from_db()
    assert group.allows_anonymous_posts is False


def test_the_form_posts_anonymously(client, group, asker):
    client.force_login(asker)

    client.post(
        reverse("forums:new_thread", args=[group.slug]),
        {
            "section": "question",
            "title": "Asking without my name",
            "body": "A question I cannot ask at work.",
            "language": "en",
            "anonymous": "on",
        },
    )

    assert Thread.objects.get(title="Asking without my name").is_anonymous


# --- One test per surface ---------------------------------------------------------------------


def test_thread_page_hides_the_author_from_members_and_shows_moderators(
    client, question, asker, reader, moderator
):
    html = page(client, reader, question.get_absolute_url())

    assert "A member of this group" in html
    assert_hidden(html, asker)
    assert_moderator_sees(client, moderator, question, asker)


def test_every_moderator_reveal_is_in_the_audit_log(client, question, asker, reader, moderator):
    page(client, reader, question.get_absolute_url())
    assert not AuditEntry.objects.filter(action=AuditEntry.Action.REVEALED).exists()

    assert_moderator_sees(client, moderator, question, asker)
    assert_moderator_sees(client, moderator, question, asker)

    reveals = AuditEntry.objects.filter(
        action=AuditEntry.Action.REVEALED, actor=moderator, subject=asker, object_id=question.pk
    )
    assert reveals.count() == 2
    assert reveals.first().group_id == question.group_id


def test_staff_see_the_author_and_are_audited(client, question, asker):
    staff = MemberFactory(is_staff=True)

    assert_moderator_sees(client, staff, question, asker)
    assert AuditEntry.objects.filter(action=AuditEntry.Action.REVEALED, actor=staff).exists()


def test_the_author_sees_their_own_post_marked_anonymous(client, question, asker):
    html = page(client, asker, question.get_absolute_url())

    assert "posted anonymously" in html
    assert not AuditEntry.objects.filter(action=AuditEntry.Action.REVEALED).exists()


def test_thread_lists_show_a_member_of_this_group(
    client, group, question, asker, reader, moderator
):
    html = page(client, reader, reverse("forums:group_tab", args=[group.slug, "questions"]))

    assert question.title in html
    assert "A member of this group" in html
    assert_hidden(html, asker)
    assert_moderator_sees(client, moderator, question, asker)


def test_profile_activity_of_the_author_lists_nothing_anonymous(
    client, question, asker, reader, moderator
):
    html = page(client, reader, reverse("members:profile", args=[asker.pk]))

    assert question.title not in html
    assert_moderator_sees(client, moderator, question, asker)


@pytest.mark.parametrize("feed", ["forums:group_rss", "forums:group_atom"])
def test_feeds_name_no_anonymous_author(client, group, question, asker, moderator, feed):
    response = client.get(reverse(feed, args=[group.slug]))

    body = response.content.decode()
    assert question.title in body
    assert_hidden(body, asker)
    assert_moderator_sees(client, moderator, question, asker)


def test_search_results_and_snippets_hide_the_author(client, question, asker, reader, moderator):
    services.post_reply(
        author=asker, thread=question, body="Burnout follow-up from me", anonymous=True
    )

    html = page(client, reader, reverse("forums:search"), q="burnout")

    assert question.title in html
    assert_hidden(html, asker)
    assert_moderator_sees(client, moderator, question, asker)


def test_search_by_author_never_finds_anonymous_posts(client, question, asker, reader, moderator):
    services.post_reply(author=asker, thread=question, body="Burnout again, named", anonymous=False)

    html = page(client, reader, reverse("forums:search"), q="burnout", author=asker.pk)

    assert question.title in html  # the named reply is in the same thread
    assert "only HR person" not in html  # the anonymous thread itself is not a hit
    assert_moderator_sees(client, moderator, question, asker)


def test_reply_notification_and_email_name_a_member_of_the_group(
    client, group, asker, reader, moderator
):
    thread = services.start_thread(author=reader, group=group, title="Rota question", body="x" * 30)
    with committed():
        reply = services.post_reply(
            author=asker, thread=thread, body="We do it weekly.", anonymous=True
        )

    notification = Notification.objects.get(recipient=reader, kind=Notification.Kind.REPLY)
    assert notification.message.startswith("A member of Solo HR Nordic")
    assert_hidden(notification.message, asker)
    (email,) = emails_to(reader)
    assert_hidden(email.body + email.subject, asker)
    assert_moderator_sees(client, moderator, reply.thread, asker)


def test_mentions_notify_but_say_a_member_of_the_group(client, group, asker, reader, moderator):
    with committed():
        thread = services.start_thread(
            author=asker,
            group=group,
            title="Who knows pensions",
            body="@Rolf Reader what do you think?",
            anonymous=True,
        )

    notification = Notification.objects.get(recipient=reader, kind=Notification.Kind.MENTION)
    assert "A member of Solo HR Nordic mentioned you" in notification.message
    (email,) = emails_to(reader)
    assert_hidden(email.body, asker)
    assert_moderator_sees(client, moderator, thread, asker)


def test_watch_notifications_name_no_author(client, group, asker, reader, moderator):
    GroupMembership.objects.filter(member=reader, group=group).update(
        watch_level=GroupMembership.WatchLevel.EVERY_NEW_DISCUSSION
    )
    with committed():
        thread = services.start_thread(
            author=asker, group=group, title="Watched and anonymous", body="x" * 30, anonymous=True
        )

    notification = Notification.objects.get(recipient=reader, kind=Notification.Kind.GROUP)
    assert_hidden(notification.message, asker)
    for email in emails_to(reader):
        assert_hidden(email.body, asker)
    assert_moderator_sees(client, moderator, thread, asker)


def test_digests_name_no_author(client, question, asker, reader, moderator):
    Thread.objects.filter(pk=question.pk).update(trending_score=5)
    make_reply(thread=question, author=reader)

    digests.send_digest_chunk(frequency="weekly", member_ids=[reader.pk])

    (email,) = emails_to(reader)
    assert question.title in email.body
    assert_hidden(email.body, asker)
    for content, _mimetype in email.alternatives:
        assert_hidden(content, asker)
    assert_moderator_sees(client, moderator, question, asker)


def test_the_newsletter_names_no_author(client, question, asker, reader, moderator):
    Thread.objects.filter(pk=question.pk).update(trending_score=50)
    editor = MemberFactory(is_staff=True)
    with committed():
        newsletter = digests.create_draft(editor=editor)
        digests.send_newsletter(editor=editor, newsletter=newsletter)

    emails = emails_to(reader)
    assert emails and question.title in emails[0].body
    for email in emails:
        assert_hidden(email.body, asker)
    html = page(client, reader, reverse("digests:issue", args=[newsletter.pk]))
    assert_hidden(html, asker)
    assert_moderator_sees(client, moderator, question, asker)


def test_gdpr_export_of_other_members_names_no_anonymous_author(
    client, question, asker, reader, moderator
):
    services.post_reply(author=reader, thread=question, body="Take it step by step.")

    exported = str(export_personal_data(member=reader))

    assert question.title in exported
    assert_hidden(exported, asker)
    own = export_personal_data(member=asker)
    assert own["threads"][0]["title"] == question.title
    assert own["threads"][0]["anonymous"] is True
    assert_moderator_sees(client, moderator, question, asker)


def test_insights_top_contributors_leave_anonymous_posts_out(
    client, group, question, asker, moderator
):
    from insights import selectors as insights

    services.post_reply(author=asker, thread=question, body="And another one", anonymous=True)

    people = [row["member"] for row in insights.top_contributors(days=30)]
    assert asker not in people
    staff = MemberFactory(is_staff=True)
    html = page(client, staff, reverse("insights:group", args=[group.slug]))
    assert_hidden(html, asker)
    assert_moderator_sees(client, moderator, question, asker)


def test_page_source_has_no_author_id_username_or_avatar(
    client, question, asker, reader, moderator
):
    html = page(client, reader, question.get_absolute_url())

    assert f"/members/{asker.pk}/" not in html
    assert f'value="{asker.pk}"' not in html
    assert f">{asker.initials}<" not in html
    assert_hidden(html, asker)
    assert_moderator_sees(client, moderator, question, asker)


def test_partial_responses_name_no_author(client, question, asker, reader, moderator):
    client.force_login(reader)

    helpful = client.post(
        reverse("forums:helpful_thread", args=[question.pk]), HTTP_HX_REQUEST="true"
    )
    preview = client.post(reverse("forums:preview"), {"body": "hello"}, HTTP_HX_REQUEST="true")

    assert helpful.status_code == 200
    for response in (helpful, preview):
        assert_hidden(response.content.decode(), asker)
    assert_moderator_sees(client, moderator, question, asker)


def test_reactions_do_not_reveal_the_author(client, question, asker, reader, moderator):
    services.toggle_helpful(member=reader, thread=question, reply=None)

    html = page(client, reader, question.get_absolute_url())
    assert_hidden(html, asker)
    for notification in Notification.objects.exclude(recipient=asker):
        assert_hidden(notification.message, asker)
    assert_moderator_sees(client, moderator, question, asker)


def test_quoting_an_anonymous_reply_quotes_a_member_of_the_group(
    client, question, asker, reader, moderator
):
    reply = services.post_reply(
        author=asker, thread=question, body="My quiet answer", anonymous=True
    )

    html = page(client, reader, question.get_absolute_url(), quote=reply.pk)

    assert "A member of this group:" in html
    assert_hidden(html, asker)
    assert_moderator_sees(client, moderator, question, asker)


def test_a_later_named_reply_by_the_author_is_not_linked_to_the_question(
    client, group, question, asker, reader, moderator
):
    services.post_reply(author=asker, thread=question, body="Speaking for myself here.")

    html = page(client, reader, question.get_absolute_url())

    assert html.count(asker.display_name) == 1  # on the named reply only
    header = html.split('id="replies-title"')[0]
    assert_hidden(header, asker)
    assert "original poster" not in html.lower()
    assert "OP" not in html.split()
    assert_moderator_sees(client, moderator, question, asker)


def test_an_anonymous_reply_leaves_no_last_replier_on_thread_lists(
    client, group, question, asker, reader, moderator
):
    thread = services.start_thread(author=reader, group=group, title="Open question", body="y" * 30)
    services.post_reply(author=asker, thread=thread, body="Anonymous answer", anonymous=True)

    html = page(client, reader, group.get_absolute_url())

    assert_hidden(html, asker)
    assert_moderator_sees(client, moderator, question, asker)


def test_a_summary_by_the_anonymous_asker_does_not_name_them_in_the_knowledge_portal(
    client, question, asker, reader, moderator
):
    services.save_summary(
        author=asker,
        thread=question,
        title="Long burnout absences when you are alone in HR",
        body="Plan the return with occupational health and keep in touch weekly.",
        publish=True,
    )

    html = page(client, reader, reverse("forums:knowledge"))

    assert "Long burnout absences" in html
    assert_hidden(html, asker)
    assert_moderator_sees(client, moderator, question, asker)
