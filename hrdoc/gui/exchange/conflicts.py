"""Case → Conflicts: records changed both on this laptop and in another copy of the case, side by side.

A merge (an imported bundle, a sync) keeps both versions of such a record until a person decides. The view
lists the case's open conflicts; the selected one is shown field by field, this laptop's version beside the
other one, the fields that differ highlighted, and a deletion on either side said in words. Deciding goes
through ConflictService, which records the choice so that the next merge takes it everywhere. The list and the
side-by-side view are in :mod:`hrdoc.gui.exchange.conflict_views`.

A conflict is shown whole, with the record's parts (consent, protected identity, account versions) and the
records that go with it. A protected identity stays masked until "Reveal identity…" is chosen, which asks why
and records the reveal in the audit log, as revealing does everywhere else.
"""

from __future__ import annotations

import html
import uuid

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hrdoc.domain.validation import ValidationError
from hrdoc.gui import window_fit
from hrdoc.gui.errors_text import error_text
from hrdoc.gui.exchange.conflict_views import Column, Comparison, ConflictListModel, Role, state_of
from hrdoc.gui.forms.specs import kind_name
from hrdoc.gui.i18n import tr
from hrdoc.gui.rows import select_row
from hrdoc.services.context import StoreContext
from hrdoc.services.errors import NotFound
from hrdoc.services.exchange.conflicts import ConflictService, ConflictView
from hrdoc.storage.errors import StoreError


class ConflictsDialog(QDialog):
    """The open conflicts of one case; choose, for each, which version to keep."""

    resolved = Signal(str)  # the conflict's id, once decided

    def __init__(
        self,
        ctx: StoreContext,
        case_id: uuid.UUID,
        parent: QWidget | None = None,
        *,
        case_label: str = "",
        names: dict[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id = case_id
        self.service = ConflictService(ctx)
        self.resolved_count = 0
        self._revealed: dict[uuid.UUID, ConflictView] = {}  # conflicts whose protected identity was revealed
        self.setObjectName("conflictsDialog")
        self.setWindowTitle(tr("Conflicts — {case}").format(case=case_label) if case_label else tr("Conflicts"))

        heading = QLabel(
            "<b>" + html.escape(tr("Open conflicts")) + "</b>" + (f" — {html.escape(case_label)}" if case_label else "")
        )
        heading.setTextFormat(Qt.TextFormat.RichText)
        intro = QLabel(
            tr(
                "These records were changed both on this laptop and in another copy of the case (an imported "
                "bundle or the team store). Both versions are kept until you choose one; your choice travels "
                "with the next sync or bundle."
            )
        )
        intro.setWordWrap(True)

        self.model = ConflictListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Role.SORT)
        self.list = QTableView()
        self.list.setObjectName("conflictList")
        self.list.setModel(self.proxy)
        self.list.setSortingEnabled(True)
        self.list.sortByColumn(Column.DETECTED, Qt.SortOrder.AscendingOrder)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(False)
        self.list.verticalHeader().hide()
        header = self.list.horizontalHeader()
        for column in Column:
            mode = (
                QHeaderView.ResizeMode.Stretch if column is Column.ORIGIN else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, mode)
        self.list.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())

        self.state = QLabel()
        self.state.setObjectName("conflictState")
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.RichText)
        self.comparison = Comparison(ctx, names or {})
        self.keep_button = QPushButton(tr("Keep this laptop's version"))
        self.keep_button.setObjectName("keepLocal")
        self.keep_button.clicked.connect(lambda: self.resolve_selected("local"))
        self.take_button = QPushButton(tr("Take the other version"))
        self.take_button.setObjectName("takeIncoming")
        self.take_button.clicked.connect(lambda: self.resolve_selected("incoming"))
        self.reveal_button = QPushButton(tr("Reveal identity…"))
        self.reveal_button.setObjectName("revealIdentity")
        self.reveal_button.setToolTip(tr("Show the protected identity on both sides (recorded in the audit log)"))
        self.reveal_button.clicked.connect(self._ask_reveal)
        for button in (self.keep_button, self.take_button, self.reveal_button):
            button.setAutoDefault(False)  # Enter never decides a conflict by accident
        decide = QHBoxLayout()
        decide.addWidget(self.reveal_button)
        decide.addStretch(1)
        decide.addWidget(self.keep_button)
        decide.addWidget(self.take_button)

        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.state)
        lower_layout.addWidget(self.comparison, 1)
        lower_layout.addLayout(decide)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([150, 450])

        self.status = QLabel()
        self.status.setObjectName("conflictStatus")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)
        screen = window_fit.available_geometry(parent if parent is not None else self)
        self.resize(min(1080, screen.width() - 40), min(700, screen.height() - 60))
        self.reload()

    @classmethod
    def ask(
        cls,
        ctx: StoreContext,
        case_id: uuid.UUID,
        parent: QWidget | None = None,
        *,
        case_label: str = "",
        names: dict[str, str] | None = None,
    ) -> int:
        """Show the case's conflicts; how many the user resolved."""
        dialog = cls(ctx, case_id, parent, case_label=case_label, names=names)
        try:
            dialog.exec()
            return dialog.resolved_count
        finally:
            dialog.deleteLater()

    # -- state -----------------------------------------------------------------------------------------

    def reload(self, select: int = 0) -> None:
        self.model.set_conflicts(self.service.open_conflicts(self.case_id))
        count = self.proxy.rowCount()
        if count:
            select_row(self.list, min(select, count - 1))
        self._show_selected()

    def conflicts(self) -> list[ConflictView]:
        """The conflicts as listed, in the list's order."""
        return [
            self.model.conflict(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
            for r in range(self.proxy.rowCount())
        ]

    def selected(self) -> ConflictView | None:
        """The selected conflict (as revealed, if its identity was revealed)."""
        index = self.list.currentIndex()
        if not index.isValid():
            return None
        conflict = self.model.conflict(self.proxy.mapToSource(index).row())
        return self._revealed.get(conflict.id, conflict)

    def reveal_selected(self, reason: str) -> bool:
        """Show the selected conflict's protected identity on both sides (audited, with the reason given)."""
        conflict = self.selected()
        if conflict is None or not conflict.protected_parts:
            return False
        try:
            self._revealed[conflict.id] = self.service.reveal(conflict.id, reason)
        except (ValidationError, NotFound, StoreError) as err:
            QMessageBox.warning(self, tr("Conflicts"), error_text(err))
            return False
        self._show_selected()
        return True

    def _ask_reveal(self) -> None:
        conflict = self.selected()
        if conflict is None:
            return
        reason, ok = QInputDialog.getText(
            self,
            tr("Reveal identity"),
            tr("Revealing the identity in “{record}” is recorded in the audit log. Why do you need it?").format(
                record=conflict.label
            ),
        )
        if ok:
            self.reveal_selected(reason)

    def select(self, conflict_id: uuid.UUID) -> bool:
        for row in range(self.proxy.rowCount()):
            if self.proxy.data(self.proxy.index(row, 0), Role.CONFLICT_ID) == str(conflict_id):
                select_row(self.list, row)
                return True
        return False

    def _show_selected(self) -> None:
        conflict = self.selected()
        self.comparison.show_conflict(conflict)
        self.keep_button.setEnabled(conflict is not None)
        self.take_button.setEnabled(conflict is not None)
        self.reveal_button.setEnabled(conflict is not None and bool(conflict.protected_parts) and not conflict.revealed)
        if conflict is None:
            self.state.setText(html.escape(tr("No open conflicts in this case.")))
            return
        what = html.escape(
            tr("{kind} “{name}”").format(kind=kind_name(conflict.kind).capitalize(), name=conflict.label)
        )
        origin = html.escape(conflict.origin)
        state = state_of(conflict)
        if state == "deleted_here":
            text = tr(
                "{record} was <b>deleted on this laptop</b> but changed in the other version (from {origin}). "
                "Keeping this "
                "laptop's version keeps it deleted; taking the other version brings it back, with the records "
                "that come back with it."
            ).format(record=what, origin=origin)
        elif state == "deleted_there":
            text = tr(
                "{record} was changed on this laptop but <b>deleted in the other version</b> (from {origin}). "
                "Keeping this "
                "laptop's version keeps it, and what the other version deleted with it; taking the other version "
                "deletes it here too, with what depends on it."
            ).format(record=what, origin=origin)
        else:
            count = len(self.comparison.differing)
            text = tr("{record} was changed on this laptop and in the other version (from {origin}).").format(
                record=what, origin=origin
            )
            text += " " + html.escape(
                tr("{count} field(s) differ; they are highlighted below.").format(count=count)
                if count
                else tr("The two versions differ only in when they were saved.")
            )
        self.state.setText(text)

    # -- deciding --------------------------------------------------------------------------------------

    def resolve_selected(self, choice: str) -> bool:
        conflict = self.selected()
        if conflict is None:
            return False
        row = self.list.currentIndex().row()
        try:
            notes = self.service.resolve(conflict.id, choice)
        except (ValidationError, NotFound, StoreError) as err:
            QMessageBox.warning(self, tr("Conflicts"), error_text(err))
            self.reload(row)  # someone may have decided it already (on the team store)
            return False
        self.resolved_count += 1
        self.status.setText(
            (
                tr("Kept this laptop's version of “{record}”.")
                if choice == "local"
                else tr("Took the other version of “{record}”.")
            ).format(record=conflict.label)
            + "".join(f"\n{note[:1].upper()}{note[1:]}." for note in notes)
        )
        self._revealed.pop(conflict.id, None)
        self.resolved.emit(str(conflict.id))
        self.reload(row)
        return True
