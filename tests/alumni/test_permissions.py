"""Who may see what of an alumni network: every alumni URL, and the network's things elsewhere.

The network under test takes requests (so there is a pending requester). Its private group holds
news and a job whose titles carry the word "Quokka", a body with "numbat" (the search word), an
alumnus named "Aurora Alumna" in the "Xylophone" department and an admin named "Ada Admin".
Anyone who is not an approved alumnus or admin of THIS network - a visitor, an outsider, the
admin or an alumnus of another company's network, someone whose request is still waiting - gets
404 (or a login redirect, or no result) and meets none of those words. A request they are denied
changes nothing.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from alumni import services
from alumni.models import AlumniMembership, AlumniNetwork, FormerEmployee, LeaverImport
from events import services as event_services
from events.models import Event, Registration
from forums import services as forum_services
from forums.models import GroupMembership, Reply, Thread
from notifications.models import Notification
from tests.alumni.factories import add_alumnus, add_pending, make_network
from tests.factories import MemberFactory
from tests.forums.factories import make_job, make_thread

pytestmark = pytest.mark.django_db

SECRETS = ("Quokka", "Aurora Alumna", "Xylophone", "Ada Admin")
ROLES = ("anonymous", "outsider", "other_alumnus", "other_admin", "pending", "alumnus", "admin")
SIGNED_IN = frozenset(ROLES) - {"anonymous"}
INSIDERS = frozenset({"alumnus", "admin"})
ADMINS = frozenset({"admin"})
NOBODY = frozenset()


@dataclass
class World:
    network: AlumniNetwork
    people: dict
    news: Thread
    job: Thread
    event: Event
    pending: AlumniMembership
    leaver_import: LeaverImport
    person: FormerEmployee

    def snapshot(self):
        """Everything a denied request might have changed."""
        return (
            sorted(
                AlumniMembership.objects.values_list("network_id", "member_id", "status", "role")
            ),
            sorted(GroupMembership.objects.values_list("group_id", "member_id", "status", "role")),
            sorted(Registration.objects.values_list("event_id", "member_id", "status")),
            Reply.objects.count(),
            Thread.objects.count(),
            sorted(FormerEmployee.objects.values_list("pk", "status", "invitation_requested_at")),
            sorted(LeaverImport.objects.values_list("pk", "confirmed_at")),
            AlumniNetwork.objects.values_list("purpose", "join_policy").get(pk=self.network.pk),
        )


@pytest.fixture
def world(db):
    admin = MemberFactory(display_name="Ada Admin")
    network = make_network(
        admin=admin,
        organisation_name="Initech AB",
        name="Initech Alumni",
        join_policy=AlumniNetwork.JoinPolicy.REQUEST,
        purpose="Former Initech colleagues keep in touch here.",
    )
    alumnus = MemberFactory(display_name="Aurora Alumna")
    add_alumnus(network, alumnus, department="Xylophone Payroll")
    services.update_alumni_profile(
        member=alumnus, network=network, data={"open_to_returning": True}
    )
    pending = add_pending(network, MemberFactory(display_name="Pelle Pending"))
    other_admin = MemberFactory(display_name="Olga Otheradmin")
    other_network = make_network(admin=other_admin, organisation_name="Globex AB")
    other_alumnus = add_alumnus(other_network, MemberFactory(display_name="Otto Other")).member
    news = make_thread(
        group=network.group,
        author=admin,
        title="Quokka restructuring news",
        body="Only for alumni: the numbat plans for the Oslo office.",
    )
    job = make_job(group=network.group, author=alumnus)
    Thread.objects.filter(pk=job.pk).update(title="Quokka payroll specialist")
    starts = timezone.now() + timedelta(days=30)
    event = event_services.create_event(
        organiser=admin,
        data={
            "title": "Quokka alumni reunion",
            "kind": Event.Kind.AFTER_WORK,
            "group": network.group,
            "city": "Stockholm",
            "country": "SE",
            "starts_at": starts,
            "ends_at": starts + timedelta(hours=3),
        },
    )
    leaver_import = services.preview_import(
        admin=admin,
        network=network,
        raw=b"Name;Email\nQuokka Leaver;quokka.leaver@example.se\n",
        filename="register.csv",
    )
    person = FormerEmployee.objects.create(
        network=network, name="Quokka Person", email="quokka.person@example.se"
    )
    people = {
        "anonymous": None,
        "outsider": MemberFactory(display_name="Olle Outsider"),
        "other_alumnus": other_alumnus,
        "other_admin": other_admin,
        "pending": pending.member,
        "alumnus": alumnus,
        "admin": admin,
    }
    return World(network, people, news, job, event, pending, leaver_import, person)


def slug(w):
    return w.network.slug


@dataclass(frozen=True)
class Page:
    """One URL; `allowed` get in, everyone else is refused or (for listings) shown nothing."""

    name: str
    url: Callable[[World], str]
    allowed: frozenset
    method: str = "get"
    data: Callable[[World], dict] | None = None
    listing: bool = False  # renders for everyone; only `allowed` see the network's content
    shows: Callable[[World], str] | None = None  # what `allowed` see on a listing


def alumni(name, *args):
    return lambda w: reverse(
        f"alumni:{name}", args=[arg(w) if callable(arg) else arg for arg in args]
    )


PAGES = [
    # alumni/urls.py, every pattern
    Page("list", alumni("list"), SIGNED_IN, listing=True, shows=lambda w: w.network.name),
    Page("create", alumni("create"), NOBODY),
    Page("invitation-unknown-token", alumni("invitation", "not-a-token"), NOBODY),
    Page("network", alumni("network", slug), INSIDERS, listing=True, shows=lambda w: w.news.title),
    Page("guidelines", alumni("guidelines", slug), INSIDERS),
    Page("directory", alumni("directory", slug), INSIDERS),
    Page("my_profile", alumni("my_profile", slug), INSIDERS),
    Page("leave", alumni("leave", slug), INSIDERS, method="post"),
    Page("admin", alumni("admin", slug), ADMINS),
    Page("admin_settings", alumni("admin_settings", slug), ADMINS),
    Page(
        "admin_settings-post",
        alumni("admin_settings", slug),
        ADMINS,
        method="post",
        data=lambda w: {"purpose": "Hijacked", "guidelines": "", "join_policy": "invitation"},
    ),
    Page("import", alumni("import", slug), ADMINS),
    Page(
        "import-upload",
        alumni("import", slug),
        ADMINS,
        method="post",
        data=lambda w: {"file": SimpleUploadedFile("r.csv", b"Name;Email\nA B;a.b@example.se\n")},
    ),
    Page("import_preview", alumni("import_preview", slug, lambda w: w.leaver_import.pk), ADMINS),
    Page(
        "import_preview-confirm",
        alumni("import_preview", slug, lambda w: w.leaver_import.pk),
        ADMINS,
        method="post",
    ),
    Page("people", alumni("people", slug), ADMINS),
    Page(
        "people-invite",
        alumni("people", slug),
        ADMINS,
        method="post",
        data=lambda w: {"action": "invite", "people": [w.person.pk]},
    ),
    Page(
        "decide_request",
        alumni("decide_request", slug, lambda w: w.pending.pk),
        ADMINS,
        method="post",
        data=lambda w: {"decision": "approve"},
    ),
    Page("boomerang", alumni("boomerang", slug), ADMINS),
    Page(
        "boomerang-csv",
        lambda w: reverse("alumni:boomerang", args=[slug(w)]) + "?format=csv",
        ADMINS,
    ),
    # The network's private group and its threads
    Page("forum-group", lambda w: reverse("forums:group", args=[w.network.group.slug]), INSIDERS),
    Page(
        "forum-group-members",
        lambda w: reverse("forums:group_tab", args=[w.network.group.slug, "members"]),
        INSIDERS,
    ),
    Page(
        "forum-group-about",
        lambda w: reverse("forums:group_tab", args=[w.network.group.slug, "about"]),
        INSIDERS,
    ),
    Page("forum-thread", lambda w: w.news.get_absolute_url(), INSIDERS),
    Page("forum-job", lambda w: w.job.get_absolute_url(), INSIDERS),
    Page(
        "forum-new-thread",
        lambda w: reverse("forums:new_thread", args=[w.network.group.slug]),
        INSIDERS,
    ),
    Page(
        "forum-reply",
        lambda w: reverse("forums:reply", args=[w.news.pk]),
        INSIDERS,
        method="post",
        data=lambda w: {"body": "A reply from someone who should not be here at all."},
    ),
    Page(
        "forum-join-group",
        lambda w: reverse("forums:join", args=[w.network.group.slug]),
        INSIDERS,
        method="post",
    ),
    # Feeds are fetched without a session: a private group has none, not even for its members.
    Page("forum-rss", lambda w: reverse("forums:group_rss", args=[w.network.group.slug]), NOBODY),
    Page("forum-atom", lambda w: reverse("forums:group_atom", args=[w.network.group.slug]), NOBODY),
    Page(
        "group-calendar",
        lambda w: reverse("events:group_feed", args=[w.network.group.slug]),
        NOBODY,
    ),
    # Events tied to the network's group
    Page("event", lambda w: reverse("events:event", args=[w.event.slug]), INSIDERS),
    Page("event-ics", lambda w: reverse("events:ics", args=[w.event.slug]), INSIDERS),
    Page(
        "event-register",
        lambda w: reverse("events:register", args=[w.event.slug]),
        INSIDERS,
        method="post",
    ),
    # Lists and searches elsewhere on the site
    Page(
        "forum-search",
        lambda w: reverse("forums:search") + "?q=numbat",
        INSIDERS,
        listing=True,
        shows=lambda w: w.news.title,
    ),
    Page(
        "jobs-board",
        lambda w: reverse("forums:jobs"),
        INSIDERS,
        listing=True,
        shows=lambda w: "Quokka payroll specialist",
    ),
    Page(
        "event-list",
        lambda w: reverse("events:list"),
        INSIDERS,
        listing=True,
        shows=lambda w: w.event.title,
    ),
    Page("forum-group-list", lambda w: reverse("forums:group_list"), INSIDERS, listing=True),
    Page("home", lambda w: reverse("home"), INSIDERS, listing=True),
    # The site's member directory knows nothing of the network (not even the department).
    Page(
        "member-directory-search",
        lambda w: reverse("members:directory") + "?q=Xylophone",
        NOBODY,
        listing=True,
    ),
]


def client_for(world, role) -> Client:
    client = Client()
    if world.people[role] is not None:
        client.force_login(world.people[role])
    return client


def request(world, page, role):
    client = client_for(world, role)
    url = page.url(world)
    if page.method == "post":
        return client.post(url, page.data(world) if page.data else {})
    return client.get(url)


def is_login_redirect(response) -> bool:
    return response.status_code == 302 and response["Location"].startswith(reverse("account_login"))


def text_of(response) -> str:
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode(errors="replace")
    return response.content.decode(errors="replace")


def leaked_secrets(world, role, text, url="") -> list[str]:
    """The network's words on the page, except the viewer's own name and what they searched."""
    viewer = world.people[role]
    own_name = viewer.display_name if viewer is not None else None
    return [s for s in SECRETS if s in text and s != own_name and s.lower() not in url.lower()]


CASES = [pytest.param(page, role, id=f"{page.name}-{role}") for page in PAGES for role in ROLES]


@pytest.mark.parametrize(("page", "role"), CASES)
def test_who_may_open_what(world, page, role):
    before = world.snapshot()

    response = request(world, page, role)

    text = text_of(response)
    if role in page.allowed:
        if page.listing:
            assert response.status_code == 200
            if page.shows:
                assert page.shows(world) in text
        else:
            assert response.status_code == (302 if page.method == "post" else 200), text[:300]
        return
    if page.listing:
        assert response.status_code == 200 or is_login_redirect(response)
    else:
        assert response.status_code == 404 or (role == "anonymous" and is_login_redirect(response))
    assert leaked_secrets(world, role, text, page.url(world)) == []
    assert world.snapshot() == before


# --- The about page and invisible networks ------------------------------------------------------


def test_outsider_sees_only_the_about_page_of_a_request_network(world):
    response = client_for(world, "outsider").get(alumni("network", slug)(world))

    assert response.status_code == 200
    assert [t.name for t in response.templates][0] == "alumni/network_about.html"
    assert "Former Initech colleagues keep in touch here." in text_of(response)
    assert "Ask to join" in text_of(response)


def test_pending_requester_sees_that_the_request_waits(world):
    response = client_for(world, "pending").get(alumni("network", slug)(world))

    assert "Your request is waiting for the network's admins." in text_of(response)
    assert leaked_secrets(world, "pending", text_of(response)) == []


@pytest.fixture
def invitation_only(world):
    network = make_network(
        admin=MemberFactory(display_name="Ivar Inviteadmin"),
        organisation_name="Hooli AB",
        name="Hooli Alumni",
        purpose="Hooli purpose nobody outside may read.",
    )
    add_alumnus(network, world.people["alumnus"])
    return network


@pytest.mark.parametrize("role", ["outsider", "other_alumnus", "other_admin", "pending"])
def test_invitation_only_network_is_404_to_outsiders_even_on_the_about_page(
    world, invitation_only, role
):
    response = client_for(world, role).get(reverse("alumni:network", args=[invitation_only.slug]))

    assert response.status_code == 404
    assert "Hooli" not in text_of(response)


@pytest.mark.parametrize("role", ["outsider", "other_alumnus", "other_admin", "pending"])
def test_invitation_only_network_is_not_listed_to_outsiders(world, invitation_only, role):
    response = client_for(world, role).get(reverse("alumni:list"))

    assert "Hooli" not in text_of(response)


def test_invitation_only_network_is_listed_to_its_alumni(world, invitation_only):
    response = client_for(world, "alumnus").get(reverse("alumni:list"))

    assert "Hooli Alumni" in text_of(response)


def test_declined_requester_of_an_invitation_only_network_gets_404(world, invitation_only):
    declined = MemberFactory()
    AlumniMembership.objects.create(
        network=invitation_only, member=declined, status=AlumniMembership.Status.DECLINED
    )
    client = Client()
    client.force_login(declined)

    response = client.get(reverse("alumni:network", args=[invitation_only.slug]))

    assert response.status_code == 404


def test_admin_of_one_network_cannot_decide_a_request_of_another(world):
    other_admin = world.people["other_admin"]
    other_slug = AlumniMembership.objects.get(member=other_admin).network.slug
    client = Client()
    client.force_login(other_admin)

    response = client.post(
        reverse("alumni:decide_request", args=[other_slug, world.pending.pk]),
        {"decision": "approve"},
    )

    world.pending.refresh_from_db()
    assert response.status_code == 404
    assert world.pending.status == AlumniMembership.Status.PENDING


def test_admin_of_one_network_cannot_preview_an_import_of_another(world):
    other_admin = world.people["other_admin"]
    other_slug = AlumniMembership.objects.get(member=other_admin).network.slug
    client = Client()
    client.force_login(other_admin)

    response = client.get(
        reverse("alumni:import_preview", args=[other_slug, world.leaver_import.pk])
    )

    assert response.status_code == 404


def test_alumnus_profile_page_does_not_name_the_network(world):
    alumnus = world.people["alumnus"]

    response = client_for(world, "outsider").get(reverse("members:profile", args=[alumnus.pk]))

    assert response.status_code == 200
    assert "Initech Alumni" not in text_of(response)
    assert "Xylophone" not in text_of(response)


def test_leaving_takes_away_the_private_group_at_once(world):
    client = client_for(world, "alumnus")
    client.post(alumni("leave", slug)(world))

    assert client.get(world.news.get_absolute_url()).status_code == 404
    assert client.get(reverse("events:event", args=[world.event.slug])).status_code == 404


def test_mentioning_an_outsider_in_the_private_group_tells_them_nothing(world):
    forum_services.post_reply(
        author=world.people["alumnus"],
        thread=world.news,
        body="@Olle Outsider you would like this one, shame you are not here.",
    )

    response = client_for(world, "outsider").get(reverse("notifications:list"))

    assert leaked_secrets(world, "outsider", text_of(response)) == []
    assert not Notification.objects.filter(recipient=world.people["outsider"]).exists()


def test_leaving_takes_the_networks_events_out_of_the_personal_calendar(world):
    alumnus = world.people["alumnus"]
    event_services.register(member=alumnus, event=world.event)
    feed = event_services.calendar_feed_for(alumnus)
    services.leave_network(member=alumnus, network=world.network)

    response = Client().get(reverse("events:personal_feed", args=[feed.token]))

    assert response.status_code == 200
    assert "Quokka" not in text_of(response)
