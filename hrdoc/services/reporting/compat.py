"""A guard around one ReportLab 5.1 bug, applied once when reports are first rendered.

``PDFTextObject.setRise`` reads ``self._code[-1]`` to merge consecutive rises, and fails with IndexError on
a text object that has no code yet. That happens when a shaped (HarfBuzz) line starts with a glyph that has
a vertical offset, such as an Arabic kasra at the start of a right-to-left line: a whole report then fails.
An empty code string first gives ReportLab the entry it expects and changes nothing in the output.
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfgen.textobject import PDFTextObject

_applied = False


def apply() -> None:
    global _applied
    if _applied:
        return
    original = PDFTextObject.setRise

    def set_rise(self: Any, rise: float) -> None:
        if not self._code:
            self._code.append("")
        original(self, rise)

    PDFTextObject.setRise = set_rise
    _applied = True
