"""Deciding a conflict (services.exchange.conflicts): the record as a whole, and a new version descending from
both sides' versions, so that the decision travels with the next sync or bundle.

* **Take the other side's version**: its row and its parts (identity, consent) replace this store's; an
  account keeps both sides' versions (services.exchange.merge_parts.unite_versions), the other side's text
  current. If the other side deleted the record, it is deleted here with what the other side deleted with it
  (and what depends on it here: said in words). If this side had deleted it, it comes back, and so do the
  other side's records that depend on it.
* **Keep this side's version**: the row and parts stay; an account keeps both sides' versions, this side's
  text current. If the other side deleted the record, it stays, and so does everything the other side deleted
  with it (each given a version that follows that deletion, so it comes back on the other side too). If this
  side had deleted it, it stays deleted, and so do the other side's records that depend on it.

What cannot be done (a record to bring back that refers to one deleted here) is said in words, one line each.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from hrdoc.domain.enums import AuditAction
from hrdoc.domain.errors import Phrase
from hrdoc.domain.marks import N_
from hrdoc.domain.registry import Kind
from hrdoc.domain.validation import ValidationError
from hrdoc.services import audit, versions
from hrdoc.services.audit_words import StoredNames, kind_words
from hrdoc.services.context import StoreContext
from hrdoc.services.errors import NotFound
from hrdoc.services.exchange.conflicts import CHOICES, Stored
from hrdoc.services.exchange.merge_parts import take_parts, unite_versions
from hrdoc.services.exchange.parts import DEPENDENT_REFS, PARTS_KEY, local_dependents, parts_of
from hrdoc.services.exchange.snapshot import from_json
from hrdoc.services.records import RecordService
from hrdoc.services.records_kinds import KINDS, spec_for
from hrdoc.storage import models as m
from hrdoc.storage.base import new_version, utcnow


def decide(ctx: StoreContext, conflict_id: uuid.UUID, choice: str) -> list[str]:
    if choice not in CHOICES:
        raise ValidationError.single("choice", Phrase(N_("choose {names}"), names=" or ".join(CHOICES)))
    removed: list[uuid.UUID] = []
    with ctx.write() as session:
        conflict = session.get(m.Conflict, conflict_id)
        if conflict is None:
            raise NotFound(N_("no conflict with id {conflict_id}"), conflict_id=conflict_id)
        if conflict.resolved_at is not None:
            raise ValidationError.single("choice", N_("this conflict was already resolved"))
        decision = _Decision(session, ctx, conflict, removed)
        if choice == "incoming":
            _check_same_case(conflict, decision.local, decision.stored.row)
        try:
            notes = decision.take() if choice == "incoming" else decision.keep()
            session.flush()
        except IntegrityError as err:
            first = str(err.orig).strip().splitlines()[0] if str(err.orig).strip() else "a constraint"
            raise ValidationError.single(
                "choice",
                Phrase(
                    N_("that decision would break a rule of the store ({first}); nothing was changed"),
                    first=first[:200],
                ),
            ) from None
        conflict.resolved_at = utcnow()
        conflict.resolved_by = ctx.user
        conflict.resolution = choice
        names = StoredNames(session)  # the record as it now is, after the decision (if it is still here)
        held = names.record(conflict.kind, conflict.record_id)
        what = names.phrase(conflict.kind, held) if held is not None else kind_words(conflict.kind)
        audit.record(
            session,
            ctx.user,
            AuditAction.UPDATE,
            entity_type=conflict.kind,
            entity_id=conflict.record_id,
            case_id=conflict.case_id,
            summary=f"Resolved a merge conflict on {what}{names.in_case(conflict.kind, conflict.case_id)}: "
            f"kept the {choice} version",
            details={"conflict": str(conflict.id), "choice": choice, "origin": conflict.origin, "notes": notes},
        )
    if removed or decision.returned:
        from hrdoc.services.evidence.service import EvidenceService

        vault = EvidenceService(ctx).vault
        for item in removed:
            vault.remove(item)
        if any(not vault.exists(item) for item in decision.returned):
            notes.append("the evidence file itself comes with the next sync (or import) of the other side's copy")
    return notes


class _Decision:
    def __init__(self, session: Session, ctx: StoreContext, conflict: m.Conflict, removed: list[uuid.UUID]) -> None:
        self.session = session
        self.user = ctx.user
        self.records = RecordService(ctx)
        self.conflict = conflict
        self.kind = conflict.kind
        self.rid = conflict.record_id
        self.spec = spec_for(conflict.kind)
        self.local: Any = session.get(self.spec.model, self.rid)
        self.stored = Stored.of(conflict)
        self.theirs = [str(v) for v in conflict.incoming_lineage]
        self.removed = removed
        self.returned: list[uuid.UUID] = []  # evidence items in the vault that come back: is their file here?

    # -- taking the other side's version ------------------------------------------------------------------

    def take(self) -> list[str]:
        if self.stored.row is None:
            return self._take_deletion()
        session, row = self.session, self.stored.row
        values = from_json(self.spec.model, row)
        local = self.local
        if local is None:  # we deleted it: it comes back
            missing = self._missing_parent(self.kind, row)
            if missing:
                raise ValidationError.single(
                    "choice",
                    Phrase(
                        N_(
                            "the other version of this {kind} cannot come back: the {owner} it belongs to is "
                            "deleted here (decide that one first, or keep this laptop's version)"
                        ),
                        kind=_words(self.kind),
                        owner=_words(missing),
                    ),
                )
            self._drop_stone(self.rid)
            local = self.spec.model(**values)
            session.add(local)
            if self.kind == Kind.EVIDENCE and values.get("in_vault"):
                self.returned.append(self.rid)
        else:
            versions.remember(session, self.rid, [local.version])  # ours, which theirs replaces
            for key, value in values.items():
                if key != "id":
                    setattr(local, key, value)
        session.flush()
        versions.remember(session, self.rid, self.theirs[:-1])
        _bump(session, local)
        notes = self._parts(local, "incoming")
        self.records._reindex(session, self.spec, local)
        return notes + self._bring_back()

    def _take_deletion(self) -> list[str]:
        session, notes = self.session, []
        if self.local is not None:
            found = local_dependents(session, {self.rid: self.kind})[self.rid]
            held = {str(s.get("record_id")) for s in self.stored.with_}
            extra = [(cid, kind) for cid, kind in found if str(cid) not in held]
            if any(kind == Kind.EVIDENCE for _cid, kind in extra):
                raise ValidationError.single(
                    "choice",
                    N_(
                        "this item has working copies here that the other side did not delete; remove those "
                        "first (Evidence → Remove), or keep this laptop's version"
                    ),
                )
            if extra:
                notes.append(
                    f"also deleted with it: {len(extra)} record(s) added or changed here since ("
                    + ", ".join(sorted({_words(kind) for _cid, kind in extra}))
                    + ")"
                )
            for cid, kind in [*reversed(found), (self.rid, self.kind)]:
                self._delete(kind, cid)
        self._adopt(self.rid, self.stored.stone, self.conflict.incoming_version)
        for stone in self.stored.with_:
            self._adopt(uuid.UUID(str(stone["record_id"])), stone, str(stone["version"]))
        return notes

    def _bring_back(self) -> list[str]:
        """The other side's records that depend on the record and were deleted here (or never were here)."""
        session, notes = self.session, []
        for item in self.stored.with_:
            kind, mid = str(item["kind"]), uuid.UUID(str(item["id"]))
            spec = spec_for(kind)
            if session.get(spec.model, mid) is not None:
                continue
            label = item.get(spec.label_field) or mid
            missing = self._missing_parent(kind, item)
            if missing:
                notes.append(
                    f"could not bring back {_words(kind)} {label}: the {_words(missing)} it belongs to is not here"
                )
                continue
            had_stone = self._drop_stone(mid)
            obj = spec.model(**from_json(spec.model, item))
            session.add(obj)
            if kind == Kind.EVIDENCE and item.get("in_vault"):
                self.returned.append(mid)
            session.flush()
            versions.remember(session, mid, [str(v) for v in item.get("lineage", [])][:-1])
            if had_stone:
                _bump(session, obj)  # a version after this store's deletion of it
            take_parts(session, kind, mid, dict(item.get(PARTS_KEY) or {}))
            self.records._reindex(session, spec, obj)
            notes.append(f"brought back with it: {_words(kind)} {label}")
        return notes

    # -- keeping this side's version ----------------------------------------------------------------------

    def keep(self) -> list[str]:
        session, notes = self.session, list[str]()
        if self.local is None:  # still deleted, by a deletion that follows their change too
            stone = session.get(m.Tombstone, self.rid)
            if stone is not None:
                versions.remember(session, self.rid, [*self.theirs, stone.version])
                stone.version = versions.deletion_version()
            for item in self.stored.with_:  # and so are the records of theirs that depend on it
                self._stay_deleted(item)
            return notes
        _follow(session, self.local, self.theirs)
        if self.stored.row is not None:
            notes = self._parts(self.local, "local")
            self.records._reindex(session, self.spec, self.local)
            return notes
        for held in self.stored.with_:  # what they deleted with it stays too, after their deletion
            mid, kind = uuid.UUID(str(held["record_id"])), str(held["kind"])
            obj: Any = session.get(spec_for(kind).model, mid) if kind in KINDS else None
            if obj is None:
                notes.append(f"{_words(kind)} {mid}, deleted with it on the other side, is no longer here to keep")
                continue
            _follow(session, obj, [str(v) for v in held.get("lineage", [])])
        return notes

    def _stay_deleted(self, item: dict[str, Any]) -> None:
        kind, mid = str(item["kind"]), uuid.UUID(str(item["id"]))
        lineage = [str(v) for v in item.get("lineage", [])]
        stone = self.session.get(m.Tombstone, mid)
        if stone is not None:
            versions.remember(self.session, mid, [*lineage, stone.version])
            stone.version = versions.deletion_version()
            return
        versions.remember(self.session, mid, lineage)
        self.session.add(
            m.Tombstone(
                record_id=mid,
                kind=kind,
                case_id=self.conflict.case_id,
                version=versions.deletion_version(),
                deleted_at=utcnow(),
                deleted_by=self.user,
            )
        )

    # -- shared steps -------------------------------------------------------------------------------------

    def _parts(self, local: Any, choice: str) -> list[str]:
        """The record's parts as decided: the other side's (``incoming``) or this side's; an account's versions
        from both sides either way."""
        notes: list[str] = []
        parts = self.stored.parts
        singles = {p.kind: parts[p.kind] for p in parts_of(self.kind) if not p.many and p.kind in parts}
        if choice == "incoming" and singles:
            take_parts(self.session, self.kind, self.rid, singles)
        if self.kind == Kind.ACCOUNT and Kind.ACCOUNT_VERSION in parts and self.stored.row is not None:
            current = int(self.stored.row.get("current_version") or 0)
            notes += unite_versions(self.session, local, parts[Kind.ACCOUNT_VERSION], current, choice, self.user)
        return notes

    def _missing_parent(self, kind: str, row: dict[str, Any]) -> str | None:
        """The kind of a record this one cannot live without that is not here, if any."""
        for fld, parent in DEPENDENT_REFS.get(kind, ()):
            value = row.get(fld)
            if value and self.session.get(spec_for(parent).model, uuid.UUID(str(value))) is None:
                return "original" if fld == "original_id" else parent
        return None

    def _drop_stone(self, rid: uuid.UUID) -> bool:
        stone = self.session.get(m.Tombstone, rid)
        if stone is None:
            return False
        versions.remember(self.session, rid, [stone.version])
        self.session.delete(stone)
        self.session.flush()
        return True

    def _delete(self, kind: str, rid: uuid.UUID) -> None:
        obj: Any = self.session.get(spec_for(kind).model, rid)
        if obj is None:
            return
        in_vault = kind == Kind.EVIDENCE and bool(obj.in_vault)
        self.records._delete_in(self.session, kind, rid, system=True)
        if in_vault:
            self.removed.append(rid)

    def _adopt(self, rid: uuid.UUID, stone: dict[str, Any] | None, version: str) -> None:
        """This store's tombstone of a record the other side deleted becomes that side's deletion."""
        ours = self.session.get(m.Tombstone, rid)
        if ours is None:
            return
        ours.version = version
        if stone is not None:
            values = from_json(m.Tombstone, stone)
            ours.deleted_at, ours.deleted_by = values["deleted_at"], values["deleted_by"]
            versions.remember(self.session, rid, [str(v) for v in stone.get("lineage", [])][:-1])
        else:
            versions.remember(self.session, rid, self.theirs[:-1])


def _follow(session: Session, obj: Any, lineage: list[str]) -> None:
    """Give a record kept here a new version that follows ``lineage`` (the other side's) and its own."""
    versions.remember(session, obj.id, [v for v in lineage if v != obj.version])
    _bump(session, obj)


def _bump(session: Session, obj: Any) -> None:
    """A new version for a record; its current one joins its lineage (unless it is there already)."""
    versions.remember(session, obj.id, [obj.version])
    obj.version = new_version()


def _words(kind: str) -> str:
    return kind.replace("_", " ")


def _check_same_case(conflict: m.Conflict, local: Any, incoming: dict[str, Any] | None) -> None:
    """Deciding a conflict never moves a record between cases (a hostile copy may have filed one that would)."""
    case_id = str(conflict.case_id)
    is_case = conflict.kind == Kind.CASE
    sides = []
    if local is not None:
        sides.append(str(local.id if is_case else local.case_id))
    if incoming is not None:
        sides.append(str(incoming.get("id") if is_case else incoming.get("case_id")))
    if any(side != case_id for side in sides):
        raise ValidationError.single(
            "refused",
            N_("taking the incoming version would move a record between cases; keep the local version instead"),
        )
