"""One small network with something private in every app, and one person in each role.

Roles: a visitor (anonymous); a member of the private group and alumni network; the group's
manager (also the event's organiser); the alumni network's admin; an outsider (signed in, in
nothing private); a site admin (staff). URL arguments point at the private things, so the
outsider must meet 404s where the insiders meet pages.
"""

from dataclasses import dataclass, field

from django.test import override_settings
from django.utils import timezone

from alumni import services as alumni_services
from digests import services as digest_services
from events import services as event_services
from events.models import AgendaItem, CalendarFeed, Registration
from forums.models import Group, GroupMembership
from members import services as member_services
from notifications import services as notification_services
from notifications import unsubscribe
from tests.alumni.factories import add_alumnus, add_pending, make_network
from tests.events.factories import make_event
from tests.factories import MemberFactory
from tests.forums.factories import add_member, make_group, make_reply, make_thread

ROLES = ("anonymous", "member", "manager", "alumni_admin", "outsider", "staff")


@dataclass
class World:
    people: dict
    things: dict = field(default_factory=dict)

    def __getattr__(self, name):
        try:
            return self.things[name]
        except KeyError:
            raise AttributeError(name) from None


@override_settings(MODERATION_FIRST_POSTS_HELD=0, MODERATION_AUTOMATIC=False)
def build_world() -> World:
    people = {
        "anonymous": None,
        "member": MemberFactory(display_name="Maja Member"),
        "manager": MemberFactory(display_name="Mats Manager"),
        "alumni_admin": MemberFactory(display_name="Alva Admin"),
        "outsider": MemberFactory(display_name="Otto Outsider"),
        "staff": MemberFactory(display_name="Stina Staff", is_staff=True, is_superuser=True),
    }
    member, manager, admin = people["member"], people["manager"], people["alumni_admin"]
    world = World(people=people)
    things = world.things

    group = make_group(manager=manager, visibility=Group.Visibility.HIDDEN, name="Payroll circle")
    add_member(group, member)
    things["group"] = group
    things["membership"] = GroupMembership.objects.get(group=group, member=member)
    things["thread"] = make_thread(group=group, author=member, section="question")
    things["reply"] = make_reply(thread=things["thread"], author=manager)

    request_group = make_group(manager=manager, visibility=Group.Visibility.REQUEST)
    requester = MemberFactory()
    things["request_group"] = request_group
    from forums import services as forum_services

    things["join_request"] = forum_services.join_group(member=requester, group=request_group)

    event = make_event(organiser=manager, group=group)
    things["event"] = event
    things["registration"] = event_services.register(member=member, event=event)
    things["agenda_item"] = AgendaItem.objects.create(
        event=event, title="Welcome", starts_at=event.starts_at
    )
    things["calendar_feed"] = CalendarFeed.objects.create(member=member)

    network = make_network(admin=admin, join_policy="request")
    add_alumnus(network, member)
    things["network"] = network
    things["alumni_request"] = add_pending(network)
    things["leaver_import"] = alumni_services.preview_import(
        admin=admin,
        network=network,
        raw=b"Name;Email\nLeif Leaver;leif@example.se\n",
        filename="register.csv",
    )
    from alumni.models import FormerEmployee

    things["former_employee"] = FormerEmployee.objects.create(
        network=network, name="Fia Former", email="fia@example.se"
    )

    _build_circles(world)
    _build_agenda(world)
    _build_sounding_board(world)

    things["notification"] = notification_services.notify(
        recipient=member, kind="reply", key=f"authz-{member.pk}", message="A reply", url="/"
    )
    things["invitation"] = member_services.invite_colleague(inviter=member, email="new@example.se")
    things["unsubscribe_token"] = unsubscribe.make_token(member, "digest")
    things["newsletter"] = digest_services.create_draft(editor=people["staff"])
    assert Registration.objects.filter(event=event, member=member).exists()
    things["now"] = timezone.now()
    return world


def _build_circles(world: World) -> None:
    """An intervision round in the private group, published: the member sits in a circle."""
    from circles import services as circle_services
    from tests.circles.factories import make_round, sign_up_people

    member, manager = world.people["member"], world.people["manager"]
    round_ = make_round(group=world.group, manager=manager, min_size=4, max_size=6)
    circle_services.sign_up(
        member=member,
        round_=round_,
        themes=[round_.themes[0]],
        experience="2to5",
        availability=["tue-pm"],
    )
    sign_up_people(round_, 3)
    circle_services.form_circles(manager=manager, round_=round_, seconds=0.2)
    circle_services.publish_round(manager=manager, round_=round_)
    circle_services.set_up_pending_circles()
    world.things["circle_round"] = round_
    world.things["circle"] = member.circle_signups.get(round=round_).circle


def _build_agenda(world: World) -> None:
    """A poll on the private thread, a group proposal and a topic for the private event."""
    from agenda import services as agenda_services
    from tests.agenda.factories import make_poll, make_proposal

    member = world.people["member"]
    world.things["poll"] = make_poll(thread=world.thread)
    world.things["proposal"] = make_proposal(proposer=member)
    world.things["topic"] = agenda_services.suggest_topic(
        member=member, event=world.event, title="Pay transparency directive"
    )


def _build_sounding_board(world: World) -> None:
    """Conversations (one reported to the moderators) and the HR-systems map."""
    from conversations import services as conversation_services
    from systems import services as system_services
    from tests.conversations.factories import start
    from tests.factories import OrganisationFactory
    from tests.systems.factories import declare, make_system

    member, manager = world.people["member"], world.people["manager"]
    world.things["conversation"] = start(starter=member, recipients=[manager])
    reported = start(starter=world.people["alumni_admin"], recipients=[member])
    conversation_services.report_conversation(reporter=member, conversation=reported, reason="spam")
    world.things["reported_conversation"] = reported

    member.organisation = OrganisationFactory(name="Maja's Employer AB")
    member.save(update_fields=["organisation"])
    system = make_system("Payroll One")
    world.things["system"] = system
    world.things["declaration"] = declare(system, member, satisfaction=4)
    world.things["proposed_system"] = system_services.propose_system(
        member=member, name="Löneverket", category="payroll", vendor="Löneverket AB"
    )
