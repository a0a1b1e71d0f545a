"""Merging a snapshot of a case (services.exchange.snapshot) into a store without loss.

Merging goes record by record, by UUID, comparing versions (the decisions: services.exchange.merge_records):

* same version: nothing to do;
* the local version is in the incoming record's lineage: only the other side changed it, it is taken;
* the incoming version is in the local lineage: only this side changed it, it stays;
* otherwise both changed it since their common version: the local one stays, the incoming one is kept as a
  :class:`~hrdoc.storage.models.Conflict` for a person to decide — unless both made the very same change;
* a record unknown here is added, unless this side deleted it (then: the deletion stands if the incoming
  version is the one deleted or an older one; otherwise it is a conflict "deleted here, changed there");
* an incoming tombstone deletes the record here if the local version is the one deleted or an older one;
  otherwise it is a conflict "changed here, deleted there" (services.exchange.merge_deletions).

A record is compared and decided whole, with its parts (identity, consent, account versions) and, for a
deletion, with the records that depend on it (services.exchange.parts); its parts are applied in
services.exchange.merge_parts, the audit and custody logs merged in services.exchange.merge_logs. Everything
happens in one unit of work: a merge is applied whole or not at all. A merge that changes no record writes
nothing of its own (no audit entry saying it happened).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdoc.domain.enums import AuditAction
from hrdoc.domain.errors import Phrase, Term
from hrdoc.domain.marks import N_
from hrdoc.domain.registry import Kind
from hrdoc.domain.validation import ValidationError, check_account_version, check_consent
from hrdoc.services import audit, sharing
from hrdoc.services.context import StoreContext
from hrdoc.services.exchange import checks, refusal
from hrdoc.services.exchange.merge_deletions import apply_tombstones, settle_decided
from hrdoc.services.exchange.merge_logs import merge_logs
from hrdoc.services.exchange.merge_parts import merge_parts
from hrdoc.services.exchange.merge_records import RecordMerge
from hrdoc.services.exchange.snapshot import (
    KIND_ORDER,
    STORE_ID_KEY,
    Snapshot,
    from_json,
    held_as,
    narrowed,
    remember_held_as,
    store_id,
)
from hrdoc.services.records import RecordService
from hrdoc.services.records_kinds import column_defaults, spec_for
from hrdoc.services.vocab import add_copy_terms
from hrdoc.storage import models as m
from hrdoc.storage.base import Base


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
    settled: int = 0  # conflicts here that a decision made elsewhere settled
    account_versions_added: int = 0
    audit_entries_added: int = 0
    custody_entries_added: int = 0
    files_added: int = 0
    cut_to: str = ""  # the audience the copy was merged as, when cut to what its store holds (Merger._as_held)

    def changed_records(self) -> bool:
        """Whether the merge changed anything besides the logs (what a merge writes an audit entry for)."""
        return bool(
            self.created_case
            or sum(self.added.values())
            or sum(self.updated.values())
            or self.deleted
            or self.conflicts
            or self.settled
            or self.account_versions_added
            or self.files_added
        )

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
        if self.cut_to:
            who = "the public" if self.cut_to == sharing.Audience.PUBLIC else self.cut_to
            out.append(
                f"merged as a copy for {who}: the store it came from holds only what {who} may see of this "
                "case, so its empty fields, deletions and log changed nothing here"
            )
        if self.settled:
            out.append(f"conflicts settled by a decision made elsewhere: {self.settled}")
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

        cut = self._as_held(snap)
        cut_to = cut.audience if cut is not snap else ""
        snap = cut
        self._prevalidate(snap)
        case_id = uuid.UUID(snap.case["id"])
        self._keep_store_id()
        if files is not None and snap.evidence_with_files():
            # Refused before any file is streamed into the vault. (Without files, the merging unit of work's
            # own checks come first: a copy refused there writes nothing either.) Only this case is locked on
            # a team store: syncs of other cases go on side by side.
            with self.ctx.write(case=case_id) as session:
                self._check_case(session, snap)
                checks.check_copy(session, snap)
        report = MergeReport(case_id, cut_to=cut_to)
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
            checks.check_copy(session, snap)  # (again, if files came first) in the unit of work that merges
            report.created_case = session.get(m.Case, case_id) is None
            if report.created_case:  # made here from this copy: this store holds no more of it than the copy
                remember_held_as(session, case_id, sharing.narrowest(snap.audience, snap.held_as))
            if terms := add_copy_terms(session, snap.vocabulary_terms):  # before the records that use them
                report.added["vocabulary_term"] = terms
            merge = RecordMerge(session, snap, origin_label, report, self.records)
            merge.merge_records()
            merge_parts(session, merge)
            apply_tombstones(merge)
            report.settled = settle_decided(merge)
            removed_files = merge.removed_files
            merge_logs(session, snap, here, report, via=origin_label, user=self.ctx.user)
            if report.changed_records():  # a merge that brought nothing new leaves no trace of its own
                audit.record(
                    session,
                    self.ctx.user,
                    AuditAction.IMPORT,
                    entity_type=Kind.CASE,
                    entity_id=case_id,
                    case_id=case_id,
                    summary=f"merged a copy of case {snap.case.get('reference', '')} from {origin_label}",
                    details={"origin": snap.origin, "from": origin_label, "conflicts": report.conflicts},
                )
            for writer in writers:
                writer.keep()
        return removed_files

    def _as_held(self, snap: Snapshot) -> Snapshot:
        """The copy cut to what its store holds of the case, when this store holds more of it.

        A store that received the case in a copy for partners or the public holds only what that audience sees
        (snapshot.held_as), whatever audience its own copies are made for: a field it lacks was withheld from
        it, not cleared. So a copy from it, even one it made for its own team (its deletions and log included),
        is merged here as a copy for that audience: its empty fields, missing identities, deletions and log
        change nothing here. Between two stores that hold the same of the case, nothing is cut."""
        copy_holds = sharing.narrowest(snap.audience, snap.held_as)
        if copy_holds is sharing.Audience.parse(snap.audience):
            return snap  # already cut as its audience sees it
        try:
            case_id = uuid.UUID(str(snap.case.get("id")))
        except ValueError:
            return snap  # refused by the checks that follow
        with self.ctx.read() as session:
            if session.get(m.Case, case_id) is None:
                return snap
            here = held_as(session, case_id)
        if copy_holds is not here and sharing.narrowest(copy_holds, here) is copy_holds:
            return narrowed(snap, copy_holds)
        return snap

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
                    and not any(f in row for f in sharing.quoted_words(Kind.ACCOUNT_VERSION))
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
                where = Phrase(N_("{kind_name} {record_id}"), kind_name=Term(kind), record_id=row.get("id"))
                if not check(where, spec.model, row, spec.check):
                    continue
                if kind != Kind.CASE and row.get("case_id") != case_id:
                    problems.append(f"{where}: belongs to another case")
                lineage = row.get("lineage")
                if not isinstance(lineage, list) or not lineage or lineage[-1] != row.get("version"):
                    problems.append(f"{where}: its lineage does not end with its version")
        for row in snap.consents:
            check(f"consent of witness {row.get('witness_id')}", m.Consent, row, check_consent)
        for row in snap.account_versions:
            where = Phrase(
                N_("version {version} of account {account_id}"),
                version=row.get("version"),
                account_id=row.get("account_id"),
            )
            check(where, m.AccountVersion, row, check_account_version)
        if problems:
            shown = "; ".join(problems[:5]) + (f"; and {len(problems) - 5} more" if len(problems) > 5 else "")
            raise ValidationError.single("bundle", Phrase(N_("the case's records are not valid: {shown}"), shown=shown))

    def _keep_store_id(self) -> None:
        """Keep this store's id before merging (its first merge makes it: services.exchange.snapshot.store_id),
        in a moment's unit of work of its own: made inside a long merge, it would hold up another case's merge,
        which makes the same row."""
        with self.ctx.read() as session:
            if session.get(m.StoreMeta, STORE_ID_KEY) is not None:
                return
        with self.ctx.write(log_only=True) as session:
            store_id(session)

    def _check_case(self, session: Session, snap: Snapshot) -> None:
        case_id = uuid.UUID(snap.case["id"])
        clash = session.scalars(
            select(m.Case).where(m.Case.reference == snap.case.get("reference"), m.Case.id != case_id)
        ).first()
        if clash is not None:
            raise ValidationError.single(
                "reference",
                Phrase(
                    N_(
                        "this store already has a different case with the reference {reference}; change that "
                        "case's reference, then import again"
                    ),
                    reference=clash.reference,
                ),
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
            query = select(m.Tombstone.record_id, m.Tombstone.version).where(
                m.Tombstone.case_id == uuid.UUID(snap.case["id"]), m.Tombstone.kind == Kind.EVIDENCE
            )
            deleted = {rid: version for rid, version in session.execute(query)}
        rows = {row["id"]: row for row in snap.records.get(Kind.EVIDENCE, [])}

        def stays_deleted(row: dict[str, Any] | None) -> bool:
            """Deleted here, and not to come back with this copy (nor a working copy of such an item)."""
            if row is None:
                return False
            stone = deleted.get(uuid.UUID(row["id"]))
            if stone is not None and stone not in row.get("lineage", []):
                return True
            return bool(row.get("original_id")) and stays_deleted(rows.get(str(row["original_id"])))

        for row in snap.evidence_with_files():
            item_id = uuid.UUID(row["id"])
            if (item_id in present and evidence.vault.exists(item_id)) or stays_deleted(row):
                continue
            writer = evidence.vault.writer(item_id)
            writers.append(writer)
            digest = hashlib.sha256()
            for chunk in files(row["id"]):
                digest.update(chunk)
                writer.write(chunk)
            if digest.hexdigest() != row["sha256"]:
                raise ValidationError.single(
                    "evidence",
                    Phrase(
                        N_("the file of {original_filename} does not match its recorded SHA-256"),
                        original_filename=row["original_filename"],
                    ),
                )
            writer.publish()
            report.files_added += 1


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
