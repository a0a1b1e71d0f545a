"""The PDF case report: a renderer class with a named stylesheet, page templates and one story per section.

:class:`CaseReportRenderer` turns a :class:`~hrdoc.services.reporting.audience.ReportData` (already
redacted for one audience) into PDF bytes. It never sees a record the audience may not see. Every piece of
user text goes through :func:`~hrdoc.services.reporting.fonts.markup` (escaped, bidi-ordered, script fonts)
before it enters a Paragraph; the only other markup is the report modules' own.

The sections are classes beside this one, each built on :class:`~hrdoc.services.reporting.blocks.ReportBlocks`
(paragraphs, headings, tables): :mod:`.front` (cover, contents, summary), :mod:`.incidents` (chronology,
incidents and allegations), :mod:`.accounts` (witness accounts, claims), :mod:`.annexes` (sources, evidence,
methodology) and :mod:`.figures` (charts); :mod:`.layout` holds the page, the styles and the flowables. This
class puts them in order and lays out the pages.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Callable, Iterator

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate

from hrdoc.domain.marks import N_
from hrdoc.domain.progress import Progress
from hrdoc.services.catalogue import catalogue
from hrdoc.services.reporting import compat
from hrdoc.services.reporting.accounts import AccountSections
from hrdoc.services.reporting.annexes import AnnexSections
from hrdoc.services.reporting.audience import ReportData
from hrdoc.services.reporting.blocks import ReportMeta
from hrdoc.services.reporting.fonts import SANS_BOLD, register_fonts
from hrdoc.services.reporting.front import FrontMatter
from hrdoc.services.reporting.incidents import IncidentSections
from hrdoc.services.reporting.layout import (
    BANNER,
    FRAME_W,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAGE_H,
    PAGE_W,
    RULE,
    _Doc,
    _PageMark,
    _PageNumbers,
    _ReportCanvas,
    stylesheet,
)
from hrdoc.services.reporting.story import LazyStory, Part


class CaseReportRenderer(FrontMatter, IncidentSections, AccountSections, AnnexSections):
    """Renders one redacted case as a PDF: ``write()`` writes the file into a file, ``render()`` returns its
    bytes."""

    def __init__(self, data: ReportData, meta: ReportMeta, labels: dict[str, dict[str, str]] | None = None) -> None:
        register_fonts()
        compat.apply()
        self.data = data
        self.meta = meta
        self.catalogue = catalogue(meta.language)  # the report's own texts in its language (ReportBlocks.say)
        self.labels = labels or {}
        self.styles = stylesheet()
        self._keys = 0
        self._toc: list[tuple[int, str, str]] = []  # (level, markup, key) of each heading, in order
        self._numbers = _PageNumbers()
        self._derived: dict[tuple[str, bool, bool], ParagraphStyle] = {}
        self._made = False  # render() is called once (see there)
        self.incident_numbers = data.incident_numbers  # the same in every audience's report (numbering.py)

    # -- story ----------------------------------------------------------------------------------------

    def parts(self) -> list[Part]:
        """The report's body in parts, in order (each makes its flowables when called)."""
        return [
            self.executive_summary,
            self.chronology,
            *self.incident_parts(),
            *self.account_parts(),
            self.claims,
            *self.source_parts(),
            self.evidence_annex,
            self.methodology,
        ]

    def story(self, tell: Callable[[int, int], None] | None = None) -> Iterator[list[Flowable]]:
        """The whole report in chunks, each made as the layout reaches it (:mod:`.story`): the cover, the body
        part by part, then the table of contents, made from the headings the body left (the layout puts its
        pages after the cover: :class:`~hrdoc.services.reporting.layout._PageNumbers`). ``tell`` is told
        (parts made, in all) before each part."""
        tell = tell or (lambda done, total: None)
        self._keys = 0
        self._toc = []
        parts = self.parts()
        total = len(parts) + 2  # and the cover, and the contents
        tell(0, total)
        yield self.cover()
        yield [_PageMark("body", self._numbers)]
        parts.reverse()
        while parts:  # each part let go of once made (it holds its records)
            tell(total - 1 - len(parts), total)
            yield parts.pop()()
        tell(total - 1, total)
        # The contents and the pages' headers need the case and the audience alone: the records go before
        # the largest allocations of all, the file's (the data is this renderer's: ReportService.render).
        self.data = self.data.bare()
        yield [PageBreak()]
        yield from self.contents()

    # -- pages ----------------------------------------------------------------------------------------

    def _banner(self, canvas: Canvas) -> None:
        banner = self.data.audience.banner
        if not banner:
            return
        text = self.say(banner)
        canvas.setFillColor(BANNER[self.data.audience])
        canvas.rect(0, PAGE_H - 10 * mm, PAGE_W, 10 * mm, stroke=0, fill=1)
        self.furniture(
            canvas, text, PAGE_W / 2, "centre", PAGE_H - 6.4 * mm, font=SANS_BOLD, size=9, color=colors.white
        )

    def _prepared_for(self) -> str:
        return self.say(N_("Prepared for: {audience}")).format(audience=self.say(self.data.audience.label))

    def _case_report(self) -> str:
        return self.say(N_("Case report — {audience}")).format(audience=self.say(self.data.audience.label))

    def _first_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        self._banner(canvas)
        self.furniture(canvas, self._prepared_for(), *self.edge("start"), 11 * mm)
        canvas.restoreState()

    def _later_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        self._banner(canvas)
        case = self.data.case
        top = PAGE_H - (15 * mm if self.data.audience.banner else 12 * mm)
        self.furniture(canvas, case["reference"], *self.edge("start"), top)
        self.furniture(canvas, self._case_report(), *self.edge("end"), top)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, top - 2.5 * mm, PAGE_W - MARGIN_X, top - 2.5 * mm)
        self.furniture(
            canvas, f"{case['reference']} · {self.say(self.data.audience.label)}", *self.edge("start"), 11 * mm
        )
        canvas.restoreState()

    def render(self, progress: Progress | None = None) -> bytes:
        """The PDF, as bytes (:meth:`write`)."""
        buffer = io.BytesIO()
        self.write(buffer, progress)
        return buffer.getvalue()  # the buffer itself, not a copy (nothing else refers to it)

    def write(self, into: compat.Writable, progress: Progress | None = None) -> None:
        """Write the PDF into ``into`` (empty, open for writing), each of its objects as it is formatted: the
        file is never held whole (:mod:`.compat`). ``progress`` is told (parts of the report laid out, in all)
        as the pages are made; a ``Cancelled`` it raises stops the layout, and what was written is not a PDF
        (the caller throws it away). A renderer makes one report: it lets go of the case's records once they
        are laid out (:meth:`story`)."""
        if self._made:
            raise RuntimeError("a CaseReportRenderer makes one report; make another renderer for another")
        self._made = True
        case = self.data.case
        self._numbers = numbers = _PageNumbers(self.say(N_("Page {page} of {pages}")))
        if self.rtl:  # "Page X of Y" shaped, on the left
            numbers.footer_code = self.footer_code
        doc = _Doc(
            into,
            numbers=numbers,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=f"{case['title']} ({case['reference']})",
            subject=self._case_report(),
            author=self.meta.author or self.meta.organisation or "",
            creator="hrdoc",
            producer="hrdoc (ReportLab)",
            keywords="",
            lang=self.language,
        )
        frame = Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_W, PAGE_H - MARGIN_TOP - MARGIN_BOTTOM, id="body")
        doc.addPageTemplates(
            [
                PageTemplate(id="First", frames=[frame], onPage=self._first_page),
                PageTemplate(id="Later", frames=[frame], onPage=self._later_page),
            ]
        )
        told = None if progress is None else _Told(progress)
        # One layout pass (see _PageNumbers). The story is made as the layout consumes it, so only the
        # flowables of the parts being laid out are held, whatever the size of the case.
        doc.build(LazyStory(self.story(told)), canvasmaker=functools.partial(_ReportCanvas, numbers=numbers))
        if told is not None:
            told.finished()


class _Told:
    """Tells ``progress`` (parts of the report laid out, in all), at most once a percent, and when all are."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.total = 0
        self.percent = -1

    def __call__(self, done: int, total: int) -> None:
        self.total = total
        percent = done * 100 // total
        if percent != self.percent:
            self.percent = percent
            self.progress(done, total, "typesetting the report")

    def finished(self) -> None:
        self(self.total, self.total)
