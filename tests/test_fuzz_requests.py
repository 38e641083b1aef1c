"""Every URL of the project, requested with random, oversized and malformed query strings and
form posts, anonymously and signed in: never a server error, and a refused post writes nothing.

The URL patterns are walked from the resolver, so a new page is fuzzed as soon as it exists; a
pattern with arguments needs an entry in URL_KWARGS (real objects, so the views get past their
404s) and test_every_url_pattern_is_fuzzed fails until it has one.
"""

import re
from urllib.parse import quote, urlencode

import pytest
from django.contrib.messages import constants as message_levels
from django.contrib.messages.storage.cookie import CookieStorage
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils.text import slugify
from hypothesis import given
from hypothesis import strategies as st

from agenda import forms as agenda_forms
from alumni import forms as alumni_forms
from circles import forms as circle_forms
from conversations import forms as conversation_forms
from digests import forms as digest_forms
from events import forms as event_forms
from forums import forms as forum_forms
from members import forms as member_forms
from notifications import unsubscribe
from systems import forms as system_forms
from tests.fuzzing import build_world, fuzz_settings, hostile_text, hostile_value, value_strategy


def _walk(patterns, prefix="", namespace=None):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = pattern.namespace
            ns = f"{namespace}:{inner}" if namespace and inner else (inner or namespace)
            yield from _walk(pattern.url_patterns, prefix + str(pattern.pattern), ns)
        elif isinstance(pattern, URLPattern):
            name = pattern.name and (f"{namespace}:{pattern.name}" if namespace else pattern.name)
            yield name, prefix + str(pattern.pattern), pattern


def _all_routes():
    return list(_walk(get_resolver().url_patterns))


# Routes not fuzzed here, and why.
NOT_FUZZED_PREFIXES = (
    "admin/",  # Django's admin: tested in tests/test_admin.py (staff only)
    "media/",  # static file serving for development
    "accounts/",  # allauth's own pages: see ALLAUTH_PAGES below for the ones we fuzz
)
ALLAUTH_PAGES = ("account_login", "account_signup", "account_reset_password")

# URL arguments: real objects of the world, so every view gets past its 404.
URL_KWARGS = {
    "members:profile": lambda w: {"member_id": w.plain.pk},
    "members:accept_invitation": lambda w: {"token": w.invitation.token},
    "notifications:open": lambda w: {"notification_id": w.notification.pk},
    "notifications:unsubscribe": lambda w: {
        "token": unsubscribe.make_token(w.member, f"group:{w.group.pk}")
    },
    "events:personal_feed": lambda w: {"token": w.calendar_token},
    "events:group_feed": lambda w: {"slug": w.group.slug},
    "events:delete_agenda_item": lambda w: {"slug": w.event.slug, "item_id": w.agenda_item.pk},
    "events:attendee_action": lambda w: {
        "slug": w.event.slug,
        "registration_id": w.registration.pk,
        "action": "check_in",
    },
    "alumni:invitation": lambda w: {"token": w.former_employee.token},
    "alumni:import_preview": lambda w: {"slug": w.network.slug, "import_id": w.leaver_import.pk},
    "alumni:decide_request": lambda w: {
        "slug": w.network.slug,
        "membership_id": w.alumni_membership.pk,
    },
    "digests:issue": lambda w: {"newsletter_id": w.newsletter.pk},
    "digests:edit": lambda w: {"newsletter_id": w.newsletter.pk},
    "insights:group": lambda w: {"slug": w.group.slug},
    "forums:decide_request": lambda w: {
        "slug": w.closed_group.slug,
        "membership_id": w.pending.pk,
    },
    "forums:set_role": lambda w: {"slug": w.group.slug, "membership_id": w.membership.pk},
    "forums:group_tab": lambda w: {"slug": w.group.slug, "tab": "members"},
    "forums:thread": lambda w: {"thread_id": w.thread.pk, "slug": slugify(w.thread.title)},
    "forums:helpful_reply": lambda w: {"thread_id": w.thread.pk, "reply_id": w.reply.pk},
    "forums:moderate": lambda w: {"thread_id": w.thread.pk, "action": "pin"},
    "forums:edit_reply": lambda w: {"reply_id": w.reply.pk},
    "forums:delete_reply": lambda w: {"reply_id": w.reply.pk},
    "forums:moderation_member": lambda w: {"member_id": w.plain.pk},
    "forums:moderation_decide": lambda w: {"kind": "reply", "post_id": w.reply.pk},
    "forums:flag": lambda w: {"kind": "reply", "post_id": w.reply.pk},
    "conversations:block": lambda w: {"member_id": w.plain.pk},
    "conversations:unblock": lambda w: {"member_id": w.plain.pk},
    "conversations:reported": lambda w: {"conversation_id": w.reported_conversation.pk},
    "conversations:decide_reported": lambda w: {"conversation_id": w.reported_conversation.pk},
    "conversations:detail": lambda w: {"conversation_id": w.conversation.pk},
    "conversations:reply": lambda w: {"conversation_id": w.conversation.pk},
    "conversations:leave": lambda w: {"conversation_id": w.conversation.pk},
    "conversations:report": lambda w: {"conversation_id": w.conversation.pk},
    "systems:category": lambda w: {"category": w.system.category},
    "systems:decide_review": lambda w: {"declaration_id": w.declaration.pk},
    "systems:decide_proposal": lambda w: {"system_id": w.proposed_system.pk},
    "agenda:proposal": lambda w: {"proposal_id": w.proposal.pk},
    "agenda:support": lambda w: {"proposal_id": w.proposal.pk},
    "agenda:decide": lambda w: {"proposal_id": w.proposal.pk, "action": "decline"},
    "agenda:vote": lambda w: {"poll_id": w.poll.pk},
    "agenda:close_poll": lambda w: {"poll_id": w.poll.pk},
    "agenda:topic_vote": lambda w: {"topic_id": w.topic.pk},
    "agenda:schedule_topic": lambda w: {"topic_id": w.topic.pk},
    "circles:round": lambda w: {"pk": w.circle_round.pk},
    "circles:sign_up": lambda w: {"pk": w.circle_round.pk},
    "circles:withdraw": lambda w: {"pk": w.circle_round.pk},
    "circles:form": lambda w: {"pk": w.circle_round.pk},
    "circles:move": lambda w: {"pk": w.circle_round.pk},
    "circles:publish": lambda w: {"pk": w.circle_round.pk},
    "circles:close": lambda w: {"pk": w.circle_round.pk},
    "circles:circle": lambda w: {"pk": w.circle.pk},
    "circles:leave": lambda w: {"pk": w.circle.pk},
}
# Arguments every other route takes from its namespace.
SLUG_OF_NAMESPACE = {
    "events": lambda w: w.event.slug,
    "alumni": lambda w: w.network.slug,
    "forums": lambda w: w.group.slug,
    "insights": lambda w: w.group.slug,
    "systems": lambda w: w.system.slug,
    "agenda": lambda w: w.event.slug,  # topics for the next meeting
    "circles": lambda w: w.group.slug,
}


def _fuzzed_routes():
    routes = []
    for name, route, _pattern in _all_routes():
        if route.startswith(NOT_FUZZED_PREFIXES) and name not in ALLAUTH_PAGES:
            continue
        routes.append((name, route))
    return routes


ROUTES = _fuzzed_routes()
ROUTE_NAMES = [name for name, _route in ROUTES]


def _kwargs_for(name: str, route: str, world) -> dict:
    if name in URL_KWARGS:
        return URL_KWARGS[name](world)
    kwargs = {}
    if "<slug:slug>" in route:
        kwargs["slug"] = SLUG_OF_NAMESPACE[name.split(":")[0]](world)
    if "<int:thread_id>" in route:
        kwargs["thread_id"] = world.thread.pk
    return kwargs


def test_every_url_pattern_is_fuzzed():
    for name, route in ROUTES:
        assert name, f"{route} has no name: name it so the fuzz tests can aim at it"
        arguments = re.findall(r"<[^>]+>", route)
        handled = name in URL_KWARGS or all(
            argument in ("<slug:slug>", "<int:thread_id>") for argument in arguments
        )
        assert handled, f"add {name} ({route}) to URL_KWARGS"
    assert "forums:search" in ROUTE_NAMES and "events:list" in ROUTE_NAMES


# --- The world, built once for the module and rolled back at its end ---------------------------


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            from events import services as event_services

            built = build_world()
            built.calendar_token = event_services.calendar_feed_for(built.member).token
            yield built
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


ROLES = ("anonymous", "member", "manager")


@pytest.fixture
def clients(world, db):
    """One signed-in client per role for the test (sessions live in the test's transaction)."""
    made = {}

    def client_for(role: str) -> Client:
        if role not in made:
            client = Client()
            if role == "member":
                client.force_login(world.plain)
            elif role == "manager":  # staff, group manager, event organiser and alumni admin
                client.force_login(world.member)
            made[role] = client
        client = made[role]
        client.cookies.pop("messages", None)  # each example reads only its own messages
        return client

    return client_for


# Query parameters the views read (grep request.GET) and some they do not.
QUERY_PARAMETERS = (
    "q",
    "page",
    "sort",
    "tag",
    "country",
    "role",
    "before",
    "after",
    "date",
    "year",
    "month",
    "format",
    "lang",
    "group",
    "section",
    "author",
    "since",
    "until",
    "when",
    "kind",
    "status",
    "department",
    "returning",
    "area",
    "days",
    "export",
    "quote",
    "organisation",
    "next",
    "tab",
    "id",
    "to",
    "subject",
    "category",
    "size",
    "a",
    "b",
)

# The form a page reads its query string with: its fields are drawn by type (real choices,
# real slugs) as well as the hostile values above.
GET_FORMS = {
    "members:directory": member_forms.DirectorySearchForm,
    "events:list": event_forms.EventFilterForm,
    "forums:jobs": forum_forms.JobFilterForm,
    "forums:knowledge": forum_forms.KnowledgeFilterForm,
    "forums:search": forum_forms.SearchForm,
    "systems:catalogue": system_forms.CatalogueSearchForm,
    "systems:category": system_forms.CatalogueSearchForm,
    "systems:detail": system_forms.FiguresFilterForm,
    "systems:compare": system_forms.CompareForm,
}


def _form_fields(form_class, world, prefix=None):
    """(key, field) for every field of a form instance built like the view builds it."""
    kwargs = FORM_ARGUMENTS.get(form_class, lambda _world: {})(world)
    form = form_class(prefix=prefix, **kwargs)
    return [(form.add_prefix(name), field) for name, field in form.fields.items()]


@st.composite
def _query_strategy(draw, name, world):
    query = draw(
        st.dictionaries(st.sampled_from(QUERY_PARAMETERS), hostile_value(), min_size=1, max_size=6)
    )
    if name == "conversations:new" and draw(st.booleans()):  # the member written to
        query["to"] = draw(st.sampled_from([str(world.plain.pk), str(world.member.pk)]))
    if name in GET_FORMS:
        for key, field in _form_fields(GET_FORMS[name], world):
            if draw(st.booleans()):
                query[key] = draw(value_strategy(field))  # a list: sent with doseq
    return query


@pytest.mark.parametrize("name", [n for n, _r in ROUTES], ids=str)
@fuzz_settings(8)
@given(data=st.data())
def test_no_page_fails_on_hostile_query_strings(name, world, clients, data):
    route = dict(ROUTES)[name]
    url = reverse(name, kwargs=_kwargs_for(name, route, world))
    role = data.draw(st.sampled_from(ROLES), label="role")
    query = data.draw(_query_strategy(name, world), label="query")
    client = clients(role)
    with transaction.atomic():
        response = client.get(url + "?" + urlencode(query, doseq=True), HTTP_ACCEPT_LANGUAGE="sv")
        transaction.set_rollback(True)
    assert response.status_code < 500, (role, url, query)


# --- Posts -------------------------------------------------------------------------------------

# The form a view reads its post with, when it has one: its fields are drawn by type.
POST_FORMS = {
    "members:edit_profile": member_forms.ProfileForm,
    "members:invitations": member_forms.InvitationForm,
    "members:privacy": member_forms.EmailConsentForm,
    "members:delete_account": member_forms.DeleteAccountForm,
    "events:create": event_forms.EventForm,
    "events:edit": event_forms.EventForm,
    "events:add_agenda_item": event_forms.AgendaItemForm,
    "events:attendees": event_forms.AddAttendeeForm,
    "events:message": event_forms.MessageForm,
    "alumni:create": alumni_forms.NetworkForm,
    "alumni:network": alumni_forms.JoinRequestForm,
    "alumni:guidelines": alumni_forms.AcceptGuidelinesForm,
    "alumni:my_profile": alumni_forms.AlumniProfileForm,
    "alumni:admin_settings": alumni_forms.NetworkSettingsForm,
    "alumni:import": alumni_forms.ImportForm,
    "digests:edit": digest_forms.NewsletterForm,
    "forums:create_group": forum_forms.GroupForm,
    "forums:watch": forum_forms.WatchLevelForm,
    "forums:new_thread": (forum_forms.ThreadForm, (agenda_forms.PollForm, "poll")),
    "forums:reply": forum_forms.ReplyForm,
    "forums:edit_thread": forum_forms.ThreadForm,
    "forums:edit_reply": forum_forms.ReplyForm,
    "forums:summary": forum_forms.SummaryForm,
    "conversations:new": conversation_forms.NewConversationForm,
    "conversations:reply": conversation_forms.ReplyForm,
    "conversations:report": conversation_forms.ReportForm,
    "conversations:settings": conversation_forms.MessagingPreferenceForm,
    "systems:declare": system_forms.DeclarationForm,
    "systems:affiliation": system_forms.AffiliationForm,
    "systems:propose": system_forms.ProposalForm,
    "systems:proposals": system_forms.MergeForm,
    "agenda:add_poll": agenda_forms.PollForm,
    "agenda:propose": agenda_forms.ProposalForm,
    "agenda:decide": (agenda_forms.MergeForm, agenda_forms.DeclineForm),
    "agenda:suggest_topic": agenda_forms.TopicForm,
    "agenda:schedule_topic": agenda_forms.ScheduleTopicForm,
    "circles:new_round": circle_forms.RoundForm,
    "circles:sign_up": circle_forms.SignUpForm,
    "circles:move": circle_forms.MoveForm,
}
# Constructor arguments of the forms above, as their views pass them.
FORM_ARGUMENTS = {
    event_forms.EventForm: lambda w: {"groups": _groups(w)},
    digest_forms.NewsletterForm: lambda w: {"newsletter": w.newsletter},
    member_forms.DeleteAccountForm: lambda w: {"member": w.member},
    system_forms.DeclarationForm: lambda w: {"system": w.system},
    agenda_forms.ProposalForm: lambda w: {"parents": _groups(w)},
    circle_forms.SignUpForm: lambda w: {"round_": w.circle_round},
}


def _groups(world):
    from forums.models import Group

    return Group.objects.filter(pk=world.group.pk)


def _post_forms(name) -> list[tuple[type, str | None]]:
    """The (form class, prefix) pairs a view reads its post with."""
    entry = POST_FORMS.get(name)
    if entry is None:
        return []
    entries = entry if isinstance(entry, tuple) else (entry,)
    return [e if isinstance(e, tuple) else (e, None) for e in entries]


# Keys views read from request.POST directly (grep request.POST).
POST_KEYS = (
    "action",
    "answer",
    "back",
    "body",
    "days",
    "decision",
    "email",
    "group",
    "language",
    "next",
    "note",
    "people",
    "posts",
    "reason",
    "reply",
    "role",
    "to",
    "option",
    "remove",
    "allows_anonymous_posts",
)
POST_CHOICES = {
    "action": ["consent", "send", "invite", "revoke", "suspend", "ban", "withdraw", "unvote"],
    "decision": [
        "approve",
        "reject",
        "publish",
        "remove",
        "restore",
        "accept",
        "release",
        "dismiss",
        "uphold",
    ],
    "answer": ["decline"],
    "back": ["check_in"],
    "language": ["sv", "da", "nb", "nl", "en"],
    "role": ["member", "moderator", "manager"],
    "reason": ["spam", "abuse", "other"],
    "remove": ["1", "on"],
    "allows_anonymous_posts": ["on", "off"],
}
# Keys whose good values are ids of the world's objects.
POST_IDS = {
    "to": lambda w: [str(w.plain.pk), str(w.member.pk)],
    "option": lambda w: [str(pk) for pk in w.poll.options.values_list("pk", flat=True)],
}


@st.composite
def _post_data(draw, name, world):
    data = {}
    for form_class, prefix in _post_forms(name):
        for key, field in _form_fields(form_class, world, prefix):
            if draw(st.integers(0, 5)) == 0 or key.endswith(("avatar", "file")):
                continue
            data[key] = draw(value_strategy(field))
    for key in draw(st.sets(st.sampled_from(POST_KEYS), max_size=6)):
        if key in POST_IDS:
            good = POST_IDS[key](world)
        else:
            good = POST_CHOICES.get(key, [str(world.reply.pk), f"reply:{world.reply.pk}", "7"])
        data[key] = draw(st.lists(st.one_of(st.sampled_from(good), hostile_value()), max_size=3))
    return data


# Forms no request fuzz sends, and why (test_fuzz_forms.py fuzzes every form on its own).
FORMS_NOT_SENT = {
    "members.forms.SignupDetailsForm": "allauth's signup page, not posted by these tests",
}


def test_every_form_of_the_project_is_sent_to_its_page():
    """A new form gets an entry in POST_FORMS or GET_FORMS, so it is fuzzed through its view."""
    from tests.fuzzing import project_form_classes

    sent = set(GET_FORMS.values())
    for name in POST_FORMS:
        sent |= {form_class for form_class, _prefix in _post_forms(name)}
    for form_class in project_form_classes():
        qualified = f"{form_class.__module__}.{form_class.__qualname__}"
        assert form_class in sent or qualified in FORMS_NOT_SENT, (
            f"add {qualified} to POST_FORMS or GET_FORMS"
        )


WRITES = ("INSERT", "UPDATE", "DELETE")
BOOKKEEPING_TABLES = ('"django_session"',)


def _writes(queries) -> list[str]:
    found = []
    for query in queries:
        sql = query["sql"]
        if sql.split()[0] in WRITES and not any(table in sql for table in BOOKKEEPING_TABLES):
            found.append(sql[:200])
    return found


# Posts whose success is a page, not a redirect.
SUCCESS_PAGES = {
    "notifications:unsubscribe": 200,  # "you are unsubscribed", also for mail clients
    "alumni:invitation": 200,  # "you declined the invitation"
}


def _refused(name, response) -> bool:
    """Not a success: the form came back, or the redirect carries an error message."""
    if SUCCESS_PAGES.get(name) == response.status_code:
        return False
    if response.status_code not in (301, 302, 303):
        return True
    cookie = response.cookies.get("messages")
    if cookie is None or not cookie.value:
        return False
    stored = CookieStorage(response.wsgi_request)._decode(cookie.value) or []
    return any(message.level >= message_levels.ERROR for message in stored)


POST_ROUTES = [
    n for n, r in ROUTES if not n.startswith(("account_", "home", "healthz")) and "feed" not in n
]


@pytest.mark.parametrize("name", POST_ROUTES, ids=str)
@fuzz_settings(10)
@given(data=st.data())
def test_hostile_posts_fail_cleanly_and_write_nothing(name, world, clients, data):
    route = dict(ROUTES)[name]
    url = reverse(name, kwargs=_kwargs_for(name, route, world))
    role = data.draw(st.sampled_from(("member", "manager")), label="role")
    post = data.draw(_post_data(name, world), label="post")
    client = clients(role)
    with transaction.atomic():
        with CaptureQueriesContext(connection) as queries:
            response = client.post(url, post, HTTP_ACCEPT_LANGUAGE="nb")
        transaction.set_rollback(True)
    assert response.status_code < 500, (role, url, post)
    if _refused(name, response):
        assert not _writes(queries), (role, url, post, response.status_code, _writes(queries))


# --- URL arguments -----------------------------------------------------------------------------

ROUTES_WITH_ARGUMENTS = [n for n, r in ROUTES if "<" in r and not n.startswith("account_")]


def _hostile_path(route: str, draw) -> str:
    """The route with each argument replaced by a drawn value its converter accepts."""
    path = "/" + route
    for argument in re.findall(r"<[^>]+>", route):
        converter = argument[1:].split(":")[0]
        if converter == "int":
            value = str(draw(st.one_of(st.integers(0, 10**40), st.just(2**63))))
        elif converter == "slug":
            value = draw(st.from_regex(r"[-a-zA-Z0-9_]{1,300}", fullmatch=True))
        else:
            value = quote(draw(hostile_text()).replace("/", "") or "x", safe="")
        path = path.replace(argument, value, 1)
    return path


@pytest.mark.parametrize("name", ROUTES_WITH_ARGUMENTS, ids=str)
@fuzz_settings(4)
@given(data=st.data())
def test_hostile_url_arguments_are_not_found_not_errors(name, world, clients, data):
    path = _hostile_path(dict(ROUTES)[name], data.draw)
    role = data.draw(st.sampled_from(ROLES), label="role")
    client = clients(role)
    with transaction.atomic():
        response = client.get(path)
        transaction.set_rollback(True)
    assert response.status_code < 500, (role, path)


# --- A sweep that does not depend on luck --------------------------------------------------------

SWEEP_VALUES = ("\x00", "²", str(-(10**30)), "9" * 5000, "2026-02-30", "a & b | !c <-> d:* '")


@pytest.mark.parametrize("name", [n for n, _r in ROUTES], ids=str)
def test_each_sweep_value_in_every_parameter_at_once(name, world, clients):
    """Every query parameter and every posted key set to the same hostile value, as the
    manager (who gets furthest into every view): no server error, and a refused post writes
    nothing."""
    url = reverse(name, kwargs=_kwargs_for(name, dict(ROUTES)[name], world))
    client = clients("manager")
    post_keys = set(POST_KEYS)
    for form_class, prefix in _post_forms(name):
        post_keys |= {key for key, _field in _form_fields(form_class, world, prefix)}
    query_keys = set(QUERY_PARAMETERS)
    if name in GET_FORMS:
        query_keys |= {key for key, _field in _form_fields(GET_FORMS[name], world)}
    for value in SWEEP_VALUES:
        with transaction.atomic():
            response = client.get(url, {key: value for key in query_keys})
            transaction.set_rollback(True)
        assert response.status_code < 500, (url, value)
        if name not in POST_ROUTES:
            continue
        client.cookies.pop("messages", None)
        with transaction.atomic():
            with CaptureQueriesContext(connection) as queries:
                response = client.post(url, {key: value for key in post_keys})
            transaction.set_rollback(True)
        assert response.status_code < 500, (url, value)
        if _refused(name, response):
            assert not _writes(queries), (url, value, _writes(queries))
