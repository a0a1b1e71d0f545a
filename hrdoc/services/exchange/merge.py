"""Moving a case between stores: a snapshot of it, and merging a snapshot into a store without loss.

A :class:`Snapshot` is a case as plain JSON-ready data: its records with their versions and lineage, the
parts that belong to them (identities, consent, account versions), tombstones, and its audit and custody
entries. Bundles (services.exchange.bundle) carry snapshots between laptops; syncing with a team store moves them
between two open stores.

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
happens in one unit of work: a merge is applied whole or not at all.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from sqlalchemy import JSON, Boolean, Date, Integer, String, Text, Uuid, insert, select
from sqlalchemy.orm import Session

from hrdoc.domain.enums import AuditAction, CustodyAction
from hrdoc.domain.validation import ValidationError, check_account_version, check_consent
from hrdoc.services import audit, sharing, versions
from hrdoc.services.context import StoreContext
from hrdoc.services.errors import NotFound
from hrdoc.services.evidence import custody as custody_log
from hrdoc.services.exchange import checks
from hrdoc.services.records import KINDS, RecordService, column_defaults, spec_for
from hrdoc.services.serialize import json_value
from hrdoc.storage import models as m
from hrdoc.storage import search_index
from hrdoc.storage.base import Base, UTCDateTime, utcnow

FORMAT_VERSION = 1
STORE_ID_KEY = "store_id"
# Parents before children, so references resolve as records are added.
KIND_ORDER = (
    "case",
    "location",
    "actor",
    "incident",
    "allegation",
    "perpetrator",
    "victim",
    "allegation_victim",
    "witness",
    "account",
    "source",
    "evidence",
    "link",
)
AUDIENCES = sharing.AUDIENCES


def store_id(session: Session) -> str:
    """This store's own id (made once): where merged audit and custody entries say they came from."""
    row = session.get(m.StoreMeta, STORE_ID_KEY)
    if row is None:
        row = m.StoreMeta(key=STORE_ID_KEY, value=str(uuid.uuid4()))
        session.add(row)
        session.flush()
    return row.value


# -- values -------------------------------------------------------------------------------------------------


def to_json(obj: Base) -> dict[str, Any]:
    return {col.key: json_value(getattr(obj, col.key)) for col in obj.__table__.columns}


def from_json(model: type[Base], data: dict[str, Any]) -> dict[str, Any]:
    """Column values for ``model`` from JSON (unknown keys ignored); raises ValidationError on bad values."""
    out: dict[str, Any] = {}
    for col in model.__table__.columns:
        if col.key not in data:
            continue
        value = data[col.key]
        try:
            out[col.key] = _column_value(col.type, value)
        except (TypeError, ValueError) as err:
            raise ValidationError.single(col.key, f"{value!r} is not a valid value: {err}") from None
    return out


def _column_value(kind: Any, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(kind, Uuid):
        return uuid.UUID(str(value))
    if isinstance(kind, UTCDateTime):
        parsed = dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
        if parsed.tzinfo is None:
            raise ValueError("a timestamp needs a time zone")
        return parsed
    if isinstance(kind, Date):
        return dt.date.fromisoformat(str(value))
    if isinstance(kind, Boolean):
        if not isinstance(value, bool):
            raise TypeError("expected true or false")
        return value
    if isinstance(kind, Integer):
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError("expected a whole number")
        return value
    if isinstance(kind, String | Text):
        if not isinstance(value, str):
            raise TypeError("expected text")
        return value
    if isinstance(kind, JSON):
        return json.loads(json.dumps(value))
    return value


# -- snapshots ----------------------------------------------------------------------------------------------


@dataclass
class Snapshot:
    """One case as data. ``records`` maps a kind to its records (each with ``lineage``)."""

    origin: str
    case: dict[str, Any]
    records: dict[str, list[dict[str, Any]]]
    witness_identities: list[dict[str, Any]] = field(default_factory=list)
    victim_identities: list[dict[str, Any]] = field(default_factory=list)
    consents: list[dict[str, Any]] = field(default_factory=list)
    account_versions: list[dict[str, Any]] = field(default_factory=list)
    tombstones: list[dict[str, Any]] = field(default_factory=list)
    audit: list[dict[str, Any]] = field(default_factory=list)
    custody: list[dict[str, Any]] = field(default_factory=list)
    audience: str = "internal"

    def counts(self) -> dict[str, int]:
        out = {kind: len(rows) for kind, rows in self.records.items()}
        out |= {
            "witness_identities": len(self.witness_identities),
            "victim_identities": len(self.victim_identities),
            "consents": len(self.consents),
            "account_versions": len(self.account_versions),
            "tombstones": len(self.tombstones),
            "audit": len(self.audit),
            "custody": len(self.custody),
        }
        return out

    def evidence_with_files(self) -> list[dict[str, Any]]:
        return [e for e in self.records.get("evidence", []) if e.get("in_vault")]


def _origin_key(entry_hash: str, details: dict[str, Any] | None, here: str) -> tuple[str, str]:
    """Who first wrote an audit or custody entry, and its hash there: the same entry in every store."""
    origin = audit.first_writer(details)
    if origin is not None and origin.get("store"):
        return str(origin["store"]), str(origin["entry_hash"])
    return here, entry_hash


def take_snapshot(ctx: StoreContext, case_id: uuid.UUID, *, audience: str = "internal") -> Snapshot:
    """The case as the audience may receive it (internal: everything, identities included).

    What goes is decided by the sharing policy (:mod:`hrdoc.services.sharing`) and nothing else: which
    records (visibility, consent, the records they depend on) and which of their fields.
    """
    who = sharing.Audience.parse(audience)
    internal = who is sharing.Audience.INTERNAL
    with ctx.read() as session:  # read first: a store on a read-only disk can still be exported
        known = session.get(m.StoreMeta, STORE_ID_KEY)
        here = known.value if known is not None else None
    if here is None:
        with ctx.write() as session:
            here = store_id(session)
    with ctx.read() as session:
        case = session.get(m.Case, case_id)
        if case is None:
            raise NotFound(f"no case with id {case_id}")
        lineages: dict[uuid.UUID, list[str]] = {}
        for row in session.execute(
            select(m.RecordLineage.record_id, m.RecordLineage.version).order_by(m.RecordLineage.seq)
        ):
            lineages.setdefault(row.record_id, []).append(row.version)

        def dump(kind: str, obj: Any, *, words: bool = True) -> dict[str, Any]:
            data = sharing.share(kind, to_json(obj), who, words=words)
            data["lineage"] = [*lineages.get(obj.id, []), obj.version]
            return data

        words = _account_words(session, case_id, who)
        witnesses_shown = {w for w, _ in words.values()}
        records: dict[str, list[dict[str, Any]]] = {"case": [dump("case", case)]}
        shown: dict[str, set[str]] = {"case": {str(case.id)}}
        for kind in KIND_ORDER[1:]:
            model: Any = KINDS[kind].model
            rows = session.scalars(select(model).where(model.case_id == case_id).order_by(model.created_at))
            kept: list[dict[str, Any]] = []
            obj: Any
            shown[kind] = set()  # filled as records are kept: a working copy follows its original
            for obj in rows:
                if not sharing.record_shown(obj.visibility, who) or not _references_shown(kind, obj, shown):
                    continue
                if kind == "account" and obj.id not in words:
                    continue  # the witness did not agree to it going to this audience
                if kind == "witness" and not internal and obj.id not in witnesses_shown:
                    continue  # beyond the team, a witness appears only with an account that goes
                quoted = words[obj.account_id][1] if kind == "link" and obj.account_id in words else True
                data = dump(kind, obj, words=quoted)
                kept.append(data)
                shown[kind].add(data["id"])
            records[kind] = kept
        snap = Snapshot(origin=here, case=records["case"][0], records=records, audience=who.value)
        witness_ids = [uuid.UUID(w) for w in shown["witness"]]
        account_ids = [uuid.UUID(a) for a in shown["account"]]
        if sharing.identities_travel(who):
            wanted = select(m.WitnessIdentity).where(m.WitnessIdentity.witness_id.in_(witness_ids))
            snap.witness_identities = [to_json(i) for i in session.scalars(wanted)]
            victim_ids = [uuid.UUID(v) for v in shown["victim"]]
            wanted_v = select(m.VictimIdentity).where(m.VictimIdentity.victim_id.in_(victim_ids))
            snap.victim_identities = [to_json(i) for i in session.scalars(wanted_v)]
            wanted_c = select(m.Consent).where(m.Consent.witness_id.in_(witness_ids))
            snap.consents = [sharing.share("consent", to_json(c), who) for c in session.scalars(wanted_c)]
        for version in session.scalars(
            select(m.AccountVersion)
            .where(m.AccountVersion.account_id.in_(account_ids))
            .order_by(m.AccountVersion.version)
        ):
            quoted = words[version.account_id][1]
            snap.account_versions.append(sharing.share("account_version", to_json(version), who, words=quoted))
        if sharing.logs_travel(who):
            for stone in session.scalars(select(m.Tombstone).where(m.Tombstone.case_id == case_id)):
                data = to_json(stone)
                data["lineage"] = [*lineages.get(stone.record_id, []), stone.version]
                snap.tombstones.append(data)
            for entry in session.scalars(
                select(m.AuditEntry).where(m.AuditEntry.case_id == str(case_id)).order_by(m.AuditEntry.seq)
            ):
                data = to_json(entry)
                data["origin_store"], data["origin_hash"] = _origin_key(entry.entry_hash, entry.details, here)
                snap.audit.append(data)
        if sharing.custody_travels(who):  # the files travel (internal, partners): so does their chain of custody
            evidence_ids = [uuid.UUID(e) for e in shown["evidence"]]
            for centry in session.scalars(
                select(m.CustodyEntry)
                .where(m.CustodyEntry.evidence_id.in_(evidence_ids))
                .order_by(m.CustodyEntry.evidence_id, m.CustodyEntry.seq)
            ):
                data = sharing.share("custody_entry", to_json(centry), who)
                data["origin_store"], data["origin_hash"] = _origin_key(centry.entry_hash, centry.details, here)
                snap.custody.append(data)
    return snap


def _account_words(
    session: Session, case_id: uuid.UUID, who: sharing.Audience
) -> dict[uuid.UUID, tuple[uuid.UUID, bool]]:
    """The case's accounts that go to ``who`` (by consent): account id → (its witness, whether its words go)."""
    rows = session.execute(
        select(
            m.Account.id,
            m.Account.witness_id,
            m.Consent.share_with_partners,
            m.Consent.to_be_quoted,
            m.AccountVersion.quotable,
        )
        .outerjoin(
            m.AccountVersion,
            (m.AccountVersion.account_id == m.Account.id) & (m.AccountVersion.version == m.Account.current_version),
        )
        .outerjoin(m.Consent, m.Consent.witness_id == m.Account.witness_id)
        .where(m.Account.case_id == case_id)
    )
    out: dict[uuid.UUID, tuple[uuid.UUID, bool]] = {}
    for account_id, witness_id, shared, quoted, quotable in rows:
        rule = sharing.account_rule(who, shared=shared, quoted=quoted, quotable=quotable)
        if rule is not None:
            out[account_id] = (witness_id, rule)
    return out


def _references_shown(kind: str, obj: Any, shown: dict[str, set[str]]) -> bool:
    """A record travels only with the records it needs (a link to a withheld account stays behind)."""
    for fld, target in spec_for(kind).refs.items():
        value = getattr(obj, fld, None)
        if value is None:
            continue
        if str(value) not in shown.get(target, set()):
            if fld == "location_id":  # an incident travels without a withheld place
                continue
            return False
    return True


# -- merging ------------------------------------------------------------------------------------------------


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
        with self.ctx.write() as session:  # refused before anything is written, the vault included
            self._check_case(session, snap)
            checks.check_copy(session, snap)
        case_id = uuid.UUID(snap.case["id"])
        report = MergeReport(case_id)
        evidence = EvidenceService(self.ctx)
        writers: list[Any] = []
        try:
            with checks.refusing_broken_rules():
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
        with self.ctx.write() as session:
            here = store_id(session)
            self._check_case(session, snap)
            checks.check_copy(session, snap)  # again, in the unit of work that merges
            report.created_case = session.get(m.Case, case_id) is None
            removed_files = self._merge_records(session, snap, origin_label, report)
            self._merge_parts(session, snap, report)
            self._merge_logs(session, snap, here, report)
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
        conn = session.connection()
        for kind in KIND_ORDER:
            spec = spec_for(kind)
            model: Any = spec.model
            rows = snap.records.get(kind, [])
            if not rows:
                continue
            ids = [uuid.UUID(row["id"]) for row in rows]
            # Read in bulk what the decisions need: the local records and their histories.
            local_by_id: dict[uuid.UUID, Any] = {}
            for part in _batches(ids):
                local_by_id.update((o.id, o) for o in session.scalars(select(model).where(model.id.in_(part))))
            history = _previous_versions(session, ids)
            added: list[dict[str, Any]] = []
            added_lineage: list[dict[str, Any]] = []
            updated: list[Any] = []
            for row, rid in zip(rows, ids, strict=True):
                incoming_lineage = [str(v) for v in row["lineage"]]
                local = local_by_id.get(rid)
                if local is None:
                    stone = stones.get(rid)
                    if stone is not None:
                        if stone.version not in incoming_lineage:  # else: changed after our deletion: re-added
                            if row["version"] in [*history.get(rid, []), stone.version]:
                                report.kept_local += 1  # the deleted version, or an older one
                            else:
                                self._conflict(session, case_id, kind, rid, "", row, origin, report)
                            continue
                        versions.remember(session, rid, [stone.version])
                        session.delete(stone)
                        session.flush()
                        history[rid] = versions.previous_versions(session, rid)
                    added.append(from_json(model, row))
                    known = set(history.get(rid, []))
                    seq = len(known)
                    for version in incoming_lineage[:-1]:
                        if version not in known:
                            seq += 1
                            known.add(version)
                            added_lineage.append({"record_id": rid, "version": version, "seq": seq})
                    continue
                local_version = local.version
                if local_version == row["version"]:
                    report.unchanged += 1
                    continue
                if local_version in incoming_lineage:
                    self._overwrite(session, spec, local, row, incoming_lineage)
                    _close_settled(session, rid, incoming_lineage)
                    updated.append(local)
                elif row["version"] in history.get(rid, []):
                    report.kept_local += 1
                elif _same_content(local, row):
                    versions.remember(session, rid, incoming_lineage)  # the same change, made twice
                    report.unchanged += 1
                else:
                    self._conflict(session, case_id, kind, rid, local_version, row, origin, report)
            if added:
                session.flush()
                for part in _insert_batches(added):
                    session.execute(insert(model), part)
                for part in _batches(added_lineage):
                    session.execute(insert(m.RecordLineage), part)
                report.added[kind] = report.added.get(kind, 0) + len(added)
                if spec.index_kind:
                    search_index.index_records(conn, spec.index_kind, [v["id"] for v in added])
            if updated:
                report.updated[kind] = report.updated.get(kind, 0) + len(updated)
                for obj in updated:
                    self.records._reindex(session, spec, obj)
        return self._apply_tombstones(session, snap, origin, report)

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

    # -- what belongs to records

    def _merge_parts(self, session: Session, snap: Snapshot, report: MergeReport) -> None:
        incoming_versions = {row["id"]: str(row.get("version")) for rows in snap.records.values() for row in rows}
        for model, owner_model, rows, key in (
            (m.WitnessIdentity, m.Witness, snap.witness_identities, "witness_id"),
            (m.VictimIdentity, m.Victim, snap.victim_identities, "victim_id"),
            (m.Consent, m.Witness, snap.consents, "witness_id"),
        ):
            if not rows:
                continue
            owner_ids = [uuid.UUID(row[key]) for row in rows]
            owners = _by_id(session, owner_model, owner_ids)
            existing = _by_id(session, model, owner_ids, key=getattr(model, key))
            fresh: list[dict[str, Any]] = []
            for row, owner_id in zip(rows, owner_ids, strict=True):
                owner = owners.get(owner_id)
                if owner is None or owner.version != incoming_versions.get(row[key]):
                    continue  # the owner stayed as it was here (newer, or in conflict): so do its parts
                values = from_json(model, row)
                if owner_id in existing:
                    for k, v in values.items():
                        setattr(existing[owner_id], k, v)
                else:
                    fresh.append(values)
            session.flush()
            for part in _insert_batches(fresh):
                session.execute(insert(model), part)
        # Account versions: none is ever lost. A version from the other side that this side numbered
        # differently is added after the local ones.
        account_ids = sorted({uuid.UUID(row["account_id"]) for row in snap.account_versions}, key=str)
        present_accounts = set(_by_id(session, m.Account, account_ids))
        known_ids: set[uuid.UUID] = set()
        numbers: dict[uuid.UUID, set[int]] = {}
        for part in _batches(account_ids):
            for vid, account_id, number in session.execute(
                select(m.AccountVersion.id, m.AccountVersion.account_id, m.AccountVersion.version).where(
                    m.AccountVersion.account_id.in_(part)
                )
            ):
                known_ids.add(vid)
                numbers.setdefault(account_id, set()).add(number)
        fresh_versions: list[dict[str, Any]] = []
        for row in snap.account_versions:
            vid, account_id = uuid.UUID(row["id"]), uuid.UUID(row["account_id"])
            if vid in known_ids or account_id not in present_accounts:
                continue
            values = from_json(m.AccountVersion, row)
            taken = numbers.setdefault(account_id, set())
            if values["version"] in taken:
                values["version"] = max(taken) + 1
                values["correction_note"] = (values.get("correction_note") or "") + " [renumbered when merged]"
            taken.add(values["version"])
            fresh_versions.append(values)
        session.flush()
        for part in _insert_batches(fresh_versions):
            session.execute(insert(m.AccountVersion), part)
        report.account_versions_added += len(fresh_versions)
        if fresh_versions:
            for account in _by_id(session, m.Account, account_ids).values():
                have = numbers.get(account.id, set())
                if have and account.current_version not in have:
                    account.current_version = max(have)
        # An account's text is its current version's: index the accounts that received versions now that
        # those are here (when _merge_records added or updated them, the versions they name were not there).
        session.flush()
        received = sorted({v["account_id"] for v in fresh_versions}, key=str)
        search_index.index_records(session.connection(), "account", received)

    # -- logs

    def _merge_logs(self, session: Session, snap: Snapshot, here: str, report: MergeReport) -> None:
        known = {
            _origin_key(h, d, here)
            for h, d in session.execute(
                select(m.AuditEntry.entry_hash, m.AuditEntry.details).where(m.AuditEntry.case_id == snap.case["id"])
            )
        }
        for row in snap.audit:
            key = (str(row.get("origin_store")), str(row.get("origin_hash")))
            if key in known:
                continue
            known.add(key)
            details, first_at = _arrived_details(row, key, snap.origin)
            audit.record(
                session,
                str(row.get("actor", "")),
                _audit_action(str(row.get("action", ""))),
                entity_type=str(row.get("entity_type", "")),
                entity_id=str(row.get("entity_id", "")),
                case_id=str(row.get("case_id", "")),
                summary=str(row.get("summary", "")),
                details=details,
                at=first_at,
            )
            report.audit_entries_added += 1
        item_ids = {uuid.UUID(r["evidence_id"]) for r in snap.custody}
        local_keys = {
            _origin_key(c.entry_hash, c.details, here)
            for c in session.scalars(select(m.CustodyEntry).where(m.CustodyEntry.evidence_id.in_(item_ids)))
        }
        for row in snap.custody:
            key = (str(row.get("origin_store")), str(row.get("origin_hash")))
            if key in local_keys:
                continue
            local_keys.add(key)
            details, first_at = _arrived_details(row, key, snap.origin)

            custody_log.append(
                session,
                evidence_id=uuid.UUID(row["evidence_id"]),
                case_id=uuid.UUID(row["case_id"]),
                actor=str(row.get("actor", "")),
                action=CustodyAction(row["action"]),
                item_sha256=str(row["item_sha256"]),
                details=details,
                summary=f"custody entry merged from {key[0]}",
                at=first_at,
            )
            report.custody_entries_added += 1


def _arrived_details(row: dict[str, Any], key: tuple[str, str], via: str) -> tuple[dict[str, Any], dt.datetime]:
    """The details of a log entry arriving from another store, and when it first happened.

    ``details.origin`` names its first writer and keeps what that writer hashed (sequence number, time, hash
    of the entry before), so the entry as first written can be re-hashed in any store, after any number of
    hops; it adds where it came from this time and when it arrived here.
    """
    details = dict(row.get("details") or {})
    first = audit.first_writer(details)
    if first is None:  # first written where it comes from
        first = {"store": key[0], "entry_hash": key[1], "seq": row.get("seq"), "at": row.get("at")}
        first["prev_hash"] = row.get("prev_hash")
    first = {k: first[k] for k in ("store", "entry_hash", "seq", "at", "prev_hash") if k in first}
    details = audit.as_first_written(details)
    details[audit.ARRIVAL_KEY] = {**first, "via": via, "arrived_at": json_value(utcnow())}
    return details, checks.parse_at(first["at"])


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


def _by_id(session: Session, model: Any, ids: list[uuid.UUID], key: Any = None) -> dict[uuid.UUID, Any]:
    column = key if key is not None else model.id
    found: dict[uuid.UUID, Any] = {}
    for part in _batches(ids):
        for obj in session.scalars(select(model).where(column.in_(part))):
            found[getattr(obj, column.key)] = obj
    return found


def _batches(items: list[Any], size: int = 500) -> Iterator[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _insert_batches(rows: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    """Rows to insert, in batches of rows with the same fields (a copy for an audience may leave some fields
    out of some records, e.g. an excerpt whose witness may not be quoted; the store's defaults fill them)."""
    groups: dict[frozenset[str], list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(frozenset(row), []).append(row)
    for group in groups.values():
        yield from _batches(group)


def _previous_versions(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, list[str]]:
    out: dict[uuid.UUID, list[str]] = {}
    for part in _batches(ids):
        query = (
            select(m.RecordLineage.record_id, m.RecordLineage.version)
            .where(m.RecordLineage.record_id.in_(part))
            .order_by(m.RecordLineage.seq)
        )
        for record_id, version in session.execute(query):
            out.setdefault(record_id, []).append(version)
    return out


def _audit_action(value: str) -> AuditAction:
    try:
        return AuditAction(value)
    except ValueError:
        return AuditAction.IMPORT


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
