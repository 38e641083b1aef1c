"""Classic cross-site scripting payloads, written where members write (Markdown bodies, profile
fields, group, event and alumni network descriptions, notification texts) and read back from the
real pages: the HTML never carries executable markup from member content.
"""

import re
from html.parser import HTMLParser

import pytest
from django.db import transaction
from django.test import Client, override_settings
from django.urls import reverse

from hrnet.markdown import render_markdown

MARK = "xssmark"  # every payload carries it: what shows up with it came from a member

PAYLOADS = [
    f"<script>alert('{MARK}')</script>",
    f"<SCRIPT SRC=//evil.example/{MARK}.js></SCRIPT>",
    f"<ScRiPt>alert('{MARK}')</sCrIpT>",
    f"<script>alert('{MARK}')",  # unclosed
    f"<img src=x onerror=\"alert('{MARK}')\">",
    f"<IMG SRC=javascript:alert('{MARK}')>",
    f'<img src="x" alt="{MARK}" onload=alert(1) ',  # unclosed tag
    f"<svg onload=alert('{MARK}')>",
    f"<svg><script>alert('{MARK}')</script></svg>",
    f"<a href=\"javascript:alert('{MARK}')\">{MARK}</a>",
    f'<a href="jav&#x09;ascript:alert(1)">{MARK}</a>',
    f'<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">{MARK}</a>',
    f'<a href="vbscript:msgbox(1)">{MARK}</a>',
    f'<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">{MARK}</a>',
    f'<a href="https://example.org" onclick="alert(1)" style="color:red">{MARK}</a>',
    f"<div style=\"width: expression(alert('{MARK}'))\">{MARK}</div>",
    f'<p style="background:url(javascript:alert(1))">{MARK}</p>',
    f'<iframe src="https://evil.example/{MARK}"></iframe>',
    f'<object data="https://evil.example/{MARK}.swf"></object>',
    f'<embed src="https://evil.example/{MARK}.swf">',
    f'<form action="https://evil.example/{MARK}"><input name="password"></form>',
    f'<meta http-equiv="refresh" content="0;url=https://evil.example/{MARK}">',
    f"<body onload=\"alert('{MARK}')\">",
    f"[{MARK}](javascript:alert(1))",
    f"[{MARK}](JaVaScRiPt:alert(1))",
    f"![{MARK}](javascript:alert(1))",
    f"![{MARK}](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    f"[{MARK}][ref]\n\n[ref]: javascript:alert(1)",
    f"<javascript:alert('{MARK}')>",
    f'[{MARK}](https://example.org "title" onmouseover="alert(1)")',
    f"\"><script>alert('{MARK}')</script>",
    f"' onmouseover='alert(\"{MARK}\")' x='",
    f"&lt;script&gt;alert('{MARK}')&lt;/script&gt;",
    "{{ 1337|add:1 }} {% now 'Y' %} " + MARK,
]
# Short payloads for one-line fields (names, headlines, titles).
SHORT_PAYLOADS = [p for p in PAYLOADS if len(p) <= 80]

DANGEROUS_TAGS = {"script", "iframe", "object", "embed", "frame", "frameset", "applet", "base"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "poster"}
BAD_SCHEMES = ("javascript:", "vbscript:", "data:text/html", "data:")


class ExecutableMarkupFinder(HTMLParser):
    """Collects what a browser could run: scripts, handlers, dangerous URLs, injected styles."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems = []
        self.in_head = False

    def handle_starttag(self, tag, attrs):
        self._check(tag, attrs)

    def handle_startendtag(self, tag, attrs):
        self._check(tag, attrs)

    def handle_endtag(self, tag):
        if tag == "head":
            self.in_head = False

    def _check(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "head":
            self.in_head = True
        if tag == "script":
            src = attributes.get("src") or ""
            if not src.startswith("/static/"):
                self.problems.append(f"<script src={src!r}>")
        elif tag in DANGEROUS_TAGS:
            self.problems.append(f"<{tag}>")
        elif tag == "meta" and not self.in_head:
            self.problems.append("<meta> in the body")
        elif tag == "form":
            action = attributes.get("action") or ""
            if action and not action.startswith(("/", "?", "#")):
                self.problems.append(f"<form action={action!r}>")
        for name, value in attrs:
            value = value or ""
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}=...>")
            if name in URL_ATTRIBUTES:
                # Browsers ignore whitespace and control characters inside a scheme.
                squeezed = re.sub(r"[\x00-\x20]", "", value).lower()
                if squeezed.startswith(BAD_SCHEMES):
                    self.problems.append(f"<{tag} {name}={value[:60]!r}>")
            if name == "style" and (
                MARK in value or "expression" in value.lower() or "url(" in value.lower()
            ):
                self.problems.append(f"<{tag} style={value[:60]!r}>")


def executable_markup(html: str) -> list[str]:
    finder = ExecutableMarkupFinder()
    finder.feed(html)
    finder.close()
    return finder.problems


def assert_no_executable_markup(html: str, where: str = ""):
    problems = executable_markup(html)
    assert not problems, f"{where}: {problems}"
    assert "1338" not in html, f"{where}: a template tag from member text was run"


def test_the_finder_finds_what_it_looks_for():
    assert executable_markup("<p onclick='x()'>a</p>")
    assert executable_markup('<a href=" jav&#x09;ascript:alert(1)">a</a>')
    assert executable_markup("<iframe src='x'></iframe>")
    assert executable_markup(f"<b style='color:red' title='{MARK}'>a</b><i style='{MARK}'>")
    assert executable_markup("<script>alert(1)</script>")
    assert not executable_markup('<script src="/static/js/hrnet.js" defer></script>')
    assert not executable_markup('<a href="https://example.org">a</a>')


@pytest.mark.parametrize("payload", PAYLOADS)
def test_markdown_rendering_leaves_no_executable_markup(payload):
    assert_no_executable_markup(render_markdown(payload), payload)
    assert_no_executable_markup(render_markdown(f"Intro\n\n> {payload}\n\n- {payload}"), payload)


def test_markdown_keeps_safe_links():
    html = render_markdown("[HRnet](https://example.org/) and <https://example.org/x>")
    assert 'href="https://example.org/"' in html


# --- Member content on the real pages ----------------------------------------------------------

ALL_PAYLOADS = "\n\n".join(PAYLOADS)


@pytest.fixture(scope="module")
def built_hostile_world(django_db_setup, django_db_blocker):
    """Built once for the module (in a transaction rolled back at its end): it is big."""
    with django_db_blocker.unblock(), transaction.atomic():
        with override_settings(
            MODERATION_FIRST_POSTS_HELD=0,
            MODERATION_AUTOMATIC=False,
            CONVERSATIONS_NEW_MEMBER_DAYS=0,
        ):
            world = _build_hostile_world()
        yield world
        transaction.set_rollback(True)


@pytest.fixture
def hostile_world(built_hostile_world, db):
    return built_hostile_world


def _build_hostile_world():
    """Every place a member writes, filled with the payloads through the site's own services."""
    from alumni import services as alumni_services
    from events import services as event_services
    from forums import services as forum_services
    from members import services as member_services
    from notifications import services as notification_services
    from notifications.models import Notification
    from tests.alumni.factories import add_alumnus, make_network
    from tests.events.factories import make_event
    from tests.factories import MemberFactory
    from tests.forums.factories import add_member, make_group, make_reply, make_thread

    author = MemberFactory(is_staff=True)
    member_services.update_profile(
        member=author,
        data={
            "display_name": f"<script>alert('{MARK}')</script> Anna",
            "headline": f'"><img src=x onerror=alert(1)> {MARK}',
            "role": "hr_director",
            "country": "SE",
            "city": f"<svg onload=alert(1)>{MARK}",
            "languages": ["sv"],
            "bio_markdown": ALL_PAYLOADS[:5000],
            "linkedin_url": "",
            "directory_visibility": "members",
            "preferred_language": "",
        },
        organisation_name=f"<iframe src=//evil.example>{MARK}</iframe> AB",
        expertise=[f"<b onclick=alert(1)>{MARK}"],
        avatar=None,
        remove_avatar=False,
    )
    reader = MemberFactory()
    group = make_group(
        manager=author,
        name=f"<script>alert('{MARK}')</script>",
        description=ALL_PAYLOADS,
    )
    add_member(group, reader)
    thread = make_thread(
        group=group,
        author=author,
        title=f"<img src=x onerror=alert('{MARK}')> title",
        body=ALL_PAYLOADS,
        tags=[f"<script>{MARK}", 'a" onmouseover="x'],
    )
    for payload in SHORT_PAYLOADS[:6]:
        make_reply(thread=thread, author=author, body=f"{payload} ({len(payload)})")
    make_reply(thread=thread, author=reader, body=ALL_PAYLOADS + "\n\nreply")
    event = make_event(
        organiser=author,
        group=group,
        title=f"<svg onload=alert('{MARK}')> breakfast",
        description_markdown=ALL_PAYLOADS,
        venue=f"<iframe src=//evil.example>{MARK}",
        address=f'" onmouseover="alert(1)" {MARK}',
        city=f"<script>{MARK}</script>",
    )
    event_services.register(member=reader, event=event)
    network = make_network(
        admin=author,
        name=f"<script>alert('{MARK}')</script> Alumni",
        organisation_name=f"<img src=x onerror=alert(1)> {MARK} Corp",
        purpose=ALL_PAYLOADS,
        guidelines=ALL_PAYLOADS,
    )
    add_alumnus(network, reader, department=f"<script>{MARK}</script>")
    for recipient in (author, reader):
        notification_services.notify(
            recipient=recipient,
            kind=Notification.Kind.GROUP,
            key=f"xss-{recipient.pk}",
            message=f"<script>alert('{MARK}')</script> <img src=x onerror=alert(1)>",
            url="javascript:alert(1)",
        )
    del alumni_services, forum_services
    world = {
        "author": author,
        "reader": reader,
        "group": group,
        "thread": thread,
        "event": event,
        "network": network,
    }
    world.update(_new_app_content(**world))
    return world


def _new_app_content(*, author, reader, group, thread, event, network) -> dict:
    """Private messages, HR-systems experiences, polls, proposals, topics and circle rounds:
    written by one member, read by the other (or by the staff who review them)."""
    from agenda import services as agenda_services
    from circles import services as circle_services
    from conversations import services as conversation_services
    from systems import services as system_services
    from systems.models import Declaration
    from tests.agenda.factories import make_poll, make_proposal
    from tests.circles.factories import THEMES, make_round, sign_up_people
    from tests.conversations.factories import start
    from tests.factories import OrganisationFactory
    from tests.systems.factories import declare, make_system

    conversation = start(
        starter=author,
        recipients=[reader],
        subject=f"<script>alert('{MARK}')</script> about leave",
        body=ALL_PAYLOADS,
    )
    conversation_services.reply(
        author=reader, conversation=conversation, body=f"<svg onload=alert(1)>{MARK} thanks"
    )
    conversation_services.report_conversation(
        reporter=reader, conversation=conversation, reason="other", note=f"<b>{MARK}</b>"
    )

    for person in (author, reader):
        person.organisation = OrganisationFactory(name=f"<img src=x onerror=alert(1)>{MARK} AB")
        person.save(update_fields=["organisation"])
    system = make_system("Payroll One")
    before = make_system("Payroll Before")
    declare(
        system,
        author,
        satisfaction=4,
        strengths=ALL_PAYLOADS[:4000],
        weaknesses=ALL_PAYLOADS[-4000:],
        moved_from=before,
        moved_from_reason=ALL_PAYLOADS[:2000],
        may_contact=True,
    )
    held = declare(before, reader, satisfaction=2, strengths=ALL_PAYLOADS[:4000])
    Declaration.objects.filter(pk=held.pk).update(review_status="held")  # for the review queue
    proposed = system_services.propose_system(
        member=reader,
        name=f"<script>alert('{MARK}')</script> Lön",
        category="payroll",
        vendor=f'"><img src=x onerror=alert(1)> {MARK}',
        website="https://example.org/",
        note=f"<iframe src=//evil.example>{MARK}",
    )

    poll = make_poll(
        thread=thread,
        question=f"<img src=x onerror=alert('{MARK}')> which one?",
        options=[p[:200] for p in SHORT_PAYLOADS[:8]],
    )
    proposal = make_proposal(
        proposer=reader, name=f"<svg onload=alert('{MARK}')> group", purpose=ALL_PAYLOADS
    )
    topic = agenda_services.suggest_topic(
        member=reader,
        event=event,
        title=f"<script>alert('{MARK}')</script> pay gaps",
        description=ALL_PAYLOADS[:1000],
    )

    round_ = make_round(
        group=group,
        manager=author,
        title=f"<img src=x onerror=alert('{MARK}')> intervision",
        description_markdown=ALL_PAYLOADS,
        themes=[f"<script>{MARK}</script> burnout", *THEMES],
        place=f"javascript:alert('{MARK}')",
    )
    circle_services.sign_up(
        member=reader,
        round_=round_,
        themes=[round_.themes[0]],
        experience="2to5",
        availability=["tue-pm"],
        note=f"<script>{MARK}</script>",
    )
    sign_up_people(round_, 3)
    circle_services.form_circles(manager=author, round_=round_, seconds=0.2)
    circle_services.publish_round(manager=author, round_=round_)
    circle_services.set_up_pending_circles()
    return {
        "conversation": conversation,
        "system": system,
        "system_before": before,
        "proposed_system": proposed,
        "poll": poll,
        "proposal": proposal,
        "topic": topic,
        "circle_round": round_,
        "circle": reader.circle_signups.get(round=round_).circle,
    }


def _pages(world):
    group, thread, event, network = (world[k] for k in ("group", "thread", "event", "network"))
    return [
        reverse("home"),
        reverse("members:directory"),
        reverse("members:directory") + f"?q={MARK}",
        reverse("members:profile", args=[world["author"].pk]),
        reverse("forums:group_list"),
        reverse("forums:group", args=[group.slug]),
        reverse("forums:group_tab", args=[group.slug, "members"]),
        reverse("forums:group_tab", args=[group.slug, "about"]),
        thread.get_absolute_url(),
        reverse("forums:search") + "?q=script",
        reverse("forums:trending"),
        reverse("events:list"),
        event.get_absolute_url(),
        reverse("events:attendees", args=[event.slug]),
        reverse("alumni:list"),
        reverse("alumni:network", args=[network.slug]),
        reverse("alumni:guidelines", args=[network.slug]),
        reverse("alumni:directory", args=[network.slug]),
        reverse("notifications:list"),
        reverse("conversations:inbox"),
        world["conversation"].get_absolute_url(),
        reverse("conversations:report_queue"),
        reverse("conversations:reported", args=[world["conversation"].pk]),
        reverse("systems:catalogue"),
        reverse("systems:catalogue") + "?q=script",
        world["system"].get_absolute_url(),
        world["system_before"].get_absolute_url(),
        reverse("systems:compare") + f"?a={world['system'].slug}&b={world['system_before'].slug}",
        reverse("systems:mine"),
        reverse("systems:proposals"),
        reverse("systems:review_queue"),
        reverse("systems:declare", args=[world["system"].slug]),
        reverse("agenda:proposals"),
        world["proposal"].get_absolute_url(),
        reverse("agenda:review"),
        reverse("agenda:event_topics", args=[event.slug]),
        reverse("circles:mine"),
        reverse("circles:group_rounds", args=[group.slug]),
        world["circle_round"].get_absolute_url(),
        world["circle"].get_absolute_url(),
    ]


@pytest.mark.parametrize("viewer", ["author", "reader"])
def test_member_content_on_every_page_is_inert(hostile_world, viewer):
    client = Client()
    client.force_login(hostile_world[viewer])
    checked = 0
    for url in _pages(hostile_world):
        response = client.get(url)
        if response.status_code == 404:  # e.g. the attendee list is for organisers
            continue
        assert response.status_code == 200, url
        html = response.content.decode()
        assert_no_executable_markup(html, url)
        checked += 1
    assert checked >= {"author": 40, "reader": 30}[viewer]


def test_the_payloads_really_reach_the_pages(hostile_world):
    """The test above means something only if member text is on the pages (escaped)."""
    client = Client()
    client.force_login(hostile_world["reader"])
    thread_page = client.get(hostile_world["thread"].get_absolute_url()).content.decode()
    assert MARK in thread_page and "&lt;script&gt;" in thread_page
    profile = client.get(
        reverse("members:profile", args=[hostile_world["author"].pk])
    ).content.decode()
    assert "&lt;svg onload=alert(1)&gt;" in profile
    assert "{{ 1337|add:1 }}" in thread_page


ESCAPED = f"&lt;script&gt;alert(&#x27;{MARK}&#x27;)&lt;/script&gt;"  # a one-line field, as text
SANITISED = f"&lt;script&gt;alert('{MARK}')&lt;/script&gt;"  # in Markdown, shown as text
REPLIED = f"{MARK} thanks"  # the reply's <svg> is dropped by the sanitiser


NEW_APP_PAGES = {
    # id: (viewer, page, escaped member text expected on it)
    "conversation": ("reader", lambda w: w["conversation"].get_absolute_url(), [ESCAPED]),
    "conversation-reply": ("author", lambda w: w["conversation"].get_absolute_url(), [REPLIED]),
    "inbox": ("reader", lambda w: reverse("conversations:inbox"), [ESCAPED]),
    "reported-conversation": (
        "author",
        lambda w: reverse("conversations:reported", args=[w["conversation"].pk]),
        [ESCAPED, REPLIED],
    ),
    "system-experiences": ("reader", lambda w: w["system"].get_absolute_url(), [SANITISED]),
    "system-review-queue": ("author", lambda w: reverse("systems:review_queue"), [SANITISED]),
    "system-proposals": ("author", lambda w: reverse("systems:proposals"), [ESCAPED]),
    "my-systems": ("reader", lambda w: reverse("systems:mine"), [ESCAPED]),
    "poll": ("reader", lambda w: w["thread"].get_absolute_url(), ["&lt;img src=x onerror="]),
    "proposal": ("author", lambda w: w["proposal"].get_absolute_url(), ["&lt;svg onload="]),
    "proposal-list": ("author", lambda w: reverse("agenda:proposals"), ["&lt;svg onload="]),
    "event-topics": ("author", lambda w: w["event"].get_absolute_url(), [ESCAPED]),
    "organiser-topics": (
        "author",
        lambda w: reverse("agenda:event_topics", args=[w["event"].slug]),
        [ESCAPED],
    ),
    "circle-round": ("reader", lambda w: w["circle_round"].get_absolute_url(), ["&lt;img src=x"]),
    "circle": ("reader", lambda w: w["circle"].get_absolute_url(), ["&lt;img src=x"]),
    "my-circles": ("reader", lambda w: reverse("circles:mine"), ["&lt;img src=x"]),
}


@pytest.mark.parametrize("which", NEW_APP_PAGES)
def test_new_app_payloads_reach_their_readers_escaped(hostile_world, which):
    """Messages, experiences, polls, proposals, topics and rounds are on the pages (as text)."""
    viewer, page, expected = NEW_APP_PAGES[which]
    client = Client()
    client.force_login(hostile_world[viewer])
    response = client.get(page(hostile_world))
    assert response.status_code == 200
    html = response.content.decode()
    for text in expected:
        assert text in html
    assert_no_executable_markup(html)


def test_a_notification_link_to_javascript_goes_home_instead(hostile_world):
    from notifications.models import Notification

    client = Client()
    client.force_login(hostile_world["reader"])
    notification = Notification.objects.get(
        recipient=hostile_world["reader"], key=f"xss-{hostile_world['reader'].pk}"
    )
    response = client.get(reverse("notifications:open", args=[notification.pk]))
    assert response.status_code == 302 and response["Location"] == "/"
