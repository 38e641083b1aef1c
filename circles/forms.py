from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from circles.models import DAY_PARTS, SLOTS, WEEKDAYS, CircleRound, Experience, slot_label
from circles.services import LARGEST_CIRCLE, MAX_THEMES, clean_themes

DATETIME_WIDGET = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")


class RoundForm(forms.ModelForm):
    themes_text = forms.CharField(
        label=_("Themes offered"),
        required=False,  # an empty box gets the message below, not "This field is required"
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("One theme a line, e.g. “Difficult conversations”. Members choose from these."),
    )

    class Meta:
        model = CircleRound
        fields = [
            "title",
            "description_markdown",
            "min_size",
            "max_size",
            "signup_deadline",
            "cadence_weeks",
            "meeting_count",
            "weekday",
            "meeting_time",
            "duration_minutes",
            "time_zone",
            "format",
            "place",
        ]
        widgets = {
            "signup_deadline": DATETIME_WIDGET,
            "meeting_time": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "description_markdown": forms.Textarea(attrs={"rows": 5}),
        }
        help_texts = {
            "description_markdown": _("What intervision is and what members commit to (Markdown)."),
            "place": _("A meeting room, or the link of the online meeting room."),
        }

    def clean_themes_text(self):
        themes = clean_themes(self.cleaned_data["themes_text"].splitlines())
        if not themes:
            raise forms.ValidationError(_("Offer at least one theme."))
        if len(themes) > MAX_THEMES:
            raise forms.ValidationError(
                _("Offer at most %(number)s themes.") % {"number": MAX_THEMES}
            )
        return themes

    def clean_signup_deadline(self):
        deadline = self.cleaned_data["signup_deadline"]
        if deadline <= timezone.now():
            raise forms.ValidationError(_("The sign-up deadline must be in the future."))
        return deadline

    def clean_time_zone(self):
        name = self.cleaned_data["time_zone"].strip()
        try:
            ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError) as error:
            raise forms.ValidationError(
                _("Unknown time zone. Use a name like Europe/Stockholm.")
            ) from error
        return name

    def clean(self):
        data = super().clean()
        low, high = data.get("min_size"), data.get("max_size")
        if low is not None and low < 2:
            self.add_error("min_size", _("A circle needs at least two people."))
        if low is not None and high is not None and high < low:
            self.add_error("max_size", _("The largest circle cannot be smaller than the smallest."))
        if high is not None and high > LARGEST_CIRCLE:
            self.add_error(
                "max_size",
                _("Circles of more than %(number)s people are too big for intervision.")
                % {"number": LARGEST_CIRCLE},
            )
        for field, low_value, high_value in (
            ("cadence_weeks", 1, 12),
            ("meeting_count", 1, 24),
            ("duration_minutes", 30, 480),
        ):
            value = data.get(field)
            if value is not None and not low_value <= value <= high_value:
                self.add_error(
                    field,
                    _("Choose a number from %(low)s to %(high)s.")
                    % {"low": low_value, "high": high_value},
                )
        return data

    def service_data(self) -> dict:
        data = {field: self.cleaned_data[field] for field in self.Meta.fields}
        data["themes"] = self.cleaned_data["themes_text"]
        return data


class SignUpForm(forms.Form):
    themes = forms.MultipleChoiceField(
        label=_("Themes you want to work on"),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one theme you want to work on.")},
    )
    experience = forms.ChoiceField(
        label=_("Your experience in HR"),
        choices=Experience.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose your experience level.")},
    )
    availability = forms.MultipleChoiceField(
        label=_("When you can meet"),
        choices=[(slot, slot_label(slot)) for slot in SLOTS],
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Tick at least one time of the week when you can meet.")},
    )
    note = forms.CharField(
        label=_("Anything the organisers should know (optional)"),
        max_length=300,
        required=False,
    )

    def __init__(self, *args, round_: CircleRound, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["themes"].choices = [(theme, theme) for theme in round_.themes]

    def availability_grid(self):
        """Rows of (weekday label, [(day part label, checkbox)]) for a table of checkboxes."""
        boxes = {box.data["value"]: box for box in self["availability"]}
        return [
            (
                day_label,
                [(part_label, boxes[f"{day}-{part}"]) for part, part_label in DAY_PARTS],
            )
            for day, day_label in WEEKDAYS
        ]


class MoveForm(forms.Form):
    signup = forms.IntegerField(widget=forms.HiddenInput)
    circle = forms.IntegerField(required=False)
