"""The PDF case report: a renderer class with a named stylesheet, page templates and one story per section.

:class:`CaseReportRenderer` turns a :class:`~hrdoc.services.reporting.audience.ReportData` (already
redacted for one audience) into PDF bytes. It never sees a record the audience may not see. Every piece of
user text goes through :func:`~hrdoc.services.reporting.fonts.markup` (escaped, bidi-ordered, script fonts)
before it enters a Paragraph; the only other markup is this module's own.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Circle, Drawing, Line, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from hrdoc.services.reporting import compat
from hrdoc.services.reporting.audience import AccountView, Audience, ReportData
from hrdoc.services.reporting.fonts import (
    SANS,
    SANS_BOLD,
    SANS_ITALIC,
    clean_text,
    has_rtl,
    is_rtl_text,
    markup,
    needs_shaping,
    register_fonts,
    visual_lines,
)

PAGE_W, PAGE_H = A4
CHART_MAX_BARS = 30  # bars in the fatalities chart (18 pt each: the chart must fit on one page)


RenderProgress = Callable[[int, int], bool | None]


class ReportCancelled(Exception):
    """The user cancelled while the report was being made: no report, nothing recorded."""

    def __init__(self) -> None:
        super().__init__("cancelled; no report was made")


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

SECTION_TITLES = {
    "contents": "Contents",
    "summary": "Executive summary",
    "chronology": "Chronology",
    "incidents": "Incidents and allegations",
    "accounts": "Witness accounts",
    "claims": "Parties' claims and responses",
    "sources": "Annex A — Sources",
    "evidence": "Annex B — Evidence",
    "methodology": "Methodology",
}

# The front matter's word on reference numbers (numbering.py), for a report that may have gaps and for an
# internal one, which has none. Always printed, gaps or not, so that the note itself says nothing.
NUMBERING_NOTE = {
    False: "Reference numbers (incidents I1, allegations 1.1, accounts A1, sources S1, evidence E1) are the same "
    "in every version of this report, whatever its audience, so versions can be read side by side. A missing "
    "number is an entry withheld from this audience.",
    True: "Reference numbers (incidents I1, allegations 1.1, accounts A1, sources S1, evidence E1) are the same "
    "in every version of this report, whatever its audience, so versions can be read side by side. Versions for "
    "partners and the public leave gaps where entries are withheld from them.",
}

RELIABILITY = {
    "A": "completely reliable",
    "B": "usually reliable",
    "C": "fairly reliable",
    "D": "not usually reliable",
    "E": "unreliable",
    "F": "reliability cannot be judged",
}
CREDIBILITY = {
    "1": "confirmed",
    "2": "probably true",
    "3": "possibly true",
    "4": "doubtful",
    "5": "improbable",
    "6": "truth cannot be judged",
}


def words(code: str | None) -> str:
    """An enum value as words: ``reasonable_suspicion`` -> ``Reasonable suspicion``."""
    if not code:
        return ""
    text = str(code).replace("_", " ")
    return text[:1].upper() + text[1:]


def stylesheet() -> StyleSheet1:
    """The report's named styles. Every style names a registered, embedded font."""
    register_fonts()
    sheet = StyleSheet1()
    base = ParagraphStyle("Body", fontName=SANS, fontSize=9.5, leading=13.5, textColor=INK, spaceAfter=5)
    sheet.add(base)
    add = sheet.add
    add(ParagraphStyle("Small", parent=base, fontSize=8, leading=10.5, textColor=MUTED, spaceAfter=3))
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

    The report is laid out once. The table of contents keeps room for each page number and notes where it
    goes; when the document is saved, every number is known and is written into the pages then: the page
    numbers of the contents, and "Page X of Y" on every page. Nothing is laid out twice and no page's
    drawing state is held back until the end.
    """

    def __init__(self) -> None:
        self.heading_pages: dict[str, int] = {}
        # (page, right edge, baseline, heading key, style) of each table-of-contents page number
        self.toc_marks: list[tuple[int, float, float, str, ParagraphStyle]] = []

    def write(self, canvas: Canvas) -> None:
        """Add the late numbers to each page's content, as ordinary text (not forms: those would add an
        object per page to the file and extract oddly)."""
        pages = canvas._doc.Pages.pages  # every page so far, in order (ReportLab's PDFDocument)
        late: dict[int, list[str]] = {}
        for page, right, baseline, key, style in self.toc_marks:
            text = str(self.heading_pages.get(key, ""))
            late.setdefault(page, []).append(
                _text_code(canvas, right, baseline, text, style.fontName, style.fontSize, style.textColor)
            )
        total = len(pages)
        for number, page in enumerate(pages, 1):
            footer = f"Page {number} of {total}"
            code = [*late.get(number, []), _text_code(canvas, PAGE_W - MARGIN_X, 11 * mm, footer, SANS, 8, MUTED)]
            page.stream += "q\n" + "\n".join(code) + "\nQ\n"


def _text_code(canvas: Canvas, right: float, baseline: float, text: str, font: str, size: float, color: Any) -> str:
    """PDF content drawing ``text`` right-aligned at ``right`` (a text object: fonts and subsets included)."""
    text_object = canvas.beginText(right - pdfmetrics.stringWidth(text, font, size), baseline)
    text_object.setFont(font, size)
    text_object.setFillColor(color)
    text_object.textOut(text)
    return str(text_object.getCode())


class _TocLine(Flowable):  # type: ignore[misc]
    """One entry of the table of contents: the heading (a link to it) and, in a right-hand column, room for
    its page number, which is written when the document is saved (see :class:`_PageNumbers`)."""

    def __init__(self, text_markup: str, key: str, style: ParagraphStyle, numbers: _PageNumbers) -> None:
        super().__init__()
        self.key = key
        self.style = style
        self.numbers = numbers
        self.paragraph = Paragraph(f'<a href="#{key}">{text_markup}</a>', style)

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
        self.canv.linkRect("", self.key, (self.width - TOC_NUMBER_W, 1, self.width, self.height), relative=1)


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


@dataclass(frozen=True)
class ReportMeta:
    """What the cover says besides the case: who made the report, for whom, when."""

    organisation: str = ""
    author: str = ""
    date: dt.date | None = None


class _ReportCanvas(Canvas):  # type: ignore[misc]
    """Names Noto Sans as the initial font, and writes the late page numbers when the file is saved."""

    def __init__(self, *args: Any, numbers: _PageNumbers, **kwargs: Any) -> None:
        kwargs["initialFontName"] = SANS  # else every page names Helvetica, an unembedded font
        super().__init__(*args, **kwargs)
        self._numbers = numbers

    def save(self) -> None:
        self._numbers.write(self)
        super().save()


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
        self.canv.addOutlineEntry(plain, key, level=level, closed=level > 0)
        self.numbers.heading_pages[key] = self.page


class CaseReportRenderer:
    """Renders one redacted case as a PDF. ``render()`` returns the file's bytes."""

    def __init__(self, data: ReportData, meta: ReportMeta, labels: dict[str, dict[str, str]] | None = None) -> None:
        register_fonts()
        compat.apply()
        self.data = data
        self.meta = meta
        self.labels = labels or {}
        self.styles = stylesheet()
        self._keys = 0
        self._toc: list[tuple[int, str, str]] = []  # (level, markup, key) of each heading, in order
        self._numbers = _PageNumbers()
        self._derived: dict[tuple[str, bool, bool], ParagraphStyle] = {}
        self.incident_numbers = data.incident_numbers  # the same in every audience's report (numbering.py)

    # -- helpers --------------------------------------------------------------------------------------

    def style(self, name: str, text: str, *, rtl: bool = False) -> ParagraphStyle:
        """The named style, shaped with HarfBuzz when ``text`` needs it (Arabic), right-aligned if ``rtl``.

        Only text that needs shaping is shaped: shaping Latin text would turn "fi" into a ligature glyph
        that PDF readers extract and search as "ﬁ".
        """
        shaped = needs_shaping(text)
        if not shaped and not rtl:
            return self.styles[name]
        key = (name, shaped, rtl)
        if key not in self._derived:
            base = self.styles[name]
            self._derived[key] = ParagraphStyle(
                f"{name}{'-shaped' if shaped else ''}{'-rtl' if rtl else ''}",
                parent=base,
                shaping=1 if shaped else 0,
                alignment=TA_RIGHT if rtl else base.alignment,
            )
        return self._derived[key]

    def p(self, text: str | None, style: str = "Body") -> Flowable:
        """A paragraph of user text: escaped; with right-to-left characters, broken into lines in reading
        order before each line is put in visual order, and right-aligned when it reads right to left."""
        plain = str(text or "")
        if has_rtl(plain):
            rtl = is_rtl_text(plain)
            return BidiParagraph(plain, self.style(style, plain, rtl=rtl), rtl=rtl)
        return Paragraph(markup(plain), self.style(style, plain))

    def fixed(self, text_markup: str, style: str = "Body") -> Paragraph:
        """A paragraph of this module's own markup; any user text in it must already be markup()'d."""
        return Paragraph(text_markup, self.style(style, text_markup))

    def heading(self, text: str, level: int, *, user_text: bool = False) -> _Heading:
        self._keys += 1
        key = f"h{self._keys}"
        style = ("H1", "H2", "H3")[level]
        text_markup = markup(text) if user_text else text
        self._toc.append((level, text_markup, key))
        return _Heading(text_markup, text, self.style(style, text), level, key)

    def label(self, code: str | None, vocabulary: str) -> str:
        return self.labels.get(vocabulary, {}).get(code or "", words(code))

    def table(
        self, rows: Sequence[Sequence[Any]], widths: Sequence[float], *, header: bool = True, zebra: bool = True
    ) -> Table:
        table = Table(list(rows), colWidths=list(widths), repeatRows=1 if header else 0, hAlign="LEFT", spaceAfter=6)
        commands: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ]
        if header:
            commands += [("BACKGROUND", (0, 0), (-1, 0), HEAD_BG), ("LINEBELOW", (0, 0), (-1, 0), 0.8, MUTED)]
        if zebra:
            for i in range(2 if header else 1, len(rows), 2):
                commands.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#f7f8fa")))
        table.setStyle(TableStyle([*TABLE_FONT, *commands]))
        return table

    def head_row(self, *titles: str) -> list[Paragraph]:
        return [self.fixed(t, "CellHead") for t in titles]

    def _incidents_in_order(self) -> list[dict[str, Any]]:
        return sorted(self.data.incidents, key=lambda i: (i["start_date"] is None, i["start_date"] or ""))

    def incident_date(self, inc: dict[str, Any]) -> str:
        start, end = inc["start_date"], inc["end_date"]
        if start:
            when = start if not end or end == start else f"{start} to {end}"
            if inc["date_precision"] not in ("exact", "unknown"):
                when += f" ({words(inc['date_precision']).lower()})"
            return str(when)
        return "Date not known"

    def place(self, inc: dict[str, Any]) -> str:
        loc = self.data.locations.get(inc["location_id"] or "")
        if not loc:
            return ""
        name = loc["name"]
        if loc.get("alt_spellings"):  # a place is often spelled several ways (Annefif, Anefis)
            name += f" (also spelled {', '.join(loc['alt_spellings'])})"
        parts = [name, loc["admin2"], loc["admin1"], loc["country_code"]]
        return ", ".join(p for p in parts if p)

    def source_ref(self, source: dict[str, Any]) -> str:
        return f"S{self.data.source_numbers[source['id']]}"

    def gap_note(self, entries: str, *numbers: Iterable[int]) -> list[Flowable]:
        """A line saying why numbers are missing, where some are missing from any of ``numbers`` (never in
        an internal report, which withholds nothing). Only gaps below the highest number shown count:
        entries withheld after the last one shown leave no trace, and the note must not give one."""
        if self.data.audience is Audience.INTERNAL or not any(_has_gap(n) for n in numbers):
            return []
        return [self.fixed(f"Numbers missing here are {entries} withheld from this audience.", "Small")]

    def grade(self, source: dict[str, Any]) -> str:
        return f"{source['reliability'] or '–'}{source['credibility'] or '–'}"

    # -- story ----------------------------------------------------------------------------------------

    def story(self) -> list[Flowable]:
        """The whole report. The body comes first, so that the table of contents knows its headings."""
        self._keys = 0
        self._toc = []
        body: list[Flowable] = []
        for part in (
            self.executive_summary(),
            self.chronology(),
            self.incidents(),
            self.witness_accounts(),
            self.claims(),
            self.sources_annex(),
            self.evidence_annex(),
            self.methodology(),
        ):
            body.extend(part)
        return [*self.cover(), *self.contents(), *body]

    def cover(self) -> list[Flowable]:
        data, meta = self.data, self.meta
        case = data.case
        when = (meta.date or dt.date.today()).isoformat()
        rows = [
            ("Case reference", markup(case["reference"])),
            ("Audience", markup(data.audience.label)),
            ("Date", when),
        ]
        if meta.organisation:
            rows.append(("Organisation", markup(meta.organisation)))
        if meta.author:
            rows.append(("Prepared by", markup(meta.author)))
        meta_table = Table(
            [[self.fixed(k, "Label"), self.fixed(v, "CoverMeta")] for k, v in rows],
            colWidths=[38 * mm, FRAME_W - 38 * mm],
            hAlign="LEFT",
        )
        meta_table.setStyle(
            TableStyle(
                [
                    *TABLE_FONT,
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
                    ("LINEBELOW", (0, -1), (-1, -1), 0.8, ACCENT),
                ]
            )
        )
        audience_text = {
            Audience.PUBLIC: "This report was prepared for the <b>public</b>. It contains only records marked public; "
            "witnesses are identified by pseudonym only and are quoted only with their consent.",
            Audience.PARTNERS: "This report was prepared for <b>partner organisations</b>. It contains public and "
            "restricted records; witness accounts appear only where the witness consented to sharing with partners. "
            "Do not publish or forward it.",
            Audience.INTERNAL: "This report was prepared for <b>internal use</b> by the investigation team. It "
            "contains confidential records. Do not share it outside the team.",
        }[data.audience]
        return [
            Spacer(1, 40 * mm),
            self.fixed("HUMAN RIGHTS CASE REPORT", "CoverKicker"),
            Spacer(1, 4 * mm),
            self.p(case["title"], "CoverTitle"),
            Spacer(1, 10 * mm),
            meta_table,
            Spacer(1, 10 * mm),
            self.fixed(f"Prepared for: {markup(data.audience.label)}", "CoverAudience"),
            self.fixed(audience_text),
            self.fixed(
                "Protected identities (legal names, contacts and residences of witnesses and victims) are never "
                "included in reports.",
                "Small",
            ),
            self.fixed(NUMBERING_NOTE[data.audience is Audience.INTERNAL], "Small"),
            NextPageTemplate("Later"),
            PageBreak(),
        ]

    def contents(self) -> list[Flowable]:
        """The table of contents: one line per heading made so far (call it after the body)."""
        levels = [self.styles["TOC1"], self.styles["TOC2"], self.styles["TOC3"]]
        lines: list[Flowable] = []
        for level, text_markup, key in self._toc:
            style = levels[level]
            if needs_shaping(text_markup):
                style = self._shaped(style)
            lines.append(_TocLine(text_markup, key, style, self._numbers))
        return [self.fixed(SECTION_TITLES["contents"], "H1"), *lines, PageBreak()]

    def _shaped(self, style: ParagraphStyle) -> ParagraphStyle:
        key = (style.name, True, False)
        if key not in self._derived:
            self._derived[key] = ParagraphStyle(f"{style.name}-shaped", parent=style, shaping=1)
        return self._derived[key]

    def key_figures(self) -> list[tuple[str, str]]:
        data = self.data
        figures: list[tuple[str, str]] = [
            ("Incidents", str(len(data.incidents))),
            ("Allegations", str(len(data.allegations))),
        ]
        fatalities = [_best(i, "fatalities") for i in data.incidents]
        known = [f for f in fatalities if f is not None]
        if known:
            figures.append(("Reported fatalities (all incidents, best estimates)", str(sum(known))))
        by_status: dict[str, int] = {}
        individuals = 0
        for victim in data.victims.values():
            if victim["kind"] == "individual":
                individuals += 1
                continue
            count = _best(victim, "count")
            if count is not None:
                by_status[victim["status"]] = by_status.get(victim["status"], 0) + count
        if by_status:
            figures.append(
                ("Victims in groups", "; ".join(f"{n} {words(s).lower()}" for s, n in sorted(by_status.items())))
            )
        if individuals:
            figures.append(("Individual victims recorded", str(individuals)))
        actors = sorted({data.actors[p["actor_id"]]["name"] for p in data.perpetrators})
        if actors:
            figures.append(("Alleged perpetrators", markup("; ".join(actors))))
        figures.append(("Sources cited", str(len(data.sources))))
        figures.append(("Witness accounts included", str(len(data.accounts))))
        figures.append(("Evidence items listed", str(len(data.evidence))))
        return figures

    def executive_summary(self) -> list[Flowable]:
        case = self.data.case
        out: list[Flowable] = [self.heading(SECTION_TITLES["summary"], 0)]
        if case.get("summary"):
            out.extend(self.p(part) for part in str(case["summary"]).split("\n\n"))
        out.append(self.heading("Key figures", 1))
        rows = [[self.fixed(k, "Cell"), self.fixed(f"<b>{v}</b>", "Cell")] for k, v in self.key_figures()]
        out.append(self.table(rows, [75 * mm, FRAME_W - 75 * mm], header=False))
        chart = self.casualty_chart()
        if chart is not None:
            out += [
                Spacer(1, 6),
                KeepTogether(
                    [
                        chart,
                        self.fixed(
                            (
                                "Figure 1. Reported fatalities per incident "
                                "(best estimate; bars labelled by incident number)."
                                if self._fatality_incidents() <= CHART_MAX_BARS
                                else f"Figure 1. Reported fatalities in the {CHART_MAX_BARS} deadliest incidents "
                                "(best estimate; bars labelled by incident number)."
                            ),
                            "Figure",
                        ),
                    ]
                ),
            ]
        return out

    def chronology(self) -> list[Flowable]:
        out: list[Flowable] = [CondPageBreak(60 * mm), self.heading(SECTION_TITLES["chronology"], 0)]
        incidents = self._incidents_in_order()
        if not incidents:
            return [*out, self.fixed("No incidents are recorded for this audience.", "Note")]
        numbers = [self.incident_numbers[inc["id"]] for inc in incidents]
        if numbers != sorted(numbers):
            out.append(
                self.fixed(
                    "Incidents are listed by date; their numbers follow the order in which they were recorded.",
                    "Small",
                )
            )
        out += self.gap_note("incidents", numbers)
        rows: list[list[Any]] = [self.head_row("No.", "Date", "Incident", "Place")]
        for inc in incidents:
            when = markup(self.incident_date(inc))
            if inc["date_as_reported"]:
                when += f'<br/><font size="7" color="#5b6470">{markup(inc["date_as_reported"])}</font>'
            rows.append(
                [
                    self.fixed(f"I{self.incident_numbers[inc['id']]}", "Cell"),
                    self.fixed(when, "Cell"),
                    self.p(inc["title"], "Cell"),
                    self.p(self.place(inc), "Cell"),
                ]
            )
        out.append(self.table(rows, [12 * mm, 48 * mm, FRAME_W - 100 * mm, 40 * mm]))
        timeline = self.timeline()
        if timeline is not None:
            out += [
                Spacer(1, 8),
                KeepTogether([timeline, self.fixed("Figure 2. Timeline of incidents with a known date.", "Figure")]),
            ]
        return out

    def incidents(self) -> list[Flowable]:
        out: list[Flowable] = [PageBreak(), self.heading(SECTION_TITLES["incidents"], 0)]
        if not self.data.incidents:
            out.append(self.fixed("No incidents are recorded for this audience.", "Note"))
        within: dict[str, list[int]] = {}
        for number in self.data.allegation_numbers.values():
            incident, _dot, k = number.partition(".")
            within.setdefault(incident, []).append(int(k))
        out += self.gap_note("incidents or allegations", self.incident_numbers.values(), *within.values())
        for inc in self._incidents_in_order():
            n = self.incident_numbers[inc["id"]]
            out.append(CondPageBreak(50 * mm))
            out.append(self.heading(f"Incident {n}: {inc['title']}", 1, user_text=True))
            facts = [("Date", self.incident_date(inc))]
            if inc["date_as_reported"]:
                facts.append(("Date as reported", inc["date_as_reported"]))
            if self.place(inc):
                facts.append(("Place", self.place(inc)))
            if inc["event_type"]:
                kind = self.label(inc["event_type"], "event_type")
                if inc["event_subtype"]:
                    kind += " — " + self.label(inc["event_subtype"], "event_type")
                facts.append(("Event type", kind))
            fat = _range(inc, "fatalities")
            if fat:
                facts.append(("Reported fatalities", fat))
            if inc["civilian_targeting"] is not None:
                facts.append(("Civilians targeted", "Yes" if inc["civilian_targeting"] else "No"))
            out.append(self.facts_table(facts))
            if inc["description"]:
                out.append(self.p(inc["description"]))
            if self.data.show_notes and inc.get("notes"):
                out.append(self.p("Note: " + inc["notes"], "Note"))
            links = self.data.links_to(incident_id=inc["id"])
            if links:
                out.append(self.fixed("<b>Sources bearing on the incident as a whole</b>", "Small"))
                out.append(self.corroboration(links))
            for allegation in self.data.allegations_of(inc["id"]):
                out.extend(self.allegation(allegation, self.data.allegation_numbers[allegation["id"]]))
        return out

    def facts_table(self, facts: Iterable[tuple[str, str]]) -> Flowable:
        return _Facts([(self.fixed(k, "Label"), self.p(v, "Cell")) for k, v in facts], 38 * mm)

    def allegation(self, allegation: dict[str, Any], number: str) -> list[Flowable]:
        data = self.data
        violation = self.label(allegation["violation_type"], "violation_type")
        out: list[Flowable] = [self.heading(f"Allegation {number}: {violation}", 2, user_text=True)]
        facts: list[tuple[str, str]] = [
            ("Violation", violation),
            ("Assessment", words(allegation["status"])),
            ("Standard of proof", words(allegation["standard_of_proof"])),
        ]
        victims = []
        for av in data.allegation_victims:
            if av["allegation_id"] == allegation["id"]:
                victims.append(_victim_line(data.victims[av["victim_id"]]))
        if victims:
            facts.append(("Victims", "\n".join(victims)))
        perps = [
            _actor_line(data.actors[p["actor_id"]], p["involvement"])
            for p in data.perpetrators
            if p["allegation_id"] == allegation["id"]
        ]
        if perps:
            facts.append(("Alleged perpetrators", "\n".join(perps)))
        out.append(self.facts_table(facts))
        if allegation["description"]:
            out.append(self.p(allegation["description"]))
        if allegation["reasoning"]:
            out.append(self.fixed("<b>Reasoning</b>", "Small"))
            out.append(self.p(allegation["reasoning"]))
        if data.show_notes and allegation.get("notes"):
            out.append(self.p("Note: " + allegation["notes"], "Note"))
        links = data.links_to(allegation_id=allegation["id"])
        out.append(self.fixed("<b>Corroboration</b>", "Small"))
        if links:
            out.append(self.corroboration(links))
        else:
            out.append(self.fixed("No source or account linked for this audience.", "Note"))
        return out

    def corroboration(self, links: list[dict[str, Any]]) -> Table:
        data = self.data
        sources = {s["id"]: s for s in data.sources}
        evidence = {e["id"]: e for e in data.evidence}
        rows: list[list[Any]] = [self.head_row("Source or account", "Grade", "Relation", "Excerpt", "Locator")]
        order = {"supports": 0, "contradicts": 1, "context": 2}
        for lk in sorted(links, key=lambda x: order.get(x["relation"], 3)):
            if lk["source_id"]:
                src = sources[lk["source_id"]]
                item = f"<b>[{self.source_ref(src)}]</b> {markup(src['title'])}"
                grade = self.grade(src)
            elif lk["account_id"]:
                view = data.account(lk["account_id"])
                assert view is not None
                item = f"<b>[A{view.number}]</b> Account of {markup(view.witness['pseudonym'])}"
                grade = "–"
            else:
                ev = evidence[lk["evidence_id"]]
                item = f"<b>[E{data.evidence_numbers[ev['id']]}]</b> {markup(ev['original_filename'])}"
                grade = "–"
            excerpt = self.p(f"“{lk['excerpt']}”" if lk["excerpt"] else "", "Cell")
            if lk["account_id"] and not lk["excerpt"]:
                excerpt = self.fixed("<i>Not quoted (no consent to quote)</i>", "Cell")
            rows.append(
                [
                    self.fixed(item, "Cell"),
                    self.fixed(grade, "Cell"),
                    self.fixed(words(lk["relation"]), "Cell"),
                    excerpt,
                    self.p(lk["locator"], "Cell"),
                ]
            )
        return self.table(rows, [48 * mm, 13 * mm, 20 * mm, FRAME_W - 103 * mm, 22 * mm])

    def witness_accounts(self) -> list[Flowable]:
        data = self.data
        out: list[Flowable] = [CondPageBreak(60 * mm), self.heading(SECTION_TITLES["accounts"], 0)]
        if not data.accounts:
            out.append(
                self.fixed(
                    "No witness account can be included for this audience (visibility or the witnesses' consent).",
                    "Note",
                )
            )
            return out
        out.append(
            self.fixed(
                "Witnesses are identified by pseudonym only. Accounts are quoted only where the audience and the "
                "witness's consent allow it.",
                "Small",
            )
        )
        out += self.gap_note("accounts", (view.number for view in data.accounts))
        for view in data.accounts:
            out.extend(self.account(view))
        return out

    def account(self, view: AccountView) -> list[Flowable]:
        w, v = view.witness, view.version
        out: list[Flowable] = [self.heading(f"Account A{view.number} — witness {w['pseudonym']}", 1, user_text=True)]
        facts = [("Witness", f"{w['pseudonym']} ({words(w['relation']).lower()})")]
        profile = ", ".join(x for x in (words(w["sex"]), words(w["age_group"]).lower()) if x and x.lower() != "unknown")
        if profile:
            facts.append(("Profile", profile))
        method = words(v.get("method"))
        if v.get("interview_date"):
            method += f", {v['interview_date']}"
        facts.append(("Interview", method))
        if v.get("language"):
            lang = v["language"] + (
                f" (translated into {v['translation_language']})" if v.get("translation_language") else ""
            )
            facts.append(("Language", lang))
        for key, title in (
            ("interviewer", "Interviewer"),
            ("interview_place", "Place of interview"),
            ("translator", "Translator"),
        ):
            if v.get(key):
                facts.append((title, v[key]))
        if v.get("version"):
            facts.append(("Version", str(v["version"])))
        out.append(self.facts_table(facts))
        if view.show_words:
            for para in str(v.get("narrative") or "").split("\n\n"):
                if para.strip():
                    out.append(self.p(para))
            for quote in v.get("key_quotes") or []:
                out.append(self.p(f"“{quote}”", "Quote"))
        else:
            out.append(self.fixed(f"Content withheld: {markup(view.withheld_reason)}.", "Note"))
        if self.data.show_notes and view.record.get("notes"):
            out.append(self.p("Note: " + view.record["notes"], "Note"))
        return out

    def claims(self) -> list[Flowable]:
        data = self.data
        out: list[Flowable] = [CondPageBreak(60 * mm), self.heading(SECTION_TITLES["claims"], 0)]
        accuse = [s for s in data.sources if s["stance"] == "accuses"]
        deny = [s for s in data.sources if s["stance"] == "denies"]
        if not accuse and not deny:
            return [*out, self.fixed("No accusations or denials are recorded for this audience.", "Note")]
        out.append(
            self.fixed(
                "Sources that accuse and sources that deny or respond, side by side. Inclusion does not endorse a "
                "claim; see each source's grade in Annex A.",
                "Small",
            )
        )

        def cell(src: dict[str, Any] | None) -> list[Paragraph]:
            if src is None:
                return []
            who = src["author"] or src["publisher"]
            parts = [
                self.fixed(
                    f"<b>[{self.source_ref(src)}]</b> {markup(src['title'])}"
                    + (f" — <i>{markup(who)}</i>" if who else ""),
                    "Cell",
                )
            ]
            seen: set[str] = set()
            for lk in data.links:
                if lk["source_id"] == src["id"] and lk["excerpt"] and lk["excerpt"] not in seen:
                    seen.add(lk["excerpt"])
                    parts.append(self.p(f"“{lk['excerpt']}”", "Cell"))
            return parts

        rows: list[list[Any]] = [self.head_row("Accusations", "Denials and responses")]
        for i in range(max(len(accuse), len(deny))):
            rows.append([cell(accuse[i] if i < len(accuse) else None), cell(deny[i] if i < len(deny) else None)])
        out.append(self.table(rows, [FRAME_W / 2, FRAME_W / 2], zebra=False))
        return out

    def sources_annex(self) -> list[Flowable]:
        data = self.data
        out: list[Flowable] = [PageBreak(), self.heading(SECTION_TITLES["sources"], 0)]
        if not data.sources:
            return [*out, self.fixed("No sources are cited for this audience.", "Note")]
        out.append(
            self.fixed(
                "Grades follow the Admiralty scale: a letter for the source's reliability (A–F) and a digit for the "
                "information's credibility (1–6).",
                "Small",
            )
        )
        out += self.gap_note("sources", data.source_numbers.values())
        for src in data.sources:
            parts = []
            if src["author"]:
                parts.append(markup(src["author"]) + ".")
            parts.append(f"<i>{markup(src['title'])}</i>.")
            pub = ", ".join(x for x in (markup(src["publisher"]), src["publication_date"] or "") if x)
            if pub:
                parts.append(pub + ".")
            if src["url"]:
                parts.append(markup(src["url"]) + ".")
            access = []
            if src["access_date"]:
                access.append(f"Accessed {src['access_date']}")
            if src["archived_url"]:
                access.append(f"archived at {markup(src['archived_url'])}")
            if access:
                parts.append("; ".join(access) + ".")
            grade_words = []
            if src["reliability"]:
                grade_words.append(RELIABILITY[src["reliability"]])
            if src["credibility"]:
                grade_words.append(CREDIBILITY[src["credibility"]])
            detail = f"{words(src['kind'])}; stance: {words(src['stance']).lower()}"
            if src["language"]:
                detail += f"; language: {markup(src['language'])}"
            detail += f"; grade {self.grade(src)}" + (f" ({', '.join(grade_words)})" if grade_words else "")
            body = (
                f'<b>[{self.source_ref(src)}]</b> {" ".join(parts)}<br/><font size="8" color="#5b6470">{detail}</font>'
            )
            out.append(Paragraph(body, self.style("Reference", body)))
            if data.show_notes and src.get("notes"):
                out.append(self.p("Note: " + src["notes"], "Small"))
        return out

    def evidence_annex(self) -> list[Flowable]:
        data = self.data
        out: list[Flowable] = [CondPageBreak(60 * mm), self.heading(SECTION_TITLES["evidence"], 0)]
        if not data.evidence:
            return [*out, self.fixed("No evidence files are listed for this audience.", "Note")]
        out.append(
            self.fixed(
                "Each file is identified by its SHA-256 hash, computed when it was added: a copy whose hash matches "
                "is bit-for-bit the file described.",
                "Small",
            )
        )
        out += self.gap_note("evidence items", data.evidence_numbers.values())
        rows: list[list[Any]] = [self.head_row("No.", "File", "SHA-256", "Acquired")]
        for ev in data.evidence:
            acquired = ", ".join(x for x in ((ev["acquired_at"] or "")[:16].replace("T", " "), ev["acquired_by"]) if x)
            if ev.get("acquired_from"):
                acquired += f" (from {ev['acquired_from']})"
            file_cell = [self.p(ev["original_filename"], "Cell")]
            if ev["description"]:
                file_cell.append(self.p(ev["description"], "Small"))
            if ev["alteration_note"]:
                file_cell.append(self.p("Working copy: " + ev["alteration_note"], "Small"))
            rows.append(
                [
                    self.fixed(f"E{data.evidence_numbers[ev['id']]}", "Cell"),
                    file_cell,
                    self.fixed(_hash_lines(ev["sha256"]), "Hash"),
                    self.p(acquired or "Not recorded", "Cell"),
                ]
            )
        out.append(self.table(rows, [12 * mm, 58 * mm, 52 * mm, FRAME_W - 122 * mm]))
        return out

    def methodology(self) -> list[Flowable]:
        audience = self.data.audience
        rules = {
            Audience.PUBLIC: "only records marked public are included; witness accounts are included only where "
            "the witness consented to sharing beyond the team, and their words are quoted only where the witness "
            "consented to be quoted and the account is marked quotable",
            Audience.PARTNERS: "public and restricted records are included; witness accounts are included only where "
            "the witness consented to sharing with partners",
            Audience.INTERNAL: "all records are included, with the team's working notes",
        }[audience]
        paras = [
            "Incidents, allegations, sources, witness accounts and evidence are recorded in hrdoc, an offline case "
            "manager, and linked to one another: each link says whether a source or account supports, contradicts "
            "or gives context to an allegation, with the passage relied on.",
            "Sources are graded on the Admiralty scale (reliability A–F, credibility 1–6). Each allegation carries "
            "the analyst's assessment (confirmed, likely, possible, unlikely, unknown) and the standard of proof "
            "it reaches, from reasonable suspicion to beyond reasonable doubt, with the reasoning.",
            f"Redaction for this report ({markup(audience.label)}): {rules}. Redaction is structural: what this "
            "audience may not see was never written into this file. Legal names, contacts and residences of "
            "witnesses and victims are never included in any report.",
            "Figures are those reported by the sources cited; where sources differ, the best estimate is given "
            "with the low and high figures beside it.",
            "Incidents (I1…), witness accounts (A1…), sources (S1…) and evidence items (E1…) are numbered in the "
            "order they were recorded, counting every record of the case whatever the audience, and each "
            "allegation by its incident's number and its own within that incident (1.2); so a number means the "
            "same entry in every version of this report. Where a number is missing, the entry is withheld from "
            "this audience; nothing else about it is given. Numbers are those of the case as it stood when the "
            "report was made: deleting a record renumbers those recorded after it.",
        ]
        return [CondPageBreak(50 * mm), self.heading(SECTION_TITLES["methodology"], 0)] + [self.fixed(t) for t in paras]

    # -- figures --------------------------------------------------------------------------------------

    def _fatality_incidents(self) -> int:
        return sum(1 for i in self._incidents_in_order() if _best(i, "fatalities") is not None)

    def casualty_chart(self) -> Drawing | None:
        values = [(f"I{self.incident_numbers[i['id']]}", _best(i, "fatalities")) for i in self._incidents_in_order()]
        data = [(name, v) for name, v in values if v is not None]
        if not data:
            return None
        if len(data) > CHART_MAX_BARS:  # one bar per incident would outgrow the page: keep the deadliest
            keep = {name for name, _v in sorted(data, key=lambda item: -item[1])[:CHART_MAX_BARS]}
            data = [(name, v) for name, v in data if name in keep]
        height = 30 + 18 * len(data)
        drawing = _drawing(FRAME_W, height)
        chart = HorizontalBarChart()
        chart.x, chart.y = 30, 18
        chart.width, chart.height = FRAME_W - 60, height - 26
        chart.data = [[v for _, v in reversed(data)]]
        chart.categoryAxis.categoryNames = [name for name, _ in reversed(data)]
        chart.categoryAxis.labels.fontName = SANS
        chart.categoryAxis.labels.fontSize = 8
        chart.valueAxis.labels.fontName = SANS
        chart.valueAxis.labels.fontSize = 7
        chart.valueAxis.valueMin = 0
        top = max(v for _, v in data)
        step = max(1, -(-top // 5))  # five ticks, whole numbers, the longest bar inside the axis
        chart.valueAxis.valueMax = step * 5 + (step if top == step * 5 else 0)
        chart.valueAxis.valueStep = step
        chart.bars[0].fillColor = ACCENT
        chart.bars[0].strokeColor = None
        chart.barLabels.fontName = SANS
        chart.barLabels.fontSize = 7
        chart.barLabelFormat = "%d"
        chart.barLabels.nudge = 8
        drawing.add(chart)
        return drawing

    def timeline(self) -> Drawing | None:
        dated = [i for i in self._incidents_in_order() if i["start_date"]]
        if not dated:
            return None
        dates = [dt.date.fromisoformat(i["start_date"]) for i in dated]
        first, last = min(dates), max(dates)
        span = max((last - first).days, 1)
        height = 60
        drawing = _drawing(FRAME_W, height)
        left, right, axis_y = 20, FRAME_W - 20, 28
        drawing.add(Line(left, axis_y, right, axis_y, strokeColor=MUTED, strokeWidth=1))
        for k, (inc, day) in enumerate(zip(dated, dates, strict=True)):
            x = left + (right - left) * ((day - first).days / span if len(set(dates)) > 1 else 0.5)
            drawing.add(Circle(x, axis_y, 3.5, fillColor=ACCENT, strokeColor=colors.white))
            up = k % 2 == 0
            drawing.add(
                String(
                    x,
                    axis_y + (9 if up else -16),
                    f"I{self.incident_numbers[inc['id']]}",
                    fontName=SANS_BOLD,
                    fontSize=8,
                    textAnchor="middle",
                    fillColor=INK,
                )
            )
            drawing.add(
                String(
                    x,
                    axis_y + (19 if up else -25),
                    day.isoformat(),
                    fontName=SANS,
                    fontSize=7,
                    textAnchor="middle",
                    fillColor=MUTED,
                )
            )
        return drawing

    # -- pages ----------------------------------------------------------------------------------------

    def _banner(self, canvas: Canvas) -> None:
        text = self.data.audience.banner
        if not text:
            return
        canvas.setFillColor(BANNER[self.data.audience])
        canvas.rect(0, PAGE_H - 10 * mm, PAGE_W, 10 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont(SANS_BOLD, 9)
        canvas.drawCentredString(PAGE_W / 2, PAGE_H - 6.4 * mm, text)

    def _first_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        self._banner(canvas)
        canvas.setFont(SANS, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN_X, 11 * mm, f"Prepared for: {self.data.audience.label}")
        canvas.restoreState()

    def _later_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        self._banner(canvas)
        case = self.data.case
        canvas.setFont(SANS, 8)
        canvas.setFillColor(MUTED)
        top = PAGE_H - (15 * mm if self.data.audience.banner else 12 * mm)
        canvas.drawString(MARGIN_X, top, _ascii_safe(case["reference"]))
        canvas.drawRightString(PAGE_W - MARGIN_X, top, f"Case report — {self.data.audience.label}")
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, top - 2.5 * mm, PAGE_W - MARGIN_X, top - 2.5 * mm)
        canvas.drawString(MARGIN_X, 11 * mm, f"{_ascii_safe(case['reference'])} · {self.data.audience.label}")
        canvas.restoreState()

    def render(self, progress: RenderProgress | None = None) -> bytes:
        """The PDF. ``progress`` is told (parts of the report laid out, in all) as the pages are made; when it
        returns False, :class:`ReportCancelled` is raised and nothing is kept."""
        buffer = io.BytesIO()
        case = self.data.case
        self._numbers = numbers = _PageNumbers()
        doc = _Doc(
            buffer,
            numbers=numbers,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=f"{case['title']} ({case['reference']})",
            subject=f"Case report — {self.data.audience.label} audience",
            author=self.meta.author or self.meta.organisation or "",
            creator="hrdoc",
            producer="hrdoc (ReportLab)",
            keywords="",
            lang="en",
        )
        frame = Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_W, PAGE_H - MARGIN_TOP - MARGIN_BOTTOM, id="body")
        doc.addPageTemplates(
            [
                PageTemplate(id="First", frames=[frame], onPage=self._first_page),
                PageTemplate(id="Later", frames=[frame], onPage=self._later_page),
            ]
        )
        story = self.story()
        if progress is not None:
            doc.setProgressCallBack(_progress_reporter(progress))
        # One layout pass (see _PageNumbers); build() consumes the story as it goes, so flowables already
        # drawn are freed.
        doc.build(story, canvasmaker=functools.partial(_ReportCanvas, numbers=numbers))
        return buffer.getvalue()


def _progress_reporter(progress: RenderProgress) -> Callable[[str, int], None]:
    """ReportLab's build callback turned into (flowables laid out, in all), told at most once a percent."""
    total = 0
    told = -1

    def on(kind: str, value: int) -> None:
        nonlocal total, told
        if kind == "SIZE_EST":
            total = value
        elif kind == "PROGRESS" and total:
            percent = value * 100 // total
            if percent != told:
                told = percent
                if progress(value, total) is False:
                    raise ReportCancelled()

    return on


def _drawing(width: float, height: float) -> Drawing:
    drawing = Drawing(width, height)
    drawing.initialFontName = SANS  # the renderer's starting font; Helvetica otherwise (not embedded)
    return drawing


def _best(record: dict[str, Any], prefix: str) -> int | None:
    for suffix in ("best", "low", "high"):
        value = record.get(f"{prefix}_{suffix}")
        if value is not None:
            return int(value)
    return None


def _range(record: dict[str, Any], prefix: str) -> str:
    low, best, high = (record.get(f"{prefix}_{s}") for s in ("low", "best", "high"))
    if best is None and low is None and high is None:
        return ""
    main = best if best is not None else (low if low is not None else high)
    extra = [f"low {low}" for _ in [0] if low is not None and low != main]
    extra += [f"high {high}" for _ in [0] if high is not None and high != main]
    return f"{main}" + (f" ({', '.join(extra)})" if extra else "")


def _actor_line(actor: dict[str, Any], involvement: str) -> str:
    """An alleged perpetrator: its name, what else it is called, whom it answers to, and its involvement."""
    about = []
    if actor.get("aliases"):
        about.append("also known as " + ", ".join(actor["aliases"]))
    if actor.get("affiliation"):
        about.append(actor["affiliation"])
    about.append(f"{words(involvement).lower()} involvement")
    return f"{actor['name']} ({'; '.join(about)})"


def _victim_line(victim: dict[str, Any]) -> str:
    status = words(victim["status"]).lower()
    described = f" — {victim['description']}" if victim.get("description") else ""
    if victim["kind"] == "individual":
        return f"{victim['label']} (individual victim; {status}){described}"
    counts = _range(victim, "count")
    split = [
        f"{victim[f'count_{k}']} {k}" for k in ("women", "men", "children") if victim.get(f"count_{k}") is not None
    ]
    text = f"{victim['label']}: {counts} {status}" if counts else f"{victim['label']} ({status})"
    if split:
        text += f" ({', '.join(split)})"
    return text + described


def _has_gap(numbers: Iterable[int]) -> bool:
    """Whether a number below the highest of ``numbers`` is missing from them."""
    shown = set(numbers)
    return bool(shown) and len(shown) < max(shown)


def _hash_lines(sha256: str) -> str:
    return "<br/>".join(markup(sha256[i : i + 32]) for i in range(0, len(sha256), 32))


def _ascii_safe(text: str) -> str:
    """Text drawn straight on the canvas (header, footer) is not shaped: keep it to what Noto Sans has."""
    return "".join(c if ord(c) < 0x0600 else "?" for c in str(text))
