"""The language the GUI asks vocabulary labels in (violation types, event types, kinds of actor): the
interface's. The vocabulary tables keep each term's label in English, French and Arabic (services.vocab)."""

from __future__ import annotations

from hrdoc.gui import i18n


def interface_language() -> str:
    """ "en", "fr" or "ar": the interface's running language, the one :func:`hrdoc.gui.i18n.install` put in
    place at start (English until then). One source for the catalogue, the layout's direction and these labels."""
    return i18n.running
