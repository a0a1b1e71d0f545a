"""The languages hrdoc speaks, and which one a person wants, without Qt: shared by the GUI (which adds Qt's
locale and translators, :mod:`hrdoc.gui.i18n`), the command line and the reports.

The interface's catalogues are compiled by the build (``make``, or a wheel's build: setup.py) from
``resources/translations/hrdoc_LANG.ts`` into the package, ``hrdoc/resources/translations/hrdoc_LANG.qm``.
English is the language of the source texts and has no catalogue.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

ENGLISH = "en"
# Each language named in its own language, as a person looks for it in a list.
LANGUAGES: tuple[tuple[str, str], ...] = ((ENGLISH, "English"), ("fr", "Français"), ("ar", "العربية"))
CODES = frozenset(code for code, _name in LANGUAGES)
RIGHT_TO_LEFT = frozenset({"ar"})

CATALOGUES = Path(__file__).resolve().parents[1] / "resources" / "translations"


def language_of(locale_name: str | None) -> str | None:
    """The language hrdoc speaks for a locale name ("fr_FR.UTF-8", "ar-SY", "fr", "en_GB@euro"), or None if it
    speaks none of it ("de_DE", "C", "")."""
    if not locale_name:
        return None
    code = locale_name.replace("-", "_").split("_")[0].split(".")[0].split("@")[0].lower()
    return code if code in CODES else None


def catalogue(language: str) -> Path | None:
    """The compiled catalogue of ``language``'s interface texts; None for English (the source texts)."""
    return None if language == ENGLISH else CATALOGUES / f"hrdoc_{language}.qm"


def messages_language(environ: Mapping[str, str]) -> str:
    """The language of a terminal's messages, as POSIX and GNU gettext choose it: the first of ``LC_ALL``,
    ``LC_MESSAGES`` and ``LANG`` that is set (not empty) is the locale; "C" or "POSIX" (or none) is English. Unless
    the locale is C, GNU's ``LANGUAGE`` (a list by preference, "fr:en") comes first, its first language hrdoc
    speaks. A locale in no language hrdoc speaks gives English."""
    locale_name = next((environ[name] for name in ("LC_ALL", "LC_MESSAGES", "LANG") if environ.get(name)), "")
    if locale_name.split(".")[0] in ("", "C", "POSIX"):
        return ENGLISH
    for wanted in environ.get("LANGUAGE", "").split(":"):
        if (found := language_of(wanted)) is not None:
            return found
    return language_of(locale_name) or ENGLISH
