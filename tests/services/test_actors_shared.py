"""Actors known across the store: offered once by name and aliases, adopted into a case as a copy of its own, and
from then on an actor of that case like any other (edits, bundles and merges touch no other case); a restricted or
confidential case's actors are offered only to an audience that may see that case."""

from __future__ import annotations

import copy
import dataclasses
import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from hrdoc.domain.errors import UserError
from hrdoc.domain.validation import ValidationError
from hrdoc.services.actors_shared import COPIED_FIELDS, adopt, known_actors
from hrdoc.services.context import StoreContext
from hrdoc.services.exchange.merge import Merger, MergeReport
from hrdoc.services.exchange.snapshot import Snapshot, take_snapshot
from hrdoc.services.records import RecordService
from hrdoc.services.session import new_store
from hrdoc.services.sharing import Audience
from hrdoc.storage import models as m
from tests.helpers import PASSPHRASE, make_case

FAMA = {
    "name": "Forces Armées Maliennes",
    "aliases": ["FAMa", "Malian Armed Forces"],
    "kind": "state_force",
    "affiliation": "Ministry of Defence",
    "country_code": "mali",  # typed as a person would: stored as ML
    "visibility": "public",
    "notes": "Working note about the first case only",
}


def actor(r: RecordService, case_id: uuid.UUID, **fields: Any) -> uuid.UUID:
    return r.create("actor", **({**FAMA, "case_id": case_id} | fields))


def row(r: RecordService, actor_id: uuid.UUID) -> dict[str, Any]:
    found = r.get("actor", actor_id)
    return {name: getattr(found, name) for name in (*COPIED_FIELDS, "notes", "case_id", "version")}


def test_the_actors_of_other_cases_are_offered_once_by_name_and_aliases(records: RecordService, ctx) -> None:
    first = make_case(records, reference="ML-2024-001")
    second = make_case(records, reference="ML-2024-002")
    here = make_case(records, reference="ML-2025-004")
    actor(records, first)
    # The same group in another case, written with other accents and case, its aliases in another order.
    actor(records, second, name="forces armees maliennes", aliases=["malian armed forces", "fama"])
    wagner = actor(records, second, name="Wagner Group", aliases=["Africa Corps"], country_code="RU")
    actor(records, here, name="Katiba Macina", aliases=[])  # already here: not offered
    actor(records, first, name="Katiba Macina", aliases=[])

    offered = known_actors(ctx, here)
    assert [(k.name, k.aliases) for k in offered] == [
        ("forces armees maliennes", ("malian armed forces", "fama")),  # the most recently updated copy
        ("Wagner Group", ("Africa Corps",)),
    ]
    fama, group = offered
    assert (fama.case_reference, fama.also_in, fama.source) == (
        "ML-2024-002",
        ("ML-2024-001",),
        "ML-2024-002, ML-2024-001",
    )
    assert (group.actor_id, group.label, group.source) == (wagner, "Wagner Group", "ML-2024-002")
    assert {k.name for k in known_actors(ctx, first)} == {"Wagner Group"}  # its own FAMa and Katiba are there


def test_adopting_copies_the_actor_into_the_case_with_a_new_id_and_says_where_it_came_from(
    records: RecordService, ctx: StoreContext
) -> None:
    source = make_case(records, reference="ML-2024-001")
    here = make_case(records, reference="ML-2025-004")
    original = actor(records, source)
    before = row(records, original)

    copy_id = adopt(ctx, original, here)

    assert copy_id != original
    adopted = row(records, copy_id)
    assert {k: adopted[k] for k in COPIED_FIELDS} == {k: before[k] for k in COPIED_FIELDS}
    assert adopted["aliases"] == ["FAMa", "Malian Armed Forces"] and adopted["country_code"] == "ML"
    assert adopted["case_id"] == here and adopted["notes"] == ""  # the notes were about the other case
    assert set(COPIED_FIELDS) >= {"name", "aliases", "kind", "affiliation", "country_code", "visibility"}
    assert row(records, original) == before  # the original is untouched
    with ctx.read() as session:
        entry = session.scalars(select(m.AuditEntry).order_by(m.AuditEntry.seq.desc())).first()
    assert entry is not None and entry.summary == "Adopted actor Forces Armées Maliennes from case ML-2024-001"
    assert entry.case_id == str(here) and entry.entity_id == str(copy_id)
    assert entry.details["adopted_from"] == {
        "actor_id": str(original),
        "case_id": str(source),
        "case_reference": "ML-2024-001",
    }
    assert known_actors(ctx, here) == []  # now here, no longer offered
    with pytest.raises(UserError, match="ML-2025-004 already has the actor Forces Armées Maliennes"):
        adopt(ctx, original, here)
    with pytest.raises(UserError, match="already an actor of ML-2024-001"):
        adopt(ctx, original, source)


def test_the_copy_and_the_original_change_and_go_apart(records: RecordService, ctx: StoreContext) -> None:
    source = make_case(records)
    here = make_case(records)
    original = actor(records, source)
    copy_id = adopt(ctx, original, here)
    records.update("actor", copy_id, aliases=["FAMa", "Malian Armed Forces", "Armée malienne"])
    assert records.get("actor", original).aliases == ["FAMa", "Malian Armed Forces"]
    records.delete("actor", original)
    assert records.get("actor", copy_id).name == "Forces Armées Maliennes"


# -- who is offered what: the case's visibility and the actor's ------------------------------------------------


@pytest.mark.parametrize(
    ("case_visibility", "actor_visibility", "offered_to"),
    [
        ("confidential", "public", {"internal"}),
        ("restricted", "public", {"internal", "partners"}),
        ("public", "public", {"internal", "partners", "public"}),
        ("public", "confidential", {"internal"}),
        ("restricted", "restricted", {"internal", "partners"}),
    ],
)
def test_an_actor_is_offered_only_to_whoever_may_see_its_case_and_itself(
    records: RecordService, ctx: StoreContext, case_visibility: str, actor_visibility: str, offered_to: set[str]
) -> None:
    hidden = make_case(records, visibility=case_visibility)
    here = make_case(records)
    original = actor(records, hidden, visibility=actor_visibility)
    for audience in Audience:
        offered = [k.actor_id for k in known_actors(ctx, here, audience=audience)]
        assert offered == ([original] if audience.value in offered_to else []), audience
        if audience.value not in offered_to:
            with pytest.raises(UserError, match="is not offered to the"):
                adopt(ctx, original, here, audience=audience)
    assert records.records("actor", here) == []  # nothing refused was copied
    assert known_actors(ctx, here)  # the team may read every case of its store


# -- bundles and merges: the copy is an actor of its case, and only of it ---------------------------------------


@pytest.fixture
def two_laptops(tmp_path: Path) -> Iterator[tuple[StoreContext, StoreContext]]:
    a = new_store(tmp_path / "a.db", PASSPHRASE, user="amina")
    b = new_store(tmp_path / "b.db", PASSPHRASE, user="bakary")
    yield a, b
    a.close()
    b.close()


def carried(source: StoreContext, case_id: uuid.UUID) -> Snapshot:
    """The case as a bundle carries it: through JSON."""
    return Snapshot(**json.loads(json.dumps(dataclasses.asdict(take_snapshot(source, case_id)))))


def move(source: StoreContext, target: StoreContext, case_id: uuid.UUID) -> MergeReport:
    return Merger(target).apply(carried(source, case_id), origin_label="test bundle")


def case_data(ctx: StoreContext, case_id: uuid.UUID) -> str:
    return json.dumps(dataclasses.asdict(take_snapshot(ctx, case_id)), sort_keys=True, default=str)


def test_a_bundle_of_the_adopting_case_carries_the_copy_and_nothing_of_the_other_case(
    two_laptops: tuple[StoreContext, StoreContext],
) -> None:
    a, b = two_laptops
    ra, rb = RecordService(a), RecordService(b)
    source = make_case(ra, reference="ML-2024-001")
    here = make_case(ra, reference="ML-2025-004")
    original = actor(ra, source)
    copy_id = adopt(a, original, here)
    source_before = case_data(a, source)

    report = move(a, b, here)  # the adopting case alone goes to laptop B
    assert report.created_case and report.conflicts == 0
    assert [x.id for x in rb.records("actor", here)] == [copy_id]
    with b.read() as session:
        assert session.get(m.Case, source) is None and session.get(m.Actor, original) is None

    rb.update("actor", copy_id, affiliation="Changed on laptop B")  # B's edit of the copy comes back
    back = move(b, a, here)
    assert back.updated == {"actor": 1} and back.conflicts == 0
    assert ra.get("actor", copy_id).affiliation == "Changed on laptop B"
    assert case_data(a, source) == source_before  # the original and its case are as they were

    move(a, b, source)  # the other case follows later: its actor arrives as its own record
    assert {x.id for x in rb.records("actor", source)} == {original}
    assert rb.get("actor", original).affiliation == "Ministry of Defence"
    assert rb.get("actor", copy_id).affiliation == "Changed on laptop B"


def test_a_bundle_that_passes_the_copy_off_as_the_original_is_refused(
    records: RecordService, ctx: StoreContext
) -> None:
    """Knowing where the copy came from (the audit entry names the original) gives a hostile bundle of the adopting
    case no hold on the original: a record of another case is refused as always."""
    source = make_case(records)
    here = make_case(records)
    original = actor(records, source)
    copy_id = adopt(ctx, original, here)
    source_before, here_before = case_data(ctx, source), case_data(ctx, here)
    forged = dataclasses.asdict(carried(ctx, here))
    stolen = next(r for r in copy.deepcopy(dataclasses.asdict(carried(ctx, source)))["records"]["actor"])
    version = uuid.uuid4().hex
    stolen.update(case_id=str(here), name="Rewritten", version=version, lineage=[*stolen["lineage"], version])
    forged["records"]["actor"] = [r for r in forged["records"]["actor"] if r["id"] != str(copy_id)] + [stolen]
    with pytest.raises(ValidationError, match=r"^refused: the copy's actor \S+ belongs to case "):
        Merger(ctx).apply(Snapshot(**forged), origin_label="a forged bundle")
    assert (case_data(ctx, source), case_data(ctx, here)) == (source_before, here_before)
