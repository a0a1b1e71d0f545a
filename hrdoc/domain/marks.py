"""The translation mark, in a module of its own so that anything may use it without importing the record registry
(the unlock dialog is on screen before the registry is imported: tests/gui/test_startup_imports.py)."""

from __future__ import annotations


def N_(text: str) -> str:  # the conventional name (gettext's), which lupdate is told about
    """Marks a text for translation where it is written; it is translated where it is shown (the GUI's ``tr``,
    the CLI's, a report's catalogue). Returns ``text`` unchanged."""
    return text
