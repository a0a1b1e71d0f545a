"""Quotation marks around right-to-left text in reports (issue 16, point 6).

Reports quote a witness's key quotes and the excerpts of evidence links. Around Arabic, the quotation marks must
come out where an Arabic reader expects them: the opening mark on the right of the quotation's first word, the
closing mark on the left of its last word, each touching its word (no stray space). An Arabic quotation inside a
French sentence, and a French name inside an Arabic sentence, must keep their places too.

Checked twice: in the text a PDF reader extracts, and in the glyphs' positions on the page. The Arabic words are
pseudo-words of three distinct letters (no lam or alef, so no ligature), told apart whatever forms HarfBuzz chose.
"""

from __future__ import annotations

import io
import unicodedata
import uuid
from dataclasses import dataclass

import pytest
from pdfminer.high_level import extract_pages
from pdfminer.layout import LTChar, LTTextLine
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate

from hrdoc.services.context import StoreContext
from hrdoc.services.records import RecordService
from hrdoc.services.reporting import ReportService
from hrdoc.services.reporting.fonts import ARABIC, SANS, is_rtl_text, quotation, register_fonts
from hrdoc.services.reporting.layout import BidiParagraph
from tests.helpers import make_case

FIRST, SECOND, THIRD = "بتث", "جحخ", "سشص"  # the quotation's words, in reading order
QUOTE = f"{FIRST} {SECOND} {THIRD}"
MARKS = "«»“”"


@dataclass
class Glyph:
    text: str
    x0: float
    x1: float


def _lines(pdf: bytes) -> list[list[Glyph]]:
    """The PDF's text lines, top to bottom, each as its glyphs from left to right."""
    found: list[tuple[float, list[Glyph]]] = []

    def walk(item: object) -> None:
        if isinstance(item, LTTextLine):
            glyphs = [Glyph(c.get_text(), c.x0, c.x1) for c in item if isinstance(c, LTChar)]
            found.append((item.y0, sorted(glyphs, key=lambda g: g.x0)))
        elif hasattr(item, "__iter__"):
            for child in item:
                walk(child)

    for page in extract_pages(io.BytesIO(pdf)):
        walk(page)
    return [glyphs for _y, glyphs in sorted(found, key=lambda f: -f[0])]


def _paragraph_pdf(text: str) -> list[list[Glyph]]:
    """``text`` as the report sets a paragraph of user text that has right-to-left characters."""
    register_fonts()
    rtl = is_rtl_text(text)
    style = ParagraphStyle("Body", fontName=SANS, fontSize=11, leading=15, shaping=1, alignment=2 if rtl else 0)
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build([BidiParagraph(text, style, rtl=rtl)])
    return [line for line in _lines(out.getvalue()) if line]


def _word(letters: str) -> str:
    return "".join(sorted(unicodedata.normalize("NFKC", letters)))


def _tokens(line: list[Glyph]) -> list[tuple[str, float, float]]:
    """A line cut into Arabic pseudo-words (named by their letters), quotation marks and other words, left to
    right, each with its left and right edges; marks and Arabic letters are cut apart even where they touch."""
    tokens: list[tuple[str, float, float]] = []
    kind_of = {"arabic": lambda c: "\u0600" <= c <= "\u06ff" or "\ufb50" <= c <= "\ufeff", "mark": MARKS.__contains__}
    current: list[Glyph] = []
    current_kind = ""

    def flush() -> None:
        if current:
            text = "".join(g.text for g in current)
            name = _word(text) if current_kind == "arabic" else text
            tokens.append((name, current[0].x0, current[-1].x1))
            current.clear()

    for glyph in line:
        kind = next((k for k, test in kind_of.items() if glyph.text and test(glyph.text[0])), "other")
        if glyph.text.isspace() or kind != current_kind or kind == "mark":
            flush()
        current_kind = kind
        if not glyph.text.isspace():
            current.append(glyph)
    flush()
    return tokens


def _touching(left: tuple[str, float, float], right: tuple[str, float, float]) -> bool:
    """Whether two tokens touch: less than a third of a space (at 11 pt, a space is about 2.9 pt) between them."""
    return right[1] - left[2] < 1.0


def test_an_arabic_quotation_has_its_marks_on_the_outer_sides_touching_the_words() -> None:
    (line,) = _paragraph_pdf(quotation(QUOTE))
    tokens = _tokens(line)
    names = [t[0] for t in tokens]
    # left to right: closing mark, the last word ... the first word, opening mark
    assert names[1:-1] == [_word(THIRD), _word(SECOND), _word(FIRST)], names
    assert names[0] in MARKS and names[-1] in MARKS, names
    assert _touching(tokens[0], tokens[1]) and _touching(tokens[-2], tokens[-1]), tokens
    assert " " not in "".join(g.text for g in line if g.text in MARKS or not g.text.isspace())


def test_curly_quotes_a_user_typed_around_arabic_stay_on_the_outer_sides() -> None:
    """Noto Sans Arabic has no curly quotes, so they are set apart in Noto Sans (a space from the word), but on
    the right sides: the opening one right of the first word, the closing one left of the last."""
    (line,) = _paragraph_pdf(f"“{QUOTE}”")
    names = [t[0] for t in _tokens(line)]
    assert names == ["”", _word(THIRD), _word(SECOND), _word(FIRST), "“"], names


def test_an_arabic_quotation_inside_a_french_sentence() -> None:
    (line,) = _paragraph_pdf(f"Le témoin a déclaré : {quotation(QUOTE)} puis il est parti.")
    tokens = _tokens(line)
    names = [t[0] for t in tokens]
    start = names.index(_word(THIRD)) - 1
    # the French reads left to right; the quotation sits between "déclaré :" and "puis", its words right to left
    assert "".join(n for n in names[:start] if n not in MARKS).startswith("Letémoinadéclaré")
    assert names[start] in MARKS and names[start + 4] in MARKS, names
    assert names[start + 1 : start + 4] == [_word(THIRD), _word(SECOND), _word(FIRST)], names
    assert _touching(tokens[start], tokens[start + 1]) and _touching(tokens[start + 3], tokens[start + 4]), tokens
    assert names[start + 5 :][0].startswith("puis"), names
    text = "".join(g.text for g in line)
    assert text.startswith("Le témoin a déclaré :") and text.rstrip().endswith("puis il est parti."), text


def test_a_french_name_inside_an_arabic_sentence() -> None:
    (line,) = _paragraph_pdf(f"{FIRST} Jean-Pierre Dupont {SECOND} {quotation('Anéfis')} {THIRD}")
    names = [t[0] for t in _tokens(line)]
    # right to left: FIRST, the name (which itself reads left to right), SECOND, the quoted French word, THIRD
    assert names[0] == _word(THIRD) and names[-1] == _word(FIRST), names
    text = unicodedata.normalize("NFKC", "".join(g.text for g in line))  # HarfBuzz sets "fi" as a ligature
    assert "Jean-Pierre" in text and "Dupont" in text and text.index("Jean-Pierre") < text.index("Dupont"), text
    # read right to left, the opening mark comes first: it is on the right of the quoted word
    assert "”Anéfis“" in text.replace(" ", ""), text
    assert text.index("Anéfis") < text.index("Jean-Pierre"), "the quoted word comes later, so further left"


def test_quotation_picks_guillemets_for_right_to_left_text_only() -> None:
    assert quotation(QUOTE) == f"«{QUOTE}»"
    assert quotation("they fired at the car") == "“they fired at the car”"
    assert quotation(f"Jean said {QUOTE}") == f"“Jean said {QUOTE}”"  # a left-to-right sentence quoting Arabic
    assert ARABIC  # the Arabic font is the one that has the guillemets


@pytest.mark.parametrize("audience", ["internal", "partners", "public"])
def test_the_report_quotes_arabic_key_quotes_and_excerpts_with_guillemets(
    r: RecordService, shared_ctx: StoreContext, audience: str
) -> None:
    reference = f"QUOTE-{uuid.uuid4().hex[:6]}"
    case_id = make_case(r, reference=reference, visibility="public")
    consent = {"to_be_recorded": True, "how_given": "oral", "to_be_quoted": True, "share_with_partners": True}
    witness = r.create("witness", case_id=case_id, pseudonym="W-09", visibility="public", consent=consent)
    r.create(
        "account",
        case_id=case_id,
        witness_id=witness,
        visibility="public",
        quotable=True,
        narrative="The witness spoke in Arabic.",
        key_quotes=[QUOTE],
    )
    lines = [line for line in _lines(ReportService(shared_ctx).render(reference, audience)) if line]
    quoted = [t for line in lines if len(t := _tokens(line)) >= 5 and _word(SECOND) in [n for n, *_ in t]]
    assert quoted, "the key quote should be printed"
    for tokens in quoted:
        names = [t[0] for t in tokens]
        i = names.index(_word(THIRD))
        assert names[i - 1] in "«»" and names[i + 3] in "«»", names
        assert names[i : i + 3] == [_word(THIRD), _word(SECOND), _word(FIRST)], names
        assert _touching(tokens[i - 1], tokens[i]) and _touching(tokens[i + 2], tokens[i + 3]), tokens
