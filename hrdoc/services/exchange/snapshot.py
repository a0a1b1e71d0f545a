"""A case as plain data: what is exported to a bundle or pushed to another store, and what a merge reads.

A :class:`Snapshot` holds a case's records with their versions and lineage, the parts that belong to them
(identities, consent, account versions), tombstones, and its audit and custody entries, each as JSON-ready
values (:func:`to_json`, read back with :func:`from_json`). :func:`take_snapshot` makes one for an audience,
as the sharing policy (services.sharing) allows. Bundles (services.exchange.bundle) carry snapshots between
laptops; syncing with a team store moves them between two open stores; services.exchange.merge applies them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import JSON, Boolean, Date, Integer, String, Text, Uuid, select
from sqlalchemy.orm import Session

from hrdoc.domain import registry
from hrdoc.domain.errors import Phrase
from hrdoc.domain.marks import N_
from hrdoc.domain.registry import Kind
from hrdoc.domain.validation import ValidationError
from hrdoc.services import audit, sharing, vocab
from hrdoc.services.context import StoreContext
from hrdoc.services.errors import NotFound
from hrdoc.services.records_kinds import KINDS
from hrdoc.services.serialize import json_value
from hrdoc.services.sharing_read import weigh_case
from hrdoc.storage import models as m
from hrdoc.storage.base import Base, UTCDateTime

FORMAT_VERSION = 1
STORE_ID_KEY = "store_id"
# Parents before children, so references resolve as records are added: the registry's order.
KIND_ORDER = registry.RECORD_KINDS
AUDIENCES = sharing.AUDIENCES


# Store ids made from a store's record of its own creation (see :func:`known_store_id`) are UUIDs in this space.
_STORE_IDS = uuid.UUID("6b1f0b8e-3c1a-4e55-9f5e-2d7c7a1e9b40")


def store_id(session: Session) -> str:
    """This store's own id (made once, and kept from then on): where merged audit and custody entries say they
    came from, and how a laptop recognises its team store."""
    row = session.get(m.StoreMeta, STORE_ID_KEY)
    if row is None:
        row = m.StoreMeta(key=STORE_ID_KEY, value=known_store_id(session))
        session.add(row)
        session.flush()
    return row.value


def known_store_id(session: Session) -> str:
    """This store's id, without writing it: the one kept, else the one :func:`store_id` will keep.

    An id is kept the first time the store sends or receives a copy of a case; until then it is made from the
    first entry of the store's audit log (the record of its creation, which no one can change through hrdoc),
    so that a store that cannot be written yet (a team store's reading login, a store on a read-only disk)
    exports under the id it will keep. Two copies of a store made before that first time (a file copied, a
    database cloned from another) share it, as copies made after it share the id kept. (A store whose audit log
    is empty, which hrdoc never makes, gets a new id each time until one is kept.)
    """
    row = session.get(m.StoreMeta, STORE_ID_KEY)
    if row is not None:
        return row.value
    first = session.scalars(select(m.AuditEntry.entry_hash).order_by(m.AuditEntry.seq).limit(1)).first()
    return str(uuid.uuid5(_STORE_IDS, first)) if first is not None else str(uuid.uuid4())


HELD_AS_KEY = "held_as:"  # + a case's id: how much of the case this store holds, when not all of it


def held_as(session: Session, case_id: uuid.UUID) -> sharing.Audience:
    """How much of the case this store holds: all of it (internal), unless the case came to this store in a copy
    made for partners or the public, whose records carry only the fields that audience may see. The fields
    withheld from it were never here, so an empty one here says nothing of the case's own; a copy of the case
    from this store, whatever its audience, says so (:attr:`Snapshot.held_as`), so that the store the case came
    from does not take those empty fields as cleared (:func:`narrowed`), however many stores it went through.
    A value hrdoc did not write is read as the narrowest audience."""
    row = session.get(m.StoreMeta, HELD_AS_KEY + str(case_id))
    if row is None:
        return sharing.Audience.INTERNAL
    try:
        return sharing.Audience(row.value)
    except ValueError:
        return sharing.Audience.PUBLIC


def remember_held_as(session: Session, case_id: uuid.UUID, audience: sharing.Audience) -> None:
    """Record that this store holds the case only as ``audience`` sees it (a case made here from such a copy)."""
    if audience is not sharing.Audience.INTERNAL:
        session.merge(m.StoreMeta(key=HELD_AS_KEY + str(case_id), value=audience.value))


def narrowed(snap: Snapshot, who: sharing.Audience) -> Snapshot:
    """``snap`` as a copy made for ``who`` would carry it: its records' fields, parts and logs cut by the sharing
    policy as :func:`take_snapshot` cuts them. For a copy from a store that holds the case only as ``who`` sees it
    (:func:`held_as`), merged into one that holds more: a field or part it lacks was withheld from it, not
    cleared, and its deletions and log are those of a copy beyond the team (they do not travel back)."""

    def cut(kind: str, row: dict[str, Any]) -> dict[str, Any]:
        out = sharing.share(kind, row, who)
        if "lineage" in row:
            out["lineage"] = row["lineage"]
        return out

    records = {kind: [cut(kind, row) for row in rows] for kind, rows in snap.records.items()}
    identities = sharing.identities_travel(who)
    logs = sharing.logs_travel(who)
    return dataclasses.replace(
        snap,
        case=records[Kind.CASE][0] if records.get(Kind.CASE) else snap.case,
        records=records,
        witness_identities=snap.witness_identities if identities else [],
        victim_identities=snap.victim_identities if identities else [],
        consents=[sharing.share(Kind.CONSENT, c, who) for c in snap.consents] if identities else [],
        account_versions=[sharing.share(Kind.ACCOUNT_VERSION, v, who) for v in snap.account_versions],
        tombstones=snap.tombstones if logs else [],
        audit=snap.audit if logs else [],
        custody=[_cut_entry(c, who) for c in snap.custody] if sharing.custody_travels(who) else [],
        vocabulary_terms=snap.vocabulary_terms if sharing.terms_travel(who) else [],
        audience=who.value,
        held_as=who.value,
    )


def _cut_entry(entry: dict[str, Any], who: sharing.Audience) -> dict[str, Any]:
    """A custody entry as :func:`take_snapshot` gives it to ``who``: shared, with where it was first written."""
    return sharing.share(Kind.CUSTODY_ENTRY, entry, who) | {
        k: entry[k] for k in ("origin_store", "origin_hash") if k in entry
    }


def store_name(ctx: StoreContext) -> str:
    """This store's name for people, which the log entries it first wrote keep wherever they go (custody
    entries to partners too): who works in it, or "the team store", never a server's address or database
    name; the store's id tells two team stores apart."""
    return "the team store" if ctx.location.url else f"{ctx.user}'s store"


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
            raise ValidationError.single(
                col.key, Phrase(N_("{given} is not a valid value: {err}"), given=repr(value), err=err)
            ) from None
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
    # How much of the case the sending store holds (see :func:`held_as`): a copy never holds more than that.
    held_as: str = "internal"
    vocabulary_terms: list[dict[str, Any]] = field(default_factory=list)  # added terms its records use
    origin_name: str = ""  # the origin store's name for people, given to the log entries it first wrote

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
            "vocabulary_terms": len(self.vocabulary_terms),
        }
        return out

    def evidence_with_files(self) -> list[dict[str, Any]]:
        return [e for e in self.records.get(Kind.EVIDENCE, []) if e.get("in_vault")]


def origin_key(entry_hash: str, details: dict[str, Any] | None, here: str) -> tuple[str, str]:
    """Who first wrote an audit or custody entry, and its hash there: the same entry in every store."""
    origin = audit.first_writer(details)
    if origin is not None and origin.get("store"):
        return str(origin["store"]), str(origin["entry_hash"])
    return here, entry_hash


def _add_logs(
    session: Session, snap: Snapshot, case_id: uuid.UUID, lineages: dict[uuid.UUID, list[str]], here: str
) -> None:
    """The case's deletions and audit log, each audit entry with the store and hash it was first written as."""
    for stone in session.scalars(select(m.Tombstone).where(m.Tombstone.case_id == case_id)):
        data = to_json(stone)
        data["lineage"] = [*lineages.get(stone.record_id, []), stone.version]
        snap.tombstones.append(data)
    for entry in session.scalars(
        select(m.AuditEntry).where(m.AuditEntry.case_id == str(case_id)).order_by(m.AuditEntry.seq)
    ):
        data = to_json(entry)
        data["origin_store"], data["origin_hash"] = origin_key(entry.entry_hash, entry.details, here)
        snap.audit.append(data)


def take_snapshot(ctx: StoreContext, case_id: uuid.UUID, *, audience: str = "internal") -> Snapshot:
    """The case as the audience may receive it (internal: everything, identities included).

    What goes is decided by the sharing policy (:mod:`hrdoc.services.sharing`) and nothing else: which
    records (visibility, consent, the records they depend on), which of their fields, and that a record going
    without a record it refers to (an incident's place, a working copy's original) goes without the reference.
    """
    who = sharing.Audience.parse(audience)
    with ctx.read() as session:  # read first: a store on a read-only disk can still be exported
        has_id = session.get(m.StoreMeta, STORE_ID_KEY) is not None
    if not has_id and ctx.read_only is None:
        with ctx.write() as session:
            store_id(session)
    with ctx.read() as session:
        here = known_store_id(session)  # that of a store that cannot be written yet, as it will keep it
        case = session.get(m.Case, case_id)
        if case is None:
            raise NotFound(N_("no case with id {case_id}"), case_id=case_id)
        lineages: dict[uuid.UUID, list[str]] = {}
        for row in session.execute(
            select(m.RecordLineage.record_id, m.RecordLineage.version).order_by(m.RecordLineage.seq)
        ):
            lineages.setdefault(row.record_id, []).append(row.version)

        # Which records go, and whether a witness's words in them go: the sharing policy's one decision.
        weighed = weigh_case(session, case_id, case.visibility)
        going = sharing.records_shown(who, weighed.records, weighed.accounts)

        def dump(kind: str, obj: Any, *, words: bool = True) -> dict[str, Any]:
            # Its fields the audience may see, without references to records withheld from it (a place, an
            # original): the copy carries no id of a record it does not carry.
            data = sharing.without_withheld(kind, sharing.share(kind, to_json(obj), who, words=words), going)
            data["lineage"] = [*lineages.get(obj.id, []), obj.version]
            return data

        records: dict[str, list[dict[str, Any]]] = {Kind.CASE: [dump(Kind.CASE, case)]}
        shown: dict[str, set[str]] = {Kind.CASE: {str(case.id)}}
        for kind in KIND_ORDER[1:]:
            model: Any = KINDS[kind].model
            rows = session.scalars(select(model).where(model.case_id == case_id).order_by(model.created_at))
            kept: list[dict[str, Any]] = []
            obj: Any
            shown[kind] = set()
            for obj in rows:
                quoted = going.get(kind, {}).get(obj.id)
                if quoted is None:
                    continue
                data = dump(kind, obj, words=quoted)
                kept.append(data)
                shown[kind].add(data["id"])
            records[kind] = kept
        snap = Snapshot(origin=here, case=records[Kind.CASE][0], records=records, audience=who.value)
        snap.held_as = held_as(session, case_id).value
        snap.origin_name = store_name(ctx)
        if sharing.terms_travel(who):
            snap.vocabulary_terms = vocab.terms_for_copy(session, records, who, lineages)
        witness_ids = [uuid.UUID(w) for w in shown[Kind.WITNESS]]
        account_ids = [uuid.UUID(a) for a in shown[Kind.ACCOUNT]]
        if sharing.identities_travel(who):
            wanted = select(m.WitnessIdentity).where(m.WitnessIdentity.witness_id.in_(witness_ids))
            snap.witness_identities = [to_json(i) for i in session.scalars(wanted)]
            victim_ids = [uuid.UUID(v) for v in shown[Kind.VICTIM]]
            wanted_v = select(m.VictimIdentity).where(m.VictimIdentity.victim_id.in_(victim_ids))
            snap.victim_identities = [to_json(i) for i in session.scalars(wanted_v)]
            wanted_c = select(m.Consent).where(m.Consent.witness_id.in_(witness_ids))
            snap.consents = [sharing.share(Kind.CONSENT, to_json(c), who) for c in session.scalars(wanted_c)]
        for version in session.scalars(
            select(m.AccountVersion)
            .where(m.AccountVersion.account_id.in_(account_ids))
            .order_by(m.AccountVersion.version)
        ):
            quoted = going[Kind.ACCOUNT][version.account_id]
            snap.account_versions.append(sharing.share(Kind.ACCOUNT_VERSION, to_json(version), who, words=quoted))
        if sharing.logs_travel(who):
            _add_logs(session, snap, case_id, lineages, here)
        if sharing.custody_travels(who):  # the files travel (internal, partners): so does their chain of custody
            evidence_ids = [uuid.UUID(e) for e in shown[Kind.EVIDENCE]]
            for centry in session.scalars(
                select(m.CustodyEntry)
                .where(m.CustodyEntry.evidence_id.in_(evidence_ids))
                .order_by(m.CustodyEntry.evidence_id, m.CustodyEntry.seq)
            ):
                data = sharing.share(Kind.CUSTODY_ENTRY, to_json(centry), who)
                data["origin_store"], data["origin_hash"] = origin_key(centry.entry_hash, centry.details, here)
                snap.custody.append(data)
    return snap
