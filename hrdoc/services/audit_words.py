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
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdoc.domain import registry
from hrdoc.domain.enums import CustodyAction, Involvement, LinkRelation, label
from hrdoc.domain.errors import Phrase, Term
from hrdoc.domain.marks import N_
from hrdoc.domain.registry import Kind
from hrdoc.domain.vocabularies import VIOLATION_TYPE
from hrdoc.services.languages import ENGLISH
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


class Word(Phrase):
    """A word of the interface inside a sentence, in lower case as a sentence has it: an alleged perpetrator's
    involvement ("direct"), a link's relation ("supports"); its declared label ("Direct") is what is translated.
    A subclass shapes it otherwise (:class:`Capitalised`)."""

    @staticmethod
    def shaped(text: str) -> str:
        return _lowered(text)

    def __new__(cls, declared: str) -> Word:
        word = str.__new__(cls, cls.shaped(declared))
        word.template = declared
        word.params = {}
        return word

    def words(self, translate: Callable[[str], str]) -> str:
        return self.shaped(translate(self.template))


class Given(Phrase):
    """A name already in the reader's language (``shown``: a violation's label in French), English as text."""

    def __new__(cls, english: str, shown: str) -> Given:
        given = str.__new__(cls, english)
        given.template = english
        given.params = {}
        given.shown = shown
        return given

    shown: str

    def words(self, translate: Callable[[str], str]) -> str:
        return self.shown


def _lowered(text: str) -> str:
    return text[:1].lower() + text[1:]


def _term(kind: str) -> Term:
    return Term(kind_words(kind))


def _kinded(kind: str, name: str) -> str:
    """A record by its kind and its name, "incident Attack on a civilian convoy" (its kind alone if unnamed)."""
    return Phrase(N_("{kind} {name}"), kind=_term(kind), name=name) if name else _term(kind)


def _account(witness: str) -> Phrase:
    return Phrase(N_("account of {witness}"), witness=witness) if witness else Phrase(N_("account of a witness"))


def _victim(victim: str, allegation: str) -> str:
    if not allegation:
        return (
            Phrase(N_("victim {victim} of an allegation"), victim=victim) if victim else _term(Kind.ALLEGATION_VICTIM)
        )
    return Phrase(N_("victim {victim} of allegation {allegation}"), victim=victim or "?", allegation=allegation)


def _perpetrator(actor: str, involvement: str, allegation: str) -> Phrase:
    said = Word(involvement)
    if not allegation:
        if actor:
            return Phrase(N_("alleged perpetrator {actor} ({involvement} involvement)"), actor=actor, involvement=said)
        return Phrase(N_("alleged perpetrator ({involvement} involvement)"), involvement=said)
    return Phrase(
        N_("alleged perpetrator {actor} ({involvement} involvement) of allegation {allegation}"),
        actor=actor or "?",
        involvement=said,
        allegation=allegation,
    )


def _figure(value: str, origin: str, target: str) -> Phrase:
    """A reported figure by its value as given ("41", "20–35"), who gives it and what it is about."""
    if origin and target:
        return Phrase(
            N_("reported figure {value} from {origin} on {target}"), value=value, origin=origin, target=target
        )
    if origin:
        return Phrase(N_("reported figure {value} from {origin}"), value=value, origin=origin)
    if target:
        return Phrase(N_("reported figure {value} on {target}"), value=value, target=target)
    return Phrase(N_("reported figure {value}"), value=value)


def _link(origin: str, target: str, relation: str) -> Phrase:
    said = Word(relation)
    if origin and target:
        return Phrase(
            N_("evidence link from {origin} to {target} ({relation})"), origin=origin, target=target, relation=said
        )
    if origin:
        return Phrase(N_("evidence link from {origin} ({relation})"), origin=origin, relation=said)
    if target:
        return Phrase(N_("evidence link to {target} ({relation})"), target=target, relation=said)
    return Phrase(N_("evidence link ({relation})"), relation=said)


# What was done to a record, alone and in a case: by the verb the entry is written with.
_VERBS: dict[str, tuple[str, str]] = {
    "created": (N_("Created {record}"), N_("Created {record} in {case}")),
    "updated": (N_("Updated {record}"), N_("Updated {record} in {case}")),
    "deleted": (N_("Deleted {record}"), N_("Deleted {record} in {case}")),
    "revealed the protected identity of": (
        N_("Revealed the protected identity of {record}"),
        N_("Revealed the protected identity of {record} in {case}"),
    ),
    "updated the protected identity of": (
        N_("Updated the protected identity of {record}"),
        N_("Updated the protected identity of {record} in {case}"),
    ),
    "updated the consent of": (N_("Updated the consent of {record}"), N_("Updated the consent of {record} in {case}")),
    "corrected": (
        N_("Corrected {record} (version {version})"),
        N_("Corrected {record} (version {version}) in {case}"),
    ),
}


def _done(verb: str, what: str, case: str, version: object = None) -> str:
    """What was done to a record, in one sentence ("Created account of W-01 in ML-2025-004"), with the case's
    reference (``case``, "" for none) and, for a correction, the account's new version."""
    templates = _VERBS.get(verb)
    if templates is None:
        return capitalised(_joined(verb, what, f"(version {version})" if version is not None else "")) + (
            f" in {case}" if case else ""
        )
    params: dict[str, object] = {"record": what}
    if case:
        params["case"] = case
    if version is not None:
        params["version"] = version
    return Phrase(templates[1] if case else templates[0], **params)


class Names:
    """What records are called in the log's sentences. A subclass says how a record is read (by kind and id) and
    what a violation's code is called; the rest is worded here, once, for entries written now and those shown.
    The words are phrases (:class:`~hrdoc.domain.errors.Phrase`): English as text, put into the reader's language
    by the GUI and the CLI."""

    def record(self, kind: str, record_id: object) -> Record | None:
        raise NotImplementedError

    def violation(self, code: str) -> str:
        raise NotImplementedError

    def violation_words(self, english: str) -> str:
        """A violation's label as an entry wrote it (in English), in the language names are read in."""
        return english

    def name(self, kind: str, record_id: object) -> str:
        """What the record with this id is called ("" if there is none)."""
        found = self.record(kind, record_id) if record_id else None
        return "" if found is None else self.name_of(kind, found)

    def name_of(self, kind: str, record: Record) -> str:
        """What a record is called, as tables and pickers call it: an incident by its title, an allegation by its
        violation and its incident, an account by its witness."""
        if kind == Kind.ALLEGATION:
            return _allegation(
                self.violation(str(record["violation_type"])), self.name(Kind.INCIDENT, record["incident_id"])
            )
        if kind == Kind.ACCOUNT:
            return _account(self.name(Kind.WITNESS, record["witness_id"]))
        if kind == Kind.VOCABULARY_TERM:
            return str(record.get("label_en") or "")
        named_by = _NAMED_BY.get(Kind(kind)) if kind in registry.KINDS else None
        return str(record.get(named_by) or "") if named_by else ""

    def called(self, kind: str, record_id: object) -> str:
        """The record with this id, its kind before its name ("source Human Rights Watch reports…"), but for an
        account, whose name says its kind ("account of W-01")."""
        name = self.name(kind, record_id)
        return name if kind == Kind.ACCOUNT and name else _kinded(kind, name)

    def phrase(self, kind: str, record: Record) -> str:
        """The record as the object of a verb: "incident Attack on a civilian convoy near Annefif", "victim V-01
        of allegation …", "alleged perpetrator Wagner Group (direct involvement) of allegation …", "evidence
        link from source … to allegation … (supports)", "account of W-01"."""
        if kind == Kind.ALLEGATION_VICTIM:
            victim = self.name(Kind.VICTIM, record["victim_id"])
            return _victim(victim, self.name(Kind.ALLEGATION, record["allegation_id"]))
        if kind == Kind.PERPETRATOR:
            actor = self.name(Kind.ACTOR, record["actor_id"])
            involvement = label(str(record["involvement"]), Involvement)
            return _perpetrator(actor, involvement, self.name(Kind.ALLEGATION, record["allegation_id"]))
        if kind == Kind.LINK:
            origin = next((self.called(k, record[f]) for f, k in _ORIGINS if record.get(f)), "")
            target = next((self.called(k, record[f]) for f, k in _TARGETS if record.get(f)), "")
            return _link(origin, target, label(str(record["relation"]), LinkRelation))
        if kind == Kind.FIGURE:
            origin = next((self.called(k, record[f]) for f, k in _ORIGINS[:2] if record.get(f)), "")
            target = next((self.called(k, record[f]) for f, k in _TARGETS if record.get(f)), "")
            high = record.get("value_high")
            return _figure(f"{record.get('value')}" + (f"–{high}" if high is not None else ""), origin, target)
        if kind == Kind.ACCOUNT:
            return self.name_of(kind, record)
        if kind == Kind.VOCABULARY_TERM:
            return Phrase(
                N_("{kind} {name} ({vocabulary})"),
                kind=_term(kind),
                name=self.name_of(kind, record),
                vocabulary=_term(str(record["vocabulary"])),
            )
        return _kinded(kind, self.name_of(kind, record))

    def reference(self, kind: str, case_id: object) -> str:
        """The reference of the case a record is in ("" for the case itself or a record of none)."""
        return "" if kind == Kind.CASE or not case_id else self.name(Kind.CASE, case_id)

    def in_case(self, kind: str, case_id: object) -> str:
        """ " in ML-2025-004" for a record of a case (nothing for the case itself or a record of none)."""
        reference = self.reference(kind, case_id)
        return f" in {reference}" if reference else ""

    def sentence(self, verb: str, kind: str, record: Record, case_id: object = None, *, version: object = None) -> str:
        """What was done to a record, in one sentence: "Created account of W-01 in ML-2025-004" (``version``: an
        account's new version, for "corrected")."""
        return _done(verb, self.phrase(kind, record), self.reference(kind, case_id), version)

    def gone(self, kind: str, stored: str) -> str:
        """A record no longer here, from what an older entry held after its kind: a name, an id (of the record or,
        for an account, of its witness), a violation's code, a perpetrator's involvement or a link's relation."""
        held = stored.strip()
        if kind == Kind.ACCOUNT:
            return self.name_of(kind, {"witness_id": held})
        if kind == Kind.ALLEGATION_VICTIM:
            return _victim(self.name(Kind.VICTIM, held), "")
        if kind == Kind.ALLEGATION:
            return _kinded(kind, self.violation(held))
        if kind == Kind.VOCABULARY_TERM:
            return _kinded(kind, label(held))
        if kind == Kind.PERPETRATOR and held in set(Involvement):
            return _perpetrator("", label(held, Involvement), "")
        if kind == Kind.LINK and held in set(LinkRelation):
            return _link("", "", label(held, LinkRelation))
        return _kinded(kind, "" if _is_id(held) else held)

    # -- what an entry written by this version says, read back ------------------------------------------------

    def read_back(self, kind: str, text: str) -> str:
        """The record a sentence written by :meth:`phrase` names, as the phrase it was written from (so that it
        is shown in the reader's language); ``text`` itself where it cannot be read back exactly."""
        found = self._read(kind, text)
        return found if str(found) == text else text

    def _read(self, kind: str, text: str) -> str:
        if kind == Kind.ACCOUNT:
            return _account(text.removeprefix("account of ")) if text.startswith("account of ") else text
        if kind == Kind.ALLEGATION and text.startswith("allegation "):
            return _kinded(kind, self._allegation_read(text.removeprefix("allegation ")))
        if kind == Kind.ALLEGATION_VICTIM and (found := _VICTIM.fullmatch(text)):
            return _victim(found.group(1) or "", self._allegation_read(found.group(2) or ""))
        if kind == Kind.PERPETRATOR and (found := _PERPETRATOR.fullmatch(text)):
            involvement = _WORDS_OF.get((Involvement, found.group(2)), found.group(2))
            return _perpetrator(found.group(1) or "", involvement, self._allegation_read(found.group(3) or ""))
        if kind == Kind.LINK and (found := _LINK.fullmatch(text)):
            origin, target = (
                self._called_read(found.group(i) or "", kinds) for i, kinds in ((1, _ORIGINS), (2, _TARGETS))
            )
            return _link(origin, target, _WORDS_OF.get((LinkRelation, found.group(3)), found.group(3)))
        if kind == Kind.FIGURE and (found := _FIGURE.fullmatch(text)):
            origin = self._called_read(found.group(2) or "", _ORIGINS[:2])
            return _figure(found.group(1), origin, self._called_read(found.group(3) or "", _TARGETS))
        if kind == Kind.VOCABULARY_TERM:
            return text
        if text == kind_words(kind):
            return _term(kind)
        prefix = kind_words(kind) + " "
        return _kinded(kind, text.removeprefix(prefix)) if text.startswith(prefix) else text

    def _allegation_read(self, name: str) -> str:
        violation, dash, incident = name.partition(" — ")
        return _allegation(self.violation_words(violation), incident) if dash else name

    def _called_read(self, text: str, kinds: tuple[tuple[str, Kind], ...]) -> str:
        for _field, kind in kinds:
            found = self._read(kind, text)
            if found is not text and str(found) == text:
                return found
        return text


def _allegation(violation: str, incident: str) -> str:
    if violation and incident:
        return Phrase(N_("{violation} — {incident}"), violation=violation, incident=incident)
    return violation or incident


_VICTIM = re.compile(r"victim (?:(.+?) )?of (?:allegation (.+)|an allegation)", re.DOTALL)
_PERPETRATOR = re.compile(r"alleged perpetrator (?:(.+?) )?\(([^()]+) involvement\)(?: of allegation (.+))?", re.DOTALL)
_LINK = re.compile(r"evidence link(?: from (.+?))?(?: to (.+?))? \(([^()]+)\)", re.DOTALL)
_FIGURE = re.compile(
    r"reported figure ([0-9]+(?:–[0-9]+)?)(?: from (.+?))?(?: on ((?:allegation|incident) .+))?", re.DOTALL
)
# A value of an enum as a sentence writes it (lower case) -> its declared label.
_WORDS_OF = {(e, _lowered(label(v, e))): label(v, e) for e in (Involvement, LinkRelation) for v in e}


class StoredNames(Names):
    """Names read from the store, in the unit of work writing the entry (the record itself may be just made), or
    reading entries to show them: violations are then named in ``language``."""

    def __init__(self, session: Session, language: str = ENGLISH) -> None:
        self.session = session
        self.language = language
        self._violations: dict[str, str] | None = None
        self._from_english: dict[str, str] | None = None

    def record(self, kind: str, record_id: object) -> Record | None:
        from hrdoc.services.records_kinds import KINDS

        try:
            rid = record_id if isinstance(record_id, uuid.UUID) else uuid.UUID(str(record_id))
        except ValueError:
            return None
        spec = KINDS.get(kind)
        found = self.session.get(spec.model, rid) if spec is not None else None
        return None if found is None else _values(found)

    def _labels(self) -> tuple[dict[str, str], dict[str, str]]:
        if self._violations is None or self._from_english is None:
            t = m.VocabularyTerm
            column = {"fr": t.label_fr, "ar": t.label_ar}.get(self.language, t.label_en)
            rows = self.session.execute(select(t.code, t.label_en, column).where(t.vocabulary == VIOLATION_TYPE)).all()
            self._violations = {code: said or english for code, english, said in rows}
            self._from_english = {english: said or english for _code, english, said in rows}
        return self._violations, self._from_english

    def violation(self, code: str) -> str:
        return self._labels()[0].get(code) or label(code)

    def violation_words(self, english: str) -> str:
        shown = self._labels()[1].get(english, english)
        return english if shown == english else Given(english, shown)


def said(session: Session, verb: str, kind: str, obj: Any, *, version: object = None) -> str:
    """What was done to ``obj``, a record of ``kind`` held by ``session``, as its audit entry says it: "Created
    account of W-01 in ML-2025-004" (a phrase; the entry keeps its English text)."""
    values = _values(obj)
    return StoredNames(session).sentence(verb, kind, values, values.get("case_id"), version=version)


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
_CONFLICT_REVEAL = re.compile(
    r"revealed the protected identity of ([a-z_]+) (.*) in a merge conflict \(both versions\)", re.DOTALL
)


def shown(entry: Mapping[str, Any], names: Names) -> str:
    """What an audit entry says, in words, for people: its summary as written, with what older versions wrote
    in codes (a kind's code, a record's id, a custody action's code) read as words. The sentences this version
    writes come back as the phrases they were written from (:class:`~hrdoc.domain.errors.Phrase`: English as
    text), so that the GUI and the CLI show them in the reader's language; any other as written."""
    summary = str(entry.get("summary") or "")
    kind, record_id, case_id = str(entry.get("entity_type") or ""), entry.get("entity_id"), entry.get("case_id")
    if (found := _CONFLICT_REVEAL.fullmatch(summary)) and found.group(1) == kind and kind in registry.KINDS:
        return Phrase(
            N_("Revealed the protected identity of {record} in a merge conflict (both versions)"),
            record=_kinded(kind, found.group(2)),
        )
    if (found := _OLD_RECORD.fullmatch(summary)) and found.group(2) == kind and kind in registry.KINDS:
        # A record named by a name of its own is named as it was then; the others by what they join, as now.
        record = None if kind in _NAMED_BY else names.record(kind, record_id)
        what = names.phrase(kind, record) if record is not None else names.gone(kind, found.group(3))
        return _done(found.group(1), what, names.reference(kind, case_id))
    if (found := _OLD_CORRECTION.fullmatch(summary)) and kind == Kind.ACCOUNT:
        record = names.record(kind, record_id)
        what = names.phrase(kind, record) if record is not None else _term(kind)
        return _done("corrected", what, names.reference(kind, case_id), found.group(1))
    if found := _OLD_CUSTODY.fullmatch(summary):
        action = found.group(1) or found.group(2)
        item = found.group(3) if found.group(2) else names.name(Kind.EVIDENCE, record_id)
        return _custody(label(action, CustodyAction), item or "")
    if found := _OLD_TABLE.match(summary):
        summary = f"exported the “{capitalised(kind_words(found.group(1)))}” table{summary[found.end(1) + 6 :]}"
    if found := _OLD_CONFLICT.match(summary):
        summary = f"resolved a merge conflict on {kind_words(found.group(1))}{summary[found.end(1) :]}"
    if summary.startswith("made a internal report"):  # older versions' grammar
        summary = "made an" + summary.removeprefix("made a")
    if found := _OLD_MERGED_CUSTODY.match(summary):
        summary = f"custody entry ({label(found.group(1), CustodyAction)} by {summary[found.end() :]}"
    return _read_back(capitalised(summary), kind, names.reference(kind, case_id), names)


def _custody(action: str, item: str) -> str:
    """A custody entry's sentence: "Entered the vault: photo.jpg" (its action alone without an item)."""
    return Phrase(N_("{action}: {item}"), action=Term(action), item=item) if item else Term(action)


_CUSTODY_LABELS = {label(a, CustodyAction): a for a in CustodyAction}
_CORRECTED = re.compile(r"(.*) \(version (\d+)\)", re.DOTALL)


def _read_back(text: str, kind: str, case: str, names: Names) -> str:
    """A sentence this version writes, as the phrase it was written from; ``text`` as it is if it is none."""
    if (found := _DONE.fullmatch(text)) and kind in registry.KINDS:
        verb, what, version = _lowered(found.group(1)), found.group(2), None
        in_case = bool(case) and what.endswith(f" in {case}")
        what = what.removesuffix(f" in {case}") if in_case else what
        if verb == "corrected" and (corrected := _CORRECTED.fullmatch(what)):
            what, version = corrected.group(1), corrected.group(2)
        elif verb == "corrected":
            return text
        done = _done(verb, names.read_back(kind, what), case if in_case else "", version)
        return done if str(done) == text else text
    if (found := _RESOLVED.fullmatch(text)) and kind in registry.KINDS:
        return _resolved(text, found.group(1), found.group(2), kind, case, names)
    action, colon, item = text.partition(": ")
    if (colon or action == text) and action in _CUSTODY_LABELS:  # "Entered the vault: photo.jpg", "Viewed (preview)"
        return _custody(action, item)
    if found := _ROLES.fullmatch(text):
        return _roles(found.group(1)) or text
    return _sentence(text, _SENTENCES) or text


def _sentence(text: str, sentences: list[tuple[re.Pattern[str], str]]) -> Phrase | None:
    """``text`` as the phrase of the first of ``sentences`` that writes it exactly, each parameter read as what
    it holds (:data:`_READ_AS`); None if none does."""
    for pattern, template in sentences:
        if found := pattern.fullmatch(text):
            said = Phrase(template, **{k: _READ_AS.get(k, _as_is)(v) for k, v in found.groupdict().items()})
            if str(said) == text:
                return said
    return None


def _as_is(text: str) -> str:
    return text


def _resolved(text: str, what: str, choice: str, kind: str, case: str, names: Names) -> str:
    """ "Resolved a merge conflict on victim V-01 of allegation … in ML-2025-004: kept the local version" as its
    phrase (``text`` as it is if it cannot be read back exactly)."""
    in_case = bool(case) and what.endswith(f" in {case}")
    record = names.read_back(kind, what.removesuffix(f" in {case}") if in_case else what)
    templates = _RESOLUTIONS[choice]
    said = Phrase(templates[1], record=record, case=case) if in_case else Phrase(templates[0], record=record)
    return said if str(said) == text else text


def _roles(listed: str) -> Phrase | None:
    """The roles the team store's owner set, "amina as investigator; observer as reader", as phrases."""
    roles: list[Phrase] = []
    for part in listed.split("; "):
        name, _as, role = part.rpartition(" as ")
        if not name or role not in _PARTS:
            return None
        roles.append(Phrase(N_("{name} as {role}"), name=name, role=Term(_PARTS[role])))
    joined = roles[0]
    for role_said in roles[1:]:
        joined = Phrase(N_("{roles}; {role}"), roles=joined, role=role_said)
    said = Phrase(N_("Set the team store's database roles: {roles}"), roles=joined)
    return said if str(said) == f"Set the team store's database roles: {listed}" else None


def _problem(text: str) -> str:
    """What was wrong with a team store's audit log (as the team log's check words it), as its phrase."""
    return _sentence(text, _PROBLEMS) or text


def _custody_action(text: str) -> str:
    return Term(text) if text in _CUSTODY_LABELS else text


class Capitalised(Word):
    """A kind of record named at the start of a title, "Victim of an allegation": its label, capitalised in
    the reader's language."""

    @staticmethod
    def shaped(text: str) -> str:
        return capitalised(text)


def _table(text: str) -> str:
    """A table's name as an export's entry writes it ("Victim of an allegation"), as the kind's label."""
    declared = next((k.label for k in registry.KINDS.values() if capitalised(k.label) == text), None)
    return text if declared is None else Capitalised(declared)


# What a parameter of the sentences read back holds, by its name: read as a phrase in turn where it is one.
_READ_AS: dict[str, Callable[[str], str]] = {
    "action": _custody_action,
    "table": _table,
    "problem": _problem,
    "fault": _problem,
    "now": _problem,
}
_RESOLVED = re.compile(r"Resolved a merge conflict on (.+): kept the (local|incoming) version", re.DOTALL)
_RESOLUTIONS = {
    "local": (
        N_("Resolved a merge conflict on {record}: kept the local version"),
        N_("Resolved a merge conflict on {record} in {case}: kept the local version"),
    ),
    "incoming": (
        N_("Resolved a merge conflict on {record}: kept the incoming version"),
        N_("Resolved a merge conflict on {record} in {case}: kept the incoming version"),
    ),
}
_ROLES = re.compile(r"Set the team store's database roles: (.+)", re.DOTALL)
# The parts a role of the team store plays (services.team_roles.Part), by their names in words.
_PARTS = {"investigator": N_("investigator"), "reader": N_("reader")}


# A verb that says what was done to a record, as an entry written now begins with it.
_DONE = re.compile(rf"({'|'.join(capitalised(v) for v in sorted(_VERBS, key=len, reverse=True))}) (.+)", re.DOTALL)


def _pattern(template: str) -> re.Pattern[str]:
    """What matches the English sentence ``template`` writes, each of its parameters a group of that name."""
    parts = re.split(r"\{(\w+)\}", template)
    return re.compile(
        "".join(f"(?P<{p}>.+?)" if i % 2 else re.escape(p) for i, p in enumerate(parts)),
        re.DOTALL,
    )


def _patterns(*templates: str) -> list[tuple[re.Pattern[str], str]]:
    return [(_pattern(t), t) for t in templates]


# Other sentences the services write, by what they say: read back to be shown in the reader's language.
_SENTENCES = _patterns(
    N_("Unlocked the store"),
    N_("Verified {file}"),
    N_("Removed {file}"),
    N_("Working copy made of {file}"),
    N_("Made an internal report of case {case}"),
    N_("Made a partners report of case {case}"),
    N_("Made a public report of case {case}"),
    N_("Adopted actor {name} from case {case}"),
    N_("Merged a copy of case {case} from {origin}"),
    N_("Imported {count} incidents into case {case} from the ACLED file {file} ({rejected} rows rejected)"),
    N_("Imported {count} incidents into case {case} from the ACLED file {file}"),
    N_("Left in the bundle {bundle}"),
    N_("Arrived in the bundle {bundle}"),
    N_("Exported the “{table}” table of case {case} as CSV for the internal audience"),
    N_("Exported the “{table}” table of case {case} as CSV for the partners audience"),
    N_("Exported the “{table}” table of case {case} as CSV for the public audience"),
    N_("Exported the incidents of case {case} as ACLED CSV for the internal audience"),
    N_("Exported the incidents of case {case} as ACLED CSV for the partners audience"),
    N_("Exported the incidents of case {case} as ACLED CSV for the public audience"),
    N_("Custody entry ({action} by {actor}) merged from {origin}"),
    N_("Accepted the audit log of the team store {where} as it now is, although {problem}"),
)
# What the team store's log check (services.exchange.team_log) says was wrong with its log, as it words it.
_PROBLEMS = _patterns(
    N_("its audit log was rewritten behind this store: {fault}, which this store saw at its last sync ({seen})"),
    N_("its audit log was changed outside hrdoc: {fault}"),
    N_("it is not the store this store last synced with there ({seen}): its id {now} (it was {team_id})"),
    N_("is gone"),
    N_("is now {team_id}"),
    N_("entry {start_seq} is gone ({now})"),
    N_("its log now ends at entry {end}"),
    N_("its log is now empty"),
    N_("entry {start_seq} is no longer the entry this store saw"),
    N_("entry {expected_seq} is missing (the next is {seq})"),
    N_("entry {seq} does not follow on from the entries before it"),
)


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
