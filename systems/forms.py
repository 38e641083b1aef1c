from datetime import date

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from members.models import RoleCategory
from systems.models import Affiliation, Category, OrganisationSize, System
from systems.selectors import FILTER_COUNTRIES

MONTHS = [
    ("", "—"),
    (1, _("January")),
    (2, _("February")),
    (3, _("March")),
    (4, _("April")),
    (5, _("May")),
    (6, _("June")),
    (7, _("July")),
    (8, _("August")),
    (9, _("September")),
    (10, _("October")),
    (11, _("November")),
    (12, _("December")),
]


def country_choices(empty_label):
    return [("", empty_label)] + [(code, countries.name(code)) for code in FILTER_COUNTRIES]


class CatalogueSearchForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=100)
    category = forms.ChoiceField(
        label=_("Category"), required=False, choices=[("", _("All categories"))] + Category.choices
    )
    country = forms.ChoiceField(label=_("Used in"), required=False, choices=())

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = country_choices(_("All countries"))


class FiguresFilterForm(forms.Form):
    country = forms.ChoiceField(label=_("Country"), required=False, choices=())
    size = forms.ChoiceField(
        label=_("Organisation size"),
        required=False,
        choices=[("", _("All sizes"))] + OrganisationSize.choices,
    )
    role = forms.ChoiceField(
        label=_("Role"), required=False, choices=[("", _("All roles"))] + RoleCategory.choices
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = country_choices(_("All countries"))


class DeclarationForm(forms.Form):
    since_month = forms.TypedChoiceField(
        label=_("In use since (month)"),
        required=False,
        choices=MONTHS,
        coerce=int,
        empty_value=None,
    )
    since_year = forms.IntegerField(
        label=_("In use since (year)"), required=False, min_value=1970, max_value=2100
    )
    satisfaction = forms.TypedChoiceField(
        label=_("How satisfied are you?"),
        required=False,
        coerce=int,
        empty_value=None,
        choices=[
            (5, _("5 – very satisfied")),
            (4, _("4 – satisfied")),
            (3, _("3 – neutral")),
            (2, _("2 – dissatisfied")),
            (1, _("1 – very dissatisfied")),
        ],
        widget=forms.RadioSelect,
    )
    organisation_size = forms.ChoiceField(
        label=_("Size of your organisation"),
        required=False,
        choices=[("", "—")] + OrganisationSize.choices,
    )
    strengths = forms.CharField(
        label=_("Strengths"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("What works well? Markdown is allowed."),
    )
    weaknesses = forms.CharField(
        label=_("Weaknesses"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("What would you warn a colleague about? Markdown is allowed."),
    )
    moved_from = forms.ModelChoiceField(
        label=_("What did you use before?"),
        required=False,
        queryset=System.objects.none(),
        empty_label=_("Nothing / I don't know"),
    )
    moved_from_reason = forms.CharField(
        label=_("Why did you switch?"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    may_contact = forms.BooleanField(
        label=_("Other members may ask me about it in a private message"), required=False
    )

    def __init__(self, *args, system: System, can_rate: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["moved_from"].queryset = (
            System.objects.filter(status=System.Status.ACCEPTED, category=system.category)
            .exclude(pk=system.pk)
            .order_by("name")
        )
        if not can_rate:
            del self.fields["satisfaction"]

    def clean(self):
        data = super().clean()
        month, year = data.get("since_month"), data.get("since_year")
        if bool(month) != bool(year):
            raise forms.ValidationError(_("Give both the month and the year, or neither."))
        data["since"] = date(year, month, 1) if month and year else None
        if data["since"] and data["since"] > timezone.localdate():
            self.add_error("since_year", _("“In use since” cannot be in the future."))
        if data.get("moved_from_reason") and not data.get("moved_from"):
            self.add_error(
                "moved_from", _("Choose what you moved from, or leave the reason empty.")
            )
        return data


class AffiliationForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("How are you connected to the vendor?"), choices=Affiliation.Kind.choices
    )


class ProposalForm(forms.Form):
    name = forms.CharField(label=_("Name of the system or provider"), max_length=120)
    category = forms.ChoiceField(label=_("Category"), choices=Category.choices)
    vendor = forms.CharField(label=_("Vendor or provider"), max_length=120)
    country = forms.ChoiceField(label=_("Vendor's country"), required=False, choices=())
    website = forms.URLField(label=_("Website"), required=False, assume_scheme="https")
    note = forms.CharField(
        label=_("Anything the administrators should know?"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = [("", "—")] + list(countries)


class CompareForm(forms.Form):
    a = forms.ModelChoiceField(
        label=_("First system"), queryset=System.objects.none(), to_field_name="slug"
    )
    b = forms.ModelChoiceField(
        label=_("Second system"), queryset=System.objects.none(), to_field_name="slug"
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        accepted = System.objects.filter(status=System.Status.ACCEPTED).order_by("name")
        self.fields["a"].queryset = accepted
        self.fields["b"].queryset = accepted

    def clean(self):
        data = super().clean()
        if data.get("a") and data.get("b") and data["a"].pk == data["b"].pk:
            raise forms.ValidationError(_("Choose two different systems."))
        return data


class MergeForm(forms.Form):
    duplicate = forms.ModelChoiceField(
        label=_("Duplicate (will redirect)"), queryset=System.objects.none()
    )
    keep = forms.ModelChoiceField(label=_("Entry to keep"), queryset=System.objects.none())

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        live = System.objects.filter(
            status__in=[System.Status.ACCEPTED, System.Status.PROPOSED]
        ).order_by("name")
        self.fields["duplicate"].queryset = live
        self.fields["keep"].queryset = live
