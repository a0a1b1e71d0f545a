"""File → Import ACLED CSV… and File → Export incidents as ACLED CSV…, for the selected case.

The work is :mod:`hrdoc.services.acled` (docs/acled.md): an import takes every valid row in one transaction
and names every rejected row by its line; an export writes the incidents an audience may see. Both run off
the GUI thread; the import shows how far it has read and can be cancelled (nothing is then kept).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QCheckBox, QComboBox, QFileDialog, QFormLayout, QMessageBox, QWidget

from hrdoc.domain.enums import Visibility
from hrdoc.domain.errors import Cancelled
from hrdoc.domain.progress import labelled
from hrdoc.gui.background import BackgroundOperation, Progress, run_in_background
from hrdoc.gui.dialogs import AskDialog, error_text, note
from hrdoc.gui.errors_text import said
from hrdoc.gui.exchange.result import TransferResultDialog
from hrdoc.gui.exchange.table_export import audience_box
from hrdoc.gui.i18n import tr
from hrdoc.gui.settings import Setting
from hrdoc.services.acled import export_acled_csv, import_acled
from hrdoc.services.acled_read import AcledImportReport
from hrdoc.services.context import StoreContext
from hrdoc.services.tables import TableExport

ACLED_FOLDER = Setting("acled/folder", "")
COUNTED = ("locations", "actors", "sources", "links")


def visibility_labels() -> dict[str, str]:
    return {
        Visibility.RESTRICTED.value: tr("Restricted: the team and partners (recommended)"),
        Visibility.PUBLIC.value: tr("Public: may appear in public reports"),
        Visibility.CONFIDENTIAL.value: tr("Confidential: the team only"),
    }


@dataclass(frozen=True)
class AcledImportChoice:
    visibility: str
    strict: bool


class AcledImportDialog(AskDialog):
    """How to import a chosen ACLED file: the visibility of what it creates, and all-or-nothing or not."""

    def __init__(self, file_name: str, case_label: str, parent: QWidget | None = None) -> None:
        super().__init__(tr("Import ACLED CSV"), tr("Import"), parent)
        self.body.addWidget(
            note(
                tr(
                    "Import the events of {file} as incidents of {case}, with their places, actors and sources. "
                    "Rows that cannot be read are listed by line number afterwards; the import cannot be "
                    "undone with Edit → Undo."
                ).format(file=file_name, case=case_label)
            )
        )
        form = QFormLayout()
        self.visibility = QComboBox()
        self.visibility.setObjectName("visibility")
        for code, label in visibility_labels().items():
            self.visibility.addItem(label, code)
        form.addRow(tr("New records are:"), self.visibility)
        self.strict = QCheckBox(tr("Import nothing if any row is rejected"))
        self.strict.setObjectName("strict")
        form.addRow("", self.strict)
        self.body.addLayout(form)

    def choice(self) -> AcledImportChoice:
        return AcledImportChoice(str(self.visibility.currentData()), self.strict.isChecked())

    @classmethod
    def ask(cls, file_name: str, case_label: str, parent: QWidget | None) -> AcledImportChoice | None:
        dialog = cls(file_name, case_label, parent)
        try:
            return dialog.choice() if dialog.exec() == AskDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


class AcledExportDialog(AskDialog):
    """For whom ACLED incidents are exported (what that audience may not see is not written)."""

    def __init__(self, case_label: str, parent: QWidget | None = None) -> None:
        super().__init__(tr("Export incidents as ACLED CSV"), tr("Choose file…"), parent)
        self.body.addWidget(
            note(
                tr(
                    "Write the incidents of {case} as an ACLED-style CSV file, with their places, actors and "
                    "sources. Witnesses and victims are never included."
                ).format(case=case_label)
            )
        )
        form = QFormLayout()
        self.audience = audience_box()
        form.addRow(tr("For:"), self.audience)
        self.body.addLayout(form)

    @classmethod
    def ask(cls, case_label: str, parent: QWidget | None) -> str | None:
        dialog = cls(case_label, parent)
        try:
            return str(dialog.audience.currentData()) if dialog.exec() == AskDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


def _folder() -> str:
    folder = ACLED_FOLDER.get()
    if folder and Path(folder).is_dir():
        return folder
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def report_headline(report: AcledImportReport, case_label: str) -> str:
    """What an import did, in a sentence or two, in the user's language."""
    if not report.rows:
        return tr("{file} has no rows to import: only its first line, the column names.").format(file=report.file_name)
    if not report.committed:
        text = tr("Nothing was imported from {file}: {rejected} of {rows} rows were rejected.").format(
            file=report.file_name, rejected=len(report.rejected), rows=report.rows
        )
        if report.strict and report.rejected:
            text += " " + tr("You asked for nothing to be imported while any row is rejected.")
        return text
    c = report.created
    return tr(
        "Imported {imported} of {rows} rows from {file} as incidents of {case}, with {places} new places, {actors} "
        "new actors, "
        "{sources} new sources and {links} source links."
    ).format(
        imported=report.imported,
        rows=report.rows,
        file=report.file_name,
        case=case_label,
        places=c["locations"],
        actors=c["actors"],
        sources=c["sources"],
        links=c["links"],
    )


def report_lines(report: AcledImportReport) -> list[str]:
    """Each rejected or skipped row with its line number (the column names are line 1), and ignored columns."""
    lines = []
    if report.ignored_columns:
        lines.append(
            tr("Ignored columns (not ACLED columns): {columns}").format(columns=", ".join(report.ignored_columns))
        )
    lines += [tr("line {line}: {message}").format(line=p.line, message=said(p.message)) for p in report.rejected]
    lines += [
        tr("line {line}: {message} (skipped)").format(line=p.line, message=said(p.message)) for p in report.skipped
    ]
    return lines


def import_acled_file(
    parent: QWidget,
    ctx: StoreContext,
    case_id: uuid.UUID,
    case_label: str,
    *,
    on_imported: Callable[[], None] | None = None,
) -> BackgroundOperation[AcledImportReport | None] | None:
    """Ask for the file and how to import it, then import it in the background with progress and Cancel."""
    chosen, _filter = QFileDialog.getOpenFileName(
        parent, tr("Import an ACLED CSV file"), _folder(), tr("CSV files (*.csv *.txt);;All files (*)")
    )
    if not chosen:
        return None
    path = Path(chosen)
    ACLED_FOLDER.set(str(path.parent))
    choice = AcledImportDialog.ask(path.name, case_label, parent)
    if choice is None:
        return None
    reading = tr("Reading and checking the rows of {file}…").format(file=path.name)

    def work(progress: Progress) -> AcledImportReport | None:
        told = labelled(progress, reading)
        try:
            return import_acled(ctx, case_id, path, strict=choice.strict, visibility=choice.visibility, progress=told)
        except Cancelled:
            return None  # said in a message box, as the import's outcome

    def done(report: AcledImportReport | None) -> None:
        if on_imported is not None:
            on_imported()  # the window shows the case as it now is
        if report is None:
            QMessageBox.information(parent, tr("Import ACLED CSV"), tr("Import cancelled: nothing was imported."))
            return
        lines = report_lines(report)
        warning = ""
        if report.rejected and report.committed:
            warning = tr(
                "{count} rows were rejected and not imported; each is listed below with its line number. Correct "
                "them in a copy of the file holding only those rows, and import that copy."
            ).format(count=len(report.rejected))
        TransferResultDialog.ask(
            tr("Import ACLED CSV"), report_headline(report, case_label), lines, warning=warning, parent=parent
        )

    def failed(error: BaseException) -> None:
        QMessageBox.warning(parent, tr("Import ACLED CSV"), tr("Nothing was imported.") + "\n\n" + error_text(error))

    return run_in_background(parent, reading, work, done, failed)


def export_acled_file(
    parent: QWidget, ctx: StoreContext, case_id: uuid.UUID, case_label: str
) -> BackgroundOperation[TableExport] | None:
    """Ask for whom and where, then write the incidents as ACLED CSV in the background."""
    audience = AcledExportDialog.ask(case_label, parent)
    if audience is None:
        return None
    suggested = str(Path(_folder()) / f"{case_label.split(' ')[0]}-acled-{audience}.csv")
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, tr("Save the incidents as"), suggested, tr("CSV files (*.csv)")
    )
    if not chosen:
        return None
    target = Path(chosen) if chosen.lower().endswith(".csv") else Path(chosen + ".csv")
    ACLED_FOLDER.set(str(target.parent))

    def work(_progress: Progress) -> TableExport:
        return export_acled_csv(ctx, case_id, target, audience=audience)

    def done(result: TableExport) -> None:
        QMessageBox.information(
            parent,
            tr("Export incidents as ACLED CSV"),
            tr("Wrote {count} incidents for the {audience} audience to {path}.").format(
                count=result.rows, audience=audience, path=target
            ),
        )

    def failed(error: BaseException) -> None:
        QMessageBox.warning(
            parent, tr("Export incidents as ACLED CSV"), tr("Nothing was written.") + "\n\n" + error_text(error)
        )

    return run_in_background(parent, tr("Writing the incidents…"), work, done, failed, cancellable=False)
