"""Writes of the HR-systems map: declarations, affiliations, proposals, merges, review decisions."""

from datetime import date

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Count, Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from hrnet.markdown import render_markdown
from moderation import services as moderation
from moderation.models import AuditEntry
from notifications.models import Notification
from notifications.services import notify
from systems.catalogue import slug_for
from systems.models import (
    Affiliation,
    Category,
    Declaration,
    OrganisationSize,
    ReviewStatus,
    System,
)

# --- Counters -----------------------------------------------------------------------------------


def refresh_counters(system_ids) -> None:
    """Recount organisations and ratings (published declarations only) of these systems."""
    system_ids = [pk for pk in set(system_ids) if pk]
    if not system_ids:
        return
    rows = {
        row["system_id"]: row
        for row in Declaration.objects.filter(
            system_id__in=system_ids, review_status=ReviewStatus.PUBLISHED
        )
        .values("system_id")
        .annotate(
            organisations=Count("organisation_id", distinct=True),
            ratings=Count("satisfaction"),
            total=Sum("satisfaction"),
        )
    }
    for system in System.objects.filter(pk__in=system_ids).select_for_update():
        row = rows.get(system.pk, {})
        system.organisation_count = row.get("organisations", 0)
        system.rating_count = row.get("ratings", 0)
        system.rating_total = row.get("total") or 0
        system.save(update_fields=["organisation_count", "rating_count", "rating_total"])


# --- Trust --------------------------------------------------------------------------------------


def is_vendor_affiliated(member, system: System) -> bool:
    """Whether `member` works for (or with) the vendor of `system`: their organisation is the
    vendor's, or they declared an affiliation with any entry of the same vendor."""
    organisation = member.organisation
    if organisation is not None:
        if system.vendor_organisation_id and organisation.pk == system.vendor_organisation_id:
            return True
        if organisation.normalised_name == system.vendor_key:
            return True
    return Affiliation.objects.filter(member=member, system__vendor_key=system.vendor_key).exists()


# --- Review screening ---------------------------------------------------------------------------


def published_review_count(member) -> int:
    return (
        Declaration.objects.filter(member=member, review_status=ReviewStatus.PUBLISHED)
        .exclude(strengths_markdown="", weaknesses_markdown="", moved_from_reason_markdown="")
        .count()
    )


def screen_review(*, author, text: str) -> tuple[str, str, float | None]:
    """Screen a written experience like a forum post: (status, note for the author, spam score).

    A new member's first posts wait for a moderator, and the classifier holds likely spam."""
    if author.is_staff:
        return ReviewStatus.PUBLISHED, "", None
    from forums.moderation import author_signals, published_post_count

    published = published_post_count(author) + published_review_count(author)
    is_new = published < settings.MODERATION_FIRST_POSTS_HELD
    spam_score = None
    if settings.MODERATION_AUTOMATIC:
        scores = moderation.score_post(title="", body=text, author_signals=author_signals(author))
        spam_score = scores.spam
        if scores.is_spam:
            return (
                ReviewStatus.HELD,
                _("It looks like spam or advertising, so a moderator will look at it first."),
                spam_score,
            )
    if is_new:
        return (
            ReviewStatus.HELD,
            _(
                "The first posts of new members are read by a moderator before they appear. "
                "This usually takes a few hours."
            ),
            spam_score,
        )
    return ReviewStatus.PUBLISHED, "", spam_score


# --- Declarations -------------------------------------------------------------------------------


def _check_since(since: date | None) -> None:
    if since is not None and since > timezone.localdate():
        raise ValidationError(_("“In use since” cannot be in the future."))


@transaction.atomic
def declare(
    *,
    member,
    system: System,
    since: date | None = None,
    satisfaction: int | None = None,
    organisation_size: str = "",
    strengths: str = "",
    weaknesses: str = "",
    moved_from: System | None = None,
    moved_from_reason: str = "",
    may_contact: bool = False,
) -> Declaration:
    """Record (or update) that the member's organisation uses `system`, with their rating.

    One declaration per member, organisation and system: declaring again updates it. Members
    who work for the vendor may write about it (labelled) but not rate it."""
    if system.status != System.Status.ACCEPTED:
        raise ValidationError(_("This entry is not in the catalogue."))
    if member.organisation_id is None:
        raise ValidationError(
            _("Add your organisation to your profile first: declarations are per organisation.")
        )
    if satisfaction is not None and not 1 <= int(satisfaction) <= 5:
        raise ValidationError(_("Satisfaction is a number from 1 to 5."))
    if organisation_size and organisation_size not in OrganisationSize.values:
        raise ValidationError(_("Choose an organisation size from the list."))
    _check_since(since)
    by_vendor = is_vendor_affiliated(member, system)
    if by_vendor and satisfaction is not None:
        raise ValidationError(
            _("You work for or with the vendor of %(system)s, so you cannot rate it.")
            % {"system": system.name}
        )
    if moved_from is not None:
        if moved_from.pk == system.pk:
            raise ValidationError(_("You cannot have moved from the same system."))
        if moved_from.status != System.Status.ACCEPTED:
            raise ValidationError(_("The system you moved from is not in the catalogue."))
    if moved_from is None:
        moved_from_reason = ""

    declaration = (
        Declaration.objects.select_for_update()
        .filter(system=system, member=member, organisation_id=member.organisation_id)
        .first()
    )
    created = declaration is None
    if created:
        declaration = Declaration(system=system, member=member, organisation=member.organisation)
    old_text = "" if created else declaration.review_text()
    old_moved_from = None if created else declaration.moved_from_id
    declaration.since = since
    declaration.satisfaction = satisfaction
    declaration.organisation_size = organisation_size
    declaration.strengths_markdown = strengths.strip()
    declaration.strengths_html = render_markdown(declaration.strengths_markdown)
    declaration.weaknesses_markdown = weaknesses.strip()
    declaration.weaknesses_html = render_markdown(declaration.weaknesses_markdown)
    declaration.moved_from = moved_from
    declaration.moved_from_reason_markdown = moved_from_reason.strip()
    declaration.moved_from_reason_html = render_markdown(declaration.moved_from_reason_markdown)
    declaration.may_contact = may_contact
    declaration.by_vendor = by_vendor
    declaration.updated_at = timezone.now()

    text = declaration.review_text()
    if text and (
        created or text != old_text or declaration.review_status != ReviewStatus.PUBLISHED
    ):
        status, note, spam_score = screen_review(author=member, text=text)
        declaration.review_status = status
        declaration.moderation_note = note[:300]
        declaration.spam_score = spam_score
    elif not text:
        declaration.review_status = ReviewStatus.PUBLISHED
        declaration.moderation_note = ""
    if declaration.review_status == ReviewStatus.PUBLISHED and (
        declaration.published_at is None or (text and text != old_text)
    ):
        declaration.published_at = timezone.now()
    declaration.save()
    if declaration.review_status == ReviewStatus.HELD and (created or text != old_text):
        moderation.audit(
            action=AuditEntry.Action.HELD,
            target=declaration,
            subject=member,
            summary=_("Experience of %(system)s") % {"system": system.name},
            reason=declaration.moderation_note,
        )
    refresh_counters([system.pk, declaration.moved_from_id, old_moved_from])
    return declaration


@transaction.atomic
def withdraw(*, member, declaration: Declaration) -> None:
    """The member removes their declaration (and its rating and review)."""
    if declaration.member_id != member.pk:
        raise PermissionDenied
    system_id = declaration.system_id
    declaration.delete()
    refresh_counters([system_id])


@transaction.atomic
def declare_affiliation(*, member, system: System, kind: str) -> Affiliation:
    """A member declares they work for or with the vendor: their ratings of the vendor's
    entries are withdrawn (their written experiences stay, labelled)."""
    if kind not in Affiliation.Kind.values:
        raise ValidationError(_("Choose how you are connected to the vendor."))
    affiliation, _created = Affiliation.objects.update_or_create(
        member=member, system=system, defaults={"kind": kind}
    )
    affected = Declaration.objects.filter(member=member, system__vendor_key=system.vendor_key)
    system_ids = list(affected.values_list("system_id", flat=True))
    affected.update(satisfaction=None, by_vendor=True)
    refresh_counters(system_ids)
    return affiliation


@transaction.atomic
def remove_affiliation(*, member, system: System) -> None:
    Affiliation.objects.filter(member=member, system=system).delete()
    for declaration in Declaration.objects.filter(
        member=member, system__vendor_key=system.vendor_key
    ).select_related("system"):
        still = is_vendor_affiliated(member, declaration.system)
        if declaration.by_vendor != still:
            declaration.by_vendor = still
            declaration.save(update_fields=["by_vendor"])


# --- Proposals and merges -----------------------------------------------------------------------


# Paths under /systems/ that a system's slug must not shadow.
RESERVED_SLUGS = {"category", "compare", "propose", "mine", "reviews", "proposals"}


def _unique_slug(name: str) -> str:
    base = slug_for(name) or "system"
    slug, number = base, 2
    while slug in RESERVED_SLUGS or System.objects.filter(slug=slug).exists():
        slug = f"{base}-{number}"
        number += 1
    return slug


def _staff_only(member) -> None:
    if not (member.is_authenticated and member.is_staff):
        raise PermissionDenied


@transaction.atomic
def propose_system(
    *,
    member,
    name: str,
    category: str,
    vendor: str,
    country: str = "",
    website: str = "",
    note: str = "",
) -> System:
    """A member proposes a new entry; it waits for an administrator before anyone sees it."""
    name = " ".join(name.split())
    if not name or not vendor.strip():
        raise ValidationError(_("Give the name and the vendor or provider."))
    if category not in Category.values:
        raise ValidationError(_("Choose a category from the list."))
    existing = (
        System.objects.filter(name__iexact=name)
        .exclude(status__in=[System.Status.REJECTED, System.Status.MERGED])
        .first()
    )
    if existing is not None:
        raise ValidationError(
            _("%(name)s is already in the catalogue or waiting for an administrator.")
            % {"name": existing.name}
        )
    return System.objects.create(
        name=name[:120],
        slug=_unique_slug(name),
        category=category,
        vendor=" ".join(vendor.split())[:120],
        country=country,
        website=website,
        status=System.Status.PROPOSED,
        proposed_by=member,
        proposal_note=note[:500],
    )


@transaction.atomic
def decide_proposal(*, admin, system: System, accept: bool) -> System:
    _staff_only(admin)
    system = System.objects.select_for_update().get(pk=system.pk)
    if system.status != System.Status.PROPOSED:
        raise ValidationError(_("This proposal has already been decided."))
    system.status = System.Status.ACCEPTED if accept else System.Status.REJECTED
    system.save(update_fields=["status"])
    if system.proposed_by_id:
        notify(
            recipient=system.proposed_by,
            kind=Notification.Kind.MODERATION,
            key=f"system-proposal:{system.pk}",
            message=(
                _("%(name)s is now in the HR systems catalogue. Thank you!")
                if accept
                else _("Your proposal %(name)s was not added to the HR systems catalogue.")
            )
            % {"name": system.name},
            url=system.get_absolute_url() if accept else "",
        )
    return system


@transaction.atomic
def merge_systems(*, admin, duplicate: System, keep: System) -> System:
    """Fold a duplicate entry into the one to keep: declarations, affiliations and switch
    records move over; where a member declared both, their latest declaration wins. The
    duplicate redirects to the kept entry."""
    _staff_only(admin)
    if duplicate.pk == keep.pk:
        raise ValidationError(_("Choose two different entries."))
    locked = {
        s.pk: s for s in System.objects.select_for_update().filter(pk__in=[duplicate.pk, keep.pk])
    }
    duplicate, keep = locked[duplicate.pk], locked[keep.pk]
    if System.Status.MERGED in (duplicate.status, keep.status):
        raise ValidationError(_("One of these entries has already been merged."))
    kept_by_owner = {
        (d.member_id, d.organisation_id): d
        for d in Declaration.objects.select_for_update().filter(system=keep)
    }
    drop = []
    for declaration in Declaration.objects.select_for_update().filter(system=duplicate):
        twin = kept_by_owner.get((declaration.member_id, declaration.organisation_id))
        if twin is None:
            continue
        # The member declared both entries: keep what they wrote last.
        if declaration.updated_at > twin.updated_at:
            drop.append(twin.pk)
        else:
            drop.append(declaration.pk)
    Declaration.objects.filter(pk__in=drop).delete()
    Declaration.objects.filter(system=duplicate).update(system=keep)
    Declaration.objects.filter(moved_from=duplicate).update(moved_from=keep)
    # "Moved from X to X" means nothing once the two are one.
    Declaration.objects.filter(system=keep, moved_from=keep).update(
        moved_from=None, moved_from_reason_markdown="", moved_from_reason_html=""
    )
    already = set(Affiliation.objects.filter(system=keep).values_list("member_id", flat=True))
    Affiliation.objects.filter(system=duplicate, member_id__in=already).delete()
    Affiliation.objects.filter(system=duplicate).update(system=keep)
    # Entries merged into the duplicate earlier now redirect straight to the kept one.
    System.objects.filter(merged_into=duplicate).update(merged_into=keep)
    duplicate.status = System.Status.MERGED
    duplicate.merged_into = keep
    duplicate.organisation_count = duplicate.rating_count = duplicate.rating_total = 0
    duplicate.save()
    if keep.status == System.Status.PROPOSED:
        keep.status = System.Status.ACCEPTED
        keep.save(update_fields=["status"])
    refresh_counters([keep.pk])
    moderation.audit(
        action=AuditEntry.Action.EDITED,
        target=keep,
        actor=admin,
        summary=_("Merged %(duplicate)s into %(keep)s")
        % {"duplicate": duplicate.name, "keep": keep.name},
    )
    keep.refresh_from_db()
    return keep


# --- Review decisions ---------------------------------------------------------------------------


class ReviewDecision:
    APPROVE = "approve"
    REJECT = "reject"
    ALL = (APPROVE, REJECT)


@transaction.atomic
def decide_review(
    *, moderator, declaration: Declaration, decision: str, spam: bool = False, note: str = ""
) -> Declaration:
    """Approve or reject a held experience; audited, learned from, author told."""
    _staff_only(moderator)
    if decision not in ReviewDecision.ALL:
        raise ValidationError(_("Unknown decision."))
    declaration = (
        Declaration.objects.select_for_update(of=("self",))
        .select_related("system", "member")
        .get(pk=declaration.pk)
    )
    if declaration.review_status != ReviewStatus.HELD:
        raise ValidationError(_("This experience has already been decided."))
    approve = decision == ReviewDecision.APPROVE
    declaration.review_status = ReviewStatus.PUBLISHED if approve else ReviewStatus.REJECTED
    declaration.moderation_note = ""
    if approve:
        declaration.published_at = timezone.now()
    declaration.save(update_fields=["review_status", "moderation_note", "published_at"])
    refresh_counters([declaration.system_id])
    entry = moderation.audit(
        action=AuditEntry.Action.APPROVED if approve else AuditEntry.Action.REJECTED,
        target=declaration,
        actor=moderator,
        subject=declaration.member,
        summary=_("Experience of %(system)s") % {"system": declaration.system.name},
        reason=note.strip(),
    )
    if approve or spam:
        moderation.record_decision(
            label="ok" if approve else "spam",
            title="",
            body=declaration.review_text(),
            decided_by=moderator,
        )
    message = (
        _("Your experience of %(system)s has been approved and is now visible.")
        if approve
        else _("Your experience of %(system)s was not published.")
    ) % {"system": declaration.system.name}
    notify(
        recipient=declaration.member,
        kind=Notification.Kind.MODERATION,
        key=f"moderation:{entry.pk}",
        message=(message + (" " + note.strip() if note.strip() else "")).strip(),
        url=declaration.system.get_absolute_url(),
    )
    return declaration
