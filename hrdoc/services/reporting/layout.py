"""The report's page and type: A4 geometry, colours, the named stylesheet, and the flowables and canvas that
lay it out (headings that feed the outline, the table of contents with page numbers, fact tables,
right-to-left paragraphs).
"""

from __future__ import annotations

import itertools
import zlib
from collections.abc import Callable, Iterator
from typing import Any, ClassVar

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import (
    LinkAnnotation,
    PDFArray,
    PDFBase85Encode,
    PDFDictionary,
    PDFPage,
    PDFStream,
    PDFZCompress,
)
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Paragraph
from reportlab.platypus.doctemplate import ActionFlowable

from hrdoc.services.reporting import compat
from hrdoc.services.reporting.audience import Audience
from hrdoc.services.reporting.fonts import (
    SANS,
    SANS_BOLD,
    SANS_ITALIC,
    clean_text,
    markup,
    register_fonts,
    visual_lines,
    without_controls,
)

PAGE_W, PAGE_H = A4


class BidiParagraph(Flowable):  # type: ignore[misc]
    """A paragraph of user text with right-to-left characters: broken into lines in reading order for the
    width it gets, then each line put in visual order (:func:`~hrdoc.services.reporting.fonts.visual_lines`).

    ReportLab alone would break text that is already reordered, so the end of a right-to-left passage would
    land on the first line. Right-aligned when the paragraph reads right to left (``style`` says so).
    """

    def __init__(self, text: str, style: ParagraphStyle, *, rtl: bool) -> None:
        super().__init__()
        self.text = clean_text(text)
        self.style = style
        self.rtl = rtl
        self._inner: Paragraph | None = None
        self._inner_width = -1.0

    def _paragraph(self, width: float) -> Paragraph:
        if self._inner is None or self._inner_width != width:
            style = self.style
            inner = width - style.leftIndent - style.rightIndent
            lines = visual_lines(self.text, inner, style.fontSize, rtl=self.rtl, latin=style.fontName)
            self._inner = Paragraph(markup("\n".join(lines), ordered=True), style)
            self._inner_width = width
        return self._inner

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        width, height = self._paragraph(availWidth).wrap(availWidth, availHeight)
        self.width, self.height = width, height
        return width, height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return list(self._paragraph(availWidth).split(availWidth, availHeight))

    def getSpaceBefore(self) -> float:
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:
        return float(self.style.spaceAfter)

    def draw(self) -> None:
        assert self._inner is not None
        self._inner.drawOn(self.canv, 0, 0)


MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
FRAME_W = PAGE_W - 2 * MARGIN_X

INK = colors.HexColor("#1b1f24")
MUTED = colors.HexColor("#5b6470")
RULE = colors.HexColor("#c8ced6")
HEAD_BG = colors.HexColor("#e9edf2")
ACCENT = colors.HexColor("#1f4e79")
BANNER = {Audience.PARTNERS: colors.HexColor("#9c5700"), Audience.INTERNAL: colors.HexColor("#a4161a")}


# Tables name a font even for empty cells; left unset, it would be Helvetica, which is not embedded.
TABLE_FONT: list[tuple[Any, ...]] = [("FONTNAME", (0, 0), (-1, -1), SANS)]


def stylesheet() -> StyleSheet1:
    """The report's named styles. Every style names a registered, embedded font."""
    register_fonts()
    sheet = StyleSheet1()
    base = ParagraphStyle("Body", fontName=SANS, fontSize=9.5, leading=13.5, textColor=INK, spaceAfter=5)
    sheet.add(base)
    add = sheet.add
    add(ParagraphStyle("Small", parent=base, fontSize=8, leading=10.5, textColor=MUTED, spaceAfter=3))
    add(ParagraphStyle("RunIn", parent=sheet["Small"], keepWithNext=1))  # a run-in heading: "Corroboration"
    add(ParagraphStyle("Cell", parent=base, fontSize=8, leading=10.5, spaceAfter=0))
    add(ParagraphStyle("CellHead", parent=sheet["Cell"], fontName=SANS_BOLD))
    add(ParagraphStyle("Hash", parent=sheet["Cell"], fontSize=7, leading=9, splitLongWords=1))
    add(ParagraphStyle("Note", parent=base, fontName=SANS_ITALIC, textColor=MUTED))
    add(ParagraphStyle("Quote", parent=base, leftIndent=12, rightIndent=12, fontName=SANS_ITALIC, spaceBefore=2))
    add(
        ParagraphStyle(
            "H1",
            parent=base,
            fontName=SANS_BOLD,
            fontSize=16,
            leading=20,
            textColor=ACCENT,
            spaceBefore=4,
            spaceAfter=10,
            keepWithNext=1,
        )
    )
    add(
        ParagraphStyle(
            "H2",
            parent=base,
            fontName=SANS_BOLD,
            fontSize=12.5,
            leading=16,
            textColor=INK,
            spaceBefore=12,
            spaceAfter=6,
            keepWithNext=1,
        )
    )
    add(
        ParagraphStyle(
            "H3",
            parent=base,
            fontName=SANS_BOLD,
            fontSize=10.5,
            leading=14,
            textColor=ACCENT,
            spaceBefore=9,
            spaceAfter=4,
            keepWithNext=1,
        )
    )
    add(ParagraphStyle("Reference", parent=base, leftIndent=22, firstLineIndent=-22))
    add(ParagraphStyle("Label", parent=base, fontName=SANS_BOLD, fontSize=8, leading=10.5, textColor=MUTED))
    add(ParagraphStyle("CoverKicker", parent=base, fontName=SANS_BOLD, fontSize=10, leading=14, textColor=MUTED))
    add(ParagraphStyle("CoverTitle", parent=base, fontName=SANS_BOLD, fontSize=26, leading=32, textColor=ACCENT))
    add(ParagraphStyle("CoverMeta", parent=base, fontSize=11, leading=16))
    add(ParagraphStyle("CoverAudience", parent=base, fontName=SANS_BOLD, fontSize=13, leading=18))
    add(ParagraphStyle("Figure", parent=base, fontSize=8, leading=10.5, textColor=MUTED, alignment=TA_CENTER))
    add(ParagraphStyle("TOC1", parent=base, fontSize=10, leading=15, leftIndent=0, firstLineIndent=0))
    add(ParagraphStyle("TOC2", parent=base, fontSize=9, leading=12.5, leftIndent=14, firstLineIndent=0))
    add(ParagraphStyle("TOC3", parent=base, fontSize=8.5, leading=11.5, leftIndent=28, textColor=MUTED))
    return sheet


class _Heading(Paragraph):  # type: ignore[misc]
    """A heading that enters the table of contents and the PDF outline."""

    def __init__(self, text_markup: str, plain: str, style: ParagraphStyle, level: int, key: str) -> None:
        super().__init__(text_markup, style)
        self.toc = (level, text_markup, plain, key)


TOC_NUMBER_W = 16 * mm  # the page-number column of the table of contents


class _PageNumbers:
    """What only the end of the layout knows (each heading's page, the number of pages), and where it goes.

    The report is laid out once, and its table of contents last: the contents are made from the headings the
    body leaves, and the body is made as the layout reaches it (:mod:`.story`), so they can only follow it.
    When the document is saved, the contents' pages are moved to where a reader finds them, after the cover
    (:meth:`reorder`; no page's layout depends on where it goes), and every number is written into the pages:
    the page numbers of the contents, and "Page X of Y" on every page. Nothing is laid out twice and no
    page's drawing state is held back until the end.
    """

    def __init__(self, footer: str = "Page {page} of {pages}") -> None:
        self.footer = footer  # in the report's language
        self.heading_pages: dict[str, int] = {}  # heading key -> the page it was laid out on
        # (page, right edge, baseline, heading key, style) of each table-of-contents page number
        self.toc_marks: list[tuple[int, float, float, str, ParagraphStyle]] = []
        self.starts: dict[str, int] = {}  # "body", "contents" -> the first page laid out for it (_PageMark)
        # The PDF content of the footer of a right-to-left report (shaped, on the left), instead of _text_code's.
        self.footer_code: Callable[[Canvas, str], str] | None = None

    def reorder(self, pages: int) -> list[int]:
        """Where each of ``pages`` laid out goes: the pages in reading order, as numbers of the layout (from 1).
        The cover, the contents, then the body; the layout made them cover, body, contents."""
        laid_out = list(range(1, pages + 1))
        body, contents = self.starts.get("body"), self.starts.get("contents")
        if body is None or contents is None:  # nothing to move
            return laid_out
        return [*laid_out[: body - 1], *laid_out[contents - 1 :], *laid_out[body - 1 : contents - 1]]

    def write(self, canvas: Canvas) -> None:
        """Put the pages in reading order, then add the late numbers to each page's content, as ordinary text
        (not forms: those would add an object per page to the file and extract oddly)."""
        pages = canvas._doc.Pages.pages  # every page so far, in layout order (ReportLab's PDFDocument)
        order = self.reorder(len(pages))
        pages[:] = [pages[n - 1] for n in order]  # the page tree lists pages by object: links and outline follow
        final = {laid: number for number, laid in enumerate(order, 1)}
        late: dict[int, list[str]] = {}
        for page, right, baseline, key, style in self.toc_marks:
            text = str(final.get(self.heading_pages.get(key, 0), ""))
            late.setdefault(final[page], []).append(
                _text_code(canvas, right, baseline, text, style.fontName, style.fontSize, style.textColor)
            )
        total = len(pages)
        for number, page in enumerate(pages, 1):
            footer = self.footer.format(page=number, pages=total)
            if self.footer_code is not None:
                code = [*late.get(number, []), self.footer_code(canvas, footer)]
            else:
                code = [*late.get(number, []), _text_code(canvas, PAGE_W - MARGIN_X, 11 * mm, footer, SANS, 8, MUTED)]
            page.Contents.late += "q\n" + "\n".join(code) + "\nQ\n"  # (a _PackedStream)


class _PageMark(ActionFlowable):  # type: ignore[misc]
    """Notes the page the layout is on when it reaches this point of the story (``_PageNumbers.starts``).

    An action, not a drawn flowable: it takes no room, and the flowable after it keeps its place at the top of
    a frame (a zero-sized drawn flowable there would give the next one its space before)."""

    def __init__(self, name: str, numbers: _PageNumbers) -> None:
        super().__init__()
        self.name = name
        self.numbers = numbers

    def apply(self, doc: BaseDocTemplate) -> None:
        # A page begun by a page break before this point has begun by now (the layout begins it before it
        # takes the next flowable), so doc.page is the page the story goes on with.
        self.numbers.starts[self.name] = doc.page


def _text_code(canvas: Canvas, right: float, baseline: float, text: str, font: str, size: float, color: Any) -> str:
    """PDF content drawing ``text`` right-aligned at ``right`` (a text object: fonts and subsets included)."""
    text_object = canvas.beginText(right - pdfmetrics.stringWidth(text, font, size), baseline)
    text_object.setFont(font, size)
    text_object.setFillColor(color)
    text_object.textOut(text)
    return str(text_object.getCode())


class _TocLine(Flowable):  # type: ignore[misc]
    """One entry of the table of contents: the heading and, in a right-hand column, room for its page number,
    which is written when the document is saved (see :class:`_PageNumbers`). The whole entry is one link to
    the heading (one annotation: a report of 20,000 allegations has as many entries)."""

    def __init__(self, text_markup: str, key: str, style: ParagraphStyle, numbers: _PageNumbers) -> None:
        super().__init__()
        self.key = key
        self.style = style
        self.numbers = numbers
        self.paragraph = Paragraph(text_markup, style)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        _width, height = self.paragraph.wrap(availWidth - TOC_NUMBER_W, availHeight)
        self.width, self.height = availWidth, height + 1  # 1 pt between entries
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []

    def getSpaceBefore(self) -> float:
        return 0.0  # not the style's: entries sit 1 pt apart, as in a table

    def getSpaceAfter(self) -> float:
        return 0.0

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        # The number's baseline is the first line's (a Paragraph puts it one font size below its top, with
        # ReportLab's default paraFontSizeHeightOffset); x, y are page coordinates (a top-level flowable).
        baseline = y + self.height - self.style.fontSize
        self.numbers.toc_marks.append((canvas.getPageNumber(), x + self.width, baseline, self.key, self.style))
        super().drawOn(canvas, x, y, _sW)

    def draw(self) -> None:
        self.paragraph.drawOn(self.canv, 0, 1)
        # canvas.linkRect("", key, rect, relative=1), with a lighter annotation (there is one per heading).
        canvas = self.canv
        rect = canvas._absRect((0, 1, self.width, self.height), 1)
        canvas._addAnnotation(_TocLink(rect, canvas._bookmarkReference(self.key)))


class _TocLink(LinkAnnotation):  # type: ignore[misc]
    """The link of an entry of the contents, as ``canvas.linkRect`` makes it (no border, no text), its constant
    parts held once by the class instead of by each of them: a report of 20,000 allegations has 32,000."""

    Border = PDFArray([0, 0, 0])
    Contents = ""
    otherkw: ClassVar[dict[str, Any]] = {}  # read only

    def __init__(self, rect: tuple[float, float, float, float], destination: Any) -> None:
        self.Rect = rect
        self.Destination = destination


class _Facts(Flowable):  # type: ignore[misc]
    """Label and value rows, laid out as a two-column table without rules would lay them out.

    A case report has one of these per incident, allegation and account (1,600 in a case of 1,000
    allegations); as ReportLab Tables they cost several times more, since a Table wraps every cell again to
    draw it.
    """

    PAD = 1.5  # above and below each row
    GAP = 6  # right of the label column, as a Table's default cell padding

    def __init__(self, rows: list[tuple[Flowable, Flowable]], label_width: float, space_after: float = 5) -> None:
        super().__init__()
        self.rows = rows
        self.label_width = label_width
        self.spaceAfter = space_after
        self._heights: list[tuple[float, float, float]] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        value_width = availWidth - self.label_width - self.GAP
        self._heights = []
        for label, value in self.rows:
            _w, label_h = label.wrap(self.label_width - self.GAP, availHeight)
            _w, value_h = value.wrap(value_width, availHeight)
            self._heights.append((label_h, value_h, max(label_h, value_h) + 2 * self.PAD))
        self.width = availWidth
        self.height = sum(row for _l, _v, row in self._heights)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        used, fit = 0.0, 0
        for _l, _v, row in self._heights:
            if used + row > availHeight:
                break
            used += row
            fit += 1
        if fit == 0 or fit == len(self.rows):
            return []
        return [
            _Facts(self.rows[:fit], self.label_width, 0),
            _Facts(self.rows[fit:], self.label_width, self.spaceAfter),
        ]

    def draw(self) -> None:
        top = self.height
        for (label, value), (label_h, value_h, row) in zip(self.rows, self._heights, strict=True):
            label.drawOn(self.canv, 0, top - self.PAD - label_h)
            value.drawOn(self.canv, self.label_width, top - self.PAD - value_h)
            top -= row


class TableRows(Flowable):  # type: ignore[misc]
    """A long table whose rows are made as the layout reaches them, a page or so at a time.

    A ReportLab ``Table`` holds every row's cells from the start, and the layout wraps them all (the chronology
    of a case of 20,000 allegations is one table of 8,000 rows: 32,000 paragraphs, some 100 MiB while it is laid
    out; issue 15). Here ``make(rows, first)`` makes the table of its head and ``rows`` (``first``: the number,
    from 0, of the first of them in the whole table, for its stripes), and rows are taken from ``rows`` only
    until the table made is taller than the space the layout offers. Split, the part that fits is that table's
    own first part, and the rest is again a :class:`TableRows`: the pages come out row for row as the whole
    table's would, since ReportLab splits a table at the last row that fits, counted from its head.
    """

    BATCH = 48  # rows taken at a time (a page of the chronology holds about 30)

    def __init__(
        self,
        make: Callable[[list[list[Any]], int], Flowable],
        rows: Iterator[list[Any]] | None,
        *,
        space_after: float,
        first: int = 0,
        taken: list[list[Any]] | None = None,
        made: Flowable | None = None,
    ) -> None:
        super().__init__()
        self.make = make
        self.rows = rows  # None once every row is taken
        self.first = first
        self.taken = taken or []  # rows taken and not yet laid out
        self.spaceAfter = space_after
        self._made = made  # the table of ``taken``, if made

    def _table(self) -> Flowable:
        if self._made is None:
            self._made = self.make(self.taken, self.first)
        return self._made

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        canvas = getattr(self, "canv", None)
        while True:
            width, height = self._table().wrapOn(canvas, availWidth, availHeight)
            if height > availHeight or self.rows is None:
                self.width, self.height = width, height
                return width, height
            more = list(itertools.islice(self.rows, self.BATCH))
            if len(more) < self.BATCH:
                self.rows = None
            if more:
                self.taken += more
                self._made = None

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        parts: list[Flowable] = self._table().splitOn(getattr(self, "canv", None), availWidth, availHeight)
        if len(parts) != 2:
            return parts
        fits = len(parts[0]._cellvalues) - parts[0].repeatRows  # of ``taken``, those in the part that fits
        # The rest begins as ReportLab's own rest of the table (its rows' heights known): a table is made again
        # only when more rows are needed.
        rest = TableRows(
            self.make,
            self.rows,
            space_after=self.spaceAfter,
            first=self.first + fits,
            taken=self.taken[fits:],
            made=parts[1],
        )
        return [parts[0], rest]

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        self._table().drawOn(canvas, x, y, _sW)


class _PackedStream(PDFStream):  # type: ignore[misc]
    """A page's content, packed from the end of its page until the file is written.

    ReportLab keeps every page's content as text until it writes the file: about 10 KB a page here, 85 MiB
    for a report of 8,400 pages. Packed with zlib's fastest level when the page ends, it is unpacked one page
    at a time as the file is written, into the stream ReportLab would have written: the same filters (its
    own), the same bytes, with what :meth:`_PageNumbers.write` adds at the end (``late``). What every page's
    stream has alike (an empty dictionary, which formatting copies) is held by the class.
    """

    __Comment__ = "page stream"  # as ReportLab names its page streams
    dictionary = PDFDictionary()  # read only: PDFStream.format copies it

    def __init__(self, text: str, filters: list[Any] | None) -> None:  # not PDFStream's: nothing per page
        self.filters = filters
        self.packed = zlib.compress(text.encode("utf8"), 1)
        self.late = ""

    def format(self, document: Any) -> bytes:
        self.content = zlib.decompress(self.packed).decode("utf8") + self.late
        self.packed = b""  # a document is formatted once: the page's memory goes as the file grows
        try:
            return bytes(super().format(document))
        finally:
            self.content = ""  # unpacked for this page only


class _ReportCanvas(Canvas):  # type: ignore[misc]
    """Names Noto Sans as the initial font, packs each page's content as the page ends (:class:`_PackedStream`),
    writes the late page numbers when the file is saved, and the file into the file object it is given as it
    is formatted (:func:`~hrdoc.services.reporting.compat.writing_into`)."""

    def __init__(self, *args: Any, numbers: _PageNumbers, **kwargs: Any) -> None:
        kwargs["initialFontName"] = SANS  # else every page names Helvetica, an unembedded font
        super().__init__(*args, **kwargs)
        self._numbers = numbers

    def showPage(self) -> None:
        super().showPage()
        page = self._doc.Pages.pages[-1]
        # The filters PDFPage.check_format would give the page's stream (it leaves a Contents set here alone).
        filters = [PDFBase85Encode, PDFZCompress] if rl_config.useA85 else [PDFZCompress]
        page.Contents = _PackedStream(page.stream, filters if page.compression else None)
        page.stream = None  # the text, packed
        _Page.slim(page)

    def save(self) -> None:
        self._numbers.write(self)
        with compat.writing_into(self._filename):  # the file written as it is formatted, never held whole
            super().save()


class _Page(PDFPage):  # type: ignore[misc]
    """A page laid out, held until the file is written with only what it does not share with every page.

    ReportLab's page sets each of its ~20 optional entries to None and its own empty transition, colour and
    shading dictionaries (1.9 KB a page, 14,000 pages in a report of 20,000 allegations); here the class holds
    them. It formats as the page it was: the same entries, the same bytes."""

    TRANSITION = PDFDictionary({})  # no transition: read only, formatted as every page's own
    ExtGState = None
    _shadingUsed: ClassVar[dict[str, Any]] = {}  # read only, as PDFPage's _colorsUsed (it misnames this one)

    @classmethod
    def slim(cls, page: PDFPage) -> None:
        entries = page.__dict__
        for key in [k for k, v in entries.items() if v is None or (not v and k in _SHARED_WHEN_EMPTY)]:
            del entries[key]  # the class's None, or PDFPage's empty dictionary, instead
        if isinstance(page.Trans, PDFDictionary) and not page.Trans.dict:
            page.Trans = cls.TRANSITION
        page.__class__ = cls


for _entry in PDFPage.__NoDefault__:
    setattr(_Page, _entry, None)
_SHARED_WHEN_EMPTY = frozenset(("_colorsUsed", "_shadingUsed", "hasImages"))  # PDFPage's: {}, {}, 0


class _Doc(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, *args: Any, numbers: _PageNumbers, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.numbers = numbers

    def afterFlowable(self, flowable: Flowable) -> None:
        toc = getattr(flowable, "toc", None)
        if toc is None:
            return
        level, _text_markup, plain, key = toc
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(without_controls(plain), key, level=level, closed=level > 0)
        self.numbers.heading_pages[key] = self.page
