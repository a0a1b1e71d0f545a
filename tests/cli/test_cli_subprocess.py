"""The ``hrdoc`` command end to end, in real processes: what a user at a terminal sees."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from hrdoc.cli.common import PASSPHRASE_ENV
from tests.helpers import PASSPHRASE


def hrdoc(cwd: Path, *argv: str | Path, passphrase: str | None = PASSPHRASE) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != PASSPHRASE_ENV}
    if passphrase is not None:
        env[PASSPHRASE_ENV] = passphrase
    return subprocess.run(
        [sys.executable, "-m", "hrdoc", *map(str, argv)],
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,  # no terminal to prompt on
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def assert_clean_one_line_error(proc: subprocess.CompletedProcess[str], *fragments: str) -> None:
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    for fragment in fragments:
        assert fragment in lines[0]


@pytest.mark.slow
def test_demo_cases_show_search_verify(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"

    demo = hrdoc(tmp_path, "demo", "--db", db)
    assert demo.returncode == 0, demo.stderr
    assert "ML-2025-004" in demo.stdout

    cases = hrdoc(tmp_path, "cases", "--db", db, "--json")
    assert cases.returncode == 0, cases.stderr
    [case] = json.loads(cases.stdout)
    assert (case["reference"], case["title"]) == ("ML-2025-004", "Annefif convoy killings")

    show = hrdoc(tmp_path, "show", case["id"], "--db", db, "--json")
    assert show.returncode == 0, show.stderr
    data = json.loads(show.stdout)
    assert data["case"]["reference"] == "ML-2025-004"
    [witness] = data["witnesses"]
    assert (witness["pseudonym"], witness["identity"]["legal_name"]) == ("W-01", "[protected]")
    assert "Fictional" not in show.stdout

    search = hrdoc(tmp_path, "search", "anefis", "--db", db, "--json")
    assert search.returncode == 0, search.stderr
    titles = {h["title"] for h in json.loads(search.stdout) if h["kind"] == "incident"}
    assert "Attack on a civilian convoy near Annefif" in titles

    verify = hrdoc(tmp_path, "verify", "--db", db)
    assert verify.returncode == 0, verify.stdout
    assert "hash chain intact" in verify.stdout
    assert demo.stderr == cases.stderr == show.stderr == search.stderr == verify.stderr == ""


def test_wrong_passphrase_in_a_real_process(tmp_path: Path, demo_db: Path) -> None:
    proc = hrdoc(tmp_path, "show", "ML-2025-004", "--db", demo_db, passphrase="wrong horse battery staple")

    assert_clean_one_line_error(proc, "wrong passphrase, or not an hrdoc store")
    assert proc.stdout == ""


def test_no_passphrase_and_no_terminal_in_a_real_process(tmp_path: Path, demo_db: Path) -> None:
    proc = hrdoc(tmp_path, "cases", "--db", demo_db, passphrase=None)

    assert_clean_one_line_error(proc, "no passphrase", PASSPHRASE_ENV, "--passphrase-file")


def test_missing_store_in_a_real_process(tmp_path: Path) -> None:
    db = tmp_path / "nowhere" / "store.db"

    proc = hrdoc(tmp_path, "cases", "--db", db)

    assert_clean_one_line_error(proc, str(db))
    assert list(tmp_path.iterdir()) == []
