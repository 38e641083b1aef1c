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


# --- The group list (forums.caching.group_list_key) ----------------------------------------------


def test_a_hidden_group_on_a_members_cached_list_is_never_shown_to_others(client):
    manager = MemberFactory()
    hidden = make_group(manager=manager, name="Secret payroll circle", visibility="hidden")
    insider = MemberFactory()
    add_member(hidden, insider)
    insider_client = signed_in(insider)
    for _ in range(2):  # the second from the cache
        assert "Secret payroll circle" in insider_client.get("/groups/").content.decode()

    for viewer in (client, signed_in(MemberFactory())):
        assert "Secret payroll circle" not in viewer.get("/groups/").content.decode()


def test_the_member_badge_follows_the_viewer_and_joining_at_once(group):
    joiner, other = MemberFactory(), MemberFactory()
    joiner_client, other_client = signed_in(joiner), signed_in(other)
    assert "badge-ok" not in joiner_client.get("/groups/").content.decode()
    assert "1 member" in other_client.get("/groups/").content.decode()

    services.join_group(member=joiner, group=group)

    assert "badge-ok" in joiner_client.get("/groups/").content.decode()
    page = other_client.get("/groups/").content.decode()
    assert "badge-ok" not in page
    assert "2 members" in page


def test_a_new_thread_and_a_renamed_group_show_on_the_cached_group_list_at_once(client, group):
    assert "0 threads" in client.get("/groups/").content.decode()

    make_thread(group=group)
    assert "1 thread" in client.get("/groups/").content.decode()

    group.name = "Payroll Norden"
    group.save()
    assert "Payroll Norden" in client.get("/groups/").content.decode()


@pytest.mark.parametrize("rows", [3, 30], ids=["3-groups", "30-groups"])
def test_warm_group_list_budget_is_the_same_for_few_and_many(rows, django_assert_max_num_queries):
    manager, viewer = MemberFactory(), MemberFactory()
    for number in range(rows):
        joined = make_group(manager=manager, name=f"Group {number}")
        add_member(joined, viewer)
        make_group(manager=manager, name=f"Subgroup {number}", parent=joined)
    viewer_client = signed_in(viewer)
    viewer_client.get("/groups/")

    # The member, my groups, and the header's two counts.
    with django_assert_max_num_queries(4):
        page = viewer_client.get("/groups/").content.decode()

    assert page.count('class="card group-card"') == rows
