"""The ``hrdoc`` command, run in-process through ``hrdoc.cli.main`` (see test_cli_subprocess.py for real runs)."""

from __future__ import annotations

import io
import json
import sys
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from hrdoc.cli import main, render
from hrdoc.cli.common import EXIT_VERIFY_FAILED, PASSPHRASE_ENV, USER_ENV
from hrdoc.domain import registry
from hrdoc.domain.enums import LinkRelation, label
from hrdoc.services.cases import CASE_SECTIONS
from hrdoc.services.session import unlock_store
from hrdoc.storage.engine import SQLITE_HEADER
from tests.helpers import PASSPHRASE
from tests.services.support import audit_log

WRONG = "wrong passphrase, or not an hrdoc store"


@dataclass
class Result:
    code: int
    out: str
    err: str

    @property
    def err_lines(self) -> list[str]:
        return self.err.splitlines()

    def json(self) -> Any:
        return json.loads(self.out)


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    monkeypatch.setenv(USER_ENV, "cli-tester")
    monkeypatch.chdir(tmp_path)


Run = Callable[..., Result]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Run:
    """``run("cases", "--db", path)``: hrdoc's exit code, what it printed, and what it wrote on stderr."""

    def _run(*argv: str | Path) -> Result:
        capsys.readouterr()
        out = io.StringIO()
        code = main([str(a) for a in argv], out=out)
        return Result(code, out.getvalue(), capsys.readouterr().err)

    return _run


def assert_one_line_error(result: Result, *fragments: str) -> None:
    assert result.code != 0
    assert len(result.err_lines) == 1, result.err
    [line] = result.err_lines
    assert line.startswith("hrdoc: error: ")
    for fragment in fragments:
        assert fragment in line
    assert "Traceback" not in result.err


def store_audit(path: Path) -> list[dict[str, object]]:
    ctx = unlock_store(path, PASSPHRASE, record_unlock=False)
    try:
        return audit_log(ctx)
    finally:
        ctx.close()


# -- demo, init ------------------------------------------------------------------------------------------


def test_demo_then_cases(run: Run, tmp_path: Path) -> None:
    db = tmp_path / "new-demo.db"

    created = run("demo", "--db", db)

    assert created.code == 0, created.err
    assert "ML-2025-004" in created.out and str(db) in created.out
    listed = run("cases", "--db", db)
    assert listed.code == 0
    assert listed.out.startswith("ML-2025-004\tAnnefif convoy killings\t[Open]\t")


def test_demo_over_an_existing_file_is_refused_and_leaves_it_unchanged(run: Run, demo_copy: Path) -> None:
    before = demo_copy.read_bytes()

    result = run("demo", "--db", demo_copy)

    assert_one_line_error(result, str(demo_copy), "already exists")
    assert demo_copy.read_bytes() == before


def test_demo_over_any_existing_file_is_refused(run: Run, tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("my field notes")
    for command in ("demo", "init"):
        assert_one_line_error(run(command, "--db", notes), "already exists")
    assert notes.read_text() == "my field notes"


def test_init_creates_an_empty_encrypted_store(run: Run, tmp_path: Path) -> None:
    db = tmp_path / "sub" / "empty.db"

    result = run("init", "--db", db)

    assert result.code == 0, result.err
    assert f"created an empty store at {db}" in result.out
    assert db.is_file()
    assert not db.read_bytes().startswith(SQLITE_HEADER)  # encrypted: no plain SQLite header
    empty = run("cases", "--db", db)
    assert (empty.code, empty.out, empty.err) == (0, "", "hrdoc: no cases yet\n")  # a message, no data
    assert run("cases", "--db", db, "--json").json() == []
    assert run("verify", "--db", db).code == 0


def test_no_encryption_store_is_a_plain_sqlite_file(run: Run, tmp_path: Path) -> None:
    db = tmp_path / "plain.db"

    assert run("init", "--no-encryption", "--db", db).code == 0

    assert db.read_bytes().startswith(b"SQLite format 3")
    assert run("cases", "--no-encryption", "--db", db).err == "hrdoc: no cases yet\n"
    # and it is never opened as if it were encrypted
    assert_one_line_error(run("cases", "--db", db), str(db), "unencrypted", "--no-encryption")


def test_an_encrypted_store_is_not_opened_with_no_encryption(run: Run, demo_db: Path) -> None:
    assert_one_line_error(run("cases", "--no-encryption", "--db", demo_db), "encrypted")


def test_the_store_file_does_not_hold_case_text_in_clear(demo_db: Path) -> None:
    data = b"".join(p.read_bytes() for p in demo_db.parent.glob(demo_db.name + "*") if p.is_file())
    assert not data.startswith(SQLITE_HEADER)
    for word in (b"Annefif", b"Wagner", b"W-01", b"Fictional"):
        assert word not in data, word


# -- cases -----------------------------------------------------------------------------------------------


def test_cases_text(run: Run, demo_db: Path) -> None:
    result = run("cases", "--db", demo_db)

    assert result.code == 0
    [line] = result.out.splitlines()
    reference, title, status, counts = line.split("\t")
    assert (reference, title, status) == ("ML-2025-004", "Annefif convoy killings", "[Open]")
    assert counts == (
        "2 incidents, 2 allegations, 3 actors, 2 victims, 1 witness, 1 account, 4 sources, 0 evidence files"
    )


def test_cases_json(run: Run, demo_db: Path) -> None:
    [case] = run("cases", "--db", demo_db, "--json").json()

    assert case["reference"] == "ML-2025-004"
    assert case["title"] == "Annefif convoy killings"
    uuid.UUID(case["id"])
    assert case["counts"]["incidents"] == 2
    assert case["counts"]["sources"] == 4


# -- show ------------------------------------------------------------------------------------------------


def test_show_text(run: Run, demo_db: Path) -> None:
    result = run("show", "ML-2025-004", "--db", demo_db)

    assert result.code == 0, result.err
    out = result.out
    assert out.startswith("ML-2025-004 — Annefif convoy killings\n")
    assert "- Attack on a civilian convoy near Annefif" in out
    # Each line is labelled as the record registry labels the field (or, for a record under another, its kind).
    assert "  Place: Annefif (also Anefis, Anéfis), Gao, Mali\n" in out
    assert "  Fatalities: best 24, low 24, high unknown\n" in out
    assert "  Civilians targeted: yes\n" in out
    assert "Alleged perpetrator: Wagner Group (involvement: direct)" in out
    assert "Alleged perpetrator: Malian Armed Forces (involvement: direct)" in out
    assert "- Wagner Group\n  Also known as: Africa Corps, Wagner\n" in out
    assert "designated a terrorist organisation in the UK\n  Country: Russia\n" in out  # a country by its name
    assert "- W-01\n  How they know: Relative of victim\n  Risk to the witness: High\n" in out
    assert "Identity: Legal name [protected]; Contact [protected]; Residence [protected]" in out
    assert "Consent: Agrees to be recorded, Agrees to sharing, May be contacted again" in out
    assert "Contradicts: Malian military source" in out
    assert "Fictional" not in out and "Nowhere" not in out


def test_show_text_labels_come_from_the_registry(run: Run, demo_db: Path) -> None:
    """Every "label: value" line of ``show`` is labelled by the registry (a field's label, or the kind of a
    record shown under another), by one of the few labels render.py declares for computed lines, or, for a
    link, by how it bears on the allegation."""
    out = run("show", "ML-2025-004", "--db", demo_db).out
    field_labels = {f.label for _kind, f in registry.all_fields()}
    kind_labels = {k.label[:1].upper() + k.label[1:] for k in registry.KINDS.values()}
    computed = {render.FATALITIES, render.IDENTITY, render.CONSENT}
    relations = {label(r) for r in LinkRelation}
    labels = [line.strip().split(": ", 1)[0] for line in out.splitlines() if line.startswith("  ") and ": " in line]
    assert len(labels) > 60
    unknown = {label.removeprefix("* ") for label in labels} - field_labels - kind_labels - computed - relations
    assert not unknown
    assert {"Lead investigator", "Date as reported", "Kind of actor", "Reliability of the source"} <= set(labels)


def test_show_json_uses_model_field_names_and_masks_identity(run: Run, demo_db: Path) -> None:
    result = run("show", "ml-2025-004", "--db", demo_db, "--json")

    assert result.code == 0, result.err
    data = result.json()
    assert isinstance(data, dict)
    assert data["case"]["reference"] == "ML-2025-004"
    convoy = next(i for i in data["incidents"] if i["event_type"] == "violence_against_civilians")
    assert (convoy["fatalities_best"], convoy["civilian_targeting"], convoy["date_precision"]) == (24, True, "unknown")
    extras = {"witnesses": {"consent", "identity"}, "accounts": {"versions"}, "victims": {"identity"}}
    for name, model in CASE_SECTIONS.items():
        columns = {c.key for c in model.__table__.columns}
        for row in data[name]:
            assert set(row) - extras.get(name, set()) == columns, name
    [witness] = data["witnesses"]
    assert witness["identity"] == {"legal_name": "[protected]", "contact": "[protected]", "residence": "[protected]"}
    assert witness["consent"]["to_be_recorded"] is True
    assert "Fictional" not in result.out and "fictional" not in result.out


def test_show_by_uuid(run: Run, demo_db: Path) -> None:
    [case] = run("cases", "--db", demo_db, "--json").json()

    result = run("show", case["id"], "--db", demo_db, "--json")

    assert result.code == 0, result.err
    assert result.json()["case"]["reference"] == "ML-2025-004"


def test_show_reveal_shows_identity_and_is_audited(run: Run, demo_copy: Path) -> None:
    before = store_audit(demo_copy)

    result = run("show", "ML-2025-004", "--db", demo_copy, "--json", "--reveal", "--reason", "court order 17")

    assert result.code == 0, result.err
    [witness] = result.json()["witnesses"]
    assert witness["identity"]["legal_name"] == "Fictional Demo Person (not a real witness)"
    new = store_audit(demo_copy)[len(before) :]
    reveals = [e for e in new if e["action"] == "reveal"]
    assert {e["entity_type"] for e in reveals} == {"witness", "victim"}
    assert all(e["details"] == {"reason": "court order 17"} for e in reveals)
    assert {e["entity_id"] for e in reveals if e["entity_type"] == "witness"} == {witness["id"]}

    text = run("show", "ML-2025-004", "--db", demo_copy, "--reveal")
    assert "Legal name Fictional Demo Person (not a real witness)" in text.out


def test_show_without_reveal_adds_no_reveal_entry(run: Run, demo_copy: Path) -> None:
    before = store_audit(demo_copy)
    assert run("show", "ML-2025-004", "--db", demo_copy, "--json").code == 0
    new = store_audit(demo_copy)[len(before) :]
    assert [e["action"] for e in new] == ["unlock"]


def test_show_unknown_case_is_a_one_line_error(run: Run, demo_db: Path) -> None:
    result = run("show", "ML-2099-999", "--db", demo_db)
    assert_one_line_error(result, "no case with reference or id 'ML-2099-999'", "hrdoc cases")
    assert result.out == ""


# -- search ----------------------------------------------------------------------------------------------


def test_search_text(run: Run, demo_db: Path) -> None:
    result = run("search", "anefis", "--db", demo_db)

    assert result.code == 0, result.err
    lines = result.out.splitlines()
    hits = [line.split("\t") for line in lines if not line.startswith("    ")]
    assert ["Incident", "ML-2025-004", "Attack on a civilian convoy near Annefif"] in [h[:3] for h in hits]
    assert any("[Anefis]" in line for line in lines if line.startswith("    "))


def test_search_json(run: Run, demo_db: Path) -> None:
    hits = run("search", "Anéfis", "--db", demo_db, "--json").json()

    assert isinstance(hits, list)
    convoy = next(h for h in hits if h["title"] == "Attack on a civilian convoy near Annefif")
    assert (convoy["kind"], convoy["case_reference"]) == ("incident", "ML-2025-004")
    assert "[Anéfis]" in convoy["snippet"]
    uuid.UUID(convoy["id"])


def test_search_by_case_and_kind(run: Run, demo_db: Path) -> None:
    result = run("search", "anefis", "--db", demo_db, "--case", "ml-2025-004", "--kind", "incident", "--json")

    assert result.code == 0, result.err
    hits = result.json()
    assert isinstance(hits, list) and len(hits) == 2
    assert {h["kind"] for h in hits} == {"incident"}


def test_search_in_an_unknown_case_is_a_one_line_error(run: Run, demo_db: Path) -> None:
    assert_one_line_error(run("search", "anefis", "--db", demo_db, "--case", "XX-1"), "'XX-1'")


def test_search_with_fts_syntax_does_not_fail(run: Run, demo_db: Path) -> None:
    for query in ('"', 'NEAR( "anefis AND -*'):
        result = run("search", query, "--db", demo_db)
        assert result.code == 0, (query, result.err)


def test_search_without_matches(run: Run, demo_db: Path) -> None:
    result = run("search", "xylophone", "--db", demo_db)
    assert (result.code, result.out, result.err) == (0, "", "hrdoc: no matches\n")
    assert run("search", "xylophone", "--db", demo_db, "--json").json() == []


def test_search_rejects_bad_options_in_one_line(run: Run, demo_db: Path) -> None:
    assert_one_line_error(run("search", "x", "--db", demo_db, "--kind", "vocabulary_term"), "not searchable")
    assert_one_line_error(run("search", "x", "--db", demo_db, "--limit", "0"), "--limit")


def test_search_never_finds_the_witness_identity(run: Run, demo_db: Path) -> None:
    for query in ("Fictional Demo Person",):
        assert run("search", query, "--db", demo_db, "--json").json() == [], query


# -- verify ----------------------------------------------------------------------------------------------


def test_verify_an_intact_store(run: Run, demo_db: Path) -> None:
    result = run("verify", "--db", demo_db)

    assert result.code == 0, result.out
    assert "ok: database integrity: ok" in result.out
    assert "hash chain intact" in result.out
    assert "FAILED" not in result.out


def _tamper(path: Path, seq: int) -> None:
    """What someone with the passphrase and a SQLite shell could do: drop the guard, rewrite history."""
    conn = sqlcipher.connect(str(path))
    try:
        conn.execute("PRAGMA key = '" + PASSPHRASE.replace("'", "''") + "'")
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("UPDATE audit_log SET summary = 'nothing happened here' WHERE seq = ?", (seq,))
        conn.commit()
    finally:
        conn.close()


def test_the_audit_log_refuses_updates_while_its_guard_is_in_place(demo_copy: Path) -> None:
    conn = sqlcipher.connect(str(demo_copy))
    try:
        conn.execute("PRAGMA key = '" + PASSPHRASE.replace("'", "''") + "'")
        with pytest.raises(sqlcipher.DatabaseError, match="append-only"):
            conn.execute("UPDATE audit_log SET summary = 'x' WHERE seq = 2")
    finally:
        conn.close()


def test_verify_fails_and_names_the_altered_entry(run: Run, demo_copy: Path) -> None:
    _tamper(demo_copy, seq=2)

    result = run("verify", "--db", demo_copy)

    assert result.code == EXIT_VERIFY_FAILED != 0
    failed = [line for line in result.out.splitlines() if line.startswith("FAILED: ")]
    assert failed == ["FAILED: audit entry 2 (Create case) was altered"]  # as the audit log names the action


# -- passphrases and errors ------------------------------------------------------------------------------


def test_passphrase_file(run: Run, demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(PASSPHRASE_ENV)
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")

    result = run("cases", "--db", demo_db, "--passphrase-file", secret)

    assert result.code == 0, result.err
    assert result.out.startswith("ML-2025-004\t")


def test_passphrase_file_takes_precedence_over_the_environment(
    run: Run, demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PASSPHRASE_ENV, "not the passphrase")
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE, encoding="utf-8")
    assert run("cases", "--db", demo_db, "--passphrase-file", secret).code == 0


def test_passphrase_file_problems_are_one_line_errors(run: Run, demo_db: Path, tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    assert_one_line_error(run("cases", "--db", demo_db, "--passphrase-file", missing), str(missing))
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    assert_one_line_error(run("cases", "--db", demo_db, "--passphrase-file", empty), "is empty")
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not it\n")
    assert_one_line_error(run("cases", "--db", demo_db, "--passphrase-file", wrong), WRONG)


@pytest.mark.parametrize("command", [["cases"], ["show", "ML-2025-004", "--reveal"]])
def test_wrong_passphrase_is_a_one_line_error_and_changes_nothing(
    run: Run, demo_copy: Path, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    monkeypatch.setenv(PASSPHRASE_ENV, "wrong horse battery staple")
    before = demo_copy.read_bytes()

    result = run(*command, "--db", demo_copy)

    assert_one_line_error(result, WRONG)
    assert result.out == ""
    assert demo_copy.read_bytes() == before
    assert not demo_copy.with_name(demo_copy.name + "-wal").exists()


def test_a_file_that_is_not_a_store_is_a_one_line_error(run: Run, tmp_path: Path) -> None:
    junk = tmp_path / "photo.jpg"
    junk.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 4096)
    assert_one_line_error(run("cases", "--db", junk), WRONG)
    assert junk.read_bytes() == b"\xff\xd8\xff\xe0" + b"\x00" * 4096


def test_missing_store_is_a_one_line_error_and_creates_nothing(run: Run, tmp_path: Path) -> None:
    before = sorted(tmp_path.iterdir())
    for db in (tmp_path / "absent.db", tmp_path / "no-such-dir" / "absent.db"):
        for command in (["cases"], ["show", "ML-2025-004"], ["search", "x"], ["verify"]):
            result = run(*command, "--db", db)
            assert_one_line_error(result, f"no store at {db}", "hrdoc init")
    assert sorted(tmp_path.iterdir()) == before


def test_no_passphrase_and_no_terminal_is_a_clear_error(
    run: Run, demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(PASSPHRASE_ENV)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))

    result = run("cases", "--db", demo_db)

    assert_one_line_error(result, "no passphrase", PASSPHRASE_ENV, "--passphrase-file")


def test_an_empty_passphrase_variable_counts_as_none(run: Run, demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PASSPHRASE_ENV, "")
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert_one_line_error(run("cases", "--db", demo_db), "no passphrase")
