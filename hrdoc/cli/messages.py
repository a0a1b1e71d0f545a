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

from hrdoc.domain.marks import N_ as N_  # re-exported: the CLI's modules mark their texts with it
from hrdoc.services.catalogue import catalogue as _catalogue
from hrdoc.services.languages import ENGLISH, messages_language


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
