"""``hrdoc table``, ``hrdoc acled-export`` and ``hrdoc acled-import``, run in-process."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from hrdoc.cli import messages
from hrdoc.cli.common import EXIT_ROWS_REJECTED, PASSPHRASE_ENV, USER_ENV
from hrdoc.services import languages
from hrdoc.services.records import RecordService
from hrdoc.services.session import unlock_store
from tests.helpers import PASSPHRASE
from tests.helpers import run_cli as hrdoc
from tests.real_catalogues import compile_real_catalogues
from tests.services.support import audit_log

HEADER = (
    "event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,inter1,location,latitude,longitude,iso"
)
GOOD = "MLI1,2025-07-26,1,Violence against civilians,Attack,Wagner Group,8,Annefif,18.0505,-1.9237,466"


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    monkeypatch.setenv(USER_ENV, "cli-tester")
    monkeypatch.chdir(tmp_path)


def one_line_error(err: str, *fragments: str) -> None:
    [line] = err.splitlines()
    assert line.startswith("hrdoc: error: ")
    for fragment in fragments:
        assert fragment in line


def new_case(store: Path, reference: str) -> None:
    ctx = unlock_store(store, PASSPHRASE, record_unlock=False)
    try:
        RecordService(ctx).create("case", reference=reference, title="Imported events")
    finally:
        ctx.close()


def test_table_writes_excel_ready_csv_and_refuses_to_overwrite(
    demo_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "witnesses.csv"
    code, out, _ = hrdoc(capsys, "table", "ML-2025-004", "witness", "-o", target, "--db", demo_copy)
    assert code == 0 and "wrote 1 row (witness) of ML-2025-004 for internal use to" in out
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    [row] = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert row["pseudonym"] == "W-01" and row["legal_name"] == "[protected]"

    code, _, err = hrdoc(capsys, "table", "ML-2025-004", "witness", "-o", target, "--db", demo_copy)
    one_line_error(err, "already exists", "--force")
    code, out, _ = hrdoc(
        capsys, "table", "ML-2025-004", "witness", "-o", target, "--audience", "public", "--force", "--db", demo_copy
    )
    assert code == 0 and "wrote 0 rows (witness) of ML-2025-004 for the public" in out, (
        "the witness has shared no account with the public"
    )

    code, _, err = hrdoc(capsys, "table", "ML-2025-004", "drafts", "-o", tmp_path / "x.csv", "--db", demo_copy)
    assert code != 0
    one_line_error(err, "no table of 'drafts' records", "incident")
    assert not (tmp_path / "x.csv").exists()


@pytest.mark.parametrize(("language", "account"), [("fr", "Témoignage de W-01"), ("ar", "إفادة W-01")])
def test_table_names_accounts_in_the_terminals_language(
    demo_copy: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    account: str,
) -> None:
    monkeypatch.setattr(languages, "CATALOGUES", compile_real_catalogues(tmp_path / "translations", (language,)))
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", f"{language}_FR.UTF-8" if language == "fr" else "ar_EG.UTF-8")
    messages._catalogue.cache_clear()
    target = tmp_path / "links.csv"
    try:
        code, _, _ = hrdoc(capsys, "table", "ML-2025-004", "link", "-o", target, "--db", demo_copy)
    finally:
        messages._catalogue.cache_clear()
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(target.read_text("utf-8-sig"), newline="")))
    assert account in {row["account_label"] for row in rows}
    assert not any("Account of" in value for row in rows for value in row.values())


def test_acled_export_then_import_into_another_case(
    demo_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new_case(demo_copy, "ML-ACLED-1")
    source = tmp_path / "events.csv"
    source.write_text(f"{HEADER}\r\n{GOOD}\r\n", encoding="utf-8")
    code, out, err = hrdoc(capsys, "acled-import", "ML-ACLED-1", source, "--db", demo_copy)
    assert (code, err) == (0, "")
    assert out.startswith("imported 1 of 1 rows from events.csv as incidents")

    exported = tmp_path / "out.csv"
    code, out, _ = hrdoc(capsys, "acled-export", "ML-ACLED-1", "-o", exported, "--db", demo_copy)
    assert code == 0 and "wrote 1 incident of" in out
    [row] = list(csv.DictReader(io.StringIO(exported.read_text(encoding="utf-8-sig"), newline="")))
    assert (row["event_id_cnty"], row["actor1"], row["inter1"], row["longitude"]) == (
        "MLI1",
        "Wagner Group",
        "External/Other forces",
        "-1.9237",
    )
    new_case(demo_copy, "ML-ACLED-2")
    code, out, _ = hrdoc(capsys, "acled-import", "ML-ACLED-2", exported, "--db", demo_copy)
    assert code == 0 and "imported 1 of 1 rows" in out


def test_acled_import_lists_rejected_rows_by_line_and_keeps_the_rest(
    demo_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad_date = GOOD.replace("MLI1,2025-07-26", "MLI2,2025-02-30")
    bad_lat = GOOD.replace("MLI1", "MLI3").replace("18.0505", "200")
    source = tmp_path / "mixed.csv"
    source.write_text(f"{HEADER}\r\n{GOOD}\r\n{bad_date}\r\n\r\n{bad_lat}\r\n", encoding="utf-8")

    code, out, _ = hrdoc(capsys, "acled-import", "ML-2025-004", source, "--db", demo_copy, "--strict")
    assert code == EXIT_ROWS_REJECTED
    assert out.splitlines()[0].startswith("imported nothing from mixed.csv: 2 of 4 rows rejected")

    code, out, _ = hrdoc(capsys, "acled-import", "ML-2025-004", source, "--db", demo_copy)
    assert code == EXIT_ROWS_REJECTED
    lines = out.splitlines()
    assert lines[0].startswith("imported 1 of 4 rows from mixed.csv") and "2 rows rejected" in lines[0]
    assert lines[1].startswith("line 3: event_date: '2025-02-30' is not a date")
    assert lines[2] == "line 5: latitude: must be between -90 and 90 degrees"
    assert lines[3] == "line 4: empty row (skipped)"
    ctx = unlock_store(demo_copy, PASSPHRASE, record_unlock=False)
    try:
        imports = [e for e in audit_log(ctx) if e["action"] == "import"]
    finally:
        ctx.close()
    assert len(imports) == 1 and imports[0]["details"]["rejected_lines"] == [3, 5]


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00", "is not a CSV file"),
        ("event_date,event_type,location\r\n2025-07-26,Battles,Ségou\r\n".encode("latin-1"), "is not UTF-8 text"),
    ],
)
def test_acled_import_refuses_what_is_not_a_utf8_csv_in_one_line(
    demo_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, fragment: str
) -> None:
    source = tmp_path / "events.csv"
    source.write_bytes(content)
    code, out, err = hrdoc(capsys, "acled-import", "ML-2025-004", source, "--db", demo_copy)
    assert code == 1 and out == ""
    one_line_error(err, fragment)
    code, _, err = hrdoc(capsys, "acled-import", "ML-2025-004", tmp_path / "missing.csv", "--db", demo_copy)
    one_line_error(err, "no file at")
