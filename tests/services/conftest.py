"""Stores shared by the tests of one module, to keep the suite fast.

Creating an encrypted store costs about 0.4 s (key derivation and migrations). Tests that only need *a*
store, and that work in a case of their own and compare the audit log before and after, share one per
module; tests that need an empty store use the function-scoped ``ctx`` from tests/conftest.py. On PostgreSQL
these are clones of template databases (see tests/backends.py).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from hrdoc.services.context import StoreContext
from hrdoc.services.demo import build_demo_case
from hrdoc.services.records import RecordService
from hrdoc.services.session import new_store
from tests.backends import SQLITE, PgStores
from tests.helpers import PASSPHRASE


@pytest.fixture(scope="module")
def shared_ctx(
    backend: str, tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Iterator[StoreContext]:
    """One real store for a whole test module; each test works in its own case."""
    if backend == SQLITE:
        context = new_store(tmp_path_factory.mktemp("shared") / "store.db", PASSPHRASE, user="tester")
        yield context
        context.close()
        return
    stores: PgStores = request.getfixturevalue("pg_stores")
    with stores.open_clone("empty") as context:
        yield context


@pytest.fixture
def r(shared_ctx: StoreContext) -> RecordService:
    return RecordService(shared_ctx)


@pytest.fixture(scope="session")
def demo_store(
    backend: str, tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Iterator[StoreContext]:
    """One store holding the demo case, shared by the tests that read it (none may change its records)."""
    if backend == SQLITE:
        context = new_store(tmp_path_factory.mktemp("demo") / "store.db", PASSPHRASE, user="tester")
        build_demo_case(context)
        yield context
        context.close()
        return
    stores: PgStores = request.getfixturevalue("pg_stores")
    with stores.open_clone("demo", build_demo_case) as context:
        yield context


@pytest.fixture(scope="module")
def real_catalogues(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The interface's real catalogues, compiled from resources/translations/*.ts as the build compiles them, put
    where hrdoc looks for them for the module's tests (reports in French need them; a checkout may have none)."""
    import subprocess
    import sys
    from pathlib import Path

    from hrdoc.services import catalogue, languages
    from tests.catalogues import LRELEASE

    folder = tmp_path_factory.mktemp("catalogues")
    for source in sorted((Path(__file__).resolve().parents[2] / "resources" / "translations").glob("hrdoc_*.ts")):
        target = folder / f"{source.stem}.qm"
        subprocess.run([sys.executable, "-c", LRELEASE, "-silent", str(source), "-qm", str(target)], check=True)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(languages, "CATALOGUES", folder)
        catalogue.catalogue.cache_clear()
        yield
    catalogue.catalogue.cache_clear()
