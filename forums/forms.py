from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from forums.models import EmploymentType, Group, GroupMembership, Thread
from members.models import RoleCategory

MAX_TAGS = 8
MAX_TAG_LENGTH = 40
MAX_BODY = 20000


def parse_tags(raw: str) -> list[str]:
    tags, seen = [], set()
    for part in (raw or "").split(","):
        tag = " ".join(part.split()).lstrip("#")
        if tag and tag.casefold() not in seen:
            if len(tag) > MAX_TAG_LENGTH:
                raise forms.ValidationError(
                    _("Keep each tag to at most %(max)d characters.") % {"max": MAX_TAG_LENGTH}
                )
            seen.add(tag.casefold())
            tags.append(tag)
    if len(tags) > MAX_TAGS:
        raise forms.ValidationError(_("Use at most %(max)d tags.") % {"max": MAX_TAGS})
    return tags


class ThreadForm(forms.Form):
    section = forms.ChoiceField(label=_("Section"), choices=Thread.Section.choices)
    title = forms.CharField(label=_("Title"), max_length=200, min_length=5)
    body = forms.CharField(
        label=_("Text"),
        max_length=MAX_BODY,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=_("Markdown: **bold**, *italic*, lists, > quotes and links. Mention with @Name."),
    )
    tags = forms.CharField(
        label=_("Tags"),
        required=False,
        max_length=400,
        help_text=_("Comma-separated, e.g. payroll, GDPR, onboarding."),
    )
    language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES)
    anonymous = forms.BooleanField(
        label=_("Post anonymously"),
        required=False,
        help_text=_(
            "Other members see “a member of this group”. The group's moderators and managers "
            "can still see that you wrote it; each time they do is recorded."
        ),
    )
    job_location = forms.CharField(label=_("Location"), max_length=120, required=False)
    job_country = CountryField(blank=True).formfield(label=_("Country"), required=False)
    job_role = forms.ChoiceField(
        label=_("Role"), required=False, choices=[("", "—")] + list(RoleCategory.choices)
    )
    employment_type = forms.ChoiceField(
        label=_("Employment type"),
        required=False,
        choices=[("", "—")] + list(EmploymentType.choices),
    )
    apply_by = forms.DateField(
        label=_("Apply by"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    apply_url = forms.URLField(
        label=_("Link to the job ad or application"), required=False, assume_scheme="https"
    )

    def clean_title(self):
        title = " ".join(self.cleaned_data["title"].split())
        if len(title) < 5:
            raise forms.ValidationError(_("Give your post a title of at least 5 characters."))
        return title

    def clean_body(self):
        body = self.cleaned_data["body"].replace("\x00", "").replace("\r\n", "\n").strip()
        if len(body) < 10:
            raise forms.ValidationError(_("Write at least a sentence (10 characters or more)."))
        return body

    def clean_tags(self):
        return parse_tags(self.cleaned_data["tags"])

    def clean(self):
        data = super().clean()
        if data.get("section") == Thread.Section.JOB and not data.get("job_location"):
            self.add_error("job_location", _("Where is the job? Give a city or “remote”."))
        return data

    def job_data(self) -> dict:
        return {
            field: self.cleaned_data.get(field)
            for field in (
                "job_location",
                "job_country",
                "job_role",
                "employment_type",
                "apply_by",
                "apply_url",
            )
        }


class ReplyForm(forms.Form):
    body = forms.CharField(
        label=_("Your reply"),
        max_length=MAX_BODY,
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    reply_to = forms.IntegerField(required=False, widget=forms.HiddenInput, min_value=1)
    anonymous = forms.BooleanField(
        label=_("Post anonymously"),
        required=False,
        help_text=_(
            "Other members see “a member of this group”. The group's moderators and managers "
            "can still see that you wrote it; each time they do is recorded."
        ),
    )

    def clean_body(self):
        body = self.cleaned_data["body"].replace("\x00", "").replace("\r\n", "\n").strip()
        if len(body) < 2:
            raise forms.ValidationError(_("Write something before you send your reply."))
        return body


class SummaryForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200, min_length=5)
    body = forms.CharField(
        label=_("Summary"),
        max_length=MAX_BODY,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=_("What did the discussion conclude? Markdown is supported."),
    )
    publish = forms.BooleanField(label=_("Publish in the knowledge portal"), required=False)


class GroupForm(forms.ModelForm):
    class Meta:
        model = Group
        fields = [
            "name",
            "description",
            "parent",
            "kind",
            "visibility",
            "language",
            "country",
            "allows_anonymous_posts",
        ]
        widgets = {"description": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["parent"].queryset = Group.objects.filter(parent__isnull=True).order_by("name")


class WatchLevelForm(forms.Form):
    level = forms.ChoiceField(label=_("Email me about"), choices=GroupMembership.WatchLevel.choices)


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search"), max_length=200, required=False)
    group = forms.SlugField(label=_("Group"), required=False, max_length=140)
    section = forms.ChoiceField(
        label=_("Section"),
        required=False,
        choices=[("", _("All sections"))] + list(Thread.Section.choices),
    )
    tag = forms.SlugField(label=_("Tag"), required=False, max_length=100)
    author = forms.IntegerField(
        required=False, min_value=1, max_value=2**62, widget=forms.HiddenInput
    )
    since = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    until = forms.DateField(
        label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )


class JobFilterForm(forms.Form):
    country = CountryField(blank=True, blank_label=_("All countries")).formfield(
        label=_("Country"), required=False
    )
    role = forms.ChoiceField(
        label=_("Role"), required=False, choices=[("", _("All roles"))] + list(RoleCategory.choices)
    )
    group = forms.SlugField(label=_("Group"), required=False, max_length=140)


class KnowledgeFilterForm(forms.Form):
    q = forms.CharField(required=False, max_length=200)
    group = forms.SlugField(required=False, max_length=140)
    tag = forms.SlugField(required=False, max_length=100)
