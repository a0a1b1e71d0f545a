"""The building blocks every section of the report uses: paragraphs of user text (escaped, shaped, in reading
order), headings, tables, dates, places and reference numbers. :class:`ReportBlocks` is the base of the
section classes that :class:`~hrdoc.services.reporting.renderer.CaseReportRenderer` combines.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from hrdoc.domain import countries
from hrdoc.domain.enums import DatePrecision, label
from hrdoc.services.reporting.audience import Audience, ReportData
from hrdoc.services.reporting.fonts import has_rtl, is_rtl_text, markup, needs_shaping
from hrdoc.services.reporting.layout import (
    HEAD_BG,
    MUTED,
    RULE,
    TABLE_FONT,
    BidiParagraph,
    _Facts,
    _Heading,
    _PageNumbers,
)

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


def words(code: str | None, choices: type[StrEnum] | None = None) -> str:
    """A value of a closed set in words, as its enum declares them (:func:`hrdoc.domain.enums.label`):
    ``reasonable_suspicion`` -> "Reasonable suspicion", ``ngo_report`` -> "NGO report"; ``choices``, the enum."""
    return label(str(code), choices) if code else ""


def inline(text: str) -> str:
    """Words within a sentence: the first letter in lower case, unless it starts an acronym ("NGO report")."""
    return text if text[1:2].isupper() else text[:1].lower() + text[1:]


@dataclass(frozen=True)
class ReportMeta:
    """What the cover says besides the case: who made the report, for whom, when."""

    organisation: str = ""
    author: str = ""
    date: dt.date | None = None


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
                when += f" ({inline(words(inc['date_precision'], DatePrecision))})"
            return str(when)
        return "Date not known"

    def place(self, inc: dict[str, Any]) -> str:
        loc = self.data.locations.get(inc["location_id"] or "")
        if not loc:
            return ""
        name = loc["name"]
        if loc.get("alt_spellings"):  # a place is often spelled several ways (Annefif, Anefis)
            name += f" (also spelled {', '.join(loc['alt_spellings'])})"
        parts = [name, loc["admin2"], loc["admin1"], countries.name(loc["country_code"])]
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

    def _shaped(self, style: ParagraphStyle) -> ParagraphStyle:
        key = (style.name, True, False)
        if key not in self._derived:
            self._derived[key] = ParagraphStyle(f"{style.name}-shaped", parent=style, shaping=1)
        return self._derived[key]

    def facts_table(self, facts: Iterable[tuple[str, str]]) -> Flowable:
        return _Facts([(self.fixed(k, "Label"), self.p(v, "Cell")) for k, v in facts], 38 * mm)
