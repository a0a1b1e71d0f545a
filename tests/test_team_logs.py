"""Three laptops and a team store on PostgreSQL, with the ``hrdoc`` command as investigators use it: an evidence
file added on one laptop reaches the others through the team store, and ``hrdoc custody`` and ``hrdoc audit``
on each say when, where and by whom each entry was first written, and when it arrived there."""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from hrdoc.cli import main
from hrdoc.cli.common import PASSPHRASE_ENV, USER_ENV
from hrdoc.services.demo import DEMO_REFERENCE
from tests.backends import PgStores
from tests.helpers import PASSPHRASE

pytestmark = pytest.mark.postgresql_only


@pytest.fixture
def team_db(backend: str, pg_stores: PgStores) -> Iterator[str]:
    name, url = pg_stores.new_database()
    yield url
    pg_stores.server.drop_database(name)


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    monkeypatch.delenv(USER_ENV, raising=False)
    monkeypatch.chdir(tmp_path)


def hrdoc(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> str:
    capsys.readouterr()
    out = io.StringIO()
    code = main([str(a) for a in argv], out=out)
    err = capsys.readouterr().err
    assert code == 0, err
    return out.getvalue()


def when(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def test_custody_and_audit_say_where_and_when_after_three_hops(
    team_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    laptops = {name: tmp_path / f"{name}.db" for name in ("amina", "bakary", "chaka")}

    def on(name: str, *argv: str | Path) -> str:
        """A command on ``name``'s laptop, by them."""
        return hrdoc(capsys, *argv, "--db", laptops[name], "--user", name)

    hrdoc(capsys, "init", "--db", team_db, "--user", "admin")
    on("amina", "demo")
    for name in ("bakary", "chaka"):
        on(name, "init")
    photo = tmp_path / "statement.txt"
    photo.write_bytes(b"Witness statement.\n" * 100)
    item = json.loads(on("amina", "attach", DEMO_REFERENCE, photo, "--json"))["id"]
    first = json.loads(on("amina", "custody", item, "--json"))[0]
    assert first["written_in"] is None and first["arrived_at"] is None  # written here

    for name in ("amina", "bakary", "chaka", "amina", "bakary", "chaka"):  # laptop -> team -> laptop, and on
        on(name, "sync", DEMO_REFERENCE, "--team", team_db)

    for name in ("bakary", "chaka"):
        chain: list[dict[str, Any]] = json.loads(on(name, "custody", item, "--json"))
        intake = chain[0]
        assert (intake["at"], intake["actor"], intake["action"]) == (first["at"], "amina", "intake")
        assert intake["written_in"]["name"] == "amina's store"
        assert when(intake["arrived_at"]) > when(first["at"])
        assert intake["arrived_from"] == "the team store"  # its name, never the server's address
        text = on(name, "custody", item)
        assert "written in amina's store (" in text and "arrived here" in text and "arrival:" not in text

        log: list[dict[str, Any]] = json.loads(on(name, "audit", DEMO_REFERENCE, "--json"))
        made = [e for e in log if e["actor"] == "amina" and e["action"] == "create" and e["entity_type"] == "case"]
        assert len(made) == 1 and made[0]["written_in"]["name"] == "amina's store"
        assert when(made[0]["at"]) < when(first["at"]) < when(made[0]["arrived_at"])
        own = [e for e in log if e["written_in"] is None]
        assert own and {e["actor"] for e in own} == {name}  # what happened here, by the one who works here
        assert "written in amina's store" in on(name, "audit", DEMO_REFERENCE)
        assert "hash chain intact" in on(name, "verify")

    on_team = json.loads(hrdoc(capsys, "custody", item, "--db", team_db, "--json"))[0]
    assert on_team["at"] == first["at"] and on_team["arrived_from"] == "amina's store"
    assert "hash chain intact" in hrdoc(capsys, "verify", "--db", team_db, "--user", "admin")
