"""The country picker of every field the record registry declares a country (a place's, an actor's).

A country is stored as its ISO 3166-1 alpha-2 code and nobody should have to know it: the picker lists every
country by its name in the interface's language, "Burkina Faso (BF)" ("مالي (ML)" in Arabic), and finds it by
typing its English, French or Arabic name, another of its names or its code, accents, Arabic vowel marks and case
aside ("allemagne" finds Germany (DE), "cote" Côte d'Ivoire (CI), "bf" Burkina Faso). It is
a :class:`~hrdoc.gui.forms.picker.RecordPicker` (a drop-down whose list is a search), so the keyboard works as in
every other picker: the first letter typed opens the search, Up and Down move, Return picks, Esc closes; the form
reads the code as any drop-down's value. The countries are declared once, in :mod:`hrdoc.domain.countries`.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from hrdoc.domain import countries
from hrdoc.gui.forms.picker import Choice, RecordPicker
from hrdoc.gui.i18n import tr
from hrdoc.gui.vocab_language import interface_language


def country_choices() -> list[Choice]:
    """No country, then every country by its name in the interface's language, each also found by its other
    names (English, French, Arabic, others) and its code."""
    language = interface_language()
    every = [
        Choice(c.label_in(language), c.alpha2, tuple(n for n in c.names if n != c.name_in(language)))
        for c in countries.search("", language)
    ]
    return [Choice(tr("— none —"), None), *every]


class CountryPicker(RecordPicker):
    """A drop-down of countries, searched by typing; its value is the chosen country's code, None for none (the
    record service stores no country as ``""``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(country_choices, what=tr("country"), parent=parent)
        self.setAccessibleDescription(tr("Type a country's name in English, French or Arabic, or its two-letter code"))
