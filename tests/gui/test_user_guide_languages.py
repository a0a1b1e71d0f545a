"""The in-app help in French and Arabic (issue 16, point 8): Help → User guide, with the real catalogues, has no
element left in English: the guide's own text (hrdoc/resources/help/guide.html), the keyboard shortcuts it lists (from
hrdoc.gui.shortcuts and the window's menus) and the table of who sees what (from the sharing policy).

The guide is rendered in English and then in the language, and compared element by element (each heading,
paragraph, list item and table cell): the generated parts have the same rows in every language."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QTextDocument, QTextDocumentFragment, QTextTable
from PySide6.QtWidgets import QApplication

from hrdoc.gui import i18n, shortcuts
from hrdoc.gui.i18n import tr
from hrdoc.gui.main_window import MainWindow
from hrdoc.gui.user_guide import audiences_html, guide_html, guide_strings
from hrdoc.services import languages
from hrdoc.services.context import StoreContext

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
LRELEASE = "from PySide6.scripts.pyside_tool import lrelease; lrelease()"
ELEMENT = re.compile(r"<(h1|h2|h3|p|li|td|th)(?:\s[^>]*)?>(.*?)</\1>", re.DOTALL)

# Key names are the same in every language where Qt's own catalogue writes them so ("Ctrl", "F9"; French has
# "Maj", "Suppr", "Entrée"), and Arabic keyboards print them in Latin letters: a text made only of key names,
# "+", "," and "…" may stay as it is. Words such as "typing" or "mouse wheel" are not key names.
KEY = r"(?:Ctrl|Shift|Alt|Meta|Del|Esc|Enter|Return|Tab|Backspace|PgUp|PgDown|Home|End|F\d{1,2}|[A-Z0-9]|[,/])"
KEYS_ONLY = re.compile(rf"^{KEY}(?:\+{KEY})*(?:(?:, | … ){KEY}(?:\+{KEY})*)*$")
# Words the same in a language on purpose, each with its reason.
SAME = {
    "fr": {"Public": "the public audience is « Public » in French too (docs/glossary.md, Audiences)"},
    "ar": {},
}


@pytest.fixture(scope="module")
def catalogues(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed .ts sources compiled as `make qm` compiles them into the package, so that the test reads
    the translations as they are in the sources, whatever was last built."""
    folder = tmp_path_factory.mktemp("translations")
    for language in ("fr", "ar"):
        source = ROOT / "resources" / "translations" / f"hrdoc_{language}.ts"
        target = folder / f"hrdoc_{language}.qm"
        subprocess.run([sys.executable, "-c", LRELEASE, "-silent", str(source), "-qm", str(target)], check=True)
    return folder


@pytest.fixture
def in_language(
    qapp: QApplication, catalogues: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[list[i18n.Installed]]:
    monkeypatch.setattr(languages, "CATALOGUES", catalogues)
    made: list[i18n.Installed] = []
    yield made
    for installed in reversed(made):
        installed.remove()


def elements(html: str) -> list[str]:
    """Every element's text as read, tags and entities resolved, spaces collapsed."""
    return [" ".join(QTextDocumentFragment.fromHtml(m.group(2)).toPlainText().split()) for m in ELEMENT.finditer(html)]


def english_left(english: list[str], shown: list[str], language: str) -> list[str]:
    assert len(shown) == len(english), "the guide's elements differ in number between English and the language"
    return [
        text
        for text, source in zip(shown, english, strict=True)
        if text and text == source and not KEYS_ONLY.match(text) and text not in SAME[language]
    ]


def window_menus(qtbot, ctx: StoreContext) -> MainWindow:
    """The main window on the demo case: its menus (the Evidence menu's keys are declared on its own actions)."""
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.workspace.loaded, timeout=20_000):
        window.show()
        window.refresh()
    return window


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_the_user_guide_is_all_in_the_language(
    qtbot, qapp: QApplication, demo_ctx: StoreContext, in_language: list[i18n.Installed], language: str
) -> None:
    english_window = window_menus(qtbot, demo_ctx)
    english = elements(guide_html(english_window.menuBar()))
    english_keys = [(k.text(), k.description()) for _h, keys in shortcuts.sections() for k in keys]
    english_audiences = elements(audiences_html())

    in_language.append(i18n.install(qapp, language))
    assert i18n.running == language
    window = window_menus(qtbot, demo_ctx)  # its menus' texts, and so the guide's "In the menus" rows, translated
    shown = elements(guide_html(window.menuBar()))

    # The guide has a section of keys taken from the menus; they are in the comparison.
    assert any(" → " in text for text in english), "no key of the window's menus listed in the guide"
    assert len(english) > len(guide_strings()) + 40  # the keys and the audiences' table are in the comparison
    assert not english_left(english, shown, language), f"{language}: still English in the user guide"
    # Every shortcut's description, and the shown keys written as words ("typing", "mouse wheel").
    keys = [(k.text(), k.description()) for _h, ks in shortcuts.sections() for k in ks]
    assert not [what for (_k, what), (_ek, source) in zip(keys, english_keys, strict=True) if what == source], (
        f"{language}: shortcut descriptions left in English"
    )
    assert not [
        k for (k, _w), (ek, _s) in zip(keys, english_keys, strict=True) if k and k == ek and not KEYS_ONLY.match(k)
    ], f"{language}: key names written as words left in English"
    # Who sees what: every row of the sharing policy's table, in Help → User guide and on its own.
    assert not english_left(english_audiences, elements(audiences_html()), language), f"{language}: audiences"


def test_key_names_alone_are_let_through() -> None:
    """The exception for key names covers keys and nothing else: a word between keys is still a word."""
    for keys in ("Ctrl+Shift+Z, Ctrl+Y", "Alt+1 … Alt+9, Alt+0", "F2, Enter", "Ctrl+,", "Ctrl+/", "Del"):
        assert KEYS_ONLY.match(keys), keys
    for words in ("typing", "mouse wheel", "Alt+letter", "Enter never saves", "Public", "Tab moves on"):
        assert not KEYS_ONLY.match(words), words


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_the_help_tables_read_in_the_languages_direction(
    qapp: QApplication, in_language: list[i18n.Installed], language: str
) -> None:
    """Qt's rich text does not mirror a table's columns in a right-to-left layout, so the help's tables are written
    last column first in Arabic: as laid out, the keys stand to the right of what they do, and the audience to the
    right of what it receives; in French, to the left."""
    in_language.append(i18n.install(qapp, language))
    # Each table's first cell as written for a left-to-right reader: the first section's first keys, "Audience".
    for html, first_text in ((shortcuts.shortcuts_html(), shortcuts.LOCK.text()), (audiences_html(), tr("Audience"))):
        document = QTextDocument()
        document.setTextWidth(700)
        document.setHtml(html)
        table = next(f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable))
        cells = [table.cellAt(0, column).firstCursorPosition().block() for column in range(table.columns())]
        lefts = {
            block.text().strip("\u2068\u2069"): document.documentLayout().blockBoundingRect(block).left()
            for block in cells
        }
        others = [x for text, x in lefts.items() if text != first_text]
        assert first_text in lefts and len(others) == table.columns() - 1
        # At the left in French, at the right in Arabic.
        if language == "ar":
            assert all(lefts[first_text] > x for x in others), f"{language}: {lefts}"
        else:
            assert all(lefts[first_text] < x for x in others), f"{language}: {lefts}"
