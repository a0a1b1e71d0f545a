"""File → Export table as CSV…: one table of the selected case, for a spreadsheet (Excel, LibreOffice).

The file is written by :func:`hrdoc.services.tables.export_table_csv` (UTF-8 with a byte-order mark so Excel
reads the accents and Arabic right, formula-like cells defused, identities never included), in the
background, for the audience chosen: what that audience may not see is not written.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QWidget,
)

from hrdoc.domain.marks import N_
from hrdoc.domain.registry import Kind
from hrdoc.gui.background import BackgroundOperation, Progress, run_in_background
from hrdoc.gui.errors_text import error_text
from hrdoc.gui.i18n import tr
from hrdoc.gui.vocab_language import interface_language
from hrdoc.services.context import StoreContext
from hrdoc.services.sharing import Audience
from hrdoc.services.tables import TABLE_KINDS, TableExport, export_table_csv


def kind_labels() -> dict[str, str]:
    return {
        Kind.INCIDENT: tr("Incidents"),
        Kind.ALLEGATION: tr("Allegations"),
        Kind.LOCATION: tr("Places"),
        Kind.ACTOR: tr("Actors"),
        Kind.PERPETRATOR: tr("Alleged perpetrators (allegation × actor)"),
        Kind.VICTIM: tr("Victims"),
        Kind.ALLEGATION_VICTIM: tr("Victims of allegations"),
        Kind.WITNESS: tr("Witnesses (pseudonyms only)"),
        Kind.ACCOUNT: tr("Accounts (current versions)"),
        Kind.SOURCE: tr("Sources"),
        Kind.EVIDENCE: tr("Evidence files (descriptions and hashes)"),
        Kind.LINK: tr("Evidence links"),
        Kind.FIGURE: tr("Reported figures (who reports how many of whom)"),
    }


# The sharing policy's audiences (hrdoc.services.sharing), widest first, as the choices read.
AUDIENCES = (
    (Audience.INTERNAL.value, N_("Internal: everything the team may see")),
    (Audience.PARTNERS.value, N_("Partners: public and restricted records, accounts with consent to share")),
    (Audience.PUBLIC.value, N_("Public: public records only")),
)


def wide_enough(combo: QComboBox) -> QComboBox:
    """``combo`` as wide as its dialog lets it, not as its longest choice (the list shows that whole): a long
    choice in French would otherwise widen the dialog past the width its wrapped lines were measured at."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(24)
    return combo


def audience_box() -> QComboBox:
    """A choice of the audience a file is written for (:data:`AUDIENCES`), its code as each choice's data."""
    combo = QComboBox()
    combo.setObjectName("audience")
    for code, label in AUDIENCES:
        combo.addItem(tr(label), code)
    return wide_enough(combo)


class TableExportDialog(QDialog):
    def __init__(self, case_label: str, parent: QWidget | None = None, kind: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Export table as CSV"))
        self.setMinimumWidth(480)
        form = QFormLayout(self)
        intro = QLabel(
            tr(
                "Write one table of {case} as a CSV file for a spreadsheet. Witness identities are never included."
            ).format(case=case_label)
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for code in TABLE_KINDS:
            self.kind.addItem(kind_labels()[code], code)
        if kind in TABLE_KINDS:
            self.kind.setCurrentIndex(TABLE_KINDS.index(kind))
        form.addRow(tr("Table:"), self.kind)
        wide_enough(self.kind)
        self.audience = audience_box()
        form.addRow(tr("For:"), self.audience)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Choose file…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @classmethod
    def ask(cls, case_label: str, parent: QWidget | None, kind: str | None = None) -> tuple[str, str] | None:
        """(table kind, audience), or None if the user cancelled."""
        dialog = cls(case_label, parent, kind)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return str(dialog.kind.currentData()), str(dialog.audience.currentData())


def export_table(
    parent: QWidget, ctx: StoreContext, case_id: uuid.UUID, case_label: str, kind: str | None = None
) -> BackgroundOperation[TableExport] | None:
    """Ask which table and for whom, then where; write it in the background and say what was written."""
    chosen = TableExportDialog.ask(case_label, parent, kind)
    if chosen is None:
        return None
    table, audience = chosen
    suggested = f"{case_label.split(' ')[0]}-{table}s-{audience}.csv"
    path, _ = QFileDialog.getSaveFileName(parent, tr("Save the table as"), suggested, tr("CSV files (*.csv)"))
    if not path:
        return None
    target = Path(path) if path.lower().endswith(".csv") else Path(path + ".csv")

    def work(progress: Progress) -> TableExport:
        return export_table_csv(ctx, case_id, table, target, audience=audience, language=interface_language())

    def done(result: TableExport) -> None:
        QMessageBox.information(
            parent,
            tr("Table exported"),
            tr("Wrote {rows} rows of {table} for the {audience} audience to {path}.").format(
                rows=result.rows, table=kind_labels()[table].lower(), audience=audience, path=target
            ),
        )

    def failed(error: BaseException) -> None:
        QMessageBox.warning(parent, tr("Export table as CSV"), error_text(error))

    return run_in_background(parent, tr("Writing the table…"), work, done, failed, cancellable=False)
