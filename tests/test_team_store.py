"""A round trip through a team store on PostgreSQL, with the ``hrdoc`` command as an investigator would use it:
the demo case created on the server, listed, shown, searched, reported, given an evidence file and verified;
and everything it holds comes back exactly as the same case does from an encrypted store file."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pdfminer.high_level import extract_text

from hrdoc.cli.common import PASSPHRASE_ENV, USER_ENV
from hrdoc.services.demo import DEMO_REFERENCE
from tests.backends import PgStores
from tests.helpers import PASSPHRASE
from tests.helpers import run_cli as hrdoc
from tests.pg_server import free_port

pytestmark = pytest.mark.postgresql_only

TITLE = "Annefif convoy killings"
# What differs between two stores holding the same case: identifiers, when rows were written, and versions.
VOLATILE = {"id", "created_at", "updated_at", "version", "at"}


@pytest.fixture
def team_db(backend: str, pg_stores: PgStores) -> Iterator[str]:
    name, url = pg_stores.new_database()
    yield url
    pg_stores.server.drop_database(name)


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)  # used by the store file; a team store needs none
    monkeypatch.setenv(USER_ENV, "team-tester")
    monkeypatch.chdir(tmp_path)


def stable(value: Any) -> Any:
    """``value`` without identifiers, write times and versions (``*_id`` references included)."""
    if isinstance(value, dict):
        return {k: stable(v) for k, v in value.items() if k not in VOLATILE and not k.endswith("_id")}
    if isinstance(value, list):
        return [stable(v) for v in value]
    return value


def test_the_demo_case_round_trips_through_postgresql(
    team_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    password = team_db.split(":")[2].split("@")[0]

    code, out, err = hrdoc(capsys, "demo", "--db", team_db)
    assert code == 0, err
    assert DEMO_REFERENCE in out and "postgresql://postgres:***@127.0.0.1:" in out
    assert password not in out + err

    code, out, err = hrdoc(capsys, "cases", "--db", team_db)
    assert code == 0, err
    assert out.startswith(f"{DEMO_REFERENCE}\t{TITLE}\t[Open]\t")

    # Everything the case holds comes back as it does from a store file made the same way.
    file_db = tmp_path / "demo.db"
    assert hrdoc(capsys, "demo", "--db", file_db)[0] == 0
    shown = {}
    for db in (team_db, file_db):
        code, out, err = hrdoc(capsys, "show", DEMO_REFERENCE, "--db", db, "--json")
        assert code == 0, err
        shown[db] = json.loads(out)
    assert shown[team_db]["case"]["title"] == TITLE
    assert stable(shown[team_db]) == stable(shown[file_db])
    listed = [json.loads(hrdoc(capsys, "cases", "--db", db, "--json")[1]) for db in (team_db, file_db)]
    assert [c["counts"] for c in listed[0]] == [c["counts"] for c in listed[1]]

    code, out, err = hrdoc(capsys, "search", "Anefis", "--db", team_db, "--json")
    assert code == 0, err
    hits = json.loads(out)
    assert {h["kind"] for h in hits} >= {"location", "incident"}
    assert all(h["case_reference"] == DEMO_REFERENCE for h in hits)
    assert any("[Anéfis]" in h["snippet"] for h in hits)

    report = tmp_path / "report.pdf"
    code, out, err = hrdoc(capsys, "report", DEMO_REFERENCE, "-o", report, "--audience", "public", "--db", team_db)
    assert code == 0, err
    text = extract_text(str(report))
    assert TITLE in text and DEMO_REFERENCE in text

    # Evidence files live in the team store's own tables: in, listed, out byte for byte, re-hashed by verify.
    photo = tmp_path / "statement.txt"
    photo.write_bytes("Witness statement about Anéfis.\n".encode() * 5000)
    code, out, err = hrdoc(capsys, "attach", DEMO_REFERENCE, photo, "--db", team_db, "--json")
    assert code == 0, err
    item = json.loads(out)
    code, out, err = hrdoc(capsys, "evidence", DEMO_REFERENCE, "--db", team_db, "--json")
    assert code == 0, err
    assert [(e["id"], e["sha256"], e["in_vault"]) for e in json.loads(out)] == [(item["id"], item["sha256"], True)]
    copy = tmp_path / "copy.txt"
    code, out, err = hrdoc(capsys, "export-evidence", item["id"], "-o", copy, "--audience", "internal", "--db", team_db)
    assert code == 0, err
    assert copy.read_bytes() == photo.read_bytes()

    code, out, err = hrdoc(capsys, "verify", "--db", team_db)
    assert code == 0, out + err
    assert "hash chain intact" in out and "evidence vault: 1 of 1 files intact" in out


def test_cases_on_an_unreachable_team_store_is_one_clear_line(capsys: pytest.CaptureFixture[str]) -> None:
    port = free_port()
    code, out, err = hrdoc(capsys, "cases", "--db", f"postgresql://alice:s3cret@127.0.0.1:{port}/team")
    assert code != 0 and out == ""
    [line] = err.splitlines()
    assert line.startswith(
        f"hrdoc: error: cannot reach the team store at 127.0.0.1:{port} — check the address and that you are on "
        "the team's network"
    )
    assert "s3cret" not in err
