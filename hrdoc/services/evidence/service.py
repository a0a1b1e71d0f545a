"""Evidence files: intake into the vault, working copies, previews, exports, removal and verification.

Every step that touches an item's bytes appends to its chain of custody (see ``custody``) in the same unit of
work as the change it records. Intake streams: the file is read once, in chunks, hashed and encrypted as it
goes, so its size does not matter; the record is only written once the encrypted file is complete on disk,
and the file only stays once the record is committed, so an interrupted intake leaves nothing behind that
``verify`` (or the next intake) does not sweep away.

The service is made of parts beside this module: :mod:`.store` (the vault, reading items), :mod:`.intake`
(files and online sources in), :mod:`.export` (previews and exports) and :mod:`.results` (what they return);
this module adds placing an incident at a photo's position, removal and verification.
"""

from __future__ import annotations

import hashlib
import uuid

from sqlalchemy import delete, select

from hrdoc.domain.enums import CustodyAction, GeoPrecision, Visibility
from hrdoc.domain.errors import Phrase
from hrdoc.domain.marks import N_
from hrdoc.domain.progress import Progress
from hrdoc.domain.validation import ValidationError
from hrdoc.services.context import StoreContext
from hrdoc.services.errors import NotFound
from hrdoc.services.evidence import custody
from hrdoc.services.evidence.export import EvidenceExport
from hrdoc.services.evidence.intake import EvidenceIntake
from hrdoc.services.evidence.metadata import gps_of
from hrdoc.services.evidence.results import EvidenceCheck, GpsPlacement
from hrdoc.services.records import RecordService
from hrdoc.services.records_kinds import spec_for
from hrdoc.storage import models as m
from hrdoc.storage.vault import Vault, VaultDamaged
from hrdoc.storage.vault_team import DbVault

__all__ = ["EvidenceService"]  # what its methods return is declared in results.py


class EvidenceService(EvidenceIntake, EvidenceExport):
    """The evidence files of one open store."""

    def __init__(self, ctx: StoreContext) -> None:
        self.ctx = ctx
        self.records = RecordService(ctx)
        self._vault: Vault | DbVault | None = None

    # -- records that use the bytes -----------------------------------------------------------------

    def place_incident_at_gps(
        self, evidence_id: uuid.UUID, incident_id: uuid.UUID, place_name: str, *, notes: str = ""
    ) -> GpsPlacement:
        """Make the GPS position recorded in a photo an exact new place, and that place the incident's: both in
        one unit of work (neither happens without the other). The place is as restricted as the stricter of
        the photo and the incident; ``notes`` (default: where the position comes from) stays with it."""
        with self.ctx.write() as session:
            item = session.get(m.EvidenceFile, evidence_id)
            if item is None:
                raise NotFound(N_("no evidence file with id {evidence_id}"), evidence_id=evidence_id)
            position = gps_of(item.file_metadata or {})
            if position is None:
                raise ValidationError.single(
                    "file_metadata",
                    Phrase(N_("{original_filename} holds no GPS position"), original_filename=item.original_filename),
                )
            incident = session.get(m.Incident, incident_id)
            if incident is None or incident.case_id != item.case_id:
                raise NotFound(N_("no incident with id {incident_id} in this file's case"), incident_id=incident_id)
            order = list(Visibility)
            visibility = max(Visibility(item.visibility), Visibility(incident.visibility), key=order.index)
            location = {
                "case_id": item.case_id,
                "name": place_name,
                "latitude": position[0],
                "longitude": position[1],
                "geo_precision": GeoPrecision.EXACT.value,
                "visibility": visibility.value,
                "notes": notes or f"GPS position read from the photo {item.original_filename} (SHA-256 {item.sha256}).",
            }
            previous = incident.location_id
            location_id = self.records._create(session, spec_for("location"), dict(location))
            self.records._update(session, spec_for("incident"), incident_id, {"location_id": location_id})
        return GpsPlacement(location_id, location, previous)

    def remove(self, evidence_id: uuid.UUID, reason: str) -> None:
        """Remove an item and its file; its chain of custody stays, ending with who removed it and why."""
        if not reason.strip():
            raise ValidationError.single(
                "reason", N_("say why the file is removed; the reason stays in its custody log")
            )
        item = self.get(evidence_id)
        with self.ctx.write() as session:
            if session.scalar(select(m.EvidenceFile.id).where(m.EvidenceFile.original_id == evidence_id).limit(1)):
                raise ValidationError.single("id", N_("this file has working copies; remove those first"))
            custody.append(
                session,
                evidence_id=item.id,
                case_id=item.case_id,
                actor=self.ctx.user,
                action=CustodyAction.REMOVE,
                item_sha256=item.sha256,
                details={"reason": reason, "original_filename": item.original_filename},
                summary=f"removed {item.original_filename}",
            )
            session.execute(delete(m.Link).where(m.Link.evidence_id == evidence_id))
            # The record goes the usual way (search index, audit log); the custody entry above is the vault's.
            self.records._delete_in(session, "evidence", evidence_id, system=True)
        self.vault.remove(evidence_id)

    # -- verification ---------------------------------------------------------------------------------

    def verify(self, *, record: bool = True, progress: Progress | None = None) -> EvidenceCheck:
        """Re-hash every vault item and follow every chain of custody; name each problem found.

        Items found intact get a ``verify`` entry in their chain when ``record`` is set. ``progress`` is told the
        bytes re-hashed; a ``Cancelled`` it raises stops the check before anything is recorded.
        """
        report = EvidenceCheck()
        with self.ctx.read() as session:
            items = list(session.scalars(select(m.EvidenceFile).order_by(m.EvidenceFile.created_at)))
            cases = {c.id: c.reference for c in session.scalars(select(m.Case))}
            names: dict[uuid.UUID, str] = {
                i.id: Phrase(N_("{file} (case {case})"), file=i.original_filename, case=cases.get(i.case_id, "?"))
                for i in items
            }
            chains = custody.verify_custody(session, names)
        stored = [i for i in items if i.in_vault]
        path = self.ctx.location.path
        # A store opened read-only (a read-only disk) has nothing swept: nothing can be changed there. A team
        # store's sweep changes nothing: it finds the interrupted uploads that the next sync completes.
        team = isinstance(self.vault, DbVault)
        if team or (self.ctx.read_only is None and (stored or path is None or Vault.folder_for(path).exists())):
            report.swept = self.sweep()
        uploading = set(self.vault.unrecorded) if isinstance(self.vault, DbVault) else set()
        total = sum(i.size for i in stored)
        done = 0
        intact: list[m.EvidenceFile] = []
        for item in stored:
            name = names[item.id]
            digest = hashlib.sha256()
            try:
                for chunk in self.vault.chunks(item.id):
                    digest.update(chunk)
                    done += len(chunk)
                    if progress is not None:
                        progress(done, total, "re-hashing the vault's files")
            except VaultDamaged as err:
                report.problems.append(Phrase(N_("evidence {item}: {problem}"), item=name, problem=err.detail))
                continue
            if digest.hexdigest() != item.sha256:
                report.problems.append(
                    Phrase(N_("evidence {item}: content does not match the SHA-256 recorded at intake"), item=name)
                )
                continue
            intact.append(item)
        known = {i.id for i in stored}
        for stray in sorted(self.vault.item_ids() - known - uploading, key=str) if stored else []:
            report.problems.append(
                Phrase(N_("evidence vault: file {file} belongs to no evidence item"), file=stray.hex)
            )
        if uploading:
            report.checks.append(
                Phrase(
                    N_(
                        "evidence vault: {count} file(s) whose upload to the team store was interrupted before "
                        "their case was saved are kept for the next sync of that case to complete (nothing was "
                        "deleted)"
                    ),
                    count=len(uploading),
                )
            )
        report.problems += chains.problems
        if stored:
            report.checks.append(
                Phrase(N_("evidence vault: {intact} of {files} files intact"), intact=len(intact), files=len(stored))
            )
        report.checks.append(
            Phrase(
                N_("chains of custody: {items} items, {entries} entries"), items=chains.chains, entries=chains.entries
            )
        )
        if report.swept:
            report.checks.append(
                Phrase(
                    N_("evidence vault: removed {count} file(s) left by an interrupted intake"), count=len(report.swept)
                )
            )
        if record and intact and not chains.problems:
            with self.ctx.write() as session:
                for item in intact:
                    custody.append(
                        session,
                        evidence_id=item.id,
                        case_id=item.case_id,
                        actor=self.ctx.user,
                        action=CustodyAction.VERIFY,
                        item_sha256=item.sha256,
                        summary=f"verified {item.original_filename}",
                    )
        return report
