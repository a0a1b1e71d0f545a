"""Evidence files: intake into the vault, working copies, previews, exports, removal and verification.

Every step that touches an item's bytes appends to its chain of custody (see ``custody``) in the same unit of
work as the change it records. Intake streams: the file is read once, in chunks, hashed and encrypted as it
goes, so its size does not matter; the record is only written once the encrypted file is complete on disk,
and the file only stays once the record is committed, so an interrupted intake leaves nothing behind that
``verify`` (or the next intake) does not sweep away.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import io
import os
import shutil
import tempfile
import urllib.parse
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from hrdoc.domain.enums import CustodyAction, GeoPrecision, SourceKind, Visibility
from hrdoc.domain.validation import ValidationError
from hrdoc.services.context import StoreContext
from hrdoc.services.errors import NotFound
from hrdoc.services.evidence import custody
from hrdoc.services.evidence.capture import fetch_capture, import_capture
from hrdoc.services.evidence.capture_types import Capture
from hrdoc.services.evidence.metadata import extract_metadata, gps_of
from hrdoc.services.evidence.sanitize import NotCleanable, SanitizeError, SanitizeResult, sanitize_for_public
from hrdoc.services.evidence.sniff import sniff_mime
from hrdoc.services.records import RecordService
from hrdoc.services.records_kinds import ATTACHABLE_KINDS, KINDS, spec_for
from hrdoc.storage import models as m
from hrdoc.storage.errors import StoreError
from hrdoc.storage.vault import CHUNK_SIZE, DbVault, Vault, VaultDamaged, VaultError, new_vault_key

VAULT_KEY = "vault_key"
SNIFF_BYTES = 8192
PREVIEW_LIMIT = 256 * 1024 * 1024
MAX_IMPORTED_CAPTURE = 512 * 1024 * 1024
# Kept free on the disk beyond the file itself, so that an intake never fills it to the last byte.
SPACE_MARGIN = 64 * 1024 * 1024

Progress = Callable[[int, int], bool]
"""Called with (bytes done, bytes in all, 0 if unknown); returning False cancels the work."""


class IntakeCancelled(StoreError):
    def __init__(self) -> None:
        super().__init__("cancelled; nothing was added or written")


@dataclass(frozen=True, slots=True)
class IntakeResult:
    evidence_id: uuid.UUID
    sha256: str
    size: int
    mime_type: str
    metadata: dict[str, Any]


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    sha256: str  # of the copy written
    size: int
    cleaned: bool  # a copy cleaned for the audience (the public), not the evidentiary original
    removed: list[str]
    note: str


@dataclass(frozen=True, slots=True)
class GpsPlacement:
    """A place made at a photo's GPS position and given to an incident (what undo needs to reverse it)."""

    location_id: uuid.UUID
    location: dict[str, Any]  # the new place's fields, as created
    previous_location_id: uuid.UUID | None  # the incident's place before


@dataclass
class EvidenceCheck:
    checks: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    swept: list[str] = field(default_factory=list)


def _extract(fh: BinaryIO, mime: str) -> dict[str, Any]:
    try:
        return extract_metadata(fh, mime)
    except Exception as err:  # a reader library failing on a strange file must not stop the intake
        return {"error": f"metadata could not be read: {type(err).__name__}"}


class EvidenceService:
    """The evidence files of one open store."""

    def __init__(self, ctx: StoreContext) -> None:
        self.ctx = ctx
        self.records = RecordService(ctx)
        self._vault: Vault | DbVault | None = None

    # -- the vault --------------------------------------------------------------------------------------

    @property
    def vault(self) -> Vault | DbVault:
        if self._vault is None:
            # Read first: a store on a read-only disk has its key and must still show its evidence.
            with self.ctx.read() as session:
                row = session.get(m.StoreMeta, VAULT_KEY)
                value = row.value if row is not None else None
            if value is None:
                with self.ctx.write() as session:
                    row = session.get(m.StoreMeta, VAULT_KEY)
                    if row is None:
                        row = m.StoreMeta(key=VAULT_KEY, value=new_vault_key().hex())
                        session.add(row)
                    value = row.value
            key = bytes.fromhex(value)
            path = self.ctx.location.path
            # A store file keeps its evidence in a folder beside it; a store on a server, in its own tables.
            self._vault = Vault(Vault.folder_for(path), key) if path is not None else DbVault(self.ctx.engine, key)
        return self._vault

    def _known(self, item_id: uuid.UUID) -> bool:
        with self.ctx.read() as session:
            return session.get(m.EvidenceFile, item_id) is not None

    def sweep(self) -> list[str]:
        """Remove what interrupted intakes left in the vault (files the store never recorded)."""
        return self.vault.sweep(self._known)

    # -- reading ----------------------------------------------------------------------------------------

    def get(self, evidence_id: uuid.UUID | str) -> m.EvidenceFile:
        item: m.EvidenceFile = self.records.get("evidence", evidence_id)
        return item

    def items(self, case_id: uuid.UUID | str) -> list[m.EvidenceFile]:
        return list(self.records.records("evidence", case_id))

    def working_copies(self, evidence_id: uuid.UUID) -> list[m.EvidenceFile]:
        with self.ctx.read() as session:
            return list(
                session.scalars(
                    select(m.EvidenceFile)
                    .where(m.EvidenceFile.original_id == evidence_id)
                    .order_by(m.EvidenceFile.created_at)
                )
            )

    def custody(self, evidence_id: uuid.UUID) -> list[m.CustodyEntry]:
        with self.ctx.read() as session:
            return custody.entries(session, evidence_id)

    def attached_label(self, item: m.EvidenceFile) -> str:
        """What the item is filed under, for display: "incident: Convoy attack near Anefis"."""
        if not item.attached_kind or item.attached_id is None:
            return "case"
        spec = spec_for(item.attached_kind)
        with self.ctx.read() as session:
            target = session.get(spec.model, item.attached_id)
            label = getattr(target, spec.label_field, None) if target is not None else None
        return f"{item.attached_kind}: {label}" if label is not None else f"{item.attached_kind} (deleted)"

    def resolve_target(self, case_id: uuid.UUID, record_id: uuid.UUID | str) -> tuple[str, uuid.UUID]:
        """The kind of the record ``record_id`` (an incident, allegation, source or account of the case)."""
        rid = record_id if isinstance(record_id, uuid.UUID) else _parse_id(record_id)
        with self.ctx.read() as session:
            for kind in ATTACHABLE_KINDS:
                target = session.get(KINDS[kind].model, rid)
                if target is not None:
                    if target.case_id != case_id:  # type: ignore[attr-defined]
                        raise ValidationError.single("attached_id", f"that {kind} belongs to another case")
                    return kind, rid
        raise NotFound(f"no incident, allegation, source or account with id {rid} in this case")

    # -- intake ---------------------------------------------------------------------------------------

    def intake(
        self,
        case_id: uuid.UUID,
        source: Path | BinaryIO,
        *,
        original_name: str | None = None,
        attach_to: uuid.UUID | str | None = None,
        description: str = "",
        acquired_at: dt.datetime | None = None,
        acquired_by: str | None = None,
        acquired_from: str = "",
        visibility: Visibility = Visibility.RESTRICTED,
        original_id: uuid.UUID | None = None,
        alteration_note: str = "",
        extra_metadata: dict[str, Any] | None = None,
        action: CustodyAction = CustodyAction.INTAKE,
        progress: Progress | None = None,
        new_source: dict[str, Any] | None = None,
        custody_details: dict[str, Any] | None = None,
    ) -> IntakeResult:
        """Stream ``source`` (a path or a readable binary file) into the vault as a new evidence item.

        ``new_source``: fields of a Source record created in the same unit of work, to file the item under.
        The first custody entry records the file (name, size, type) and how it was acquired (when, by whom,
        from where, the description), with ``custody_details`` (a capture's URL…): being hashed into the
        chain, these facts as stated at intake cannot be changed afterwards unnoticed.
        """
        if original_id is not None and not alteration_note.strip():
            raise ValidationError.single(
                "alteration_note", "say what was altered in this working copy (cropped, redacted, transcribed…)"
            )
        attached_kind, attached_id = ("", None) if attach_to is None else self.resolve_target(case_id, attach_to)
        with _opened(source) as (fh, name, total):
            name = original_name or name
            if not name:
                raise ValidationError.single("original_filename", "give the file's original name")
            self._check_space(total)
            head = fh.read(SNIFF_BYTES)
            mime = sniff_mime(head)
            metadata: dict[str, Any] = {}
            if fh.seekable():
                fh.seek(0)
                metadata = _extract(fh, mime)
                fh.seek(0)
                head = b""
            metadata |= extra_metadata or {}
            item_id = uuid.uuid4()
            digest = hashlib.sha256()
            size = 0
            with self.vault.writer(item_id) as writer, ThreadPoolExecutor(1, "intake-hash") as hasher:
                chunk = head
                while True:
                    if chunk:
                        # Hashing and encrypting both release the interpreter: done side by side.
                        hashed = hasher.submit(digest.update, chunk)
                        writer.write(chunk)
                        hashed.result()
                        size += len(chunk)
                        if progress is not None and progress(size, total) is False:
                            raise IntakeCancelled()
                    chunk = fh.read(CHUNK_SIZE)
                    if not chunk:
                        break
                writer.publish()
                sha = digest.hexdigest()
                fields: dict[str, Any] = {
                    "case_id": case_id,
                    "original_filename": name,
                    "description": description,
                    "sha256": sha,
                    "size": size,
                    "mime_type": mime,
                    "acquired_at": acquired_at,
                    "acquired_by": self.ctx.user if acquired_by is None else acquired_by,
                    "acquired_from": acquired_from,
                    "original_id": original_id,
                    "alteration_note": alteration_note,
                    "visibility": visibility.value,
                    "attached_kind": attached_kind,
                    "attached_id": attached_id,
                    "in_vault": True,
                    "file_metadata": metadata,
                }
                with self.ctx.write() as session:
                    if new_source is not None:
                        source_id = self.records._create(session, spec_for("source"), {"case_id": case_id} | new_source)
                        fields |= {"attached_kind": "source", "attached_id": source_id}
                    self.records._create(session, spec_for("evidence"), fields, record_id=item_id, system=True)
                    details = {"size": size, "mime_type": mime, "original_filename": name}
                    details |= _acquisition(session, item_id, fields) | (custody_details or {})
                    if original_id is not None:
                        original = session.get(m.EvidenceFile, original_id)
                        assert original is not None  # checked by the record rules above
                        details |= {"original_id": str(original_id), "alteration_note": alteration_note}
                        custody.append(
                            session,
                            evidence_id=original_id,
                            case_id=case_id,
                            actor=self.ctx.user,
                            action=CustodyAction.COPY,
                            item_sha256=original.sha256,
                            details={"copy_id": str(item_id), "copy_sha256": sha, "alteration_note": alteration_note},
                            summary=f"working copy made of {original.original_filename}",
                        )
                        action = CustodyAction.DERIVED
                    custody.append(
                        session,
                        evidence_id=item_id,
                        case_id=case_id,
                        actor=self.ctx.user,
                        action=action,
                        item_sha256=sha,
                        details=details,
                        summary=f"{action.value}: {name}",
                    )
                    session.flush()
                    writer.keep()
        return IntakeResult(item_id, sha, size, mime, metadata)

    def _check_space(self, needed: int) -> None:
        root = self.vault.root
        if root is None:
            return  # a team store: the server's disk is the server's to watch
        probe = root if root.exists() else root.parent
        free = shutil.disk_usage(probe).free
        if needed and free < self.vault.stored_size(needed) + SPACE_MARGIN:
            raise VaultError(
                f"not enough free disk space for this file: it needs {_mib(needed)} MiB, "
                f"{_mib(free)} MiB are free where the vault is ({root}); free some space and try again"
            )

    def working_copy(
        self, original_id: uuid.UUID, source: Path | BinaryIO, *, alteration_note: str, **kwargs: Any
    ) -> IntakeResult:
        """Add a working copy (cropped, redacted, transcribed…) of an item; the original stays untouched."""
        original = self.get(original_id)
        kwargs.setdefault("attach_to", original.attached_id)
        kwargs.setdefault("visibility", Visibility(original.visibility))
        return self.intake(original.case_id, source, original_id=original_id, alteration_note=alteration_note, **kwargs)

    # -- online sources ----------------------------------------------------------------------------------

    def capture_url(
        self,
        case_id: uuid.UUID,
        url: str,
        *,
        source_id: uuid.UUID | str | None = None,
        visibility: Visibility = Visibility.RESTRICTED,
        fetch: Callable[..., Capture] | None = None,
        **fetch_options: Any,
    ) -> tuple[IntakeResult, Capture]:
        """Fetch ``url`` now and keep the capture (a WARC: every hop, headers, HTML, text rendering) as evidence.

        The item is filed under ``source_id``, or under a new Source for the page. Nothing is stored unless
        the whole capture succeeded. Raises ``CaptureError`` saying why a capture failed.
        """
        self._check_source(case_id, source_id)
        capture = (fetch or fetch_capture)(url, operator=self.ctx.user, **fetch_options)
        host = urllib.parse.urlsplit(capture.final_url).hostname or "page"
        stamp = capture.captured_at.strftime("%Y%m%dT%H%M%SZ")
        new_source = None
        if source_id is None:
            new_source = {
                "kind": SourceKind.DOCUMENT.value,
                "title": (_page_title(capture.text) or capture.final_url)[:500],
                "publisher": host,
                "url": capture.final_url,
                "access_date": capture.captured_at.date(),
                "visibility": visibility.value,
                "notes": "Created by a capture of the page; check its kind, author and date.",
            }
        result = self.intake(
            case_id,
            io.BytesIO(capture.warc),
            original_name=f"capture-{host}-{stamp}.warc",
            attach_to=source_id,
            description=f"Capture of {capture.final_url} (HTTP {capture.status})",
            acquired_at=capture.captured_at,
            acquired_from=capture.requested_url,
            visibility=visibility,
            extra_metadata={"capture": capture.metadata()},
            action=CustodyAction.CAPTURE,
            new_source=new_source,
            custody_details={
                "url": capture.requested_url,
                "final_url": capture.final_url,
                "http_status": capture.status,
                "captured_at": _iso(capture.captured_at),
                "tool": capture.tool,
            },
        )
        return result, capture

    def import_capture(
        self,
        case_id: uuid.UUID,
        path: Path,
        *,
        url: str = "",
        captured_at: dt.datetime | None = None,
        captured_by: str = "",
        tool: str = "",
        note: str = "",
        source_id: uuid.UUID | str | None = None,
        visibility: Visibility = Visibility.RESTRICTED,
    ) -> IntakeResult:
        """Keep a capture made elsewhere (saved page, MHTML, PDF, WARC, screenshot) exactly as it is."""
        try:
            size = path.stat().st_size
        except FileNotFoundError:
            raise ValidationError.single("path", f"no file at {path}") from None
        if size > MAX_IMPORTED_CAPTURE:
            raise ValidationError.single(
                "path", f"{path.name} is over {_mib(MAX_IMPORTED_CAPTURE)} MiB; attach it as a plain evidence file"
            )
        self._check_source(case_id, source_id)
        data = path.read_bytes()
        imported = import_capture(data, url=url, captured_at=captured_at, captured_by=captured_by, tool=tool, note=note)
        new_source = None
        if source_id is None:
            new_source = {
                "kind": SourceKind.DOCUMENT.value,
                "title": (imported.url or path.name)[:500],
                "url": imported.url if imported.url.startswith(("http://", "https://")) else "",
                "access_date": imported.captured_at.date() if imported.captured_at else None,
                "visibility": visibility.value,
                "notes": "Created by importing a capture made elsewhere; check its kind, author and date.",
            }
        return self.intake(
            case_id,
            io.BytesIO(data),
            original_name=path.name,
            attach_to=source_id,
            description=f"Capture of {imported.url or 'an unknown address'}, made elsewhere",
            acquired_at=imported.captured_at,
            acquired_by=captured_by or None,
            acquired_from=imported.url,
            visibility=visibility,
            extra_metadata={"capture": imported.metadata()},
            action=CustodyAction.CAPTURE,
            new_source=new_source,
            custody_details={
                "url": imported.url,
                "url_source": imported.url_source,
                "captured_at": _iso(imported.captured_at),
                "captured_at_source": imported.captured_at_source,
                "captured_by": imported.captured_by,
                "tool": imported.tool,
                "note": imported.note,
            },
        )

    def _check_source(self, case_id: uuid.UUID, source_id: uuid.UUID | str | None) -> None:
        if source_id is not None and self.resolve_target(case_id, source_id)[0] != "source":
            raise ValidationError.single("attached_id", "a capture is filed under a source; that record is not one")

    # -- using the bytes ------------------------------------------------------------------------------

    def _in_vault(self, evidence_id: uuid.UUID) -> m.EvidenceFile:
        item = self.get(evidence_id)
        if not item.in_vault:
            raise VaultError(f"{item.original_filename} is described here but its file is kept elsewhere")
        return item

    def read_for_preview(self, evidence_id: uuid.UUID, *, limit: int = PREVIEW_LIMIT) -> bytes:
        """The item's bytes, decrypted in memory only, for showing; the view enters the chain of custody."""
        item = self._in_vault(evidence_id)
        data = self.vault.read_all(evidence_id, limit)
        sha = hashlib.sha256(data).hexdigest()
        self._append(item, CustodyAction.VIEW, sha, {"purpose": "preview"}, f"viewed {item.original_filename}")
        if sha != item.sha256:
            raise VaultDamaged(evidence_id, "its content no longer matches the hash recorded at intake")
        return data

    def export(
        self, evidence_id: uuid.UUID, dest: Path, *, audience: str = "internal", progress: Progress | None = None
    ) -> ExportResult:
        """Write a copy to ``dest`` (atomically): the evidentiary original, or, where the sharing policy says
        the audience gets cleaned files (the public), a copy without anything that identifies a place, a
        person, a device or a time — or nothing at all, refused in one line, if the file cannot be cleaned.

        The original in the vault is never changed. The copy's hash enters the chain of custody.
        """
        from hrdoc.services.sharing import Audience, files_cleaned, record_shown

        who = Audience(audience)
        item = self._in_vault(evidence_id)
        if not record_shown(item.visibility, who):
            raise ValidationError.single(
                "visibility",
                f"{item.original_filename} is {item.visibility}: it may not be exported for the {who.value} audience",
            )
        dest = dest.expanduser().absolute()
        if not dest.parent.is_dir():
            raise ValidationError.single("path", f"the folder {dest.parent} does not exist")
        removed: list[str] = []
        note = ""
        cleaned = files_cleaned(who)
        if cleaned:
            data = self._cleaned_copy(item)
            removed, note = data.removed, data.note
            chunks: Iterator[bytes] = iter([data.data])
        else:
            chunks = self._checked_chunks(item)
        if progress is not None:
            chunks = _reporting(chunks, item.size, progress)
        sha, size = _write_atomically(dest, chunks)
        self._append(
            item,
            CustodyAction.EXPORT,
            item.sha256,
            {"audience": who.value, "copy_sha256": sha, "copy_size": size, "cleaned": cleaned, "removed": removed},
            f"exported {item.original_filename} for the {who.value} audience",
        )
        return ExportResult(dest, sha, size, cleaned, removed, note)

    def _cleaned_copy(self, item: m.EvidenceFile) -> SanitizeResult:
        """The item's bytes cleaned for publication, or a one-line ``ValidationError`` saying why not and what
        to do instead (nothing is written then)."""
        name = item.original_filename
        if item.size > PREVIEW_LIMIT:
            raise ValidationError.single(
                "file",
                f"cannot make a clean public copy of {name}: it is larger than {PREVIEW_LIMIT // (1024 * 1024)} MiB,"
                " more than hrdoc cleans in memory; attach a smaller working copy (a still, an excerpt, a PDF of "
                "the pages that matter) and export that instead",
            )
        data = self.vault.read_all(item.id, PREVIEW_LIMIT)
        self._check_plain(item, hashlib.sha256(data).hexdigest())
        try:
            return sanitize_for_public(data, item.mime_type)
        except NotCleanable as err:
            raise ValidationError.single("file", f"cannot make a clean public copy of {name}, {err}") from None
        except SanitizeError as err:
            raise ValidationError.single(
                "file",
                f"cannot make a clean public copy of {name}: {err}; attach a screenshot or a re-saved copy of it "
                "as a working copy and export that instead",
            ) from None

    def _checked_chunks(self, item: m.EvidenceFile) -> Iterator[bytes]:
        digest = hashlib.sha256()
        for chunk in self.vault.chunks(item.id):
            digest.update(chunk)
            yield chunk
        self._check_plain(item, digest.hexdigest())

    def _check_plain(self, item: m.EvidenceFile, sha: str) -> None:
        if sha != item.sha256:
            raise VaultDamaged(item.id, "its content no longer matches the hash recorded at intake")

    def _append(
        self, item: m.EvidenceFile, action: CustodyAction, sha: str, details: dict[str, Any], summary: str
    ) -> None:
        with self.ctx.write() as session:
            custody.append(
                session,
                evidence_id=item.id,
                case_id=item.case_id,
                actor=self.ctx.user,
                action=action,
                item_sha256=sha,
                details=details,
                summary=summary,
            )

    def place_incident_at_gps(
        self, evidence_id: uuid.UUID, incident_id: uuid.UUID, place_name: str, *, notes: str = ""
    ) -> GpsPlacement:
        """Make the GPS position recorded in a photo an exact new place, and that place the incident's: both in
        one unit of work (neither happens without the other). The place is as restricted as the stricter of
        the photo and the incident; ``notes`` (default: where the position comes from) stays with it."""
        with self.ctx.write() as session:
            item = session.get(m.EvidenceFile, evidence_id)
            if item is None:
                raise NotFound(f"no evidence file with id {evidence_id}")
            position = gps_of(item.file_metadata or {})
            if position is None:
                raise ValidationError.single("file_metadata", f"{item.original_filename} holds no GPS position")
            incident = session.get(m.Incident, incident_id)
            if incident is None or incident.case_id != item.case_id:
                raise NotFound(f"no incident with id {incident_id} in this file's case")
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
            raise ValidationError.single("reason", "say why the file is removed; the reason stays in its custody log")
        item = self.get(evidence_id)
        with self.ctx.write() as session:
            if session.scalar(select(m.EvidenceFile.id).where(m.EvidenceFile.original_id == evidence_id).limit(1)):
                raise ValidationError.single("id", "this file has working copies; remove those first")
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

        Items found intact get a ``verify`` entry in their chain when ``record`` is set.
        """
        report = EvidenceCheck()
        with self.ctx.read() as session:
            items = list(session.scalars(select(m.EvidenceFile).order_by(m.EvidenceFile.created_at)))
            cases = {c.id: c.reference for c in session.scalars(select(m.Case))}
            names = {i.id: f"{i.original_filename} (case {cases.get(i.case_id, '?')})" for i in items}
            chains = custody.verify_custody(session, names)
        stored = [i for i in items if i.in_vault]
        path = self.ctx.location.path
        # A store opened read-only (a read-only disk) has nothing swept: nothing can be changed there.
        if self.ctx.read_only is None and (stored or path is None or Vault.folder_for(path).exists()):
            report.swept = self.sweep()
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
                    if progress is not None and progress(done, total) is False:
                        raise IntakeCancelled()
            except VaultDamaged as err:
                report.problems.append(f"evidence {name}: {err.detail}")
                continue
            if digest.hexdigest() != item.sha256:
                report.problems.append(f"evidence {name}: content does not match the SHA-256 recorded at intake")
                continue
            intact.append(item)
        known = {i.id for i in stored}
        for stray in sorted(self.vault.item_ids() - known, key=str) if stored else []:
            report.problems.append(f"evidence vault: file {stray.hex} belongs to no evidence item")
        report.problems += chains.problems
        if stored:
            report.checks.append(f"evidence vault: {len(intact)} of {len(stored)} files intact")
        report.checks.append(f"chains of custody: {chains.chains} items, {chains.entries} entries")
        if report.swept:
            report.checks.append(f"evidence vault: removed {len(report.swept)} file(s) left by an interrupted intake")
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


@contextmanager
def _opened(source: Path | BinaryIO) -> Iterator[tuple[BinaryIO, str, int]]:
    if isinstance(source, Path):
        try:
            fh = source.open("rb")
        except FileNotFoundError:
            raise ValidationError.single("path", f"no file at {source}") from None
        except IsADirectoryError:
            raise ValidationError.single("path", f"{source} is a folder; attach the files in it one by one") from None
        except PermissionError:
            raise ValidationError.single("path", f"{source} cannot be read (permission denied)") from None
        with fh:
            yield fh, source.name, os.fstat(fh.fileno()).st_size
        return
    total = 0
    if isinstance(source, io.BytesIO):
        total = len(source.getbuffer())
    yield source, str(getattr(source, "name", "") or ""), total


def _reporting(chunks: Iterator[bytes], total: int, progress: Progress) -> Iterator[bytes]:
    done = 0
    for chunk in chunks:
        done += len(chunk)
        if progress(done, total) is False:
            raise IntakeCancelled()  # the partial copy is removed by _write_atomically
        yield chunk


def _write_atomically(dest: Path, chunks: Iterator[bytes]) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".part", dir=dest.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            for chunk in chunks:
                digest.update(chunk)
                size += len(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, dest)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return digest.hexdigest(), size


def _acquisition(session: Session, item_id: uuid.UUID, fields: dict[str, Any]) -> dict[str, Any]:
    """How the file was acquired, as stated at intake, for its first (hashed) custody entry.

    Where it came from is often a person or place to protect: bundles for partners leave the record's
    ``acquired_from`` empty, but carry the chain of custody. So the entry holds a keyed digest of it
    (``acquired_from_digest``), which proves the value stated at intake to this store without telling it.
    """
    return {
        "acquired_at": _iso(fields["acquired_at"]),
        "acquired_by": fields["acquired_by"],
        "acquired_from_digest": acquired_from_digest(session, item_id, fields["acquired_from"]),
        "description": fields["description"],
    }


def acquired_from_digest(session: Session, item_id: uuid.UUID, acquired_from: str) -> str:
    """HMAC-SHA256 of where an item was acquired from, keyed by this store's vault key and the item's id.

    The same text on two items gives two unrelated digests, and without the key no guess can be checked.
    """
    row = session.get(m.StoreMeta, VAULT_KEY)
    assert row is not None  # made when the vault was first opened, before any intake
    key = hmac.new(bytes.fromhex(row.value), b"hrdoc custody: acquired_from", hashlib.sha256).digest()
    message = item_id.bytes + acquired_from.encode("utf-8")
    return "hmac-sha256:" + hmac.new(key, message, hashlib.sha256).hexdigest()


def _iso(moment: dt.datetime | None) -> str | None:
    if moment is None:
        return None
    return moment.astimezone(dt.UTC).isoformat() if moment.tzinfo else moment.isoformat()


def _page_title(text: str) -> str:
    """The first line of the capture's text rendering is the page's title, when it has one."""
    first = text.strip().splitlines()[0] if text.strip() else ""
    return first.strip()


def _parse_id(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text)
    except ValueError:
        raise ValidationError.single("attached_id", f"{text!r} is not a record id (UUID)") from None


def _mib(n: int) -> int:
    return max(1, n // (1024 * 1024))
