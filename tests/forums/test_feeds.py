import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse

from forums import services
from forums.models import PostStatus
from tests.factories import MemberFactory
from tests.forums.factories import make_group, make_thread

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def rss_titles(response) -> list[str]:
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    return [item.findtext("title") for item in ET.fromstring(response.content).iter("item")]


def atom_titles(response) -> list[str]:
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    return [entry.findtext(f"{ATOM}title") for entry in root.iter(f"{ATOM}entry")]


def publish_summary(thread, title):
    return services.save_summary(
        author=thread.author, thread=thread, title=title, body="What we learned.", publish=True
    )


def held_thread(settings, group, **fields):
    """A newcomer's first post, waiting for a moderator."""
    settings.MODERATION_FIRST_POSTS_HELD = 1
    thread = make_thread(group=group, author=MemberFactory(), **fields)
    settings.MODERATION_FIRST_POSTS_HELD = 0
    assert thread.status == PostStatus.HELD
    return thread


# --- Group feeds ----------------------------------------------------------------------------------


def test_group_rss_lists_the_groups_threads_newest_first(client, open_group):
    older = make_thread(group=open_group, title="Older thread")
    newer = make_thread(group=open_group, title="Newer thread")

    titles = rss_titles(client.get(reverse("forums:group_rss", args=[open_group.slug])))

    assert titles == [newer.title, older.title]


def test_group_atom_lists_the_groups_threads(client, open_group):
    thread = make_thread(group=open_group, title="Atom thread")

    titles = atom_titles(client.get(reverse("forums:group_atom", args=[open_group.slug])))

    assert titles == [thread.title]


def test_group_feed_links_to_the_thread_and_carries_its_sanitised_text(client, open_group):
    thread = make_thread(group=open_group, body="Use **buddies** <script>alert(1)</script>")

    response = client.get(reverse("forums:group_rss", args=[open_group.slug]))

    item = ET.fromstring(response.content).find("channel/item")
    assert item.findtext("link").endswith(thread.get_absolute_url())
    assert "<strong>buddies</strong>" in item.findtext("description")
    assert "<script" not in item.findtext("description")


def test_group_feed_leaves_out_other_groups_and_deleted_threads(client, manager, open_group):
    kept = make_thread(group=open_group, title="Kept thread")
    gone = make_thread(group=open_group, title="Deleted thread")
    services.delete_thread(member=gone.author, thread=gone)
    make_thread(group=make_group(manager=manager), title="Other group thread")

    titles = rss_titles(client.get(reverse("forums:group_rss", args=[open_group.slug])))

    assert titles == [kept.title]


def test_group_feed_leaves_out_threads_waiting_for_a_moderator(client, settings, open_group):
    published = make_thread(group=open_group, title="Published thread")
    held_thread(settings, open_group, title="Buy cheap watches")

    titles = rss_titles(client.get(reverse("forums:group_rss", args=[open_group.slug])))

    assert titles == [published.title]


def test_group_feed_of_an_unknown_group_is_not_found(client, db):
    response = client.get(reverse("forums:group_rss", args=["no-such-group"]))

    assert response.status_code == 404


@pytest.mark.parametrize("visibility", ["request", "invite_only", "hidden"])
def test_group_feed_of_a_closed_group_is_not_found(client, manager, visibility):
    group = make_group(manager=manager, visibility=visibility)
    make_thread(group=group)

    assert client.get(reverse("forums:group_rss", args=[group.slug])).status_code == 404
    assert client.get(reverse("forums:group_atom", args=[group.slug])).status_code == 404


# --- Knowledge feeds ------------------------------------------------------------------------------


def test_knowledge_rss_lists_published_summaries_of_open_groups(client, open_group):
    publish_summary(make_thread(group=open_group), "Buddies work")

    titles = rss_titles(client.get(reverse("forums:knowledge_rss")))

    assert titles == ["Buddies work"]


def test_knowledge_atom_lists_published_summaries_of_open_groups(client, open_group):
    publish_summary(make_thread(group=open_group), "Buddies work")

    titles = atom_titles(client.get(reverse("forums:knowledge_atom")))

    assert titles == ["Buddies work"]


def test_knowledge_feed_leaves_out_unpublished_summaries(client, open_group):
    thread = make_thread(group=open_group)
    services.save_summary(
        author=thread.author, thread=thread, title="Draft", body="Not yet", publish=False
    )

    assert rss_titles(client.get(reverse("forums:knowledge_rss"))) == []


@pytest.mark.parametrize("visibility", ["request", "invite_only", "hidden"])
def test_knowledge_feed_leaves_out_summaries_of_closed_groups(client, manager, visibility):
    publish_summary(
        make_thread(group=make_group(manager=manager, visibility=visibility)), "Closed summary"
    )

    assert rss_titles(client.get(reverse("forums:knowledge_rss"))) == []
    assert atom_titles(client.get(reverse("forums:knowledge_atom"))) == []


def test_knowledge_feed_leaves_out_summaries_of_deleted_threads(client, open_group):
    thread = make_thread(group=open_group)
    publish_summary(thread, "Gone")
    services.delete_thread(member=thread.author, thread=thread)

    assert rss_titles(client.get(reverse("forums:knowledge_rss"))) == []


def test_knowledge_feed_leaves_out_summaries_of_threads_waiting_for_a_moderator(
    client, settings, open_group
):
    thread = held_thread(settings, open_group)
    publish_summary(thread, "Summary of a held thread")

    assert rss_titles(client.get(reverse("forums:knowledge_rss"))) == []


def test_knowledge_feed_links_to_the_discussion(client, open_group):
    thread = make_thread(group=open_group)
    publish_summary(thread, "Buddies work")

    response = client.get(reverse("forums:knowledge_rss"))

    item = ET.fromstring(response.content).find("channel/item")
    assert item.findtext("link").endswith(thread.get_absolute_url())
