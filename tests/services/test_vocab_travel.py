"""Custom vocabulary terms travel with the records that use them: a violation type, an event type and its
sub-type, an actor kind added on one laptop reach the others (by bundle and through the team store, a real
PostgreSQL database on that backend), so those records can be edited there. A carried term is checked as a
form checks a new one, and never changes a term the receiving store holds."""

from __future__ import annotations

import dataclasses
import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from hrdoc.domain.validation import ValidationError
from hrdoc.domain.vocabularies import ACTOR_KIND, EVENT_TYPE, VIOLATION_TYPE
from hrdoc.services.cases import CaseService
from hrdoc.services.context import StoreContext
from hrdoc.services.exchange.bundles import export_case, import_bundle
from hrdoc.services.exchange.merge import Merger
from hrdoc.services.exchange.snapshot import Snapshot, take_snapshot
from hrdoc.services.exchange.sync import sync_case
from hrdoc.services.records import RecordService
from hrdoc.services.session import new_store
from hrdoc.services.vocab import VocabularyService
from hrdoc.storage.models import VocabularyTerm
from tests.helpers import PASSPHRASE, make_allegation, make_case, make_incident


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[StoreContext]:
    ctx = new_store(tmp_path / "a.db", PASSPHRASE, user="amina")
    yield ctx
    ctx.close()


def add_term(ctx: StoreContext, vocabulary: str, code: str, label: str, parent: str | None = None) -> uuid.UUID:
    return RecordService(ctx).create(
        "vocabulary_term",
        vocabulary=vocabulary,
        code=code,
        label_en=label,
        label_fr=label + " (fr)",
        parent_code=parent,
        notes="added after the March interviews",
    )


def case_with_custom_terms(ctx: StoreContext) -> tuple[uuid.UUID, dict[str, uuid.UUID]]:
    """A case whose incident, allegation and actor use terms added on this laptop (a sub-type of an added type)."""
    add_term(ctx, VIOLATION_TYPE, "forced_eviction", "Forced eviction")
    add_term(ctx, EVENT_TYPE, "land_seizure", "Land seizure")
    add_term(ctx, EVENT_TYPE, "fence_building", "Fence building", parent="land_seizure")
    add_term(ctx, ACTOR_KIND, "private_security", "Private security")
    add_term(ctx, VIOLATION_TYPE, "unused_here", "Used by no record of the case")
    r = RecordService(ctx)
    case_id = make_case(r)
    incident = make_incident(r, case_id, event_type="land_seizure", event_subtype="fence_building", visibility="public")
    allegation = make_allegation(r, case_id, incident, violation_type="forced_eviction", visibility="public")
    actor = r.create("actor", case_id=case_id, name="Guard company", kind="private_security", visibility="public")
    return case_id, {"incident": incident, "allegation": allegation, "actor": actor}


def editable_everywhere(ctx: StoreContext, ids: dict[str, uuid.UUID]) -> None:
    """The records can be edited in ``ctx`` (each edit is checked against its vocabularies, as a form's is)."""
    r = RecordService(ctx)
    r.update("allegation", ids["allegation"], notes="edited on the receiving laptop")
    r.update("incident", ids["incident"], title="Edited on the receiving laptop")
    r.update("actor", ids["actor"], name="Guard company (edited)")
    assert VocabularyService(ctx).labels(VIOLATION_TYPE)["forced_eviction"] == "Forced eviction"
    assert VocabularyService(ctx).labels(EVENT_TYPE)["fence_building"] == "Fence building"
    assert [t.parent for t in VocabularyService(ctx).terms(EVENT_TYPE) if t.code == "fence_building"] == [
        "land_seizure"
    ]
    assert "unused_here" not in VocabularyService(ctx).labels(VIOLATION_TYPE)  # only the terms the case uses


@pytest.mark.parametrize("audience", ["internal", "partners", "public"])
def test_terms_travel_in_a_bundle_for_every_audience(
    laptop: StoreContext, ctx: StoreContext, tmp_path: Path, audience: str
) -> None:
    case_id, ids = case_with_custom_terms(laptop)
    bundle = tmp_path / "case.hrdoc"
    export_case(laptop, case_id, bundle, audience=audience)
    report = import_bundle(ctx, bundle)
    assert report.added["vocabulary_term"] == 4
    editable_everywhere(ctx, ids)
    with ctx.read() as session:
        term = session.scalars(select(VocabularyTerm).where(VocabularyTerm.code == "forced_eviction")).one()
        assert not term.builtin
        # Working notes and who added a term stay in the team (the registry's sensitivity of those fields).
        assert (term.notes, term.created_by) == (
            ("added after the March interviews", "amina") if audience == "internal" else ("", "")
        )
    again = import_bundle(ctx, bundle)  # nothing new: no term added twice
    assert "vocabulary_term" not in again.added


def test_terms_travel_through_the_team_store(laptop: StoreContext, ctx: StoreContext, tmp_path: Path) -> None:
    team = ctx
    other = new_store(tmp_path / "b.db", PASSPHRASE, user="bakary")
    try:
        case_id, ids = case_with_custom_terms(laptop)
        sync_case(laptop, team, case_id)
        editable_everywhere(team, ids)
        sync_case(other, team, case_id)
        editable_everywhere(other, ids)
        sync_case(other, team, case_id)
        sync_case(laptop, team, case_id)
        assert RecordService(laptop).get("actor", ids["actor"]).name == "Guard company (edited)"
    finally:
        other.close()


def carried(source: StoreContext, case_id: uuid.UUID) -> dict[str, Any]:
    """The case as a copy carries it (through JSON, as in a bundle)."""
    return json.loads(json.dumps(dataclasses.asdict(take_snapshot(source, case_id))))


def merge(target: StoreContext, data: dict[str, Any]) -> None:
    Merger(target).apply(Snapshot(**data), origin_label="test bundle")


def test_a_carried_term_never_changes_a_term_held_here(laptop: StoreContext, ctx: StoreContext) -> None:
    """A built-in term, or one added here, keeps its labels and parent: the copy's records use this store's."""
    add_term(ctx, VIOLATION_TYPE, "forced_eviction", "Eviction (our wording)")
    case_id, ids = case_with_custom_terms(laptop)
    data = carried(laptop, case_id)
    torture = {**data["vocabulary_terms"][0], "id": str(uuid.uuid4()), "code": "torture", "label_en": "Not torture"}
    data["vocabulary_terms"].append(torture | {"vocabulary": VIOLATION_TYPE, "parent_code": None, "builtin": True})
    merge(ctx, data)
    labels = VocabularyService(ctx).labels(VIOLATION_TYPE)
    assert labels["forced_eviction"] == "Eviction (our wording)" and labels["torture"] == "Torture or ill-treatment"
    RecordService(ctx).update("allegation", ids["allegation"], notes="edited here")


@pytest.mark.parametrize(
    ("change", "refusal"),
    [
        ({"code": "Forced Eviction"}, "Code: must be lowercase letters"),
        ({"label_en": "x" * 201}, "Label (English): is 201 characters long; at most 200"),
        ({"label_fr": ""}, "Label (French): is required"),
        ({"vocabulary": "weapon"}, "unknown vocabulary 'weapon'"),
        ({"id": "not an id"}, "id"),
    ],
)
def test_a_carried_term_that_breaks_a_rule_refuses_the_copy(
    laptop: StoreContext, ctx: StoreContext, change: dict[str, Any], refusal: str
) -> None:
    case_id, _ids = case_with_custom_terms(laptop)
    data = carried(laptop, case_id)
    [term] = [t for t in data["vocabulary_terms"] if t["code"] == "forced_eviction"]
    term.update(change)
    with pytest.raises(ValidationError, match="refused") as refused:
        merge(ctx, data)
    assert refusal in str(refused.value) and "nothing was merged" in str(refused.value)
    assert CaseService(ctx).summaries() == []
    assert "land_seizure" not in VocabularyService(ctx).labels(EVENT_TYPE)  # nothing of the copy was kept


def test_a_sub_type_without_its_parent_and_a_term_not_carried_are_refused(
    laptop: StoreContext, ctx: StoreContext
) -> None:
    case_id, _ids = case_with_custom_terms(laptop)
    data = carried(laptop, case_id)
    data["vocabulary_terms"] = [t for t in data["vocabulary_terms"] if t["code"] != "land_seizure"]
    with pytest.raises(ValidationError, match=r"parent term \('land_seizure'\) that is neither here nor in the copy"):
        merge(ctx, data)
    data["vocabulary_terms"] = []  # as a copy from an older hrdoc: it carries no terms
    with pytest.raises(ValidationError, match=r"neither this store's .* vocabulary nor the copy holds"):
        merge(ctx, data)


def test_a_term_with_the_id_of_another_term_here_is_refused(laptop: StoreContext, ctx: StoreContext) -> None:
    mine = add_term(ctx, ACTOR_KIND, "militia_unit", "Militia unit")
    case_id, _ids = case_with_custom_terms(laptop)
    data = carried(laptop, case_id)
    [term] = [t for t in data["vocabulary_terms"] if t["code"] == "private_security"]
    term["id"] = str(mine)
    with pytest.raises(ValidationError, match="has the id of another term of this store"):
        merge(ctx, data)


def test_a_bundle_written_before_terms_travelled_still_imports(
    laptop: StoreContext, ctx: StoreContext, tmp_path: Path
) -> None:
    """A bundle without records/vocabulary_terms.json (an older hrdoc's) passes the format's checks; its records'
    added terms are then named as missing, and once added here by hand the same bundle imports."""
    from tests.services.bundle.craft import rebuild

    case_id, ids = case_with_custom_terms(laptop)
    bundle, old = tmp_path / "case.hrdoc", tmp_path / "old.hrdoc"
    export_case(laptop, case_id, bundle)
    rebuild(
        bundle,
        old,
        change={"records/vocabulary_terms.json": None},
        manifest=lambda doc: doc["record_counts"].pop("vocabulary_terms", None),
    )
    with pytest.raises(ValidationError, match="nor the copy holds; add that term here"):
        import_bundle(ctx, old)
    add_term(ctx, VIOLATION_TYPE, "forced_eviction", "Forced eviction")
    add_term(ctx, EVENT_TYPE, "land_seizure", "Land seizure")
    add_term(ctx, EVENT_TYPE, "fence_building", "Fence building", parent="land_seizure")
    add_term(ctx, ACTOR_KIND, "private_security", "Private security")
    assert "vocabulary_term" not in import_bundle(ctx, old).added
    editable_everywhere(ctx, ids)
