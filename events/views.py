from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from events import caching, calendar, selectors, services
from events.forms import AddAttendeeForm, AgendaItemForm, EventFilterForm, EventForm, MessageForm
from events.models import Registration
from events.suggestions import people_to_meet
from forums import selectors as forum_selectors
from hrnet.ratelimit import rate_limited
from hrnet.spreadsheet import csv_response
from members.models import Member
from members.services import organisation_for_name

WAITLIST_MESSAGE = gettext_lazy(
    "The event is full: you are on the waiting list. We will tell you if a place opens."
)


def event_zone(event):
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(event.time_zone)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: a name too long for a file
        return timezone.get_current_timezone()


def _event_or_404(request, slug):
    event = selectors.event_by_slug(request.user, slug)
    if event is None:
        raise Http404
    return event


def _organised_event_or_404(request, slug):
    event = _event_or_404(request, slug)
    if not selectors.is_organiser(request.user, event):
        raise Http404
    return event


def _organisable_groups(member):
    return forum_selectors.managed_groups(member).order_by("name")


def _can_create_events(member) -> bool:
    return member.is_authenticated and (member.is_staff or _organisable_groups(member).exists())


def event_list(request):
    form = EventFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    page = selectors.event_list(
        request.user,
        when=filters.get("when") or "upcoming",
        country=filters.get("country", ""),
        kind=filters.get("kind", ""),
        event_format=filters.get("format", ""),
        group_slug=filters.get("group", ""),
        page=request.GET.get("page", 1),
    )
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "events/event_list.html",
        {
            "form": form,
            "page": page,
            "query_string": query.urlencode(),
            "can_create": _can_create_events(request.user),
        },
    )


def event_detail(request, slug):
    event = _event_or_404(request, slug)
    registration = selectors.registration_of(request.user, event)
    registered = registration is not None and registration.status == Registration.Status.REGISTERED
    context = {
        "event": event,
        "registration": registration,
        "registered": registered,
        "agenda": selectors.agenda(event),
        "is_organiser": selectors.is_organiser(request.user, event),
    }
    if request.user.is_authenticated:
        context["going"] = selectors.going(event)  # read only when its fragment is not cached
        context["going_cache_key"] = caching.going_key(event)
        if registered and not event.is_past:
            context["people"] = people_to_meet(event, request.user)
        plan = getattr(event, "seating_plan", None) if event.kind == event.Kind.WORLD_CAFE else None
        if plan is not None and registered:
            context["my_tables"] = selectors.personal_schedule(plan, request.user.pk)
    # Times on the page are the event's local times, as the organiser announced them.
    with timezone.override(event_zone(event)):
        return render(request, "events/event_detail.html", context)


@login_required
def create_event(request):
    if not _can_create_events(request.user):
        raise PermissionDenied
    groups = _organisable_groups(request.user)
    form = EventForm(request.POST or None, groups=groups)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        data["host_organisation"] = organisation_for_name(data.pop("host_organisation_name", ""))
        try:
            event = services.create_event(organiser=request.user, data=data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The event has been created."))
            return redirect(event)
    return render(request, "events/event_form.html", {"form": form})


@login_required
def edit_event(request, slug):
    event = _organised_event_or_404(request, slug)
    form = EventForm(
        request.POST or None,
        instance=event,
        groups=(_organisable_groups(request.user) | _same_group(event)).distinct(),
    )
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        data["host_organisation"] = organisation_for_name(data.pop("host_organisation_name", ""))
        try:
            services.update_event(editor=request.user, event=event, data=data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Your changes have been saved."))
            return redirect(event)
    agenda_form = AgendaItemForm(initial={"starts_at": event.starts_at})
    with timezone.override(form.event_timezone()):
        return render(
            request,
            "events/event_form.html",
            {
                "form": form,
                "event": event,
                "agenda_form": agenda_form,
                "agenda": selectors.agenda(event),
            },
        )


def _same_group(event):
    from forums.models import Group

    return Group.objects.filter(pk=event.group_id)


@login_required
@require_POST
def add_agenda_item(request, slug):
    event = _organised_event_or_404(request, slug)
    form = AgendaItemForm(request.POST)
    with timezone.override(event_zone(event)):
        valid = form.is_valid()
    if valid:
        try:
            services.save_agenda_item(organiser=request.user, event=event, data=form.cleaned_data)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Added to the programme."))
    else:
        messages.error(
            request, _("The programme item was not added: check the times and the title.")
        )
    return redirect("events:edit", slug=event.slug)


@login_required
@require_POST
def delete_agenda_item(request, slug, item_id):
    event = _organised_event_or_404(request, slug)
    event.agenda_items.filter(pk=item_id).delete()
    return redirect("events:edit", slug=event.slug)


@login_required
@require_POST
@rate_limited("register")
def register(request, slug):
    event = _event_or_404(request, slug)
    try:
        registration = services.register(member=request.user, event=event)
    except (ValidationError, PermissionDenied) as error:
        messages.error(request, " ".join(getattr(error, "messages", [str(error)])))
    else:
        if registration.status == Registration.Status.WAITLISTED:
            messages.info(
                request,
                WAITLIST_MESSAGE,
            )
        else:
            messages.success(request, _("You are registered. See you there!"))
    return redirect(event)


@login_required
@require_POST
def cancel(request, slug):
    event = _event_or_404(request, slug)
    services.cancel(member=request.user, event=event)
    messages.success(request, _("Your registration has been cancelled."))
    return redirect(event)


def event_ics(request, slug):
    event = _event_or_404(request, slug)
    registration = selectors.registration_of(request.user, event)
    registered = registration is not None and registration.status == Registration.Status.REGISTERED
    response = HttpResponse(
        calendar.event_ics(event, show_online_link=registered),
        content_type="text/calendar; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="{event.slug}.ics"'
    return response


# --- Organisers ---------------------------------------------------------------------------------


@login_required
def attendees(request, slug):
    event = _organised_event_or_404(request, slug)
    form = AddAttendeeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        member = Member.objects.filter(
            email__iexact=form.cleaned_data["email"], is_active=True
        ).first()
        if member is None:
            form.add_error("email", _("No member has that email address."))
        else:
            try:
                services.add_attendee(organiser=request.user, event=event, member=member)
            except PermissionDenied:
                form.add_error(
                    "email",
                    _("%(name)s cannot see this event: it belongs to a private group.")
                    % {"name": member.public_name},
                )
            else:
                messages.success(
                    request, _("%(name)s has been added.") % {"name": member.public_name}
                )
                return redirect("events:attendees", slug=event.slug)
    return render(
        request,
        "events/attendees.html",
        {
            "event": event,
            "registrations": selectors.attendee_list(event),
            "form": form,
        },
    )


@login_required
def attendees_csv(request, slug):
    event = _organised_event_or_404(request, slug)
    header = [
        _("Name"),
        _("Email"),
        _("Organisation"),
        _("Role"),
        _("Status"),
        _("Paid"),
        _("Checked in"),
        _("Table host"),
        _("Registered at"),
    ]
    rows = (
        [
            r.member.public_name,
            r.member.email,
            r.member.organisation.name if r.member.organisation else "",
            r.member.get_role_display(),
            r.get_status_display(),
            _("yes") if r.paid else _("no"),
            r.checked_in_at.isoformat() if r.checked_in_at else "",
            _("yes") if r.is_table_host else _("no"),
            r.created_at.isoformat(),
        ]
        for r in selectors.attendee_list(event)
    )
    return csv_response(f"{event.slug}-attendees.csv", header, rows)


@login_required
def check_in(request, slug):
    event = _organised_event_or_404(request, slug)
    registrations = selectors.attendee_list(event).filter(status=Registration.Status.REGISTERED)
    return render(
        request,
        "events/check_in.html",
        {
            "event": event,
            "registrations": registrations,
            "checked_in": sum(1 for r in registrations if r.checked_in_at),
        },
    )


@login_required
@require_POST
def attendee_action(request, slug, registration_id, action):
    event = _organised_event_or_404(request, slug)
    registration = get_object_or_404(
        Registration.objects.select_related("member", "event"), pk=registration_id, event=event
    )
    actions = {
        "check_in": lambda: services.set_checked_in(
            organiser=request.user, registration=registration, checked_in=True
        ),
        "undo_check_in": lambda: services.set_checked_in(
            organiser=request.user, registration=registration, checked_in=False
        ),
        "paid": lambda: services.set_paid(
            organiser=request.user, registration=registration, paid=True
        ),
        "unpaid": lambda: services.set_paid(
            organiser=request.user, registration=registration, paid=False
        ),
        "host": lambda: services.set_table_host(
            organiser=request.user, registration=registration, host=True
        ),
        "unhost": lambda: services.set_table_host(
            organiser=request.user, registration=registration, host=False
        ),
        "remove": lambda: services.remove_attendee(
            organiser=request.user, event=event, member=registration.member
        ),
    }
    if action not in actions:
        raise Http404
    actions[action]()
    if request.headers.get("HX-Request") == "true" and action in ("check_in", "undo_check_in"):
        registration.refresh_from_db()
        registered = Registration.objects.filter(event=event, status=Registration.Status.REGISTERED)
        count = {
            "done": registered.filter(checked_in_at__isnull=False).count(),
            "total": registered.count(),
        }
        return render(
            request,
            "events/partials/check_in_row.html",
            {"event": event, "registration": registration, "count": count},
        )
    back = "events:check_in" if request.POST.get("back") == "check_in" else "events:attendees"
    return redirect(back, slug=event.slug)


@login_required
def message_attendees(request, slug):
    event = _organised_event_or_404(request, slug)
    form = MessageForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        message = services.message_attendees(
            organiser=request.user,
            event=event,
            subject=form.cleaned_data["subject"],
            body=form.cleaned_data["body"],
            include_waitlist=form.cleaned_data["include_waitlist"],
        )
        messages.success(
            request,
            _("Your message is on its way to %(count)d people.")
            % {"count": message.deliveries.count()},
        )
        return redirect("events:attendees", slug=event.slug)
    return render(request, "events/message_form.html", {"event": event, "form": form})


@login_required
def seating(request, slug):
    event = _organised_event_or_404(request, slug)
    if request.method == "POST":
        try:
            services.plan_seating(organiser=request.user, event=event)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("The seating plan is ready."))
        return redirect("events:seating", slug=event.slug)
    plan = getattr(event, "seating_plan", None)
    return render(
        request,
        "events/seating.html",
        {
            "event": event,
            "plan": plan,
            "rounds": selectors.seating_tables(event, plan) if plan else [],
            "hosts": selectors.attendee_list(event).filter(is_table_host=True),
        },
    )


@login_required
def my_schedule(request, slug):
    event = _event_or_404(request, slug)
    plan = getattr(event, "seating_plan", None)
    if plan is None:
        raise Http404
    schedule = selectors.personal_schedule(plan, request.user.pk)
    if not schedule:
        raise Http404
    people = {
        m.pk: m
        for m in Member.objects.filter(
            pk__in={pid for row in schedule for pid in row["others"]}
        ).select_related("organisation")
    }
    for row in schedule:
        row["people"] = [people[pid] for pid in row["others"] if pid in people]
    return render(request, "events/my_schedule.html", {"event": event, "schedule": schedule})


# --- Calendars ----------------------------------------------------------------------------------


@login_required
def my_calendar(request):
    if request.method == "POST":
        services.reset_calendar_feed(request.user)
        messages.success(
            request, _("Your calendar has a new secret address; the old one no longer works.")
        )
        return redirect("events:my_calendar")
    feed = services.calendar_feed_for(request.user)
    return render(
        request,
        "events/my_calendar.html",
        {
            "feed_url": request.build_absolute_uri(f"/events/calendar/{feed.token}.ics"),
            "events": selectors.my_events(request.user).filter(ends_at__gte=timezone.now()),
        },
    )


def personal_feed(request, token):
    feed = selectors.feed_by_token(token)
    if feed is None or not feed.member.is_active:
        raise Http404
    events = list(
        selectors.my_events(feed.member).filter(pk__in=selectors.visible_events(feed.member))
    )
    registered = set(
        Registration.objects.filter(
            member=feed.member, status=Registration.Status.REGISTERED
        ).values_list("event_id", flat=True)
    )
    return HttpResponse(
        calendar.feed_ics("HRnet", events, registered_event_ids=registered),
        content_type="text/calendar; charset=utf-8",
    )


def group_feed(request, slug):
    group = forum_selectors.group_by_slug(request.user, slug)
    # Calendar apps fetch without a session: only open groups have a public feed.
    if group is None or group.visibility != group.Visibility.OPEN:
        raise Http404
    return HttpResponse(
        calendar.feed_ics(group.name, selectors.group_events(group)),
        content_type="text/calendar; charset=utf-8",
    )
