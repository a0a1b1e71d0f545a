"""Reports in Arabic (issue 16, point 5): right-to-left pages. The report's own texts in Arabic, read right to left
in the order they are written; Latin names and English quotations inside them kept whole, left to right; tables
mirrored; no text of ours left in English. The redaction tests run in Arabic too (test_leaks.py, by
REPORT_LANGUAGES).

Checked in the glyphs' positions on the page (pdfminer): a line of an Arabic report is read from its right edge.
"""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
from collections.abc import Iterator

import pypdf
import pytest
from pdfminer.high_level import extract_pages
from pdfminer.layout import LTChar, LTTextLine

from hrdoc.services.cases import CaseService
from hrdoc.services.catalogue import catalogue
from hrdoc.services.context import StoreContext
from hrdoc.services.demo import DEMO_REFERENCE, build_demo_case
from hrdoc.services.records import RecordService
from hrdoc.services.reporting import Audience, ReportService
from hrdoc.services.reporting.blocks import SECTION_TITLES
from hrdoc.services.session import new_store
from tests.catalogues import reporting_marks
from tests.helpers import PASSPHRASE

TITLE = "هجوم على قافلة قرب Anéfis"  # an Arabic title with a French place name in it
SAID, QUOTED, THEN = "قال الشاهد", "they came at dawn", "ثم غادروا القرية"
DESCRIPTION = f"{SAID} “{QUOTED}” {THEN}"  # an English quotation in an Arabic sentence


def _flat(text: str) -> str:
    """Text as compared here: presentation forms as the letters they are, without marks (harakat) or spaces."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(c for c in text if not c.isspace() and unicodedata.category(c) != "Mn")


def _lines(pdf: bytes) -> list[list[tuple[str, float]]]:
    """Every text line of the PDF, each as its glyphs (text, left edge) from left to right."""
    found: list[list[tuple[str, float]]] = []

    def walk(item: object) -> None:
        if isinstance(item, LTTextLine):
            found.append(sorted(((c.get_text(), c.x0) for c in item if isinstance(c, LTChar)), key=lambda g: g[1]))
        elif hasattr(item, "__iter__"):
            for child in item:
                walk(child)

    for page in extract_pages(io.BytesIO(pdf)):
        walk(page)
    return found


def _left_to_right(line: list[tuple[str, float]]) -> str:
    return _flat("".join(text for text, _x in line))


def _right_to_left(line: list[tuple[str, float]]) -> str:
    """A line read from its right edge, glyph by glyph (a ligature's letters stay in their order)."""
    return _flat("".join(text for text, _x in reversed(line)))


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, real_catalogues: None) -> Iterator[StoreContext]:
    """The demo case, with a public incident titled in Arabic (a French place name in it) on 1 March 2022, and
    an Arabic description quoting English."""
    ctx = new_store(tmp_path_factory.mktemp("arabic") / "store.db", PASSPHRASE, user="tester")
    build_demo_case(ctx)
    RecordService(ctx).create(
        "incident",
        case_id=CaseService(ctx).resolve(DEMO_REFERENCE).id,
        title=TITLE,
        description=DESCRIPTION,
        start_date="2022-03-01",
        fatalities_best=12,
        visibility="public",
    )
    yield ctx
    ctx.close()


@pytest.fixture(scope="module")
def arabic(store: StoreContext) -> dict[Audience, bytes]:
    service = ReportService(store)
    return {who: service.render(DEMO_REFERENCE, who, date=dt.date(2022, 3, 27), language="ar") for who in Audience}


@pytest.mark.parametrize("audience", list(Audience))
def test_the_report_s_own_texts_read_right_to_left(arabic: dict[Audience, bytes], audience: Audience) -> None:
    words = catalogue("ar")
    lines = [_right_to_left(line) for line in _lines(arabic[audience])]
    for english in (*SECTION_TITLES.values(), "Key figures"):
        title = _flat(words.translate(english))
        assert any(title in line for line in lines), f"{words.translate(english)!r} not read right to left"
    assert any(_flat("الصفحة 1 من") in line for line in lines)  # "Page 1 of", shaped, in the footer
    assert any(_flat("آذار/مارس") in line for line in lines)  # the report's date, 27 March 2022, on its cover


@pytest.mark.parametrize("audience", list(Audience))
def test_latin_words_inside_arabic_stay_whole_and_in_place(arabic: dict[Audience, bytes], audience: Audience) -> None:
    lines = _lines(arabic[audience])
    heading = next(line for line in lines if _flat("قافلة قرب") in _right_to_left(line))
    # "الحادثة 3: هجوم على قافلة قرب Anéfis": from the right edge, our words, the title's Arabic, then the French
    # place name, whole and left to right, on the left
    assert _right_to_left(heading).startswith(_flat("الحادثة"))
    assert _left_to_right(heading).startswith("Anéfis")
    said = next(line for line in lines if _flat(SAID) in _right_to_left(line))
    text = _left_to_right(said)
    assert _flat(QUOTED) in text  # the English quotation whole, left to right
    # ...between what the witness said before it (on its right) and after it (on its left)
    reading = _right_to_left(said)
    assert reading.index(_flat(SAID)) < reading.index(_flat(QUOTED)[::-1]) < reading.index(_flat(THEN))


def _our_english_texts() -> set[str]:
    """The report modules' own texts (marked N_) of three words or more, which an Arabic report must not print."""
    marked = reporting_marks()
    return {text.split("{")[0].strip() for text in marked if len(text.split("{")[0].split()) >= 3}


@pytest.mark.parametrize("audience", list(Audience))
def test_no_text_of_ours_is_english(arabic: dict[Audience, bytes], audience: Audience) -> None:
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(arabic[audience])).pages)
    text = " ".join(text.split())
    ours = _our_english_texts()
    assert len(ours) > 40
    printed = sorted(english for english in ours if english in text)
    assert not printed, f"English texts of the report in the Arabic report: {printed[:5]}"
    for english in ("Page 1 of", "Prepared for", "Key figures", "Methodology", "Executive summary", "Date not known"):
        assert english not in text
    assert "Annefif convoy killings" in text  # user text as written


def test_tables_are_mirrored(arabic: dict[Audience, bytes]) -> None:
    """The chronology's head: its first column (the incident's number) on the right, the place on the left."""
    cells: list[tuple[str, float, float]] = []  # (text, left edge, baseline) of each line of the page

    def walk(item: object) -> None:
        if isinstance(item, LTTextLine):
            glyphs = sorted(((c.get_text(), c.x0) for c in item if isinstance(c, LTChar)), key=lambda g: g[1])
            cells.append((_right_to_left(glyphs), item.x0, round(item.y0)))
        elif hasattr(item, "__iter__"):
            for child in item:
                walk(child)

    for page in extract_pages(io.BytesIO(arabic[Audience.INTERNAL])):
        walk(page)
    number = next(cell for cell in cells if cell[0] == _flat("الرقم"))
    row = {text: x for text, x, y in cells if abs(y - number[2]) <= 2}
    date, place = _flat("التاريخ"), _flat("المكان")
    assert row[_flat("الرقم")] > row[date] > row[place]


def test_a_country_is_named_in_arabic(arabic: dict[Audience, bytes]) -> None:
    """The demo's places are in Mali (ML): an Arabic report names it مالي, not Mali."""
    lines = [_right_to_left(line) for line in _lines(arabic[Audience.INTERNAL])]
    assert any(_flat("مالي") in line for line in lines)
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(arabic[Audience.INTERNAL])).pages)
    assert ", Mali" not in text and "Mali," not in text


def _spaced_lines(pdf: bytes) -> list[str]:
    """Every text line of the PDF as its glyphs from left to right, with the spaces that take room (not the
    empty ones set where a word changes font), presentation forms as letters and without harakat."""
    found: list[str] = []

    def walk(item: object) -> None:
        if isinstance(item, LTTextLine):
            glyphs = sorted((c for c in item if isinstance(c, LTChar)), key=lambda c: c.x0)
            text = "".join(c.get_text() for c in glyphs if c.get_text() != " " or c.x1 - c.x0 > 0.5)
            text = unicodedata.normalize("NFKC", text)
            found.append("".join(c for c in text if unicodedata.category(c) != "Mn"))
        elif hasattr(item, "__iter__"):
            for child in item:
                walk(child)

    for page in extract_pages(io.BytesIO(pdf)):
        walk(page)
    return found


def test_a_place_s_other_spellings_and_a_list_of_names_read_in_order(arabic: dict[Audience, bytes]) -> None:
    """User values inside the report's Arabic sentences are set apart (blocks.RtlText): "Annefif (ويُكتب أيضاً
    Anefis، Anéfis)، Gao، مالي" reads from the right edge in that order, each separator touching the name before
    it on that name's left; so does an alleged perpetrator's list of other names. Both used to come out as one
    left-to-right run ("Anefis، Anéfis)، Gao", "Africa Corps، Wagner"). Left to right on the page here."""
    lines = _spaced_lines(arabic[Audience.PARTNERS])
    place = "ليام ،Gao ،(Anéfis ،Anefis اضيأ بتكيو) Annefif"  # the incident's place, in one line
    assert place in lines
    assert "\u202a" not in "".join(lines) and "\u200f" not in "".join(lines)  # the marks are not drawn
    # wrapped in the chronology's narrow column: each comma stays on the line of the name before it
    assert "،Anefis اضيأ بتكيو) Annefif" in lines and "ليام ،Gao ،(Anéfis" in lines
    aliases = "؛Wagner ،Africa Corps سماب اضيأ فرعي) Wagner Group"  # aliases ["Africa Corps", "Wagner"]
    assert any(line.endswith(aliases) for line in lines), [line for line in lines if "Corps" in line]
    assert "Wagner Group ؛Malian Armed Forces" in lines  # key figures: the first on the right, "؛" touching it
