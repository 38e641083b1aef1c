"""The text a member sent with a request we could not carry out, to show it back.

Used by the 503 page (database unreachable) and the 429 page (abuse limit): whatever happens,
nothing a member wrote is lost, they can copy it and send it again.
"""

from django.utils.translation import gettext_lazy as _

# Never shown back: secrets, and form plumbing that is not the member's text.
HIDDEN_FIELD_WORDS = ("password", "csrf", "token", "secret")

FIELD_LABELS = {
    "title": _("Title"),
    "body": _("Text"),
    "text": _("Text"),
    "message": _("Message"),
    "description": _("Description"),
    "summary": _("Summary"),
    "tags": _("Tags"),
    "name": _("Name"),
    "subject": _("Subject"),
    "bio": _("About you"),
    "headline": _("Headline"),
}


def submitted_text(request) -> list[dict]:
    """The text fields of a POST, for the member to copy (files and secrets left out)."""
    if request.method != "POST":
        return []
    try:
        items = list(request.POST.lists())
    except Exception:  # an unreadable body: nothing to show back
        return []
    fields = []
    for name, values in items:
        if any(word in name.lower() for word in HIDDEN_FIELD_WORDS):
            continue
        for value in values:
            value = value.strip()
            if not value or value.isdigit():  # ids and choices are not what the member wrote
                continue
            label = FIELD_LABELS.get(name, name.replace("_", " ").capitalize())
            lines = value.count("\n") + 1 + len(value) // 70
            fields.append(
                {"name": name, "label": label, "value": value, "rows": min(14, max(2, lines))}
            )
    return fields
