"""Font registration in one place, and user text turned into safe Paragraph markup.

Reports use the Noto fonts shipped in ``hrdoc/resources/fonts`` (SIL Open Font License, see OFL.txt there):
Noto Sans for Latin scripts (French diacritics included), Noto Sans Arabic and Noto Sans Tifinagh. Every
style names one of them, so ReportLab never falls back to an unembedded standard font.

Right-to-left text: ReportLab 5 shapes Arabic with uharfbuzz (joining forms, ligatures) word by word, but
without its optional ``rlbidi`` module it does not reorder words. :func:`markup` therefore applies the
Unicode bidi algorithm (python-bidi's ``get_display``) to each line of user text, then puts the characters
of every right-to-left word back in logical order so that HarfBuzz shapes it (HarfBuzz lays an Arabic word
out right to left by itself). Words thus come out in visual order; see docs/reports.md for the limits.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from importlib import resources
from xml.sax.saxutils import escape

from bidi import get_display
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

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


def font_dir() -> str:
    return str(resources.files("hrdoc") / "resources" / "fonts")


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


def _split_mixed_words(text: str, fonts: list[str]) -> tuple[str, list[str]]:
    """Put a space where a word would change font: ReportLab shapes a whole word with its first font, so a
    word mixing fonts (an Arabic word in Latin parentheses) would come out as empty boxes."""
    if fonts.count(fonts[0] if fonts else SANS) == len(fonts):
        return text, fonts
    chars: list[str] = []
    out: list[str] = []
    for i, (char, font) in enumerate(zip(text, fonts, strict=True)):
        if i and font != fonts[i - 1] and not char.isspace() and not text[i - 1].isspace():
            chars.append(" ")
            out.append(SANS)
        chars.append(char)
        out.append(font)
    return "".join(chars), out


def _has_rtl(text: str) -> bool:
    return not text.isascii() and _RTL_CHAR.search(text) is not None


_LTR_CLASSES = ("L", "EN", "AN")


def _logical_word(word: str) -> str:
    """Undo the character reversal bidi applied inside one visual word, keeping the words' visual order.

    Digits and left-to-right letters inside the word stay as they are; right-to-left stretches go back to
    logical order, which is what HarfBuzz expects (it lays them out right to left itself).
    """
    groups: list[tuple[bool, str]] = []
    for char in word:
        ltr = unicodedata.bidirectional(char) in _LTR_CLASSES
        if groups and groups[-1][0] == ltr:
            groups[-1] = (ltr, groups[-1][1] + char)
        else:
            groups.append((ltr, char))
    return "".join(text if ltr else text[::-1] for ltr, text in reversed(groups))


def visual_order(text: str) -> str:
    """Each line of ``text`` with its words in display order (unchanged if it has no right-to-left text)."""
    if not _has_rtl(text):
        return text
    lines = []
    for line in text.split("\n"):
        if not _has_rtl(line):
            lines.append(line)
            continue
        shown = get_display(line)
        lines.append(" ".join(_logical_word(w) if _has_rtl(w) else w for w in shown.split(" ")))
    return "\n".join(lines)


def text_width(text: str, size: float) -> float:
    """Width of ``text`` set at ``size`` in the fonts :func:`markup` would choose for each character."""
    return float(sum(pdfmetrics.stringWidth(c, f, size) for c, f in zip(text, _fonts_for(text), strict=True)))


def break_lines_logically(text: str, width: float, size: float, slack: float = 0.94) -> str:
    """Insert line breaks in reading (logical) order so that each line fits ``width``.

    Right-to-left paragraphs must be broken into lines *before* each line is put in visual order;
    otherwise the end of a sentence lands on the first line. Shaped Arabic is measured from unshaped
    glyphs, hence the slack.
    """
    limit = width * slack
    space = pdfmetrics.stringWidth(" ", SANS, size)
    out: list[str] = []
    for paragraph in text.split("\n"):
        line: list[str] = []
        used = 0.0
        for word in paragraph.split(" "):
            w = text_width(word, size)
            if line and used + space + w > limit:
                out.append(" ".join(line))
                line, used = [word], w
            else:
                used += (space if line else 0.0) + w
                line.append(word)
        out.append(" ".join(line))
    return "\n".join(out)


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


def markup(text: str | None, *, line_breaks: bool = True) -> str:
    """User text as safe Paragraph markup: escaped, bidi-ordered, each script run in a font that has it.

    Every piece of user text goes through here before it enters a Paragraph, so "<b>" or "&" typed by a
    witness print as typed.
    """
    if not text:
        return ""
    clean = _CONTROL.sub("", str(text)).replace("\r\n", "\n").replace("\r", "\n")
    ordered = visual_order(clean)
    if not _SCRIPT_CHAR.search(ordered):  # Noto Sans only: no runs to find
        chunk = escape(ordered)
        return chunk.replace("\n", "<br/>") if line_breaks else chunk
    ordered, fonts = _split_mixed_words(ordered, _fonts_for(ordered))
    out: list[str] = []
    run_font = SANS
    run: list[str] = []

    def flush() -> None:
        if not run:
            return
        chunk = escape("".join(run))
        if line_breaks:
            chunk = chunk.replace("\n", "<br/>")
        out.append(f'<font name="{run_font}">{chunk}</font>' if run_font != SANS else chunk)
        run.clear()

    for char, font in zip(ordered, fonts, strict=True):
        if font != run_font:
            flush()
            run_font = font
        run.append(char)
    flush()
    return "".join(out)
