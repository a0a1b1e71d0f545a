"""Using an item's bytes: a preview, or an export to a file (the original, or a copy cleaned for an audience),
written atomically and recorded in the item's custody.
"""

from __future__ import annotations

import hashlib
import io
import os
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO

from hrdoc.domain.enums import CustodyAction
from hrdoc.domain.errors import Phrase
from hrdoc.domain.marks import N_
from hrdoc.domain.progress import Progress
from hrdoc.domain.registry import Kind
from hrdoc.domain.validation import ValidationError
from hrdoc.services import sharing
from hrdoc.services.evidence import custody
from hrdoc.services.evidence.results import ExportResult, _reporting
from hrdoc.services.evidence.sanitize import NotCleanable, SanitizeError, SanitizeResult, sanitize_for_public
from hrdoc.services.evidence.store import EvidenceStore
from hrdoc.services.sharing import Audience
from hrdoc.services.sharing_read import weigh_records
from hrdoc.storage import models as m
from hrdoc.storage.vault import VaultDamaged, VaultError

PREVIEW_LIMIT = 256 * 1024 * 1024


@contextmanager
def _opened(source: Path | BinaryIO) -> Iterator[tuple[BinaryIO, str, int]]:
    if isinstance(source, Path):
        try:
            fh = source.open("rb")
        except FileNotFoundError:
            raise ValidationError.single("path", Phrase(N_("no file at {source}"), source=source)) from None
        except IsADirectoryError:
            raise ValidationError.single(
                "path", Phrase(N_("{source} is a folder; attach the files in it one by one"), source=source)
            ) from None
        except PermissionError:
            raise ValidationError.single(
                "path", Phrase(N_("{source} cannot be read (permission denied)"), source=source)
            ) from None
        with fh:
            yield fh, source.name, os.fstat(fh.fileno()).st_size
        return
    total = 0
    if isinstance(source, io.BytesIO):
        total = len(source.getbuffer())
    yield source, str(getattr(source, "name", "") or ""), total


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


class EvidenceExport(EvidenceStore):
    """Previews and exports of the items in the vault."""

    def _in_vault(self, evidence_id: uuid.UUID) -> m.EvidenceFile:
        item = self.get(evidence_id)
        if not item.in_vault:
            raise VaultError(
                N_("{original_filename} is described here but its file is kept elsewhere"),
                original_filename=item.original_filename,
            )
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
        who = Audience(audience)
        item = self._in_vault(evidence_id)
        if item.id not in self._going(item.id, who):
            raise ValidationError.single(
                "visibility",
                Phrase(
                    N_("{original_filename} is {visibility}: it may not be exported for the {audience} audience"),
                    original_filename=item.original_filename,
                    visibility=item.visibility,
                    audience=who.value,
                ),
            )
        dest = dest.expanduser().absolute()
        if not dest.parent.is_dir():
            raise ValidationError.single("path", Phrase(N_("the folder {parent} does not exist"), parent=dest.parent))
        removed: list[str] = []
        note = ""
        cleaned = sharing.files_cleaned(who)
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

    def audiences(self, evidence_id: uuid.UUID) -> tuple[Audience, ...]:
        """The audiences the sharing policy lets this file go to (:func:`~hrdoc.services.sharing.records_shown`):
        those its visibility lets see it. A working copy goes without its original where the original may not
        (a blurred photo of a confidential one), as in bundles, tables and reports."""
        return tuple(who for who in Audience if evidence_id in self._going(evidence_id, who))

    def _going(self, evidence_id: uuid.UUID, audience: Audience) -> set[uuid.UUID]:
        """Of this file and the records it refers to, those that go to ``audience``, as the sharing policy
        decides for bundles, tables and reports."""
        with self.ctx.read() as session:
            weighed = weigh_records(session, {Kind.EVIDENCE: [evidence_id]})
        return set(sharing.records_shown(audience, weighed.records, weighed.accounts).get(Kind.EVIDENCE, {}))

    def _cleaned_copy(self, item: m.EvidenceFile) -> SanitizeResult:
        """The item's bytes cleaned for publication, or a one-line ``ValidationError`` saying why not and what
        to do instead (nothing is written then)."""
        name = item.original_filename
        if item.size > PREVIEW_LIMIT:
            raise ValidationError.single(
                "file",
                Phrase(
                    N_(
                        "cannot make a clean public copy of {name}: it is larger than {limit} MiB, more than "
                        "hrdoc cleans in memory; attach a smaller working copy (a still, an excerpt, a PDF of "
                        "the pages that matter) and export that instead"
                    ),
                    name=name,
                    limit=PREVIEW_LIMIT // (1024 * 1024),
                ),
            )
        data = self.vault.read_all(item.id, PREVIEW_LIMIT)
        self._check_plain(item, hashlib.sha256(data).hexdigest())
        try:
            return sanitize_for_public(data, item.mime_type)
        except NotCleanable as err:
            raise ValidationError.single(
                "file", Phrase(N_("cannot make a clean public copy of {name}, {err}"), name=name, err=err)
            ) from None
        except SanitizeError as err:
            raise ValidationError.single(
                "file",
                Phrase(
                    N_(
                        "cannot make a clean public copy of {name}: {err}; attach a screenshot or a re-saved "
                        "copy of it as a working copy and export that instead"
                    ),
                    name=name,
                    err=err,
                ),
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
        if self.ctx.read_only is not None:  # a read-only store records nothing (its unlock note says so)
            return
        with self.ctx.write(case=item.case_id) as session:  # a team store locks this case only
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
