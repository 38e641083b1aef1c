from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from events.models import AgendaItem, Event
from forums.models import Group

DATETIME_WIDGET = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")


class EventForm(forms.ModelForm):
    host_organisation_name = forms.CharField(
        label=_("Host organisation"), max_length=150, required=False
    )

    class Meta:
        model = Event
        fields = [
            "title",
            "kind",
            "format",
            "description_markdown",
            "starts_at",
            "ends_at",
            "time_zone",
            "venue",
            "address",
            "city",
            "country",
            "online_url",
            "group",
            "language",
            "capacity",
            "registration_deadline",
            "fee",
            "currency",
            "table_count",
            "round_count",
        ]
        widgets = {
            "starts_at": DATETIME_WIDGET,
            "ends_at": DATETIME_WIDGET,
            "registration_deadline": DATETIME_WIDGET,
            "description_markdown": forms.Textarea(attrs={"rows": 6}),
        }
        help_texts = {
            "capacity": _(
                "Leave empty for no limit. When it is full, people join the waiting list."
            ),
            "table_count": _("World café only: how many tables."),
            "round_count": _("World café only: how many rounds of conversation."),
            "fee": _("At cost price; 0 for free events."),
        }

    def __init__(self, *args, groups=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["group"].queryset = groups if groups is not None else Group.objects.none()
        self.fields["group"].required = False
        self.fields["online_url"].assume_scheme = "https"
        for name in ("starts_at", "ends_at", "registration_deadline"):
            self.fields[name].input_formats = ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"]
        if self.instance.pk and self.instance.host_organisation_id:
            self.fields["host_organisation_name"].initial = self.instance.host_organisation.name

    def full_clean(self):
        # Times are typed in the event's own time zone (an event in Helsinki starts at 09:00
        # Helsinki time), not in the server's.
        with timezone.override(self.event_timezone()):
            super().full_clean()

    def event_timezone(self):
        name = self.data.get(self.add_prefix("time_zone")) or self.instance.time_zone
        try:
            return ZoneInfo(name or settings.TIME_ZONE)
        except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: a name too long for a file
            return ZoneInfo(settings.TIME_ZONE)

    def clean_capacity(self):
        capacity = self.cleaned_data.get("capacity")
        if capacity is not None and capacity < 1:
            raise forms.ValidationError(_("Capacity must be at least 1, or empty for no limit."))
        return capacity

    def clean_time_zone(self):
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        value = self.cleaned_data["time_zone"].strip()
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError, OSError) as error:
            raise forms.ValidationError(_("Unknown time zone, e.g. Europe/Stockholm.")) from error
        return value

    def clean(self):
        data = super().clean()
        starts, ends = data.get("starts_at"), data.get("ends_at")
        if starts and ends and ends < starts:
            self.add_error("ends_at", _("The event cannot end before it starts."))
        deadline = data.get("registration_deadline")
        if starts and deadline and deadline > starts:
            self.add_error(
                "registration_deadline",
                _("The registration deadline must be before the event starts."),
            )
        if data.get("format") in (Event.Format.ONLINE, Event.Format.HYBRID) and not data.get(
            "online_url"
        ):
            self.add_error("online_url", _("Online and hybrid events need a link to join."))
        if data.get("kind") == Event.Kind.WORLD_CAFE and not (
            data.get("table_count") and data.get("round_count")
        ):
            self.add_error("table_count", _("A world café needs tables and rounds."))
        return data


class AgendaItemForm(forms.ModelForm):
    class Meta:
        model = AgendaItem
        fields = ["starts_at", "ends_at", "title", "description", "guest_speaker", "is_keynote"]
        widgets = {
            "starts_at": DATETIME_WIDGET,
            "ends_at": DATETIME_WIDGET,
            "description": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("starts_at", "ends_at"):
            self.fields[name].input_formats = ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"]


class EventFilterForm(forms.Form):
    when = forms.ChoiceField(
        label=_("When"),
        required=False,
        choices=[("upcoming", _("Upcoming")), ("past", _("Past"))],
    )
    country = CountryField(blank=True, blank_label=_("All countries")).formfield(
        label=_("Country"), required=False
    )
    kind = forms.ChoiceField(
        label=_("Type"), required=False, choices=[("", _("All types"))] + list(Event.Kind.choices)
    )
    format = forms.ChoiceField(
        label=_("Format"),
        required=False,
        choices=[("", _("Any format"))] + list(Event.Format.choices),
    )
    group = forms.SlugField(required=False, max_length=140, widget=forms.HiddenInput)


class MessageForm(forms.Form):
    subject = forms.CharField(label=_("Subject"), max_length=150)
    body = forms.CharField(
        label=_("Message"), max_length=5000, widget=forms.Textarea(attrs={"rows": 6})
    )
    include_waitlist = forms.BooleanField(label=_("Also send to the waiting list"), required=False)


class AddAttendeeForm(forms.Form):
    email = forms.EmailField(label=_("Member's email address"))
