"""An installed hrdoc runs without its source tree (issue 18, point 1): the wheel is built from the project's
files, installed (not editable) into a fresh virtual environment outside the checkout, and run from there: its
version, a demo store, a report with its fonts embedded, and the interface offscreen with every icon drawn and
the translations found.

The new environment takes hrdoc's dependencies (PySide6, SQLCipher, ReportLab...) from the test's own
environment through a path file, so the test needs no network; hrdoc itself comes only from the wheel.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import textwrap
import venv
from pathlib import Path

import pytest
from pdfminer.high_level import extract_text

import hrdoc

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
PROJECT_FILES = ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "hrdoc", "resources")
PASSPHRASE = "annefif-demo"


def run(args: list[str], env: dict[str, str], cwd: Path, timeout: int = 300) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(args, env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, f"{args}: {done.returncode}\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}"
    return done


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str], Path]:
    """(the new environment's python, an environment for running it, a working folder outside the checkout)."""
    base = tmp_path_factory.mktemp("wheel")
    source = base / "source"  # the project's own files only: no build folder, no compiled catalogues, no .venv
    source.mkdir()
    for name in PROJECT_FILES:
        path = ROOT / name
        if path.is_dir():
            shutil.copytree(path, source / name, ignore=shutil.ignore_patterns("__pycache__", "*.qm", "*.lock"))
        elif path.exists():
            shutil.copy2(path, source / name)
    wheels = base / "wheels"
    build = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-q"]
    run([*build, "-w", str(wheels), str(source)], dict(os.environ), base)
    (wheel,) = wheels.glob("hrdoc-*.whl")

    env_dir = base / "env"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    purelib = Path(
        subprocess.check_output(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], text=True
        ).strip()
    )
    # The dependencies, from this environment's site-packages; an editable hrdoc there is not picked up, as a
    # path file's plain lines add folders without running their own path files.
    (purelib / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    # This environment's pip, installing for the new one's python (its scripts start that python).
    install = [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps", "--no-index"]
    run([*install, str(wheel)], dict(os.environ), base)

    work = base / "work"
    work.mkdir()
    home = base / "home"
    home.mkdir()
    env = {
        "PATH": f"{env_dir / 'bin'}:/usr/bin:/bin",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "QT_QPA_PLATFORM": "offscreen",
        "HRDOC_PASSPHRASE": PASSPHRASE,
        "LANG": "C.UTF-8",
    }
    return python, env, work


def test_the_installed_package_is_not_the_checkout(installed) -> None:
    python, env, work = installed
    where = run([str(python), "-c", "import hrdoc; print(hrdoc.__file__)"], env, work).stdout.strip()
    assert Path(where).is_relative_to(python.parents[1]) and not Path(where).is_relative_to(ROOT)


def test_version_demo_and_report_run_from_the_wheel(installed) -> None:
    python, env, work = installed
    hrdoc_command = str(python.parent / "hrdoc")
    assert run([hrdoc_command, "--version"], env, work).stdout.strip() == f"hrdoc {hrdoc.__version__}"
    store = work / "demo.db"
    run([hrdoc_command, "demo", "--db", str(store)], env, work)
    pdf = work / "report.pdf"
    run([hrdoc_command, "--db", str(store), "report", "ML-2025-004", "-o", str(pdf), "--audience", "public"], env, work)
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and b"/FontFile2" in data  # the shipped TrueType fonts, embedded
    assert "ML-2025-004" in extract_text(str(pdf), maxpages=2)


def test_the_interface_finds_its_icons_guide_and_translations(installed) -> None:
    python, env, work = installed
    script = textwrap.dedent(
        """
        from PySide6.QtWidgets import QApplication
        from hrdoc.gui import i18n, icons
        from hrdoc.gui.user_guide import GUIDE_FILE, guide_strings

        app = QApplication([])
        missing = [name for name in sorted(icons.NAMES) if icons.icon(name).isNull()]
        assert not missing, missing
        assert GUIDE_FILE.is_file() and guide_strings()
        for language in ("fr", "ar"):
            installed = i18n.install(app, language)
            assert i18n.tr("&Stay locked") != "&Stay locked", language
            installed.remove()
        print("ok")
        """
    )
    assert run([str(python), "-c", script], env, work).stdout.strip() == "ok"
