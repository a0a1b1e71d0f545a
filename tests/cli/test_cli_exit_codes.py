"""Each kind of failure has its own exit status, so that a script can tell "no such case" from "wrong passphrase"
from "the store is busy, try again" without reading the message; and each is documented."""

from __future__ import annotations

import io
import uuid
from pathlib import Path

import pytest

from hrdoc.cli import main
from hrdoc.cli.common import (
    BUNDLE_ENV,
    EXIT_BUSY,
    EXIT_NO_STORE,
    EXIT_NOT_FOUND,
    EXIT_STATUSES,
    EXIT_USAGE,
    EXIT_USER_ERROR,
    EXIT_VERIFY_FAILED,
    EXIT_WRONG_PASSPHRASE,
    PASSPHRASE_ENV,
)
from hrdoc.services.session import unlock_store
from hrdoc.storage import engine as engine_module
from hrdoc.storage import models as m
from tests.helpers import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
CASE = "ML-2025-004"


def hrdoc(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    capsys.readouterr()
    out = io.StringIO()
    try:
        code = main([str(a) for a in argv], out=out)
    except SystemExit as exit:  # argparse's own refusals
        code = int(exit.code or 0)
    return code, out.getvalue(), capsys.readouterr().err


@pytest.fixture(autouse=True)
def _passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)


def one_error(result: tuple[int, str, str], status: int, fragment: str) -> None:
    code, out, err = result
    assert (code, out) == (status, ""), err
    [line] = err.splitlines()
    assert line.startswith("hrdoc: error: ") and fragment in line, line


def test_the_statuses_are_distinct() -> None:
    codes = [code for code, _meaning in EXIT_STATUSES]
    assert len(set(codes)) == len(codes)
    assert {EXIT_USER_ERROR, EXIT_USAGE, EXIT_NOT_FOUND, EXIT_NO_STORE, EXIT_WRONG_PASSPHRASE, EXIT_BUSY} <= set(codes)
    assert EXIT_VERIFY_FAILED == 3  # kept from before: scripts rely on it


def test_not_found(capsys: pytest.CaptureFixture[str], demo_db: Path, tmp_path: Path) -> None:
    one_error(hrdoc(capsys, "show", "ML-2099-999", "--db", demo_db), EXIT_NOT_FOUND, "no case with reference")
    one_error(hrdoc(capsys, "evidence", "XX-1", "--db", demo_db, "--json"), EXIT_NOT_FOUND, "'XX-1'")
    missing = str(uuid.uuid4())
    one_error(hrdoc(capsys, "custody", missing, "--db", demo_db), EXIT_NOT_FOUND, missing)
    one_error(hrdoc(capsys, "attach", CASE, tmp_path / "nothing.jpg", "--db", demo_db), EXIT_NOT_FOUND, "no file at")
    one_error(hrdoc(capsys, "import", tmp_path / "nothing.hrdoc", "--db", demo_db), EXIT_NOT_FOUND, "no file at")


def test_no_store(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.db"
    one_error(hrdoc(capsys, "cases", "--db", missing), EXIT_NO_STORE, f"no store at {missing}")
    assert not missing.exists()


def test_wrong_passphrase(
    capsys: pytest.CaptureFixture[str], demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = tmp_path / "case.hrdoc"
    monkeypatch.setenv(BUNDLE_ENV, "the bundle's passphrase")
    assert hrdoc(capsys, "export", CASE, "-o", bundle, "--encrypt", "--db", demo_db)[0] == 0
    monkeypatch.setenv(BUNDLE_ENV, "another passphrase")
    one_error(hrdoc(capsys, "import", bundle, "--db", demo_db), EXIT_WRONG_PASSPHRASE, "wrong bundle passphrase")
    monkeypatch.setenv(PASSPHRASE_ENV, "not the passphrase")
    one_error(hrdoc(capsys, "cases", "--db", demo_db), EXIT_WRONG_PASSPHRASE, "wrong passphrase")
    not_a_store = tmp_path / "notes.txt"
    not_a_store.write_text("field notes")
    one_error(hrdoc(capsys, "cases", "--db", not_a_store), EXIT_WRONG_PASSPHRASE, "not an hrdoc store")


def test_busy(capsys: pytest.CaptureFixture[str], demo_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 200)
    other = unlock_store(demo_copy, PASSPHRASE, record_unlock=False)
    try:
        with other.write() as session:  # another hrdoc process is in the middle of saving
            session.add(m.StoreMeta(key="in-progress", value="x"))
            session.flush()
            one_error(hrdoc(capsys, "cases", "--db", demo_copy), EXIT_BUSY, "the store is busy")
    finally:
        other.close()
    assert hrdoc(capsys, "cases", "--db", demo_copy)[0] == 0  # and trying again works


def test_bad_usage(capsys: pytest.CaptureFixture[str], demo_db: Path) -> None:
    code, out, err = hrdoc(capsys, "show", "--db", demo_db)  # argparse: CASE missing
    assert (code, out) == (EXIT_USAGE, "") and "the following arguments are required: CASE" in err
    code, _out, err = hrdoc(capsys, "nonsense")
    assert code == EXIT_USAGE and "invalid choice" in err
    one_error(hrdoc(capsys, "search", "x", "--limit", "0", "--db", demo_db), EXIT_USAGE, "--limit")
    one_error(hrdoc(capsys, "custody", "not-an-id", "--db", demo_db), EXIT_USAGE, "not an evidence item id")
    one_error(hrdoc(capsys, "conflicts", CASE, "--keep", "local", "--db", demo_db), EXIT_USAGE, "go together")
    one_error(hrdoc(capsys, "table", CASE, "weather", "-o", "x.csv", "--db", demo_db), EXIT_USAGE, "no table")


def test_other_errors_you_can_put_right(capsys: pytest.CaptureFixture[str], demo_db: Path, tmp_path: Path) -> None:
    taken = tmp_path / "taken.pdf"
    taken.write_bytes(b"")
    result = hrdoc(capsys, "report", CASE, "-o", taken, "--audience", "internal", "--db", demo_db)
    one_error(result, EXIT_USER_ERROR, "already exists")


def test_the_statuses_are_documented(capsys: pytest.CaptureFixture[str]) -> None:
    """In the README's command-line section and at the end of ``hrdoc --help``, each status with its meaning."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    out = capsys.readouterr().out
    assert done.value.code == 0
    for status, meaning in EXIT_STATUSES:
        assert f"| {status} | {meaning} |" in readme, status
        assert f"  {status:>3}  {meaning}\n" in out, status
