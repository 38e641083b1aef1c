"""A small network built by hand, so every dashboard figure can be counted on paper.

Dates are relative to today, in the site's time zone, and always lie well inside or well outside
the periods the dashboard looks at (30 and 90 days, 12 weeks, 12 months):

- `in_week(k)` is a moment in the k-th calendar week before this one (Monday to Sunday);
  weeks 1-3 are inside the last 30 days, weeks 5-11 inside 90 days and the 12 weeks of the
  weekly chart, week 14 outside everything. (Week 4 can straddle the 30-day line: not used.)
- `in_month(m)` is the 15th, at noon, of the m-th month before this one; month 14 lies
  outside the 12 months of the growth table.

The people (10 in the network, plus one erased and one unverified who do not count):

    name     role                 country  organisation kind     joined network
    Sigrid   other (staff)        SE       none                  month 14
    Anna     HR director          SE       employer              month 3
    Bo       HR director          SE       employer              month 3
    Cecilie  payroll manager      DK       consultancy           month 2
    Dag      payroll manager      NO       employer              month 2
    Eva      recruiter            SE       recruitment agency    month 2
    Finn     recruiter            NL       recruitment agency    month 1
    Greta    HR director          NL       public sector         month 1
    Hans     consultant           DK       consultancy           month 1
    Ida      student              NO       education             month 1
    Olaf     (erased in month 1)                                 month 14
    Uma      (email never verified)                              month 1

Groups (month joined; those who left had joined in month 14):

    Payroll Nordic  Cecilie (manager, m3), Dag (m3), Anna (m2), Hans, Ida, Greta (m1);
                    Bo left in month 2, Finn in month 1
    Recruiting      Eva (manager, m3), Finn, Bo (m2), Greta (m1); Ida left in month 2

Threads (Tuesday 09:00 of their week unless said) and replies (hours after the thread):

    A1 Payroll     question    Anna     week 2   payroll, holiday pay
       Anna +1 (the asker), Dag +3, Cecilie +5
    A2 Payroll     question    Dag      week 3   payroll                  Hans +10, Anna +12
    A3 Payroll     discussion  Cecilie  week 6   pensions, payroll        Ida +2
    A4 Payroll     question    Hans     week 10  pensions                 Anna +20
    A5 Payroll     discussion  Dag      week 14  payroll                  Ida: week 1 Thu 15:00
    B1 Recruiting  question    Eva      week 1   sourcing
       Bo +0.5 (held), Finn +1, Bo +2
    B2 Recruiting  discussion  Finn     week 5   sourcing, employer branding   Greta +4
    B3 Recruiting  question    Greta    week 1 (Wed), held   sourcing
    B4 Recruiting  discussion  Eva      week 1 (Wed 11:00)   employer branding
"""

from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from django.utils import timezone

from forums import services as forum_services
from forums.models import Group, GroupDeparture, GroupMembership, PostStatus, Reply, Thread
from members.models import Member, RoleCategory
from members.services import erase_member
from tests.factories import MemberFactory, OrganisationFactory
from tests.forums.factories import make_group, make_reply, make_thread

QUESTION, DISCUSSION = Thread.Section.QUESTION, Thread.Section.DISCUSSION
PUBLISHED, HELD = PostStatus.PUBLISHED, PostStatus.HELD


def week_start(weeks_ago: int) -> datetime:
    """Midnight (site time) on the Monday of the calendar week `weeks_ago` weeks before this one."""
    today = timezone.localdate()
    monday = today - timedelta(days=today.weekday(), weeks=weeks_ago)
    return timezone.make_aware(datetime.combine(monday, time()))


def in_week(weeks_ago: int, day: int = 1, hour: float = 9) -> datetime:
    return week_start(weeks_ago) + timedelta(days=day, hours=hour)


def month_start(months_ago: int) -> datetime:
    today = timezone.localdate()
    year, month = divmod(today.year * 12 + today.month - 1 - months_ago, 12)
    return timezone.make_aware(datetime(year, month + 1, 1))


def in_month(months_ago: int) -> datetime:
    return month_start(months_ago) + timedelta(days=14, hours=12)


@dataclass
class Network:
    people: dict[str, Member]
    payroll: Group
    recruiting: Group
    threads: dict[str, Thread] = field(default_factory=dict)

    def __getattr__(self, name):
        try:
            return self.people[name]
        except KeyError:
            raise AttributeError(name) from None


PEOPLE = {
    # name: (role, country, (organisation, kind) or None, joined month, staff)
    "sigrid": (RoleCategory.OTHER, "SE", None, 14, True),
    "anna": (RoleCategory.HR_DIRECTOR, "SE", ("Volvo Cars", "employer"), 3, False),
    "bo": (RoleCategory.HR_DIRECTOR, "SE", ("Volvo Cars", "employer"), 3, False),
    "cecilie": (RoleCategory.PAYROLL_MANAGER, "DK", ("Lønhuset", "consultancy"), 2, False),
    "dag": (RoleCategory.PAYROLL_MANAGER, "NO", ("Equinor", "employer"), 2, False),
    "eva": (RoleCategory.RECRUITER, "SE", ("Talentfabriken", "recruitment_agency"), 2, False),
    "finn": (RoleCategory.RECRUITER, "NL", ("Werving BV", "recruitment_agency"), 1, False),
    "greta": (RoleCategory.HR_DIRECTOR, "NL", ("Gemeente Utrecht", "public_sector"), 1, False),
    "hans": (RoleCategory.CONSULTANT, "DK", ("Lønhuset", "consultancy"), 1, False),
    "ida": (RoleCategory.STUDENT, "NO", ("Universitetet i Oslo", "education"), 1, False),
}

# group: [(member, month joined)]; its manager; who left in which month (they joined long ago).
MEMBERSHIPS = {
    "payroll": [("dag", 3), ("anna", 2), ("hans", 1), ("ida", 1), ("greta", 1)],
    "recruiting": [("finn", 2), ("bo", 2), ("greta", 1)],
}
MANAGERS = {"payroll": ("cecilie", 3), "recruiting": ("eva", 3)}
DEPARTURES = {"payroll": [("bo", 2), ("finn", 1)], "recruiting": [("ida", 2)]}

THREADS = {
    # key: (group, section, author, created at, tags, status)
    "A1": ("payroll", QUESTION, "anna", (2, 1, 9), ["payroll", "holiday pay"], PUBLISHED),
    "A2": ("payroll", QUESTION, "dag", (3, 1, 9), ["payroll"], PUBLISHED),
    "A3": ("payroll", DISCUSSION, "cecilie", (6, 1, 9), ["pensions", "payroll"], PUBLISHED),
    "A4": ("payroll", QUESTION, "hans", (10, 1, 9), ["pensions"], PUBLISHED),
    "A5": ("payroll", DISCUSSION, "dag", (14, 1, 9), ["payroll"], PUBLISHED),
    "B1": ("recruiting", QUESTION, "eva", (1, 1, 9), ["sourcing"], PUBLISHED),
    "B2": (
        "recruiting",
        DISCUSSION,
        "finn",
        (5, 1, 9),
        ["sourcing", "employer branding"],
        PUBLISHED,
    ),
    "B3": ("recruiting", QUESTION, "greta", (1, 2, 9), ["sourcing"], HELD),
    "B4": ("recruiting", DISCUSSION, "eva", (1, 2, 11), ["employer branding"], PUBLISHED),
}
REPLIES = [
    # (thread, author, hours after the thread or (week, day, hour), status)
    ("A1", "anna", 1, PUBLISHED),
    ("A1", "dag", 3, PUBLISHED),
    ("A1", "cecilie", 5, PUBLISHED),
    ("A2", "hans", 10, PUBLISHED),
    ("A2", "anna", 12, PUBLISHED),
    ("A3", "ida", 2, PUBLISHED),
    ("A4", "anna", 20, PUBLISHED),
    ("A5", "ida", (1, 3, 15), PUBLISHED),
    ("B1", "bo", 0.5, HELD),
    ("B1", "finn", 1, PUBLISHED),
    ("B1", "bo", 2, PUBLISHED),
    ("B2", "greta", 4, PUBLISHED),
]


def build_network() -> Network:
    people = {}
    for name, (role, country, organisation, joined, staff) in PEOPLE.items():
        if organisation is not None:
            org_name, kind = organisation
            organisation = OrganisationFactory(name=org_name, kind=kind)
        people[name] = MemberFactory(
            display_name=name.capitalize(),
            email=f"{name}@example.org",
            role=role,
            country=country,
            organisation=organisation,
            is_staff=staff,
        )
        Member.objects.filter(pk=people[name].pk).update(date_joined=in_month(joined))
    # Expertise uses the same tags as threads: it must not count as a tag's use.
    people["anna"].expertise.add("payroll", "pensions")

    olaf = MemberFactory(display_name="Olaf", role=RoleCategory.HR_DIRECTOR, country="SE")
    Member.objects.filter(pk=olaf.pk).update(date_joined=in_month(14))
    erase_member(member=olaf, keep_posts=True)
    Member.objects.filter(pk=olaf.pk).update(erased_at=in_month(1))
    uma = MemberFactory(display_name="Uma", email_verified=False, role=RoleCategory.RECRUITER)
    Member.objects.filter(pk=uma.pk).update(date_joined=in_month(1))

    groups = {}
    for key, name in (("payroll", "Payroll Nordic"), ("recruiting", "Recruiting")):
        manager, joined = MANAGERS[key]
        group = groups[key] = make_group(manager=people[manager], name=name)
        GroupMembership.objects.filter(group=group).update(joined_at=in_month(joined))
        for person, joined in MEMBERSHIPS[key]:
            forum_services.join_group(member=people[person], group=group)
            GroupMembership.objects.filter(group=group, member=people[person]).update(
                joined_at=in_month(joined)
            )
        for person, left in DEPARTURES[key]:
            forum_services.join_group(member=people[person], group=group)
            GroupMembership.objects.filter(group=group, member=people[person]).update(
                joined_at=in_month(14)
            )
            forum_services.leave_group(member=people[person], group=group)
            GroupDeparture.objects.filter(group=group, member_id=people[person].pk).update(
                left_at=in_month(left)
            )
        group.refresh_from_db()

    network = Network(people=people, payroll=groups["payroll"], recruiting=groups["recruiting"])
    for key, (group, section, author, at, tags, status) in THREADS.items():
        thread = make_thread(
            group=groups[group],
            author=people[author],
            section=section,
            title=f"Thread {key}: a question about {tags[0]}",
            body=f"Thread {key}: what do you do about {', '.join(tags)} in your team?",
            tags=tags,
        )
        Thread.objects.filter(pk=thread.pk).update(created_at=in_week(*at), status=status)
        thread.refresh_from_db()
        network.threads[key] = thread
    for number, (key, author, when, status) in enumerate(REPLIES):
        thread = network.threads[key]
        reply = make_reply(
            thread=thread,
            author=people[author],
            body=f"Reply {number} to {key}: here is how we handle it at our place.",
        )
        at = (
            in_week(*when) if isinstance(when, tuple) else thread.created_at + timedelta(hours=when)
        )
        Reply.objects.filter(pk=reply.pk).update(created_at=at, status=status)
    return network
