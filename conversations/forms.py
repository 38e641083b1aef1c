from django import forms
from django.utils.translation import gettext_lazy as _

from conversations.services import BODY_MAX, SUBJECT_MAX
from moderation.models import Flag


class NewConversationForm(forms.Form):
    subject = forms.CharField(label=_("Subject"), max_length=SUBJECT_MAX)
    body = forms.CharField(
        label=_("Message"),
        max_length=BODY_MAX,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Only the members you write to can read it. Markdown works."),
    )


class ReplyForm(forms.Form):
    body = forms.CharField(
        label=_("Your reply"), max_length=BODY_MAX, widget=forms.Textarea(attrs={"rows": 5})
    )


class ReportForm(forms.Form):
    reason = forms.ChoiceField(label=_("Why are you reporting it?"), choices=Flag.Reason.choices)
    note = forms.CharField(
        label=_("Anything the moderators should know"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Moderators will be able to read this conversation, and only this one. "
            "Every time they open it is recorded."
        ),
    )


class MessagingPreferenceForm(forms.Form):
    accepts_messages_from_strangers = forms.BooleanField(
        label=_("Members who share no group with me may start a conversation with me"),
        required=False,
    )
    email_on_messages = forms.BooleanField(
        label=_("Email me when I get a private message"), required=False
    )
