"""`make run` on a machine with no screen (issue 18, point 6): hrdoc says what is missing and how to get it, exits
with its own status for that (3), and make ends there, with no "Error" line of its own after the explanation."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from hrdoc.gui.display import NO_SCREEN

ROOT = Path(__file__).resolve().parent.parent
VENV_HRDOC = ROOT / ".venv" / "bin" / "hrdoc"

pytestmark = pytest.mark.slow


def headless_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["HOME"] = str(home)
    env["HRDOC_PASSPHRASE"] = "annefif-demo"
    return env


def test_hrdoc_without_a_screen_says_why_and_exits_with_its_own_status(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "hrdoc", "--db", str(tmp_path / "store.db")],
        env=headless_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == NO_SCREEN
    assert done.stderr.startswith("hrdoc: no display") and "xvfb" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.skipif(shutil.which("make") is None or not VENV_HRDOC.exists(), reason="needs make and `make install`")
def test_make_run_without_a_screen_ends_with_the_explanation(tmp_path: Path) -> None:
    # -o: the virtual environment counts as installed (this test runs in it); the demo store goes to tmp_path.
    done = subprocess.run(
        ["make", "--no-print-directory", "-o", ".venv/.installed-stamp", "run", f"DEMO_DB={tmp_path / 'demo.db'}"],
        cwd=ROOT,
        env=headless_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "hrdoc: no display" in done.stderr
    assert "Error" not in done.stdout + done.stderr
    assert done.stderr.rstrip().endswith("xvfb-run make run.")
