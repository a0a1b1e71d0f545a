"""Merging a snapshot of a case (services.exchange.snapshot) into a store without loss.

Merging goes record by record, by UUID, comparing versions:

* same version: nothing to do;
* the local version is in the incoming record's lineage: only the other side changed it, it is taken;
* the incoming version is in the local lineage: only this side changed it, it stays;
* otherwise both changed it since their common version: the local one stays, the incoming one is kept as a
  :class:`~hrdoc.storage.models.Conflict` for a person to decide — unless both made the very same change;
* a record unknown here is added, unless this side deleted it (then: the deletion stands if the incoming
  version is the one deleted or an older one; otherwise it is a conflict "deleted here, changed there");
* an incoming tombstone deletes the record here if the local version is the one deleted or an older one;
  otherwise it is a conflict "changed here, deleted there".

Account versions are united (none is ever dropped); audit and custody entries from the other side are
appended to this store's chains, each with where it came from, so both chains stay verifiable. Everything
happens in one unit of work: a merge is applied whole or not at all. The records are merged here; what
belongs to them in services.exchange.merge_parts; the logs in services.exchange.merge_logs.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from hrdoc.domain.enums import AuditAction
from hrdoc.domain.validation import ValidationError, check_account_version, check_consent
from hrdoc.services import audit, sharing, versions
from hrdoc.services.context import StoreContext
from hrdoc.services.exchange import checks, refusal
from hrdoc.services.exchange.merge_logs import merge_logs
from hrdoc.services.exchange.merge_parts import batches, insert_batches, merge_parts
from hrdoc.services.exchange.snapshot import KIND_ORDER, Snapshot, from_json, store_id, to_json
from hrdoc.services.records import RecordService
from hrdoc.services.records_kinds import KINDS, column_defaults, spec_for
from hrdoc.services.vocab import add_copy_terms
from hrdoc.storage import models as m
from hrdoc.storage import search_index
from hrdoc.storage.base import Base, utcnow


@dataclass
class MergeReport:
    case_id: uuid.UUID
    created_case: bool = False
    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    unchanged: int = 0
    kept_local: int = 0
    deleted: int = 0
    conflicts: int = 0
    account_versions_added: int = 0
    audit_entries_added: int = 0
    custody_entries_added: int = 0
    files_added: int = 0

    def lines(self) -> list[str]:
        out = [
            f"{'created' if self.created_case else 'merged into'} case {self.case_id}",
            f"added: {sum(self.added.values())} records"
            + (f" ({', '.join(f'{n} {k}' for k, n in sorted(self.added.items()))})" if self.added else ""),
            f"updated: {sum(self.updated.values())} records"
            + (f" ({', '.join(f'{n} {k}' for k, n in sorted(self.updated.items()))})" if self.updated else ""),
            f"unchanged: {self.unchanged}; newer here, kept: {self.kept_local}; deleted: {self.deleted}",
            f"account versions added: {self.account_versions_added}; evidence files added: {self.files_added}",
            f"audit entries added: {self.audit_entries_added}; custody entries added: {self.custody_entries_added}",
        ]
        if self.conflicts:
            out.append(
                f"CONFLICTS: {self.conflicts} record(s) changed on both sides; both versions are kept — "
                "resolve them in the app (Case → Conflicts) or with `hrdoc conflicts`"
            )
        return out


EvidenceOpener = Callable[[str], Iterator[bytes]]
"""Gives the bytes of an evidence item of the snapshot (by id), chunk by chunk."""


class Merger:
    """Applies a snapshot to a store, in one unit of work."""

    def __init__(self, ctx: StoreContext) -> None:
        self.ctx = ctx
        self.records = RecordService(ctx)

    def apply(self, snap: Snapshot, *, origin_label: str, files: EvidenceOpener | None = None) -> MergeReport:
        from hrdoc.services.evidence.service import EvidenceService

        self._prevalidate(snap)
        # Only this case is locked on a team store: syncs of other cases go on side by side.
        with self.ctx.write(case=uuid.UUID(snap.case["id"])) as session:  # refused before anything is written
            self._check_case(session, snap)
            checks.check_copy(session, snap)
        case_id = uuid.UUID(snap.case["id"])
        report = MergeReport(case_id)
        evidence = EvidenceService(self.ctx)
        writers: list[Any] = []
        try:
            with refusal.refusing_broken_rules():
                removed_files = self._merge_in(snap, origin_label, files, evidence, report, writers)
        finally:
            for writer in writers:
                writer.close()
        for item_id in removed_files:
            evidence.vault.remove(item_id)
        return report

    def _merge_in(
        self,
        snap: Snapshot,
        origin_label: str,
        files: EvidenceOpener | None,
        evidence: Any,
        report: MergeReport,
        writers: list[Any],
    ) -> list[uuid.UUID]:
        """The merge proper: the files into the vault (unpublished until the records commit), then the records."""
        case_id = uuid.UUID(snap.case["id"])
        if files is not None:
            self._stream_files(evidence, snap, files, report, writers)
        with self.ctx.write(case=case_id) as session:
            here = store_id(session)
            self._check_case(session, snap)
            checks.check_copy(session, snap)  # again, in the unit of work that merges
            report.created_case = session.get(m.Case, case_id) is None
            if terms := add_copy_terms(session, snap.vocabulary_terms):  # before the records that use them
                report.added["vocabulary_term"] = terms
            removed_files = self._merge_records(session, snap, origin_label, report)
            merge_parts(session, snap, report)
            merge_logs(session, snap, here, report, via=origin_label, user=self.ctx.user)
            audit.record(
                session,
                self.ctx.user,
                AuditAction.IMPORT,
                entity_type="case",
                entity_id=case_id,
                case_id=case_id,
                summary=f"merged a copy of case {snap.case.get('reference', '')} from {origin_label}",
                details={"origin": snap.origin, "from": origin_label, "conflicts": report.conflicts},
            )
            for writer in writers:
                writer.keep()
        return removed_files

    # -- checks before anything is written

    def _prevalidate(self, snap: Snapshot) -> None:
        """The rules a form checks on each record, consent and account version (those that need no database;
        checks.check_copy applies the others). Problems name the record and the rule, never its text.

        As in a form, a field the copy leaves out takes its default (a copy beyond the team carries only the
        fields the sharing policy lets go). The one rule a copy beyond the team may leave unmet: an account
        sent without the witness's words (not consented to be quoted) need not say what the witness said.
        """
        problems: list[str] = []
        case_id = snap.case.get("id")
        beyond_team = snap.audience != sharing.Audience.INTERNAL.value

        def check(where: str, model: type[Base], row: dict[str, Any], rule: Callable[[Any], None]) -> bool:
            try:
                values = column_defaults(model) | from_json(model, row)
            except ValidationError as err:  # the message quotes the value: name the field only
                problems.append(f"{where}: " + "; ".join(f"{e.field}: not a valid value" for e in err.errors))
                return False
            try:
                rule(values)
            except ValidationError as err:
                if (
                    model is m.AccountVersion
                    and beyond_team
                    and not any(f in row for f in sharing.quoted_words("account_version"))
                ):
                    err = ValidationError(e for e in err.errors if e.field != "narrative")
                if err.errors:
                    problems.append(f"{where}: {err}")
                    return False
            return True

        for kind, rows in snap.records.items():
            if kind not in KIND_ORDER:
                problems.append(f"unknown kind of record {kind!r}")
                continue
            spec = spec_for(kind)
            for row in rows:
                where = f"{kind} {row.get('id')}"
                if not check(where, spec.model, row, spec.check):
                    continue
                if kind != "case" and row.get("case_id") != case_id:
                    problems.append(f"{where}: belongs to another case")
                lineage = row.get("lineage")
                if not isinstance(lineage, list) or not lineage or lineage[-1] != row.get("version"):
                    problems.append(f"{where}: its lineage does not end with its version")
        for row in snap.consents:
            check(f"consent of witness {row.get('witness_id')}", m.Consent, row, check_consent)
        for row in snap.account_versions:
            where = f"version {row.get('version')} of account {row.get('account_id')}"
            check(where, m.AccountVersion, row, check_account_version)
        if problems:
            shown = "; ".join(problems[:5]) + (f"; and {len(problems) - 5} more" if len(problems) > 5 else "")
            raise ValidationError.single("bundle", f"the case's records are not valid: {shown}")

    def _check_case(self, session: Session, snap: Snapshot) -> None:
        case_id = uuid.UUID(snap.case["id"])
        clash = session.scalars(
            select(m.Case).where(m.Case.reference == snap.case.get("reference"), m.Case.id != case_id)
        ).first()
        if clash is not None:
            raise ValidationError.single(
                "reference",
                f"this store already has a different case with the reference {clash.reference}; "
                "change that case's reference, then import again",
            )

    # -- evidence files, streamed into the vault before the records are written

    def _stream_files(
        self, evidence: Any, snap: Snapshot, files: EvidenceOpener, report: MergeReport, writers: list[Any]
    ) -> None:
        """Each file into the vault, unpublished; ``writers`` collects them as they open, for the caller to
        keep once the records commit, or to close (dropping the files) whatever happens."""
        import hashlib

        with self.ctx.read() as session:
            present = {i for i in session.scalars(select(m.EvidenceFile.id).where(m.EvidenceFile.in_vault.is_(True)))}
        for row in snap.evidence_with_files():
            item_id = uuid.UUID(row["id"])
            if item_id in present and evidence.vault.exists(item_id):
                continue
            writer = evidence.vault.writer(item_id)
            writers.append(writer)
            digest = hashlib.sha256()
            for chunk in files(row["id"]):
                digest.update(chunk)
                writer.write(chunk)
            if digest.hexdigest() != row["sha256"]:
                raise ValidationError.single(
                    "evidence", f"the file of {row['original_filename']} does not match its recorded SHA-256"
                )
            writer.publish()
            report.files_added += 1

    # -- records

    def _merge_records(self, session: Session, snap: Snapshot, origin: str, report: MergeReport) -> list[uuid.UUID]:
        case_id = uuid.UUID(snap.case["id"])
        stones = {s.record_id: s for s in session.scalars(select(m.Tombstone).where(m.Tombstone.case_id == case_id))}
        for kind in KIND_ORDER:
            rows = snap.records.get(kind, [])
            if rows:
                self._merge_kind(session, case_id, kind, rows, stones, origin, report)
        return self._apply_tombstones(session, snap, origin, report)

    def _merge_kind(
        self,
        session: Session,
        case_id: uuid.UUID,
        kind: str,
        rows: list[dict[str, Any]],
        stones: dict[uuid.UUID, Any],
        origin: str,
        report: MergeReport,
    ) -> None:
        """The copy's records of one kind: each added, updated, kept as it is here, or set aside as a conflict."""
        spec = spec_for(kind)
        model: Any = spec.model
        ids = [uuid.UUID(row["id"]) for row in rows]
        # Read in bulk what the decisions need: the local records and their histories.
        local_by_id: dict[uuid.UUID, Any] = {}
        for part in batches(ids):
            local_by_id.update((o.id, o) for o in session.scalars(select(model).where(model.id.in_(part))))
        history = _previous_versions(session, ids)
        added: list[dict[str, Any]] = []
        added_lineage: list[dict[str, Any]] = []
        updated: list[Any] = []
        for row, rid in zip(rows, ids, strict=True):
            incoming_lineage = [str(v) for v in row["lineage"]]
            local = local_by_id.get(rid)
            if local is None:
                if self._may_add(
                    session, case_id, kind, rid, row, incoming_lineage, stones.get(rid), history, origin, report
                ):
                    added.append(from_json(model, row))
                    added_lineage += _lineage_rows(rid, incoming_lineage, history.get(rid, []))
            elif self._merge_one(
                session, spec, case_id, kind, rid, local, row, incoming_lineage, history, origin, report
            ):
                updated.append(local)
        if added:
            session.flush()
            for part in insert_batches(added):
                session.execute(insert(model), part)
            for part in batches(added_lineage):
                session.execute(insert(m.RecordLineage), part)
            report.added[kind] = report.added.get(kind, 0) + len(added)
            if spec.index_kind:
                search_index.index_records(session.connection(), spec.index_kind, [v["id"] for v in added])
        if updated:
            report.updated[kind] = report.updated.get(kind, 0) + len(updated)
            for obj in updated:
                self.records._reindex(session, spec, obj)

    def _may_add(
        self,
        session: Session,
        case_id: uuid.UUID,
        kind: str,
        rid: uuid.UUID,
        row: dict[str, Any],
        incoming_lineage: list[str],
        stone: Any,
        history: dict[uuid.UUID, list[str]],
        origin: str,
        report: MergeReport,
    ) -> bool:
        """Is a record this store does not hold to be added? Not if this store deleted it since the copy's version
        (then the deletion stands, or it is a conflict); if the copy changed it after the deletion, it comes back."""
        if stone is None:
            return True
        if stone.version not in incoming_lineage:  # else: changed after our deletion: re-added
            if row["version"] in [*history.get(rid, []), stone.version]:
                report.kept_local += 1  # the deleted version, or an older one
            else:
                self._conflict(session, case_id, kind, rid, "", row, origin, report)
            return False
        versions.remember(session, rid, [stone.version])
        session.delete(stone)
        session.flush()
        history[rid] = versions.previous_versions(session, rid)
        return True

    def _merge_one(
        self,
        session: Session,
        spec: Any,
        case_id: uuid.UUID,
        kind: str,
        rid: uuid.UUID,
        local: Any,
        row: dict[str, Any],
        incoming_lineage: list[str],
        history: dict[uuid.UUID, list[str]],
        origin: str,
        report: MergeReport,
    ) -> bool:
        """A record both hold: whether the copy's version replaced the local one (the local one is its ancestor)."""
        local_version = local.version
        if local_version == row["version"]:
            report.unchanged += 1
        elif local_version in incoming_lineage:
            self._overwrite(session, spec, local, row, incoming_lineage)
            _close_settled(session, rid, incoming_lineage)
            return True
        elif row["version"] in history.get(rid, []):
            report.kept_local += 1
        elif _same_content(local, row):
            versions.remember(session, rid, incoming_lineage)  # the same change, made twice
            report.unchanged += 1
        else:
            self._conflict(session, case_id, kind, rid, local_version, row, origin, report)
        return False

    def _overwrite(self, session: Session, spec: Any, local: Any, row: dict[str, Any], lineage: list[str]) -> None:
        values = from_json(spec.model, row)
        for key, value in values.items():
            if key != "id":
                setattr(local, key, value)
        session.flush()
        versions.remember(session, local.id, lineage[:-1])

    def _conflict(
        self,
        session: Session,
        case_id: uuid.UUID,
        kind: str,
        rid: uuid.UUID,
        local_version: str,
        row: dict[str, Any] | None,
        origin: str,
        report: MergeReport,
        lineage: list[str] | None = None,
    ) -> None:
        incoming_version = row["version"] if row is not None else (lineage or [""])[-1]
        open_same = session.scalars(
            select(m.Conflict).where(
                m.Conflict.record_id == rid,
                m.Conflict.incoming_version == incoming_version,
                m.Conflict.resolved_at.is_(None),
            )
        ).first()
        if open_same is not None:
            return
        session.add(
            m.Conflict(
                case_id=case_id,
                kind=kind,
                record_id=rid,
                local_version=local_version,
                incoming_version=incoming_version,
                incoming=None if row is None else {k: v for k, v in row.items() if k != "lineage"},
                incoming_lineage=list(row["lineage"]) if row is not None else list(lineage or []),
                origin=origin,
            )
        )
        report.conflicts += 1

    def _apply_tombstones(self, session: Session, snap: Snapshot, origin: str, report: MergeReport) -> list[uuid.UUID]:
        case_id = uuid.UUID(snap.case["id"])
        removed_files: list[uuid.UUID] = []
        order = {kind: n for n, kind in enumerate(KIND_ORDER)}
        stones = sorted(snap.tombstones, key=lambda s: -order.get(s["kind"], 0))  # children first
        for stone in stones:
            rid = uuid.UUID(stone["record_id"])
            kind = stone["kind"]
            if kind not in KINDS:
                continue
            spec = spec_for(kind)
            lineage = [str(v) for v in stone.get("lineage") or [stone["version"]]]
            local: Any = session.get(spec.model, rid)
            if local is None:
                ours = session.get(m.Tombstone, rid)
                if ours is None:
                    session.add(m.Tombstone(**from_json(m.Tombstone, stone)))
                    versions.remember(session, rid, lineage[:-1])
                elif ours.version != stone["version"]:
                    versions.remember(session, rid, lineage)  # deleted on both sides: both deletions known
                continue
            local_lineage = versions.lineage(session, rid, local.version)
            if local.version in lineage:
                in_vault = kind == "evidence" and bool(local.in_vault)
                self.records._delete_in(session, kind, rid, system=True)
                ours = session.get(m.Tombstone, rid)
                if ours is not None:  # the deletion is the other side's: same version on both sides
                    ours.version = stone["version"]
                versions.remember(session, rid, lineage[:-1])
                if in_vault:
                    removed_files.append(rid)
                report.deleted += 1
            elif stone["version"] in local_lineage:
                report.kept_local += 1  # re-created here after that deletion
            else:
                self._conflict(session, case_id, kind, rid, local.version, None, origin, report, lineage)
        return removed_files


def _close_settled(session: Session, record_id: uuid.UUID, lineage: list[str]) -> None:
    """Open conflicts on a record that a version decided elsewhere now settles (it descends from both)."""
    known = set(lineage)
    for conflict in session.scalars(
        select(m.Conflict).where(m.Conflict.record_id == record_id, m.Conflict.resolved_at.is_(None))
    ):
        if conflict.incoming_version in known and (not conflict.local_version or conflict.local_version in known):
            conflict.resolved_at = utcnow()
            conflict.resolved_by = "merge"
            conflict.resolution = "settled"


def _lineage_rows(rid: uuid.UUID, incoming_lineage: list[str], previous: list[str]) -> list[dict[str, Any]]:
    """The earlier versions of an added record that this store does not know yet, numbered after those it does."""
    known = set(previous)
    seq = len(known)
    rows: list[dict[str, Any]] = []
    for version in incoming_lineage[:-1]:
        if version not in known:
            seq += 1
            known.add(version)
            rows.append({"record_id": rid, "version": version, "seq": seq})
    return rows


def _previous_versions(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, list[str]]:
    out: dict[uuid.UUID, list[str]] = {}
    for part in batches(ids):
        query = (
            select(m.RecordLineage.record_id, m.RecordLineage.version)
            .where(m.RecordLineage.record_id.in_(part))
            .order_by(m.RecordLineage.seq)
        )
        for record_id, version in session.execute(query):
            out.setdefault(record_id, []).append(version)
    return out


def _incoming_version(snap: Snapshot, record_id: uuid.UUID) -> str | None:
    text = str(record_id)
    for rows in snap.records.values():
        for row in rows:
            if row.get("id") == text:
                return str(row.get("version"))
    return None


_IGNORED_IN_COMPARISON = {"version", "updated_at", "lineage"}


def _same_content(local: Any, row: dict[str, Any]) -> bool:
    mine = to_json(local)
    return all(mine.get(k) == v for k, v in row.items() if k not in _IGNORED_IN_COMPARISON and k in mine)


def copy_evidence(source: StoreContext) -> EvidenceOpener:
    """Reads evidence files from another open store's vault (for syncing two stores)."""
    from hrdoc.services.evidence.service import EvidenceService

    service = EvidenceService(source)

    def opener(item_id: str) -> Iterator[bytes]:
        return service.vault.chunks(uuid.UUID(item_id))

    return opener


def iter_file(fh: BinaryIO, size: int = 1024 * 1024) -> Iterable[bytes]:
    while chunk := fh.read(size):
        yield chunk
