"""Reads about members. The only place that decides who may see which member."""

from django.conf import settings
from django.contrib.postgres.search import SearchQuery, SearchRank
from django.core.cache import cache
from django.db.models import F, QuerySet

from hrnet.pagination import CachedCountPaginator
from members import caching
from members.models import Invitation, Member, Organisation

SEARCH_TERM_MAX = 12

# What a list of people never shows (the profile page does): a member row without these is a
# fraction of the bytes (the search vector alone is larger than the rest of the row).
NOT_IN_LISTS = ("search_vector", "bio_markdown", "bio_html")


def listed_members(queryset, path: str):
    """queryset.defer() of the members at `path` (e.g. "member", "author") to what lists show."""
    return queryset.defer(*(f"{path}__{field}" for field in NOT_IN_LISTS))


def directory_visible_members() -> QuerySet[Member]:
    """Members who appear in the directory: active, verified, named and not hidden."""
    return Member.objects.filter(
        is_active=True,
        email_verified=True,
        erased_at__isnull=True,
        directory_visibility=Member.Visibility.MEMBERS,
    ).exclude(display_name="")


def can_view_profile(*, viewer: Member, member: Member) -> bool:
    """Signed-in members see visible profiles; everyone sees their own; staff see all."""
    if not viewer.is_authenticated:
        return False
    if viewer.pk == member.pk or viewer.is_staff:
        return True
    return (
        member.is_active
        and member.email_verified
        and not member.is_erased
        and member.directory_visibility == Member.Visibility.MEMBERS
    )


def prefix_search_terms(text: str) -> str:
    """Every typed word as a prefix, in tsquery syntax ("ann lars" → "ann:* & lars:*")."""
    words = []
    for raw in text.split()[:SEARCH_TERM_MAX]:
        word = "".join(ch for ch in raw if ch.isalnum())
        if word:
            words.append(f"{word.lower()}:*")
    return " & ".join(words)


def search_directory(
    *,
    query: str = "",
    role: str = "",
    country: str = "",
    tag: str = "",
    organisation: str = "",
    page: int = 1,
):
    """One page of the member directory, ranked by relevance when searching, else by name.

    The page has a `cache_key` for its rendered list: every signed-in member sees the same
    directory, so the list is cached under the directory version, the filters and the page."""
    members = directory_visible_members().select_related("organisation")
    terms = prefix_search_terms(query)
    if terms:
        search = SearchQuery(terms, search_type="raw", config="simple")
        members = (
            members.filter(search_vector=search)
            .annotate(rank=SearchRank(F("search_vector"), search))
            .order_by("-rank", "display_name", "pk")
        )
    else:
        members = members.order_by("display_name", "pk")
    if role:
        members = members.filter(role=role)
    if country:
        members = members.filter(country=country)
    if tag:
        members = members.filter(expertise__slug=tag)
    organisation = Organisation.normalise(organisation) if organisation else ""
    if organisation:
        members = members.filter(organisation__normalised_name=organisation)
    members = members.prefetch_related("expertise")
    (version,) = caching.versions(caching.DIRECTORY)
    filters = (terms, role, str(country), tag, organisation)
    paginator = CachedCountPaginator(
        members,
        settings.DIRECTORY_PAGE_SIZE,
        count_key=caching.list_key("directory-count", version, filters),
    )
    found = paginator.get_page(page)
    found.cache_key = caching.list_key("directory", version, filters, found.number)
    return found


def profile_for(*, viewer: Member, member_id: int) -> Member | None:
    member = (
        Member.objects.select_related("organisation", "invited_by")
        .prefetch_related("expertise")
        .filter(pk=member_id)
        .first()
    )
    if member is None or not can_view_profile(viewer=viewer, member=member):
        return None
    return member


def invitations_of(member: Member) -> QuerySet[Invitation]:
    return member.invitations_sent.select_related("accepted_by").order_by("-created_at")


def joined_through(member: Member) -> QuerySet[Member]:
    return member.invitees.filter(erased_at__isnull=True).order_by("-date_joined")


def invitation_by_token(token: str) -> Invitation | None:
    return Invitation.objects.select_related("inviter").filter(token=token).first()


def member_count() -> int:
    """How many members the landing page announces: counted at most every 10 minutes (a
    count over every member is the costliest query of the page everyone lands on)."""
    return cache.get_or_set(
        "members:landing-count", lambda: directory_visible_members().count(), 600
    )
