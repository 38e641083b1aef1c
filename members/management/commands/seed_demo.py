"""Fill the database with a believable demo network: members, groups, threads, events, alumni.

    DEBUG=true .venv/bin/python manage.py seed_demo                  # ~300 members, seconds
    DEBUG=true .venv/bin/python manage.py seed_demo --scale medium   # 3,000 members
    DEBUG=true .venv/bin/python manage.py seed_demo --scale large    # 30,000 members
    DEBUG=true .venv/bin/python manage.py seed_demo --reset          # empty a demo database first

Demo logins, all with the password "hrnet-demo" (every seeded member has it):

    admin@hrnet.example  HRnet Admin: staff and superuser, manages "HRnet organisers"
    anna@hrnet.example   Anna Lindqvist, HR manager in Göteborg (SE); manages HRnet Sverige,
                         HR i Göteborg, HR community and HRD & learning; Nordvik Energi alumna
    lars@hrnet.example   Lars Kjærgaard, payroll manager in København (DK); manages HRnet
                         Danmark and Payroll managers

The same data comes out of every run (random.Random seeded with 2026 per stage); dates are
relative to the day of seeding, so there are always upcoming events. A database that already
has the demo admin is left alone ("already seeded"). All seeded addresses end in `.example`;
`--reset` refuses to touch a database with any other member.

Speed: big tables are written with PostgreSQL COPY, small ones with bulk_create, all in one
transaction. Posts are made of shared paragraphs, so Markdown is rendered once per distinct
paragraph rather than once per post (bios: once per template, with the values filled into the
HTML afterwards). Counters come from forums.services.refresh_counters; member search vectors
from one UPDATE that mirrors members.services.refresh_search_vector.
"""

import random
import time
import unicodedata
from bisect import bisect
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from html import escape
from itertools import accumulate
from string import Formatter
from zoneinfo import ZoneInfo

from allauth.account.models import EmailAddress
from django.contrib.auth.hashers import make_password
from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone
from django.utils.text import slugify
from psycopg import sql
from taggit.models import Tag, TaggedItem

from agenda.models import (
    GroupProposal,
    Poll,
    PollBallot,
    PollChoice,
    PollOption,
    ProposalSupport,
    TopicSuggestion,
    TopicVote,
)
from alumni.models import AlumniMembership, AlumniNetwork
from events.models import Event, Registration
from forums.models import Group, GroupMembership, Reply, Thread
from forums.services import refresh_counters, refresh_trending_scores
from forums.text import SEARCH_CONFIG_BY_LANGUAGE
from hrnet.markdown import render_markdown
from members import demo_data as data
from members.models import Member, Organisation
from systems import demo as systems_demo
from systems.models import Declaration, System
from systems.services import refresh_counters as refresh_system_counters

SEED = 2026
LONG_THREAD_REPLIES = 400  # one thread this long at large scale, for the benchmark
BIGGEST_GROUP_BOOST = 2.6  # how much more the biggest group posts at large scale


@dataclass(frozen=True)
class Scale:
    members: int
    groups: int  # in total, alumni groups included; 0 = the hand-written groups only
    threads: int
    replies: int
    events: int
    alumni_networks: int
    share_with_bio: float


SCALES = {
    "demo": Scale(300, 0, 400, 2_400, 40, 1, 0.85),
    "medium": Scale(3_000, 80, 3_000, 25_000, 200, 5, 0.7),
    "large": Scale(30_000, 200, 20_000, 200_000, 1_000, 20, 0.5),
}

# Events shown at every scale, so that the demo always has these to click on.
SHOWCASE_EVENTS = [
    {
        "kind": "conference",
        "country": "SE",
        "city": "Stockholm",
        "language": "en",
        "days": 45,
        "title": "HRnet Nordic Conference {year}",
        "host": "Nordic People Partners",
        "format": "hybrid",
        "two_days": True,
        "demand": 0.8,
    },
    {
        "kind": "world_cafe",
        "country": "DK",
        "city": "København",
        "language": "da",
        "days": 20,
        "host": "Københavns Kommune",
        "group": "danmark",
        "demand": 1.2,
        "attendee": "lars",
    },
    {
        "kind": "after_work",
        "country": "SE",
        "city": "Göteborg",
        "language": "sv",
        "days": 9,
        "host": "Västkust Logistik AB",
        "group": "hr-goteborg",
        "organiser": "anna",
        "demand": 0.7,
    },
    {
        "kind": "webinar",
        "country": "SE",
        "city": "",
        "language": "en",
        "days": 6,
        "host": "Hogia",
        "group": "digital-hr",
        "subject": 1,
        "demand": 1.0,
    },
    {
        "kind": "knowledge_evening",
        "country": "NL",
        "city": "Amsterdam",
        "language": "nl",
        "days": 14,
        "host": "Universiteit van Amsterdam",
        "group": "nederland",
        "demand": 0.9,
    },
    {
        "kind": "breakfast",
        "country": "NO",
        "city": "Oslo",
        "language": "nb",
        "days": -25,
        "host": "Oslo kommune",
        "group": "norge",
        "demand": 1.1,
    },
    {
        "kind": "knowledge_evening",
        "country": "DK",
        "city": "Aarhus",
        "language": "da",
        "days": -60,
        "host": "Aarhus Universitet",
        "group": "hr-aarhus",
        "demand": 0.9,
    },
]

# Letters that Unicode does not decompose into a base letter and an accent.
ASCII_LETTERS = str.maketrans(
    {
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "AE",
        "ð": "d",
        "Ð": "D",
        "þ": "th",
        "Þ": "Th",
        "ł": "l",
        "Ł": "L",
        "ß": "ss",
    }
)


def ascii_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(ASCII_LETTERS))
    return decomposed.encode("ascii", "ignore").decode()


def ascii_slug(text: str) -> str:
    return slugify(ascii_fold(text))


def skewed(rng: random.Random, items, power: float = 1.6):
    """An item from a list ordered most-common first: early items are picked more often."""
    return items[int(len(items) * rng.random() ** power)]


# --- Writing rows -----------------------------------------------------------------------------


def allocate_ids(model, count: int) -> list[int]:
    """Reserve primary keys from the table's sequence, so rows can refer to each other."""
    if not count:
        return []
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
            [model._meta.db_table, model._meta.pk.column, count],
        )
        return sorted(row[0] for row in cursor.fetchall())


def copy_rows(model, columns: list[str], rows) -> int:
    """COPY rows (tuples in the order of `columns`) into the model's table.

    Columns not listed get the field's default, computed once: COPY does not run save().
    """
    fields = {f.attname: f for f in model._meta.concrete_fields}
    now = timezone.now()
    extra_columns, extra_values = [], []
    for attname, model_field in fields.items():
        if attname in columns or model_field.primary_key:
            continue
        if getattr(model_field, "auto_now", False) or getattr(model_field, "auto_now_add", False):
            value = now
        else:
            value = model_field.get_default()
        extra_columns.append(model_field.column)
        extra_values.append(value)
    statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
        sql.Identifier(model._meta.db_table),
        sql.SQL(", ").join(
            sql.Identifier(name) for name in [fields[c].column for c in columns] + extra_columns
        ),
    )
    extra = tuple(extra_values)
    count = 0
    with connection.cursor() as cursor, cursor.copy(statement) as copy:
        for row in rows:
            copy.write_row(row + extra)
            count += 1
    return count


# --- Text -----------------------------------------------------------------------------------


class Renderer:
    """Markdown rendered once per distinct block; a post is blocks joined by blank lines.

    For a simple block (paragraph or list) render_markdown(a + "\\n\\n" + b) equals
    render_markdown(a) + "\\n" + render_markdown(b), so a post's HTML is its blocks' HTML joined.
    Two lists must not follow each other (Markdown would merge them); posts have at most one.
    """

    def __init__(self):
        self._html: dict[str, str] = {}
        self._templates: dict[str, tuple[str, list[tuple[str, str]]]] = {}

    def html(self, block: str) -> str:
        result = self._html.get(block)
        if result is None:
            result = self._html[block] = render_markdown(block)
        return result

    def fill(self, template: str, **values) -> tuple[str, str]:
        """A block with {fields}: Markdown with the values in, HTML rendered once per template."""
        cached = self._templates.get(template)
        if cached is None:
            names = [name for _, name, _, _ in Formatter().parse(template) if name]
            tokens = {name: f"zqz{index}zqz" for index, name in enumerate(names)}
            cached = (render_markdown(template.format(**tokens)), list(tokens.items()))
            self._templates[template] = cached
        html, tokens = cached
        for name, token in tokens:
            html = html.replace(token, escape(str(values[name]), quote=False))
        return template.format(**values), html

    @staticmethod
    def join(blocks: list[tuple[str, str]]) -> tuple[str, str]:
        return "\n\n".join(md for md, _ in blocks), "\n".join(html for _, html in blocks)


@dataclass(slots=True)
class Paragraph:
    markdown: str
    html: str
    words: int
    sentences: frozenset


@dataclass(slots=True)
class Person:
    index: int
    id: int
    email: str
    name: str
    country: str
    city: str
    role: str
    organisation: int | None  # index into DemoNetwork.organisations
    language: str  # what they write in: one of the five site languages
    date_joined: datetime
    activity: float  # how much they post, heavy-tailed


@dataclass(slots=True)
class GroupPlan:
    slug: str
    name: str
    kind: str
    visibility: str
    language: str
    country: str
    parent: str | None
    description: str
    topics: list[str]
    weight: float
    cities: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    join_chance: float | None = None  # for city and role groups; None: from the weight
    created_at: datetime | None = None
    id: int | None = None
    alumni_of: int | None = None  # organisation index


@dataclass(slots=True)
class ThreadPlan:
    id: int
    group: int
    author: Person
    section: str
    title: str
    language: str
    topic: str | None
    tags: list[str]
    created_at: datetime
    body: tuple[str, str]
    replies: list[tuple[Person, datetime]]


def data_polls():
    """(question, options, max choices, anonymous, closed) for the demo polls."""
    return [
        (
            "Where should the spring meeting be?",
            ["Malmö", "Oslo", "Aarhus", "Utrecht"],
            1,
            False,
            False,
        ),
        ("How many days a week does your office expect?", ["0", "1–2", "3", "4–5"], 1, True, False),
        (
            "Which topics should the group cover this year?",
            ["Pay transparency", "AI in recruiting", "Hybrid work", "Wellbeing", "Works councils"],
            3,
            False,
            False,
        ),
        ("Do you use a buddy system for new hires?", ["Yes", "No", "Planning to"], 1, False, True),
        (
            "Which HR system do you run?",
            ["Workday", "SAP SuccessFactors", "Sympa", "Other"],
            1,
            True,
            True,
        ),
    ]


PROPOSALS = [
    (
        "Pay transparency directive",
        "Preparing for the EU **pay transparency directive**: job evaluation, pay gap reports, "
        "what to tell applicants.",
        "en",
        31,
    ),
    (
        "Neurodiversity at work",
        "Recruiting and supporting neurodivergent colleagues: adjustments, managers, language.",
        "en",
        27,
    ),
    (
        "HR i små bolag",
        "HR när du är ensam HR-person i ett bolag med under 50 anställda.",
        "sv",
        18,
    ),
    (
        "Interim HR",
        "For interim and freelance HR professionals: assignments, rates, handovers.",
        "en",
        9,
    ),
    ("Arbejdsmiljø og stress", "Psykisk arbejdsmiljø, stress og sygefravær i praksis.", "da", 5),
    ("People analytics beginners", "Start with HR data: dashboards, surveys and privacy.", "en", 2),
]

TOPICS = [
    ("Pay transparency: what to publish in job ads", "The directive asks for pay ranges up front."),
    ("AI screening of CVs: where is the line?", ""),
    ("Four-day week pilots", "Who has tried it and what happened to sick leave?"),
    ("Onboarding remote hires", ""),
    ("Exit interviews that tell you something", "Questions that get honest answers."),
    ("Works council negotiations", ""),
]


class DemoNetwork:
    """Builds the demo network in memory, stage by stage, and writes each stage in bulk."""

    def __init__(self, scale: Scale, *, today: date):
        self.scale = scale
        self.anchor = datetime.combine(today, datetime.min.time(), tzinfo=UTC)
        self.md = Renderer()
        self._paragraph_pools: dict[tuple, list[Paragraph]] = {}
        self.counts: Counter = Counter()

    def rng(self, stage: str) -> random.Random:
        # One generator per stage: changing one stage does not reshuffle the others.
        return random.Random(f"{SEED}-{stage}")

    def build(self):
        self.create_organisations()
        self.plan_members()
        self.plan_groups()
        self.create_groups()
        self.plan_memberships()
        self.create_alumni_networks()
        self.insert_members()
        self.insert_memberships()
        self.plan_threads()
        self.insert_threads()
        self.create_events()
        self.create_agenda()
        self.create_system_declarations()
        # Statistics for the freshly copied tables first: without them the counters' correlated
        # subqueries are planned as if the tables were empty (minutes instead of a second).
        with connection.cursor() as cursor:
            cursor.execute(
                "ANALYZE forums_thread, forums_reply, forums_groupmembership, members_member"
            )
        refresh_counters(group_ids=[group.id for group in self.groups])
        self.refresh_member_search()
        self.refresh_post_search()
        refresh_trending_scores()
        # Fresh statistics after bulk loading: without them PostgreSQL plans joins as if the
        # tables were empty (autovacuum would get there, but minutes later).
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")

    # --- Organisations ---------------------------------------------------------------------

    def create_organisations(self):
        rng = self.rng("organisations")
        specs = list(data.ORGANISATIONS)
        taken = {Organisation.normalise(name) for name, *_ in specs}
        # Larger networks need more employers than the hand-written list.
        wanted = self.scale.members // 25 - sum(1 for spec in specs if spec[1] == "employer")
        countries = list(data.EMPLOYER_NAME_PARTS)
        weights = [data.COUNTRIES[c]["weight"] for c in countries]
        attempts = 0
        while wanted > 0 and attempts < wanted * 20:
            attempts += 1
            country = rng.choices(countries, weights)[0]
            parts = data.EMPLOYER_NAME_PARTS[country]
            name = (
                f"{rng.choice(parts['roots'])}{rng.choice(parts['endings'])} "
                f"{rng.choice(parts['industries'])} {parts['form']}"
            )
            if Organisation.normalise(name) not in taken:
                taken.add(Organisation.normalise(name))
                specs.append((name, "employer", country, ""))
                wanted -= 1

        existing = {
            org.normalised_name: org
            for org in Organisation.objects.filter(normalised_name__in=taken)
        }
        Organisation.objects.bulk_create(
            [
                Organisation(
                    name=name,
                    normalised_name=Organisation.normalise(name),
                    kind=kind,
                    country=country,
                    website=website,
                    created_at=self.anchor - timedelta(days=1200),
                )
                for name, kind, country, website in specs
                if Organisation.normalise(name) not in existing
            ],
            batch_size=2000,
        )
        ids = dict(
            Organisation.objects.filter(normalised_name__in=taken).values_list(
                "normalised_name", "id"
            )
        )
        self.organisations = [
            {
                "id": ids[Organisation.normalise(name)],
                "name": name,
                "kind": kind,
                "country": country,
                "domain": self.email_domain(name),
            }
            for name, kind, country, website in specs
        ]
        self.organisation_index = {
            org["name"]: index for index, org in enumerate(self.organisations)
        }
        self.organisations_by_kind = defaultdict(list)
        self.organisations_by_country = defaultdict(list)
        for index, org in enumerate(self.organisations):
            self.organisations_by_country[org["country"]].append(index)
            self.organisations_by_kind[org["kind"], org["country"]].append(index)
            self.organisations_by_kind[org["kind"]].append(index)
        self.counts["organisations"] = len(specs)

    @staticmethod
    def email_domain(name: str) -> str:
        words = [w for w in ascii_slug(name).split("-") if w]
        forms = {
            "ab",
            "as",
            "a",
            "s",
            "aps",
            "b",
            "v",
            "bv",
            "oy",
            "gmbh",
            "ltd",
            "ehf",
            "ou",
            "sp",
            "z",
            "o",
            "p",
            "spa",
        }
        while len(words) > 1 and words[-1] in forms:
            words.pop()
        return "-".join(words) + ".example"

    def organisation_for(self, rng, role: str, country: str) -> int:
        kinds = data.ROLE_ORGANISATION_KINDS[role]
        kind = rng.choices(list(kinds), list(kinds.values()))[0]
        local = self.organisations_by_kind.get((kind, country))
        if local and (kind != "vendor" or rng.random() < 0.5):
            return skewed(rng, local)
        if kind != "vendor" and self.organisations_by_country.get(country):
            # No such organisation in a small country: someone there works for a local one.
            return rng.choice(self.organisations_by_country[country])
        return skewed(rng, self.organisations_by_kind[kind], 1.2)

    # --- Members ---------------------------------------------------------------------------

    def plan_members(self):
        rng = self.rng("members")
        total = self.scale.members
        ids = allocate_ids(Member, total)
        countries = list(data.COUNTRIES)
        country_weights = list(accumulate(data.COUNTRIES[c]["weight"] for c in countries))
        roles = list(data.ROLE_WEIGHTS)
        role_weights = list(accumulate(data.ROLE_WEIGHTS.values()))
        three_years = 3 * 365
        join_days = sorted(
            (rng.uniform(0, three_years - 40) for _ in range(total - 3)), reverse=True
        )
        self.people: list[Person] = []
        self.member_rows: list[tuple] = []
        self.member_tags: list[list[str]] = []
        emails_taken: set[str] = set()
        password = make_password(data.PASSWORD)

        for index in range(total):
            member_id = ids[index]
            if index < 3:
                person, row, tags = self.fixed_login(index, member_id, password)
            else:
                joined = self.anchor - timedelta(
                    days=join_days[index - 3], seconds=rng.randrange(8 * 3600, 20 * 3600)
                )
                country = countries[bisect(country_weights, rng.random() * country_weights[-1])]
                role = roles[bisect(role_weights, rng.random() * role_weights[-1])]
                person, row, tags = self.random_member(
                    rng, index, member_id, country, role, joined, emails_taken, password
                )
            emails_taken.add(person.email)
            self.people.append(person)
            self.member_rows.append(row)
            self.member_tags.append(tags)
        self.by_login = {"admin": self.people[0], "anna": self.people[1], "lars": self.people[2]}

    def fixed_login(self, index: int, member_id: int, password: str):
        joined = self.anchor - timedelta(days=3 * 365 + 20 - index)
        if index == 0:
            person = Person(
                index,
                member_id,
                data.ADMIN_EMAIL,
                "HRnet Admin",
                "SE",
                "Stockholm",
                "other",
                None,
                "en",
                joined,
                1.0,
            )
            headline = "Site administrator of HRnet"
            bio = (
                "I look after HRnet: accounts, groups and events. Write to me if something "
                "does not work."
            )
            tags, languages, preferred, staff = [], ["en", "sv"], "en", True
        elif index == 1:
            org = self.organisation_index["Västkust Logistik AB"]
            person = Person(
                index,
                member_id,
                data.ANNA_EMAIL,
                "Anna Lindqvist",
                "SE",
                "Göteborg",
                "hr_director",
                org,
                "sv",
                joined,
                6.0,
            )
            headline = "HR-chef på Västkust Logistik AB"
            bio = (
                "Jag har arbetat med HR i femton år och leder i dag HR-teamet på Västkust "
                "Logistik i Göteborg.\n\nTidigare var jag HR-partner på Nordvik Energi, där jag "
                "byggde upp deras introduktionsprogram.\n\n"
                "**Fråga mig gärna om:** ledarutveckling, introduktion och arbetsrätt."
            )
            tags = ["leadership development", "change management", "onboarding", "arbetsrätt"]
            languages, preferred, staff = ["sv", "en", "da"], "sv", False
        else:
            org = self.organisation_index["Havnelys Shipping A/S"]
            person = Person(
                index,
                member_id,
                data.LARS_EMAIL,
                "Lars Kjærgaard",
                "DK",
                "København",
                "payroll_manager",
                org,
                "da",
                joined,
                5.0,
            )
            headline = "Lønchef hos Havnelys Shipping A/S"
            bio = (
                "Jeg er lønchef hos Havnelys Shipping og har ansvaret for løn til ansatte i "
                "Danmark, Sverige og Norge.\n\n"
                "**Spørg mig gerne om:** lønkørsler på tværs af landene, overenskomster og "
                "lønsystemer."
            )
            tags = ["payroll", "global payroll", "collective agreements", "løn"]
            languages, preferred, staff = ["da", "en", "sv"], "da", False
        organisation_id = self.organisations[person.organisation]["id"] if index else None
        row = (
            member_id,
            password,
            self.anchor - timedelta(hours=5 + index),
            staff,
            person.email,
            person.name,
            headline,
            person.role,
            organisation_id,
            person.country,
            person.city,
            languages,
            bio,
            render_markdown(bio),
            Member.Visibility.MEMBERS,
            preferred,
            True,
            None,
            True,
            joined,
            True,
            staff,
            joined,
        )
        return person, row, tags

    def random_member(self, rng, index, member_id, country, role, joined, emails_taken, password):
        info = data.COUNTRIES[country]
        if "full_names" in info:
            name = rng.choice(info["full_names"])
            first, last = name.split(" ", 1)
        else:
            first, last = rng.choice(info["first_names"]), rng.choice(info["surnames"])
            name = f"{first} {last}"
        organisation = self.organisation_for(rng, role, country)
        org = self.organisations[organisation]
        city = skewed(rng, info["cities"], 1.8)
        if org["country"] == country:
            # Göteborgs Stad, Oslo kommune, Lunds universitet: people work in that city.
            city = data.ORGANISATION_CITIES.get(org["name"]) or next(
                (c for c in info["cities"] if c in org["name"]), city
            )
        local = ascii_fold(f"{first}.{last}").lower().replace(" ", "").replace("'", "")
        email = f"{local}@{org['domain']}"
        number = 2
        while email in emails_taken:
            email = f"{local}{number}@{org['domain']}"
            number += 1

        native = info["language"]
        writes_in = native if native != "en" and rng.random() < 0.85 else "en"
        headline_language = native if native != "en" and rng.random() < 0.55 else "en"
        headline = rng.choice(data.HEADLINES[role][headline_language]).format(org=org["name"])
        languages = list(info["spoken"])
        if rng.random() < 0.92:
            languages.append("en")
        if country in ("SE", "DK", "NO") and rng.random() < 0.35:
            languages.append(rng.choice([c for c in ("sv", "da", "nb") if c not in languages]))
        if rng.random() < 0.15:
            languages.append(rng.choice(["de", "fr", "es"]))
        languages = list(dict.fromkeys(languages))

        tags = rng.sample(data.ROLE_TAGS[role], rng.randint(1, 3))
        tags += rng.sample(data.COMMON_TAGS, rng.randint(0, 2))
        if country in data.LOCAL_TAGS and rng.random() < 0.4:
            tags.append(rng.choice(data.LOCAL_TAGS[country]))
        tags = list(dict.fromkeys(tags))

        bio_markdown = bio_html = ""
        if rng.random() < self.scale.share_with_bio:
            years = rng.randint(1, 3) if role == "student" else rng.randint(2, 25)
            blocks = [
                self.md.fill(
                    rng.choice(data.BIO_INTROS[writes_in]),
                    org=org["name"],
                    city=city,
                    years=years,
                    field=data.ROLE_FIELDS[writes_in][role],
                ),
            ]
            if rng.random() < 0.75:
                sentences = rng.sample(data.BIO_SENTENCES[writes_in], rng.randint(1, 2))
                text = " ".join(sentences)
                blocks.append((text, self.md.html(text)))
            blocks.append(self.md.fill(data.BIO_ASK_ME[writes_in], tags=", ".join(tags)))
            bio_markdown, bio_html = Renderer.join(blocks)

        preferred = info["interface"] if rng.random() < 0.8 else "en"
        last_login = (
            self.anchor - timedelta(hours=rng.expovariate(1 / 400)) if rng.random() < 0.75 else None
        )
        if last_login is not None and last_login < joined:
            last_login = joined
        consent = rng.random() < 0.6
        invited_by = self.people[rng.randrange(index)].id if rng.random() < 0.2 else None
        visibility = Member.Visibility.HIDDEN if rng.random() < 0.04 else Member.Visibility.MEMBERS
        person = Person(
            index,
            member_id,
            email,
            name,
            country,
            city,
            role,
            organisation,
            writes_in,
            joined,
            rng.paretovariate(1.6),
        )
        row = (
            member_id,
            password,
            last_login,
            False,
            email,
            name,
            headline,
            role,
            org["id"],
            country,
            city,
            languages,
            bio_markdown,
            bio_html,
            visibility,
            preferred,
            True,
            invited_by,
            consent,
            joined if consent else None,
            True,
            False,
            joined,
        )
        return person, row, tags

    MEMBER_COLUMNS = [
        "id",
        "password",
        "last_login",
        "is_superuser",
        "email",
        "display_name",
        "headline",
        "role",
        "organisation_id",
        "country",
        "city",
        "languages",
        "bio_markdown",
        "bio_html",
        "directory_visibility",
        "preferred_language",
        "email_verified",
        "invited_by_id",
        "email_consent",
        "email_consent_changed_at",
        "is_active",
        "is_staff",
        "date_joined",
    ]

    def insert_members(self):
        copy_rows(Member, self.MEMBER_COLUMNS, self.member_rows)
        # allauth signs people in by a verified, primary EmailAddress.
        copy_rows(
            EmailAddress,
            ["user_id", "email", "verified", "primary"],
            ((person.id, person.email, True, True) for person in self.people),
        )
        member_type = ContentType.objects.get_for_model(Member)
        tag_ids = self.tag_ids(name for tags in self.member_tags for name in tags)
        copy_rows(
            TaggedItem,
            ["object_id", "content_type_id", "tag_id"],
            (
                (person.id, member_type.id, tag_ids[name])
                for person, tags in zip(self.people, self.member_tags, strict=True)
                for name in tags
            ),
        )
        self.counts["members"] = len(self.people)
        self.member_rows = None  # the texts are written; free them

    def tag_ids(self, names) -> dict[str, int]:
        names = set(names)
        existing = dict(Tag.objects.filter(name__in=names).values_list("name", "id"))
        slugs_taken = set(Tag.objects.values_list("slug", flat=True))
        new = []
        for name in sorted(names - set(existing)):
            slug, number = Tag().slugify(name), 1
            while slug in slugs_taken:
                slug, number = Tag().slugify(name, number), number + 1
            slugs_taken.add(slug)
            new.append(Tag(name=name, slug=slug))
        Tag.objects.bulk_create(new)
        return dict(Tag.objects.filter(name__in=names).values_list("name", "id"))

    # --- Groups ----------------------------------------------------------------------------

    def plan_groups(self):
        rng = self.rng("groups")
        founded = self.anchor - timedelta(days=3 * 365 + 30)
        self.groups: list[GroupPlan] = []
        for index, spec in enumerate(data.GROUPS):
            self.groups.append(
                GroupPlan(
                    slug=spec["slug"],
                    name=spec["name"],
                    kind=spec["kind"],
                    visibility=spec.get("visibility", "open"),
                    language=spec.get("language", "en"),
                    country=spec.get("country", ""),
                    parent=spec.get("parent"),
                    description=spec["description"],
                    topics=list(spec["topics"]),
                    weight=spec["weight"],
                    cities=list(spec.get("cities", [])),
                    roles=list(spec.get("roles", [])),
                    created_at=founded + timedelta(days=index * 3),
                )
            )
        wanted = self.scale.groups - len(self.groups) - self.scale.alumni_networks
        if wanted > 0:
            self.groups += self.generated_groups(rng, wanted)
        # Alumni groups: one per network, for the biggest employers (Nordvik Energi first).
        employers = [
            index for index, org in enumerate(self.organisations) if org["kind"] == "employer"
        ][: self.scale.alumni_networks]
        for number, org_index in enumerate(employers):
            org = self.organisations[org_index]
            short = self.short_name(org["name"])
            country = org["country"]
            language = data.COUNTRIES[country]["language"] if country in data.COUNTRIES else "en"
            self.groups.append(
                GroupPlan(
                    slug=f"{ascii_slug(short)}-alumni",
                    name=f"{short} alumni",
                    kind="alumni",
                    visibility="hidden",
                    language=language,
                    country=country,
                    parent=None,
                    description=data.ALUMNI_PURPOSE.format(org=short),
                    topics=[],
                    weight=0,
                    created_at=self.anchor - timedelta(days=700 - number * 11),
                    alumni_of=org_index,
                )
            )
        self.group_by_slug = {group.slug: index for index, group in enumerate(self.groups)}

    @staticmethod
    def short_name(name: str) -> str:
        for form in (
            " AB",
            " A/S",
            " AS",
            " B.V.",
            " Oy",
            " GmbH",
            " Ltd",
            " ehf.",
            " OÜ",
            " S.p.A.",
            " Sp. z o.o.",
        ):
            if name.endswith(form):
                return name[: -len(form)]
        return name

    def generated_groups(self, rng, wanted: int) -> list[GroupPlan]:
        """More groups for larger networks: vendors, local themes, cities and peer groups."""
        plans = []
        taken_cities = {city for spec in data.GROUPS for city in spec.get("cities", [])}
        for vendor in data.VENDOR_GROUPS:
            plans.append(
                GroupPlan(
                    slug=f"{ascii_slug(vendor)}-users",
                    name=f"{vendor} users",
                    kind="role_network",
                    visibility="open",
                    language="en",
                    country="",
                    parent="hr-payroll-systems",
                    description=f"Questions and tips from {vendor} customers.",
                    topics=["hr_systems", "payroll_year_end", "holiday_pay"],
                    weight=min(rng.paretovariate(1.3) * 0.3, 3),
                    roles=["hr_systems"],
                )
            )
        for country, themes in data.LOCAL_THEMES.items():
            info = data.COUNTRIES[country]
            for theme, topics in themes:
                name = f"{theme} – {info['local_name']}"
                plans.append(
                    GroupPlan(
                        slug=ascii_slug(name),
                        name=name,
                        kind="theme",
                        visibility="open",
                        language=info["language"],
                        country=country,
                        parent=data.COUNTRY_GROUP_SLUGS[country],
                        description=theme,
                        topics=topics,
                        weight=min(rng.paretovariate(1.1) * 0.4, 5),
                    )
                )
        for country, template in data.CITY_GROUP_NAMES.items():
            info = data.COUNTRIES[country]
            for city in info["cities"]:
                if city in taken_cities:
                    continue
                name = template.format(city=city)
                plans.append(
                    GroupPlan(
                        slug=ascii_slug(name),
                        name=name,
                        kind="country",
                        visibility="open",
                        language=info["language"],
                        country=country,
                        parent=data.COUNTRY_GROUP_SLUGS[country],
                        description=name,
                        topics=list(data.TOPICS),
                        weight=0,
                        cities=[city],
                    )
                )
        peer_groups = [
            (
                data.PEER_GROUP_NAMES,
                ["hr_director"],
                ["leadership_change", "collective_agreements", "pay_transparency"],
            ),
            (
                data.PAYROLL_PEER_GROUP_NAMES,
                ["payroll_manager", "payroll_administrator"],
                ["payroll_year_end", "holiday_pay", "hr_systems"],
            ),
        ]
        for names, roles, topics in peer_groups:
            for country, template in names.items():
                info = data.COUNTRIES[country]
                for city in info["cities"]:
                    name = template.format(city=city)
                    # Small on purpose: only people in the city, and few of them.
                    plans.append(
                        GroupPlan(
                            slug=ascii_slug(name),
                            name=name,
                            kind="role_network",
                            visibility=rng.choice(["invite_only", "request"]),
                            language=info["language"],
                            country=country,
                            parent=data.COUNTRY_GROUP_SLUGS[country],
                            description=name,
                            topics=topics,
                            weight=0,
                            cities=[city],
                            roles=roles,
                            join_chance=rng.uniform(0.03, 0.25),
                        )
                    )
        plans = plans[:wanted]
        for plan in plans:
            plan.created_at = self.anchor - timedelta(days=rng.uniform(120, 1000))
        return plans

    def create_groups(self):
        slugs = [group.slug for group in self.groups]
        clash = list(Group.objects.filter(slug__in=slugs).values_list("slug", flat=True)[:5])
        if clash:
            raise CommandError(
                f"Groups with demo slugs already exist ({', '.join(clash)}). Seed an empty "
                "database, or use --reset on a demo database."
            )
        for top_level in (True, False):
            batch = [group for group in self.groups if (group.parent is None) == top_level]
            created = Group.objects.bulk_create(
                [
                    Group(
                        name=group.name,
                        slug=group.slug,
                        kind=group.kind,
                        visibility=group.visibility,
                        language=group.language,
                        country=group.country,
                        description=group.description,
                        created_at=group.created_at,
                        parent_id=None
                        if top_level
                        else self.groups[self.group_by_slug[group.parent]].id,
                    )
                    for group in batch
                ]
            )
            for group, row in zip(batch, created, strict=True):
                group.id = row.id
        self.counts["groups"] = len(self.groups)

    # --- Memberships -------------------------------------------------------------------------

    def plan_memberships(self):
        """Who is in which group: country, city and role groups, then a few chosen by taste."""
        rng = self.rng("memberships")
        self.memberships: dict[tuple[int, int], list] = {}
        open_pool = [
            index
            for index, group in enumerate(self.groups)
            if group.weight > 0
            and not group.cities
            and not group.roles
            and group.visibility in ("open", "request")
        ]
        pools: dict[str, tuple[list[int], list[float]]] = {}
        by_city, by_role = defaultdict(list), defaultdict(list)
        for index, group in enumerate(self.groups):
            for city in group.cities:
                by_city[city].append(index)
            for role in group.roles:
                by_role[role].append(index)

        for person in self.people[3:]:
            chosen = set()
            country_group = self.group_by_slug.get(data.COUNTRY_GROUP_SLUGS.get(person.country))
            if country_group is not None and rng.random() < 0.8:
                chosen.add(country_group)
            for index in by_city.get(person.city, ()):
                if not self.groups[index].roles and rng.random() < 0.55:
                    chosen.add(index)
            for index in by_role.get(person.role, ()):
                group = self.groups[index]
                if group.country and group.country != person.country:
                    continue
                if group.cities and person.city not in group.cities:
                    continue
                chance = group.join_chance
                if chance is None:
                    chance = min(0.7, 0.05 + 0.15 * group.weight)
                    if group.visibility == "invite_only":
                        chance /= 2
                if rng.random() < chance:
                    chosen.add(index)
            if person.country not in pools:
                candidates = [
                    i
                    for i in open_pool
                    if not self.groups[i].country or self.groups[i].country == person.country
                ]
                pools[person.country] = (
                    candidates,
                    list(accumulate(self.groups[i].weight for i in candidates)),
                )
            candidates, cumulative = pools[person.country]
            extra = min(1 + int(rng.expovariate(0.7)), 8)
            chosen.update(rng.choices(candidates, cum_weights=cumulative, k=extra))
            for index in chosen:
                self.add_membership(rng, index, person)

        # Volunteers who organise events, in the hidden group.
        organisers = self.group_by_slug["hrnet-organisers"]
        for person in rng.sample(self.people[3:], min(10, len(self.people) - 3)):
            self.add_membership(rng, organisers, person, role="moderator")
        self.appoint_managers(rng)
        self.fixed_memberships(rng)

    def add_membership(self, rng, group_index, person, role="member", status=None):
        group = self.groups[group_index]
        if status is None:
            status = "active"
            if group.visibility == "request" and rng.random() < 0.06:
                status = "pending"
            elif group.visibility == "invite_only" and rng.random() < 0.12:
                status = "invited"
        watch = rng.choices(["weekly", "daily", "every", "muted"], [45, 22, 13, 20])[0]
        start = max(person.date_joined, group.created_at)
        joined = start + (self.anchor - start) * (rng.random() ** 2.5)
        self.memberships[group_index, person.index] = [role, status, watch, joined]

    def appoint_managers(self, rng):
        active = defaultdict(list)
        for (group_index, person_index), (_, status, _, _) in self.memberships.items():
            if status == "active":
                active[group_index].append(person_index)
        for group_index, people in active.items():
            people.sort()
            size = len(people)
            managers = 1 if size < 40 else 2 if size < 1000 else 3
            moderators = 0 if size < 15 else 1 if size < 200 else 3
            for number, person_index in enumerate(
                rng.sample(people, min(size, managers + moderators))
            ):
                role = "manager" if number < managers else "moderator"
                self.memberships[group_index, person_index][0] = role
        self.active_members = active

    def fixed_memberships(self, rng):
        wanted = {
            "admin": {"hrnet-organisers": "manager", "hr-community": "member"},
            "anna": {
                "sverige": "manager",
                "hr-goteborg": "manager",
                "hr-community": "manager",
                "hrd-learning": "manager",
                "leadership": "member",
                "change-management": "member",
                "hr-directors-circle": "member",
            },
            "lars": {
                "danmark": "manager",
                "payroll-managers": "manager",
                "hr-payroll-systems": "moderator",
                "payroll-administrators": "member",
                "visma-users": "member",
            },
        }
        for login, groups in wanted.items():
            person = self.by_login[login]
            for slug, role in groups.items():
                index = self.group_by_slug[slug]
                if (index, person.index) not in self.memberships:
                    self.add_membership(rng, index, person, role=role, status="active")
                    self.active_members[index].append(person.index)
                membership = self.memberships[index, person.index]
                membership[0], membership[1], membership[2] = role, "active", "every"

    def insert_memberships(self):
        rows = (
            (self.groups[g].id, self.people[p].id, role, status, watch, joined)
            for (g, p), (role, status, watch, joined) in self.memberships.items()
        )
        self.counts["memberships"] = copy_rows(
            GroupMembership,
            ["group_id", "member_id", "role", "status", "watch_level", "joined_at"],
            rows,
        )
        self.counts["alumni memberships"] = copy_rows(
            AlumniMembership,
            [
                "network_id",
                "member_id",
                "role",
                "status",
                "department",
                "started_on",
                "ended_on",
                "open_to_returning",
                "returning_areas",
                "accepted_guidelines_at",
                "created_at",
            ],
            self.alumni_rows,
        )

    # --- Alumni ------------------------------------------------------------------------------

    def create_alumni_networks(self):
        rng = self.rng("alumni")
        alumni_groups = [group for group in self.groups if group.alumni_of is not None]
        networks = AlumniNetwork.objects.bulk_create(
            [self.alumni_network(number, group) for number, group in enumerate(alumni_groups)]
        )
        rows = []
        for number, (group, network) in enumerate(zip(alumni_groups, networks, strict=True)):
            group_index = self.group_by_slug[group.slug]
            staff = [p for p in self.people[3:] if p.organisation == group.alumni_of]
            others = [p for p in self.people[3:] if p.organisation != group.alumni_of]
            admins = rng.sample(staff, min(2, len(staff))) or rng.sample(others, 2)
            size = 30 if number == 0 else int(min(40 * rng.paretovariate(1.1), 1500))
            alumni = rng.sample(others, min(size, len(others) - 2))
            if number == 0:
                alumni = [self.by_login["anna"], *[p for p in alumni if p.index != 1]]
            for person in admins:
                rows.append(self.alumni_row(rng, network, person, group, role="admin"))
                self.add_membership(rng, group_index, person, role="manager", status="active")
            for person in alumni:
                if person in admins:
                    continue
                row = self.alumni_row(rng, network, person, group, role="alumnus")
                if person is self.by_login["anna"]:
                    row = (
                        *row[:3],
                        "approved",
                        "HR",
                        date(2012, 3, 1),
                        date(2017, 8, 31),
                        False,
                        "",
                        row[10],
                        row[10],
                    )
                rows.append(row)
                if row[3] == "approved":
                    self.add_membership(rng, group_index, person, status="active")
        self.active_members = defaultdict(list)
        for (group_index, person_index), (_, status, _, _) in self.memberships.items():
            if status == "active":
                self.active_members[group_index].append(person_index)
        self.alumni_rows = rows
        self.counts["alumni networks"] = len(networks)

    def alumni_network(self, number: int, group: GroupPlan) -> AlumniNetwork:
        organisation = self.organisations[group.alumni_of]
        short = self.short_name(organisation["name"])
        guidelines = data.ALUMNI_GUIDELINES.format(org=short)
        return AlumniNetwork(
            organisation_id=organisation["id"],
            name=f"{short} Alumni",
            slug=group.slug,
            group_id=group.id,
            purpose=data.ALUMNI_PURPOSE.format(org=short),
            guidelines_markdown=guidelines,
            guidelines_html=render_markdown(guidelines),
            join_policy=(
                AlumniNetwork.JoinPolicy.REQUEST
                if number % 3
                else AlumniNetwork.JoinPolicy.INVITATION
            ),
            created_at=group.created_at,
        )

    def alumni_row(self, rng, network, person, group, *, role):
        status = (
            "approved"
            if role == "admin"
            else rng.choices(["approved", "pending", "declined"], [88, 9, 3])[0]
        )
        ended = self.anchor.date() - timedelta(days=rng.randint(90, 12 * 365))
        started = ended - timedelta(days=rng.randint(365, 10 * 365))
        returning = role == "alumnus" and rng.random() < 0.3
        created = group.created_at + (self.anchor - group.created_at) * rng.random()
        return (
            network.id,
            person.id,
            role,
            status,
            "HR" if role == "admin" else rng.choice(data.ALUMNI_DEPARTMENTS),
            None if role == "admin" else started,
            None if role == "admin" else ended,
            returning,
            rng.choice(data.ALUMNI_RETURNING_AREAS) if returning else "",
            created if status == "approved" else None,
            created,
        )

    # --- Threads and replies -----------------------------------------------------------------

    def paragraphs(self, rng, key: tuple, sentences: list[str]) -> list[Paragraph]:
        """A pool of paragraphs of one to three sentences, rendered once each."""
        pool = self._paragraph_pools.get(key)
        if pool is None:
            pool = []
            for _ in range(24):
                count = min(rng.choices([1, 2, 3], [2, 5, 3])[0], len(sentences))
                chosen = rng.sample(sentences, count)
                text = " ".join(chosen)
                pool.append(
                    Paragraph(text, self.md.html(text), len(text.split()), frozenset(chosen))
                )
            self._paragraph_pools[key] = pool
        return pool

    def compose(self, rng, sources, *, target: int, extras=(), lead=(), tail=()):
        """Paragraphs from the sources, in turn, until the text reaches `target` words."""
        blocks, words = list(lead), sum(len(md.split()) for md, _ in lead)
        used: set[str] = set()
        for turn in range(12):
            if words >= target:
                break
            pool = sources[turn % len(sources)]
            for _ in range(10):  # a paragraph that repeats no sentence already in the post
                paragraph = rng.choice(pool)
                if used.isdisjoint(paragraph.sentences):
                    break
            else:
                continue  # this source is used up; try the next one
            if words >= 50 and words + paragraph.words > 150:
                continue
            used |= paragraph.sentences
            blocks.append((paragraph.markdown, paragraph.html))
            words += paragraph.words
            if len(blocks) == len(lead) + 1 and extras:
                blocks.extend(extras)
                words += sum(len(md.split()) for md, _ in extras)
        blocks.extend(tail)
        return Renderer.join(blocks)

    def list_block(self, rng, language):
        items = rng.sample(data.LIST_ITEMS[language], rng.randint(3, 4))
        text = (
            rng.choice(data.LIST_INTROS[language])
            + "\n\n"
            + "\n".join(f"- {item}" for item in items)
        )
        return text, self.md.html(text)

    def plan_threads(self):
        rng = self.rng("threads")
        eligible = [index for index, people in self.active_members.items() if len(people) >= 2]
        eligible.sort()
        weights = [
            len(self.active_members[i]) ** 0.85 * (0.5 if self.groups[i].kind == "alumni" else 1)
            for i in eligible
        ]
        if self.scale.threads >= 10_000:
            # At large scale the biggest group is also by far the busiest: its discussions run
            # past 50 pages (the benchmark reads page 50).
            biggest = max(eligible, key=lambda i: len(self.active_members[i]))
            weights[eligible.index(biggest)] *= BIGGEST_GROUP_BOOST
        minimum = 2 if self.scale.threads >= 4 * len(eligible) else 1
        per_group = Counter({index: minimum for index in eligible})
        per_group.update(
            rng.choices(eligible, weights, k=max(self.scale.threads - minimum * len(eligible), 0))
        )
        thread_ids = allocate_ids(Thread, sum(per_group.values()))
        self.threads: list[ThreadPlan] = []
        for group_index in eligible:
            people = [self.people[i] for i in self.active_members[group_index]]
            authors = rng.choices(people, [p.activity for p in people], k=per_group[group_index])
            for author in authors:
                self.threads.append(
                    self.plan_thread(rng, thread_ids[len(self.threads)], group_index, author)
                )
        self.plan_replies(rng)

    def plan_thread(self, rng, thread_id, group_index, author) -> ThreadPlan:
        group = self.groups[group_index]
        if group.language == "en":
            language = author.language if rng.random() < 0.3 else "en"
        else:
            language = group.language if rng.random() < 0.85 else "en"
        joined = self.memberships[group_index, author.index][3]
        days = 365 * rng.random() ** 1.4
        created = self.anchor - timedelta(days=days, seconds=rng.randrange(0, 9 * 3600))
        if created < joined:
            created = joined + (self.anchor - joined) * rng.random()
        section = rng.choices(["discussion", "question", "job", "promotion"], [46, 40, 9, 5])[0]
        org = self.organisations[author.organisation] if author.organisation is not None else None
        if section == "promotion" and (
            org is None or org["kind"] not in ("vendor", "consultancy", "recruitment_agency")
        ):
            section = "discussion"
        if section == "job" and org is None:
            section = "question"

        if group.kind == "alumni":
            org_name = self.short_name(self.organisations[group.alumni_of]["name"])
            title = rng.choice(data.ALUMNI_TITLES[language]).format(org=org_name)
            sentences = data.ALUMNI_SENTENCES[language]
            body = self.compose(
                rng,
                [
                    self.paragraphs(rng, ("alumni", language), sentences),
                    self.generic(rng, language),
                ],
                target=rng.randint(50, 120),
            )
            return ThreadPlan(
                thread_id,
                group_index,
                author,
                "discussion",
                title,
                language,
                None,
                list(data.ALUMNI_TAGS),
                created,
                body,
                [],
            )
        if section == "job":
            city = author.city
            job_role = rng.choice(data.JOB_ROLES[language])
            title = rng.choice(data.JOB_TITLES[language]).format(
                role=job_role, Role=job_role[:1].upper() + job_role[1:], city=city
            )
            paragraphs = data.JOB_PARAGRAPHS[language]
            blocks = [self.md.fill(paragraphs[0], org=org["name"], city=city, role=job_role)]
            blocks += [(text, self.md.html(text)) for text in paragraphs[1:4]]
            if rng.random() < 0.5:
                blocks.append((paragraphs[4], self.md.html(paragraphs[4])))
            return ThreadPlan(
                thread_id,
                group_index,
                author,
                section,
                title,
                language,
                None,
                list(data.JOB_TAGS),
                created,
                Renderer.join(blocks),
                [],
            )
        if section == "promotion":
            subject = rng.choice(data.PROMOTION_SUBJECTS[language])
            title = rng.choice(data.PROMOTION_TITLES[language]).format(subject=subject)
            paragraphs = data.PROMOTION_PARAGRAPHS[language]
            blocks = [self.md.fill(paragraphs[0], org=org["name"])]
            blocks += [(text, self.md.html(text)) for text in paragraphs[1:]]
            return ThreadPlan(
                thread_id,
                group_index,
                author,
                section,
                title,
                language,
                None,
                list(data.PROMOTION_TAGS),
                created,
                Renderer.join(blocks),
                [],
            )

        topic = rng.choice(group.topics or list(data.TOPICS))
        texts = data.TOPICS[topic]
        title = rng.choice(texts["titles"][language])
        if not title.endswith("?") and rng.random() < 0.35:
            title += rng.choice(data.TITLE_SUFFIXES[language])
        lead = []
        if rng.random() < 0.45:
            greeting = rng.choice(data.GREETINGS[language])
            lead.append((greeting, self.md.html(greeting)))
        tail = []
        if rng.random() < 0.55:
            closer = rng.choice(data.CLOSERS[language])
            tail.append((closer, self.md.html(closer)))
        extras = [self.list_block(rng, language)] if rng.random() < 0.15 else []
        body = self.compose(
            rng,
            [self.paragraphs(rng, ("open", topic, language), texts["openers"][language])],
            target=rng.randint(50, 150),
            extras=extras,
            lead=lead,
            tail=tail,
        )
        tags = rng.sample(texts["tags"], rng.randint(1, len(texts["tags"])))
        return ThreadPlan(
            thread_id, group_index, author, section, title, language, topic, tags, created, body, []
        )

    def generic(self, rng, language):
        return self.paragraphs(rng, ("generic", language), data.GENERIC_REPLIES[language])

    def plan_replies(self, rng):
        """How many replies each thread gets (very uneven), who writes them and when."""
        weights = []
        for thread in self.threads:
            weight = 0.0 if rng.random() < 0.12 else rng.lognormvariate(0, 1.0)
            if thread.section in ("job", "promotion"):
                weight *= 0.25
            weights.append(weight)
        counts = Counter(rng.choices(range(len(self.threads)), weights, k=self.scale.replies))
        self.make_one_long_thread(counts)
        by_group = defaultdict(list)
        for position, thread in enumerate(self.threads):
            by_group[thread.group].append(position)
        for group_index, positions in sorted(by_group.items()):
            people = [self.people[i] for i in self.active_members[group_index]]
            needed = sum(counts[p] for p in positions)
            authors = iter(rng.choices(people, [p.activity for p in people], k=needed))
            for position in positions:
                thread = self.threads[position]
                number = counts[position]
                if not number:
                    continue
                available = (self.anchor - thread.created_at).total_seconds()
                gaps = [rng.expovariate(1 / (18 * 3600)) for _ in range(number)]
                squeeze = min(1.0, available * 0.95 / sum(gaps))
                moment = thread.created_at
                for gap in gaps:
                    moment += timedelta(seconds=gap * squeeze)
                    author = next(authors)
                    if rng.random() < 0.12:
                        author = thread.author
                    thread.replies.append((author, moment))

    def make_one_long_thread(self, counts: Counter) -> None:
        """At large scale, the busiest discussion in an open group gets LONG_THREAD_REPLIES
        replies (the benchmark reads its first and last page), taken one each from the next
        busiest threads, so the total stays the same."""
        if self.scale.replies < 100 * LONG_THREAD_REPLIES:
            return
        ranked = [position for position, _count in counts.most_common()]
        longest = next(
            position
            for position in ranked
            if self.threads[position].section == "discussion"
            and self.groups[self.threads[position].group].visibility == "open"
        )
        donors = [p for p in ranked if p != longest and counts[p] > 1]
        for position in donors[: max(LONG_THREAD_REPLIES - counts[longest], 0)]:
            counts[position] -= 1
        counts[longest] = max(counts[longest], LONG_THREAD_REPLIES)

    def reply_text(self, rng, thread: ThreadPlan) -> tuple[str, str]:
        language = thread.language
        if thread.topic is not None:
            sources = [
                self.paragraphs(
                    rng,
                    ("reply", thread.topic, language),
                    data.TOPICS[thread.topic]["replies"][language],
                ),
                self.generic(rng, language),
            ]
        elif thread.section == "job":
            sources = [
                self.paragraphs(rng, ("job", language), data.JOB_REPLIES[language]),
                self.generic(rng, language),
            ]
        else:
            sources = [self.generic(rng, language)]
        extras = [self.list_block(rng, language)] if rng.random() < 0.06 else []
        return self.compose(rng, sources, target=rng.randint(50, 150), extras=extras)

    def insert_threads(self):
        rng = self.rng("replies")
        copy_rows(
            Thread,
            [
                "id",
                "group_id",
                "author_id",
                "section",
                "title",
                "body_markdown",
                "body_html",
                "language",
                "last_activity_at",
                "created_at",
                "updated_at",
            ],
            (
                (
                    t.id,
                    self.groups[t.group].id,
                    t.author.id,
                    t.section,
                    t.title,
                    t.body[0],
                    t.body[1],
                    t.language,
                    t.replies[-1][1] if t.replies else t.created_at,
                    t.created_at,
                    t.created_at,
                )
                for t in self.threads
            ),
        )
        thread_type = ContentType.objects.get_for_model(Thread)
        tag_ids = self.tag_ids(name for t in self.threads for name in t.tags)
        copy_rows(
            TaggedItem,
            ["object_id", "content_type_id", "tag_id"],
            ((t.id, thread_type.id, tag_ids[name]) for t in self.threads for name in t.tags),
        )

        def replies():
            for thread in self.threads:
                for author, moment in thread.replies:
                    markdown, html = self.reply_text(rng, thread)
                    yield (thread.id, author.id, markdown, html, moment, moment)

        self.counts["threads"] = len(self.threads)
        self.counts["replies"] = copy_rows(
            Reply,
            ["thread_id", "author_id", "body_markdown", "body_html", "created_at", "updated_at"],
            replies(),
        )
        self.languages = Counter(t.language for t in self.threads)

    # --- Events ------------------------------------------------------------------------------

    def create_events(self):
        rng = self.rng("events")
        specs = [dict(spec) for spec in SHOWCASE_EVENTS]
        countries = list(data.EVENT_COUNTRIES)
        kinds = list(data.EVENT_KINDS)
        while len(specs) < self.scale.events:
            country = rng.choices(countries, list(data.EVENT_COUNTRIES.values()))[0]
            kind = rng.choices(kinds, [k[0] for k in data.EVENT_KINDS.values()])[0]
            info = data.COUNTRIES[country]
            language = info["language"] if rng.random() < 0.85 else "en"
            specs.append(
                {
                    "kind": kind,
                    "country": country,
                    "language": language,
                    "city": "" if kind == "webinar" else skewed(rng, info["cities"], 1.5),
                    "days": round(rng.uniform(-330, 150)),
                    "demand": rng.uniform(0.3, 1.3),
                }
            )

        by_country = defaultdict(list)
        for person in self.people[3:]:
            by_country[person.country].append(person)
        groups_of_country = defaultdict(list)
        for index, group in enumerate(self.groups):
            if group.country and group.kind != "alumni" and group.visibility == "open":
                groups_of_country[group.country].append(index)
        theme_groups = [
            i
            for i, g in enumerate(self.groups)
            if g.kind == "theme" and g.visibility == "open" and not g.country
        ]

        events, organisers, registrations, slugs = [], [], [], set()
        for number, spec in enumerate(specs):
            event, group_index = self.plan_event(
                rng, number, spec, slugs, groups_of_country, theme_groups
            )
            events.append(event)
            pool = self.audience(rng, group_index, by_country[spec["country"]], spec)
            team = (
                []
                if group_index is None
                else [
                    self.people[i]
                    for i in self.active_members[group_index]
                    if self.memberships[group_index, i][0] == "manager"
                ]
            )
            if spec.get("organiser"):
                team = [self.by_login[spec["organiser"]]]
            if not team:
                team = rng.sample(pool, min(len(pool), rng.randint(1, 2)))
            organisers.append(team)
            registrations.append(self.plan_registrations(rng, event, spec, pool))

        clash = list(Event.objects.filter(slug__in=slugs).values_list("slug", flat=True)[:5])
        if clash:
            raise CommandError(f"Events with demo slugs already exist ({', '.join(clash)}).")
        Event.objects.bulk_create(events, batch_size=1000)
        through = Event.organisers.through
        through.objects.bulk_create(
            [
                through(event_id=event.id, member_id=person.id)
                for event, team in zip(events, organisers, strict=True)
                for person in team
            ],
            batch_size=5000,
            ignore_conflicts=True,
        )
        self.counts["events"] = len(events)
        self.counts["upcoming events"] = sum(1 for e in events if e.starts_at > self.anchor)
        self.counts["registrations"] = copy_rows(
            Registration,
            ["event_id", "member_id", "status", "paid", "checked_in_at", "created_at"],
            (
                (event.id, *row)
                for event, rows in zip(events, registrations, strict=True)
                for row in rows
            ),
        )

    # --- Member-led agenda: polls, proposed groups, topics ------------------------------------

    def create_agenda(self):
        """A few polls on open discussions, proposed groups gathering support (two past the
        threshold, waiting for staff) and suggested topics for the next upcoming events."""
        rng = self.rng("agenda")
        self.create_polls(rng)
        self.create_proposals(rng)
        self.create_topics(rng)

    def create_polls(self, rng):
        threads = list(
            Thread.objects.filter(
                group__visibility="open", section="discussion", status="published"
            )
            .order_by("-reply_count", "id")
            .values_list("id", "group_id", "created_at")[: len(data_polls())]
        )
        voters_of = defaultdict(list)
        for group_id, member_id in GroupMembership.objects.filter(
            group_id__in={group_id for _, group_id, _ in threads}, status="active"
        ).values_list("group_id", "member_id"):
            voters_of[group_id].append(member_id)
        polls, options_of = [], []
        for (thread_id, _group_id, created), spec in zip(threads, data_polls(), strict=False):
            question, labels, max_choices, anonymous, closed = spec
            polls.append(
                Poll(
                    thread_id=thread_id,
                    question=question,
                    max_choices=max_choices,
                    is_anonymous=anonymous,
                    closed_at=created + timedelta(days=10) if closed else None,
                    created_at=created,
                )
            )
            options_of.append(labels)
        Poll.objects.bulk_create(polls)
        options = [
            PollOption(poll=poll, position=position, label=label)
            for poll, labels in zip(polls, options_of, strict=True)
            for position, label in enumerate(labels, 1)
        ]
        PollOption.objects.bulk_create(options)
        by_poll = defaultdict(list)
        for option in options:
            by_poll[option.poll_id].append(option)
        ballots, picks = [], []
        for poll, (_thread_id, group_id, created) in zip(polls, threads, strict=True):
            pool = voters_of[group_id]
            voters = rng.sample(pool, min(len(pool), rng.randint(8, 40)))
            weights = [rng.uniform(0.2, 3) for _ in by_poll[poll.id]]
            for member_id in voters:
                ballots.append(PollBallot(poll=poll, member_id=member_id, created_at=created))
                count = rng.randint(1, poll.max_choices)
                chosen = set(rng.choices(by_poll[poll.id], weights, k=count))
                picks.append(chosen)
            poll.voter_count = len(voters)
        PollBallot.objects.bulk_create(ballots, batch_size=2000)
        PollChoice.objects.bulk_create(
            [
                PollChoice(ballot=ballot, option=option)
                for ballot, chosen in zip(ballots, picks, strict=True)
                for option in chosen
            ],
            batch_size=5000,
        )
        for chosen in picks:
            for option in chosen:
                option.vote_count += 1
        PollOption.objects.bulk_update(options, ["vote_count"])
        Poll.objects.bulk_update(polls, ["voter_count"])
        self.counts["polls"] = len(polls)
        self.counts["poll ballots"] = len(ballots)

    def create_proposals(self, rng):
        people = self.people[3:]
        proposals, supporters = [], []
        for number, (name, purpose, language, supporters_wanted) in enumerate(PROPOSALS):
            proposer = self.by_login["anna"] if number == 0 else rng.choice(people)
            backers = [proposer.id] + [
                p.id for p in rng.sample(people, supporters_wanted) if p.id != proposer.id
            ][: supporters_wanted - 1]
            created = self.anchor - timedelta(days=rng.randint(2, 40))
            proposals.append(
                GroupProposal(
                    proposer_id=proposer.id,
                    name=name,
                    purpose_markdown=purpose,
                    purpose_html=self.md.html(purpose),
                    language=language,
                    supporter_count=len(backers),
                    threshold_reached_at=created + timedelta(days=1)
                    if len(backers) >= 25
                    else None,
                    created_at=created,
                )
            )
            supporters.append((backers, created))
        GroupProposal.objects.bulk_create(proposals)
        ProposalSupport.objects.bulk_create(
            [
                ProposalSupport(proposal=proposal, member_id=member_id, created_at=created)
                for proposal, (backers, created) in zip(proposals, supporters, strict=True)
                for member_id in backers
            ]
        )
        self.counts["group proposals"] = len(proposals)

    def create_topics(self, rng):
        events = list(
            Event.objects.filter(starts_at__gt=self.anchor + timedelta(days=1), is_cancelled=False)
            .order_by("starts_at")
            .values_list("id", "starts_at")[:4]
        )
        people = [p.id for p in self.people[3:]]
        topics, voters = [], []
        for event_id, starts_at in events:
            for title, description in rng.sample(TOPICS, 4):
                backers = rng.sample(people, rng.randint(1, 24))
                topics.append(
                    TopicSuggestion(
                        event_id=event_id,
                        author_id=backers[0],
                        title=title,
                        description=description,
                        vote_count=len(backers),
                        created_at=min(self.anchor, starts_at) - timedelta(days=3),
                    )
                )
                voters.append(backers)
        TopicSuggestion.objects.bulk_create(topics)
        TopicVote.objects.bulk_create(
            [
                TopicVote(topic=topic, member_id=member_id)
                for topic, backers in zip(topics, voters, strict=True)
                for member_id in backers
            ]
        )
        self.counts["suggested topics"] = len(topics)

    # Events that draw people from everywhere, not only from the group or the country.
    WIDE_REACH = ("conference", "webinar", "world_cafe")

    def audience(self, rng, group_index, compatriots, spec):
        """Who might sign up: the group's members, else people from the country; widened to
        the whole country (or everyone, for a conference, webinar or world café) when the event
        is more popular than that."""
        pool = (
            [self.people[i] for i in self.active_members[group_index]]
            if group_index is not None
            else list(compatriots)
        )
        needed = (data.EVENT_KINDS[spec["kind"]][1] or 140) * spec["demand"]
        if len(pool) < needed:
            seen = {person.index for person in pool}
            pool += [p for p in compatriots if p.index not in seen]
            seen.update(p.index for p in compatriots)
            if len(pool) < needed and spec["kind"] in self.WIDE_REACH:
                pool += [p for p in self.people[3:] if p.index not in seen]
        return pool

    def plan_event(self, rng, number, spec, slugs, groups_of_country, theme_groups):
        kind = spec["kind"]
        _, capacity, (hour, minute), minutes, formats = data.EVENT_KINDS[kind]
        country, language = spec["country"], spec["language"]
        info = data.COUNTRIES[country]
        zone = ZoneInfo(info["time_zone"])
        day = self.anchor.date() + timedelta(days=spec["days"])
        if day.weekday() >= 5:  # move weekend events to the Thursday before
            day -= timedelta(days=day.weekday() - 3)
        starts = datetime.combine(day, datetime.min.time(), tzinfo=zone).replace(
            hour=hour, minute=minute
        )
        ends = starts + timedelta(minutes=minutes)
        if spec.get("two_days"):
            ends = (starts + timedelta(days=1)).replace(hour=17, minute=0)
        city = spec.get("city", "")
        fmt = spec.get("format") or rng.choice(formats)
        if kind == "webinar":
            capacity = None if rng.random() < 0.6 else 500
        elif capacity and kind not in ("world_cafe",):
            capacity = max(10, round(capacity * rng.uniform(0.7, 1.3) / 5) * 5)
        currency = info["currency"]
        if kind == "conference":
            fee = data.CONFERENCE_FEES[currency]
        elif kind in ("webinar", "world_cafe") or (kind == "after_work" and rng.random() < 0.8):
            fee = 0
        else:
            fee = rng.choice(data.EVENT_FEES[currency])

        host_name = spec.get("host")
        if host_name:
            host = self.organisation_index[host_name]
        elif kind != "after_work" or rng.random() < 0.5:
            kind_of_host = rng.choice(
                ["employer", "employer", "consultancy", "vendor", "public_sector", "education"]
            )
            candidates = (
                self.organisations_by_kind.get((kind_of_host, country))
                or self.organisations_by_kind["employer"]
            )
            host = rng.choice(candidates)
        else:
            host = None
        host_org = self.organisations[host] if host is not None else None

        if "group" in spec:
            group_index = self.group_by_slug.get(spec["group"])
        elif kind == "conference":
            group_index = None
        elif kind == "webinar" and rng.random() < 0.6:
            group_index = rng.choice(theme_groups)
        elif rng.random() < 0.55 and groups_of_country[country]:
            local = [i for i in groups_of_country[country] if city in self.groups[i].cities]
            regional = [i for i in groups_of_country[country] if not self.groups[i].cities]
            group_index = rng.choice(local or regional)
        else:
            group_index = None
        if group_index is not None and len(self.active_members.get(group_index, ())) < 3:
            group_index = None

        subject_list = data.EVENT_SUBJECTS[language]
        subject = subject_list[spec["subject"]] if "subject" in spec else rng.choice(subject_list)
        title = (spec.get("title") or data.EVENT_TITLES[kind][language]).format(
            city=city or info["local_name"], subject=subject, year=day.year
        )
        slug = ascii_slug(title)[:180] + f"-{day.isoformat()}"
        base, suffix = slug, 2
        while slug in slugs:
            slug, suffix = f"{base}-{suffix}", suffix + 1
        slugs.add(slug)

        paragraphs = [data.EVENT_INTROS[kind][language].format(city=city, subject=subject)]
        if host_org:
            paragraphs.append(data.EVENT_HOSTED_BY[language].format(host=host_org["name"]))
        if kind == "conference":
            paragraphs.append(data.CONFERENCE_PROGRAMME[language])
        paragraphs.append(
            data.EVENT_FEE[language].format(fee=fee, currency=currency)
            if fee
            else data.EVENT_FREE[language]
        )
        description = "\n\n".join(paragraphs)
        street = rng.choice(info["streets"])
        in_person = fmt != "online"
        venue = ""
        if in_person and host_org:
            venue = host_org["name"]
        elif in_person:
            venue = f"{rng.choice(['Café', 'Bistro', 'Lokal'])} {street}"
        created = min(
            starts - timedelta(days=rng.randint(20, 90)),
            self.anchor - timedelta(hours=rng.randint(2, 24 * 20)),
        )
        event = Event(
            title=title,
            slug=slug,
            kind=kind,
            format=fmt,
            description_markdown=description,
            description_html=render_markdown(description),
            venue=venue,
            address=f"{street} {rng.randint(1, 80)}, {city}" if in_person and city else "",
            city=city if in_person else "",
            country=country,
            online_url=f"https://meet.hrnet.example/{slug}" if fmt != "in_person" else "",
            host_organisation_id=host_org["id"] if host_org else None,
            group_id=self.groups[group_index].id if group_index is not None else None,
            language=language,
            starts_at=starts,
            ends_at=ends,
            time_zone=info["time_zone"],
            capacity=capacity,
            registration_deadline=starts - timedelta(days=2) if capacity else None,
            fee=Decimal(fee),
            currency=currency,
            created_at=created,
        )
        return event, group_index

    def plan_registrations(self, rng, event, spec, pool):
        """Registered up to capacity in order of sign-up, then the waiting list."""
        capacity = event.capacity
        base = rng.randint(20, 140) if event.kind == "webinar" else capacity
        # Never more than a share of the people who could come, however small the network.
        demand = min(round(len(pool) * 0.6), round(base * spec["demand"]))
        people = rng.sample(pool, demand)
        attendee = spec.get("attendee")
        attendee_email = self.by_login[attendee].email if attendee else None
        if attendee and self.by_login[attendee] not in people:
            people.insert(0, self.by_login[attendee])
        past = event.starts_at <= self.anchor
        until = min(event.starts_at, self.anchor)
        moments = sorted(
            event.created_at + (until - event.created_at) * rng.random() for _ in people
        )
        rows, registered = [], 0
        for person, moment in zip(people, moments, strict=True):
            if capacity is None or registered < capacity:
                if rng.random() < 0.05 and person.email != attendee_email:
                    status = "cancelled"
                else:
                    status = "registered"
                    registered += 1
            else:
                status = "waitlisted"
            paid = status == "registered" and event.fee > 0 and (past or rng.random() < 0.6)
            checked_in = (
                event.starts_at + timedelta(minutes=rng.randint(-15, 20))
                if past and status == "registered" and rng.random() < 0.85
                else None
            )
            rows.append((person.id, status, paid, checked_in, moment))
        event.attendee_count = registered
        return rows

    # --- Search ------------------------------------------------------------------------------

    # --- HR systems map ------------------------------------------------------------------------

    def create_system_declarations(self):
        """Which systems the demo organisations use, rated by their HR people (one COPY)."""
        systems_demo.ensure_catalogue()
        systems_demo.link_vendor_organisations(self.organisations)
        rows = systems_demo.plan_declarations(
            self.rng("systems"),
            people=[(p.id, p.role, p.country, p.organisation) for p in self.people],
            organisations=self.organisations,
            anchor=self.anchor,
            always={self.by_login["anna"].id, self.by_login["lars"].id},
        )
        copy_rows(Declaration, systems_demo.COLUMNS, rows)
        refresh_system_counters(System.objects.values_list("pk", flat=True))
        self.counts["system declarations"] = len(rows)

    def refresh_post_search(self):
        """forums.services' search vectors for every thread and reply at once, each in its
        thread's language configuration (title weighted A, text B; replies unweighted)."""
        whens = " ".join(
            f"WHEN '{code}' THEN '{config}'::regconfig"
            for code, config in SEARCH_CONFIG_BY_LANGUAGE.items()
        )
        config = f"(CASE {{language}} {whens} ELSE 'simple'::regconfig END)"
        thread_config = config.format(language="language")
        reply_config = config.format(language="thread.language")
        with connection.cursor() as cursor:
            cursor.execute(
                f"""
                UPDATE forums_thread SET search_vector =
                    setweight(to_tsvector({thread_config}, COALESCE(title, '')), 'A')
                    || setweight(to_tsvector({thread_config}, COALESCE(body_markdown, '')), 'B')
                """  # noqa: S608  # nosec B608 - constants only
            )
            cursor.execute(
                f"""
                UPDATE forums_reply reply SET search_vector =
                    to_tsvector({reply_config}, COALESCE(reply.body_markdown, ''))
                FROM forums_thread thread WHERE thread.id = reply.thread_id
                """  # noqa: S608  # nosec B608 - constants only
            )

    def refresh_member_search(self):
        """members.services.refresh_search_vector for everyone at once: name weighted A;
        headline, organisation, city and expertise tags weighted B; 'simple' configuration."""
        member_type = ContentType.objects.get_for_model(Member)
        with connection.cursor() as cursor:
            cursor.execute(
                """
                WITH tags AS (
                    SELECT item.object_id AS member_id,
                           string_agg(tag.name, ' ' ORDER BY item.id) AS names
                    FROM taggit_taggeditem item
                    JOIN taggit_tag tag ON tag.id = item.tag_id
                    WHERE item.content_type_id = %s AND item.object_id = ANY(%s)
                    GROUP BY item.object_id
                ), documents AS (
                    SELECT member.id,
                           concat_ws(' ', NULLIF(member.headline, ''), organisation.name,
                                     NULLIF(member.city, ''), tags.names) AS secondary
                    FROM members_member member
                    LEFT JOIN members_organisation organisation
                           ON organisation.id = member.organisation_id
                    LEFT JOIN tags ON tags.member_id = member.id
                    WHERE member.id = ANY(%s)
                )
                UPDATE members_member member SET search_vector =
                    setweight(to_tsvector('simple'::regconfig,
                                          COALESCE(member.display_name, '')), 'A')
                    || setweight(to_tsvector('simple'::regconfig, documents.secondary), 'B')
                FROM documents WHERE documents.id = member.id
                """,
                [member_type.id, [p.id for p in self.people], [p.id for p in self.people]],
            )


def reset_demo_data():
    """Empty a database that holds nothing but demo data (every member has a .example address)."""
    others = Member.objects.exclude(email__endswith=".example").count()
    if others:
        raise CommandError(
            f"--reset refused: {others} member(s) have an address outside .example, so this is "
            "not a demo-only database."
        )
    tables = [
        model._meta.db_table
        for model in (
            Member,
            Organisation,
            Group,
            Event,
            AlumniNetwork,
            Tag,
            TaggedItem,
        )
    ]
    with connection.cursor() as cursor:
        # Deferred foreign-key checks still pending in this transaction would block TRUNCATE.
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute(
            sql.SQL("TRUNCATE {} RESTART IDENTITY CASCADE").format(
                sql.SQL(", ").join(map(sql.Identifier, tables))
            )
        )
        cursor.execute("SET CONSTRAINTS ALL DEFERRED")


class Command(BaseCommand):
    help = (
        "Fill the database with a demo network (members, groups, threads, events, alumni). "
        "Logins: admin@hrnet.example, anna@hrnet.example, lars@hrnet.example, password "
        "hrnet-demo."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--scale",
            choices=list(SCALES),
            default="demo",
            help="demo: ~300 members (default); medium: 3,000; large: 30,000 members, 200 "
            "groups, 20,000 threads, 200,000 replies, 1,000 events, 20 alumni networks.",
        )
        parser.add_argument(
            "--reset",
            action="store_true",
            help="First empty the database; refused unless every member is a demo member.",
        )

    def handle(self, *args, scale, reset, **options):
        started = time.perf_counter()
        with transaction.atomic():
            if reset:
                reset_demo_data()
            if Member.objects.filter(email=data.ADMIN_EMAIL).exists():
                self.stdout.write(
                    f"HRnet demo data is already seeded ({Member.objects.count():,} members); "
                    "nothing changed. Use --reset to seed again."
                )
                return
            if Member.objects.filter(email__endswith=".example").exists():
                raise CommandError(
                    "Some demo members exist but not the demo admin: a partial seed? Run with "
                    "--reset."
                )
            network = DemoNetwork(SCALES[scale], today=timezone.now().date())
            network.build()
        self.report(scale, network, time.perf_counter() - started)

    def report(self, scale, network, seconds):
        counts = network.counts
        languages = ", ".join(f"{code} {network.languages[code]:,}" for code in data.LANGUAGES)
        self.stdout.write(
            self.style.SUCCESS(f"Seeded the HRnet demo network (scale {scale}) in {seconds:.1f} s:")
        )
        self.stdout.write(
            f"  {counts['members']:,} members, {counts['organisations']:,} organisations\n"
            f"  {counts['groups']:,} groups, {counts['memberships']:,} memberships\n"
            f"  {counts['threads']:,} threads ({languages}), {counts['replies']:,} replies\n"
            f"  {counts['events']:,} events ({counts['upcoming events']:,} upcoming), "
            f"{counts['registrations']:,} registrations\n"
            f"  {counts['alumni networks']:,} alumni network(s), "
            f"{counts['alumni memberships']:,} alumni\n"
            f"  {counts['system declarations']:,} HR-system declarations\n"
            f"Demo logins (password: {data.PASSWORD}):\n"
            f"  {data.ADMIN_EMAIL:<20} site admin (staff, superuser)\n"
            f"  {data.ANNA_EMAIL:<20} Anna Lindqvist, HR manager in Göteborg; manages HRnet "
            "Sverige, HR i Göteborg, HR community, HRD & learning\n"
            f"  {data.LARS_EMAIL:<20} Lars Kjærgaard, payroll manager in København; manages "
            "HRnet Danmark and Payroll managers"
        )
