from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext as _

from hrnet.inputs import whole_number
from hrnet.spreadsheet import csv_response
from insights import selectors
from insights.charts import bar_chart as _bars

RANGES = (30, 90, 365)
# A spreadsheet runs a cell starting with these as a formula (OWASP "CSV injection").


def _days(request) -> int:
    days = whole_number(request.GET.get("days", ""))
    return days if days in RANGES else 90


def _columns(weeks):
    """Grouped columns (threads, replies) per week for an SVG column chart."""
    top = max((max(w["threads"], w["replies"]) for w in weeks), default=0) or 1
    columns = []
    for index, week in enumerate(weeks):
        threads_h = round(120 * week["threads"] / top, 1)
        replies_h = round(120 * week["replies"] / top, 1)
        columns.append(
            {
                **week,
                "x": index * 30 + 4,
                "x2": index * 30 + 16,
                "threads_h": threads_h,
                "threads_y": 125 - threads_h,
                "replies_h": replies_h,
                "replies_y": 125 - replies_h,
            }
        )
    return {"columns": columns, "width": max(len(weeks), 1) * 30 + 8}


@login_required
def network_dashboard(request):
    if not request.user.is_staff:
        raise Http404
    return _render(request, group=None)


@login_required
def group_dashboard(request, slug):
    group = selectors.dashboard_groups(request.user).filter(slug=slug).first()
    if group is None:
        raise Http404
    return _render(request, group=group)


def _render(request, *, group):
    days = _days(request)
    figures = selectors.dashboard(days=days, group=group)
    export = request.GET.get("export")
    if export:
        return _csv(figures, export, group)
    return render(
        request,
        "insights/dashboard.html",
        {
            "group": group,
            "days": days,
            "ranges": RANGES,
            "figures": figures,
            "roles": _bars(figures["composition"]["roles"]),
            "countries": _bars(figures["composition"]["countries"]),
            "organisation_kinds": _bars(figures["composition"]["organisation_kinds"]),
            "weekly": _columns(figures["weekly"]),
            "groups": selectors.dashboard_groups(request.user).order_by("name")
            if request.user.is_staff
            else None,
        },
    )


def _csv(figures, export, group):
    tables = {
        "roles": (
            [_("Role"), _("Members")],
            [(r["label"], r["total"]) for r in figures["composition"]["roles"]],
        ),
        "countries": (
            [_("Country"), _("Members")],
            [(r["label"], r["total"]) for r in figures["composition"]["countries"]],
        ),
        "organisation_kinds": (
            [_("Organisation type"), _("Members")],
            [(r["label"], r["total"]) for r in figures["composition"]["organisation_kinds"]],
        ),
        "growth": (
            [_("Month"), _("Joined"), _("Left")],
            [(r["month"].date().isoformat(), r["joins"], r["leaves"]) for r in figures["growth"]],
        ),
        "weekly": (
            [_("Week"), _("Threads"), _("Replies")],
            [(r["week"].date().isoformat(), r["threads"], r["replies"]) for r in figures["weekly"]],
        ),
        "contributors": (
            [_("Member"), _("Posts")],
            [(r["member"].public_name, r["posts"]) for r in figures["top_contributors"]],
        ),
        "tags": ([_("Tag"), _("Threads")], [(t.name, t.uses) for t in figures["active_tags"]]),
    }
    if export not in tables:
        raise Http404
    header, rows = tables[export]
    return csv_response(f"{group.slug if group else 'network'}-{export}.csv", header, rows)
