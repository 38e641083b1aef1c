"""In-app notifications: who hears about a reply, a mention, an accepted answer, an approved post;
the bell, the list, opening one and marking all read."""

import pytest
from django.urls import reverse
from django.utils import timezone

from forums import announcements, moderation, services
from forums.models import Group, PostStatus, Reply, Thread
from moderation.models import Flag
from notifications.models import Notification
from notifications.services import notify
from tests.factories import MemberFactory
from tests.forums.factories import add_member, make_group, make_reply, make_thread

pytestmark = pytest.mark.django_db

# Measured 5 for 3 or 30 rows: the member, the bell's unread count, the header's "moderates any
# group" check, the paginator's count and the page of notifications.
LIST_BUDGET = 5


def notifications_of(member, kind=None):
    rows = Notification.objects.filter(recipient=member)
    return rows.filter(kind=kind) if kind else rows


def a_notification(member, number=1, **fields):
    fields.setdefault("url", f"/t/{number}/")
    return notify(
        recipient=member,
        kind=Notification.Kind.REPLY,
        key=f"test:{member.pk}:{number}",
        message=f"Notification number {number}",
        **fields,
    )


def test_reply_notifies_the_thread_author_once(thread, author, group_replier):
    reply = make_reply(thread=thread, author=group_replier)

    (notification,) = notifications_of(author)
    assert notification.kind == Notification.Kind.REPLY
    assert notification.message == "Rasmus Replier replied to “Holiday pay for hourly staff”"
    assert notification.url.endswith(f"#reply-{reply.pk}")


def test_replier_is_not_notified_of_their_own_reply(thread, author, group_replier):
    make_reply(thread=thread, author=group_replier)

    assert not notifications_of(group_replier).exists()


def test_authors_reply_to_their_own_thread_notifies_nobody(thread, author):
    make_reply(thread=thread, author=author)

    assert not Notification.objects.exists()


def test_mention_notifies_the_mentioned_member(thread, group_replier):
    mentioned = MemberFactory(display_name="Mona Mentioned")

    make_reply(thread=thread, author=group_replier, body="@Mona Mentioned knows this rule well.")

    (notification,) = notifications_of(mentioned)
    assert notification.kind == Notification.Kind.MENTION
    assert "Rasmus Replier mentioned you" in notification.message


def test_mention_in_a_new_thread_notifies_the_mentioned_member(group, author):
    mentioned = MemberFactory(display_name="Mona Mentioned")
    add_member(group, author)

    make_thread(group=group, author=author, body="What does @Mona Mentioned think of this?")

    assert notifications_of(mentioned, Notification.Kind.MENTION).count() == 1


def test_accepted_answer_notifies_the_answerer(group, author, group_replier):
    question = make_thread(group=group, author=author, section=Thread.Section.QUESTION)
    answer = make_reply(thread=question, author=group_replier)

    services.accept_answer(member=author, thread=question, reply=answer)

    (notification,) = notifications_of(group_replier)
    assert notification.kind == Notification.Kind.ACCEPTED_ANSWER
    assert notification.url.endswith(f"#reply-{answer.pk}")


def test_accepting_the_same_answer_again_notifies_once(group, author, group_replier):
    question = make_thread(group=group, author=author, section=Thread.Section.QUESTION)
    answer = make_reply(thread=question, author=group_replier)

    services.accept_answer(member=author, thread=question, reply=answer)
    services.accept_answer(member=author, thread=question, reply=None)
    services.accept_answer(member=author, thread=question, reply=answer)

    assert notifications_of(group_replier, Notification.Kind.ACCEPTED_ANSWER).count() == 1


@pytest.mark.moderation
def test_held_reply_notifies_nobody_until_approved_then_once(settings, group, thread, author):
    settings.MODERATION_FIRST_POSTS_HELD = 3
    settings.MODERATION_AUTOMATIC = False
    newcomer = add_member(group, MemberFactory(display_name="Nils Newcomer")).member
    mentioned = MemberFactory(display_name="Mona Mentioned")
    manager = group.memberships.get(role="manager").member

    reply = make_reply(thread=thread, author=newcomer, body="As @Mona Mentioned said: paid leave.")

    assert reply.status == PostStatus.HELD
    assert not notifications_of(author).exists()
    assert not notifications_of(mentioned).exists()

    moderation.decide(moderator=manager, post=reply, decision=moderation.Decision.APPROVE)
    announcements.announce_reply(Reply.objects.get(pk=reply.pk))  # published twice

    assert notifications_of(author, Notification.Kind.REPLY).count() == 1
    assert notifications_of(mentioned, Notification.Kind.MENTION).count() == 1


def test_reply_hidden_by_flags_and_approved_again_notifies_nobody_twice(
    settings, group, thread, author, group_replier
):
    settings.MODERATION_FLAGS_TO_HIDE = 1
    manager = group.memberships.get(role="manager").member
    reply = make_reply(thread=thread, author=group_replier)
    flagger = add_member(group, MemberFactory()).member
    assert moderation.flag_post(flagger=flagger, post=reply, reason=Flag.Reason.values[0])

    moderation.decide(moderator=manager, post=reply, decision=moderation.Decision.APPROVE)

    assert Reply.objects.get(pk=reply.pk).status == PostStatus.PUBLISHED
    assert notifications_of(author, Notification.Kind.REPLY).count() == 1


@pytest.mark.moderation
def test_rejected_reply_notifies_nobody(settings, group, thread, author):
    settings.MODERATION_FIRST_POSTS_HELD = 3
    settings.MODERATION_AUTOMATIC = False
    newcomer = add_member(group, MemberFactory()).member
    manager = group.memberships.get(role="manager").member
    reply = make_reply(thread=thread, author=newcomer)

    moderation.decide(moderator=manager, post=reply, decision=moderation.Decision.REJECT)

    assert not notifications_of(author).exists()


def test_bell_in_the_header_shows_the_unread_count(member_client, member):
    for number in range(3):
        a_notification(member, number)
    Notification.objects.filter(recipient=member, key__endswith=":0").update(read_at=timezone.now())

    page = member_client.get(reverse("home")).content.decode()

    assert '<span class="bell-count">2<span class="visually-hidden"> unread' in page


def test_bell_shows_no_count_when_everything_is_read(member_client, member):
    a_notification(member)
    member_client.post(reverse("notifications:mark_all_read"))

    page = member_client.get(reverse("home")).content.decode()

    assert "bell-count" not in page


def test_list_page_shows_my_notifications_newest_first_and_not_others(member_client, member):
    a_notification(member, 1)
    a_notification(member, 2)
    a_notification(MemberFactory(), 3)

    page = member_client.get(reverse("notifications:list")).content.decode()

    assert page.index("Notification number 2") < page.index("Notification number 1")
    assert "Notification number 3" not in page


def test_list_page_needs_sign_in(client):
    response = client.get(reverse("notifications:list"))

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


@pytest.mark.parametrize("rows", [3, 30])
def test_list_page_query_budget_does_not_grow(
    member_client, member, rows, django_assert_max_num_queries
):
    for number in range(rows):
        a_notification(member, number)

    with django_assert_max_num_queries(LIST_BUDGET):
        response = member_client.get(reverse("notifications:list"))

    assert response.status_code == 200


def test_opening_a_notification_marks_it_read_and_goes_to_its_page(member_client, member):
    notification = a_notification(member, url="/t/12/holiday-pay/?page=last#reply-7")

    response = member_client.get(reverse("notifications:open", args=[notification.pk]))

    assert response.status_code == 302
    assert response["Location"] == "/t/12/holiday-pay/?page=last#reply-7"
    notification.refresh_from_db()
    assert notification.read_at is not None


@pytest.mark.parametrize(
    "url",
    [
        "https://evil.example/phish",
        "//evil.example/phish",
        "javascript:alert(1)",
        "/\\evil.example",
    ],
)
def test_opening_a_notification_with_an_external_url_goes_home(member_client, member, url):
    notification = a_notification(member, url=url)

    response = member_client.get(reverse("notifications:open", args=[notification.pk]))

    assert response["Location"] == "/"


def test_someone_elses_notification_is_not_found(member_client):
    other = a_notification(MemberFactory())

    response = member_client.get(reverse("notifications:open", args=[other.pk]))

    assert response.status_code == 404
    other.refresh_from_db()
    assert other.read_at is None


def test_mark_all_read_marks_only_mine(member_client, member):
    a_notification(member, 1)
    a_notification(member, 2)
    others = a_notification(MemberFactory(), 3)

    response = member_client.post(reverse("notifications:mark_all_read"))

    assert response.status_code == 302
    assert not notifications_of(member).filter(read_at__isnull=True).exists()
    others.refresh_from_db()
    assert others.read_at is None


def test_mark_all_read_refuses_get(member_client, member):
    a_notification(member)

    response = member_client.get(reverse("notifications:mark_all_read"))

    assert response.status_code == 405
    assert notifications_of(member).filter(read_at__isnull=True).count() == 1


@pytest.mark.parametrize("visibility", [Group.Visibility.HIDDEN, Group.Visibility.INVITE_ONLY])
def test_mention_in_a_private_group_does_not_tell_outsiders(visibility):
    circle = make_group(name="Restructuring Circle", visibility=visibility)
    insider = add_member(circle, MemberFactory(display_name="Ines Insider")).member
    outsider = MemberFactory(display_name="Olle Outsider")

    make_thread(group=circle, body="Ask @Ines Insider and @Olle Outsider about the layoffs")

    assert notifications_of(insider, Notification.Kind.MENTION).count() == 1
    assert not notifications_of(outsider).exists()
