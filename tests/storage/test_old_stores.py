"""Stores and bundles written by older hrdoc open, upgrade and verify with today's code, keeping every record.

The fixtures in tests/storage/fixtures/ were made by the code of the commit that shipped each schema
revision and bundle format (see make_fixtures.py, which says how to add the next one); manifest.json holds
what each one contained when it was made.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tarfile
import uuid
from pathlib import Path
from typing import Any

import pytest
from alembic.script import ScriptDirectory

from hrdoc.domain.vocabularies import FIGURE_COUNT as FIGURES
from hrdoc.domain.vocabularies import terms
from hrdoc.services.context import StoreContext
from hrdoc.services.evidence.service import EvidenceService
from hrdoc.services.exchange.bundle import FORMAT_VERSION
from hrdoc.services.exchange.bundles import import_bundle
from hrdoc.services.records import RecordService
from hrdoc.services.search import SearchService
from hrdoc.services.session import new_store, unlock_store
from hrdoc.services.verify import verify_store
from hrdoc.storage import migrate, search_index
from hrdoc.storage.engine import SQLITE_HEADER
from tests.helpers import PASSPHRASE
from tests.storage.fixtures.make_fixtures import BUNDLE_PASSPHRASE, BUNDLES, STORES

pytestmark = pytest.mark.sqlite_only  # store files as older hrdoc left them on a laptop

FIXTURES = Path(__file__).parent / "fixtures"
MANIFEST: dict[str, dict[str, Any]] = json.loads((FIXTURES / "manifest.json").read_text(encoding="utf-8"))
DEMO_REFERENCE = "ML-2025-004"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def rows(ctx: StoreContext, table: str, where: str = "", *args: Any) -> int:
    with ctx.engine.connect() as conn:
        return int(conn.exec_driver_sql(f"SELECT count(*) FROM {table} {where}", args).scalar_one())


def index_is_true(ctx: StoreContext) -> bool:
    """The search index holds exactly what a rebuild by today's code would make."""
    with ctx.engine.connect() as conn:
        return search_index.check(conn).ok


def case_rows(ctx: StoreContext, case_id: str, tables: dict[str, int]) -> dict[str, int]:
    return {t: rows(ctx, t, "WHERE case_id = ?", case_id) for t in tables}


def evidence_bytes_hash(ctx: StoreContext, case_id: str) -> str:
    """The SHA-256 of the one evidence file of a case, as read back from the vault."""
    [item] = EvidenceService(ctx).items(uuid.UUID(case_id))
    return hashlib.sha256(EvidenceService(ctx).read_for_preview(item.id)).hexdigest()


# -- every shipped revision and bundle format has its fixture --------------------------------------------


def test_every_shipped_schema_revision_has_a_store_fixture() -> None:
    """The head is what today's code writes; every revision before it (but 0001, never shipped alone, as
    0002 came with it) must have a store made by the code that wrote it: make_fixtures.py makes it."""
    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    revisions = {s.revision for s in scripts.walk_revisions()}
    shipped = revisions - {"0001", migrate.head_revision()}
    kept = {MANIFEST[name]["revision"] for name in STORES}
    assert shipped <= kept, f"no store fixture for schema {sorted(shipped - kept)}: run make_fixtures.py"
    for name in STORES:
        assert (FIXTURES / f"{name}.tar.xz").stat().st_size < 600_000


def test_every_bundle_format_version_has_a_bundle_fixture() -> None:
    kept = {MANIFEST[name]["format_version"] for name in BUNDLES}
    assert set(range(1, FORMAT_VERSION + 1)) <= kept


# -- stores ----------------------------------------------------------------------------------------------


@pytest.fixture(params=sorted(STORES))
def old_store(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Path, dict[str, Any]]:
    name: str = request.param
    with tarfile.open(FIXTURES / f"{name}.tar.xz") as tar:
        tar.extractall(tmp_path, filter="data")
    return tmp_path / "store.db", MANIFEST[name]


def test_a_store_from_each_shipped_revision_opens_upgrades_and_keeps_every_record(
    old_store: tuple[Path, dict[str, Any]],
) -> None:
    path, made = old_store
    assert path.read_bytes().startswith(SQLITE_HEADER) is not made["encrypted"]
    original = sha256(path)

    ctx = unlock_store(path, PASSPHRASE, encrypted=made["encrypted"], user="tester", record_unlock=False)
    try:
        with ctx.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
        # Every row it held is still there (the upgrade adds no record of its own; of the store's facts, only the
        # version of the search documents, brought up to date on opening).
        now = {table: rows(ctx, table) for table in made["rows"]}
        now["store_meta"] = rows(ctx, "store_meta", "WHERE key <> ?", search_index.DOCUMENTS_KEY)
        if made["revision"] < "0012":  # but the built-in terms 0012 seeds: what a reported figure counts
            now["vocabulary_terms"] = rows(ctx, "vocabulary_terms", "WHERE NOT (builtin AND vocabulary = ?)", FIGURES)
            assert rows(ctx, "vocabulary_terms", "WHERE vocabulary = ?", FIGURES) == len(terms(FIGURES))
        assert now == made["rows"]
        assert case_rows(ctx, made["demo_case"], made["case_rows"]) == made["case_rows"]
        # A few known values, as a user would look for them.
        r = RecordService(ctx)
        cases = {c.reference: c for c in r.records("case")}
        assert set(cases) == {DEMO_REFERENCE, "FX-0001"}
        assert cases["FX-0001"].title == "Fixture case on the Anéfis road (edited)"
        [witness] = r.records("witness", cases["FX-0001"].id)
        assert witness.pseudonym == "FX-W1"
        assert r.reveal_identity("witness", witness.id, reason="fixture test")["legal_name"] == "Fixture Legal Name Z9"
        assert {"case", "location", "witness"} <= {hit.kind for hit in SearchService(ctx).search("Anefis")}
        # An actor indexed without its country by the hrdoc that wrote the store (RU) is found by its name in
        # French: opening brought the documents up to date.
        assert ("actor", "Wagner Group") in {(hit.kind, hit.title) for hit in SearchService(ctx).search("Russie")}
        assert index_is_true(ctx)
        if "evidence_sha256" in made:
            assert evidence_bytes_hash(ctx, made["demo_case"]) == made["evidence_sha256"]
        report = verify_store(ctx)
        assert report.ok, report.problems
    finally:
        ctx.close()

    backups = list(path.parent.glob("store.db.backup-*"))
    if made["revision"] == migrate.head_revision():
        assert backups == []  # nothing to upgrade, nothing to back up
        return
    # The upgrade backed the store up first: a copy of the file as it was, as encrypted as it was.
    [backup] = backups
    assert backup.name.startswith(f"store.db.backup-{made['revision']}-")
    assert sha256(backup) == original


def test_an_upgraded_old_store_opens_again_without_a_second_upgrade(old_store: tuple[Path, dict[str, Any]]) -> None:
    path, made = old_store
    unlock_store(path, PASSPHRASE, encrypted=made["encrypted"], user="tester", record_unlock=False).close()
    ctx = unlock_store(path, PASSPHRASE, encrypted=made["encrypted"], user="tester")
    try:
        assert verify_store(ctx).ok
    finally:
        ctx.close()
    assert len(list(path.parent.glob("store.db.backup-*"))) == (made["revision"] != migrate.head_revision())


# -- bundles ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(BUNDLES))
def test_a_bundle_of_each_format_version_imports_into_a_new_store_and_verifies(name: str, tmp_path: Path) -> None:
    made = MANIFEST[name]
    bundle = tmp_path / f"{name}.hrdoc"
    shutil.copyfile(FIXTURES / f"{name}.hrdoc", bundle)
    ctx = new_store(tmp_path / "office.db", PASSPHRASE, user="tester")
    try:
        report = import_bundle(ctx, bundle, passphrase=BUNDLE_PASSPHRASE)
        assert report.created_case
        assert case_rows(ctx, made["demo_case"], made["case_rows"]) == made["case_rows"]
        assert [c.reference for c in RecordService(ctx).records("case")] == [DEMO_REFERENCE]
        assert "location" in {hit.kind for hit in SearchService(ctx).search("Anefis")}
        assert index_is_true(ctx)
        assert evidence_bytes_hash(ctx, made["demo_case"]) == made["evidence_sha256"]
        result = verify_store(ctx)
        assert result.ok, result.problems
    finally:
        ctx.close()
