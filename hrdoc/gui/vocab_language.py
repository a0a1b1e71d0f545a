"""The language the GUI asks vocabulary labels in (violation types, event types, kinds of actor): the
interface's. The vocabulary tables keep each term's label in English, French and Arabic (services.vocab)."""

from __future__ import annotations

from PySide6.QtCore import QLocale

_CODES = {QLocale.Language.French: "fr", QLocale.Language.Arabic: "ar"}


def interface_language() -> str:
    """ "en", "fr" or "ar": the language of the default locale, which the interface's language sets at start
    (hrdoc.gui.i18n.install puts its locale in place before any window is made); English for any other."""
    return _CODES.get(QLocale().language(), "en")
