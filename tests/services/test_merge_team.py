"""Three laptops and a team store through every pair of edits: nothing is silently lost, and all four converge.

Laptop A makes a case and pushes it to the team store; laptops B and C take it. The case holds groups of
records (an actor and its perpetrator row, an individual victim with an identity, a witness with identity,
consent, an account and a link, an evidence file in the vault, a working copy of another, an allegation of its
own; one allegation for the rest). Some edits add a custom vocabulary term and use it (a violation type for an
allegation, an actor kind for an actor), as an investigator adds a term from a form: the term must travel with
the record that uses it. For every ordered pair of the 18 edits below (324 pairs), B makes the first edit and
C the second: on
records of the pair's own when the two edits are of related records (the same record, or one and what it
deletes with it); when they are not, the two edits never meet in a merge, and each is made once, on records of
its own, for all such pairs (see :func:`build_case`). B syncs, then C, then A. C decides every conflict it was
shown — all keeping this laptop's version, all taking the other, or each way in turn — and a final round of
syncs carries the decisions. Then:

* a conflict was raised for exactly the pairs that changed the same record whole (its own fields, identity,
  consent, versions, or a deletion against a change to it or to a record depending on it), and every store's
  conflicts are settled;
* each edit is in the result unless its side lost a conflict, and what was deleted with a record is there
  exactly when the record is;
* the four stores show the same case in ``hrdoc show CASE --json --reveal``, byte for byte;
* one more round of syncs changes nothing and writes nothing on any store;
* every term an edit added and the result uses is in every store with its labels, and every store can edit
  the records that use it (an edit is checked against the store's vocabularies, as a form's is).

The team store is a store file on SQLite (both ways of deciding) and a real PostgreSQL database on the test
server (each way in turn): about a minute and a half of work for the three runs together.
"""

from __future__ import annotations

import io
import itertools
import json
import shutil
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from hrdoc.cli import main
from hrdoc.cli.common import PASSPHRASE_ENV, USER_ENV
from hrdoc.domain.validation import ValidationError
from hrdoc.domain.vocabularies import ACTOR_KIND, VIOLATION_TYPE
from hrdoc.services.context import StoreContext
from hrdoc.services.evidence.service import EvidenceService
from hrdoc.services.exchange.conflicts import ConflictService
from hrdoc.services.exchange.sync import sync_case
from hrdoc.services.records import RecordService
from hrdoc.services.session import new_store, unlock_store
from hrdoc.services.vocab import VocabularyService
from hrdoc.storage import models as m
from tests.backends import PgStores, db_of, postgres_wanted
from tests.helpers import PASSPHRASE, make_account, make_allegation, make_case, make_incident, make_witness


@dataclass
class Group:
    """The records one pair of edits works on (only those of the families its two edits touch)."""

    actor: uuid.UUID | None = None
    perpetrator: uuid.UUID | None = None
    victim: uuid.UUID | None = None
    witness: uuid.UUID | None = None
    account: uuid.UUID | None = None
    link: uuid.UUID | None = None
    evidence: uuid.UUID | None = None
    copy: uuid.UUID | None = None  # a working copy (of an original of its own)
    allegation: uuid.UUID | None = None  # an allegation of its own (of the case's one incident)


Edit = Callable[[StoreContext, Group, str], None]


def _witness_field(ctx: StoreContext, g: Group, tag: str) -> None:
    RecordService(ctx).update("witness", g.witness, language=tag)


def _witness_identity(ctx: StoreContext, g: Group, tag: str) -> None:
    RecordService(ctx).set_identity("witness", g.witness, contact=tag)


def _witness_consent(ctx: StoreContext, g: Group, tag: str) -> None:
    RecordService(ctx).set_consent(g.witness, to_be_recorded=True, how_given=tag)


def _witness_delete(ctx: StoreContext, g: Group, tag: str) -> None:
    RecordService(ctx).delete("witness", g.witness)


def _account_correction(ctx: StoreContext, g: Group, tag: str) -> None:
    RecordService(ctx).update("account", g.account, narrative=tag, correction_note=f"corrected by {tag}")


def _account_field(ctx: StoreContext, g: Group, tag: str) -> None:
    RecordService(ctx).update("account", g.account, notes=tag)


def _victim_identity(ctx: StoreContext, g: Group, tag: str) -> None:
    RecordService(ctx).set_identity("victim", g.victim, residence=tag)


def _actor_field(ctx: StoreContext, g: Group, tag: str) -> None:
    RecordService(ctx).update("actor", g.actor, affiliation=tag)


def term_code(tag: str, record: uuid.UUID | None) -> str:
    """The code of the term an edit made with ``tag`` adds for a record ("B actor_term" -> "b_actor_term_1a2b3c4d"):
    one of its own for each record, the edit being made on several."""
    assert record is not None
    return f"{tag.lower().replace(' ', '_')}_{record.hex[:8]}"


def term_labels(tag: str, record: uuid.UUID | None) -> tuple[str, str]:
    return f"Added by {tag} for {term_code(tag, record)}", f"Ajouté par {tag} pour {term_code(tag, record)}"


def _add_term(ctx: StoreContext, vocabulary: str, tag: str, record: uuid.UUID | None) -> str:
    """Add a term to a vocabulary of this store, as an investigator does from a form, and return its code."""
    label_en, label_fr = term_labels(tag, record)
    code = term_code(tag, record)
    RecordService(ctx).create("vocabulary_term", vocabulary=vocabulary, code=code, label_en=label_en, label_fr=label_fr)
    return code


def _actor_term(ctx: StoreContext, g: Group, tag: str) -> None:
    RecordService(ctx).update("actor", g.actor, kind=_add_term(ctx, ACTOR_KIND, tag, g.actor))


def _allegation_field(ctx: StoreContext, g: Group, tag: str) -> None:
    RecordService(ctx).update("allegation", g.allegation, notes=tag)


def _allegation_term(ctx: StoreContext, g: Group, tag: str) -> None:
    RecordService(ctx).update(
        "allegation", g.allegation, violation_type=_add_term(ctx, VIOLATION_TYPE, tag, g.allegation)
    )


def _actor_delete(ctx: StoreContext, g: Group, tag: str) -> None:
    RecordService(ctx).delete("actor", g.actor)


def _perpetrator_field(ctx: StoreContext, g: Group, tag: str) -> None:
    RecordService(ctx).update("perpetrator", g.perpetrator, notes=tag)


def _evidence_field(ctx: StoreContext, g: Group, tag: str) -> None:
    RecordService(ctx).update("evidence", g.evidence, description=tag)


def _evidence_copy(ctx: StoreContext, g: Group, tag: str) -> None:
    EvidenceService(ctx).working_copy(
        g.evidence,
        io.BytesIO(f"redacted by {tag}".encode()),
        original_name="redacted.jpg",
        alteration_note="faces blurred",
        description=tag,
    )


def _evidence_remove(ctx: StoreContext, g: Group, tag: str) -> None:
    EvidenceService(ctx).remove(g.evidence, reason=f"duplicate ({tag})")


def _copy_field(ctx: StoreContext, g: Group, tag: str) -> None:
    RecordService(ctx).update("evidence", g.copy, description=tag)


def _copy_remove(ctx: StoreContext, g: Group, tag: str) -> None:
    EvidenceService(ctx).remove(g.copy, reason=f"superseded ({tag})")


# name → (the edit, the record it changes as a whole, the records it deletes with that record; empty: an edit)
EDITS: dict[str, tuple[Edit, str, tuple[str, ...]]] = {
    "witness_field": (_witness_field, "witness", ()),
    "witness_identity": (_witness_identity, "witness", ()),
    "witness_consent": (_witness_consent, "witness", ()),
    "witness_delete": (_witness_delete, "witness", ("witness", "account", "link")),
    "account_correction": (_account_correction, "account", ()),
    "account_field": (_account_field, "account", ()),
    "victim_identity": (_victim_identity, "victim", ()),
    "actor_field": (_actor_field, "actor", ()),
    "actor_term": (_actor_term, "actor", ()),  # a new actor kind, added on that laptop
    "actor_delete": (_actor_delete, "actor", ("actor", "perpetrator")),
    "perpetrator_field": (_perpetrator_field, "perpetrator", ()),
    "evidence_field": (_evidence_field, "evidence", ()),
    "evidence_copy": (_evidence_copy, "evidence", ()),  # adds a record depending on it, changes none
    "evidence_remove": (_evidence_remove, "evidence", ("evidence",)),
    "copy_field": (_copy_field, "copy", ()),
    "copy_remove": (_copy_remove, "copy", ("copy",)),
    "allegation_field": (_allegation_field, "allegation", ()),
    "allegation_term": (_allegation_term, "allegation", ()),  # a new violation type, added on that laptop
}
# The edits that add a vocabulary term (and use it), and the vocabulary of that term.
TERM_EDITS = {"actor_term": ACTOR_KIND, "allegation_term": VIOLATION_TYPE}
PAIRS = list(itertools.product(EDITS, repeat=2))
# The records an edit may meet another on: a record and what it deletes with it.
FAMILY = {"witness": "witness", "account": "witness", "victim": "victim", "actor": "actor", "perpetrator": "actor",
          "evidence": "evidence", "copy": "copy", "allegation": "allegation"}  # fmt: skip


def families(pair: tuple[str, str]) -> set[str]:
    return {FAMILY[EDITS[edit][1]] for edit in pair}


def conflicting(first: str, second: str) -> str | None:
    """The record a pair of edits (B's, C's) is in conflict on, or None: two edits of the same record whole
    (a working copy added is no edit of its original), or a deletion against an edit of what it deletes."""
    (_, a, a_deletes), (_, b, b_deletes) = EDITS[first], EDITS[second]
    if a_deletes and b_deletes:
        return None  # deleted on both sides: nothing to decide
    if a_deletes or b_deletes:
        deleted, deleting, other = (a, a_deletes, b) if a_deletes else (b, b_deletes, a)
        return deleted if other in deleting else None
    if "evidence_copy" in (first, second):
        return None
    return a if a == b else None


# -- the case ---------------------------------------------------------------------------------------------


def build_case(ctx: StoreContext, pairs: list[tuple[str, str]]) -> tuple[uuid.UUID, str, list[Group]]:
    """A case with the records of each pair of edits.

    Two edits of related records (one family: a record and what it deletes with it) get records of their own.
    Two edits of unrelated records never meet in a merge: each edit is made once on records of its own (the
    same for every pair it is part of), and the pair is B's records for its first edit and C's for its second.
    """
    r = RecordService(ctx)
    case_id = make_case(r)
    reference = r.get("case", case_id).reference
    incident = make_incident(r, case_id, title="The incident")
    allegation = make_allegation(r, case_id, incident)
    made = itertools.count()

    def records(family: str, into: Group) -> None:
        n = next(made)
        if family == "actor":
            into.actor = r.create("actor", case_id=case_id, name=f"Actor {n}", kind="state_force")
            into.perpetrator = r.create(
                "perpetrator", case_id=case_id, allegation_id=allegation, actor_id=into.actor, involvement="direct"
            )
        elif family == "victim":
            into.victim = r.create(
                "victim", case_id=case_id, kind="individual", label=f"Victim {n}", identity={"legal_name": f"V {n}"}
            )
            r.create("allegation_victim", case_id=case_id, allegation_id=allegation, victim_id=into.victim)
        elif family == "witness":
            into.witness = make_witness(
                r, case_id, f"W-{n:03d}", identity={"legal_name": f"Witness {n}"}, consent={"to_be_recorded": False}
            )
            into.account = make_account(r, case_id, into.witness, narrative=f"Account {n}")
            into.link = r.create(
                "link", case_id=case_id, account_id=into.account, allegation_id=allegation, relation="supports"
            )
        elif family == "allegation":
            into.allegation = make_allegation(r, case_id, incident, notes=f"Allegation {n}")
        elif family == "evidence":
            photo = io.BytesIO(f"photo {n}".encode())
            into.evidence = EvidenceService(ctx).intake(case_id, photo, original_name=f"p{n}.jpg").evidence_id
        else:
            evidence = EvidenceService(ctx)
            original = evidence.intake(case_id, io.BytesIO(f"scan {n}".encode()), original_name=f"s{n}.pdf")
            into.copy = evidence.working_copy(
                original.evidence_id, io.BytesIO(f"cropped {n}".encode()), original_name=f"c{n}.pdf",
                alteration_note="cropped",
            ).evidence_id  # fmt: skip

    alone: dict[tuple[str, str], Group] = {}  # (side, edit) → the records of an edit made apart
    out = []
    for first, second in pairs:
        group = Group()
        if len(families((first, second))) == 1:
            records(FAMILY[EDITS[first][1]], group)
        else:
            for side, edit in (("B", first), ("C", second)):
                if (side, edit) not in alone:
                    alone[side, edit] = Group()
                    records(FAMILY[EDITS[edit][1]], alone[side, edit])
                for name, value in vars(alone[side, edit]).items():
                    if value is not None:
                        setattr(group, name, value)
        out.append(group)
    return case_id, reference, out


def plan(pairs: list[tuple[str, str]], groups: list[Group]) -> list[tuple[str, str, Group]]:
    """The edits to make: (side, edit, records), each once (an edit made apart serves every pair it is in)."""
    out: list[tuple[str, str, Group]] = []
    seen: set[tuple[str, str, str]] = set()
    for (first, second), group in zip(pairs, groups, strict=True):
        for side, edit in (("B", first), ("C", second)):
            key = (side, edit, str(getattr(group, EDITS[edit][1])))
            if key not in seen:
                seen.add(key)
                out.append((side, edit, group))
    return out


# -- stores -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Base:
    """Laptop A's store with the case built, made once for the session and copied for each run."""

    folder: Path
    case_id: uuid.UUID
    reference: str
    groups: list[Group]


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Base:
    folder = tmp_path_factory.mktemp("base")
    ctx = new_store(folder / "A.db", PASSPHRASE, user="amina")
    try:
        case_id, reference, groups = build_case(ctx, PAIRS)
    finally:
        ctx.close()
    return Base(folder, case_id, reference, groups)


@pytest.fixture
def laptops(base: Base, tmp_path: Path) -> Iterator[dict[str, StoreContext]]:
    for item in base.folder.iterdir():  # A: the store file and its vault, as built
        (shutil.copytree if item.is_dir() else shutil.copy2)(item, tmp_path / item.name)
    stores = {"A": unlock_store(tmp_path / "A.db", PASSPHRASE, user="amina")}
    stores |= {name: new_store(tmp_path / f"{name}.db", PASSPHRASE, user=user) for name, user in
               (("B", "bakary"), ("C", "chiara"))}  # fmt: skip
    yield stores
    for ctx in stores.values():
        ctx.close()


@pytest.fixture
def team(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[StoreContext]:
    """The team store: a store file, or a database of its own on the test PostgreSQL server."""
    if request.node.callspec.params["server"] == "file":
        ctx = new_store(tmp_path / "team.db", PASSPHRASE, user="team")
        yield ctx
        ctx.close()
        return
    stores: PgStores = request.getfixturevalue("pg_stores")
    name, url = stores.new_database()
    ctx = new_store(url, None, user="team")
    try:
        yield ctx
    finally:
        ctx.close()
        stores.server.drop_database(name)


WRITTEN = (m.AuditEntry, m.RecordLineage, m.CustodyEntry, m.Tombstone, m.Conflict, m.AccountVersion, m.VaultChunk)


def written(ctx: StoreContext) -> dict[str, int]:
    """How many rows of everything a merge may write the store holds."""
    with ctx.read() as session:
        return {
            model.__tablename__: int(session.scalar(select(func.count()).select_from(model)) or 0) for model in WRITTEN
        }


def show(ctx: StoreContext, reference: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> str:
    """``hrdoc show REF --json --reveal`` on a store, as an investigator would run it."""
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    monkeypatch.setenv(USER_ENV, "checker")
    out = io.StringIO()
    code = main(["show", reference, "--db", db_of(ctx), "--json", "--reveal", "--reason", "test"], out=out)
    assert code == 0, capsys.readouterr().err
    return out.getvalue()


def term_held(ctx: StoreContext, edit: str, tag: str, g: Group) -> bool:
    """Whether a store holds the term an edit made with ``tag`` added for its record, with its labels in both
    languages."""
    vocabulary, record = TERM_EDITS[edit], getattr(g, EDITS[edit][1])
    terms, code = VocabularyService(ctx), term_code(tag, record)
    labels = (terms.labels(vocabulary).get(code), terms.labels(vocabulary, language="fr").get(code))
    return labels == term_labels(tag, record)


# -- the play ---------------------------------------------------------------------------------------------


def effect(data: dict[str, Any], g: Group, edit: str, tag: str) -> bool:
    """Whether an edit made with ``tag`` shows in a store's ``show --json --reveal`` of the case."""

    def one(section: str, rid: uuid.UUID) -> dict[str, Any] | None:
        return next((r for r in data[section] if r["id"] == str(rid)), None)

    witness, account = one("witnesses", g.witness), one("accounts", g.account)
    actor, evidence = one("actors", g.actor), one("evidence_files", g.evidence)
    allegation = one("allegations", g.allegation)
    checks: dict[str, Callable[[], bool]] = {
        "witness_field": lambda: witness is not None and witness["language"] == tag,
        "witness_identity": lambda: witness is not None and witness["identity"]["contact"] == tag,
        "witness_consent": lambda: witness is not None and (witness["consent"] or {}).get("how_given") == tag,
        "witness_delete": lambda: witness is None,
        "account_correction": lambda: (
            account is not None
            and next(v for v in account["versions"] if v["version"] == account["current_version"])["narrative"] == tag
        ),
        "account_field": lambda: account is not None and account["notes"] == tag,
        "victim_identity": lambda: one("victims", g.victim)["identity"]["residence"] == tag,  # type: ignore[index]
        "actor_field": lambda: actor is not None and actor["affiliation"] == tag,
        "actor_term": lambda: actor is not None and actor["kind"] == term_code(tag, g.actor),
        "actor_delete": lambda: actor is None,
        "perpetrator_field": lambda: (one("allegation_perpetrators", g.perpetrator) or {}).get("notes") == tag,
        "evidence_field": lambda: evidence is not None and evidence["description"] == tag,
        "evidence_copy": lambda: any(
            e["original_id"] == str(g.evidence) and e["description"] == tag for e in data["evidence_files"]
        ),
        "evidence_remove": lambda: evidence is None,
        "copy_field": lambda: (one("evidence_files", g.copy) or {}).get("description") == tag,
        "copy_remove": lambda: one("evidence_files", g.copy) is None,
        "allegation_field": lambda: allegation is not None and allegation["notes"] == tag,
        "allegation_term": lambda: (
            allegation is not None and allegation["violation_type"] == term_code(tag, g.allegation)
        ),
    }
    return checks[edit]()


def check_result(
    data: dict[str, Any], groups: list[Group], decided: dict[str, str], stores: dict[str, StoreContext]
) -> None:
    """Each edit is in the case shown (``data``) unless its side lost a conflict; what goes with a record is there
    when it is; a term an edit added is in every store when the record using it took the edit."""
    for (first, second), group in zip(PAIRS, groups, strict=True):
        kind = conflicting(first, second)
        lost = None if kind is None else ("B" if decided[str(getattr(group, kind))] == "local" else "C")
        for side, edit in (("B", first), ("C", second)):
            present = effect(data, group, edit, f"{side} {edit}")
            assert present == (side != lost), f"{first} on B, {second} on C: {side}'s {edit}"
        ids = {section: {r["id"] for r in rows} for section, rows in data.items() if isinstance(rows, list)}
        if group.actor is not None:
            assert (str(group.actor) in ids["actors"]) == (str(group.perpetrator) in ids["allegation_perpetrators"])
        if group.witness is not None:
            assert (str(group.witness) in ids["witnesses"]) == (str(group.account) in ids["accounts"])
            assert (str(group.account) in ids["accounts"]) == (str(group.link) in ids["links"])
        # A term an edit added travels with the record that uses it: every store holds it, with its labels.
        for side, edit in (("B", first), ("C", second)):
            if edit in TERM_EDITS and effect(data, group, edit, f"{side} {edit}"):
                for name, store in stores.items():
                    assert term_held(store, edit, f"{side} {edit}", group), f"{side}'s {edit} on {name}"


RUNS = [
    pytest.param("file", "local", id="file-keep"),
    pytest.param("file", "incoming", id="file-take"),
    pytest.param(
        "postgresql",
        "each way",
        id="postgresql-each-way",
        marks=pytest.mark.skipif(not postgres_wanted(), reason="PostgreSQL tests skipped (HRDOC_TEST_POSTGRES=0)"),
    ),
]


def choice_for(choice: str, n: int) -> str:
    if choice == "each way":
        return ("local", "incoming")[n % 2]
    return choice


@pytest.mark.parametrize(("server", "choice"), RUNS)
def test_three_laptops_and_a_team_store_through_every_pair_of_edits(
    base: Base,
    laptops: dict[str, StoreContext],
    team: StoreContext,
    server: str,
    choice: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    a, b, c = laptops["A"], laptops["B"], laptops["C"]
    case_id, reference, groups = base.case_id, base.reference, base.groups
    for laptop in (a, b, c):
        sync_case(laptop, team, case_id)

    for side, edit, group in plan(PAIRS, groups):
        EDITS[edit][0](b if side == "B" else c, group, f"{side} {edit}")
    sync_case(b, team, case_id)
    sync_case(c, team, case_id)
    sync_case(a, team, case_id)

    # C was shown a conflict for exactly the pairs that changed one record whole on both sides.
    expected = {
        str(getattr(group, kind))
        for (first, second), group in zip(PAIRS, groups, strict=True)
        if (kind := conflicting(first, second)) is not None
    }
    shown = ConflictService(c).open_conflicts(case_id)
    assert sorted(str(x.record_id) for x in shown) == sorted(expected)
    assert ConflictService(a).open_conflicts(case_id) == [] == ConflictService(b).open_conflicts(case_id)
    decided: dict[str, str] = {}
    for n, conflict in enumerate(shown):
        decided[str(conflict.record_id)] = choice_for(choice, n)
        try:
            ConflictService(c).resolve(conflict.id, decided[str(conflict.record_id)])
        except ValidationError as err:  # taking a removal of an original C made a working copy of: said plainly
            assert "working copies here that the other side did not delete" in str(err)
            for copy in EvidenceService(c).working_copies(conflict.record_id):
                EvidenceService(c).remove(copy.id, reason="its original was removed on another laptop")
            ConflictService(c).resolve(conflict.id, decided[str(conflict.record_id)])
    for laptop in (c, b, a):  # the decisions travel: a final round of syncs
        sync_case(laptop, team, case_id)
    for store in (a, b, c, team):
        assert ConflictService(store).open_conflicts(case_id) == [], "every copy of a conflict is settled"

    # The logs (audit and custody entries written by the merges and decisions) reach every store in a round or
    # two more; then a round of syncs changes nothing and writes nothing, on any store.
    stores = {**laptops, "team": team}
    for _round in range(4):
        before = {name: written(store) for name, store in stores.items()}
        for laptop in (a, b, c):
            report = sync_case(laptop, team, case_id)
            assert report.pulled is not None
            assert not report.pulled.changed_records() and not report.pushed.changed_records()
        if {name: written(store) for name, store in stores.items()} == before:
            break
    else:
        pytest.fail("the logs never settled: every round of syncs wrote something")

    shown_json = {
        name: show(store, reference, monkeypatch, capsys) for name, store in {**laptops, "team": team}.items()
    }
    assert shown_json["A"] == shown_json["B"] == shown_json["C"] == shown_json["team"]
    data = json.loads(shown_json["A"])

    check_result(data, groups, decided, stores)

    # Every store can edit every allegation and actor of the case: each code they use is a term it knows.
    for store in stores.values():
        for row in data["allegations"]:
            RecordService(store).update("allegation", row["id"], notes="edited after the final round")
        for row in data["actors"]:
            RecordService(store).update("actor", row["id"], affiliation="edited after the final round")
