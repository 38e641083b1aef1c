from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from hrnet.ratelimit import rate_limited
from insights.charts import bar_chart
from systems import selectors, services
from systems.forms import (
    AffiliationForm,
    CatalogueSearchForm,
    CompareForm,
    DeclarationForm,
    FiguresFilterForm,
    MergeForm,
    ProposalForm,
)
from systems.models import Category, Declaration, System


def _system_or_404(request, slug: str) -> System:
    system, merged_into = selectors.system_for(request.user, slug)
    if system is None:
        raise Http404
    if merged_into is not None:
        raise _Moved(merged_into)
    return system


class _Moved(Exception):
    def __init__(self, target):
        self.target = target


def _follow_merges(view):
    """A merged entry redirects (permanently) to the one it was merged into."""

    def wrapper(request, slug, *args, **kwargs):
        try:
            return view(request, slug, *args, **kwargs)
        except _Moved as moved:
            return redirect(moved.target, permanent=True)

    wrapper.__name__ = view.__name__
    wrapper.__doc__ = view.__doc__
    return wrapper


def _staff_or_404(request) -> None:
    if not request.user.is_staff:
        raise Http404


def _filters(request) -> tuple[FiguresFilterForm, selectors.Filters]:
    form = FiguresFilterForm(request.GET or None)
    if form.is_valid():
        data = form.cleaned_data
        return form, selectors.Filters(
            country=data["country"], size=data["size"], role=data["role"]
        )
    return FiguresFilterForm(), selectors.Filters()


@login_required
def catalogue(request, category: str = ""):
    if category and category not in Category.values:
        raise Http404
    data = request.GET.copy()
    if category:
        data["category"] = category
    form = CatalogueSearchForm(data)
    filters = form.cleaned_data if form.is_valid() else {}
    page = selectors.catalogue(
        query=filters.get("q", ""),
        category=filters.get("category", ""),
        country=filters.get("country", ""),
        page=request.GET.get("page", 1),
    )
    query_without_page = request.GET.copy()
    query_without_page.pop("page", None)
    counts = selectors.category_counts()
    return render(
        request,
        "systems/catalogue.html",
        {
            "form": form,
            "page": page,
            "category": category,
            "category_label": dict(Category.choices).get(category, ""),
            "categories": [
                {"value": value, "label": label, "count": counts.get(value, 0)}
                for value, label in Category.choices
            ],
            "query_string": query_without_page.urlencode(),
        },
    )


@login_required
@_follow_merges
def detail(request, slug):
    system = _system_or_404(request, slug)
    filter_form, filters = _filters(request)
    figures = selectors.figures_for([system.pk], filters)[system.pk]
    overall = figures if not filters.active else selectors.figures_for([system.pk])[system.pk]
    experiences = selectors.experiences(
        request.user, system, filters, page=request.GET.get("page", 1)
    )
    query_without_page = request.GET.copy()
    query_without_page.pop("page", None)
    return render(
        request,
        "systems/detail.html",
        {
            "system": system,
            "figures": figures,
            "overall": overall,
            "chart": bar_chart(figures.rows()),
            "filter_form": filter_form,
            "filters": filters,
            "experiences": experiences,
            "query_string": query_without_page.urlencode(),
            "switches": selectors.switches(system),
            "askable": selectors.askable(request.user, system),
            "own": selectors.own_declaration(request.user, system),
            "affiliation": selectors.affiliation_of(request.user, system),
            "affiliation_form": AffiliationForm(),
            "min_ratings": settings.SYSTEMS_MIN_RATINGS,
        },
    )


@login_required
def compare(request):
    form = CompareForm(request.GET or None)
    context = {"form": form, "min_ratings": settings.SYSTEMS_MIN_RATINGS}
    if form.is_valid():
        a, b = form.cleaned_data["a"], form.cleaned_data["b"]
        figures = selectors.figures_for([a.pk, b.pk])
        context.update(
            {
                "a": a,
                "b": b,
                "figures_a": figures[a.pk],
                "figures_b": figures[b.pk],
                "chart_a": bar_chart(figures[a.pk].rows()),
                "chart_b": bar_chart(figures[b.pk].rows()),
                "between": selectors.switches_between(a, b),
                "askable_a": selectors.askable(request.user, a)[:3],
                "askable_b": selectors.askable(request.user, b)[:3],
            }
        )
    return render(request, "systems/compare.html", context)


@login_required
@_follow_merges
@rate_limited("post")
def declare(request, slug):
    system = _system_or_404(request, slug)
    if system.status != System.Status.ACCEPTED:
        raise Http404
    own = selectors.own_declaration(request.user, system)
    can_rate = not services.is_vendor_affiliated(request.user, system)
    if request.method == "POST":
        form = DeclarationForm(request.POST, system=system, can_rate=can_rate)
        if form.is_valid():
            data = form.cleaned_data
            try:
                declaration = services.declare(
                    member=request.user,
                    system=system,
                    since=data["since"],
                    satisfaction=data.get("satisfaction"),
                    organisation_size=data["organisation_size"],
                    strengths=data["strengths"],
                    weaknesses=data["weaknesses"],
                    moved_from=data["moved_from"],
                    moved_from_reason=data["moved_from_reason"],
                    may_contact=data["may_contact"],
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                if declaration.review_status == "held":
                    messages.info(
                        request,
                        _("Saved. Your written experience waits for a moderator: %(why)s")
                        % {"why": declaration.moderation_note},
                    )
                else:
                    messages.success(request, _("Saved. Thank you for sharing your experience."))
                return redirect(system)
    else:
        initial = {}
        if own is not None:
            initial = {
                "since_month": own.since.month if own.since else None,
                "since_year": own.since.year if own.since else None,
                "satisfaction": own.satisfaction,
                "organisation_size": own.organisation_size,
                "strengths": own.strengths_markdown,
                "weaknesses": own.weaknesses_markdown,
                "moved_from": own.moved_from_id,
                "moved_from_reason": own.moved_from_reason_markdown,
                "may_contact": own.may_contact,
            }
        form = DeclarationForm(initial=initial, system=system, can_rate=can_rate)
    return render(
        request,
        "systems/declare.html",
        {"system": system, "form": form, "own": own, "can_rate": can_rate},
    )


@login_required
@require_POST
@_follow_merges
def withdraw(request, slug):
    system = _system_or_404(request, slug)
    own = selectors.own_declaration(request.user, system)
    if own is None:
        raise Http404
    services.withdraw(member=request.user, declaration=own)
    messages.success(request, _("Your declaration of %(system)s was removed.") % {"system": system})
    return redirect(system)


@login_required
@require_POST
@_follow_merges
def affiliation(request, slug):
    system = _system_or_404(request, slug)
    if system.status != System.Status.ACCEPTED:
        raise Http404
    if request.POST.get("remove"):
        services.remove_affiliation(member=request.user, system=system)
        messages.success(request, _("Your connection to the vendor was removed."))
        return redirect(system)
    form = AffiliationForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose how you are connected to the vendor."))
        return redirect(system)
    services.declare_affiliation(member=request.user, system=system, kind=form.cleaned_data["kind"])
    messages.success(
        request,
        _("Thank you. Your experiences of %(vendor)s's systems are labelled and not rated.")
        % {"vendor": system.vendor},
    )
    return redirect(system)


@login_required
@rate_limited("post")
def propose(request):
    if request.method == "POST":
        form = ProposalForm(request.POST)
        if form.is_valid():
            try:
                system = services.propose_system(member=request.user, **form.cleaned_data)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(
                    request,
                    _("Thank you. %(name)s waits for an administrator before it is listed.")
                    % {"name": system.name},
                )
                return redirect(system)
    else:
        form = ProposalForm(initial={"category": request.GET.get("category", "")})
    return render(request, "systems/propose.html", {"form": form})


@login_required
def mine(request):
    return render(
        request,
        "systems/mine.html",
        {
            "declarations": selectors.declarations_of(request.user, viewer=request.user),
            "proposals": System.objects.filter(
                proposed_by=request.user, status=System.Status.PROPOSED
            ).order_by("name"),
        },
    )


# --- Staff: review queue, proposals, merges ---------------------------------------------------


@login_required
def review_queue(request):
    _staff_or_404(request)
    return render(
        request, "systems/review_queue.html", {"declarations": selectors.review_queue()[:100]}
    )


@login_required
@require_POST
def decide_review(request, declaration_id: int):
    _staff_or_404(request)
    declaration = get_object_or_404(Declaration, pk=declaration_id)
    try:
        services.decide_review(
            moderator=request.user,
            declaration=declaration,
            decision=request.POST.get("decision", ""),
            spam=request.POST.get("reason") == "spam",
            note=request.POST.get("note", "")[:500],
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Done."))
    return redirect("systems:review_queue")


@login_required
def proposals(request):
    _staff_or_404(request)
    merge_form = MergeForm(request.POST or None)
    if request.method == "POST" and merge_form.is_valid():
        try:
            keep = services.merge_systems(admin=request.user, **merge_form.cleaned_data)
        except ValidationError as error:
            merge_form.add_error(None, error)
        else:
            messages.success(request, _("Merged into %(name)s.") % {"name": keep.name})
            return redirect("systems:proposals")
    return render(
        request,
        "systems/proposals.html",
        {"proposals": selectors.proposals(), "merge_form": merge_form},
    )


@login_required
@require_POST
def decide_proposal(request, system_id: int):
    _staff_or_404(request)
    system = get_object_or_404(System, pk=system_id)
    try:
        services.decide_proposal(
            admin=request.user, system=system, accept=request.POST.get("decision") == "accept"
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    except PermissionDenied as error:
        raise Http404 from error
    else:
        messages.success(request, _("Done."))
    return redirect("systems:proposals")
