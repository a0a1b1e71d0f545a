"""The record registry: every kind of record hrdoc keeps, and every field of it, declared once.

A field says what it is (label, widget, choices or vocabulary, the record it refers to, its length limit),
whether full-text search reads it, and — above all — its :class:`Sensitivity`: who may ever see it outside
the team. The sharing policy (:mod:`hrdoc.services.sharing`) lets a field reach an audience only if its
sensitivity allows it; a field declared nowhere, or declared without thought, is ``INTERNAL``. Forms, table
columns, CSV, bundles, search, reports, the CLI's ``show`` and ``docs/data-model.md`` read this table, or are
held to it by tests (``tests/domain/test_registry.py`` keeps it equal to the ORM models and the migrations).

Labels are English source text, marked with :func:`N_` for translation; the interface translates them when it
shows them (no Qt here). To add a field, follow ``docs/adding-a-field.md``.

The declarations are grouped by the part of the domain they describe: :mod:`.base` (what a declaration is
made of), :mod:`.case` (what happened), :mod:`.witnesses` (who says so), :mod:`.sources` (what it rests on)
and :mod:`.housekeeping` (what the store keeps beside the records). Import from here, not from those.
"""

from __future__ import annotations

from collections.abc import Iterator

from hrdoc.domain.registry.base import N_, FieldDef, Group, Kind, KindDef, Sensitivity, Widget
from hrdoc.domain.registry.case import CASE_KINDS
from hrdoc.domain.registry.housekeeping import HOUSEKEEPING_KINDS
from hrdoc.domain.registry.sources import SOURCE_KINDS
from hrdoc.domain.registry.witnesses import WITNESS_KINDS

__all__ = [
    "KINDS",
    "N_",
    "RECORD_KINDS",
    "FieldDef",
    "Group",
    "Kind",
    "KindDef",
    "Sensitivity",
    "Widget",
    "all_fields",
    "by_table",
    "identity_of",
    "kind",
    "parts",
]

KINDS: dict[str, KindDef] = {k.name: k for k in (*CASE_KINDS, *WITNESS_KINDS, *SOURCE_KINDS, *HOUSEKEEPING_KINDS)}

# The kinds a case is made of (records with their own forms), parents before children.
RECORD_KINDS: tuple[Kind, ...] = (
    Kind.CASE,
    Kind.LOCATION,
    Kind.ACTOR,
    Kind.INCIDENT,
    Kind.ALLEGATION,
    Kind.PERPETRATOR,
    Kind.VICTIM,
    Kind.ALLEGATION_VICTIM,
    Kind.WITNESS,
    Kind.ACCOUNT,
    Kind.SOURCE,
    Kind.EVIDENCE,
    Kind.LINK,
    Kind.FIGURE,
)


def kind(name: str) -> KindDef:
    return KINDS[name]


def by_table(table: str) -> KindDef:
    for k in KINDS.values():
        if k.table == table:
            return k
    raise KeyError(f"no kind of record is kept in the table {table!r}")


def parts(owner: str) -> tuple[KindDef, ...]:
    """What is kept beside a record of kind ``owner`` in tables of its own (an identity, a consent, versions)."""
    return tuple(k for k in KINDS.values() if k.owner == owner)


def identity_of(name: str) -> KindDef | None:
    """The part that keeps who a record of kind ``name`` is about apart from it, protected (a witness's or a
    victim's legal name, contact and residence); None for a kind that has none."""
    return next((p for p in parts(name) if any(f.group is Group.IDENTITY for f in p.fields)), None)


def all_fields() -> Iterator[tuple[KindDef, FieldDef]]:
    for k in KINDS.values():
        for f in k.fields:
            yield k, f


assert set(KINDS) == set(Kind), "the Kind enum and the KINDS table name the same kinds"
