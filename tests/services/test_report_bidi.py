"""Mixed-direction paragraphs in reports: broken into lines in reading order, then each line reordered.

A right-to-left passage inside a left-to-right paragraph (an English sentence quoting a long Arabic one),
and a left-to-right passage inside a right-to-left paragraph, must keep their first words on their first
line when they wrap (UAX #9: levels resolved per paragraph, rules L1-L2 applied per displayed line).

The passages are made of distinct Arabic pseudo-words (three letters each, no two with the same letters), so
that each word can be told apart in the text extracted from the PDF, whatever glyphs HarfBuzz chose.
"""

from __future__ import annotations

import io
import itertools
import unicodedata
import uuid

import pytest
from pdfminer.high_level import extract_pages
from pdfminer.layout import LTTextLine

from hrdoc.services.context import StoreContext
from hrdoc.services.records import RecordService
from hrdoc.services.reporting import ReportService
from hrdoc.services.reporting.blocks import RtlText, Template
from hrdoc.services.reporting.fonts import (
    is_rtl_text,
    isolate,
    markup,
    register_fonts,
    visual_lines,
    without_controls,
)
from tests.helpers import make_case, make_incident

LETTERS = "بتثجحخسشصضطظعغفقكمنهي"  # no lam or alef: no lam-alef ligature
ARABIC_WORDS = ["".join(c) for c in itertools.islice(itertools.combinations(LETTERS, 3), 0, 1200, 20)]
ENGLISH_WORDS = [f"word{n:02d}" for n in range(45)]


def _key(word: str) -> str:
    """A word's Arabic letters, sorted: the same whatever order or forms they were extracted in."""
    return "".join(sorted(c for c in unicodedata.normalize("NFKC", word) if "\u0600" <= c <= "\u06ff"))


WORD_NUMBER = {_key(w): n for n, w in enumerate(ARABIC_WORDS)}
assert len(WORD_NUMBER) == len(ARABIC_WORDS)


def _pdf_lines(pdf: bytes) -> list[str]:
    """Every text line of the PDF, top to bottom and page by page, characters left to right."""
    out: list[str] = []
    for page in extract_pages(io.BytesIO(pdf)):
        found: list[tuple[float, str]] = []

        def walk(item: object, found: list[tuple[float, str]] = found) -> None:
            if isinstance(item, LTTextLine):
                found.append((item.y0, item.get_text()))
            elif hasattr(item, "__iter__"):
                for child in item:
                    walk(child)

        walk(page)
        out.extend(text for _y, text in sorted(found, key=lambda f: -f[0]))
    return out


def _arabic_numbers(line: str) -> list[int]:
    """The pseudo-words of a line (their place in the logical text), left to right."""
    return [WORD_NUMBER[k] for k in (_key(t) for t in line.split()) if k in WORD_NUMBER]


def _check_lines(numbered: list[list[int]], total: int) -> None:
    """Lines (top to bottom) of pseudo-word numbers, left to right: reading order must run down the lines,
    and right to left within each line."""
    numbered = [n for n in numbered if n]
    assert len(numbered) >= 3, f"the passage should wrap over three lines or more: {numbered}"
    assert 0 in numbered[0], f"the first words must be on the first line: {numbered}"
    assert total - 1 in numbered[-1], f"the last words must be on the last line: {numbered}"
    for upper, lower in itertools.pairwise(numbered):
        assert max(upper) < min(lower), f"a later line holds earlier words: {numbered}"
    for line in numbered:
        assert line == sorted(line, reverse=True), f"words of a line must read right to left: {line}"
    found = sum(len(n) for n in numbered)
    assert found >= 0.8 * total, f"only {found} of {total} words identified"


def _report(r: RecordService, ctx: StoreContext, description: str) -> bytes:
    reference = f"BIDI-{uuid.uuid4().hex[:6]}"
    case_id = make_case(r, reference=reference, visibility="public")
    make_incident(r, case_id, title="Mixed directions", description=description, visibility="public")
    return ReportService(ctx).render(reference, "public")


def test_a_wrapped_arabic_quote_in_an_english_sentence_keeps_its_line_order(
    r: RecordService, shared_ctx: StoreContext
) -> None:
    text = "Witness said: " + " ".join(ARABIC_WORDS) + " end."
    lines = _pdf_lines(_report(r, shared_ctx, text))
    start = next(i for i, line in enumerate(lines) if "Witness said:" in line)
    end = next(i for i, line in enumerate(lines) if "end." in line and i >= start)
    passage = lines[start : end + 1]
    assert passage[0].lstrip().startswith("Witness said:")  # the paragraph still reads left to right
    assert passage[-1].rstrip().endswith("end.")
    _check_lines([_arabic_numbers(line) for line in passage], len(ARABIC_WORDS))


def _right_to_left_reading(line: str) -> list[str]:
    """The words of a displayed right-to-left line in reading order: right to left, except that a run of
    left-to-right words reads left to right. Arabic pseudo-words as "A<n>", others as they are."""
    tokens = [f"A{WORD_NUMBER[_key(t)]}" if _key(t) in WORD_NUMBER else t for t in line.split()]
    out: list[str] = []
    run: list[str] = []
    for token in reversed(tokens):
        if token.startswith("word"):
            run.append(token)
            continue
        out.extend(reversed(run))
        run = []
        out.append(token)
    return out + run[::-1]


def test_a_wrapped_english_passage_in_an_arabic_paragraph_keeps_its_line_order(
    r: RecordService, shared_ctx: StoreContext
) -> None:
    english = ENGLISH_WORDS[:40]  # the last English line also holds the closing Arabic words
    text = " ".join(ARABIC_WORDS[:3]) + " " + " ".join(english) + " " + " ".join(ARABIC_WORDS[3:6])
    lines = _pdf_lines(_report(r, shared_ctx, text))
    start = next(i for i, line in enumerate(lines) if "word00" in line)
    end = next(i for i, line in enumerate(lines) if "word39" in line)
    passage = lines[start : end + 1]
    assert len(passage) >= 3
    assert _arabic_numbers(passage[-1]), "the closing Arabic words should share the last English line"
    reading = [t for line in passage for t in _right_to_left_reading(line)]
    assert reading == ["A0", "A1", "A2", *english, "A3", "A4", "A5"]


def test_visual_lines_break_in_reading_order_then_reorder_each_line() -> None:
    register_fonts()
    text = "Witness said: " + " ".join(ARABIC_WORDS) + " end."
    lines = visual_lines(text, 200, 10, rtl=False)
    assert len(lines) > 3 and lines[0].startswith("Witness said: ") and lines[-1].endswith(" end.")
    # Right-to-left words come back in logical character order (HarfBuzz lays each out itself), each line's
    # in visual order: reversed, they give the logical text back, line after line.
    logical = [w for line in lines for w in reversed([w for w in line.split() if w in ARABIC_WORDS])]
    assert logical == ARABIC_WORDS


def test_a_right_to_left_line_starting_with_latin_keeps_the_paragraph_direction() -> None:
    """In an Arabic paragraph, a displayed line that starts with English still lays out right to left: the
    Arabic that follows the English in reading order goes to its left."""
    register_fonts()
    text = " ".join(ARABIC_WORDS[:2]) + " " + " ".join(ENGLISH_WORDS[:40]) + " " + ARABIC_WORDS[2]
    lines = visual_lines(text, 200, 10, rtl=True)
    last = lines[-1].split()
    assert last[0] == ARABIC_WORDS[2], lines[-1]  # leftmost: it comes last in reading order
    assert lines[0].split()[-1] == ARABIC_WORDS[0]  # rightmost on the first line: it comes first


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dit: مرحبا بالعالم", "Dit: بالعالم مرحبا"),
        # A bracket pair takes the direction of the text inside (UAX #9 rule N0). Noto Sans Arabic has no
        # brackets: they are drawn left to right in Noto Sans, so hrdoc mirrors them where they read right to
        # left (rule L4), and "(" stays on the left of "(2020 في)".
        ("Witness said: قال (في 2020) end.", "Witness said: (2020 في) قال end."),
        ("نص [قوسين] {x} test", "test {x} [قوسين] نص"),
        # A word joining Arabic and Latin letters (a file name): the Latin part is drawn in Noto Sans, left to
        # right where it stands; the Arabic part (with the hyphen it touches) is handed to HarfBuzz in reading
        # order, which lays it out right to left: "Anéfis.txt-شهادة" on the page.
        ("شهادة-Anéfis.txt", "Anéfis.txtشهادة-"),
    ],
)
def test_one_line_in_display_order(text: str, expected: str) -> None:
    register_fonts()
    assert visual_lines(text, 10_000, 10, rtl=False) == [expected]


def test_latin_values_in_an_arabic_template_keep_their_places() -> None:
    """A right-to-left report's templates set their values apart (RtlText, fonts.isolate): a place with its other
    spellings reads, from the right, the name, the template's words, each spelling with its separator touching
    it on its left, then the region; without that, "Anefis، Anéfis)، Gao" came out as one left-to-right run."""
    register_fonts()
    names = RtlText("، ").join(["Anefis", "Anéfis"])
    text = RtlText("{name} (ويُكتب أيضاً {names})، {region}").format(name="Annefif", names=names, region="Gao")
    assert without_controls(text) == "Annefif (ويُكتب أيضاً Anefis، Anéfis)، Gao"
    # display order, left to right; mirrored brackets; Arabic words in logical order for HarfBuzz
    assert visual_lines(text, 10_000, 10, rtl=True) == ["Gao ،(Anéfis ،Anefis أيضاً ويُكتب) Annefif"]
    plain = "{name} (ويُكتب أيضاً {names})، {region}".format(
        name="Annefif", names="، ".join(["Anefis", "Anéfis"]), region="Gao"
    )
    assert visual_lines(plain, 10_000, 10, rtl=True) != visual_lines(text, 10_000, 10, rtl=True)
    # the marks steer the algorithm and are gone from what is drawn
    assert all(c not in line for line in visual_lines(text, 40, 10, rtl=True) for c in "\u200e\u200f\u202a\u202b\u202c")
    # numbers and Arabic values are inserted as they are
    assert RtlText("{n} قتلى، {place}").format(n="24", place="مالي") == "24 قتلى، مالي"
    assert isolate("Gao\nMali", rtl=True).count("\u202c") == 2  # each line apart: an embedding ends with its paragraph


def test_an_arabic_value_leading_an_english_template_leaves_the_line_left_to_right() -> None:
    """In a left-to-right report too: an Arabic place name with its other spellings, then its region, reads left
    to right; without isolation its first letter made the whole line right to left ("Gao, Mali ,(also…")."""
    register_fonts()
    name = "أنفيس " + Template("(also spelled {names})").format(names=Template(", ").join(["Anefis", "Annefif"]))
    text = Template(", ").join([name, "Gao", "Mali"])
    assert without_controls(text) == "أنفيس (also spelled Anefis, Annefif), Gao, Mali"
    assert not is_rtl_text(text)  # a left-to-right paragraph (ReportBlocks.p)
    assert visual_lines(text, 10_000, 10, rtl=False) == ["أنفيس (also spelled Anefis, Annefif), Gao, Mali"]
    plain = without_controls(text)
    assert visual_lines(plain, 10_000, 10, rtl=is_rtl_text(plain)) != visual_lines(text, 10_000, 10, rtl=False)
    assert Template("{n} killed in {place}").format(n="24", place="Gao") == "24 killed in Gao"  # no marks needed


def test_markup_in_mixed_paragraphs_prints_literally(r: RecordService, shared_ctx: StoreContext) -> None:
    sample = 'He wrote <b>not bold</b> & "quoted" ' + " ".join(ARABIC_WORDS[:30])
    assert "&lt;b&gt;not bold&lt;/b&gt; &amp;" in markup(sample)
    lines = _pdf_lines(_report(r, shared_ctx, sample))
    assert any('He wrote <b>not bold</b> & "quoted"' in line for line in lines)
    assert not any("\x00" in line for line in lines)  # no glyph missing from its font
