from django import forms
from django.utils.translation import gettext_lazy as _

from alumni.models import AlumniMembership, AlumniNetwork

DATE_WIDGET = forms.DateInput(attrs={"type": "date"})


class NetworkForm(forms.Form):
    organisation_name = forms.CharField(label=_("Company"), max_length=150)
    name = forms.CharField(label=_("Network name"), max_length=150)
    admin_email = forms.EmailField(label=_("First network admin (member's email)"))
    purpose = forms.CharField(
        label=_("What the network offers"), widget=forms.Textarea(attrs={"rows": 4}), required=False
    )
    guidelines = forms.CharField(
        label=_("Guidelines alumni accept when they join"),
        widget=forms.Textarea(attrs={"rows": 6}),
        required=False,
        help_text=_("Markdown is supported."),
    )
    join_policy = forms.ChoiceField(
        label=_("How people join"), choices=AlumniNetwork.JoinPolicy.choices
    )


class NetworkSettingsForm(forms.Form):
    purpose = forms.CharField(
        label=_("What the network offers"), widget=forms.Textarea(attrs={"rows": 4}), required=False
    )
    guidelines = forms.CharField(
        label=_("Guidelines"), widget=forms.Textarea(attrs={"rows": 8}), required=False
    )
    join_policy = forms.ChoiceField(
        label=_("How people join"), choices=AlumniNetwork.JoinPolicy.choices
    )


BINARY_SIGNATURES = (b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x7fELF", b"MZ")


def looks_like_text(head: bytes) -> bool:
    if head.startswith(BINARY_SIGNATURES):
        return False
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True  # UTF-16 (Excel's "Unicode text"): NUL bytes are expected
    # Stray NUL bytes happen in real exports (they are stripped on import); other control
    # characters in quantity mean a binary file.
    control = sum(1 for byte in head if 0 < byte < 9 or 13 < byte < 32)
    return control <= len(head) // 30


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("Leaver register (CSV)"),
        help_text=_(
            "A CSV export with name, email, department, start and end date. "
            "Excel's CSV and UTF-8 both work."
        ),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > 10 * 1024 * 1024:
            raise forms.ValidationError(_("The file is larger than 10 MB."))
        # Judge the file by its first bytes, not its name: a workbook renamed to .csv is common.
        head = upload.read(2048)
        upload.seek(0)
        if head.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
            raise forms.ValidationError(
                _(
                    "This is an Excel workbook, not a CSV file. In Excel choose "
                    "File → Save as → CSV UTF-8, then upload that file."
                )
            )
        if not looks_like_text(head):
            raise forms.ValidationError(
                _("This file is not a CSV text file. Export the leaver register as CSV.")
            )
        return upload


class AlumniProfileForm(forms.ModelForm):
    class Meta:
        model = AlumniMembership
        fields = ["department", "started_on", "ended_on", "open_to_returning", "returning_areas"]
        widgets = {"started_on": DATE_WIDGET, "ended_on": DATE_WIDGET}
        help_texts = {
            "returning_areas": _("E.g. payroll, HR business partnering, the Oslo office.")
        }

    def clean(self):
        data = super().clean()
        if (
            data.get("started_on")
            and data.get("ended_on")
            and data["ended_on"] < data["started_on"]
        ):
            self.add_error("ended_on", _("The end date is before the start date."))
        return data


class JoinRequestForm(forms.Form):
    department = forms.CharField(
        label=_("Department you worked in"), max_length=120, required=False
    )
    started_on = forms.DateField(label=_("Started"), required=False, widget=DATE_WIDGET)
    ended_on = forms.DateField(label=_("Left"), required=False, widget=DATE_WIDGET)
    accept = forms.BooleanField(label=_("I accept the network's guidelines"))

    def clean(self):
        data = super().clean()
        if (
            data.get("started_on")
            and data.get("ended_on")
            and data["ended_on"] < data["started_on"]
        ):
            self.add_error("ended_on", _("The end date is before the start date."))
        return data


class AcceptGuidelinesForm(forms.Form):
    accept = forms.BooleanField(label=_("I accept the network's guidelines"))
