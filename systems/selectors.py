"""Reads of the HR-systems map, and the only place that decides who may see what in it."""

from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Count, Q, QuerySet, Sum
from django.utils.translation import gettext as _

from systems.models import Affiliation, Declaration, ReviewStatus, System

EXPERIENCES_PER_PAGE = 10
ASKABLE_SHOWN = 6
DIGEST_PER_SECTION = 5
CATALOGUE_PAGE_SIZE = 30
HAS_REVIEW = ~Q(strengths_markdown="", weaknesses_markdown="", moved_from_reason_markdown="")
FILTER_COUNTRIES = ("SE", "DK", "NO", "NL")


# --- Visibility ---------------------------------------------------------------------------------


def can_see_system(viewer, system: System) -> bool:
    """Signed-in members see the catalogue; a proposal only its proposer and the staff."""
    if not viewer.is_authenticated:
        return False
    if system.status == System.Status.ACCEPTED:
        return True
    if viewer.is_staff:
        return True
    return system.status == System.Status.PROPOSED and system.proposed_by_id == viewer.pk


def system_for(viewer, slug: str) -> tuple[System | None, System | None]:
    """(the system, or None when the viewer may not know it exists; where it was merged to)."""
    system = System.objects.filter(slug=slug[:140]).first()
    if system is None or not viewer.is_authenticated:
        return None, None
    seen = set()
    target = system
    while target.status == System.Status.MERGED and target.merged_into_id and target.pk not in seen:
        seen.add(target.pk)
        target = System.objects.get(pk=target.merged_into_id)
    if target is not system:
        return (system, target) if can_see_system(viewer, target) else (None, None)
    return (system, None) if can_see_system(viewer, system) else (None, None)


def accepted_systems() -> QuerySet[System]:
    return System.objects.filter(status=System.Status.ACCEPTED)


def catalogue(*, query: str = "", category: str = "", country: str = "", page=1):
    """One page of the catalogue: most used first, searchable by name and vendor."""
    systems = accepted_systems()
    if query:
        words = query.split()[:6]
        for word in words:
            systems = systems.filter(
                Q(name__icontains=word) | Q(vendor__icontains=word) | Q(description__icontains=word)
            )
    if category:
        systems = systems.filter(category=category)
    if country:
        systems = systems.filter(markets__contains=[country])
    systems = systems.order_by("-organisation_count", "name", "pk")
    return Paginator(systems, CATALOGUE_PAGE_SIZE).get_page(page)


def category_counts() -> dict[str, int]:
    return dict(accepted_systems().values_list("category").annotate(total=Count("pk")).order_by())


# --- Figures ------------------------------------------------------------------------------------


@dataclass
class Figures:
    organisations: int = 0
    ratings: int = 0
    total: int = 0
    distribution: list = field(default_factory=lambda: [0, 0, 0, 0, 0])  # 1..5 stars
    strengths: int = 0
    weaknesses: int = 0

    @property
    def shown(self) -> bool:
        """Averages and distributions only from enough ratings to mean something."""
        return self.ratings >= settings.SYSTEMS_MIN_RATINGS and self.ratings > 0

    @property
    def average(self) -> float | None:
        return round(self.total / self.ratings, 1) if self.shown else None

    @property
    def missing(self) -> int:
        return max(settings.SYSTEMS_MIN_RATINGS - self.ratings, 0)

    def rows(self) -> list[dict]:
        return [
            {
                "label": _("%(stars)d of 5") % {"stars": stars},
                "stars": stars,
                "total": self.distribution[stars - 1],
            }
            for stars in range(5, 0, -1)
        ]


@dataclass(frozen=True)
class Filters:
    country: str = ""
    size: str = ""
    role: str = ""

    def q(self) -> Q:
        condition = Q()
        if self.country:
            condition &= Q(member__country=self.country)
        if self.size:
            condition &= Q(organisation_size=self.size)
        if self.role:
            condition &= Q(member__role=self.role)
        return condition

    @property
    def active(self) -> bool:
        return bool(self.country or self.size or self.role)


def figures_for(system_ids, filters: Filters | None = None) -> dict[int, Figures]:
    """Usage and rating figures of several systems in one query (published declarations)."""
    filters = filters or Filters()
    stars = {f"s{n}": Count("pk", filter=Q(satisfaction=n)) for n in range(1, 6)}
    rows = (
        Declaration.objects.filter(system_id__in=system_ids, review_status=ReviewStatus.PUBLISHED)
        .filter(filters.q())
        .values("system_id")
        .annotate(
            organisations=Count("organisation_id", distinct=True),
            ratings=Count("satisfaction"),
            total=Sum("satisfaction"),
            strengths=Count("pk", filter=~Q(strengths_markdown="")),
            weaknesses=Count("pk", filter=~Q(weaknesses_markdown="")),
            **stars,
        )
        .order_by()
    )
    result = {pk: Figures() for pk in system_ids}
    for row in rows:
        result[row["system_id"]] = Figures(
            organisations=row["organisations"],
            ratings=row["ratings"],
            total=row["total"] or 0,
            distribution=[row[f"s{n}"] for n in range(1, 6)],
            strengths=row["strengths"],
            weaknesses=row["weaknesses"],
        )
    return result


# --- Experiences, switches, people to ask -------------------------------------------------------


def experiences(viewer, system: System, filters: Filters | None = None, page=1):
    """Written experiences of a system: published ones, and the viewer's own while held."""
    filters = filters or Filters()
    visible = Q(review_status=ReviewStatus.PUBLISHED)
    if viewer.is_authenticated:
        visible |= Q(member=viewer) & ~Q(review_status=ReviewStatus.REJECTED)
    declarations = (
        Declaration.objects.filter(system=system)
        .filter(HAS_REVIEW, visible)
        .filter(filters.q())
        .select_related("member", "organisation", "moved_from")
        .order_by("-published_at", "-pk")
    )
    return Paginator(declarations, EXPERIENCES_PER_PAGE).get_page(page)


def may_ask(viewer, declaration: Declaration) -> bool:
    """The declarant agreed to be asked, and is someone else who can still be reached."""
    member = declaration.member
    return (
        declaration.may_contact
        and viewer.is_authenticated
        and member.pk != viewer.pk
        and member.is_active
        and member.erased_at is None
        and declaration.review_status == ReviewStatus.PUBLISHED
    )


def askable(viewer, system: System) -> list[Declaration]:
    """A few members who use the system and agreed to be asked about it."""
    return list(
        Declaration.objects.filter(
            system=system,
            may_contact=True,
            review_status=ReviewStatus.PUBLISHED,
            member__is_active=True,
            member__erased_at__isnull=True,
        )
        .exclude(member_id=viewer.pk)
        .select_related("member", "organisation")
        .order_by("-updated_at", "-pk")[:ASKABLE_SHOWN]
    )


def switches(system: System) -> dict[str, list[dict]]:
    """Where users of this system came from, and where former users went (published only)."""
    published = Declaration.objects.filter(review_status=ReviewStatus.PUBLISHED)
    came_from = list(
        published.filter(system=system, moved_from__status=System.Status.ACCEPTED)
        .values("moved_from__slug", "moved_from__name")
        .annotate(total=Count("pk"))
        .order_by("-total", "moved_from__name")[:10]
    )
    went_to = list(
        published.filter(moved_from=system, system__status=System.Status.ACCEPTED)
        .values("system__slug", "system__name")
        .annotate(total=Count("pk"))
        .order_by("-total", "system__name")[:10]
    )
    return {
        "came_from": [
            {"slug": r["moved_from__slug"], "name": r["moved_from__name"], "total": r["total"]}
            for r in came_from
        ],
        "went_to": [
            {"slug": r["system__slug"], "name": r["system__name"], "total": r["total"]}
            for r in went_to
        ],
    }


def switches_between(a: System, b: System) -> dict[str, int]:
    rows = dict(
        Declaration.objects.filter(review_status=ReviewStatus.PUBLISHED)
        .filter(Q(system=a, moved_from=b) | Q(system=b, moved_from=a))
        .values_list("system_id")
        .annotate(total=Count("pk"))
        .order_by()
    )
    return {"a_to_b": rows.get(b.pk, 0), "b_to_a": rows.get(a.pk, 0)}


def own_declaration(member, system: System) -> Declaration | None:
    if not member.is_authenticated or member.organisation_id is None:
        return None
    return (
        Declaration.objects.filter(
            member=member, system=system, organisation_id=member.organisation_id
        )
        .select_related("moved_from")
        .first()
    )


def affiliation_of(member, system: System) -> Affiliation | None:
    return Affiliation.objects.filter(member=member, system=system).first()


def declarations_of(member, *, viewer=None) -> list[Declaration]:
    """What a member declared their organisation uses ("systems we use" on the profile)."""
    declarations = Declaration.objects.filter(
        member=member, system__status=System.Status.ACCEPTED
    ).select_related("system", "organisation")
    if viewer is None or viewer.pk != member.pk:
        declarations = declarations.filter(review_status=ReviewStatus.PUBLISHED)
    return list(declarations.order_by("system__category", "system__name"))


def review_queue() -> QuerySet[Declaration]:
    return (
        Declaration.objects.filter(review_status=ReviewStatus.HELD)
        .select_related("system", "member", "organisation", "moved_from")
        .order_by("updated_at", "pk")
    )


def proposals() -> QuerySet[System]:
    return (
        System.objects.filter(status=System.Status.PROPOSED)
        .select_related("proposed_by")
        .order_by("created_at", "pk")
    )


# --- Digest -------------------------------------------------------------------------------------


def digest_experiences(members, *, since) -> dict[int, list[Declaration]]:
    """New published experiences of systems each member's organisation uses: two queries for
    the whole chunk. The member's own experiences are left out."""
    organisation_ids = {m.organisation_id for m in members if m.organisation_id}
    if not organisation_ids:
        return {}
    systems_of = defaultdict(set)
    for organisation_id, system_id in (
        Declaration.objects.filter(
            organisation_id__in=organisation_ids, system__status=System.Status.ACCEPTED
        )
        .values_list("organisation_id", "system_id")
        .distinct()
    ):
        systems_of[organisation_id].add(system_id)
    all_systems = set().union(*systems_of.values()) if systems_of else set()
    if not all_systems:
        return {}
    by_system = defaultdict(list)
    for declaration in (
        Declaration.objects.filter(
            HAS_REVIEW,
            system_id__in=all_systems,
            review_status=ReviewStatus.PUBLISHED,
            published_at__gte=since,
        )
        .select_related("system", "member", "organisation")
        .order_by("-published_at", "-pk")[:2000]
    ):
        by_system[declaration.system_id].append(declaration)
    urls = {}
    for rows in by_system.values():
        for declaration in rows:
            system = declaration.system
            if system.pk not in urls:
                urls[system.pk] = system.get_absolute_url()
            declaration.url = urls[system.pk]
    result = {}
    for member in members:
        systems = systems_of.get(member.organisation_id, set())
        found = sorted(
            (d for s in systems for d in by_system.get(s, []) if d.member_id != member.pk),
            key=lambda d: d.published_at,
            reverse=True,
        )[:DIGEST_PER_SECTION]
        if found:
            result[member.pk] = found
    return result
