"""The building blocks every section of the report uses: paragraphs of user text (escaped, shaped, in reading
order), headings, tables, dates, places and reference numbers. :class:`ReportBlocks` is the base of the
section classes that :class:`~hrdoc.services.reporting.renderer.CaseReportRenderer` combines.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from typing import Any, ClassVar

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from hrdoc.domain import countries
from hrdoc.domain.enums import DatePrecision, VictimStatus, label
from hrdoc.domain.marks import N_
from hrdoc.services.catalogue import Catalogue
from hrdoc.services.languages import ENGLISH, RIGHT_TO_LEFT
from hrdoc.services.locale_format import format_date, format_month, format_number
from hrdoc.services.reporting.audience import Audience, ReportData
from hrdoc.services.reporting.fonts import (
    SANS,
    has_rtl,
    is_rtl_text,
    isolate,
    markup,
    needs_shaping,
    ordered_markup,
    quotation,
    without_controls,
)
from hrdoc.services.reporting.layout import (
    FRAME_W,
    HEAD_BG,
    MARGIN_X,
    MUTED,
    PAGE_W,
    RULE,
    TABLE_FONT,
    BidiParagraph,
    TableRows,
    _Facts,
    _Heading,
    _PageNumbers,
)

# The styles whose paragraphs of user text keep their own direction's alignment in a right-to-left report (a
# French description is left-aligned there); the others (table cells, labels) are right-aligned whatever they hold.
_RUNNING_TEXT = frozenset({"Body", "Quote", "Note"})
_TABLE_AFTER = 6  # space below a table (pt)

# The report's own texts are English, marked with N_ where they are written (so that lupdate extracts them into the
# interface's catalogue) and put in the report's language by ReportBlocks.say where they are printed.
SECTION_TITLES = {
    "contents": N_("Contents"),
    "summary": N_("Executive summary"),
    "chronology": N_("Chronology"),
    "incidents": N_("Incidents and allegations"),
    "accounts": N_("Witness accounts"),
    "claims": N_("Parties' claims and responses"),
    "sources": N_("Annex A — Sources"),
    "evidence": N_("Annex B — Evidence"),
    "methodology": N_("Methodology"),
}

# The separators of lists within a sentence: French puts a no-break space before ";", Arabic has its own marks.
COMMA, SEMICOLON = N_(", "), N_("; ")
# A number of victims and what happened to them ("1 killed"): French words the fate as the victim's, in the
# feminine singular ("Tuée"), so it cannot follow a number there.
COUNTED = N_("{number} {status}")
# What happened to a group of more than one victim, with their number ("24 killed"): French words it in the feminine
# plural ("tuées (24)"), where the fate alone (COUNTED) is the feminine singular of one victim.
GROUP_FATES = {
    VictimStatus.KILLED: N_("{number} killed"),
    VictimStatus.INJURED: N_("{number} injured"),
    VictimStatus.DISAPPEARED: N_("{number} disappeared"),
    VictimStatus.DETAINED: N_("{number} detained"),
    VictimStatus.DISPLACED: N_("{number} displaced"),
    VictimStatus.OTHER: N_("{number} other"),
    VictimStatus.UNKNOWN: N_("{number} unknown"),
}

# Why numbers are missing from a list, by what the list numbers (ReportBlocks.gap_note): whole sentences, as translated.
GAP_NOTES = {
    "incidents": N_("Numbers missing here are incidents withheld from this audience."),
    "incidents or allegations": N_("Numbers missing here are incidents or allegations withheld from this audience."),
    "accounts": N_("Numbers missing here are accounts withheld from this audience."),
    "sources": N_("Numbers missing here are sources withheld from this audience."),
    "evidence items": N_("Numbers missing here are evidence items withheld from this audience."),
}


def words(code: str | None, choices: type[StrEnum] | None = None) -> str:
    """A value of a closed set in words, as its enum declares them (:func:`hrdoc.domain.enums.label`):
    ``reasonable_suspicion`` -> "Reasonable suspicion", ``ngo_report`` -> "NGO report"; ``choices``, the enum."""
    return label(str(code), choices) if code else ""


def inline(text: str) -> str:
    """Words within a sentence: the first letter in lower case, unless it starts an acronym ("NGO report")."""
    return text if text[1:2].isupper() else text[:1].lower() + text[1:]


@dataclass(frozen=True)
class ReportMeta:
    """What the cover says besides the case: who made the report, for whom, when; and the report's language
    (one of :data:`hrdoc.services.languages.CODES`), whatever the interface's."""

    organisation: str = ""
    author: str = ""
    date: dt.date | None = None
    language: str = ENGLISH


def _best(record: dict[str, Any], prefix: str) -> int | None:
    for suffix in ("best", "low", "high"):
        value = record.get(f"{prefix}_{suffix}")
        if value is not None:
            return int(value)
    return None


def _has_gap(numbers: Iterable[int]) -> bool:
    """Whether a number below the highest of ``numbers`` is missing from them."""
    shown = set(numbers)
    return bool(shown) and len(shown) < max(shown)


class Template(str):
    """One of the report's own texts in its language (:meth:`ReportBlocks.say`): the one place where values enter
    its templates. ``format`` and ``join`` set each value apart (:func:`~.fonts.isolate`), so "Annefif (ويُكتب
    أيضاً Anefis، Anéfis)، Gao" keeps its brackets and separators where an Arabic reader expects them, and an
    Arabic place name leading an English line leaves the line left to right. :class:`RtlText` in a right-to-left
    report."""

    __slots__ = ()
    rtl: ClassVar[bool] = False

    def format(self, /, *args: object, **kwargs: object) -> str:
        return super().format(*map(self._isolated, args), **{k: self._isolated(v) for k, v in kwargs.items()})

    def join(self, items: Iterable[str], /) -> str:
        return super().join(isolate(item, self.rtl) for item in items)

    def _isolated(self, value: object) -> object:
        return isolate(value, self.rtl) if isinstance(value, str) else value


class RtlText(Template):
    __slots__ = ()
    rtl = True


class RtlParagraph(BidiParagraph):
    """A paragraph of a right-to-left report: the report's own markup (with user text in it already
    :func:`~hrdoc.services.reporting.fonts.markup`'d), every line reading right to left, broken into lines in
    reading order and each put in display order with its tags (:func:`~.fonts.ordered_markup`)."""

    def _paragraph(self, width: float) -> Paragraph:
        if self._inner is None or self._inner_width != width:
            style = self.style
            inner = width - style.leftIndent - style.rightIndent
            lines = ordered_markup(self.text, inner, style.fontSize, rtl=True, latin=style.fontName)
            self._inner = Paragraph(lines, style)
            self._inner_width = width
        return self._inner


class _RtlHeading(RtlParagraph):
    """A heading of a right-to-left report, which enters the table of contents and the outline (:class:`_Heading`)."""

    def __init__(self, text_markup: str, plain: str, style: ParagraphStyle, level: int, key: str) -> None:
        super().__init__(text_markup, style, rtl=True)
        self.toc = (level, text_markup, plain, key)


class _RtlFacts(_Facts):
    """Label and value rows mirrored: the label on the right, its value on its left."""

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return [
            _RtlFacts(part.rows, part.label_width, part.spaceAfter) for part in super().split(availWidth, availHeight)
        ]

    def draw(self) -> None:
        top = self.height
        value_width = self.width - self.label_width - self.GAP
        for (name, value), (label_h, value_h, row) in zip(self.rows, self._heights, strict=True):
            name.drawOn(self.canv, value_width + self.GAP + self.GAP, top - self.PAD - label_h)
            value.drawOn(self.canv, 0, top - self.PAD - value_h)
            top -= row


class ReportBlocks:
    """What the sections share: the case data, the styles, and helpers that turn data into flowables."""

    data: ReportData
    meta: ReportMeta
    labels: dict[str, dict[str, str]]
    styles: StyleSheet1
    incident_numbers: dict[str, int]
    _keys: int
    _toc: list[tuple[int, str, str]]
    _numbers: _PageNumbers
    _derived: dict[tuple[str, bool, bool], ParagraphStyle]
    catalogue: Catalogue  # the report's language's (hrdoc.services.catalogue)

    @property
    def language(self) -> str:
        return self.meta.language

    @property
    def rtl(self) -> bool:
        """Whether the report's language reads right to left (Arabic): its pages are mirrored."""
        return self.meta.language in RIGHT_TO_LEFT

    def say(self, text: str) -> str:
        """One of the report's own texts (N_-marked where it is written) in the report's language, as a
        :class:`Template` (values inserted into it are set apart)."""
        said = self.catalogue.translate(text)
        return RtlText(said) if self.rtl else Template(said)

    def comma(self) -> str:
        return self.say(COMMA)

    def semicolon(self) -> str:
        return self.say(SEMICOLON)

    def quote(self, text: str) -> str:
        """User text in quotation marks, as the report's language quotes (docs/glossary.md): « … » with no-break
        spaces in French; guillemets around right-to-left text in every language (:func:`fonts.quotation`)."""
        if self.language == "fr" and not is_rtl_text(text):
            return f"«\u00a0{text}\u00a0»"
        return quotation(text)

    def fate(self, status: str, count: int | None, number: str) -> str:
        """What happened to ``count`` victims (``number``, that count as printed: "24", "24 (low 20)"), agreeing
        with the count: :data:`GROUP_FATES` for more than one victim, else :data:`COUNTED`."""
        if count is not None and count > 1 and status in GROUP_FATES:
            return self.say(GROUP_FATES[VictimStatus(status)]).format(number=number)
        return self.say(COUNTED).format(number=number, status=inline(self.words(status, VictimStatus)))

    def bold(self, text: str) -> str:
        """One of the report's own texts in its language, as bold markup (a run-in heading)."""
        return f"<b>{self.say(text)}</b>"

    def title(self, section: str) -> str:
        """A section's title (:data:`SECTION_TITLES`) in the report's language."""
        return self.say(SECTION_TITLES[section])

    def number(self, value: int | float) -> str:
        """A count as the report's language writes it: "1,234", "1 234" in French."""
        return format_number(value, self.language)

    def date(self, value: str | dt.date | None) -> str:
        """A stored date ("2022-03-27", or a time "2022-03-27T10:20") in the report's language: "27 March 2022",
        "27 mars 2022", "27 آذار/مارس 2022", the time after it; a text that is no date, as it is."""
        if isinstance(value, dt.date):
            return format_date(value, self.language)
        text = str(value or "")
        try:
            day = dt.date.fromisoformat(text[:10])
        except ValueError:
            return text
        time = text[11:16] if len(text) > 10 else ""
        return format_date(day, self.language) + (f" {time}" if time else "")

    def words(self, code: str | None, choices: type[StrEnum] | None = None) -> str:
        """:func:`words` in the report's language (the enum words are in the catalogue: tools/translations.py).
        The enum's name is the disambiguation of words with a sense of their own there (a date's precision is
        feminine in French); the catalogue falls back on the words alone, as QTranslator does."""
        if not code:
            return ""
        return self.catalogue.translate(words(code, choices), choices.__name__ if choices else "")

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
                alignment=TA_RIGHT if rtl and base.alignment != TA_CENTER else base.alignment,
            )
            if rtl and self.rtl:  # a right-to-left report's page is mirrored: so are its indents
                derived = self._derived[key]
                derived.leftIndent, derived.rightIndent = base.rightIndent, base.leftIndent
                derived.firstLineIndent = 0  # (a hanging indent would hang on the wrong side)
        return self._derived[key]

    def p(self, text: str | None, style: str = "Body") -> Flowable:
        """A paragraph of user text: escaped; with right-to-left characters, broken into lines in reading
        order before each line is put in visual order, and right-aligned when it reads right to left."""
        plain = str(text or "")
        if self.rtl:  # right-aligned, except running text that reads left to right (a French description)
            rtl = has_rtl(plain) and is_rtl_text(plain)
            aligned = rtl or style not in _RUNNING_TEXT
            if has_rtl(plain):
                return BidiParagraph(plain, self.style(style, plain, rtl=aligned), rtl=True)
            return Paragraph(markup(plain), self.style(style, plain, rtl=aligned))
        if has_rtl(plain):
            rtl = is_rtl_text(plain)
            return BidiParagraph(plain, self.style(style, plain, rtl=rtl), rtl=rtl)
        return Paragraph(markup(plain), self.style(style, plain))

    def ours(self, text: str | None, style: str = "Body") -> Flowable:
        """A paragraph the report words around user text (a place with its country, a victim with what happened
        to them): :meth:`p`, but in a right-to-left report it reads right to left whatever it begins with."""
        return self.fixed(self.user(text), style) if self.rtl else self.p(text, style)

    def user(self, text: str | None) -> str:
        """User text as markup to put inside the report's own (:func:`~.fonts.markup`): in a right-to-left
        report in reading order, since the paragraph it goes into puts its lines in display order as a whole."""
        return markup(text, ordered=self.rtl)

    def fixed(self, text_markup: str, style: str = "Body") -> Flowable:
        """A paragraph of this module's own markup; any user text in it must already be markup()'d. In a
        right-to-left report, every line reads right to left (:class:`RtlParagraph`)."""
        if self.rtl:
            return RtlParagraph(text_markup, self.style(style, text_markup, rtl=True), rtl=True)
        text_markup = without_controls(text_markup)  # user text in it is in display order already (user())
        return Paragraph(text_markup, self.style(style, text_markup))

    def heading(self, text: str, level: int, *, user_text: bool = False) -> Flowable:
        self._keys += 1
        key = f"h{self._keys}"
        style = ("H1", "H2", "H3")[level]
        text_markup = self.user(text) if user_text else text
        if not self.rtl:  # drawn as it is (user text in it is in display order already)
            text_markup, text = without_controls(text_markup), without_controls(text)
        self._toc.append((level, text_markup, key))
        if self.rtl:
            return _RtlHeading(text_markup, text, self.style(style, text, rtl=True), level, key)
        return _Heading(text_markup, text, self.style(style, text), level, key)

    def run_in(self, text: str) -> Flowable:
        """A run-in heading ("Corroboration", "Reasoning"): one of the report's own texts, in bold, kept on the
        page of what follows it (never left alone at the foot of a page)."""
        return self.fixed(self.bold(text), "RunIn")

    def label(self, code: str | None, vocabulary: str) -> str:
        return self.labels.get(vocabulary, {}).get(code or "", self.words(code))

    def table(
        self,
        rows: Sequence[Sequence[Any]],
        widths: Sequence[float],
        *,
        header: bool = True,
        zebra: bool = True,
        first: int = 0,
    ) -> Table:
        """A table of ``rows`` (the first its head, if ``header``), every other row shaded; ``first``: the number,
        from 0, of its first row after the head in a longer table it is a part of (:meth:`table_rows`)."""
        rows, widths = self.mirrored(rows, widths)
        table = Table(rows, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT", spaceAfter=_TABLE_AFTER)
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
            body = 1 if header else 0
            for i in range(body + (first + 1) % 2, len(rows), 2):  # the whole table's 2nd, 4th… row after the head
                commands.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#f7f8fa")))
        table.setStyle(TableStyle([*TABLE_FONT, *commands]))
        return table

    def table_rows(self, head: list[Flowable], rows: Iterator[list[Any]], widths: Sequence[float]) -> TableRows:
        """A long :meth:`table` (a head, shaded rows) whose ``rows`` are made as the layout reaches them, a page
        or so at a time (:class:`~hrdoc.services.reporting.layout.TableRows`), not held all at once."""
        return TableRows(
            lambda taken, first: self.table([head, *taken], widths, first=first), rows, space_after=_TABLE_AFTER
        )

    def mirrored(self, rows: Sequence[Sequence[Any]], widths: Sequence[float]) -> tuple[list[Any], list[float]]:
        """A table's rows and column widths, the columns in reverse order in a right-to-left report (its first
        column on the right)."""
        if not self.rtl:
            return [list(row) for row in rows], list(widths)
        return [list(row)[::-1] for row in rows], list(widths)[::-1]

    def head_row(self, *titles: str) -> list[Flowable]:
        """A table's head: ``titles`` are N_-marked texts, put in the report's language here."""
        return [self.fixed(self.say(t), "CellHead") for t in titles]

    def _incidents_in_order(self) -> list[dict[str, Any]]:
        return sorted(self.data.incidents, key=lambda i: (i["start_date"] is None, i["start_date"] or ""))

    def incident_date(self, inc: dict[str, Any]) -> str:
        """When an incident happened, to the precision it is known: "27 March 2022", "March 2022" for a date known
        to the month, "2022" for one known to the year (never a day that was not reported); an approximate day
        says so after it."""
        start, end, precision = inc["start_date"], inc["end_date"], inc["date_precision"]
        if start:
            when = self._as_known(start, precision)
            if end and self._as_known(end, precision) != when:
                when = self.say(N_("{start} to {end}")).format(start=when, end=self._as_known(end, precision))
            if precision == DatePrecision.APPROXIMATE_DAY:
                when += f" ({inline(self.words(precision, DatePrecision))})"
            return when
        return self.say(N_("Date not known"))

    def _as_known(self, value: str, precision: str) -> str:
        """A stored date written only as precisely as it is known (a month, a year, or the day)."""
        try:
            day = dt.date.fromisoformat(str(value)[:10])
        except ValueError:
            return self.date(value)
        if precision == DatePrecision.MONTH:
            return format_month(day, self.language)
        if precision == DatePrecision.YEAR:
            return str(day.year)
        return self.date(value)

    def place(self, inc: dict[str, Any]) -> str:
        loc = self.data.locations.get(inc["location_id"] or "")
        if not loc:
            return ""
        name = loc["name"]
        if loc.get("alt_spellings"):  # a place is often spelled several ways (Annefif, Anefis)
            name += " " + self.say(N_("(also spelled {names})")).format(names=self.comma().join(loc["alt_spellings"]))
        parts = [name, loc["admin2"], loc["admin1"], countries.name(loc["country_code"], self.language)]
        return self.comma().join(p for p in parts if p)

    def source_ref(self, source: dict[str, Any]) -> str:
        return f"S{self.data.source_numbers[source['id']]}"

    def gap_note(self, entries: str, *numbers: Iterable[int]) -> list[Flowable]:
        """A line saying why numbers are missing (:data:`GAP_NOTES`), where some are missing from any of
        ``numbers`` (never in an internal report, which withholds nothing). Only gaps below the highest number
        shown count: entries withheld after the last one shown leave no trace, and the note must not give one."""
        if self.data.audience is Audience.INTERNAL or not any(_has_gap(n) for n in numbers):
            return []
        return [self.fixed(self.say(GAP_NOTES[entries]), "Small")]

    def grade(self, source: dict[str, Any]) -> str:
        return f"{source['reliability'] or '–'}{source['credibility'] or '–'}"

    def _shaped(self, style: ParagraphStyle) -> ParagraphStyle:
        key = (style.name, True, False)
        if key not in self._derived:
            self._derived[key] = ParagraphStyle(f"{style.name}-shaped", parent=style, shaping=1)
        return self._derived[key]

    def edge(self, side: str) -> tuple[float, str]:
        """Where a line of the page's furniture starts ("start") or ends ("end") on the page, and how it is
        aligned there: the left margin and the right, swapped in a right-to-left report."""
        start, end = (MARGIN_X, "left"), (PAGE_W - MARGIN_X, "right")
        return (end if side == "start" else start) if self.rtl else (start if side == "start" else end)

    def furniture(
        self,
        canvas: Canvas,
        text: str,
        x: float,
        align: str,
        baseline: float,
        *,
        font: str = SANS,
        size: float = 8,
        color: Any = MUTED,
    ) -> None:
        """A line drawn straight on the page (header, footer, banner) with its ``baseline``; ``x`` is its left
        edge, right edge or centre (``align``: "left", "right", "centre"). Canvas strings are neither shaped nor
        reordered: a right-to-left report draws a paragraph instead (shaped, in display order)."""
        if not self.rtl:
            canvas.setFont(font, size)
            canvas.setFillColor(color)
            draw = {"left": canvas.drawString, "right": canvas.drawRightString, "centre": canvas.drawCentredString}
            draw[align](x, baseline, _ascii_safe(text))
            return
        shaped = needs_shaping(text)
        alignment = {"left": TA_LEFT, "right": TA_RIGHT, "centre": TA_CENTER}[align]
        paragraph = RtlParagraph(
            markup(text, ordered=True), _furniture_style(font, size, color, alignment, shaped), rtl=True
        )
        _width, height = paragraph.wrapOn(canvas, FRAME_W, size * 4)
        left = {"left": x, "right": x - FRAME_W, "centre": x - FRAME_W / 2}[align]
        paragraph.drawOn(canvas, left, baseline - height + size)

    def footer_code(self, canvas: Canvas, text: str) -> str:
        """The PDF content of a right-to-left report's "Page X of Y" (:meth:`furniture`), written into each page
        when the document is saved (:class:`~.layout._PageNumbers`): drawn on the canvas and taken back."""
        code = canvas._code
        start = len(code)
        self.furniture(canvas, text, *self.edge("end"), 11 * mm)
        drawn = "\n".join(code[start:])
        del code[start:]
        return drawn

    def facts_table(self, facts: Iterable[tuple[str, str]]) -> Flowable:
        """Label and value rows; the labels are N_-marked texts, put in the report's language here."""
        rows = [(self.fixed(self.say(k), "Label"), self.ours(v, "Cell")) for k, v in facts]
        return _RtlFacts(rows, 38 * mm) if self.rtl else _Facts(rows, 38 * mm)


@cache
def _furniture_style(font: str, size: float, color: Any, alignment: int, shaped: bool) -> ParagraphStyle:
    """The style of a line of a right-to-left report's page furniture (:meth:`ReportBlocks.furniture`)."""
    return ParagraphStyle(
        "Furniture",
        fontName=font,
        fontSize=size,
        leading=size * 1.25,
        textColor=color,
        alignment=alignment,
        shaping=int(shaped),
    )


def _ascii_safe(text: str) -> str:
    """Text drawn straight on the canvas (header, footer) is not shaped: keep it to what Noto Sans has (no
    right-to-left or Arabic letters, no Tifinagh)."""
    return "".join(
        "?" if needs_shaping(c) or has_rtl(c) or "\u2d30" <= c <= "\u2d7f" else c for c in without_controls(str(text))
    )
