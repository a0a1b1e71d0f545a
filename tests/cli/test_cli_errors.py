"""Failures of the ``hrdoc`` command, in real processes with no terminal: each is one line on stderr, never a
traceback, never record contents; and stored text never drives the terminal it is printed on."""

from __future__ import annotations

import io
import json
import os
import pty
import select
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hrdoc.cli import COMMANDS, EXIT_BUG, main
from hrdoc.cli.common import DEBUG_ENV, PASSPHRASE_ENV
from hrdoc.storage.vault import Vault
from tests.cli.test_cli_subprocess import assert_clean_one_line_error, hrdoc
from tests.helpers import PASSPHRASE
from tests.services.test_acled import acled_row, csv_bytes

CASE = "ML-2025-004"
NOT_UTF8 = b"\xff\xfe\x00caf\xe9 passphrase\n"  # Latin-1 and UTF-16 fragments: what a Windows editor may save
RAW_CONTROLS = ("\x1b", "\x9b", "\x07", "\x08", "\r")


def run_in_process(*argv: str | Path) -> tuple[int, str]:
    out = io.StringIO()
    os.environ[PASSPHRASE_ENV] = PASSPHRASE
    try:
        return main([str(a) for a in argv], out=out), out.getvalue()
    finally:
        del os.environ[PASSPHRASE_ENV]


def case_json(db: Path) -> str:
    """The whole case, protected identities included, as ``show --json --reveal`` gives it."""
    code, out = run_in_process("show", CASE, "--db", db, "--json", "--reveal", "--reason", "test")
    assert code == 0
    return out


@pytest.fixture(scope="module")
def encrypted_bundle(tmp_path_factory: pytest.TempPathFactory, demo_db: Path) -> Path:
    folder = tmp_path_factory.mktemp("bundle")
    secret = folder / "bundle-passphrase.txt"
    secret.write_text("bundle passphrase\n", encoding="utf-8")
    bundle = folder / "case.hrdoc"
    code, _ = run_in_process(
        "export", CASE, "--db", demo_db, "-o", bundle, "--encrypt", "--bundle-passphrase-file", secret
    )
    assert code == 0
    return bundle


def test_an_encrypted_bundle_with_no_passphrase_and_no_terminal(
    tmp_path: Path, demo_copy: Path, encrypted_bundle: Path
) -> None:
    before = case_json(demo_copy)
    proc = hrdoc(tmp_path, "import", encrypted_bundle, "--db", demo_copy)
    assert_clean_one_line_error(
        proc, "the bundle is encrypted and no passphrase given", "--bundle-passphrase-file", "no terminal"
    )
    assert case_json(demo_copy) == before


def test_export_encrypt_with_no_passphrase_and_no_terminal_writes_nothing(tmp_path: Path, demo_db: Path) -> None:
    target = tmp_path / "out.hrdoc"
    proc = hrdoc(tmp_path, "export", CASE, "--db", demo_db, "-o", target, "--encrypt")
    assert_clean_one_line_error(proc, "--encrypt needs a bundle passphrase", "no terminal")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("which", ["store", "bundle"])
def test_a_passphrase_file_that_is_not_utf8(tmp_path: Path, demo_db: Path, encrypted_bundle: Path, which: str) -> None:
    secret = tmp_path / "passphrase.txt"
    secret.write_bytes(NOT_UTF8)
    if which == "store":
        proc = hrdoc(tmp_path, "cases", "--db", demo_db, "--passphrase-file", secret, passphrase=None)
    else:
        proc = hrdoc(tmp_path, "import", encrypted_bundle, "--db", demo_db, "--bundle-passphrase-file", secret)
    assert_clean_one_line_error(proc, f"file {secret} is not UTF-8 text", "save it as UTF-8")


def test_a_passphrase_file_that_is_a_folder(tmp_path: Path, demo_db: Path) -> None:
    proc = hrdoc(tmp_path, "cases", "--db", demo_db, "--passphrase-file", tmp_path, passphrase=None)
    assert_clean_one_line_error(proc, f"the passphrase file {tmp_path} is a folder")


def test_sync_with_a_missing_team_passphrase_file(tmp_path: Path, demo_db: Path) -> None:
    team = tmp_path / "team.db"
    shutil.copyfile(demo_db, team)
    missing = tmp_path / "nowhere.txt"
    proc = hrdoc(tmp_path, "sync", CASE, "--db", demo_db, "--team", team, "--team-passphrase-file", missing)
    assert_clean_one_line_error(proc, f"cannot read the team store passphrase file {missing}: No such file")


def test_sync_with_no_team_passphrase_and_no_terminal(tmp_path: Path, demo_db: Path) -> None:
    team = tmp_path / "team.db"
    shutil.copyfile(demo_db, team)
    proc = hrdoc(tmp_path, "sync", CASE, "--db", demo_db, "--team", team)
    assert_clean_one_line_error(proc, f"no passphrase for the team store {team}", "HRDOC_TEAM_PASSPHRASE")


def test_verify_when_the_vault_folder_is_a_file(tmp_path: Path, demo_copy: Path) -> None:
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 not much of a photo")
    assert run_in_process("attach", CASE, photo, "--db", demo_copy)[0] == 0
    vault = Vault.folder_for(demo_copy)
    shutil.rmtree(vault)
    vault.write_bytes(b"something else")

    proc = hrdoc(tmp_path, "verify", "--db", demo_copy)

    assert_clean_one_line_error(proc, f"{vault} should be the folder of this store's evidence files", "a file")
    assert vault.read_bytes() == b"something else"


@pytest.fixture
def hostile_store(tmp_path: Path, demo_copy: Path) -> Path:
    """The demo store after importing an ACLED file whose cells hold terminal escape sequences."""
    rows = [
        acled_row(1, location="Gao\x1b]0;owned\x07", notes="\x1b[2J\x1b[31mcleared\x9b0m\rover", actor1="W\x08X"),
        acled_row(2, event_type="Battles\x1b[8m"),  # rejected: the report quotes the value
    ]
    (tmp_path / "events.csv").write_bytes(csv_bytes(rows))
    return demo_copy


def assert_no_raw_controls(text: str) -> None:
    for char in RAW_CONTROLS:
        assert char not in text, repr(char)


def test_escape_sequences_in_stored_text_are_shown_not_obeyed(tmp_path: Path, hostile_store: Path) -> None:
    code, report = run_in_process("acled-import", CASE, tmp_path / "events.csv", "--db", hostile_store)
    assert code == 4
    assert_no_raw_controls(report)

    show = hrdoc(tmp_path, "show", CASE, "--db", hostile_store)
    assert show.returncode == 0, show.stderr
    assert_no_raw_controls(show.stdout)
    assert "\\x1b[2J\\x1b[31mcleared\\x9b0m\\x0dover" in show.stdout
    assert "Gao\\x1b]0;owned\\x07" in show.stdout

    search = hrdoc(tmp_path, "search", "owned", "--db", hostile_store)
    assert search.returncode == 0, search.stderr
    assert_no_raw_controls(search.stdout)
    assert "Attack in Gao\\x1b]0;owned\\x07" in search.stdout

    # JSON escapes them (C1 controls and DEL included) and gives them back exactly as stored.
    show_json = hrdoc(tmp_path, "show", CASE, "--db", hostile_store, "--json")
    assert show_json.returncode == 0, show_json.stderr
    assert_no_raw_controls(show_json.stdout)
    descriptions = {i["description"] for i in json.loads(show_json.stdout)["incidents"]}
    assert "\x1b[2J\x1b[31mcleared\x9b0m\rover" in descriptions


def test_error_messages_quoting_a_file_name_stay_one_harmless_line(tmp_path: Path, demo_db: Path) -> None:
    name = tmp_path / "evil\x1b[2J\nname.txt"
    proc = hrdoc(tmp_path, "cases", "--db", demo_db, "--passphrase-file", name, passphrase=None)
    assert_clean_one_line_error(proc, "cannot read the passphrase file", "evil\\x1b[2J\\nname.txt")
    assert "\x1b" not in proc.stderr


def test_a_bug_is_one_line_saying_so_and_the_details_only_when_asked(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The last-resort handler: no command fails this way on purpose, so one is made to."""

    def broken(*_args: object) -> int:
        raise RuntimeError("INSERT ... ('Fictional Witness Name', '+223 70 00 00 00')")

    monkeypatch.setitem(COMMANDS, "cases", broken)
    monkeypatch.delenv(DEBUG_ENV, raising=False)
    assert main(["cases", "--db", str(demo_db)], out=io.StringIO()) == EXIT_BUG
    err = capsys.readouterr().err
    assert err.splitlines() == [
        "hrdoc: error: unexpected RuntimeError: this is a bug: please report it (run it again with --debug or "
        f"{DEBUG_ENV}=1 for the details, which may quote your data)"
    ]

    assert main(["cases", "--db", str(demo_db), "--debug"], out=io.StringIO()) == EXIT_BUG
    err = capsys.readouterr().err
    assert "Traceback" in err and "Fictional Witness Name" in err


def read_until(fd: int, wanted: bytes, seconds: float) -> bytes:
    """What a terminal shows until ``wanted`` appears, the writer closes it, or time runs out."""
    seen = b""
    deadline = time.monotonic() + seconds
    while wanted not in seen and time.monotonic() < deadline:
        if select.select([fd], [], [], 0.2)[0]:
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # the other end is closed
                break
            if not chunk:
                break
            seen += chunk
    return seen


@pytest.mark.slow
def test_ctrl_c_during_an_import_saves_nothing_and_says_so(tmp_path: Path, demo_copy: Path) -> None:
    events = tmp_path / "events.csv"
    events.write_bytes(csv_bytes([acled_row(n) for n in range(1, 20001)]))
    before = case_json(demo_copy)
    env = {k: v for k, v in os.environ.items() if k != PASSPHRASE_ENV} | {PASSPHRASE_ENV: PASSPHRASE}
    # stderr on a terminal, so the import shows how far it has read: the interrupt comes while it reads,
    # inside the import's transaction.
    terminal, stderr = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "hrdoc", "acled-import", CASE, str(events), "--db", str(demo_copy)],
        cwd=tmp_path,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=stderr,
    )
    os.close(stderr)
    try:
        shown = read_until(terminal, b"reading: ", 60)
        assert b"reading: " in shown, shown
        proc.send_signal(signal.SIGINT)
        out, _ = proc.communicate(timeout=60)
        shown += read_until(terminal, b"\n\n", 5)
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(terminal)
    assert proc.returncode == 130, out
    assert shown.decode().splitlines()[-1] == "hrdoc: interrupted; nothing was saved"
    assert case_json(demo_copy) == before
