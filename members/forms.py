from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from PIL import Image, UnidentifiedImageError

from members.models import DigestFrequency, Member, RoleCategory, SpokenLanguage

MAX_TAGS = 15
MAX_TAG_LENGTH = 50
ALLOWED_AVATAR_FORMATS = {"JPEG", "PNG", "WEBP", "GIF"}
UNREADABLE_PICTURE = _(
    "That file is not a picture we can read. Please upload a JPEG, PNG or WebP photo."
)


class SignupDetailsForm(forms.Form):
    """Extra fields on allauth's sign-up form."""

    display_name = forms.CharField(
        label=_("Your name"),
        max_length=120,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email_consent = forms.BooleanField(
        label=_("Send me the digest and the network's newsletter (you can change this any time)"),
        required=False,
    )

    def clean_display_name(self):
        name = " ".join(self.cleaned_data["display_name"].split())
        if not name:
            raise forms.ValidationError(_("Please tell us your name."))
        return name

    def signup(self, request, user):
        from members import services

        user.display_name = self.cleaned_data["display_name"]
        user.save(update_fields=["display_name"])
        services.set_email_consent(member=user, consent=self.cleaned_data["email_consent"])
        services.refresh_search_vector(user)


class ProfileForm(forms.ModelForm):
    organisation_name = forms.CharField(
        label=_("Organisation"),
        max_length=150,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    expertise_tags = forms.CharField(
        label=_("Expertise"),
        max_length=600,
        required=False,
        help_text=_("Comma-separated, e.g. payroll, labour law, onboarding."),
    )
    languages = forms.MultipleChoiceField(
        label=_("Languages you speak"),
        choices=SpokenLanguage.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    avatar = forms.ImageField(label=_("Photo"), required=False)
    remove_avatar = forms.BooleanField(label=_("Remove my photo"), required=False)

    class Meta:
        model = Member
        fields = [
            "display_name",
            "headline",
            "role",
            "country",
            "city",
            "languages",
            "bio_markdown",
            "linkedin_url",
            "directory_visibility",
            "preferred_language",
        ]
        widgets = {
            "bio_markdown": forms.Textarea(attrs={"rows": 6}),
            "display_name": forms.TextInput(attrs={"autocomplete": "name"}),
        }
        help_texts = {
            "bio_markdown": _("Markdown is supported: **bold**, *italic*, lists and links."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["display_name"].required = True
        self.fields["role"].choices = [("", _("Choose your role"))] + list(RoleCategory.choices)
        self.fields["preferred_language"].choices = [("", _("As my browser says"))] + list(
            settings.LANGUAGES
        )
        if self.instance.pk:
            self.fields["organisation_name"].initial = (
                self.instance.organisation.name if self.instance.organisation_id else ""
            )
            self.fields["expertise_tags"].initial = ", ".join(
                sorted(tag.name for tag in self.instance.expertise.all())
            )

    def clean_display_name(self):
        name = " ".join(self.cleaned_data["display_name"].split())
        if not name:
            raise forms.ValidationError(_("Please tell us your name."))
        return name

    def clean_linkedin_url(self):
        url = self.cleaned_data["linkedin_url"].strip()
        if url and "linkedin.com/" not in url.lower():
            raise forms.ValidationError(
                _(
                    "Enter the address of your LinkedIn profile, e.g. https://www.linkedin.com/in/your-name."
                )
            )
        return url

    def clean_expertise_tags(self):
        raw = self.cleaned_data["expertise_tags"]
        tags, seen = [], set()
        for part in raw.split(","):
            tag = " ".join(part.split())
            if not tag or tag.casefold() in seen:
                continue
            if len(tag) > MAX_TAG_LENGTH:
                raise forms.ValidationError(
                    _("Keep each area of expertise under %(max)d characters.")
                    % {"max": MAX_TAG_LENGTH}
                )
            seen.add(tag.casefold())
            tags.append(tag)
        if len(tags) > MAX_TAGS:
            raise forms.ValidationError(
                _("Choose at most %(max)d areas of expertise.") % {"max": MAX_TAGS}
            )
        return tags

    def clean_avatar(self):
        avatar = self.cleaned_data.get("avatar")
        if not avatar or avatar is False or not hasattr(avatar, "size"):
            return None
        if avatar.size > settings.AVATAR_MAX_BYTES:
            raise forms.ValidationError(
                _("The photo is too large: the maximum is %(mb)d MB.")
                % {"mb": settings.AVATAR_MAX_BYTES // (1024 * 1024)}
            )
        # Judge the file by its content, not its name or the browser's content type.
        try:
            avatar.seek(0)
            with Image.open(avatar) as image:
                image_format = image.format
                image.verify()
        except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
            raise forms.ValidationError(UNREADABLE_PICTURE) from error
        if image_format not in ALLOWED_AVATAR_FORMATS:
            raise forms.ValidationError(UNREADABLE_PICTURE)
        avatar.seek(0)
        return avatar


class DirectorySearchForm(forms.Form):
    q = forms.CharField(label=_("Search"), max_length=100, required=False)
    role = forms.ChoiceField(
        label=_("Role"),
        required=False,
        choices=[("", _("All roles"))] + list(RoleCategory.choices),
    )
    # The blank label comes with the field's lazy choices: copying 250 countries into a list
    # for every request cost more than rendering the rest of the form.
    country = CountryField(blank=True, blank_label=_("All countries")).formfield(
        label=_("Country"), required=False
    )
    tag = forms.SlugField(label=_("Expertise"), max_length=100, required=False)
    organisation = forms.CharField(label=_("Organisation"), max_length=150, required=False)


class InvitationForm(forms.Form):
    email = forms.EmailField(
        label=_("Colleague's email address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "off"}),
    )
    note = forms.CharField(
        label=_("Personal note (optional)"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class EmailConsentForm(forms.Form):
    email_consent = forms.BooleanField(
        label=_("Send me the digest and the network's newsletter"), required=False
    )
    digest_frequency = forms.ChoiceField(
        label=_("Digest of my groups"), choices=DigestFrequency.choices, required=False
    )
    email_on_replies = forms.BooleanField(label=_("Email me replies to my posts"), required=False)
    email_on_mentions = forms.BooleanField(
        label=_("Email me when someone mentions me"), required=False
    )
    event_reminders = forms.BooleanField(
        label=_("Email me reminders of events I go to"), required=False
    )


class DeleteAccountForm(forms.Form):
    class PostChoice:
        KEEP = "keep"
        REMOVE = "remove"

    posts = forms.ChoiceField(
        label=_("What should happen to what you wrote?"),
        choices=[
            (PostChoice.KEEP, _("Keep my posts, shown as written by “Former member”")),
            (PostChoice.REMOVE, _("Remove my posts and replies")),
        ],
        widget=forms.RadioSelect,
        initial=PostChoice.KEEP,
    )
    confirm_email = forms.EmailField(label=_("Type your email address to confirm"))

    def __init__(self, *args, member=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.member = member

    def clean_confirm_email(self):
        email = self.cleaned_data["confirm_email"].strip().lower()
        if self.member is not None and email != self.member.email.lower():
            raise forms.ValidationError(_("That is not the email address of your account."))
        return email
