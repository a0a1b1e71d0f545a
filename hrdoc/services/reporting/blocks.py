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
from hrdoc.domain.marks import N_
from hrdoc.services.catalogue import Catalogue
from hrdoc.services.languages import ENGLISH
from hrdoc.services.locale_format import format_date, format_number
from hrdoc.services.reporting.audience import Audience, ReportData
from hrdoc.services.reporting.fonts import has_rtl, is_rtl_text, markup, needs_shaping, quotation
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
# A number of victims and what happened to them ("24 killed"): French words the fate as the victim's, in the
# feminine singular ("Tuée"), so it cannot follow a number there.
COUNTED = N_("{number} {status}")

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

    def say(self, text: str) -> str:
        """One of the report's own texts (N_-marked where it is written) in the report's language."""
        return self.catalogue.translate(text)

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
        return self.labels.get(vocabulary, {}).get(code or "", self.words(code))

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
        """A table's head: ``titles`` are N_-marked texts, put in the report's language here."""
        return [self.fixed(self.say(t), "CellHead") for t in titles]

    def _incidents_in_order(self) -> list[dict[str, Any]]:
        return sorted(self.data.incidents, key=lambda i: (i["start_date"] is None, i["start_date"] or ""))

    def incident_date(self, inc: dict[str, Any]) -> str:
        start, end = inc["start_date"], inc["end_date"]
        if start:
            when = self.date(start)
            if end and end != start:
                when = self.say(N_("{start} to {end}")).format(start=when, end=self.date(end))
            if inc["date_precision"] not in ("exact", "unknown"):
                when += f" ({inline(self.words(inc['date_precision'], DatePrecision))})"
            return when
        return self.say(N_("Date not known"))

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

    def facts_table(self, facts: Iterable[tuple[str, str]]) -> Flowable:
        """Label and value rows; the labels are N_-marked texts, put in the report's language here."""
        return _Facts([(self.fixed(self.say(k), "Label"), self.p(v, "Cell")) for k, v in facts], 38 * mm)
