"""Taking evidence in: a file into the vault (hashed, sniffed, its metadata read, its custody begun), a web page
captured, or a capture made elsewhere; with progress, cancel, and room on the disk checked first.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import io
import shutil
import urllib.parse
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy.orm import Session

from hrdoc.domain.enums import CustodyAction, SourceKind, Visibility, label
from hrdoc.domain.errors import Phrase
from hrdoc.domain.marks import N_
from hrdoc.domain.progress import Progress
from hrdoc.domain.registry import Kind
from hrdoc.domain.validation import ValidationError
from hrdoc.services.evidence import custody
from hrdoc.services.evidence.capture import fetch_capture, import_capture
from hrdoc.services.evidence.capture_types import Capture
from hrdoc.services.evidence.export import _opened
from hrdoc.services.evidence.metadata import extract_metadata
from hrdoc.services.evidence.results import IntakeResult
from hrdoc.services.evidence.sniff import sniff_mime
from hrdoc.services.evidence.store import VAULT_KEY, EvidenceStore
from hrdoc.services.records_kinds import spec_for
from hrdoc.storage import models as m
from hrdoc.storage.vault import CHUNK_SIZE, VaultError

SNIFF_BYTES = 8192


MAX_IMPORTED_CAPTURE = 512 * 1024 * 1024


# Kept free on the disk beyond the file itself, so that an intake never fills it to the last byte.
SPACE_MARGIN = 64 * 1024 * 1024


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


class EvidenceIntake(EvidenceStore):
    """Intake of files and online sources."""

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
                "alteration_note", N_("say what was altered in this working copy (cropped, redacted, transcribed…)")
            )
        attached_kind, attached_id = ("", None) if attach_to is None else self.resolve_target(case_id, attach_to)
        with _opened(source) as (fh, name, total):
            name = original_name or name
            if not name:
                raise ValidationError.single("original_filename", N_("give the file's original name"))
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
                        if progress is not None:
                            progress(size, total, f"adding {name}")  # a Cancelled leaves no file behind
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
                        source_id = self.records._create(
                            session, spec_for(Kind.SOURCE), {"case_id": case_id} | new_source
                        )
                        fields |= {"attached_kind": Kind.SOURCE, "attached_id": source_id}
                    self.records._create(session, spec_for(Kind.EVIDENCE), fields, record_id=item_id, system=True)
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
                        summary=f"{label(action, CustodyAction)}: {name}",  # "Entered the vault: photo.jpg"
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
                N_(
                    "not enough free disk space for this file: it needs {needed} MiB, {free} MiB are "
                    "free where the vault is ({root}); free some space and try again"
                ),
                needed=_mib(needed),
                free=_mib(free),
                root=root,
            )

    def working_copy(
        self, original_id: uuid.UUID, source: Path | BinaryIO, *, alteration_note: str, **kwargs: Any
    ) -> IntakeResult:
        """Add a working copy (cropped, redacted, transcribed…) of an item; the original stays untouched."""
        original = self.get(original_id)
        kwargs.setdefault("attach_to", original.attached_id)
        kwargs.setdefault("visibility", Visibility(original.visibility))
        return self.intake(original.case_id, source, original_id=original_id, alteration_note=alteration_note, **kwargs)

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
            raise ValidationError.single("path", Phrase(N_("no file at {path}"), path=path)) from None
        if size > MAX_IMPORTED_CAPTURE:
            raise ValidationError.single(
                "path",
                Phrase(
                    N_("{name} is over {limit} MiB; attach it as a plain evidence file"),
                    name=path.name,
                    limit=_mib(MAX_IMPORTED_CAPTURE),
                ),
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
        if source_id is not None and self.resolve_target(case_id, source_id)[0] != Kind.SOURCE:
            raise ValidationError.single("attached_id", N_("a capture is filed under a source; that record is not one"))


def _extract(fh: BinaryIO, mime: str) -> dict[str, Any]:
    try:
        return extract_metadata(fh, mime)
    except Exception as err:  # noqa: BLE001 - a reader library failing on a strange file must not stop the intake
        return {"error": f"metadata could not be read: {type(err).__name__}"}


def _mib(n: int) -> int:
    return max(1, n // (1024 * 1024))
