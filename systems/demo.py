"""Demo declarations for manage.py seed_demo: which systems the demo organisations use.

Plans rows in memory (the command writes them with COPY); no query per member.
"""

from collections import defaultdict
from datetime import date, timedelta

from hrnet.markdown import render_markdown
from systems.catalogue import CATALOGUE
from systems.models import OrganisationSize, ReviewStatus, System, normalise_vendor

# Who says what their organisation uses, and which categories they would know about.
ROLE_CATEGORIES = {
    "payroll_manager": ["payroll", "time", "pensions"],
    "payroll_administrator": ["payroll", "time"],
    "hr_systems": ["hris", "payroll", "time", "learning"],
    "hr_director": ["hris", "payroll", "recruitment", "pensions", "consultancy"],
    "hr_business_partner": ["hris", "recruitment", "learning", "training"],
    "recruiter": ["recruitment"],
    "line_manager": ["time", "hris"],
}
# Share of an organisation's kind of systems it has: payroll always, the rest often.
CATEGORY_CHANCE = {
    "payroll": 1.0,
    "hris": 0.7,
    "time": 0.5,
    "recruitment": 0.6,
    "pensions": 0.6,
    "learning": 0.3,
    "consultancy": 0.2,
    "training": 0.3,
}
USER_KINDS = {"employer", "public_sector", "other"}
DECLARING_SHARE = 0.75
TEXT_SHARE = 0.4

STRENGTHS = [
    "Payroll runs are **reliable**: we have not missed a pay day in years.",
    "Good support in our own language, and they answer within the day.",
    "Collective agreements are built in, so overtime and holiday pay are right.",
    "Employees like the app: payslips, absence and expenses in one place.",
    "Easy integrations with our accounting system and the pension providers.",
    "Reporting is flexible once you learn it.",
    "Self-service for managers saved us hours every month.",
]
WEAKNESSES = [
    "Year-end is stressful: the updates come late.",
    "Reports need an expert; standard reports are thin.",
    "Expensive add-ons for things that should be standard.",
    "Support is slow in the busy weeks around pay day.",
    "The user interface feels dated and has too many clicks.",
    "Retroactive pay changes are hard to get right.",
]
REASONS = [
    "The old system could not handle our collective agreements.",
    "We grew across borders and needed one system for all countries.",
    "The vendor stopped developing the on-premise version.",
    "Too expensive for what we used.",
]


def ensure_catalogue() -> None:
    """The catalogue from the data migration, restored if a reset emptied it."""
    existing = set(System.objects.values_list("slug", flat=True))
    from systems.catalogue import slug_for

    System.objects.bulk_create(
        [
            System(
                name=name,
                slug=slug_for(name),
                category=category,
                vendor=vendor,
                vendor_key=normalise_vendor(vendor),
                country=country,
                markets=markets,
                website=website,
                status=System.Status.ACCEPTED,
            )
            for name, category, vendor, country, markets, website in CATALOGUE
            if slug_for(name) not in existing
        ]
    )


def link_vendor_organisations(organisations: list[dict]) -> None:
    """Point catalogue entries at the demo's vendor organisations (their staff cannot rate)."""
    by_name = {normalise_vendor(o["name"]): o["id"] for o in organisations if o["kind"] == "vendor"}
    for system in System.objects.filter(vendor_organisation__isnull=True):
        if system.vendor_key in by_name:
            system.vendor_organisation_id = by_name[system.vendor_key]
            system.save(update_fields=["vendor_organisation"])


COLUMNS = [
    "system_id",
    "member_id",
    "organisation_id",
    "organisation_size",
    "since",
    "satisfaction",
    "strengths_markdown",
    "strengths_html",
    "weaknesses_markdown",
    "weaknesses_html",
    "moved_from_id",
    "moved_from_reason_markdown",
    "moved_from_reason_html",
    "may_contact",
    "by_vendor",
    "review_status",
    "moderation_note",
    "published_at",
    "created_at",
    "updated_at",
]


def plan_declarations(rng, *, people, organisations, anchor, always=()) -> list[tuple]:
    """Rows for Declaration (in COLUMNS order). `people`: (member_id, role, country,
    organisation index or None); `always`: member ids who declare (the demo logins)."""
    systems = list(
        System.objects.filter(status=System.Status.ACCEPTED).values(
            "id", "category", "markets", "vendor_key"
        )
    )
    by_category_country = defaultdict(list)
    by_category = defaultdict(list)
    for system in systems:
        by_category[system["category"]].append(system)
        for market in system["markets"]:
            by_category_country[system["category"], market].append(system)
    quality = {system["id"]: rng.uniform(2.6, 4.4) for system in systems}
    html = {text: render_markdown(text) for text in STRENGTHS + WEAKNESSES + REASONS}

    uses = {}  # organisation index -> {category: system}
    sizes = {}

    def systems_of(org_index: int) -> dict:
        if org_index not in uses:
            org = organisations[org_index]
            chosen = {}
            for category, chance in CATEGORY_CHANCE.items():
                pool = by_category_country.get((category, org["country"])) or by_category[category]
                if pool and rng.random() < chance:
                    # A few systems have most of the market.
                    weights = [1 / (rank + 1) ** 1.6 for rank in range(len(pool))]
                    chosen[category] = rng.choices(pool, weights)[0]
            uses[org_index] = chosen
            sizes[org_index] = rng.choice(OrganisationSize.values)
        return uses[org_index]

    rows = []
    for member_id, role, _country, org_index in people:
        if org_index is None or organisations[org_index]["kind"] not in USER_KINDS:
            continue
        forced = member_id in always
        if not forced and (role not in ROLE_CATEGORIES or rng.random() > DECLARING_SHARE):
            continue
        used = systems_of(org_index)
        categories = [c for c in ROLE_CATEGORIES.get(role, ["payroll"]) if c in used]
        if not categories:
            continue
        count = len(categories) if forced else rng.randint(1, min(3, len(categories)))
        vendor_name = normalise_vendor(organisations[org_index]["name"])
        for category in rng.sample(categories, count):
            system = used[category]
            if system["vendor_key"] == vendor_name:
                continue
            rating = max(1, min(5, round(rng.gauss(quality[system["id"]], 0.9))))
            written = forced or rng.random() < TEXT_SHARE
            strengths = rng.choice(STRENGTHS) if written else ""
            weaknesses = rng.choice(WEAKNESSES) if written and rng.random() < 0.8 else ""
            moved_from, reason = None, ""
            others = [s for s in by_category[category] if s["id"] != system["id"]]
            if others and rng.random() < 0.2:
                moved_from = rng.choice(others)["id"]
                reason = rng.choice(REASONS) if written else ""
            years_ago = rng.randint(0, 9)
            since = date(anchor.year - years_ago, rng.randint(1, 12), 1)
            if since > anchor.date():
                since = date(anchor.year - 1, since.month, 1)
            published = anchor - timedelta(days=rng.randint(0, 90), minutes=rng.randint(0, 1440))
            rows.append(
                (
                    system["id"],
                    member_id,
                    organisations[org_index]["id"],
                    sizes[org_index],
                    since,
                    rating,
                    strengths,
                    html.get(strengths, ""),
                    weaknesses,
                    html.get(weaknesses, ""),
                    moved_from,
                    reason,
                    html.get(reason, ""),
                    forced or rng.random() < 0.4,
                    False,
                    ReviewStatus.PUBLISHED,
                    "",
                    published,
                    published,
                    published,
                )
            )
    return rows
