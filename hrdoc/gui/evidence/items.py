"""Working with one evidence file: preview, export for an audience, its details, removal with a reason,
placing an incident at a photo's position, and verifying the vault."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QMessageBox,
)

from hrdoc.domain.enums import Visibility
from hrdoc.domain.errors import Cancelled
from hrdoc.domain.registry import Kind
from hrdoc.gui.background import BackgroundOperation, Progress, run_in_background
from hrdoc.gui.errors_text import said
from hrdoc.gui.evidence.common import USER_ERRORS, parse_utc
from hrdoc.gui.evidence.dialogs import IntakeDetails, IntakeDialog
from hrdoc.gui.evidence.gps_dialog import GpsLocationDialog
from hrdoc.gui.evidence.intake import EvidenceIntake
from hrdoc.gui.evidence.preview import EvidencePreviewDialog, PreviewContent, prepare
from hrdoc.gui.evidence.sharing_dialogs import ExportDialog, RemoveDialog
from hrdoc.gui.i18n import tr
from hrdoc.gui.undo import CreateRecord, UpdateRecord
from hrdoc.gui.workspace.page import listing
from hrdoc.services.cases import RecordRow
from hrdoc.services.evidence.metadata import gps_of
from hrdoc.services.evidence.results import ExportResult
from hrdoc.services.evidence.service import EvidenceService
from hrdoc.services.records import RecordService
from hrdoc.services.sharing import Audience


class EvidenceItems(EvidenceIntake):
    """The evidence view and intake, with what can be done with one file."""

    # -- using the bytes ------------------------------------------------------------------------------

    def preview_selected(self) -> BackgroundOperation[Any] | None:
        where, item = self._ctx_case(), self.selected()
        if where is None or item is None:
            return None
        if not item.get("in_vault"):
            elsewhere = tr("{name} is described here but its file is kept elsewhere.")
            QMessageBox.information(self, tr("Preview"), elsewhere.format(name=item["original_filename"]))
            return None
        ctx, _case_id = where
        evidence_id = uuid.UUID(item["id"])
        name, mime = item["original_filename"], item["mime_type"]

        def read(progress: Progress) -> PreviewContent:
            progress.step(0, 0, tr("Decrypting {name} in memory…").format(name=name))
            data = EvidenceService(ctx).read_for_preview(evidence_id)
            try:
                return prepare(name, mime, data, progress)
            finally:
                del data

        def show(content: PreviewContent) -> None:
            self._refresh_custody()  # the view is in the chain of custody now
            EvidencePreviewDialog.ask(content, self)

        def failed(error: BaseException) -> None:
            self._refresh_custody()
            self._show_error(tr("Preview"), error)

        return run_in_background(self, tr("Preparing the preview…"), read, show, failed)

    def export_selected(self) -> BackgroundOperation[Any] | None:
        where, item = self._ctx_case(), self.selected()
        if where is None or item is None or not item.get("in_vault"):
            return None
        ctx, _case_id = where
        visibility = str(item.get("visibility") or Visibility.RESTRICTED.value)
        allowed = EvidenceService(ctx).audiences(uuid.UUID(item["id"]))  # the sharing policy decides, not the GUI
        if not allowed:
            return None
        audience = ExportDialog.ask(item["original_filename"], visibility, allowed, self)
        if audience is None:
            return None
        name = Path(item["original_filename"])
        suggested = f"{name.stem}-{audience.value}{name.suffix}"
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _filter = QFileDialog.getSaveFileName(
            self, tr("Export “{name}” as").format(name=name.name), str(Path(folder) / suggested)
        )
        if not chosen:
            return None
        evidence_id = uuid.UUID(item["id"])
        dest = Path(chosen)

        def export(progress: Progress) -> ExportResult | None:
            try:
                progress.step(0, 0, tr("Writing the copy…"))  # a public copy is cleaned before it is written
                return EvidenceService(ctx).export(evidence_id, dest, audience=audience.value, progress=progress)
            except Cancelled:
                return None  # the partial copy is already gone

        def done(result: ExportResult | None) -> None:
            if result is None:
                self._say(tr("Export cancelled: no copy was written."))
                return
            lines = [
                tr("Exported a copy of {name} for the {audience} audience to:\n{path}").format(
                    name=name.name, audience=audience.label.lower(), path=result.path
                ),
                tr("SHA-256 of the copy: {sha256}").format(sha256=result.sha256),
            ]
            if audience is Audience.PUBLIC:
                if result.removed:
                    lines.append(tr("Removed from the copy:") + "\n" + "\n".join(f"• {r}" for r in result.removed))
                else:
                    lines.append(tr("Nothing needed removing from this file."))
                if result.note:
                    lines.append(result.note)
            else:
                lines.append(tr("The copy is identical to the original (same SHA-256)."))
            self._say(tr("Exported {what} to {path}.").format(what=name.name, path=result.path))
            QMessageBox.information(self, tr("Export"), "\n\n".join(lines))
            self._reload(select=evidence_id)

        return run_in_background(
            self,
            tr("Exporting…"),
            export,
            done,
            self._failure(tr("Export"), tr("Nothing was exported.")),
        )

    def copy_hash(self) -> None:
        item = self.selected()
        if item is not None:
            QGuiApplication.clipboard().setText(str(item.get("sha256") or ""))
            self._say(tr("Copied the SHA-256 of {name}.").format(name=item["original_filename"]))

    # -- changing and removing --------------------------------------------------------------------------

    def edit_selected_details(self) -> None:
        item = self.selected()
        if item is not None:
            self.edit_details(item["id"])

    def edit_details(self, evidence_id: uuid.UUID | str) -> uuid.UUID | None:
        """Edit what an item is filed under, its description, origin and visibility (undoable)."""
        item = self._record(evidence_id)
        if item is None or self.workspace is None:
            return None
        initial = IntakeDetails(
            attach_to=uuid.UUID(item["attached_id"]) if item.get("attached_id") else None,
            description=item.get("description") or "",
            acquired_at=parse_utc(item.get("acquired_at")),
            acquired_by=item.get("acquired_by") or "",
            acquired_from=item.get("acquired_from") or "",
            visibility=Visibility(item.get("visibility") or Visibility.RESTRICTED.value),
        )
        edited = IntakeDialog.ask(
            [item["original_filename"]],
            self.targets(),
            self,
            default_target=initial.attach_to,
            initial=initial,
        )
        if edited is None or edited == initial:
            return None
        rid = uuid.UUID(item["id"])
        records = RecordService(self.workspace.ctx)
        try:
            kind = records.get(Kind.EVIDENCE, rid).attached_kind
            if edited.attach_to != initial.attach_to:
                kind = self._kind_of(edited.attach_to)
            before = {
                "attached_kind": item.get("attached_kind") or "",
                "attached_id": initial.attach_to,
                "description": initial.description,
                "acquired_at": initial.acquired_at,
                "acquired_by": initial.acquired_by,
                "acquired_from": initial.acquired_from,
                "visibility": initial.visibility.value,
            }
            after = {
                "attached_kind": kind,
                "attached_id": edited.attach_to,
                "description": edited.description,
                "acquired_at": edited.acquired_at,
                "acquired_by": edited.acquired_by,
                "acquired_from": edited.acquired_from,
                "visibility": edited.visibility.value,
            }
            changed = [k for k in after if after[k] != before[k]]
            before = {k: before[k] for k in changed}
            after = {k: after[k] for k in changed}
            records.update(Kind.EVIDENCE, rid, **after)
        except USER_ERRORS as err:
            self._show_error(tr("Evidence file details"), err)
            return None
        stack = self.workspace.undo_stack
        stack.push(UpdateRecord(stack, Kind.EVIDENCE, rid, before, after))
        self._reload(select=rid)
        return rid

    def _kind_of(self, target: uuid.UUID | None) -> str:
        if target is None or self.workspace is None or self.workspace.case_id is None:
            return ""
        kind, _rid = EvidenceService(self.workspace.ctx).resolve_target(self.workspace.case_id, target)
        return kind

    def remove_selected(self) -> None:
        item = self.selected()
        if item is not None:
            self.remove(item["id"])

    def remove(self, evidence_id: uuid.UUID | str) -> bool:
        """Remove an item after asking why; the reason stays in its chain of custody."""
        item = self._record(evidence_id)
        if item is None or self.workspace is None:
            return False
        reason = RemoveDialog.ask(item["original_filename"], self)
        if reason is None:
            return False
        try:
            EvidenceService(self.workspace.ctx).remove(uuid.UUID(item["id"]), reason)
        except USER_ERRORS as err:
            self._show_error(tr("Remove evidence file"), err, prefix=tr("Nothing was removed."))
            return False
        self._say(tr("Removed {name}. Its chain of custody keeps the reason.").format(name=item["original_filename"]))
        self._reload()
        return True

    def _record(self, evidence_id: uuid.UUID | str) -> RecordRow | None:
        data = self.workspace.data if self.workspace is not None else None
        if data is None:
            return None
        found = data["pages"].rows(listing(data, Kind.EVIDENCE), [str(evidence_id)])
        return found[0] if found else None

    # -- a photo's position ------------------------------------------------------------------------------

    def use_gps(self) -> None:
        item = self.selected()
        if item is None or self.workspace is None or self.workspace.case_id is None or self.workspace.data is None:
            return
        position = gps_of(item.get("file_metadata") or {})
        if position is None:
            return
        data = self.workspace.data
        pages = data["pages"]
        every = listing(data, Kind.INCIDENT)
        rows = pages.rows(every, pages.order(every))
        if not rows:
            QMessageBox.information(
                self, tr("Use the photo's GPS position"), tr("This case has no incident yet; add one first.")
            )
            return
        incidents = [(i["title"], uuid.UUID(i["id"]), i["_names"].get("location_id", "")) for i in rows]
        default: uuid.UUID | None = None
        if item.get("attached_kind") == Kind.INCIDENT:
            default = uuid.UUID(item["attached_id"])
        elif item.get("attached_kind") == Kind.ALLEGATION:
            found = pages.rows(listing(data, Kind.ALLEGATION), [item["attached_id"]])
            default = uuid.UUID(found[0]["incident_id"]) if found else None
        choice = GpsLocationDialog.ask(item["original_filename"], position, incidents, self, default=default)
        if choice is None:
            return
        self.set_incident_position(item, position, choice.incident_id, choice.place_name)

    def set_incident_position(
        self, item: RecordRow, position: tuple[float, float], incident_id: uuid.UUID, place_name: str
    ) -> uuid.UUID | None:
        """Create an exact place at ``position`` and make it the incident's; one step on the undo stack."""
        assert self.workspace is not None and self.workspace.case_id is not None
        stack = self.workspace.undo_stack
        evidence_id = uuid.UUID(str(item["id"]))
        notes = tr("GPS position read from the photo {name} (SHA-256 {sha256}).").format(
            name=item["original_filename"], sha256=item["sha256"]
        )
        try:
            incident = RecordService(self.workspace.ctx).get(Kind.INCIDENT, incident_id)
            placed = EvidenceService(self.workspace.ctx).place_incident_at_gps(
                evidence_id, incident_id, place_name, notes=notes
            )
        except USER_ERRORS as err:
            self._show_error(tr("Use the photo's GPS position"), err, prefix=tr("The incident was not changed."))
            return None
        location_id = placed.location_id
        stack.beginMacro(tr("use the photo's GPS position as the incident's place"))
        stack.push(CreateRecord(stack, Kind.LOCATION, placed.location, location_id))
        before, after = {"location_id": placed.previous_location_id}, {"location_id": location_id}
        stack.push(UpdateRecord(stack, Kind.INCIDENT, incident_id, before, after))
        stack.endMacro()
        self._say(
            tr("The incident “{title}” now takes place at {place} ({latitude:.6f}, {longitude:.6f}).").format(
                title=incident.title, place=place_name, latitude=position[0], longitude=position[1]
            )
        )
        self._reload(select=item["id"])
        return location_id

    # -- verification -----------------------------------------------------------------------------------

    def verify(self) -> BackgroundOperation[Any] | None:
        where = self._ctx_case()
        if where is None:
            return None
        ctx, _case_id = where

        def check(progress: Progress) -> Any:
            return EvidenceService(ctx).verify(progress=progress)

        def done(report: Any) -> None:
            lines = [said(c) for c in report.checks]
            if report.problems:
                lines += ["", tr("Problems found:"), *(f"• {said(p)}" for p in report.problems)]
                QMessageBox.warning(self, tr("Verify evidence files"), "\n".join(lines))
            else:
                lines += ["", tr("No problem found.")]
                QMessageBox.information(self, tr("Verify evidence files"), "\n".join(lines))
            self._reload()

        return run_in_background(self, tr("Verifying the evidence files…"), check, done, self._failure(tr("Verify")))
