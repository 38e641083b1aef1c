"""Every user-facing string is translated in sv, da, nb and nl, and the catalogs load."""

from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils import translation

LOCALES = ("sv", "da", "nb", "nl")


@pytest.mark.parametrize("language", LOCALES)
def test_every_message_is_translated_and_none_is_fuzzy(language):
    catalog = polib.pofile(
        str(Path(settings.BASE_DIR) / "locale" / language / "LC_MESSAGES" / "django.po")
    )

    assert [entry.msgid for entry in catalog.untranslated_entries()] == []
    assert [entry.msgid for entry in catalog.fuzzy_entries()] == []


@pytest.mark.parametrize("language", LOCALES)
def test_placeholders_survive_translation(language):
    catalog = polib.pofile(
        str(Path(settings.BASE_DIR) / "locale" / language / "LC_MESSAGES" / "django.po")
    )
    for entry in catalog.translated_entries():
        for placeholder in ("%(name)s", "%(count)d", "%(email)s", "%(group)s", "%(title)s"):
            if placeholder in entry.msgid:
                translated = entry.msgstr or " ".join(entry.msgstr_plural.values())
                assert placeholder in translated, (entry.msgid, translated)


@pytest.mark.parametrize(
    ("language", "expected"),
    [("sv", "Logga in"), ("da", "Log ind"), ("nb", "Logg inn"), ("nl", "Inloggen")],
)
def test_compiled_catalogs_are_used(language, expected):
    with translation.override(language):
        assert translation.gettext("Sign in") == expected
