"""Hooks other apps answer, so that members never imports them (no import cycles)."""

from django.dispatch import Signal

# Sent with member=...; each receiver returns a dict of that app's personal data for the export.
personal_data_requested = Signal()

# Sent with member=..., keep_posts=bool before a member's personal data is erased. Receivers
# remove (keep_posts=False) or keep, attributed to "former member", what the member wrote.
member_erasing = Signal()
