"""Two adjustments to ReportLab 5.1, applied once when reports are first rendered. Neither changes a byte of
what ReportLab writes.

A guard around a bug: ``PDFTextObject.setRise`` reads ``self._code[-1]`` to merge consecutive rises, and fails
with IndexError on a text object that has no code yet. That happens when a shaped (HarfBuzz) line starts with
a glyph that has a vertical offset, such as an Arabic kasra at the start of a right-to-left line: a whole
report then fails. An empty code string first gives ReportLab the entry it expects.

An output collector held once: ReportLab writes a file's objects into a list (``PDFFile``) and joins it at the
end, so the finished file is held twice for a moment, 70 MiB for a report of 20,000 allegations (issue 15).
:class:`BufferedFile` writes them into one growing buffer and hands that buffer over as the file. (ReportLab's
commercial digital signatures read the list; hrdoc signs nothing.)
"""

from __future__ import annotations

import io
from typing import Any

from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.textobject import PDFTextObject

_applied = False


class BufferedFile(pdfdoc.PDFFile):  # type: ignore[misc]
    """``PDFFile``, writing into one buffer instead of a list of strings joined at the end."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)  # writes the header into self.strings
        self.buffer = io.BytesIO()
        for written in self.strings:
            self.buffer.write(written)
        self.strings.clear()
        self.write = self.buffer.write

    def format(self, document: Any) -> bytes:
        return self.buffer.getvalue()  # the buffer itself, not a copy (nothing else refers to it)


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
    pdfdoc.PDFFile = BufferedFile  # PDFDocument.format makes its collector by this name
    _applied = True
