"""Shared pieces of the property-based ("fuzz") tests: hostile values, value strategies by
form field type, the hypothesis settings, and a small world of real objects to aim at.

Used by tests/test_fuzz_forms.py, tests/test_fuzz_requests.py and tests/test_xss.py.
"""

import importlib
import inspect
import os
import pkgutil
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from django import forms
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

REPOSITORY = Path(__file__).resolve().parent.parent


def _project_apps() -> tuple[str, ...]:
    """Every top-level folder of the repository with an apps.py, and the hrnet package: a new
    app is fuzzed as soon as it exists, without anyone remembering to list it here."""
    apps = sorted(
        folder.name
        for folder in REPOSITORY.iterdir()
        if folder.is_dir() and (folder / "apps.py").is_file() and (folder / "__init__.py").exists()
    )
    return (*apps, "hrnet")


PROJECT_APPS = _project_apps()

# How many examples each property draws: small by default so the files stay fast; multiply
# them (HRNET_FUZZ_SCALE=20) for a deep run when hunting bugs.
SCALE = float(os.environ.get("HRNET_FUZZ_SCALE", "1"))


def fuzz_settings(examples: int) -> settings:
    return settings(
        max_examples=max(1, int(examples * SCALE)),
        deadline=None,
        derandomize=True,  # the same examples on every run: a failure reproduces
        database=None,  # no .hypothesis directory in the repository
        print_blob=True,
        suppress_health_check=[
            HealthCheck.function_scoped_fixture,  # the world is built once per test, on purpose
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.large_base_example,
        ],
    )


HUGE = 10**30
LEAVERS_FILE = "sweden_excel_cp1252.csv"
HOSTILE_TEXT = [
    "",
    " ",
    "\x00",
    "a\x00b",
    "%00",
    "\u202eevil\u202c",  # right-to-left override
    "\u200b\u200c\u200d\ufeff",  # zero-width characters
    "👩‍💼🇸🇪🏳️‍🌈",
    "e\u0301\u0301\u0301\u0301",  # combining marks
    "Z̴̡̛̖͎a̷͙l̸g̶o̷",
    "x" * 100_000,
    "word " * 5_000,
    str(HUGE),
    str(-HUGE),
    "-1",
    "0",
    "-0",
    "1e309",
    "1_000",
    "0x10",
    " 7 ",
    "²",  # str.isdigit() is True, int() refuses it
    "٣",  # Arabic-Indic digit three
    "１２",  # full-width digits
    "NaN",
    "inf",
    "-inf",
    "9" * 5000,  # more digits than int() converts
    "2026-02-30",
    "0000-00-00",
    "9999-99-99",
    "9999-12-31",
    "0001-01-01",
    "2026-13-01T25:61",
    "10000-01-01",
    "'; DROP TABLE members_member; --",
    "' OR '1'='1",
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "{{ 7|add:7 }}{% debug %}",
    "a & b | !c <-> d:* ' \" \\",  # tsquery operators
    "!!!",
    "(((",
    "javascript:alert(1)",
    "https://example.org/\x00",
    "//evil.example/",
    "../../etc/passwd",
    "last",
    "csv",
    "\r\n\t",
    "\ud7ff\ue000\U0010ffff",
]


def hostile_text():
    return st.one_of(
        st.sampled_from(HOSTILE_TEXT),
        st.text(max_size=40),
        st.text(alphabet=st.characters(codec="utf-8"), max_size=300),
    )


def hostile_number():
    return st.one_of(
        st.integers(min_value=-HUGE, max_value=HUGE).map(str),
        st.integers(min_value=-3, max_value=40).map(str),
        st.floats(allow_nan=True, allow_infinity=True).map(str),
        st.sampled_from(HOSTILE_TEXT),
    )


def hostile_date():
    return st.one_of(
        st.dates().map(lambda d: d.isoformat()),
        st.datetimes().map(lambda d: d.strftime("%Y-%m-%dT%H:%M")),
        st.tuples(st.integers(-1, 100_000), st.integers(-1, 99), st.integers(-1, 99)).map(
            lambda t: f"{t[0]:04d}-{t[1]:02d}-{t[2]:02d}"
        ),
        st.sampled_from(HOSTILE_TEXT),
    )


def hostile_value():
    return st.one_of(hostile_text(), hostile_number(), hostile_date())


def _choice_values(field) -> list[str]:
    values = []
    for value, label in getattr(field, "choices", []):
        if isinstance(label, (list, tuple)):  # optgroups
            values.extend(str(v) for v, _label in label)
        else:
            values.append(str(value))
    return values or [""]


def value_strategy(field):
    """Valid-ish values for the field's type, mixed with hostile ones (a list of strings)."""
    if isinstance(field, forms.ModelMultipleChoiceField | forms.MultipleChoiceField):
        one = st.one_of(st.sampled_from(_choice_values(field)), hostile_value())
        return st.lists(one, max_size=4)
    if isinstance(field, forms.ModelChoiceField | forms.ChoiceField):
        valid = st.sampled_from(_choice_values(field))
    elif isinstance(field, forms.BooleanField | forms.NullBooleanField):
        valid = st.sampled_from(["on", "true", "false", "1", "0", "", "unknown"])
    elif isinstance(field, forms.IntegerField | forms.DecimalField | forms.FloatField):
        valid = hostile_number()
    elif isinstance(field, forms.DateTimeField | forms.DateField | forms.TimeField):
        valid = hostile_date()
    elif isinstance(field, forms.EmailField):
        valid = st.one_of(st.emails().map(str), st.sampled_from(["a@b", "@", "x@" + "y" * 300]))
    elif isinstance(field, forms.URLField):
        valid = st.sampled_from(
            [
                "https://example.org/",
                "example.org",
                "http://[::1",
                "https://" + "a" * 3000 + ".org",
                "javascript:alert(1)",
                "data:text/html,<script>alert(1)</script>",
                "https://www.linkedin.com/in/anna",
            ]
        )
    else:
        valid = st.text(max_size=60)
    return st.one_of(valid, hostile_value()).map(lambda value: [value])


def field_data(draw, form) -> tuple[dict, dict]:
    """POST-like data (name -> list of strings) and files for every field of a form instance."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    data, files = {}, {}
    for name, field in form.fields.items():
        key = form.add_prefix(name)
        if draw(st.integers(0, 9)) == 0:
            continue  # sometimes a field is missing altogether
        if isinstance(field, forms.FileField):
            content = draw(
                st.one_of(
                    st.binary(max_size=200),
                    st.sampled_from([b"GIF89a" + b"\x00" * 20, b"\x89PNG\r\n\x1a\n", b""]),
                )
            )
            files[key] = [SimpleUploadedFile(draw(hostile_text())[:200] or "f.csv", content)]
            continue
        data[key] = draw(value_strategy(field))
    return data, files


# --- Discovery of the project's forms -------------------------------------------------------------


def project_modules():
    """Every module of the project's apps (not migrations, not management commands)."""
    modules = []
    for app in PROJECT_APPS:
        package = importlib.import_module(app)
        modules.append(package)
        for info in pkgutil.walk_packages(package.__path__, prefix=f"{app}."):
            if ".migrations" in info.name or ".management" in info.name:
                continue
            if info.name in ("hrnet.wsgi", "hrnet.asgi", "hrnet.embedded"):
                continue
            modules.append(importlib.import_module(info.name))
    return modules


def project_form_classes() -> list[type]:
    found = {}
    for module in project_modules():
        for obj in vars(module).values():
            if (
                inspect.isclass(obj)
                and issubclass(obj, forms.BaseForm)
                and obj.__module__.split(".")[0] in PROJECT_APPS
            ):
                found[f"{obj.__module__}.{obj.__qualname__}"] = obj
    return [found[name] for name in sorted(found)]


# --- A small world of real objects ----------------------------------------------------------


@dataclass
class World:
    member: object  # staff, manages the group, organises the event, admins the network
    plain: object  # a plain member of the group
    group: object
    membership: object  # plain member's group membership
    pending: object  # a pending request to join the closed group
    closed_group: object
    thread: object
    reply: object
    event: object
    registration: object
    agenda_item: object
    network: object
    alumni_membership: object
    former_employee: object
    leaver_import: object
    notification: object
    newsletter: object
    invitation: object
    conversation: object  # between the manager and the plain member
    reported_conversation: object  # started by the plain member, reported by the manager
    system: object  # an accepted entry of the HR-systems map
    declaration: object  # the plain member's experience of it, waiting for a moderator
    proposed_system: object
    poll: object  # on the world thread
    proposal: object  # a proposed group, by the plain member
    topic: object  # for the world event
    circle_round: object  # published: the plain member sits in a circle
    circle: object


def build_world() -> World:
    from alumni import services as alumni_services
    from digests import services as digest_services
    from events import services as event_services
    from events.models import AgendaItem
    from forums.models import Group, GroupMembership
    from notifications import services as notification_services
    from notifications.models import Notification
    from tests.alumni.factories import add_alumnus, data_file, make_former_employee, make_network
    from tests.events.factories import make_event
    from tests.factories import InvitationFactory, MemberFactory
    from tests.forums.factories import add_member, make_group, make_reply, make_thread

    member = MemberFactory(is_staff=True, headline="Head of People")
    plain = MemberFactory()
    group = make_group(manager=member, name="Payroll Nordics")
    membership = add_member(group, plain)
    closed_group = make_group(manager=member, visibility=Group.Visibility.REQUEST, name="Closed HR")
    pending = GroupMembership.objects.create(
        group=closed_group, member=MemberFactory(), status=GroupMembership.Status.PENDING
    )
    thread = make_thread(group=group, author=plain)
    reply = make_reply(thread=thread, author=member)
    event = make_event(organiser=member, group=group)
    registration = event_services.register(member=plain, event=event)
    start = event.starts_at
    agenda_item = AgendaItem.objects.create(
        event=event, starts_at=start, ends_at=start + timedelta(minutes=30), title="Welcome"
    )
    network = make_network(admin=member)
    alumnus = add_alumnus(network, plain, department="Payroll")
    former_employee = make_former_employee(network)
    leaver_import = alumni_services.preview_import(
        admin=member, network=network, raw=data_file(LEAVERS_FILE), filename="leavers.csv"
    )
    notification = notification_services.notify(
        recipient=member,
        kind=Notification.Kind.REPLY,
        key="fuzz-1",
        message="A reply to your thread",
        url=thread.get_absolute_url(),
    )
    newsletter = digest_services.create_draft(editor=member)
    invitation = InvitationFactory(inviter=member)
    new_apps = _build_new_apps(member=member, plain=plain, group=group, thread=thread, event=event)
    return World(
        member=member,
        plain=plain,
        group=group,
        membership=membership,
        pending=pending,
        closed_group=closed_group,
        thread=thread,
        reply=reply,
        event=event,
        registration=registration,
        agenda_item=agenda_item,
        network=network,
        alumni_membership=alumnus,
        former_employee=former_employee,
        leaver_import=leaver_import,
        notification=notification,
        newsletter=newsletter,
        invitation=invitation,
        **new_apps,
    )


def _build_new_apps(*, member, plain, group, thread, event) -> dict:
    """Private messages, the HR-systems map, polls/proposals/topics and intervision circles."""
    from agenda import services as agenda_services
    from circles import services as circle_services
    from conversations import services as conversation_services
    from systems import services as system_services
    from systems.models import Declaration
    from tests.agenda.factories import make_poll, make_proposal
    from tests.circles.factories import make_round, sign_up_people
    from tests.conversations.factories import start
    from tests.factories import OrganisationFactory
    from tests.systems.factories import declare, make_system

    conversation = start(starter=member, recipients=[plain])
    reported = start(starter=plain, recipients=[member], subject="Buy cheap payroll now")
    conversation_services.report_conversation(reporter=member, conversation=reported, reason="spam")

    for person in (member, plain):
        person.organisation = OrganisationFactory()
        person.save(update_fields=["organisation"])
    system = make_system("Payroll One")
    declare(system, member, satisfaction=4, strengths="Quick **payslips**.")
    make_system("Payroll Two")  # something to compare with and to have moved from
    declaration = declare(
        system, plain, satisfaction=2, weaknesses="Slow support.", may_contact=True
    )
    Declaration.objects.filter(pk=declaration.pk).update(review_status="held")  # for review
    proposed_system = system_services.propose_system(
        member=plain, name="Löneverket", category="payroll", vendor="Löneverket AB"
    )

    poll = make_poll(thread=thread)
    proposal = make_proposal(proposer=plain)
    topic = agenda_services.suggest_topic(
        member=plain, event=event, title="Pay transparency directive"
    )

    circle_round = make_round(group=group, manager=member, min_size=4, max_size=6)
    circle_services.sign_up(
        member=plain,
        round_=circle_round,
        themes=[circle_round.themes[0]],
        experience="2to5",
        availability=["tue-pm"],
    )
    sign_up_people(circle_round, 3)
    circle_services.form_circles(manager=member, round_=circle_round, seconds=0.2)
    circle_services.publish_round(manager=member, round_=circle_round)
    circle_services.set_up_pending_circles()
    circle = plain.circle_signups.get(round=circle_round).circle
    return {
        "conversation": conversation,
        "reported_conversation": reported,
        "system": system,
        "declaration": declaration,
        "proposed_system": proposed_system,
        "poll": poll,
        "proposal": proposal,
        "topic": topic,
        "circle_round": circle_round,
        "circle": circle,
    }
