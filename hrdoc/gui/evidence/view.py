"""The evidence page's view: the list of the case's evidence files, the selected item's details and its
chain of custody, and what the page reads from the workspace that hosts it.

The page is built in layers, each adding one concern: this view, then adding files
(:mod:`hrdoc.gui.evidence.intake`), then working with a file (:mod:`hrdoc.gui.evidence.items`), then the
actions, menus and toolbar (:class:`hrdoc.gui.evidence.page.EvidencePage`). The page never imports the
workspace: it reads it through :class:`~hrdoc.gui.workspace.page.CaseHost` and asks for reloads by signal.
"""

from __future__ import annotations

import html
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from hrdoc.domain import enums
from hrdoc.domain.marks import N_
from hrdoc.domain.registry import Kind
from hrdoc.gui.accessibility import name
from hrdoc.gui.dialogs import error_text
from hrdoc.gui.evidence.common import (
    USER_ERRORS,
    capture_lines,
    custody_action_text,
    custody_details_text,
    heading_html,
    human_size,
    mime_text,
    short_hash,
    table_html,
    utc_text,
)
from hrdoc.gui.evidence.dialogs import Targets
from hrdoc.gui.evidence.table import Column, EvidenceTable
from hrdoc.gui.forms.specs import kind_name
from hrdoc.gui.i18n import tr
from hrdoc.gui.provenance import arrival_tooltip, arrived_text, when_text, where_text
from hrdoc.gui.rows import select_row
from hrdoc.gui.shortcuts import in_columns, right_to_left, table_start
from hrdoc.gui.workspace.page import CaseData, CaseHost, Page, TablePage, TwoLineHeader, listing
from hrdoc.services import audit
from hrdoc.services.cases import RecordRow
from hrdoc.services.evidence.metadata import summary_lines
from hrdoc.services.evidence.service import EvidenceService
from hrdoc.services.records_kinds import ATTACHABLE_KINDS
from hrdoc.storage.models import CustodyEntry

# The chain of custody's columns: an entry merged from another store shows when and by whom it happened
# there, with when it arrived here and where it was first written beside them (gui.provenance).
CUSTODY_HEADERS = (
    N_("#"),
    N_("When (UTC)"),
    N_("Arrived here (UTC)"),
    N_("Who"),
    N_("Where"),
    N_("What"),
    N_("SHA-256 then"),
    N_("Details"),
)
SHA_COLUMN, DETAILS_COLUMN = 6, 7
PROVENANCE_COLUMNS = (2, 4)  # shown once an entry came from another store (a chain kept here alone leaves them out)


class EvidenceView(Page):
    """Evidence files of the case, with the selected item's details and chain of custody."""

    case_changed = Signal()  # records were added or changed: the workspace reloads the case

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = tr("Evidence files")
        self.setObjectName("evidencePage")
        self.workspace: CaseHost | None = None
        self.data: CaseData | None = None
        self._select_after_load: str | None = None
        self.custody_rows: list[CustodyEntry] = []

        self.list = EvidenceTable()
        self.list.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())

        self.status = QLabel()
        self.status.setObjectName("evidenceStatus")
        self.status.setWordWrap(True)
        self.status.hide()

        self.details = QTextBrowser()
        self.details.setObjectName("evidenceDetails")
        self.details.setOpenLinks(False)  # nothing in it is fetched or followed
        self.details.setOpenExternalLinks(False)
        self.details.setPlaceholderText(tr("Select a file to see its metadata and chain of custody."))
        name(self.details, tr("Details of the selected file"))

        self.custody = QTableWidget(0, len(CUSTODY_HEADERS))
        self.custody.setObjectName("custodyTimeline")
        name(self.custody, tr("Chain of custody"))
        self.custody.setHorizontalHeader(TwoLineHeader(self.custody))  # "Arrived here (UTC)" on two lines
        self.custody.setHorizontalHeaderLabels([tr(h) for h in CUSTODY_HEADERS])
        self.custody.verticalHeader().hide()
        compact = self.fontMetrics().height() + 8
        self.custody.verticalHeader().setDefaultSectionSize(compact)
        self.list.table.verticalHeader().setDefaultSectionSize(compact)
        self.custody.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.custody.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.custody.setWordWrap(False)
        header = self.custody.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._fit_custody()  # its headers whole while it is empty too
        self.custody_title = QLabel(tr("Chain of custody"))
        self.custody_title.setObjectName("custodyTitle")
        # Wrapped: on one line, a long file name made it the page's minimum width, which the workspace's stack of
        # pages takes for every page, squeezing the detail pane beside the others.
        self.custody_title.setWordWrap(True)
        self.custody_box = custody_box = QWidget()
        custody_layout = QVBoxLayout(custody_box)
        custody_layout.setContentsMargins(0, 0, 0, 0)
        custody_layout.addWidget(self.custody_title)
        custody_layout.addWidget(self.custody, 1)

    def _update_actions(self) -> None:
        """Enable what applies to the open case and the selected item (the page's actions)."""

    # -- the workspace ------------------------------------------------------------------------------------

    def bind(self, workspace: CaseHost) -> None:
        """Work on the workspace's open case. The workspace calls :meth:`case_loaded` after each load, reloads
        when :attr:`case_changed` is emitted, and passes files dropped anywhere on it through :meth:`eventFilter`."""
        self.workspace = workspace

    def case_loaded(self) -> None:
        self._update_actions()

    def tables(self) -> list[TablePage]:
        return [self.list]

    def show_case(self, data: CaseData) -> None:
        if self.data is None or self.data["case"]["id"] != data["case"]["id"]:
            self._say("")  # what was said was about another case
        self.data = data
        self.list.show_case(data)
        table = self.list.table
        for column, widest in ((Column.NAME, 230), (Column.FILED, 230), (Column.COPY_OF, 200)):
            table.setColumnWidth(column, min(table.columnWidth(column), widest))
        wanted = self._select_after_load
        self._select_after_load = None
        if wanted is not None:
            self.list.select_record(wanted)
        elif self.list.selected() is None and self.list.model.rowCount():
            select_row(self.list.table, 0)
        self._selection_changed()

    def clear(self) -> None:
        self.data = None
        self.list.clear()
        self.details.clear()
        self.custody.setRowCount(0)
        self.custody_rows = []
        self._fit_custody()
        self.custody_title.setText(tr("Chain of custody"))
        self.status.hide()
        self._update_actions()

    def selected(self) -> RecordRow | None:
        return self.list.selected()

    def select(self, evidence_id: uuid.UUID | str) -> bool:
        return self.list.select_record(str(evidence_id))

    def _ctx_case(self) -> tuple[Any, uuid.UUID] | None:
        if self.workspace is None or self.workspace.case_id is None:
            return None
        return self.workspace.ctx, self.workspace.case_id

    def _reload(self, select: uuid.UUID | str | None = None) -> None:
        if select is not None:
            self._select_after_load = str(select)
        self.case_changed.emit()

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _show_error(self, title: str, error: BaseException, *, prefix: str = "") -> None:
        if not isinstance(error, USER_ERRORS):
            raise error  # a bug: the crash handler reports it
        QMessageBox.warning(self, title, (prefix + "\n\n" if prefix else "") + error_text(error))

    def _failure(self, title: str, prefix: str = "") -> Callable[[BaseException], None]:
        return lambda error: self._show_error(title, error, prefix=prefix)

    # -- what a new file can be filed under --------------------------------------------------------------

    def targets(self) -> Targets:
        """The case itself, then its incidents, allegations, sources and accounts."""
        targets: Targets = [(tr("The case itself"), None)]
        data = self.workspace.data if self.workspace is not None else None
        if data is None:
            return targets
        for kind in ATTACHABLE_KINDS:
            for rid, label in _named(data, kind):
                targets.append((f"{kind_name(kind).capitalize()}: {label}", uuid.UUID(rid)))
        return targets

    def source_targets(self) -> Targets:
        data = self.workspace.data if self.workspace is not None else None
        named = _named(data, Kind.SOURCE) if data is not None else []
        return [(tr("Source: {source}").format(source=label), uuid.UUID(rid)) for rid, label in named]

    def _default_target(self) -> uuid.UUID | None:
        """What is selected on the workspace's current page, if files can be filed under it."""
        if self.workspace is None:
            return None
        if self.workspace.current_page() is self:
            item = self.selected()
            return uuid.UUID(item["attached_id"]) if item and item.get("attached_id") else None
        selection = self.workspace.current_selection()
        if selection is not None and selection[0] in ATTACHABLE_KINDS:
            return uuid.UUID(selection[1])
        return None

    # -- the selected item --------------------------------------------------------------------------------

    def _selection_changed(self) -> None:
        item = self.selected()
        self._update_actions()
        if item is None:
            self.details.clear()
            self.custody.setRowCount(0)
            self.custody_rows = []
            self.custody_title.setText(tr("Chain of custody"))
            self._fit_custody()
            return
        self.details.setHtml(self.details_html(item))
        self._refresh_custody()

    def _refresh_custody(self) -> None:
        item = self.selected()
        if item is None or self.workspace is None:
            return
        try:
            entries = EvidenceService(self.workspace.ctx).custody(uuid.UUID(item["id"]))
        except USER_ERRORS as err:
            self.custody_title.setText(tr("Chain of custody: cannot be read ({error})").format(error=error_text(err)))
            return
        self.custody_rows = entries
        count = tr("1 entry") if len(entries) == 1 else tr("{count} entries").format(count=len(entries))
        self.custody_title.setText(
            tr("Chain of custody of {name}: {entries}, each sealed with the hash of the one before").format(
                name=item["original_filename"], entries=count
            )
        )
        self.custody.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            # When and by whom it happened, where (the store that wrote it first), when it arrived here.
            cells = [
                str(entry.seq),
                when_text(entry.at, entry.details),
                arrived_text(entry.details, entry.at),
                entry.actor,
                where_text(entry.details),
                custody_action_text(entry.action),
                short_hash(entry.item_sha256),
                custody_details_text(entry.action, audit.as_first_written(entry.details)),
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column == SHA_COLUMN:
                    cell.setToolTip(tr("SHA-256 of the file at that moment: {sha256}").format(sha256=entry.item_sha256))
                elif column == DETAILS_COLUMN:
                    cell.setToolTip(text)
                elif column in (2, 4):
                    cell.setToolTip(arrival_tooltip(entry.details, entry.at))
                else:
                    cell.setToolTip(tr("Entry hash {hash}").format(hash=entry.entry_hash))
                if column == 0:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.custody.setItem(row, column, cell)
        merged = any(audit.provenance(entry.details) is not None for entry in entries)
        for column in PROVENANCE_COLUMNS:
            self.custody.setColumnHidden(column, not merged)
        self._fit_custody()

    def _fit_custody(self) -> None:
        """Each column of the chain of custody as wide as its header and entries (the details at least 200 px)."""
        self.custody.resizeColumnsToContents()
        self.custody.setColumnWidth(DETAILS_COLUMN, max(self.custody.columnWidth(DETAILS_COLUMN), 200))

    def details_html(self, item: RecordRow) -> str:
        """The item's facts on the left; what the file says about itself (and a capture's facts) on the right."""
        esc = html.escape
        kept = (
            tr("in the vault, encrypted")
            if item.get("in_vault")
            else tr("held elsewhere (only described here; its hash is as entered)")
        )
        facts: list[tuple[str, str]] = [
            (tr("Description"), item.get("description") or ""),
            (tr("Type"), mime_text(item["mime_type"])),
            (
                tr("Size"),
                tr("{size} ({bytes} bytes)").format(
                    size=human_size(item.get("size")), bytes=QLocale().toString(int(item.get("size") or 0))
                ),
            ),
            (tr("Kept"), kept),
            (tr("Filed under"), self.list.filed_under(item)),
            (tr("Acquired"), utc_text(item.get("acquired_at")) or tr("unknown")),
            (tr("Acquired by"), item.get("acquired_by") or ""),
            (tr("Acquired from"), item.get("acquired_from") or ""),
            (
                tr("Visibility"),
                tr(enums.label(item["visibility"], enums.Visibility), "Visibility") if item.get("visibility") else "",
            ),
        ]
        if item.get("original_id"):
            original = item.get("_names", {}).get("original_id") or tr("a removed item")
            facts.append((tr("Working copy of"), original))
            facts.append((tr("What was altered"), item.get("alteration_note") or ""))
        elif item.get("alteration_note"):  # a copy that came without its original, withheld from what brought it
            elsewhere = tr("an original not in this store (withheld from the copy of the case it came in)")
            facts.append((tr("Working copy of"), elsewhere))
            facts.append((tr("What was altered"), item["alteration_note"]))
        left = [heading_html(tr("The file")), table_html(facts)]
        right: list[str] = []
        metadata = item.get("file_metadata") or {}
        capture = metadata.get("capture")
        if isinstance(capture, dict):
            right += [heading_html(tr("Capture of an online page")), table_html(capture_lines(capture))]
        lines = [(tr(label), value) for label, value in summary_lines(metadata)]
        right.append(heading_html(tr("Metadata read from the file")))
        if lines:
            right.append(table_html(lines))
        else:
            none_found = tr("None found: no capture time, position or device is recorded in the file.")
            right.append(f"<p>{esc(none_found)}</p>")
        copies = (
            self.data["pages"].head(listing(self.data, Kind.EVIDENCE, original_id=item["id"]), 1000)[1]
            if self.data
            else []
        )
        if copies:
            listed = [(short_hash(c["sha256"]), f"{c['original_filename']}: {c['alteration_note']}") for c in copies]
            right += [heading_html(tr("Working copies")), table_html(listed)]
        sha = esc(str(item.get("sha256") or ""))
        # The file's facts first in the layout's direction (on the right in Arabic), as in table_html.
        half, gap = "width='50%' valign='top'", "padding-left" if right_to_left() else "padding-right"
        return (
            f"<p style='margin: 0'><b style='font-size: large'>{esc(item['original_filename'])}</b></p>"
            f"<p style='margin-top: 2px'>SHA-256 <span style='font-family: monospace'>{sha}</span></p>"
            + table_start("width='100%' cellspacing='0' cellpadding='0'")
            + "<tr>"
            + "".join(
                in_columns(
                    [f"<td {half} style='{gap}: 14px'>{''.join(left)}</td>", f"<td {half}>{''.join(right)}</td>"]
                )
            )
            + "</tr></table>"
        )


def _named(data: CaseData, kind: str) -> list[tuple[str, str]]:
    """Every record of ``kind`` in the open case, as (id, name), in the order entered."""
    pages = data["pages"]
    ids = pages.order(listing(data, kind))
    names = pages.names({kind: ids})
    return [(rid, names.get(rid, rid)) for rid in ids]
