"""A user's error in the interface's language (issue 16, point 1).

Services raise :class:`hrdoc.domain.errors.UserError` with an English template and its parameters apart; every
place the GUI shows one says it with :func:`error_text`, which looks the template up in the interface's catalogue
and fills it in. Anything else (a bug's exception, an OS error) is shown as it is.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale

from hrdoc.domain.errors import Number, Phrase, UserError
from hrdoc.gui.i18n import date_text, tr

if TYPE_CHECKING:  # validation imports the record registry, which the unlock dialog comes before
    from hrdoc.domain.validation import FieldError


def error_text(err: BaseException) -> str:
    """``err`` as the user should read it: a :class:`UserError` in the interface's language, anything else as
    ``str(err)``."""
    return err.words(tr) if isinstance(err, UserError) else str(err)


def field_message(error: FieldError) -> str:
    """A field's message alone (shown beside the field) in the interface's language, a day and a number it names
    as the language writes them ("27 mars 2022", not 2022-03-27; "1 234", not 1234)."""
    return error.said(tr, _written)


def _written(value: object) -> object:
    """A day or a number as the interface's language writes it; any other parameter as it is."""
    if type(value) is dt.date:
        return date_text(value)
    return QLocale().toString(int(value)) if isinstance(value, Number) else value


def said(text: str) -> str:
    """A message a service wrote (a :class:`~hrdoc.domain.errors.Phrase`, or a text marked with ``N_``) in the
    interface's language."""
    return text.words(tr) if isinstance(text, Phrase) else tr(text)
