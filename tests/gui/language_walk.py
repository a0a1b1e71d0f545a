"""Walking the whole interface in a language (issue 16, point 7): the real catalogues compiled and installed, the
main window on the demo case at a laptop's size, each of its pages, then each window its menus open without a
network, each handed to a callback before it is closed. The test that nothing is cut off or left in English
(test_every_window_translated.py) and the screenshots (tools/screenshots.py) walk the same way.

What is still English or cut off is read off the widgets: :func:`english_texts` and :func:`cut_texts`."""

from __future__ import annotations

import contextlib
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QAction, QFontMetrics, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QTabBar,
    QTableView,
    QToolButton,
    QTreeView,
    QWidget,
)

from hrdoc.gui import i18n
from hrdoc.gui.main_window import MainWindow
from hrdoc.services import languages
from hrdoc.services.cases import CaseService
from hrdoc.services.context import StoreContext
from hrdoc.services.exchange import bundles

ROOT = Path(__file__).resolve().parents[2]
SCREEN = QRect(0, 0, 1366, 768)
LRELEASE = "from PySide6.scripts.pyside_tool import lrelease; lrelease()"

# Texts that are the same in every language on purpose, each with its reason. Compared without "&" and case.
SAME_EVERYWHERE = {
    "hrdoc": "the program's name",
    "ok": "Qt's standard button, as Qt's own French catalogue leaves it",
    "csv": "a file format's name",
    "pdf": "a file format's name",
    "acled": "a data set's name (Armed Conflict Location & Event Data)",
    "uuid": "an identifier's standard name",
    "sha-256": "a hash function's name",
    "url": "kept as investigators say it",
}


def compile_catalogues(folder: Path) -> Path:
    """The committed .ts sources compiled into ``folder`` as the package's .qm files (lrelease), so that the walk
    reads the translations as they are in the sources, whatever was last built."""
    folder.mkdir(parents=True, exist_ok=True)
    for language in ("fr", "ar"):
        source = ROOT / "resources" / "translations" / f"hrdoc_{language}.ts"
        target = folder / f"hrdoc_{language}.qm"
        subprocess.run([sys.executable, "-c", LRELEASE, "-silent", str(source), "-qm", str(target)], check=True)
    return folder


def plain(text: str) -> str:
    """A widget's text as read: no mnemonic's "&", no rich text's tags, spaces collapsed."""
    if "<" in text and ">" in text:
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    return " ".join(text.replace("&&", "\0").replace("&", "").replace("\0", "&").split())


def untranslated(language: str) -> frozenset[str]:
    """The English source texts that the language's catalogue translates differently, as read (:func:`plain`):
    any of them on screen is English left in the interface."""
    found: set[str] = set()
    tree = ET.parse(ROOT / "resources" / "translations" / f"hrdoc_{language}.ts")
    for message in tree.getroot().iter("message"):
        source = plain(message.findtext("source") or "")
        translation = plain(message.findtext("translation") or "")
        differs = source and translation and translation.casefold() != source.casefold()
        if differs and source.casefold() not in SAME_EVERYWHERE and any(c.isalpha() for c in source):
            found.add(source.casefold())
    return frozenset(found)


def shown_texts(root: QWidget) -> Iterator[tuple[QWidget, str]]:
    """Every text a user reads in ``root`` (visible widgets only): labels, buttons, group boxes' titles, tabs,
    drop-downs' choices, placeholders, list entries, table headers, the window's title."""
    yield root, root.windowTitle()
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or not widget.isVisible():
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield widget, widget.text()
        elif isinstance(widget, QGroupBox):
            yield widget, widget.title()
        elif isinstance(widget, QTabBar):
            yield from ((widget, widget.tabText(i)) for i in range(widget.count()))
        elif isinstance(widget, QComboBox):
            yield from ((widget, widget.itemText(i)) for i in range(widget.count()))
        elif isinstance(widget, QLineEdit):
            yield widget, widget.placeholderText()
        elif isinstance(widget, QListWidget):
            yield from ((widget, widget.item(i).text()) for i in range(min(widget.count(), 60)))
        elif isinstance(widget, (QTableView, QTreeView)) and widget.model() is not None:
            model = widget.model()  # the cells of the first rows: words such as a status or an action
            for row in range(min(model.rowCount(), 20)):
                yield from ((widget, str(model.index(row, col).data() or "")) for col in range(model.columnCount()))
        if isinstance(widget, QHeaderView) and widget.model() is not None:
            model, horizontal = widget.model(), widget.orientation() == Qt.Orientation.Horizontal
            count = model.columnCount() if horizontal else 0
            yield from ((widget, str(model.headerData(i, widget.orientation()) or "")) for i in range(count))


def english_texts(root: QWidget, english: frozenset[str]) -> list[str]:
    """The texts of ``root`` still in English: equal (as read) to a source text the catalogue translates."""
    found = []
    for widget, text in shown_texts(root):
        read = plain(text)
        if read and read.casefold() in english:
            found.append(f"{type(widget).__name__} {widget.objectName()!r}: {read!r}")
    return found


def _needed(widget: QWidget, text: str) -> int:
    return QFontMetrics(widget.font()).horizontalAdvance(text)


def _label_cut(widget: QLabel) -> list[str]:
    """A label's text cut: a wrapped one shorter than its lines, a single line wider than the label."""
    text = widget.text()
    if text and widget.wordWrap() and widget.height() + 1 < widget.heightForWidth(widget.width()):
        return [f"QLabel {plain(text)[:50]!r}: {widget.heightForWidth(widget.width())} px high in {widget.height()}"]
    if not text or widget.wordWrap() or (widget.pixmap() is not None and not widget.pixmap().isNull()):
        return []
    if widget.textFormat() == Qt.TextFormat.RichText or ("<" in text and ">" in text):
        return []  # rich text lays out lines of its own
    lines = [plain(line) for line in text.split("\n")]
    room = widget.contentsRect().width() - 2 * max(widget.margin(), 0) - max(widget.indent(), 0)
    need = max(_needed(widget, line) for line in lines)
    return [f"QLabel {widget.objectName()!r} {plain(text)[:50]!r}: {need} px in {room}"] if need > room + 1 else []


def cut_texts(root: QWidget) -> list[str]:
    """The single-line texts of ``root`` wider than their widget (a label's contents, a button's, a group box's
    title, a tab), and the word-wrapped labels shorter than their lines need."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel):
            found += _label_cut(widget)
        elif isinstance(widget, (QPushButton, QCheckBox, QRadioButton, QToolButton)) and widget.text():
            hint = (
                widget.sizeHint().width() if not isinstance(widget, QPushButton) else widget.minimumSizeHint().width()
            )
            if isinstance(widget, QToolButton) and widget.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
                continue
            if widget.width() + 1 < hint:
                found.append(f"{type(widget).__name__} {plain(widget.text())[:50]!r}: {hint} px in {widget.width()}")
        elif isinstance(widget, QGroupBox) and widget.title():
            need = _needed(widget, plain(widget.title())) + 16
            if need > widget.width():
                found.append(f"QGroupBox {plain(widget.title())[:50]!r}: {need} px in {widget.width()}")
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                text = plain(widget.tabText(i))
                if _needed(widget, text) > widget.tabRect(i).width():
                    found.append(f"tab {text[:50]!r}: {_needed(widget, text)} px in {widget.tabRect(i).width()}")
    return found


ACLED_HEADER = (
    "event_id_cnty,event_date,year,event_type,sub_event_type,actor1,country,admin1,location,latitude,longitude,"
    "fatalities,notes"
)
ACLED_ROW = "MLI1,2025-02-14,2025,Battles,Armed clash,JNIM,Mali,Gao,Annefif,17.95,0.83,3,Clashes near Annefif"


@dataclass(frozen=True)
class Files:
    """What Qt's file chooser answers in the walk: a bundle of a case (Import case), an ACLED CSV file (Import
    ACLED CSV), a file of evidence (Add evidence files)."""

    bundle: Path
    acled: Path
    evidence: Path

    @classmethod
    def made(cls, ctx: StoreContext, folder: Path) -> Files:
        """The three files in ``folder``: the store's first case exported for partners, two lines of ACLED CSV,
        a short text file."""
        folder.mkdir(parents=True, exist_ok=True)
        files = cls(folder / "ML-2025-004-partners.hrdoc", folder / "acled-mali.csv", folder / "photo-notes.txt")
        case = CaseService(ctx).summaries(counted=())[0]
        bundles.export_case(ctx, case.id, files.bundle, audience="partners")
        files.acled.write_text(f"{ACLED_HEADER}\n{ACLED_ROW}\n", encoding="utf-8")
        files.evidence.write_text("Notes on the photographs of the convoy.\n", encoding="utf-8")
        return files

    def answer(self, caption: str, filters: str) -> Path:
        """The file for a chooser asking with ``filters``: a bundle, a CSV file, or else the evidence."""
        return self.bundle if "*.hrdoc" in filters else self.acled if "*.csv" in filters else self.evidence

    @contextlib.contextmanager
    def chosen(self) -> Iterator[None]:
        """Qt's static file choosers answer at once with these files, then are put back."""
        single, several = QFileDialog.getOpenFileName, QFileDialog.getOpenFileNames

        def one(parent: object = None, caption: str = "", folder: str = "", filters: str = "", *_: object) -> object:
            return str(self.answer(caption, filters)), ""

        def many(parent: object = None, caption: str = "", folder: str = "", filters: str = "", *_: object) -> object:
            return [str(self.answer(caption, filters))], ""

        QFileDialog.getOpenFileName = staticmethod(one)  # type: ignore[assignment,method-assign]
        QFileDialog.getOpenFileNames = staticmethod(many)  # type: ignore[assignment,method-assign]
        try:
            yield
        finally:
            QFileDialog.getOpenFileName = single  # type: ignore[method-assign]
            QFileDialog.getOpenFileNames = several  # type: ignore[method-assign]


class Walk:
    """The interface in ``language``: :meth:`install` the catalogues, then :meth:`pages` and :meth:`dialogs` of a
    main window, each window handed to ``seen(name, window)``."""

    def __init__(self, language: str, folder: Path) -> None:
        self.language = language
        self.folder = folder
        self.installed: i18n.Installed | None = None
        self.english = untranslated(language)

    def install(self, app: QApplication) -> None:
        languages.CATALOGUES = compile_catalogues(self.folder)
        self.installed = i18n.install(app, self.language)

    def remove(self, previous: Path) -> None:
        if self.installed is not None:
            self.installed.remove()
        languages.CATALOGUES = previous

    @staticmethod
    def settle(seconds: float = 0.05) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            QApplication.processEvents()

    def pages(self, window: MainWindow, seen: Callable[[str, QWidget], None], pause: float = 0.05) -> None:
        """Each page of the open case, as its key shows it, once every page and the forms beside them are made
        (made in steps meanwhile, a form is not yet laid out); ``pause``: how long each page is given to lay out
        its form and related records (a screenshot waits longer than a test)."""
        deadline = time.monotonic() + 30
        while not window.workspace.made_ahead() and time.monotonic() < deadline:
            self.settle(0.05)
        for row in range(window.workspace.nav.count()):
            window.workspace.show_page(row)
            self.settle(pause)
            seen(f"page-{row + 1:02d}", window)

    def dialogs(
        self, window: MainWindow, seen: Callable[[str, QWidget], None], files: Files | None = None
    ) -> list[str]:
        """Each window the menus open without a network, named by its action; returns the actions that opened
        nothing. Given ``files``, Qt's file chooser answers with them (:meth:`Files.chosen`) and the window
        after it is looked at too: Import case, Import ACLED CSV, Add evidence files."""
        actions: list[tuple[str, QAction]] = [
            ("preferences", window.preferences_action),
            ("search", window.search_action),
            ("report", window.report_action),
            ("export", window.export_action),
            *([("import-case", window.import_action)] if files is not None else []),
            ("table-csv", window.table_csv_action),
            *([("acled-import", window.acled_import_action)] if files is not None else []),
            ("acled-export", window.acled_export_action),
            ("conflicts", window.conflicts_action),
            ("sync", window.sync_action),
            ("new-case", window.new_case_action),
            ("guide", window.guide_action),
            ("shortcuts", window.shortcuts_action),
            ("about", window.about_action),
        ]
        for action in window.evidence_menu.actions():
            if not action.isSeparator() and action.isEnabled() and not action.menu():
                name = plain(action.text()).casefold()
                if "remove" in name or "retir" in name or "supprim" in name or "إزالة" in name or "حذف" in name:
                    continue  # asks before removing: nothing more to see than a question
                actions.append((f"evidence-menu-{sum(n.startswith('evidence') for n, _ in actions) + 1}", action))
        silent = []
        with files.chosen() if files is not None else contextlib.nullcontext():
            for name, action in actions:
                if not action.isEnabled() or not self._open(name, action, window, seen):
                    silent.append(name)
        return silent

    def _open(self, name: str, action: QAction, window: MainWindow, seen: Callable[[str, QWidget], None]) -> bool:
        """Trigger ``action``; hand the first window it opens (modal or not) to ``seen``, then close it. A file
        chooser is closed unlooked at (Qt's own, and the dialog after it needs a file)."""
        before = {w for w in QApplication.topLevelWidgets() if w.isVisible()}
        handled: list[QWidget] = []

        def look(widget: QWidget) -> None:
            if not isinstance(widget, QFileDialog):
                self.settle(0.15)  # a dialog counting in the background fills in its lines
                seen(name, widget)
            handled.append(widget)
            if isinstance(widget, (QDialog, QMessageBox)):
                widget.reject()
            else:
                widget.close()

        deadline = time.monotonic() + 8

        def poll() -> None:
            modal = QApplication.activeModalWidget()
            if modal is not None and modal.isVisible() and modal not in handled:
                look(modal)
                return
            if time.monotonic() < deadline and not handled:
                QTimer.singleShot(30, poll)

        QTimer.singleShot(0, poll)
        action.trigger()
        while not handled and time.monotonic() < deadline:  # a window made after work in the background too
            self.settle(0.05)
            if handled:
                break
            opened = [
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, QDialog) and not isinstance(w, QProgressDialog) and w.isVisible() and w not in before
            ]
            if opened and QApplication.activeModalWidget() is None:
                look(opened[0])
        self.settle(0.05)
        return bool(handled)
