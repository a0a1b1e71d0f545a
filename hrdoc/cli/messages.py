"""The command line's words in the terminal's language: ``LC_ALL``, ``LC_MESSAGES``, ``LANG`` (and GNU's
``LANGUAGE``), as :func:`hrdoc.services.languages.messages_language` reads them.

Every message the CLI prints for a person (errors, notes, argparse's complaints about a command line) goes through
:func:`tr`, which looks it up in the interface's catalogue, the same one the desktop app loads: a text the
catalogue holds is printed translated, any other as it is (services' messages are put into words elsewhere). The
catalogue is read as the reports read it, without Qt (:mod:`hrdoc.services.catalogue`), and only the first time a
message is printed in French or Arabic.

Texts written here are marked for ``lupdate`` by being written as ``tr("...")`` (free calls: the empty context,
as in the GUI) or, where they are only named, with ``N_``.
"""

from __future__ import annotations

import argparse
import os
from typing import TYPE_CHECKING

from hrdoc.domain.marks import N_ as N_  # re-exported: the CLI's modules mark their texts with it
from hrdoc.services.catalogue import catalogue as _catalogue
from hrdoc.services.languages import ENGLISH, messages_language

if TYPE_CHECKING:
    from hrdoc.domain.errors import UserError


def language() -> str:
    """The language of this terminal's messages."""
    return messages_language(os.environ)


def tr(text: str, disambiguation: str | None = None) -> str:
    """``text`` in the terminal's language (``text`` itself in English or where the catalogue lacks it)."""
    spoken = language()
    return text if spoken == ENGLISH else _catalogue(spoken).translate(text, disambiguation or "")


# argparse's own words, which it looks up through gettext as it writes them: marked here for the catalogue, and
# looked up in it while a command line is parsed (:func:`argparse_speaks`).
ARGPARSE_TEXTS = (
    N_("usage: "),
    N_("%(prog)s: error: %(message)s\n"),
    N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("invalid %(type)s value: %(value)r"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("expected %s argument"),
    N_("expected %s arguments"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("one of the arguments %s is required"),
    N_("not allowed with argument %s"),
    N_("ignored explicit argument %r"),
    N_("can't open '%(filename)s': %(error)s"),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
)


def _ngettext(singular: str, plural: str, n: int) -> str:
    return tr(singular if n == 1 else plural)


def argparse_speaks() -> None:
    """argparse's words (usage, its errors, its help's headings) in the terminal's language from now on.

    argparse looks its words up through the module-level names it imported from gettext (``_``, ``ngettext``),
    at the moment it writes them; in English they are left alone."""
    if language() == ENGLISH:
        return
    argparse._ = tr  # type: ignore[attr-defined]
    argparse.ngettext = _ngettext  # type: ignore[attr-defined]


# -- counts, numbers and dates ---------------------------------------------------------------------------------


def plural_form(spoken: str, n: int) -> str:
    """Which of its plural forms ``spoken`` gives a count of ``n``, by CLDR's rules: English "one" (1) and
    "other"; French "one" (0 and 1) and "other"; Arabic "one" (1), "two" (2), "few" (3-10 after the hundreds),
    "many" (11-99 after the hundreds) and "other" (0, 100, 101, 102...: the singular after the number)."""
    n = abs(n)
    if spoken == "fr":
        return "one" if n < 2 else "other"
    if spoken == "ar":
        if n in (1, 2):
            return "one" if n == 1 else "two"
        if 3 <= n % 100 <= 10:
            return "few"
        return "many" if 11 <= n % 100 <= 99 else "other"
    return "one" if n == 1 else "other"


class Form:
    """Marks for the catalogue the forms of a count that Arabic has besides the singular and the plural (the
    dual, and the plurals of 3 to 10 and of 11 to 99): each is the English plural under its form's name as the
    disambiguation, so that lupdate extracts it (``Form.tr("{n} witnesses", "two")``) and a translator gives it
    its own words. lupdate files them under the class's name as their context (:data:`FORMS_CONTEXT`), apart
    from the interface's texts. Returns ``text`` unchanged."""

    @staticmethod
    def tr(text: str, form: str) -> str:
        return text


ARABIC_FORMS = ("two", "few", "many")
FORMS_CONTEXT = "Form"


class Counted:
    """A count of things in words, in each language's plural forms (:func:`plural_form`): ``WITNESSES(3)`` is
    "3 witnesses", "3 témoins", "3 شهود"; the number as the language writes it (:func:`number`).

    Declared with its English singular and plural marked ``N_`` and the plural's Arabic forms marked
    ``Form.tr`` (:data:`ARABIC_FORMS`, in that order)."""

    def __init__(self, one: str, other: str, *forms: str) -> None:
        if tuple(forms) != (other,) * len(ARABIC_FORMS):
            raise ValueError(f"{other!r}: mark its forms {ARABIC_FORMS} with Form.tr")
        self.one, self.other = one, other

    def __call__(self, n: int) -> str:
        spoken = language()
        form = plural_form(spoken, n)
        if form == "one":
            words = tr(self.one)
        elif form == "other":
            words = tr(self.other)
        else:
            words = _catalogue(spoken).lookup(self.other, form, FORMS_CONTEXT) or tr(self.other)
        return words.format(n=number(n))


def number(value: float, decimals: int = 0) -> str:
    """A number as the terminal's language writes it: "1,234", "1 234" (French, narrow no-break space)."""
    from hrdoc.services.locale_format import format_number

    return format_number(value, language(), decimals)


def day(value: object) -> str:
    """A date (a ``date``, ``datetime`` or ISO 8601 text) in words in the terminal's language: "27 March 2022",
    "27 mars 2022", "27 آذار/مارس 2022"; text that is not a date, as it is."""
    import datetime as dt

    from hrdoc.services.locale_format import format_date

    if isinstance(value, str):
        try:
            return format_date(dt.date.fromisoformat(value), language())
        except ValueError:
            return value
    return format_date(value, language()) if isinstance(value, dt.date) else str(value)


def moment(value: object) -> str:
    """A moment (a ``datetime`` or ISO 8601 text) as a date in words and a time in UTC: "27 mars 2022, 14:30:05
    UTC"; text that is not a moment, as it is."""
    import datetime as dt

    if isinstance(value, str):
        try:
            when = dt.datetime.fromisoformat(value)
        except ValueError:
            return value
    elif isinstance(value, dt.datetime):
        when = value
    else:
        return str(value)
    if when.tzinfo is not None:
        when = when.astimezone(dt.UTC)
    return tr("{date}, {time} UTC").format(date=day(when), time=when.strftime("%H:%M:%S"))


def words(text: str) -> str:
    """A service's line in the terminal's language: a :class:`~hrdoc.domain.errors.Phrase` (a template marked
    for the catalogue and its parameters) put into words; any other text as the service wrote it."""
    from hrdoc.domain.errors import Phrase

    return text.words(tr) if isinstance(text, Phrase) else text


def written(value: object) -> object:
    """A parameter of a message as the terminal's language writes it, as the GUI's field messages write theirs:
    a day in words (:func:`day`), a :class:`~hrdoc.domain.errors.Number` grouped ("1 500" in French, "1,500" in
    English and Arabic, whose digits are 0-9 as in the GUI and the reports); anything else as it is."""
    import datetime as dt

    from hrdoc.domain.errors import Number

    if type(value) is dt.date:
        return day(value)
    return number(value) if isinstance(value, Number) else value


def error_words(err: UserError) -> str:
    """A user's error in the terminal's language; the fields' messages with their days and numbers
    :func:`written`."""
    from hrdoc.domain.validation import ValidationError

    return err.words(tr, written) if isinstance(err, ValidationError) else err.words(tr)


def quoted(text: str) -> str:
    """``text`` between the quotation marks of the terminal's language: “…”, « … », «…» (docs/glossary.md)."""
    return tr("“{text}”").format(text=text)
