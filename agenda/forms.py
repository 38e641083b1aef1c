from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from agenda.models import MAX_POLL_OPTIONS, MIN_POLL_OPTIONS, Poll
from agenda.services import clean_options
from forums.models import Group


class DateTimeLocalInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%dT%H:%M", **kwargs)


class PollForm(forms.Form):
    """A poll; on the new-post form every field is optional and an empty question means no poll."""

    SINGLE, MULTIPLE = "single", "multiple"

    question = forms.CharField(label=_("Question"), max_length=300)
    options = forms.CharField(
        label=_("Options"),
        widget=forms.Textarea(attrs={"rows": 5, "data-poll-options": ""}),
        help_text=_("One option per line: 2 to 20 options."),
    )
    choice_mode = forms.ChoiceField(
        label=_("Members choose"),
        choices=[(SINGLE, _("One option")), (MULTIPLE, _("Several options"))],
        initial=SINGLE,
        widget=forms.RadioSelect(attrs={"data-poll-mode": ""}),
    )
    max_choices = forms.IntegerField(
        label=_("At most this many options"),
        min_value=2,
        max_value=MAX_POLL_OPTIONS,
        required=False,
        help_text=_("For several options; empty: as many as they like."),
    )
    results = forms.ChoiceField(
        label=_("Results"),
        choices=Poll.Results.choices,
        initial=Poll.Results.LIVE,
        widget=forms.RadioSelect,
    )
    is_anonymous = forms.BooleanField(
        label=_("Anonymous votes: nobody sees who voted for what"), required=False
    )
    closes_at = forms.DateTimeField(
        label=_("Closes"),
        required=False,
        widget=DateTimeLocalInput(),
        help_text=_("Empty: open until you close it."),
    )

    def __init__(self, *args, optional: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.optional = optional
        if optional:
            for name in ("question", "options", "choice_mode", "results"):
                self.fields[name].required = False

    @property
    def wants_poll(self) -> bool:
        return bool(self.is_bound and self.cleaned_data.get("question"))

    def clean(self):
        data = super().clean()
        if self.optional and not data.get("question"):
            if (data.get("options") or "").strip():
                self.add_error("question", _("Write the question of the poll."))
            return {}
        if not data.get("question"):
            return data
        options = clean_options((data.get("options") or "").splitlines())
        if not MIN_POLL_OPTIONS <= len(options) <= MAX_POLL_OPTIONS:
            self.add_error("options", _("Give 2 to 20 different options, one per line."))
        data["option_list"] = options
        if data.get("choice_mode") == self.MULTIPLE:
            wanted = data.get("max_choices") or len(options)
            if options and wanted > len(options):
                self.add_error("max_choices", _("That is more than there are options."))
            data["max_choices"] = max(2, min(wanted, len(options) or 2))
        else:
            data["max_choices"] = 1
        data["results"] = data.get("results") or Poll.Results.LIVE
        closes_at = data.get("closes_at")
        if closes_at and closes_at <= timezone.now():
            self.add_error("closes_at", _("The closing time must be in the future."))
        return data

    def poll_data(self) -> dict:
        data = self.cleaned_data
        return {
            "question": data["question"],
            "options": data["option_list"],
            "max_choices": data["max_choices"],
            "results": data["results"],
            "is_anonymous": data.get("is_anonymous", False),
            "closes_at": data.get("closes_at"),
        }


class ProposalForm(forms.Form):
    name = forms.CharField(label=_("Name of the group"), max_length=120)
    purpose = forms.CharField(
        label=_("Purpose"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("What will members discuss, and who is it for? Markdown works."),
    )
    language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES)
    parent = forms.ModelChoiceField(
        label=_("Parent group"),
        queryset=Group.objects.none(),
        required=False,
        empty_label=_("None: a new theme group"),
        help_text=_("For a subgroup: the group it belongs under."),
    )

    def __init__(self, *args, parents=None, **kwargs):
        super().__init__(*args, **kwargs)
        if parents is not None:
            self.fields["parent"].queryset = parents


class MergeForm(forms.Form):
    group = forms.ModelChoiceField(label=_("Existing group"), queryset=Group.objects.none())

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["group"].queryset = Group.objects.exclude(kind=Group.Kind.ALUMNI).order_by(
            "name"
        )


class DeclineForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("The proposer and the supporters read this."),
    )


class TopicForm(forms.Form):
    title = forms.CharField(label=_("Topic"), max_length=200)
    description = forms.CharField(
        label=_("Why it matters (optional)"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class ScheduleTopicForm(forms.Form):
    starts_at = forms.DateTimeField(label=_("Starts"), widget=DateTimeLocalInput())
    ends_at = forms.DateTimeField(label=_("Ends"), required=False, widget=DateTimeLocalInput())
    title = forms.CharField(
        label=_("Title on the programme"),
        max_length=200,
        required=False,
        help_text=_("Empty: the topic as suggested."),
    )

    def clean(self):
        data = super().clean()
        starts, ends = data.get("starts_at"), data.get("ends_at")
        if starts and ends and ends < starts:
            self.add_error("ends_at", _("The item cannot end before it starts."))
        return data
