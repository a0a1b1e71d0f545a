"""The sharing policy: the one place that decides what of a case leaves the store for an audience.

Every output asks it — reports, bundles, CSV tables, the ACLED export, evidence exports, search results shown
for an audience — and none decides on its own. It is an allow-list built from the record registry
(:mod:`hrdoc.domain.registry`): a field reaches an audience only if its declared sensitivity allows it, so a
field nobody declared public never reaches the public, and a new field is internal until declared otherwise.

On top of the fields, three rules decide which records go:

* **visibility** — the public sees ``public`` records; partners ``public`` and ``restricted``; the team all.
  A case goes with any of its records; of a case its visibility hides, only the fields naming it go
  (:func:`case_fields`);
* **consent** — beyond the team, a witness's account goes only if the witness agreed to sharing beyond the
  team (``share_with_partners``); its words (narrative, key quotes, excerpts linked from it: fields declared
  ``quoted_words``) reach the public only if the witness agreed to be quoted and the current version is marked
  quotable; a witness appears beyond the team only with an account that goes;
* **dependency** — a record goes only with the records it depends on (an allegation with its incident, a link
  with both its ends, a reported figure with its source or account and its incident or allegation: a figure whose
  source is withheld is withheld); an incident goes without a place withheld from it, and a working copy of an
  evidence file (a blurred photo, a redacted PDF) without its original, which is usually what must stay hidden.
  A record that goes without a record it refers to goes without the reference too (:func:`without_withheld`):
  even an id tells that a withheld record exists.

Protected identities (legal names, contacts, residences) leave only in internal bundles, which the CLI and the
app offer to encrypt; no report or table ever carries them.

A place's **position** reaches each audience only as precisely as :data:`POSITIONS` declares: its latitude and
longitude rounded (public: to 0.1°, about 11 km; partners: to 0.01°, about 1 km; the team: as recorded), and the
precision it is said to have no finer than the rounding allows (a public "exact" place is "near"). A place's
name, district and region are public fields already, so what the rounding withholds is the spot within them: the
house, the grave site, the detention site, the camp a witness lives in. A tenth of a degree is coarser than any
village and finer than a district: enough to place an incident on a country's map (a locator map at 1:10 000 000
draws 0.1° as about a millimetre) and to count events by area as ACLED's users do, too coarse to walk to.
Partners (lawyers, UN investigators) need to know which settlement it was, not which house: a hundredth of a
degree. Every output that hands out a place's fields applies it through :func:`share` or, where it reads fields
one at a time (a report's records, a table's columns), :func:`position_shown`; a copy coming back with the
coarse position it was given changes nothing (:func:`with_position_kept`).
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from hrdoc.domain.enums import GeoPrecision, Visibility
from hrdoc.domain.errors import Phrase
from hrdoc.domain.marks import N_
from hrdoc.domain.registry import KINDS, RECORD_KINDS, Kind, Sensitivity
from hrdoc.domain.validation import ValidationError


class Audience(StrEnum):
    PUBLIC = "public"
    PARTNERS = "partners"
    INTERNAL = "internal"

    @classmethod
    def parse(cls, value: str | Audience) -> Audience:
        try:
            return cls(value)
        except ValueError:
            names = ", ".join(a.value for a in cls)
            raise ValidationError.single("audience", Phrase(N_("choose one of {names}"), names=names)) from None

    @property
    def label(self) -> str:
        """The audience's name (English source text, marked for translation: the interface translates it)."""
        return {
            "public": N_("Public"),
            "partners": N_("Partners (restricted)"),
            "internal": N_("Internal (confidential)"),
        }[self.value]

    @property
    def banner(self) -> str | None:
        """The classification printed on every page, or None for a public report (marked for translation)."""
        return {"public": None, "partners": N_("RESTRICTED — PARTNERS"), "internal": N_("CONFIDENTIAL — INTERNAL")}[
            self.value
        ]

    def may_see(self, visibility: str) -> bool:
        return record_shown(visibility, self)


AUDIENCES: tuple[str, ...] = tuple(a.value for a in Audience)


def narrowest(*audiences: Audience | str) -> Audience:
    """Of the audiences given, the one that sees least (public, then partners, then internal)."""
    order = list(Audience)
    return min((Audience.parse(a) for a in audiences), key=order.index)


_VISIBILITIES: dict[Audience, frozenset[str]] = {
    Audience.PUBLIC: frozenset({Visibility.PUBLIC.value}),
    Audience.PARTNERS: frozenset({Visibility.PUBLIC.value, Visibility.RESTRICTED.value}),
    Audience.INTERNAL: frozenset(v.value for v in Visibility),
}
_SENSITIVITIES: dict[Audience, frozenset[Sensitivity]] = {
    Audience.PUBLIC: frozenset({Sensitivity.PUBLIC}),
    Audience.PARTNERS: frozenset({Sensitivity.PUBLIC, Sensitivity.PARTNERS}),
    Audience.INTERNAL: frozenset({Sensitivity.PUBLIC, Sensitivity.PARTNERS, Sensitivity.INTERNAL}),
}


def visibilities(audience: Audience) -> frozenset[str]:
    """The record visibilities the audience may see."""
    return _VISIBILITIES[Audience(audience)]


def record_shown(visibility: str, audience: Audience | str) -> bool:
    return visibility in _VISIBILITIES[Audience(audience)]


@functools.cache
def fields(kind: str, audience: Audience, *, identities: bool = False) -> frozenset[str]:
    """The fields of ``kind`` that may reach ``audience``; protected identities only with ``identities`` (an
    internal bundle), never otherwise."""
    allowed = _SENSITIVITIES[Audience(audience)]
    if identities and Audience(audience) is Audience.INTERNAL:
        allowed = allowed | {Sensitivity.PROTECTED}
    return frozenset(f.name for f in KINDS[kind].fields if f.sensitivity in allowed)


@functools.cache
def quoted_words(kind: str) -> frozenset[str]:
    """The fields of ``kind`` that hold a witness's own words."""
    return frozenset(f.name for f in KINDS[kind].fields if f.quoted_words)


def share(
    kind: str, row: Mapping[str, Any], audience: Audience, *, words: bool = True, identities: bool = False
) -> dict[str, Any]:
    """``row`` as ``audience`` may receive it: only the allowed fields; without the witness's words unless
    ``words`` (see :func:`account_rule`). A case is always cut by its own visibility (:func:`case_fields`;
    a case row without its visibility goes named only), so no output can pass on a hidden case's summary."""
    allowed = fields(kind, Audience(audience), identities=identities)
    if kind == Kind.CASE and Audience(audience) is not Audience.INTERNAL:
        visibility = row.get("visibility")
        allowed = case_fields(visibility, audience) if visibility is not None else allowed & _CASE_KEPT
    if not words:
        allowed = allowed - quoted_words(kind)
    out = {k: v for k, v in row.items() if k in allowed}
    for name in _POSITION_FIELDS.get(kind, ()):
        if name in out:
            out[name] = position_shown(kind, name, out[name], audience)
    return out


@dataclass(frozen=True, slots=True)
class PositionRule:
    """How precisely an audience sees a place's position (see the module's docstring)."""

    decimals: int | None  # latitude and longitude rounded to this many decimals of a degree; None: as recorded
    finest: GeoPrecision  # the finest precision a place is said to have once rounded


POSITIONS: dict[Audience, PositionRule] = {
    Audience.PUBLIC: PositionRule(1, GeoPrecision.NEAR),  # 0.1°: about 11 km north to south
    Audience.PARTNERS: PositionRule(2, GeoPrecision.EXACT),  # 0.01°: about 1 km, the settlement not the house
    Audience.INTERNAL: PositionRule(None, GeoPrecision.EXACT),
}

# The fields that hold a position, by kind: degrees (rounded) and the precision the position is said to have.
POSITION_DEGREES: dict[str, frozenset[str]] = {Kind.LOCATION: frozenset({"latitude", "longitude"})}
POSITION_PRECISION: dict[str, str] = {Kind.LOCATION: "geo_precision"}
_POSITION_FIELDS: dict[str, frozenset[str]] = {
    kind: POSITION_DEGREES.get(kind, frozenset()) | {POSITION_PRECISION[kind]} for kind in POSITION_DEGREES
}
# Finest first.
_GEO_ORDER = (GeoPrecision.EXACT, GeoPrecision.NEAR, GeoPrecision.REGION)


def position_fields(kind: str) -> frozenset[str]:
    """The fields of ``kind`` that :func:`position_shown` changes for an audience (none for most kinds)."""
    return _POSITION_FIELDS.get(kind, frozenset())


def position_shown(kind: str, name: str, value: Any, audience: Audience | str) -> Any:
    """The value of a record's field ``name`` as ``audience`` may see it: a degree of a position rounded as
    :data:`POSITIONS` declares, a precision no finer than the rounding allows; any other field's value as it is."""
    rule = POSITIONS[Audience(audience)]
    if value is None or rule.decimals is None:
        return value
    if name in POSITION_DEGREES.get(kind, ()):
        return round(float(value), rule.decimals) + 0.0  # + 0.0: -0.0 (a rounded -0.04) written as 0.0
    if name == POSITION_PRECISION.get(kind) and value in _GEO_ORDER:
        return _GEO_ORDER[max(_GEO_ORDER.index(GeoPrecision(value)), _GEO_ORDER.index(rule.finest))].value
    return value


def with_position_kept(
    kind: str, incoming: Mapping[str, Any], local: Mapping[str, Any], audience: Audience | str
) -> dict[str, Any]:
    """A copy's record coming back, its position fields as this store holds them (``local``) where the copy holds
    them as ``audience`` was given them: a copy for the public carries 16.3 for this store's 16.273918, and a
    partner who corrected the place's name must not move the place by a kilometre. A position the other side
    changed (another value than it was given) is the other side's change, and stays."""
    out = dict(incoming)
    for name in _POSITION_FIELDS.get(kind, ()):
        if name in out and name in local and out[name] == position_shown(kind, name, local[name], audience):
            out[name] = local[name]
    return out


# The fields that name a case. A case goes to whoever receives any of it, named by these whatever its visibility
# (a report's cover, a bundle's manifest, a search hit's case): they say what is shared.
CASE_NAMED_BY = frozenset({"id", "reference", "title"})


def case_fields(visibility: str, audience: Audience | str) -> frozenset[str]:
    """The fields of a case of ``visibility`` that reach ``audience``: those it may see (:func:`fields`) when the
    case's visibility lets it see the case, else only those that name the case (:data:`CASE_NAMED_BY`), so that a
    restricted case's summary, status and tags never reach the public."""
    allowed = fields(Kind.CASE, Audience(audience))
    return allowed if record_shown(visibility, audience) else allowed & _CASE_KEPT


# What goes of a case hidden from the audience: what names it, its visibility (so a receiver keeps it hidden) and
# the bookkeeping every copy of a record carries (version, times), none of which says anything of the case.
_CASE_KEPT = CASE_NAMED_BY | {"visibility"} | {f.name for f in KINDS[Kind.CASE].fields if f.system}


def offered_across_cases(case_visibility: str, visibility: str, audience: Audience | str) -> bool:
    """Whether a record of one case is offered to ``audience`` for reuse in another case (an actor known in the
    store, adopted into a case as a copy: services.actors_shared): only if the audience may see the record and
    its case both, so that a restricted or confidential case makes its records known to no one it is hidden from."""
    return record_shown(case_visibility, audience) and record_shown(visibility, audience)


def identities_travel(audience: Audience | str) -> bool:
    """Whether protected identities go with a bundle for this audience (internal only)."""
    return Audience(audience) is Audience.INTERNAL


def account_rule(
    audience: Audience | str, *, shared: bool | None, quoted: bool | None, quotable: bool | None
) -> bool | None:
    """Whether a witness's account goes to ``audience``: None if not at all, else whether its words go too.

    ``shared`` and ``quoted`` are the witness's consent to sharing beyond the team and to being quoted
    (None: no consent recorded, which is no consent); ``quotable`` marks the account's current version.
    """
    who = Audience(audience)
    if who is Audience.INTERNAL:
        return True
    if not shared:
        return None
    if who is Audience.PARTNERS:
        return True
    return bool(quoted and quotable)


@dataclass(frozen=True, slots=True)
class Listed:
    """A record as :func:`records_shown` weighs it: its visibility and what its references point at (field →
    id of the record referred to, as the registry declares the field's ``ref``)."""

    visibility: str
    refs: Mapping[str, uuid.UUID | None] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class AccountConsent:
    """What decides whether an account goes: its witness, the witness's consent to sharing beyond the team and
    to being quoted (None: no consent recorded), and whether its current version is marked quotable."""

    witness_id: uuid.UUID
    shared: bool | None
    quoted: bool | None
    quotable: bool | None


# The kinds that may hold a witness's words from the account they start from (an excerpt, a figure's wording).
_FROM_ACCOUNTS = frozenset({Kind.LINK, Kind.FIGURE})


# References a record goes without when the record referred to is withheld: an incident goes without its place;
# a working copy (a blurred photo, a redacted PDF, a screenshot of a page) without its original, so that a public
# copy of a confidential original can be published (the original, with its faces or GPS, stays where it may go).
OPTIONAL_DEPENDENCIES = frozenset({(Kind.INCIDENT, "location_id"), (Kind.EVIDENCE, "original_id")})


def records_shown(
    audience: Audience | str,
    records: Mapping[str, Mapping[uuid.UUID, Listed]],
    accounts: Mapping[uuid.UUID, AccountConsent],
) -> dict[str, dict[uuid.UUID, bool]]:
    """Which of ``records`` go to ``audience``: kind → {record id → whether a witness's words in it go}.

    ``records`` holds records of a case (or of several) by kind, with every record they refer to and, for a
    witness, its accounts; a case itself goes whatever its visibility, being what is shared (of it, only the
    fields :func:`case_fields` allows). ``accounts`` holds the consent that governs each account. The three
    rules of this module apply: visibility, consent (:func:`account_rule`; beyond the team a witness goes only
    with an account that goes) and dependency (a record goes only with every record it refers to, but for
    :data:`OPTIONAL_DEPENDENCIES`).
    """
    who = Audience(audience)
    rules = {
        aid: account_rule(who, shared=c.shared, quoted=c.quoted, quotable=c.quotable) for aid, c in accounts.items()
    }
    # Beyond the team, the witnesses with an account that goes (visible, consented to): accounts need nothing
    # else than their witness, so this is known before any witness is decided.
    with_account = {
        c.witness_id
        for aid, c in accounts.items()
        if rules[aid] is not None and _visible(Kind.ACCOUNT, aid, records, who)
    }
    decided: dict[tuple[str, uuid.UUID], bool] = {}

    def goes(kind: str, rid: uuid.UUID) -> bool:
        key = (kind, rid)
        if key not in decided:
            decided[key] = False  # a record referring to itself, through others, never goes
            decided[key] = (
                _visible(kind, rid, records, who)
                and (kind != Kind.ACCOUNT or rules.get(rid) is not None)
                and (kind != Kind.WITNESS or who is Audience.INTERNAL or rid in with_account)
                and all(
                    target is None or (kind, name) in OPTIONAL_DEPENDENCIES or goes(_REFS[kind][name], target)
                    for name, target in records[kind][rid].refs.items()
                )
            )
        return decided[key]

    out: dict[str, dict[uuid.UUID, bool]] = {}
    for kind in RECORD_KINDS:
        out[kind] = {}
        for rid, row in records.get(kind, {}).items():
            if not goes(kind, rid):
                continue
            account = rid if kind == Kind.ACCOUNT else row.refs.get("account_id") if kind in _FROM_ACCOUNTS else None
            out[kind][rid] = account is None or bool(rules.get(account))
    return out


def without_withheld(
    kind: str, row: Mapping[str, Any], shown: Mapping[str, Mapping[uuid.UUID, bool]]
) -> dict[str, Any]:
    """``row``, a record of ``kind`` that goes (``shown``: what :func:`records_shown` decided), without its references
    to records that do not go: those of :data:`OPTIONAL_DEPENDENCIES` (an incident's place, a working copy's
    original) left empty, and an evidence file filed under a withheld record filed under the case instead. An id
    says that a withheld record exists, and which of the records that go share it, so none goes. (Every other
    reference of a record that goes leads to a record that goes: that is the dependency rule.) Ids as UUIDs or
    text."""
    out = dict(row)
    for name, target in _OPTIONAL_REFS.get(kind, {}).items():
        value = out.get(name)
        if value is not None and as_id(value) not in shown.get(target, {}):
            out[name] = None
    if kind == Kind.EVIDENCE and out.get("attached_id") is not None:
        filed_under = str(out.get("attached_kind") or "")
        if as_id(out["attached_id"]) not in shown.get(filed_under, {}):
            out["attached_kind"], out["attached_id"] = "", None
    return out


def withheld_references(kind: str) -> tuple[str, ...]:
    """The fields of a record of ``kind`` that :func:`without_withheld` may leave empty."""
    return (*_OPTIONAL_REFS.get(kind, {}), *(("attached_kind", "attached_id") if kind == Kind.EVIDENCE else ()))


def with_withheld_kept(
    kind: str, incoming: Mapping[str, Any], local: Mapping[str, Any], carried: set[uuid.UUID]
) -> dict[str, Any]:
    """A copy's record coming back, with the references :func:`without_withheld` took out put back as this store
    holds them (``local``: at least the fields of :func:`withheld_references`). ``carried``: the ids of every
    record the copy carries or deletes.

    A copy goes without its references to records withheld from it, so the other side, holding no such record,
    cannot have cleared one: an empty reference coming back where this store refers to a record the copy neither
    carries nor deletes means "withheld", not "cleared" (a partner who edits an incident sent without its
    confidential place must not take the place away). A reference the other side did clear, to a record it
    holds, stays cleared; one it set stays set."""
    out = dict(incoming)
    for name in _OPTIONAL_REFS.get(kind, {}):
        if out.get(name) is None and _withheld(local.get(name), carried):
            out[name] = str(local[name])
    if kind == Kind.EVIDENCE and out.get("attached_id") is None and _withheld(local.get("attached_id"), carried):
        out["attached_kind"], out["attached_id"] = local.get("attached_kind"), str(local["attached_id"])
    return out


def _withheld(value: Any, carried: set[uuid.UUID]) -> bool:
    return value is not None and as_id(value) not in carried


def as_id(value: Any) -> uuid.UUID | None:
    """An id as a UUID (given as one or as text); None for anything else."""
    if isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(str(value))
    except ValueError:
        return None


def _visible(kind: str, rid: uuid.UUID, records: Mapping[str, Mapping[uuid.UUID, Listed]], who: Audience) -> bool:
    row = records.get(kind, {}).get(rid)
    return row is not None and (kind == Kind.CASE or record_shown(row.visibility, who))


# kind → its reference fields → the kind each refers to, as the registry declares.
_REFS: dict[str, dict[str, str]] = {
    k.name: {f.name: f.ref for f in k.fields if f.ref is not None} for k in KINDS.values()
}
# kind → its references a record goes without (:data:`OPTIONAL_DEPENDENCIES`) → the kind each refers to.
_OPTIONAL_REFS: dict[str, dict[str, str]] = {
    kind: {name: _REFS[kind][name] for k, name in OPTIONAL_DEPENDENCIES if k == kind}
    for kind, _ in OPTIONAL_DEPENDENCIES
}


def investigator_named(audience: Audience | str) -> bool:
    """Whether an output for ``audience`` names the investigator who made it (report author, bundle's
    ``exported_by``) without being asked: only within the team. An investigator's name can endanger them as
    much as a witness's; an organisation that wants to sign its public outputs names an author explicitly."""
    return Audience(audience) is Audience.INTERNAL


def custody_travels(audience: Audience | str) -> bool:
    """Chains of custody go wherever the files go (partners and internal bundles), to keep them provable."""
    return Audience(audience) is not Audience.PUBLIC


def terms_travel(audience: Audience | str) -> bool:
    """The vocabulary terms added in a store that a copy's records use go with the copy to every audience, whatever
    the term's own visibility: a term is a label for a code the records carry anyway (its code and names, never
    personal data), and without it the receiving store can neither read nor edit those records. Of each term
    only the fields the audience may see go (working notes and who added it stay in the team)."""
    return Audience(audience) in (Audience.INTERNAL, Audience.PARTNERS, Audience.PUBLIC)


def logs_travel(audience: Audience | str) -> bool:
    """The audit log and deletions go only in internal bundles."""
    return Audience(audience) is Audience.INTERNAL


def files_cleaned(audience: Audience | str) -> bool:
    """Whether an evidence file goes to ``audience`` only as a copy cleaned of everything that identifies a
    place, a person, a device or a time (refused if it cannot be cleaned), or else as the evidentiary original.

    Only the public gets cleaned copies: partners and the team need the original, whose hash the chain of
    custody proves.
    """
    return Audience(audience) is Audience.PUBLIC
