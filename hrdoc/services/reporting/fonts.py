"""Font registration in one place, and user text turned into safe Paragraph markup.

Reports use the Noto fonts shipped in ``hrdoc/resources/fonts`` (SIL Open Font License, see OFL.txt there):
Noto Sans for Latin scripts (French diacritics included), Noto Sans Arabic and Noto Sans Tifinagh. Every
style names one of them, so ReportLab never falls back to an unembedded standard font.

Right-to-left text: ReportLab 5 shapes Arabic with uharfbuzz (joining forms, ligatures) word by word, but
without its optional ``rlbidi`` module it does not reorder words. hrdoc applies the Unicode bidi algorithm
(UAX #9) itself, then puts the characters of every right-to-left word back in logical order so that
HarfBuzz shapes it (HarfBuzz lays an Arabic word out right to left by itself). Words thus come out in visual
order. A paragraph of user text that contains right-to-left characters is first broken into lines in
logical order (:func:`visual_lines`): the levels are resolved once for the whole paragraph and the line
rules L1-L2 applied to each displayed line, as UAX #9 prescribes. :func:`markup` alone reorders each
source line as a whole; see docs/reports.md for where that is still used.
"""

from __future__ import annotations

import html
import re
import unicodedata
from functools import cache, lru_cache
from importlib import resources
from typing import Any
from xml.sax.saxutils import escape

from bidi import algorithm as bidi_algorithm
from bidi import get_display
from bidi.mirror import MIRRORED
from reportlab.lib.abag import ABag
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, shapeFragWord

SANS = "HrdocSans"
SANS_BOLD = "HrdocSans-Bold"
SANS_ITALIC = "HrdocSans-Italic"
ARABIC = "HrdocArabic"
ARABIC_BOLD = "HrdocArabic-Bold"
TIFINAGH = "HrdocTifinagh"

_FILES = {
    SANS: "NotoSans-Regular.ttf",
    SANS_BOLD: "NotoSans-Bold.ttf",
    SANS_ITALIC: "NotoSans-Italic.ttf",
    ARABIC: "NotoSansArabic-Regular.ttf",
    ARABIC_BOLD: "NotoSansArabic-Bold.ttf",
    TIFINAGH: "NotoSansTifinagh-Regular.ttf",
}


@cache
def register_fonts() -> None:
    """Register the shipped fonts and their bold/italic families with ReportLab (once per process)."""
    base = resources.files("hrdoc") / "resources" / "fonts"
    for name, filename in _FILES.items():
        with resources.as_file(base / filename) as path:
            pdfmetrics.registerFont(TTFont(name, str(path)))
    # Family mappings, so that <b> and <i> inside a run pick the right face. No bold italic is shipped.
    for bold, italic, face in ((0, 0, SANS), (1, 0, SANS_BOLD), (0, 1, SANS_ITALIC), (1, 1, SANS_BOLD)):
        addMapping(SANS, bold, italic, face)
    for bold, italic, face in ((0, 0, ARABIC), (1, 0, ARABIC_BOLD), (0, 1, ARABIC), (1, 1, ARABIC_BOLD)):
        addMapping(ARABIC, bold, italic, face)
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(TIFINAGH, bold, italic, TIFINAGH)


_ARABIC_RANGES = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
_ARABIC_CHAR = re.compile(f"[{_ARABIC_RANGES}]")
_SCRIPT_CHAR = re.compile(f"[{_ARABIC_RANGES}\u2d30-\u2d7f]")  # a character Noto Sans does not set


def _rtl_class() -> re.Pattern[str]:
    """A regular expression for one right-to-left character (bidi class R or AL), from Unicode's data."""
    blocks = ((0x0590, 0x08FF), (0x200F, 0x200F), (0xFB1D, 0xFDFF), (0xFE70, 0xFEFF), (0x10800, 0x10FFF))
    codes = [c for lo, hi in (*blocks, (0x1E800, 0x1EFFF)) for c in range(lo, hi + 1)]
    rtl = [c for c in codes if unicodedata.bidirectional(chr(c)) in ("R", "AL")]
    spans: list[list[int]] = []
    for code in rtl:
        if spans and spans[-1][1] == code - 1:
            spans[-1][1] = code
        else:
            spans.append([code, code])
    return re.compile("[" + "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in spans) + "]")


_RTL_CHAR = _rtl_class()


def _script_font(char: str) -> str | None:
    """The font a character needs besides Noto Sans, or None for Noto Sans (and neutral characters)."""
    code = ord(char)
    if 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0x08A0 <= code <= 0x08FF:
        return ARABIC
    if 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF:
        return ARABIC
    if 0x2D30 <= code <= 0x2D7F:
        return TIFINAGH
    return None


def _has_glyph(font_name: str, char: str) -> bool:
    return ord(char) in pdfmetrics.getFont(font_name).face.charToGlyph


def _fonts_for(text: str) -> list[str]:
    """The font of each character: its script's font; neutral characters (spaces, punctuation, digits) join
    the neighbouring script's font where that font has them."""
    if not _SCRIPT_CHAR.search(text):  # most text: Latin only, one font (and no per-character work)
        return [SANS] * len(text)
    scripts = [_script_font(c) for c in text]
    # For each position, the font of the next character that has a script (or is a letter): one pass from
    # the end, instead of scanning the rest of the text at every space.
    following = [SANS] * len(text)
    upcoming = SANS
    for i in range(len(text) - 1, -1, -1):
        following[i] = upcoming
        if scripts[i] or text[i].isalpha():
            upcoming = scripts[i] or SANS
    out: list[str] = []
    for i, char in enumerate(text):
        font = scripts[i]
        if font is None and unicodedata.category(char)[0] != "L":
            prev = out[-1] if out and not text[i - 1].isspace() else None
            nxt = following[i]
            if prev is not None and (prev == SANS or _has_glyph(prev, char)):
                font = prev
            elif not char.isspace() and nxt != SANS and _has_glyph(nxt, char):
                font = nxt
        out.append(font or SANS)
    return out


# Where a word changes font, a space of no width (see _split_mixed_words); clean_text() removes it from user text.
_SPLIT = "\x01"
_SPLIT_MARKUP = '<font size="0.01"> </font>'


def _split_mixed_words(text: str, fonts: list[str]) -> tuple[str, list[str]]:
    """Split a word where it would change font: ReportLab shapes a whole word with its first font, so a word
    mixing fonts (an Arabic word in Latin parentheses, which Noto Sans Arabic lacks) would come out as empty
    boxes. The split is a space set so small that it takes no room (:data:`_SPLIT`): "(توزيع)" keeps its
    parentheses touching the word."""
    if fonts.count(fonts[0] if fonts else SANS) == len(fonts):
        return text, fonts
    chars: list[str] = []
    out: list[str] = []
    for i, (char, font) in enumerate(zip(text, fonts, strict=True)):
        if i and font != fonts[i - 1] and not char.isspace() and not text[i - 1].isspace():
            chars.append(_SPLIT)
            out.append(SANS)
        chars.append(char)
        out.append(font)
    return "".join(chars), out


def has_rtl(text: str) -> bool:
    """True if ``text`` has any right-to-left character (Arabic, Hebrew...)."""
    return not text.isascii() and _RTL_CHAR.search(text) is not None


_LTR_CLASSES = ("L", "EN", "AN")
_NEUTRAL_CLASSES = ("ON", "ES", "ET", "CS", "WS")  # punctuation, signs and separators: no direction of their own


def _logical_word(word: str) -> str:
    """Undo the character reversal bidi applied inside one visual word, keeping the words' visual order.

    Digits and left-to-right letters inside the word stay as they are; right-to-left stretches go back to
    logical order, which is what HarfBuzz expects (it lays them out right to left itself).
    """
    return "".join(c for c, _ in _logical_cells([(c, i) for i, c in enumerate(word)]))


Cell = tuple[str, int]  # a character of a displayed line, and its offset in the logical text it came from


def _logical_cells(word: list[Cell]) -> list[Cell]:
    """:func:`_logical_word` on characters that keep their offsets in the logical text."""
    groups: list[tuple[bool, list[Cell]]] = []
    for cell in word:
        ltr = unicodedata.bidirectional(cell[0]) in _LTR_CLASSES
        if groups and groups[-1][0] == ltr:
            groups[-1][1].append(cell)
        else:
            groups.append((ltr, [cell]))
    return [cell for ltr, cells in reversed(groups) for cell in (cells if ltr else cells[::-1])]


def visual_order(text: str) -> str:
    """Each line of ``text`` with its words in display order (unchanged if it has no right-to-left text).

    Each source line is reordered as one displayed line: for text that may wrap, use :func:`visual_lines`.
    """
    if not has_rtl(text):
        return text
    lines = []
    for line in text.split("\n"):
        if not has_rtl(line):
            lines.append(line)
            continue
        base = _base_level(line, 0)
        lines.append(_display_line(line, _levels_or_none(line, base), base))
    return "\n".join(lines)


def text_width(text: str, size: float, latin: str = SANS) -> float:
    """Width of ``text`` set at ``size`` in the fonts :func:`markup` would choose for each character; what
    it sets in Noto Sans is measured in ``latin`` (the paragraph style's font: bold, italic), and Arabic as
    HarfBuzz shapes it (joined letters are narrower than the isolated forms: a third on average)."""
    fonts = _fonts_for(text)
    width = 0.0
    start = 0
    for i in range(1, len(text) + 1):
        if i < len(text) and fonts[i] == fonts[start]:
            continue
        run, font = text[start:i], fonts[start]
        if font == ARABIC:
            width += _shaped_width(run, ARABIC_BOLD if latin == SANS_BOLD else ARABIC, size)
        else:
            width += pdfmetrics.stringWidth(run, latin if font == SANS else font, size)
        start = i
    return width


@lru_cache(maxsize=65536)
def _shaped_width(run: str, font: str, size: float) -> float:
    """The width of a run of Arabic as HarfBuzz shapes it (ReportLab's shaping, as the paragraph will draw it)."""
    word = [pdfmetrics.stringWidth(run, font, size), (ABag(fontName=font, fontSize=size), run)]
    return float(shapeFragWord(word, force=True)[0])


def _line_spans(paragraph: str, width: float, size: float, latin: str, slack: float) -> list[tuple[int, int]]:
    """Where to break one paragraph (no newline) into lines of at most ``width``, in reading order: the
    (start, end) offsets of each line; the single space at each break belongs to no line."""
    limit = width * slack
    space = pdfmetrics.stringWidth(" ", latin, size)
    spans: list[tuple[int, int]] = []
    start = pos = 0
    used = 0.0
    started = False
    for word in paragraph.split(" "):
        w = text_width(word, size, latin)
        if started and used + space + w > limit:
            spans.append((start, pos - 1))
            start, used = pos, w
        else:
            used += (space if started else 0.0) + w
        started = True
        pos += len(word) + 1
    spans.append((start, len(paragraph)))
    return spans


def break_lines_logically(text: str, width: float, size: float, slack: float = 0.94, latin: str = SANS) -> str:
    """Insert line breaks in reading (logical) order so that each line fits ``width``.

    Paragraphs with right-to-left text must be broken into lines *before* each line is put in visual order;
    otherwise the end of a right-to-left passage lands on the first line. Shaped Arabic is measured from
    unshaped glyphs, hence the slack.
    """
    out: list[str] = []
    for paragraph in text.split("\n"):
        out.extend(paragraph[s:e] for s, e in _line_spans(paragraph, width, size, latin, slack))
    return "\n".join(out)


_ISOLATES = ("LRI", "RLI", "FSI", "PDI")
_STRONG = ("L", "R", "AL")
# Explicit bidi formatting characters and marks: they steer the algorithm and are dropped once a line is in
# display order (Noto Sans draws them with no width, but a reader copying the text would get them).
_CONTROLS = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_LRE, _RLE, _PDF, _LRM, _RLM = "\u202a", "\u202b", "\u202c", "\u200e", "\u200f"


def isolate(value: str, rtl: bool) -> str:
    """``value`` set apart for a text it is inserted into (a template of a report: right to left in Arabic, if
    ``rtl``), so that it reads as one run and the template's punctuation around it stays on the template's side.

    Unicode's isolates (FSI…PDI) are the tool for this, but python-bidi's reference implementation, whose levels
    the report uses (:func:`_resolved_levels`), predates them. The equivalent it honours: a mark of the template's
    direction on either side (the separators and brackets of the template then lie between text of its direction,
    as they would next to an isolate) around an embedding (the value's own neutrals resolve inside it). A value
    without letters of the other direction (Arabic in an Arabic report, a number) reads in the template's direction
    already and is left as it is. One with them is embedded in the template's direction if it has letters of that
    direction too (the report's own words around a name: "Annefif (ويُكتب أيضاً …)"), else in the other. Each
    line is set apart on its own, since an embedding ends with its paragraph.
    """
    if "\n" in value:
        return "\n".join(isolate(line, rtl) for line in value.split("\n"))
    if not (_has_ltr(value) if rtl else has_rtl(value)):
        return value
    own = has_rtl(value) if rtl else _has_ltr(value)
    mark, same, opposite = (_RLM, _RLE, _LRE) if rtl else (_LRM, _LRE, _RLE)
    return f"{mark}{same if own else opposite}{value}{_PDF}{mark}"


def _has_ltr(text: str) -> bool:
    return any(unicodedata.bidirectional(c) == "L" for c in text)


def without_controls(text: str) -> str:
    """``text`` without bidi formatting characters and marks (:func:`isolate`'s), for where it is not put in
    display order (a PDF outline entry)."""
    return "".join(c for c in text if c not in _CONTROLS)


def _resolved_levels(paragraph: str, base_level: int) -> list[int]:
    """The embedding level of each character of one paragraph, resolved by UAX #9 up to rule I2, that is
    before the line rules (python-bidi's reference implementation, which works on whole paragraphs, with
    rule N0 added)."""
    storage = bidi_algorithm.get_empty_storage()
    storage["base_level"] = base_level
    storage["base_dir"] = "LR"[base_level]
    bidi_algorithm.get_embedding_levels(paragraph, storage)
    chars = list(storage["chars"])
    for char in chars:
        if char["type"] in _ISOLATES:  # that implementation predates isolates: treat them as neutrals
            char["type"] = char["orig"] = "ON"
    bidi_algorithm.explicit_embed_and_overrides(storage)
    bidi_algorithm.resolve_weak_types(storage)
    _resolve_brackets(storage)
    bidi_algorithm.resolve_neutral_types(storage, False)
    bidi_algorithm.resolve_implicit_levels(storage, False)
    levels: list[int] = []
    for char in chars:  # characters removed by rule X9 (format controls) keep their neighbour's level
        removed = char["orig"] in bidi_algorithm.X9_REMOVED
        levels.append(levels[-1] if removed and levels else int(char["level"]))
    return levels


# Bidi_Paired_Bracket pairs (Unicode's BidiBrackets.txt; the common ones)
_BRACKETS = dict(
    zip(
        "([{\u2045\u2329\u3008\u300a\u300c\u300e\u3010\u3014\uff08\uff3b\uff5b",
        ")]}\u2046\u232a\u3009\u300b\u300d\u300f\u3011\u3015\uff09\uff3d\uff5d",
        strict=True,
    )
)
_CLOSING = {close: open_ for open_, close in _BRACKETS.items()}


def _strong(kind: str) -> str | None:
    """A resolved bidi type as rule N0 sees it: L, R (numbers count as R) or None."""
    return "L" if kind == "L" else "R" if kind in ("R", "AL", "EN", "AN") else None


def _resolve_brackets(storage: dict[str, Any]) -> None:
    """Rule N0 (UAX #9 since Unicode 6.3; python-bidi's reference implementation predates it): a pair of
    brackets takes the direction of the strong text inside it if that is the embedding direction, else the
    direction of the text before it; so "(في 2020)" keeps both its brackets with the Arabic."""
    chars = storage["chars"]
    for run in storage["runs"]:
        seq = chars[run["start"] : run["start"] + run["length"]]
        if not seq:
            continue
        embedding = "LR"[seq[0]["level"] % 2]
        stack: list[tuple[str, int]] = []
        pairs: list[tuple[int, int]] = []
        for i, char in enumerate(seq):  # rule BD16
            if char["type"] != "ON":
                continue
            if char["ch"] in _BRACKETS:
                if len(stack) == 63:
                    break
                stack.append((_BRACKETS[char["ch"]], i))
            elif char["ch"] in _CLOSING:
                for depth in range(len(stack) - 1, -1, -1):
                    if stack[depth][0] == char["ch"]:
                        pairs.append((stack[depth][1], i))
                        del stack[depth:]
                        break
        for opening, closing in sorted(pairs):
            inside = {_strong(c["type"]) for c in seq[opening + 1 : closing]} - {None}
            if not inside:
                continue
            if embedding in inside:
                direction = embedding
            else:  # only the opposite direction inside: the context before decides
                before = (_strong(c["type"]) for c in reversed(seq[:opening]))
                direction = next((d for d in before if d), run["sor"])
            seq[opening]["type"] = seq[closing]["type"] = direction


def _reorder_line(line: str, levels: list[int], base_level: int) -> str:
    """One displayed line in visual order, ready for ReportLab and HarfBuzz (:func:`_reorder_cells`)."""
    return "".join(c for c, _ in _reorder_cells(line, levels, base_level))


def _reorder_cells(line: str, levels: list[int], base_level: int) -> list[Cell]:
    """One displayed line in visual order, each character with its offset in ``line``: UAX #9 rules L1
    (trailing white space and tabs at the paragraph level) and L2 (reverse runs from the highest level down to
    the lowest odd one), then :func:`_shaping_word` on each word."""
    register_fonts()  # _shaping_word asks which characters the fonts have
    levels = list(levels)
    trailing = True
    for i in range(len(line) - 1, -1, -1):
        kind = unicodedata.bidirectional(line[i])
        if kind in ("S", "B"):
            levels[i] = base_level
            trailing = True
        elif trailing and kind in ("WS", "BN", *_ISOLATES):
            levels[i] = base_level
        else:
            trailing = False
    cells = [(char, level, i) for i, (char, level) in enumerate(zip(line, levels, strict=True))]
    odd = [level for level in levels if level % 2]
    for level in range(max(levels, default=0), min(odd, default=1) - 1, -1) if odd else ():
        i = 0
        while i < len(cells):
            if cells[i][1] < level:
                i += 1
                continue
            j = i
            while j < len(cells) and cells[j][1] >= level:
                j += 1
            cells[i:j] = cells[i:j][::-1]
            i = j
    cells = [cell for cell in cells if cell[0] not in _CONTROLS]  # their work is done (:func:`isolate`)
    out: list[Cell] = []
    word: list[tuple[str, int, int]] = []
    for cell in [*cells, (" ", base_level, -1)]:
        if cell[0] == " ":
            out.extend(_shaping_word(word))
            word = []
            if cell[2] >= 0:
                out.append((" ", cell[2]))
        else:
            word.append(cell)
    return out


def _shaping_word(word: list[tuple[str, int, int]]) -> list[Cell]:
    """One word of a visually ordered line (characters with their levels and offsets), as it must be handed to
    ReportLab.

    Right-to-left stretches go back to logical order: HarfBuzz lays each out right to left, and mirrors its
    brackets, by itself. What ReportLab draws left to right as it stands (words without right-to-left
    letters, Latin letters touching Arabic ones, and punctuation Noto Sans Arabic lacks, such as curly quotes
    or some brackets, which are set apart in Noto Sans) keeps its visual place, and a bracket in right-to-left
    text is mirrored here (rule L4).
    """
    if not has_rtl("".join(c for c, _l, _o in word)):
        return [(MIRRORED.get(c, c) if level % 2 else c, origin) for c, level, origin in word]
    out: list[Cell] = []
    stretch: list[Cell] = []
    for char, level, origin in word:
        kind = unicodedata.bidirectional(char)
        neutral = kind in _NEUTRAL_CLASSES
        # set apart in Noto Sans (a Latin letter, punctuation Noto Sans Arabic lacks): keeps its visual place
        if (neutral and not _has_glyph(ARABIC, char)) or (kind == "L" and _script_font(char) is None):
            out.extend(_logical_cells(stretch))
            stretch = []
            out.append((MIRRORED.get(char, char) if level % 2 else char, origin))
            continue
        if neutral and not level % 2:
            # resolved left to right (a « opening an Arabic quotation in a French sentence) but shaped with
            # the right-to-left word it touches: HarfBuzz will mirror it, so hand it over mirrored
            char = MIRRORED.get(char, char)
        stretch.append((char, origin))
    out.extend(_logical_cells(stretch))
    return out


def visual_lines(
    text: str, width: float, size: float, *, rtl: bool, latin: str = SANS, slack: float = 0.94
) -> list[str]:
    """``text`` broken into lines of at most ``width`` in reading order, then each line put in display order.

    The bidi levels are resolved once per paragraph (each source line is a paragraph, UAX #9 P1; its
    direction is that of its first strong character, else ``rtl``), then the line rules L1-L2 are applied to
    each displayed line. So a right-to-left passage that wraps inside a left-to-right sentence keeps its
    first words on the first line, and the reverse.
    """
    out: list[str] = []
    for paragraph in text.split("\n"):
        spans = _line_spans(paragraph, width, size, latin, slack)
        if not has_rtl(paragraph):
            out.extend(paragraph[s:e] for s, e in spans)
            continue
        base = _base_level(paragraph, int(rtl))
        levels = _levels_or_none(paragraph, base)
        for s, e in spans:
            out.append(_display_line(paragraph[s:e], None if levels is None else levels[s:e], base))
    return out


def _base_level(paragraph: str, default: int) -> int:
    """The paragraph's direction (UAX #9 P2-P3): its first strong character's, else ``default``."""
    kinds = (unicodedata.bidirectional(c) for c in paragraph)
    strong = next((k for k in kinds if k in _STRONG), None)
    return default if strong is None else int(strong != "L")


def _levels_or_none(paragraph: str, base: int) -> list[int] | None:
    try:
        return _resolved_levels(paragraph, base)
    except Exception:  # noqa: BLE001 - never lose a report to the reference implementation (see _display_line)
        return None


def _display_line(line: str, levels: list[int] | None, base: int) -> str:
    if levels is None:  # python-bidi's own reordering of the line alone (no mirroring)
        return " ".join(
            _logical_word(w) if has_rtl(w) else w
            for w in without_controls(get_display(line, base_dir="LR"[base])).split(" ")
        )
    return _reorder_line(line, levels, base)


def quotation(text: str) -> str:
    """``text`` in quotation marks, as the report quotes a witness or an excerpt: guillemets around text that
    reads right to left (docs/glossary.md: Arabic quotes with «…», which are bidi-mirrored and in the Arabic
    font, so they come out on the right sides of the quotation, touching it), curly quotes otherwise."""
    return f"«{text}»" if is_rtl_text(text) else f"“{text}”"


def needs_shaping(text: str) -> bool:
    """True if ``text`` has characters that must be shaped (Arabic joining forms and ligatures)."""
    return not text.isascii() and _ARABIC_CHAR.search(text) is not None


def is_rtl_text(text: str) -> bool:
    """True if the first strongly directional character is right-to-left (the paragraph reads RTL)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_text(text: str | None) -> str:
    """User text without control characters, with ``\n`` for every line break."""
    return _CONTROL.sub("", str(text or "")).replace("\r\n", "\n").replace("\r", "\n")


def markup(text: str | None, *, line_breaks: bool = True, ordered: bool = False) -> str:
    """User text as safe Paragraph markup: escaped, bidi-ordered, each script run in a font that has it.

    Every piece of user text goes through here before it enters a Paragraph, so "<b>" or "&" typed by a
    witness print as typed. With ``ordered``, the lines are already in display order (:func:`visual_lines`)
    and are not reordered again.
    """
    if not text:
        return ""
    clean = clean_text(text)
    ordered_text = clean if ordered else visual_order(clean)
    if not _SCRIPT_CHAR.search(ordered_text):  # Noto Sans only: no runs to find
        chunk = escape(ordered_text)
        return chunk.replace("\n", "<br/>") if line_breaks else chunk
    ordered_text, fonts = _split_mixed_words(ordered_text, _fonts_for(ordered_text))
    out: list[str] = []
    run_font = SANS
    run: list[str] = []

    def flush() -> None:
        if not run:
            return
        chunk = escape("".join(run)).replace(_SPLIT, _SPLIT_MARKUP)
        if line_breaks:
            chunk = chunk.replace("\n", "<br/>")
        out.append(f'<font name="{run_font}">{chunk}</font>' if run_font != SANS else chunk)
        run.clear()

    for char, font in zip(ordered_text, fonts, strict=True):
        if font != run_font:
            flush()
            run_font = font
        run.append(char)
    flush()
    return "".join(out)


_TOKEN = re.compile(r"<[^>]*>|[^<]+")
_TAG_NAME = re.compile(r"</?\s*(\w+)")
_FONT_NAME_ONLY = re.compile(r'<font\s+name="[^"]*"\s*>')


def _parse_markup(text_markup: str) -> tuple[str, list[tuple[str, ...]]]:
    """Paragraph markup as plain text (``<br/>`` a line break) and, for each character, the tags open around it.

    A ``<font>`` tag that only names a font is dropped: :func:`markup` chooses each run's font again, and splits
    words where their font changes again (:func:`_split_mixed_words`), so the splits already made are dropped too:
    a line could break at one, between a name and the comma after it."""
    chars: list[str] = []
    tags: list[tuple[str, ...]] = []
    stack: list[str] = []  # the open tags, "" for one dropped
    for token in _TOKEN.findall(text_markup.replace(_SPLIT_MARKUP, "")):
        if not token.startswith("<"):
            text = html.unescape(token)
            chars.append(text)
            tags.extend([tuple(t for t in stack if t)] * len(text))
            continue
        name = (m.group(1) if (m := _TAG_NAME.match(token)) else "").lower()
        if name == "br":
            chars.append("\n")
            tags.append(())
        elif token.startswith("</"):
            if stack:
                stack.pop()
        elif not token.endswith("/>"):
            stack.append("" if _FONT_NAME_ONLY.fullmatch(token) else token)
    return "".join(chars), tags


def _closing(tags: tuple[str, ...]) -> str:
    return "".join(f"</{m.group(1)}>" for tag in reversed(tags) if (m := _TAG_NAME.match(tag)))


def ordered_markup(
    text_markup: str, width: float, size: float, *, rtl: bool, latin: str = SANS, slack: float = 0.94
) -> str:
    """Paragraph markup (the report's own, with user text already :func:`markup`'d) broken into lines of at most
    ``width`` in reading order, each line put in display order, with its bold, italic and font tags kept on the
    characters they were around: :func:`visual_lines` for markup.

    With ``rtl`` every line reads right to left (a text of a right-to-left report: "[S3] Title" begins at the
    right); otherwise each line of the markup takes the direction of its first strong character.
    """
    text, tags = _parse_markup(text_markup)
    lines: list[str] = []
    offset = 0
    for paragraph in text.split("\n"):
        base = 1 if rtl else _base_level(paragraph, 0)
        levels = _levels_or_none(paragraph, base) if base or has_rtl(paragraph) else None
        for s, e in _line_spans(paragraph, width, size, latin, slack):
            line = paragraph[s:e]
            if levels is None:
                cells: list[Cell] = [(c, i) for i, c in enumerate(line)]
            else:
                cells = _reorder_cells(line, levels[s:e], base)
            out: list[str] = []
            i = 0
            while i < len(cells):
                run_tags = tags[offset + s + cells[i][1]]
                j = i
                while j < len(cells) and tags[offset + s + cells[j][1]] == run_tags:
                    j += 1
                run = markup("".join(c for c, _ in cells[i:j]), line_breaks=False, ordered=True)
                out.append("".join(run_tags) + run + _closing(run_tags))
                i = j
            lines.append("".join(out))
        offset += len(paragraph) + 1
    return "<br/>".join(lines)
