"""Accessible by construction (issue 14, point 8): every page of the workspace, every record form and every
dialog the app opens is walked, in a light and a dark palette, and fails on

- a visible interactive widget (field, list, table, button without text) with no name a screen reader can
  announce, or announced by a sentence (a long placeholder) instead of a name, or an explanation greyed out by
  disabling it (announced as unavailable);
- a colour pair the app sets (style sheets, coloured text in labels, a table cell's background or text) below
  WCAG AA's 4.5:1.

The names come from the application-wide namer (:mod:`hrdoc.gui.accessibility`), installed as the app installs
it; the colours from :mod:`hrdoc.gui.colours`, which no other module of the GUI bypasses with a colour of its own.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from hrdoc.domain.registry import Kind
from hrdoc.gui import accessibility, colours
from hrdoc.gui.evidence.capture_dialogs import CaptureDialog, ImportCaptureDialog
from hrdoc.gui.evidence.dialogs import IntakeDialog, WorkingCopyDialog
from hrdoc.gui.evidence.gps_dialog import GpsLocationDialog
from hrdoc.gui.evidence.preview import EvidencePreviewDialog, PreviewContent
from hrdoc.gui.evidence.sharing_dialogs import ExportDialog as EvidenceExportDialog
from hrdoc.gui.evidence.sharing_dialogs import RemoveDialog
from hrdoc.gui.exchange.acled import AcledExportDialog, AcledImportDialog
from hrdoc.gui.exchange.conflicts import ConflictsDialog
from hrdoc.gui.exchange.export_dialog import BundlePassphraseDialog, ExportDialog
from hrdoc.gui.exchange.import_dialog import ImportConfirmDialog
from hrdoc.gui.exchange.result import TransferResultDialog
from hrdoc.gui.exchange.sync_dialog import SyncDialog
from hrdoc.gui.exchange.table_export import TableExportDialog
from hrdoc.gui.forms.dialog import RecordDialog
from hrdoc.gui.forms.specs import form_kinds
from hrdoc.gui.main_window import MainWindow
from hrdoc.gui.preferences import InvestigatorDialog, PreferencesDialog
from hrdoc.gui.report_dialog import ReportDialog
from hrdoc.gui.search_dialog import SearchDialog
from hrdoc.gui.shortcuts import ShortcutsDialog
from hrdoc.gui.unlock import UnlockDialog
from hrdoc.gui.workspace.matrix import MatrixModel
from hrdoc.gui.workspace.pages import IncidentsPage
from hrdoc.gui.workspace.witnesses import WitnessesPage
from hrdoc.services.cases import CaseService
from hrdoc.services.context import StoreContext
from hrdoc.services.exchange import bundles
from hrdoc.services.exchange.sync import sync_case
from hrdoc.services.records import RecordService
from hrdoc.services.session import new_store
from hrdoc.services.sharing import Audience
from tests.helpers import PASSPHRASE

pytestmark = pytest.mark.gui

GUI = Path(__file__).resolve().parents[2] / "hrdoc" / "gui"


def dark_palette() -> QPalette:
    """A dark theme as a desktop gives it: light text on dark greys, a faint placeholder colour."""
    palette = QPalette()
    for role, colour in (
        ("Window", "#2b2b2b"),
        ("WindowText", "#e6e6e6"),
        ("Base", "#1e1e1e"),
        ("AlternateBase", "#262626"),
        ("Text", "#e6e6e6"),
        ("Button", "#353535"),
        ("ButtonText", "#e6e6e6"),
        ("Highlight", "#2f65ca"),
        ("HighlightedText", "#ffffff"),
        ("PlaceholderText", "#7f7f7f"),
        ("ToolTipBase", "#3a3a3a"),
        ("ToolTipText", "#e6e6e6"),
        ("BrightText", "#ff5555"),
        ("Link", "#7aa7ff"),
        ("Light", "#505050"),
        ("Midlight", "#404040"),
        ("Mid", "#444444"),
        ("Dark", "#191919"),
        ("Shadow", "#000000"),
    ):
        palette.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    return palette


@pytest.fixture(params=["light", "dark"])
def palette(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[QPalette]:
    """The application in a light palette (the style's own) and in a dark one; the namer installed as the app
    installs it."""
    accessibility.install()
    before = QPalette(qapp.palette())
    chosen = qapp.style().standardPalette() if request.param == "light" else dark_palette()
    qapp.setPalette(chosen)
    yield chosen
    qapp.setPalette(before)


# -- what is checked ---------------------------------------------------------------------------------


def describe(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.objectName()!r} in {widget.window().windowTitle()!r}"


def nameless(window: QWidget) -> list[str]:
    return [describe(w) for w in accessibility.unnamed([window])]


def greyed_out_explanations(window: QWidget) -> list[str]:
    """Labels with text disabled while their window is usable: announced as unavailable, drawn at 1.6:1."""
    return [
        f"{describe(label)}: {label.text()[:40]!r}"
        for label in window.findChildren(QLabel)
        if label.isVisible() and label.text() and not label.isEnabled() and window.isEnabled()
    ]


HEX = r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b"
COLOUR = re.compile(rf"(?<![-\w])color\s*:\s*({HEX}|[a-z]+)")
BACKGROUND = re.compile(rf"background(?:-color)?\s*:\s*({HEX})")


def low_contrast(window: QWidget, palette: QPalette) -> list[str]:
    """Colour pairs set in ``window`` under 4.5:1: style sheets' text on their background (or on the palette's
    window and base colours), coloured text inside labels, item views' cell backgrounds and text."""
    surfaces = colours.backgrounds(palette)
    failures: list[str] = []

    def check(what: str, text: QColor, *on: QColor) -> None:
        worst = min(colours.contrast(text, background) for background in on)
        if worst < colours.AA:
            failures.append(f"{what}: {text.name()} on {[c.name() for c in on]} is {worst:.2f}:1")

    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        sheet = widget.styleSheet()
        for found in COLOUR.finditer(sheet):
            background = BACKGROUND.search(sheet)
            on = (QColor(background.group(1)),) if background else surfaces
            check(f"style of {describe(widget)}", QColor(found.group(1)), *on)
        shown = widget.text() if isinstance(widget, QLabel) else ""
        if isinstance(widget, QTextEdit):
            shown = widget.toHtml()
        for found in COLOUR.finditer(shown):
            check(f"text in {describe(widget)}", QColor(found.group(1)), *surfaces)
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            failures += cell_contrast(describe(widget), widget.model(), palette)
    return failures


def cell_contrast(what: str, model: object, palette: QPalette, rows: int = 60) -> list[str]:
    """Cells of ``model`` (its first ``rows`` rows) whose background and text, as set, are under 4.5:1."""
    from PySide6.QtCore import QAbstractItemModel

    assert isinstance(model, QAbstractItemModel)
    failures = []
    for row in range(min(model.rowCount(QModelIndex()), rows)):
        for column in range(60):  # (a list model's columnCount is private)
            index = model.index(row, column)
            if not index.isValid():
                break
            background = model.data(index, Qt.ItemDataRole.BackgroundRole)
            foreground = model.data(index, Qt.ItemDataRole.ForegroundRole)
            if background is None and foreground is None:
                continue
            back = colour_of(background) or palette.color(QPalette.ColorRole.Base)
            fore = colour_of(foreground) or palette.color(QPalette.ColorRole.Text)
            ratio = colours.contrast(fore, back)
            if ratio < colours.AA:
                failures.append(f"cell {row},{column} of {what}: {fore.name()} on {back.name()} is {ratio:.2f}:1")
    return failures


def colour_of(value: object) -> QColor | None:
    if isinstance(value, QBrush):
        return value.color()
    if isinstance(value, QColor):
        return value
    return None


NAME_LIMIT = 40  # characters: a name is a few words; what to type goes in a placeholder or a tooltip


def long_names(window: QWidget) -> list[str]:
    """Visible interactive widgets announced by a sentence (a long placeholder taken as the name) rather than a name
    (a button's text is what everyone reads, and is left alone)."""
    return [
        f"{describe(w)}: {w.accessibleName()!r}"
        for w in [window, *window.findChildren(QWidget)]
        if w.isVisible() and isinstance(w, accessibility.INTERACTIVE) and not accessibility.is_part(w)
        if len(w.accessibleName()) > NAME_LIMIT
    ]


def assert_accessible(window: QWidget, palette: QPalette) -> None:
    QApplication.processEvents()
    problems = nameless(window) + long_names(window) + greyed_out_explanations(window) + low_contrast(window, palette)
    assert problems == [], "\n".join(problems)


def shown(qtbot, dialog: QWidget) -> QWidget:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


# -- the workspace, the record forms, the dialogs -----------------------------------------------------


def open_window(qtbot, ctx: StoreContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.workspace.loaded, timeout=10_000):
        window.show()
        window.refresh()
    return window


def test_every_page_of_the_workspace(qtbot, demo_ctx: StoreContext, palette: QPalette, tmp_path: Path) -> None:
    [case] = CaseService(demo_ctx).summaries()
    conflicting(demo_ctx, case.id, tmp_path)  # the banner saying so is shown above every page
    window = open_window(qtbot, demo_ctx)
    workspace = window.workspace
    assert workspace.conflicts_banner.isVisible()
    for row, page in enumerate(workspace.pages):
        workspace.nav.setCurrentRow(row)
        qtbot.waitUntil(page.isVisible)
        for table in page.tables():  # a selected record shows what goes with it, where a page has that
            if table.model.rowCount():
                table.table.selectRow(0)
        assert_accessible(window, palette)


def test_every_record_form(qtbot, demo_ctx: StoreContext, palette: QPalette) -> None:
    [case] = CaseService(demo_ctx).summaries()
    records = RecordService(demo_ctx)
    for kind in form_kinds():
        case_id = None if kind is Kind.CASE else case.id
        existing = [case.id] if kind is Kind.CASE else [r.id for r in records.records(kind, case.id)][:1]
        for record_id in [None, *existing]:
            dialog = shown(qtbot, RecordDialog(demo_ctx, kind, case_id, record_id))
            assert_accessible(dialog, palette)
            dialog.keep_draft = False
            dialog.done(0)


def conflicting(ctx: StoreContext, case_id: uuid.UUID, folder: Path) -> None:
    """An incident of the case changed here and in another copy: one open conflict."""
    other = new_store(folder / "other.db", PASSPHRASE, user="bakary")
    try:
        sync_case(other, ctx, case_id)
        incident = RecordService(ctx).records("incident", case_id)[0]
        RecordService(ctx).update("incident", incident.id, title="here")
        RecordService(other).update("incident", incident.id, title="there")
        sync_case(ctx, other, case_id)
    finally:
        other.close()


def test_every_dialog(qtbot, demo_ctx: StoreContext, palette: QPalette, tmp_path: Path) -> None:
    [case] = CaseService(demo_ctx).summaries()
    label = f"{case.reference} — {case.title}"
    bundle = tmp_path / "partners.hrdoc"
    bundles.export_case(demo_ctx, case.id, bundle, audience="partners")
    info = bundles.inspect_bundle(bundle)
    conflicting(demo_ctx, case.id, tmp_path)
    incidents = [(r.title, r.id, "") for r in RecordService(demo_ctx).records("incident", case.id)]
    sources = [(r.title, r.id) for r in RecordService(demo_ctx).records("source", case.id)]
    targets: list[tuple[str, uuid.UUID | None]] = [("The case itself", None), *sources]
    picture = QImage(64, 48, QImage.Format.Format_RGB32)
    picture.fill(QColor(120, 80, 40))
    search = SearchDialog(demo_ctx)
    search.query.setText("Annefif")
    conflicts = ConflictsDialog(demo_ctx, case.id, case_label=label)
    dialogs: list[QWidget] = [
        PreferencesDialog(),
        InvestigatorDialog(),
        ReportDialog(demo_ctx, case.reference, title=case.title),
        search,
        ShortcutsDialog(),
        UnlockDialog("store.hrdoc", create=False),
        UnlockDialog("store.hrdoc", create=True),
        UnlockDialog("postgresql://team/hrdoc", create=False, team=True, locked=True),
        ExportDialog(label),
        BundlePassphraseDialog("partners.hrdoc", error="Wrong passphrase."),
        ImportConfirmDialog(info, known_here=True),
        SyncDialog(label, demo_ctx.location, error="Cannot reach the team store."),
        TransferResultDialog("Import", "Merged.", ["2 incidents"], conflicts=1, warning="Identities came in."),
        TableExportDialog(label),
        AcledImportDialog("events.csv", label),
        AcledExportDialog(label),
        conflicts,
        IntakeDialog(["photo.jpg"], targets, user="Amina Diallo"),
        WorkingCopyDialog("photo.jpg"),
        CaptureDialog(targets[1:]),
        ImportCaptureDialog(targets[1:]),
        GpsLocationDialog("photo.jpg", (16.1, -0.2), incidents),
        EvidenceExportDialog("photo.jpg", "restricted", (Audience.PARTNERS, Audience.INTERNAL)),
        RemoveDialog("photo.jpg"),
        EvidencePreviewDialog(PreviewContent("notes.txt", "text/plain", 5, "text", text="notes")),
        EvidencePreviewDialog(PreviewContent("photo.jpg", "image/jpeg", 99, "image", image=picture)),
    ]
    for dialog in dialogs:
        shown(qtbot, dialog)
        if dialog is search:
            qtbot.waitUntil(lambda: search.model.rowCount() > 0, timeout=10_000)
        if dialog is conflicts:
            conflicts.list.selectRow(0)
        assert_accessible(dialog, palette)
        dialog.hide()  # (closing the unlock dialog would ask whether to quit)


def test_tables_and_fields_are_named_by_what_they_hold(qtbot, demo_ctx: StoreContext) -> None:
    """A table by what it lists, not its page's title; the navigation as the pages; a field whose placeholder is a
    sentence by a short name of its own."""
    accessibility.install()
    window = open_window(qtbot, demo_ctx)
    workspace = window.workspace
    assert workspace.nav.accessibleName() == "Pages"
    incidents = workspace.go_to(IncidentsPage)
    assert incidents.title == "Incidents & allegations"  # the page, in the navigation
    for table, listed in ((incidents.incidents, "Incidents"), (incidents.allegations, "Allegations")):
        assert table.table.accessibleName() == listed
        assert table.filter.accessibleName() == f"Filter: {listed}"
    witnesses = workspace.go_to(WitnessesPage)
    assert witnesses.table.accessibleName() == "Witnesses"
    assert witnesses.accounts_view.accessibleName() == "Accounts"
    search = shown(qtbot, SearchDialog(demo_ctx))
    assert search.query.accessibleName() == "Search"
    remove = shown(qtbot, RemoveDialog("photo.jpg"))
    assert remove.reason.accessibleName() == "Reason"
    assert long_names(window) == long_names(search) == long_names(remove) == []


# -- the colours themselves ----------------------------------------------------------------------------


def test_the_colours_read_on_what_they_are_drawn_on(palette: QPalette) -> None:
    named = colours.named_colours(palette)
    for key in ("error", "warning", "secondary"):
        for surface in colours.backgrounds(palette):
            assert colours.contrast(named[key], surface) >= colours.AA, key
    assert colours.contrast(named["banner_text"], named["banner"]) >= colours.AA
    for hue in colours.TINT_HUES:
        tint = colours.tint(hue, palette)
        assert colours.contrast(tint.text, tint.background) >= colours.AA, hue


def test_the_matrix_sets_its_text_on_its_tints(qtbot, palette: QPalette) -> None:
    model = MatrixModel()
    relations = ("supports", "contradicts", "context")
    columns = [("source", f"s{n}", f"Source {n}", "") for n in range(3)]
    cells = {(0, n): (relation, relation, "", f"link{n}") for n, relation in enumerate(relations)}
    model.set_matrix(["Killing"], columns, cells)
    assert cell_contrast("matrix", model, palette) == []
    backgrounds = [model.data(model.index(0, c), Qt.ItemDataRole.BackgroundRole) for c in range(3)]
    assert all(isinstance(b, QBrush) for b in backgrounds)
    assert all(model.data(model.index(0, c), Qt.ItemDataRole.ForegroundRole) is not None for c in range(3))


def test_no_module_of_the_gui_sets_a_colour_of_its_own() -> None:
    """Colours come from the palette through hrdoc.gui.colours: no hexadecimal colour, named colour or QColor
    built from numbers anywhere else in the GUI."""
    literal = re.compile(rf"{HEX}|(?<![-\w])color\s*:\s*[a-z]+\b|QColor\(\s*[\"'\d]|GlobalColor\.(?!transparent)")
    found = []
    for path in sorted(GUI.rglob("*.py")):
        if path.name == "colours.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if literal.search(line) and "currentColor" not in line:
                found.append(f"{path.relative_to(GUI)}:{number}: {line.strip()}")
    assert found == []


# -- how names and colours are given ---------------------------------------------------------------------


def test_a_field_is_named_as_it_is_shown_from_what_says_what_it_is(qtbot) -> None:
    """A field in a wrapper beside its error line takes its form row's label; a field in a row of widgets
    too; one with no label its placeholder; a table its page's title; an explicit name is kept."""
    accessibility.install()
    dialog = QDialog()
    dialog.setWindowTitle("Form")
    form = QFormLayout(dialog)
    wrapped, error = QLineEdit(), QLabel("required")
    wrapper = QWidget()
    column = QVBoxLayout(wrapper)
    column.addWidget(wrapped)
    column.addWidget(error)
    form.addRow("&Title:", wrapper)  # the label's buddy is the wrapper, as in a record form
    beside, browse = QLineEdit(), QPushButton("Choose file…")
    row = QHBoxLayout()
    row.addWidget(beside)
    row.addWidget(browse)
    form.addRow("Team store:", row)
    hinted = QLineEdit()
    hinted.setPlaceholderText("Filter")
    form.addRow(hinted)
    page = QWidget()
    page.title = "Incidents & allegations"  # type: ignore[attr-defined]  # as a workspace page declares it
    table = QTableView(page)
    QVBoxLayout(page).addWidget(table)
    form.addRow(page)
    named = QComboBox()
    accessibility.name(named, "Audience")
    form.addRow("Shown to:", named)
    shown(qtbot, dialog)
    assert [w.accessibleName() for w in (wrapped, beside, hinted, table, named)] == [
        "Title",
        "Team store",
        "Filter",
        "Incidents & allegations",
        "Audience",
    ]
    assert accessibility.unnamed([dialog]) == []
    later = QPlainTextEdit()  # added to a window already shown: named as it is shown
    form.addRow("Notes", later)
    qtbot.waitUntil(lambda: later.accessibleName() == "Notes")


def test_colours_follow_a_change_of_palette(qtbot, qapp: QApplication) -> None:
    dialog = QDialog()
    label = QLabel("Wrong passphrase.")
    QVBoxLayout(dialog).addWidget(label)
    colours.style(label, colours.ERROR_STYLE)
    shown(qtbot, dialog)
    before = QPalette(qapp.palette())
    try:
        for palette in (qapp.style().standardPalette(), dark_palette()):
            qapp.setPalette(palette)
            assert label.styleSheet() == f"color: {colours.error(palette).name()};"
            for surface in colours.backgrounds(palette):
                assert colours.contrast(colours.error(palette), surface) >= colours.AA
    finally:
        qapp.setPalette(before)
