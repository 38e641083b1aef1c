"""Who may see what: every forums URL for anonymous visitors, outsiders, members, managers, staff.

Closed groups hold threads whose titles and bodies carry secret words; outsiders must never
meet it, on the group's pages, thread pages, feeds, search, jobs, knowledge, trending or
unanswered lists. Hidden groups are not even named to outsiders (404 everywhere).
"""

from dataclasses import dataclass

import pytest
from django.urls import reverse

from forums import services
from forums.models import Group, GroupMembership, Reply, Thread
from tests.factories import MemberFactory
from tests.forums.factories import add_member, make_group, make_job, make_reply, make_thread

pytestmark = pytest.mark.django_db

GROUP_TABS = ("discussions", "questions", "jobs", "promotions", "trending", "members", "about")
SITE_PAGES = (
    ("forums:group_list", {}),
    ("forums:jobs", {}),
    ("forums:search", {"q": "zebra"}),
    ("forums:knowledge", {}),
    ("forums:trending", {}),
    ("forums:unanswered", {}),
    ("forums:knowledge_rss", {}),
    ("forums:knowledge_atom", {}),
)


@dataclass
class ClosedGroup:
    group: Group
    member: object
    thread: Thread
    reply: Reply
    question: Thread
    job: Thread

    @property
    def secrets(self) -> list[str]:
        # Titles, and a word that is only in bodies (searching for "zebra" echoes "zebra").
        return [self.thread.title, self.question.title, self.job.title, "okapi"]


def fill(group: Group, word: str) -> ClosedGroup:
    """A member, a discussed question with a published summary, an unanswered one and a job."""
    member = add_member(group).member
    thread = make_thread(
        group=group,
        author=member,
        section=Thread.Section.QUESTION,
        title=f"Zebra {word} restructuring plan",
        body=f"The zebra {word} okapi plan: who knows about notice periods?",
        tags=[f"zebra-{word}"],
    )
    reply = make_reply(thread=thread, body=f"Zebra {word} okapi: talk to the unions first")
    make_reply(thread=thread, body=f"Zebra {word}: and to the works council")
    services.save_summary(
        author=member,
        thread=thread,
        title=f"Zebra {word} summary",
        body="Okapi: talk early.",
        publish=True,
    )
    question = make_thread(
        group=group,
        section=Thread.Section.QUESTION,
        title=f"Zebra {word} unanswered question",
        body=f"Zebra {word} okapi: nobody has answered this yet",
    )
    job = make_job(group=group)
    Thread.objects.filter(pk=job.pk).update(title=f"Zebra {word} job in Malmö")
    job.refresh_from_db()
    return ClosedGroup(group, member, thread, reply, question, job)


@pytest.fixture
def closed(request_group, invite_group, hidden_group):
    groups = {
        "request": fill(request_group, "request"),
        "invite_only": fill(invite_group, "invite"),
        "hidden": fill(hidden_group, "hidden"),
    }
    services.refresh_trending_scores()
    return groups


def client_for(client, who):
    if who is not None:
        client.force_login(who)
    return client


def group_urls(group: Group) -> list[tuple[str, str]]:
    membership = GroupMembership.objects.filter(group=group).first()
    return [
        ("get", reverse("forums:group", args=[group.slug])),
        *(("get", reverse("forums:group_tab", args=[group.slug, tab])) for tab in GROUP_TABS),
        ("get", reverse("forums:group_rss", args=[group.slug])),
        ("get", reverse("forums:group_atom", args=[group.slug])),
        ("get", reverse("forums:new_thread", args=[group.slug])),
        ("post", reverse("forums:join", args=[group.slug])),
        ("post", reverse("forums:leave", args=[group.slug])),
        ("post", reverse("forums:watch", args=[group.slug])),
        ("post", reverse("forums:decide_request", args=[group.slug, membership.pk])),
    ]


def thread_urls(thread: Thread, reply: Reply) -> list[tuple[str, str]]:
    return [
        ("get", reverse("forums:thread_short", args=[thread.pk])),
        ("get", thread.get_absolute_url()),
        ("get", reverse("forums:edit_thread", args=[thread.pk])),
        ("get", reverse("forums:history", args=[thread.pk])),
        ("get", reverse("forums:summary", args=[thread.pk])),
        ("get", reverse("forums:edit_reply", args=[reply.pk])),
        ("post", reverse("forums:reply", args=[thread.pk])),
        ("post", reverse("forums:delete_thread", args=[thread.pk])),
        ("post", reverse("forums:helpful_thread", args=[thread.pk])),
        ("post", reverse("forums:helpful_reply", args=[thread.pk, reply.pk])),
        ("post", reverse("forums:accept_answer", args=[thread.pk])),
        ("post", reverse("forums:moderate", args=[thread.pk, "pin"])),
        ("post", reverse("forums:delete_reply", args=[reply.pk])),
    ]


def responses(client, urls):
    for method, url in urls:
        response = getattr(client, method)(url, {"body": "Let me in", "level": "daily"})
        yield url, response


def leaks(response, secrets) -> list[str]:
    text = response.content.decode()
    return [secret for secret in secrets if secret.casefold() in text.casefold()]


def is_sent_to_login(response) -> bool:
    return response.status_code == 302 and response["Location"].startswith(reverse("account_login"))


# --- Hidden groups: not found for anyone outside --------------------------------------------------


def test_every_hidden_group_url_is_not_found_for_signed_in_outsiders(client, closed, outsider):
    hidden = closed["hidden"]
    urls = group_urls(hidden.group) + thread_urls(hidden.thread, hidden.reply)

    wrong = {
        url: response.status_code
        for url, response in responses(client_for(client, outsider), urls)
        if response.status_code != 404
    }

    assert wrong == {}
    assert not GroupMembership.objects.filter(member=outsider).exists()


def test_every_hidden_group_url_is_not_found_or_sign_in_for_anonymous_visitors(client, closed):
    hidden = closed["hidden"]
    urls = group_urls(hidden.group) + thread_urls(hidden.thread, hidden.reply)

    wrong = {
        url: response.status_code
        for url, response in responses(client, urls)
        if response.status_code != 404 and not is_sent_to_login(response)
    }

    assert wrong == {}


def test_a_former_member_cannot_find_a_hidden_group(client, closed):
    hidden = closed["hidden"]
    former = add_member(hidden.group).member
    services.leave_group(member=former, group=hidden.group)

    response = client_for(client, former).get(hidden.group.get_absolute_url())

    assert response.status_code == 404


def test_an_invited_member_sees_the_closed_page_of_a_hidden_group(client, closed, manager):
    hidden = closed["hidden"]
    guest = MemberFactory()
    services.invite_to_group(manager=manager, group=hidden.group, member=guest)

    response = client_for(client, guest).get(hidden.group.get_absolute_url())

    assert response.status_code == 200
    assert "Join group" in response.content.decode()
    assert leaks(response, hidden.secrets) == []
    assert client.get(hidden.thread.get_absolute_url()).status_code == 404


@pytest.mark.parametrize("who", ["member", "manager", "staff"])
def test_hidden_group_threads_are_shown_to_members_managers_and_staff(
    client, closed, manager, staff, who
):
    hidden = closed["hidden"]
    person = {"member": hidden.member, "manager": manager, "staff": staff}[who]
    client_for(client, person)

    group_page = client.get(reverse("forums:group_tab", args=[hidden.group.slug, "questions"]))
    thread_page = client.get(hidden.thread.get_absolute_url())

    assert hidden.thread.title in group_page.content.decode()
    assert thread_page.status_code == 200
    assert hidden.reply.body_markdown in thread_page.content.decode()


# --- Request and invite-only groups: the closed page, no titles -----------------------------------


@pytest.mark.parametrize("visibility", ["request", "invite_only"])
@pytest.mark.parametrize("who", ["anonymous", "outsider", "pending"])
def test_closed_group_pages_show_no_thread_titles_to_outsiders(
    client, closed, outsider, visibility, who
):
    closed_group = closed[visibility]
    person = {"anonymous": None, "outsider": outsider, "pending": MemberFactory()}[who]
    if who == "pending":
        GroupMembership.objects.create(
            group=closed_group.group, member=person, status=GroupMembership.Status.PENDING
        )
    client_for(client, person)

    for tab in GROUP_TABS:
        response = client.get(reverse("forums:group_tab", args=[closed_group.group.slug, tab]))
        assert response.status_code == 200, tab
        assert leaks(response, closed_group.secrets) == [], tab
        if tab != "about":
            assert "visible to its members only" in response.content.decode(), tab


@pytest.mark.parametrize("visibility", ["request", "invite_only"])
def test_closed_group_threads_are_not_found_for_signed_in_outsiders(
    client, closed, outsider, visibility
):
    closed_group = closed[visibility]

    wrong = {
        url: response.status_code
        for url, response in responses(
            client_for(client, outsider), thread_urls(closed_group.thread, closed_group.reply)
        )
        if response.status_code != 404
    }

    assert wrong == {}
    assert not Reply.objects.filter(author=outsider).exists()


@pytest.mark.parametrize("visibility", ["request", "invite_only"])
def test_closed_group_threads_are_not_found_for_anonymous_visitors(client, closed, visibility):
    closed_group = closed[visibility]

    wrong = {
        url: response.status_code
        for url, response in responses(client, thread_urls(closed_group.thread, closed_group.reply))
        if response.status_code != 404 and not is_sent_to_login(response)
    }

    assert wrong == {}


@pytest.mark.parametrize("visibility", ["request", "invite_only"])
def test_outsiders_get_no_thread_form_in_a_closed_group(client, closed, outsider, visibility):
    group = closed[visibility].group

    response = client_for(client, outsider).get(reverse("forums:new_thread", args=[group.slug]))

    assert response.status_code == 403


@pytest.mark.parametrize("visibility", ["request", "invite_only"])
def test_closed_group_threads_are_shown_to_their_members(client, closed, visibility):
    closed_group = closed[visibility]
    client_for(client, add_member(closed_group.group).member)

    group_page = client.get(closed_group.group.get_absolute_url())
    questions = client.get(reverse("forums:group_tab", args=[closed_group.group.slug, "questions"]))
    thread_page = client.get(closed_group.thread.get_absolute_url())

    assert group_page.status_code == 200
    assert closed_group.thread.title in questions.content.decode()
    assert thread_page.status_code == 200


# --- Feeds: open groups only ----------------------------------------------------------------------


@pytest.mark.parametrize("visibility", ["request", "invite_only", "hidden"])
@pytest.mark.parametrize("feed", ["forums:group_rss", "forums:group_atom"])
def test_closed_group_feeds_are_not_found_even_for_members(client, closed, visibility, feed):
    closed_group = closed[visibility]
    client_for(client, closed_group.member)

    response = client.get(reverse(feed, args=[closed_group.group.slug]))

    assert response.status_code == 404


@pytest.mark.parametrize("feed", ["forums:group_rss", "forums:group_atom"])
def test_open_group_feeds_are_public(client, open_group, feed):
    thread = make_thread(group=open_group)

    response = client.get(reverse(feed, args=[open_group.slug]))

    assert response.status_code == 200
    assert thread.title in response.content.decode()


# --- Site-wide pages ------------------------------------------------------------------------------


@pytest.mark.parametrize("who", ["anonymous", "outsider", "pending"])
def test_site_wide_pages_show_no_closed_group_content_to_outsiders(client, closed, outsider, who):
    person = {"anonymous": None, "outsider": outsider, "pending": MemberFactory()}[who]
    if who == "pending":
        services.join_group(member=person, group=closed["request"].group)
    client_for(client, person)
    secrets = [secret for closed_group in closed.values() for secret in closed_group.secrets]

    found = {}
    for name, params in SITE_PAGES:
        response = client.get(reverse(name), params)
        assert response.status_code == 200, name
        if leaked := leaks(response, secrets):
            found[name] = leaked

    assert found == {}


def test_site_wide_pages_show_members_the_content_of_their_closed_groups(client, closed):
    request = closed["request"]
    client_for(client, request.member)

    pages = {
        name: client.get(reverse(name), params).content.decode() for name, params in SITE_PAGES
    }

    assert request.job.title in pages["forums:jobs"]
    assert request.thread.title in pages["forums:search"]
    assert "Zebra request summary" in pages["forums:knowledge"]
    assert request.thread.title in pages["forums:trending"]
    assert request.question.title in pages["forums:unanswered"]
    # Feeds are read without a session: they carry open groups only, whoever asks.
    assert "Zebra request summary" not in pages["forums:knowledge_rss"]
    # Nothing of the member's other closed groups.
    assert closed["hidden"].thread.title not in pages["forums:search"]
    assert closed["invite_only"].job.title not in pages["forums:jobs"]


def test_staff_see_every_groups_content_on_site_wide_pages(client, closed, staff):
    client_for(client, staff)

    search = client.get(reverse("forums:search"), {"q": "zebra"}).content.decode()
    jobs = client.get(reverse("forums:jobs")).content.decode()

    for closed_group in closed.values():
        assert closed_group.thread.title in search
        assert closed_group.job.title in jobs


@pytest.mark.parametrize("who", ["anonymous", "outsider"])
def test_the_group_list_never_names_a_hidden_group_to_outsiders(client, closed, outsider, who):
    client_for(client, outsider if who == "outsider" else None)

    page = client.get(reverse("forums:group_list")).content.decode()

    assert "Restructuring Circle" not in page
    assert "HR Directors" in page  # request groups are listed
    assert "Works Council" in page  # so are invite-only groups


def test_the_group_list_names_a_hidden_group_to_its_members(client, closed):
    client_for(client, closed["hidden"].member)

    page = client.get(reverse("forums:group_list")).content.decode()

    assert "Restructuring Circle" in page


def test_a_hidden_subgroup_is_not_listed_under_its_open_parent(client, manager, open_group):
    make_group(manager=manager, name="Secret Subgroup", visibility="hidden", parent=open_group)

    page = client.get(reverse("forums:group_list")).content.decode()

    assert "Secret Subgroup" not in page


def test_an_open_subgroup_never_names_its_hidden_parent(client, manager, hidden_group, outsider):
    subgroup = make_group(manager=manager, name="Open Corner", parent=hidden_group)

    response = client_for(client, outsider).get(subgroup.get_absolute_url())

    assert response.status_code == 200
    assert "Restructuring Circle" not in response.content.decode()


# --- What plain members may not do ----------------------------------------------------------------


def test_plain_members_cannot_edit_or_delete_other_members_posts(client, open_group):
    thread = make_thread(group=open_group)
    reply = make_reply(thread=thread)
    client_for(client, add_member(open_group).member)

    statuses = {
        "edit thread": client.get(reverse("forums:edit_thread", args=[thread.pk])).status_code,
        "delete thread": client.post(reverse("forums:delete_thread", args=[thread.pk])).status_code,
        "edit reply": client.get(reverse("forums:edit_reply", args=[reply.pk])).status_code,
        "delete reply": client.post(reverse("forums:delete_reply", args=[reply.pk])).status_code,
        "summary": client.get(reverse("forums:summary", args=[thread.pk])).status_code,
        "pin": client.post(reverse("forums:moderate", args=[thread.pk, "pin"])).status_code,
        "lock": client.post(reverse("forums:moderate", args=[thread.pk, "lock"])).status_code,
    }

    assert statuses == dict.fromkeys(statuses, 403)
    thread.refresh_from_db()
    reply.refresh_from_db()
    assert not (thread.is_deleted or thread.is_pinned or thread.is_locked or reply.is_deleted)


def test_authors_can_open_their_own_edit_forms(client, open_group):
    thread = make_thread(group=open_group)
    reply = make_reply(thread=thread, author=thread.author)
    client_for(client, thread.author)

    assert client.get(reverse("forums:edit_thread", args=[thread.pk])).status_code == 200
    assert client.get(reverse("forums:edit_reply", args=[reply.pk])).status_code == 200
    assert client.get(reverse("forums:summary", args=[thread.pk])).status_code == 200


def test_every_open_group_page_answers_anonymous_visitors(client, open_group):
    thread = make_thread(group=open_group, section=Thread.Section.QUESTION)
    make_reply(thread=thread)
    pages = [
        reverse("forums:group", args=[open_group.slug]),
        *(reverse("forums:group_tab", args=[open_group.slug, tab]) for tab in GROUP_TABS),
        reverse("forums:thread_short", args=[thread.pk]),
        thread.get_absolute_url(),
        *(reverse(name, query=params) for name, params in SITE_PAGES),
    ]

    statuses = {url: client.get(url).status_code for url in pages}

    assert statuses == dict.fromkeys(pages, 200)


def test_an_unknown_group_tab_is_not_found(client, open_group):
    response = client.get(reverse("forums:group_tab", args=[open_group.slug, "secrets"]))

    assert response.status_code == 404
