"""Cached fragments (forums.caching) and cached search rankings never show stale or someone
else's content: every write bumps the versions, the key holds what differs between viewers, CSRF
tokens are the viewer's own."""

import re

import pytest
from django.test import Client

from forums import services
from tests.factories import MemberFactory
from tests.forums.factories import add_member, make_group, make_reply, make_thread

pytestmark = pytest.mark.django_db


@pytest.fixture
def group(db):
    return make_group(manager=MemberFactory(), name="Payroll Nordic")


def signed_in(member) -> Client:
    client = Client(enforce_csrf_checks=True)
    client.force_login(member)
    return client


def test_group_thread_list_shows_a_new_thread_at_once(client, group):
    make_thread(group=group, title="First thread about holiday pay")
    assert "First thread" in client.get(group.get_absolute_url()).content.decode()

    make_thread(group=group, title="Second thread about pensions")

    assert "Second thread" in client.get(group.get_absolute_url()).content.decode()


def test_group_thread_list_drops_a_deleted_thread_at_once(client, group):
    author = MemberFactory()
    add_member(group, author)
    thread = make_thread(group=group, author=author, title="Soon gone")
    assert "Soon gone" in client.get(group.get_absolute_url()).content.decode()

    services.delete_thread(member=author, thread=thread)

    assert "Soon gone" not in client.get(group.get_absolute_url()).content.decode()


def test_reply_page_drops_a_deleted_reply_at_once(client, group):
    author = MemberFactory()
    add_member(group, author)
    thread = make_thread(group=group)
    reply = make_reply(thread=thread, author=author, body="A secret salary figure")
    assert "secret salary" in client.get(thread.get_absolute_url()).content.decode()

    services.delete_reply(member=author, reply=reply)

    page = client.get(thread.get_absolute_url()).content.decode()
    assert "secret salary" not in page
    assert "This reply was deleted." in page


def test_helpful_count_and_mark_update_at_once(group):
    thread = make_thread(group=group)
    reply = make_reply(thread=thread, author=MemberFactory())
    reader = MemberFactory()
    add_member(group, reader)
    client = signed_in(reader)
    client.get(thread.get_absolute_url())

    services.toggle_helpful(member=reader, thread=thread, reply=reply)

    page = client.get(thread.get_absolute_url()).content.decode()
    assert re.search(r'aria-pressed="true"', page)


def test_a_members_own_reply_controls_are_not_shown_to_another_member(group):
    author, other = MemberFactory(), MemberFactory()
    add_member(group, author)
    add_member(group, other)
    thread = make_thread(group=group)
    reply = make_reply(thread=thread, author=author)
    edit_url = f"/replies/{reply.pk}/edit/"

    assert edit_url in signed_in(author).get(thread.get_absolute_url()).content.decode()
    assert edit_url not in signed_in(other).get(thread.get_absolute_url()).content.decode()


def test_forms_in_a_cached_reply_page_carry_the_viewers_own_csrf_token(group):
    thread = make_thread(group=group)
    reply = make_reply(thread=thread, author=MemberFactory())
    first, second = MemberFactory(), MemberFactory()
    for member in (first, second):
        add_member(group, member)
    signed_in(first).get(thread.get_absolute_url())  # fills the cache

    client = signed_in(second)
    page = client.get(thread.get_absolute_url()).content.decode()

    assert "__hrnet_csrf_token__" not in page
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    response = client.post(f"/t/{thread.pk}/-/helpful/{reply.pk}/", {"csrfmiddlewaretoken": token})
    assert response.status_code in (200, 302)
    reply.refresh_from_db()
    assert reply.helpful_count == 1


def test_cached_search_ranking_never_shows_a_reply_deleted_since(client, group):
    author = MemberFactory()
    add_member(group, author)
    thread = make_thread(group=group, title="Onboarding")
    reply = make_reply(thread=thread, author=author, body="Our flexitime agreement explained")
    assert "flexitime" in client.get("/search/", {"q": "flexitime"}).content.decode()

    services.delete_reply(member=author, reply=reply)

    page = client.get("/search/", {"q": "flexitime"}).content.decode()
    assert "flexitime agreement" not in page


def test_search_ranking_is_not_shared_with_someone_who_may_read_fewer_groups(group):
    private = make_group(manager=MemberFactory(), name="Directors", visibility="request")
    insider, outsider = MemberFactory(), MemberFactory()
    add_member(private, insider)
    make_thread(group=private, title="Confidential restructuring plan")

    assert (
        "Confidential"
        in signed_in(insider).get("/search/", {"q": "restructuring"}).content.decode()
    )
    assert (
        "Confidential"
        not in signed_in(outsider).get("/search/", {"q": "restructuring"}).content.decode()
    )
