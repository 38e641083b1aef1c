"""What the busiest reads keep in Redis (issue 14) is never stale after a write and never shows
anyone what they may not see: the signed-in member, the header's badges and menu, and the thread
page's thread, reply rows and "no poll" marker. Each test reads once to fill the cache, writes
through the service the site uses, and reads again."""

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from agenda import services as agenda_services
from forums import selectors as forum_selectors
from forums import services as forum_services
from forums.models import GroupMembership, PostStatus
from members import services as member_services
from notifications import services as notification_services
from tests.factories import MemberFactory
from tests.forums.factories import add_member, make_group, make_reply, make_thread

pytestmark = pytest.mark.django_db

THREAD_PAGE_WARM_MEMBER = 2  # membership (+ the group for a non-member)
THREAD_PAGE_WARM_ANONYMOUS = 1  # the group: access is always decided on fresh rows
HEADER_WARM = 0  # a signed-in page without content of its own: session and member from Redis


def signed_in(member) -> Client:
    client = Client()
    client.force_login(member)
    return client


@pytest.fixture
def group(db):
    return make_group(manager=MemberFactory(), name="Payroll Nordic")


@pytest.fixture
def thread(group):
    return make_thread(group=group, title="Holiday pay for hourly staff")


# --- The signed-in member ------------------------------------------------------------------------


def test_signed_in_pages_read_the_member_and_badges_from_redis(member, django_assert_num_queries):
    client = signed_in(member)
    client.get(reverse("notifications:list"))  # fills the caches

    with django_assert_num_queries(HEADER_WARM):
        response = client.get(reverse("members:privacy"))

    assert response.status_code == 200
    assert response.wsgi_request.user == member


def test_a_deactivated_member_is_signed_out_on_the_next_request(member):
    client = signed_in(member)
    assert client.get(reverse("members:privacy")).status_code == 200

    member.is_active = False
    member.save(update_fields=["is_active"])

    response = client.get(reverse("members:privacy"))
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


def test_a_changed_password_signs_out_other_sessions_at_once(member):
    client = signed_in(member)
    assert client.get(reverse("members:privacy")).status_code == 200

    member.set_password("a-new-long-password-9")
    member.save()

    assert client.get(reverse("members:privacy")).status_code == 302


def test_a_new_language_applies_on_the_next_page(member):
    client = signed_in(member)
    client.get(reverse("members:privacy"))

    member_services.set_preferred_language(member=member, language="sv")

    assert '<html lang="sv">' in client.get(reverse("members:privacy")).content.decode()


def test_the_cached_member_is_not_the_wide_row(member):
    client = signed_in(member)
    client.get(reverse("members:privacy"))

    cached = cache.get(f"members:signed-in:{member.pk}")

    assert cached.pk == member.pk
    assert "search_vector" in cached.get_deferred_fields()


# --- Header badges and menu ----------------------------------------------------------------------


def badge(page: str) -> str:
    marker = '<span class="bell-count">'
    return page.split(marker, 1)[1].split("<", 1)[0] if marker in page else ""


def test_the_bell_counts_a_new_notification_and_clears_when_read(member):
    client = signed_in(member)
    assert badge(client.get(reverse("members:privacy")).content.decode()) == ""

    notification_services.notify(
        recipient=member, kind="reply", key="cache-test-1", message="Anna replied", url="/"
    )
    assert badge(client.get(reverse("members:privacy")).content.decode()) == "1"

    notification_services.mark_read(member=member)
    assert badge(client.get(reverse("members:privacy")).content.decode()) == ""


def test_the_moderation_queue_link_follows_a_role_change(group, member):
    membership = add_member(group, member)
    client = signed_in(member)
    queue = reverse("forums:moderation_queue")
    assert queue not in client.get(reverse("members:privacy")).content.decode()

    manager = GroupMembership.objects.get(group=group, role=GroupMembership.Role.MANAGER).member
    forum_services.set_member_role(
        manager=manager, membership=membership, role=GroupMembership.Role.MODERATOR
    )
    assert queue in client.get(reverse("members:privacy")).content.decode()

    forum_services.leave_group(member=member, group=group)
    assert queue not in client.get(reverse("members:privacy")).content.decode()


# --- The thread page -----------------------------------------------------------------------------


@pytest.mark.parametrize("replies", [2, 60], ids=["2-replies", "60-replies"])
def test_a_warm_thread_page_costs_the_same_few_queries(
    group, thread, replies, django_assert_max_num_queries
):
    reader = MemberFactory()
    add_member(group, reader)
    for _ in range(replies):
        make_reply(thread=thread)
    member_client, anonymous = signed_in(reader), Client()
    for client in (member_client, anonymous):
        client.get(thread.get_absolute_url())

    with django_assert_max_num_queries(THREAD_PAGE_WARM_MEMBER):
        assert member_client.get(thread.get_absolute_url()).status_code == 200
    with django_assert_max_num_queries(THREAD_PAGE_WARM_ANONYMOUS):
        assert anonymous.get(thread.get_absolute_url()).status_code == 200


def test_an_edited_thread_shows_its_new_text_and_tags_at_once(client, group, thread):
    assert "Holiday pay for hourly staff" in client.get(thread.get_absolute_url()).content.decode()

    forum_services.edit_thread(
        editor=thread.author,
        thread=thread,
        title="Holiday pay, revised",
        body="Now with the 2027 rules.",
        tags=["semesterlön"],
    )

    page = client.get(thread.get_absolute_url()).content.decode()
    assert "Holiday pay, revised" in page
    assert "Now with the 2027 rules." in page
    assert "semesterlön" in page


def test_a_published_summary_shows_at_once(client, group, thread):
    client.get(thread.get_absolute_url())

    forum_services.save_summary(
        author=thread.author,
        thread=thread,
        title="What we agreed",
        body="Pay holiday pay monthly.",
        publish=True,
    )

    assert "Pay holiday pay monthly." in client.get(thread.get_absolute_url()).content.decode()


def test_a_new_poll_shows_on_a_page_that_remembered_there_was_none(client, group, thread):
    client.get(thread.get_absolute_url())

    agenda_services.create_poll(
        author=thread.author,
        thread=thread,
        question="Monthly or yearly holiday pay?",
        options=["Monthly", "Yearly"],
    )

    page = client.get(thread.get_absolute_url()).content.decode()
    assert "Monthly or yearly holiday pay?" in page


def test_a_group_made_private_closes_its_cached_threads_at_once(client, group, thread):
    assert client.get(thread.get_absolute_url()).status_code == 200

    group.visibility = group.Visibility.INVITE_ONLY
    group.save(update_fields=["visibility"])

    assert client.get(thread.get_absolute_url()).status_code == 404


def test_a_deleted_thread_is_gone_at_once_for_readers(client, group, thread):
    assert client.get(thread.get_absolute_url()).status_code == 200

    forum_services.delete_thread(member=thread.author, thread=thread)

    assert client.get(thread.get_absolute_url()).status_code == 404


def test_a_held_reply_is_shown_to_its_author_only_until_approved(group, thread):
    author, reader = MemberFactory(), MemberFactory()
    add_member(group, author)
    add_member(group, reader)
    reply = make_reply(thread=thread, author=author, body="Our union agreement says otherwise")
    reply.status = PostStatus.HELD
    reply.save(update_fields=["status"])
    author_client, reader_client = signed_in(author), signed_in(reader)

    assert "union agreement" in author_client.get(thread.get_absolute_url()).content.decode()
    assert "union agreement" not in reader_client.get(thread.get_absolute_url()).content.decode()
    assert "union agreement" not in Client().get(thread.get_absolute_url()).content.decode()

    reply.status = PostStatus.PUBLISHED
    reply.save(update_fields=["status"])

    assert "union agreement" in reader_client.get(thread.get_absolute_url()).content.decode()


def test_an_anonymous_authors_name_never_reaches_others_through_a_reply_to_it(
    group, thread, monkeypatch
):
    """The author of an anonymous reply sees "in reply to <their own name>" on a later page
    where they wrote nothing; that page must not be cached for the next reader."""
    monkeypatch.setattr(forum_selectors, "REPLIES_PER_PAGE", 2)
    manager = GroupMembership.objects.get(group=group, role=GroupMembership.Role.MANAGER).member
    forum_services.set_anonymous_posts(manager=manager, group=group, allowed=True)
    secret, other, reader = (
        MemberFactory(display_name="Sigrid Secretsdottir"),
        MemberFactory(),
        MemberFactory(),
    )
    for person in (secret, other, reader):
        add_member(group, person)
    anonymous_reply = make_reply(thread=thread, author=secret, anonymous=True)
    make_reply(thread=thread, author=other)
    make_reply(thread=thread, author=other, reply_to=anonymous_reply, body="Agreed with that")
    page_two = f"{thread.get_absolute_url()}?page=2"

    signed_in(secret).get(page_two)  # the author views page 2 first
    for viewer in (signed_in(reader), Client()):
        page = viewer.get(page_two).content.decode()
        assert "Agreed with that" in page
        assert "Sigrid" not in page


# --- The signed-in home page ---------------------------------------------------------------------


def home_of(client) -> str:
    return client.get(reverse("home")).content.decode()


def test_a_warm_home_page_asks_the_database_nothing(member, django_assert_num_queries):
    client = signed_in(member)
    home_of(client)

    with django_assert_num_queries(0):
        assert client.get(reverse("home")).status_code == 200


def test_home_shows_a_joined_group_and_drops_a_left_one_at_once(member, group):
    client = signed_in(member)
    assert "Payroll Nordic" not in home_of(client).split("Groups you might like")[0]

    forum_services.join_group(member=member, group=group)
    assert "Payroll Nordic" in home_of(client).split("Groups you might like")[0]

    forum_services.leave_group(member=member, group=group)
    assert "Payroll Nordic" not in home_of(client).split("Groups you might like")[0]


def test_home_shows_an_event_registration_and_a_cancelled_event_goes(member):
    from events import services as event_services
    from tests.events.factories import make_event

    organiser = MemberFactory()
    event = make_event(organiser=organiser, title="Payroll breakfast in Bergen", country="")
    client = signed_in(member)
    assert "Payroll breakfast in Bergen" not in home_of(client)

    event_services.register(member=member, event=event)
    assert "Payroll breakfast in Bergen" in home_of(client)

    event_services.cancel_event(organiser=organiser, event=event)
    assert "Payroll breakfast in Bergen" not in home_of(client)


def test_home_counts_a_new_invitation_and_a_profile_change_at_once(member):
    member.headline = ""
    member.save()
    client = signed_in(member)
    assert "Complete your profile" in home_of(client)
    assert "kollega@example.com" not in home_of(client)

    member_services.invite_colleague(inviter=member, email="kollega@example.com")
    member_services.update_profile(
        member=member, data={"headline": "Payroll lead", "role": "payroll_manager"}
    )

    page = home_of(client)
    assert "kollega@example.com" in page
    assert "Complete your profile" not in page


def test_one_members_home_is_never_shown_to_another(member):
    other = MemberFactory(display_name="Olav Other")
    signed_in(member).get(reverse("home"))

    page = home_of(signed_in(other))

    assert "Olav Other" in page
    assert member.public_name not in page


# --- Page weight: what a long thread page repeats per reply ---------------------------------------


def test_a_cached_reply_page_keeps_code_blocks_exact_and_drops_indentation(group, thread):
    code = "```\nif pay:\n    holiday = pay * 0.12\n```"
    make_reply(thread=thread, body=f"Our rule:\n\n{code}")
    client = Client()
    client.get(thread.get_absolute_url())  # renders and caches the fragment

    page = client.get(thread.get_absolute_url()).content.decode()

    assert "if pay:\n    holiday = pay * 0.12" in page
    replies = page.split('<ol class="replies')[1].split("</ol>")[0]
    assert "\n  " not in replies.split("<pre>")[0]


def test_the_helpful_icon_is_drawn_once_per_page_and_used_per_reply(group, thread):
    for _ in range(3):
        make_reply(thread=thread)
    reader = MemberFactory()
    add_member(group, reader)

    page = signed_in(reader).get(thread.get_absolute_url()).content.decode()

    assert page.count('<symbol id="icon-thumbs-up"') == 1
    assert page.count('<use href="#icon-thumbs-up"/>') == 4  # the thread and three replies


def test_replies_carry_a_flag_link_and_the_flag_form_is_its_own_page(group, thread):
    reply = make_reply(thread=thread, body="Buy cheap payroll software at example.com")
    reader = MemberFactory()
    add_member(group, reader)
    client = signed_in(reader)

    page = client.get(thread.get_absolute_url()).content.decode()
    flag_url = reverse("forums:flag", args=["reply", reply.pk])
    assert f'href="{flag_url}"' in page
    assert 'name="reason"' not in page

    form = client.get(flag_url)
    assert form.status_code == 200
    assert 'name="reason"' in form.content.decode()
    assert "Buy cheap payroll software" in form.content.decode()

    response = client.post(flag_url, {"reason": "spam"})
    assert response.status_code == 302
    assert reader.flags_raised.filter(object_id=reply.pk, reason="spam").exists()


def test_the_flag_page_is_only_for_readers_of_the_post(group, thread):
    hidden = make_group(manager=MemberFactory(), visibility="hidden", name="Board only")
    secret_thread = make_thread(group=hidden, author=None, title="Board pay")
    flag_url = reverse("forums:flag", args=["thread", secret_thread.pk])

    assert Client().get(flag_url).status_code == 302  # sign in first
    assert signed_in(MemberFactory()).get(flag_url).status_code == 404


# --- The event page's attendees ------------------------------------------------------------------


def test_who_is_going_follows_registrations_and_cancellations_at_once(member):
    from events import services as event_services
    from tests.events.factories import make_event

    event = make_event(organiser=MemberFactory())
    first = MemberFactory(display_name="Greta Going")
    event_services.register(member=first, event=event)
    viewer = signed_in(member)
    url = event.get_absolute_url()
    assert "Greta Going" in viewer.get(url).content.decode()

    second = MemberFactory(display_name="Gunnar Going")
    event_services.register(member=second, event=event)
    event_services.cancel(member=first, event=event)

    page = viewer.get(url).content.decode()
    assert "Gunnar Going" in page
    assert "Greta Going" not in page


def test_a_warm_event_page_does_not_read_the_attendees_again(member, django_assert_max_num_queries):
    from events import services as event_services
    from tests.events.factories import make_event

    event = make_event(organiser=MemberFactory())
    for _ in range(5):
        event_services.register(member=MemberFactory(), event=event)
    viewer = signed_in(member)
    viewer.get(event.get_absolute_url())

    with django_assert_max_num_queries(6) as queries:
        viewer.get(event.get_absolute_url())
    assert not any(
        "events_registration" in q["sql"] and "members_member" in q["sql"]
        for q in queries.captured_queries
    )


# --- Links to a reply open the page that holds it ------------------------------------------------


def test_a_link_to_a_reply_opens_the_page_that_holds_it(group, thread, monkeypatch):
    monkeypatch.setattr(forum_selectors, "REPLIES_PER_PAGE", 2)
    replies = [make_reply(thread=thread, body=f"Answer number {n}") for n in range(5)]
    client = Client()

    page = client.get(thread.reply_url(replies[3].pk)).content.decode()

    assert f'id="reply-{replies[3].pk}"' in page
    assert "Page 2 of 3" in page
    assert f'id="reply-{replies[0].pk}"' not in page
    assert "Page 1 of 3" in client.get(thread.reply_url(999_999)).content.decode()
