"""The interface's languages: one translation function for the whole GUI.

Every user-visible string of the GUI goes through :func:`tr` with a literal text, filled in afterwards:
``tr("Open case {name}").format(name=n)``. PySide6's ``lupdate`` extracts such free ``tr("...")`` calls under
the empty context, so :func:`tr` looks them up there too: one catalogue, the same text translated the same way
everywhere (a second argument tells apart the rare texts that must differ, e.g. ``tr("Open", "verb")``).
Labels declared below the GUI (the record registry, vocabularies, services' messages) are marked with
:func:`hrdoc.domain.registry.N_` where they are written and translated here where they are shown;
``tools/translations.py`` tells ``lupdate`` that ``N_`` marks text too.

The language is chosen in Preferences (the system's until then) and put in place once, at start, by
:func:`install` (hrdoc.gui.launch), before any window is made: a change takes effect when hrdoc next starts, as
Preferences says (the windows already made keep their texts; retranslating every one of them in place is not
done). Its catalogue is compiled by the build into the package (setup.py, ``make``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from sys import stderr
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, Qt, QTranslator
from PySide6.QtGui import QFontDatabase, QGuiApplication

from hrdoc.gui import settings
from hrdoc.services.languages import CODES, ENGLISH, RIGHT_TO_LEFT, catalogue, language_of

if TYPE_CHECKING:
    import datetime as dt

    from PySide6.QtWidgets import QPlainTextEdit, QWidget

CONTEXT = ""  # lupdate's context for free tr() calls and N_ marks


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the interface's language (``text`` itself where no translation is loaded).

    In a right-to-left language every ``{placeholder}`` comes back isolated (:func:`isolated`), so that what
    is filled in later, a path, a file name or a French place name, reads as one piece in the Arabic sentence.
    """
    found = QCoreApplication.translate(CONTEXT, text, disambiguation, n)
    if running not in RIGHT_TO_LEFT:
        return found
    return right_to_left_paragraph(isolated(found) if "{" in found else found)


# str.format's replacement fields: "{0}", "{name}", "{1:.6f}", not the escaped "{{".
_FIELD = re.compile(r"(?<!\{)\{[^{}]*\}(?!\})")
FSI, PDI = "\u2068", "\u2069"  # Unicode's first-strong isolate and its end (UAX #9, rules X5c, X6a)
LRI = "\u2066"  # Unicode's left-to-right isolate (UAX #9, rule X5a)


def isolated(template: str) -> str:
    """``template`` with each replacement field between isolate marks (invisible): the value takes the
    direction of its own first letter and does not mix with the sentence around it. Without them "في
    /tmp/demo.db." shows its leading "/" at the wrong end in Arabic, and a Latin name next to a number swaps
    places with it."""
    return _FIELD.sub(lambda field: f"{FSI}{field.group(0)}{PDI}", template)


RLM = "\u200f"  # Unicode's right-to-left mark: a strong right-to-left character that shows nothing
_ISOLATES = {"\u2066": 1, "\u2067": 1, "\u2068": 1, "\u2069": -1}  # LRI, RLI, FSI open; PDI closes


def first_strong(text: str) -> str | None:
    """ "L" or "R": the direction of ``text``'s first strong character outside isolates (UAX #9, rules P2 and
    P3), which Qt takes as a plain text's direction where nothing else sets it; None if it has none."""
    depth = 0
    for char in text:
        if char in _ISOLATES:
            depth = max(depth + _ISOLATES[char], 0)
            continue
        kind = unicodedata.bidirectional(char)
        if depth == 0 and kind in ("L", "R", "AL"):
            return "L" if kind == "L" else "R"
    return None


def right_to_left_paragraph(text: str) -> str:
    """``text`` read right to left as a whole where it holds right-to-left words. When its first strong letter is
    Latin ("YYYY-MM-DD، أو يُترك فارغاً", "https://… (يُقرأ من ملف WARC…)"), Qt would lay it out left to right,
    aligned left, the Arabic words in the wrong order (a field's placeholder, a drop-down's choice "A — موثوق
    تماماً"): a right-to-left mark goes in front, and the leading Latin word (its trailing comma or plus sign
    left out) between isolate marks, so that "https://…" keeps its slashes where they are. Rich text (it begins
    with a tag) and text with no right-to-left letter are left as they are: a mark in front would stop Qt from
    taking the first for rich text."""
    if text.lstrip().startswith("<") or first_strong(text) != "L":
        return text
    if not any(unicodedata.bidirectional(c) in ("R", "AL") for c in text):
        return text
    end = 0
    while end < len(text) and not text[end].isspace() and unicodedata.bidirectional(text[end]) not in ("R", "AL"):
        end += 1
    while end and unicodedata.bidirectional(text[end - 1]) in ("CS", "ES"):
        end -= 1  # "،" after a date, "+" before "حرف": they belong to the Arabic sentence
    return f"{RLM}{LRI}{text[:end]}{PDI}{text[end:]}" if end else RLM + text


def in_layout_direction(text: str, widget: QWidget) -> str:
    """``text`` (a case's reference and title, a record's name: user text of either direction) laid out in
    ``widget``'s direction, whatever its first letter: a right-to-left mark in front in a right-to-left layout,
    so that a Latin case title is aligned right like the Arabic around it and a reference comes first on the
    right. Left to right it is returned as it is."""
    return RLM + text if widget.layoutDirection() == Qt.LayoutDirection.RightToLeft and text else text


def follow_text_direction(edit: QPlainTextEdit) -> None:
    """Align ``edit``'s text as its own first paragraph reads, and keep doing so as it is typed: an Arabic account
    from the right, an English quote from the left, in either interface; an empty field as the layout. A
    QLineEdit and a QTextEdit do this themselves; a QPlainTextEdit orders each paragraph by its letters but draws
    every one from the left, an Arabic one in an Arabic window too."""
    document = edit.document()

    def align() -> None:
        block, found = document.firstBlock(), None
        while block.isValid() and found is None:
            found = first_strong(block.text())
            block = block.next()
        if found is None:
            found = "R" if edit.layoutDirection() == Qt.LayoutDirection.RightToLeft else "L"
        side = Qt.AlignmentFlag.AlignRight if found == "R" else Qt.AlignmentFlag.AlignLeft
        option = document.defaultTextOption()
        if option.alignment() != side | Qt.AlignmentFlag.AlignAbsolute:
            option.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute)
            document.setDefaultTextOption(option)

    document.contentsChanged.connect(align)
    align()


# -- the interface's language: chosen in Preferences, put in place once at start ------------------------------


@dataclass
class Installed:
    """What :func:`install` put in place (a test takes it out again with :meth:`remove`)."""

    language: str
    locale: QLocale
    translators: list[QTranslator] = field(default_factory=list)
    previous: tuple[QLocale, Qt.LayoutDirection] | None = None
    previous_language: str = ENGLISH

    def remove(self) -> None:
        for translator in self.translators:
            QCoreApplication.removeTranslator(translator)
        if self.previous is not None:
            QLocale.setDefault(self.previous[0])
            QGuiApplication.setLayoutDirection(self.previous[1])
        global running
        running = self.previous_language


running = ENGLISH  # the language install() put in place (English until then: the source texts)


def system_language() -> str:
    """The system's language if hrdoc speaks it, else English: the default until one is chosen in Preferences."""
    return language_of(QLocale.system().name()) or ENGLISH


def chosen_language() -> str:
    """The language chosen in Preferences, or the system's (:func:`system_language`) if none is."""
    saved = settings.LANGUAGE.get()
    return saved if saved in CODES else system_language()


def ui_locale(language: str) -> QLocale:
    """How dates and numbers are written in ``language``. French and English follow the system's conventions
    where the system speaks that language (fr_CA, en_US), else France's and Britain's (as UN documents do);
    Arabic is Modern Standard Arabic with the digits 0-9, as in the reports (hrdoc.services.locale_format) and
    UN Arabic documents, and as typed on any keyboard into a date or a number field."""
    if language == "ar":
        return QLocale("ar_001")
    system = QLocale.system()
    if language_of(system.name()) == language:
        return system
    return QLocale("fr_FR" if language == "fr" else "en_GB")


def load_catalogue(language: str, parent: QObject | None = None) -> QTranslator | None:
    """hrdoc's compiled catalogue for ``language`` (None for English, or when it was never built)."""
    path = catalogue(language)
    translator = QTranslator(parent)
    return translator if path is not None and translator.load(str(path)) else None


def install(app: QCoreApplication, language: str | None = None) -> Installed:
    """Put the interface's language in place, once, when the application exists and before any window is made:
    hrdoc's catalogue and Qt's own (its buttons and dialogs: ``qtbase_LANG.qm``, shipped with PySide6), the
    default locale for dates and numbers, and the layout's direction (right to left in Arabic). ``language``
    defaults to the one chosen in Preferences (:func:`chosen_language`). English loads nothing."""
    global running
    language = language or chosen_language()
    installed = Installed(
        language,
        ui_locale(language),
        previous=(QLocale(), QGuiApplication.layoutDirection()),
        previous_language=running,
    )
    if language != ENGLISH:
        qt_own = QTranslator(app)
        if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            installed.translators.append(qt_own)
        ours = load_catalogue(language, app)
        if ours is None:
            print(f"hrdoc: the interface's {language} catalogue is missing (run make): English instead", file=stderr)
        else:
            installed.translators.append(ours)
        for translator in installed.translators:
            app.installTranslator(translator)
    QLocale.setDefault(installed.locale)
    right_to_left = language in RIGHT_TO_LEFT
    if right_to_left:
        add_arabic_fonts()
    QGuiApplication.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight
    )
    running = language
    return installed


ARABIC_FONTS = ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf")  # shipped for the reports too
_fonts_added: list[int] = []


def add_arabic_fonts() -> None:
    """Make the Arabic fonts shipped with hrdoc (Noto Sans Arabic) available to the interface, once: where the
    system's fonts draw Arabic upright but not in italics (DejaVu Sans has no Arabic in its oblique face), Qt
    then falls back on them instead of drawing empty boxes, as in the user guide's italic words."""
    if _fonts_added:
        return
    from importlib import resources

    base = resources.files("hrdoc") / "resources" / "fonts"
    for name in ARABIC_FONTS:
        with resources.as_file(base / name) as path:
            _fonts_added.append(QFontDatabase.addApplicationFont(str(path)))


def number_text(value: int | float, decimals: int = 0) -> str:
    """A number as the interface's language writes it ("1 234" in French), by QLocale: the same rules as the
    reports' (hrdoc.services.locale_format.format_number)."""
    return QLocale().toString(value) if isinstance(value, int) else QLocale().toString(value, "f", decimals)


def date_text(day: dt.date) -> str:
    """A day in words in the interface's language ("27 mars 2022"), the same as in reports and the CLI."""
    from hrdoc.services.locale_format import format_date

    return format_date(day, running)
