"""Two adjustments to ReportLab 5.1, applied once when reports are first rendered. Neither changes a byte of
what ReportLab writes.

A guard around a bug: ``PDFTextObject.setRise`` reads ``self._code[-1]`` to merge consecutive rises, and fails
with IndexError on a text object that has no code yet. That happens when a shaped (HarfBuzz) line starts with
a glyph that has a vertical offset, such as an Arabic kasra at the start of a right-to-left line: a whole
report then fails. An empty code string first gives ReportLab the entry it expects.

An output collector that is not held: ReportLab writes a file's objects into a list (``PDFFile``) and joins it
at the end, then writes the whole file where it goes, so the finished file is held twice for a moment, 70 MiB
for a report of 20,000 allegations (issue 15). :class:`BufferedFile` writes each object, as it is formatted,
straight into the file a report's canvas saves to (:func:`writing_into`), and ReportLab is then handed an
empty file to write; for other documents it writes them into one growing buffer, handed over as the file.
(ReportLab's commercial digital signatures read the list; hrdoc signs nothing.)
"""

from __future__ import annotations

import contextlib
import contextvars
import io
from collections.abc import Callable, Iterator
from typing import Any, Protocol

from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.textobject import PDFTextObject

_applied = False


class Writable(Protocol):
    """Where a PDF is written: a binary file, or what stands for one."""

    def write(self, data: bytes, /) -> int: ...


# Where the document being saved in this thread writes its file as it is formatted (see writing_into).
_INTO: contextvars.ContextVar[Writable | None] = contextvars.ContextVar("hrdoc_pdf_into", default=None)


@contextlib.contextmanager
def writing_into(into: Writable) -> Iterator[None]:
    """While a document is saved in this block, its objects are written into ``into`` as they are formatted
    (offsets are counted from where the file begins: ``into`` must be empty), and ReportLab gets an empty
    file to write at the end."""
    token = _INTO.set(into)
    try:
        yield
    finally:
        _INTO.reset(token)


class BufferedFile(pdfdoc.PDFFile):  # type: ignore[misc]
    """``PDFFile``, writing into the file being saved (:func:`writing_into`), else into one buffer, instead of a
    list of strings joined at the end."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)  # writes the header into self.strings
        into = _INTO.get()
        self.buffer: io.BytesIO | None = None
        self.write: Callable[[bytes], int] = into.write if into is not None else self._buffered
        for written in self.strings:
            self.write(written)
        self.strings.clear()

    def _buffered(self, data: bytes) -> int:
        if self.buffer is None:
            self.buffer = io.BytesIO()
        return self.buffer.write(data)

    def format(self, document: Any) -> bytes:
        if self.buffer is None:
            return b""  # written already
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
