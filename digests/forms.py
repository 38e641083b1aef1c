from django import forms
from django.utils.translation import gettext_lazy as _


class NewsletterForm(forms.Form):
    subject = forms.CharField(label=_("Subject"), max_length=150)
    intro = forms.CharField(
        label=_("Introduction"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Markdown is supported."),
    )
    items = forms.MultipleChoiceField(
        label=_("Include"), required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, newsletter, **kwargs):
        kwargs.setdefault(
            "initial",
            {
                "subject": newsletter.subject,
                "intro": newsletter.intro_markdown,
                "items": [str(i) for i in range(len(newsletter.items))],
            },
        )
        super().__init__(*args, **kwargs)
        self.fields["items"].choices = [
            (str(index), item["title"]) for index, item in enumerate(newsletter.items)
        ]
