"""What the audit log says of a record, in words.

An entry about a record is written as a sentence naming the record as tables and pickers name it, in its case:
"Created victim V-01 of allegation Attack on civilians — Attack on a civilian convoy near Annefif in ML-2025-004",
never its kind's code or its id (:class:`StoredNames`, used when the entry is written).

Entries written by older versions said "created allegation_victim 26995f87-…" or "created perpetrator direct".
They keep their text: the log is hash-chained, and an entry is never rewritten. They are shown in words instead
(:func:`shown`), from the case's records as they are now (:class:`CaseNames`) and, for a record since deleted,
from what the entry itself holds.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdoc.domain import registry
from hrdoc.domain.enums import CustodyAction, Involvement, LinkRelation, label
from hrdoc.domain.registry import Kind
from hrdoc.domain.vocabularies import VIOLATION_TYPE
from hrdoc.storage import models as m

if TYPE_CHECKING:  # cases reads records, which writes its entries with this module
    from hrdoc.services.cases import CaseExport

Record = Mapping[str, Any]

# The field a record is named by, for the kinds named by one field of their own.
_NAMED_BY = {
    Kind.CASE: "reference",
    Kind.LOCATION: "name",
    Kind.INCIDENT: "title",
    Kind.ACTOR: "name",
    Kind.VICTIM: "label",
    Kind.WITNESS: "pseudonym",
    Kind.SOURCE: "title",
    Kind.EVIDENCE: "original_filename",
}
# Where an evidence link starts and what it bears on: (field, kind of record it refers to).
_ORIGINS = (("source_id", Kind.SOURCE), ("account_id", Kind.ACCOUNT), ("evidence_id", Kind.EVIDENCE))
_TARGETS = (("allegation_id", Kind.ALLEGATION), ("incident_id", Kind.INCIDENT))


def kind_words(kind: str) -> str:
    """What the registry calls a kind of record ("victim of an allegation"); anything else the log names (a team
    store) by its name in words."""
    declared = registry.KINDS.get(kind)
    return declared.label if declared is not None else kind.replace("_", " ")


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


class Names:
    """What records are called in the log's sentences. A subclass says how a record is read (by kind and id) and
    what a violation's code is called; the rest is worded here, once, for entries written now and those shown."""

    def record(self, kind: str, record_id: object) -> Record | None:
        raise NotImplementedError

    def violation(self, code: str) -> str:
        raise NotImplementedError

    def name(self, kind: str, record_id: object) -> str:
        """What the record with this id is called ("" if there is none)."""
        found = self.record(kind, record_id) if record_id else None
        return "" if found is None else self.name_of(kind, found)

    def name_of(self, kind: str, record: Record) -> str:
        """What a record is called, as tables and pickers call it: an incident by its title, an allegation by its
        violation and its incident, an account by its witness."""
        if kind == Kind.ALLEGATION:
            parts = (self.violation(str(record["violation_type"])), self.name(Kind.INCIDENT, record["incident_id"]))
            return " — ".join(p for p in parts if p)
        if kind == Kind.ACCOUNT:
            return f"account of {self.name(Kind.WITNESS, record['witness_id']) or 'a witness'}"
        if kind == Kind.VOCABULARY_TERM:
            return str(record.get("label_en") or "")
        named_by = _NAMED_BY.get(Kind(kind)) if kind in registry.KINDS else None
        return str(record.get(named_by) or "") if named_by else ""

    def called(self, kind: str, record_id: object) -> str:
        """The record with this id, its kind before its name ("source Human Rights Watch reports…"), but for an
        account, whose name says its kind ("account of W-01")."""
        name = self.name(kind, record_id)
        return name if kind == Kind.ACCOUNT and name else _joined(kind_words(kind), name)

    def phrase(self, kind: str, record: Record) -> str:
        """The record as the object of a verb: "incident Attack on a civilian convoy near Annefif", "victim V-01
        of allegation …", "alleged perpetrator Wagner Group (direct involvement) of allegation …", "evidence
        link from source … to allegation … (supports)", "account of W-01"."""
        if kind == Kind.ALLEGATION_VICTIM:
            victim = self.name(Kind.VICTIM, record["victim_id"])
            return _joined("victim", victim, "of allegation", self.name(Kind.ALLEGATION, record["allegation_id"]))
        if kind == Kind.PERPETRATOR:
            actor = self.name(Kind.ACTOR, record["actor_id"])
            involvement = f"({label(str(record['involvement']), Involvement).lower()} involvement)"
            allegation = self.name(Kind.ALLEGATION, record["allegation_id"])
            return _joined("alleged perpetrator", actor, involvement, "of allegation", allegation)
        if kind == Kind.LINK:
            origin = next(((f, k) for f, k in _ORIGINS if record.get(f)), None)
            target = next(((f, k) for f, k in _TARGETS if record.get(f)), None)
            relation = f"({label(str(record['relation']), LinkRelation).lower()})"
            return _joined(
                kind_words(kind),
                *(("from", self.called(origin[1], record[origin[0]])) if origin else ()),
                *(("to", self.called(target[1], record[target[0]])) if target else ()),
                relation,
            )
        if kind == Kind.ACCOUNT:
            return self.name_of(kind, record)
        if kind == Kind.VOCABULARY_TERM:
            return _joined(kind_words(kind), self.name_of(kind, record), f"({kind_words(str(record['vocabulary']))})")
        return _joined(kind_words(kind), self.name_of(kind, record))

    def in_case(self, kind: str, case_id: object) -> str:
        """ " in ML-2025-004" for a record of a case (nothing for the case itself or a record of none)."""
        if kind == Kind.CASE or not case_id:
            return ""
        reference = self.name(Kind.CASE, case_id)
        return f" in {reference}" if reference else ""

    def sentence(self, verb: str, kind: str, record: Record, case_id: object = None, *, more: str = "") -> str:
        """What was done to a record, in one sentence: "Created account of W-01 in ML-2025-004" (``more``: words
        after the record, "(version 2)")."""
        return capitalised(f"{_joined(verb, self.phrase(kind, record), more)}{self.in_case(kind, case_id)}")

    def gone(self, kind: str, stored: str) -> str:
        """A record no longer here, from what an older entry held after its kind: a name, an id (of the record or,
        for an account, of its witness), a violation's code, a perpetrator's involvement or a link's relation."""
        held = stored.strip()
        if kind == Kind.ACCOUNT:
            return self.name_of(kind, {"witness_id": held})
        if kind == Kind.ALLEGATION_VICTIM:
            return _joined("victim", self.name(Kind.VICTIM, held), "of an allegation")
        if kind == Kind.ALLEGATION:
            return _joined(kind_words(kind), self.violation(held))
        if kind == Kind.VOCABULARY_TERM:
            return _joined(kind_words(kind), label(held))
        if kind == Kind.PERPETRATOR and held in set(Involvement):
            return f"alleged perpetrator ({label(held, Involvement).lower()} involvement)"
        if kind == Kind.LINK and held in set(LinkRelation):
            return f"{kind_words(kind)} ({label(held, LinkRelation).lower()})"
        return _joined(kind_words(kind), "" if _is_id(held) else held)


class StoredNames(Names):
    """Names read from the store, in the unit of work writing the entry (the record itself may be just made)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._violations: dict[str, str] = {}

    def record(self, kind: str, record_id: object) -> Record | None:
        from hrdoc.services.records_kinds import KINDS

        try:
            rid = record_id if isinstance(record_id, uuid.UUID) else uuid.UUID(str(record_id))
        except ValueError:
            return None
        spec = KINDS.get(kind)
        found = self.session.get(spec.model, rid) if spec is not None else None
        return None if found is None else _values(found)

    def violation(self, code: str) -> str:
        if code not in self._violations:
            held = self.session.scalar(
                select(m.VocabularyTerm.label_en).where(
                    m.VocabularyTerm.vocabulary == VIOLATION_TYPE, m.VocabularyTerm.code == code
                )
            )
            self._violations[code] = held or label(code)
        return self._violations[code]


def said(session: Session, verb: str, kind: str, obj: Any, *, more: str = "") -> str:
    """What was done to ``obj``, a record of ``kind`` held by ``session``, as its audit entry says it: "Created
    account of W-01 in ML-2025-004"."""
    values = _values(obj)
    return StoredNames(session).sentence(verb, kind, values, values.get("case_id"), more=more)


class CaseNames(Names):
    """Names read from a case as :meth:`~hrdoc.services.cases.CaseService.export` gives it, with this store's
    labels of violations (``violations``, code -> label), for entries shown."""

    def __init__(self, data: CaseExport, violations: Mapping[str, str]) -> None:
        self.violations = violations
        from hrdoc.services.cases import CASE_SECTIONS

        self.records: dict[str, tuple[str, Record]] = {str(data["case"]["id"]): (Kind.CASE, data["case"])}
        for section in CASE_SECTIONS:
            kind = registry.by_table(section).name
            self.records.update((str(r["id"]), (kind, r)) for r in data[section])

    def record(self, kind: str, record_id: object) -> Record | None:
        found = self.records.get(str(record_id))
        return found[1] if found is not None and found[0] == kind else None

    def violation(self, code: str) -> str:
        return self.violations.get(code) or label(code)


_CUSTODY = "|".join(re.escape(a.value) for a in CustodyAction)
# The sentences older versions wrote about a record: a verb, the kind's code, then its label field's value.
_RECORD_VERBS = (
    "revealed the protected identity of",
    "updated the protected identity of",
    "created",
    "updated",
    "deleted",
)
_OLD_RECORD = re.compile(rf"({'|'.join(_RECORD_VERBS)}) ([a-z_]+) (.*)", re.DOTALL)
_OLD_CORRECTION = re.compile(r"corrected account \(version (\d+)\)")
_OLD_CUSTODY = re.compile(rf"(?:evidence ({_CUSTODY})|({_CUSTODY}): (.*))", re.DOTALL)
_OLD_TABLE = re.compile(r"exported the ([a-z_]+) table ")
_OLD_CONFLICT = re.compile(r"resolved a merge conflict on ([a-z_]+):")
_OLD_MERGED_CUSTODY = re.compile(rf"custody entry \(({_CUSTODY}) by ")


def shown(entry: Mapping[str, Any], names: Names) -> str:
    """What an audit entry says, in words, for people: its summary as written, with what older versions wrote
    in codes (a kind's code, a record's id, a custody action's code) read as words."""
    summary = str(entry.get("summary") or "")
    kind, record_id, case_id = str(entry.get("entity_type") or ""), entry.get("entity_id"), entry.get("case_id")
    if (found := _OLD_RECORD.fullmatch(summary)) and found.group(2) == kind and kind in registry.KINDS:
        # A record named by a name of its own is named as it was then; the others by what they join, as now.
        record = None if kind in _NAMED_BY else names.record(kind, record_id)
        what = names.phrase(kind, record) if record is not None else names.gone(kind, found.group(3))
        return capitalised(f"{found.group(1)} {what}{names.in_case(kind, case_id)}")
    if (found := _OLD_CORRECTION.fullmatch(summary)) and kind == Kind.ACCOUNT:
        record = names.record(kind, record_id)
        what = names.phrase(kind, record) if record is not None else kind_words(kind)
        return f"Corrected {what} (version {found.group(1)}){names.in_case(kind, case_id)}"
    if found := _OLD_CUSTODY.fullmatch(summary):
        action = found.group(1) or found.group(2)
        item = found.group(3) if found.group(2) else names.name(Kind.EVIDENCE, record_id)
        return _joined(label(action, CustodyAction) + (":" if item else ""), item or "")
    if found := _OLD_TABLE.match(summary):
        summary = f"exported the “{capitalised(kind_words(found.group(1)))}” table{summary[found.end(1) + 6 :]}"
    if found := _OLD_CONFLICT.match(summary):
        summary = f"resolved a merge conflict on {kind_words(found.group(1))}{summary[found.end(1) :]}"
    if summary.startswith("made a internal report"):  # older versions' grammar
        summary = "made an" + summary.removeprefix("made a")
    if found := _OLD_MERGED_CUSTODY.match(summary):
        summary = f"custody entry ({label(found.group(1), CustodyAction)} by {summary[found.end() :]}"
    return capitalised(summary)


def _values(obj: Any) -> dict[str, Any]:
    return {c.key: getattr(obj, c.key) for c in obj.__table__.columns}


def _joined(*parts: str) -> str:
    return " ".join(p for p in parts if p)


def _is_id(text: str) -> bool:
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True
