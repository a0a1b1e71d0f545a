"""Building hrdoc's wheel from a source tree and installing it, non-editably, into a fresh virtual environment
outside the checkout, as a person installs a release (tests/test_wheel.py, tests/test_upgrade.py).

The new environment takes hrdoc's dependencies (PySide6, SQLCipher, ReportLab...) from the test's own
environment through a path file, so nothing is downloaded; hrdoc itself comes only from the wheel. (A path
file's plain lines add folders without running their own path files, so an editable hrdoc there is not seen.)
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROJECT_FILES = ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "hrdoc", "resources")


def run(args: list[str], env: dict[str, str], cwd: Path, timeout: int = 300) -> subprocess.CompletedProcess[str]:
    """Run a command that must succeed; its output."""
    done = subprocess.run(args, env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, f"{args}: {done.returncode}\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}"
    return done


def make_folder(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def copy_project(root: Path, target: Path) -> Path:
    """The project's own files of the tree at ``root``: no build folder, compiled catalogues or caches."""
    make_folder(target)
    for name in PROJECT_FILES:
        path = root / name
        if path.is_dir():
            shutil.copytree(path, target / name, ignore=shutil.ignore_patterns("__pycache__", "*.qm", "*.lock"))
        elif path.exists():
            shutil.copy2(path, target / name)
    return target


def build_wheel(source: Path, out: Path) -> Path:
    """The wheel built from ``source`` (offline: this environment's setuptools, no build isolation)."""
    build = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-q"]
    run([*build, "-w", str(out), str(source)], dict(os.environ), source.parent)
    (wheel,) = out.glob("hrdoc-*.whl")
    return wheel


def install_wheel(wheel: Path, env_dir: Path) -> Path:
    """A new virtual environment at ``env_dir`` with ``wheel`` installed; its python."""
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    purelib = run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], {}, env_dir)
    (Path(purelib.stdout.strip()) / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    # This environment's pip, installing for the new one's python (its scripts start that python).
    install = [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps", "--no-index"]
    run([*install, str(wheel)], dict(os.environ), env_dir)
    return python


def installed_checkout(base: Path) -> tuple[Path, dict[str, str], Path]:
    """This checkout's hrdoc, installed from its wheel under ``base``: (the environment's python, a session's
    environment for running it, a working folder outside the checkout)."""
    python = install_wheel(build_wheel(copy_project(ROOT, base / "source"), base / "wheels"), base / "env")
    return python, run_environment(base / "home", python), make_folder(base / "work")


def run_environment(home: Path, python: Path, passphrase: str = "annefif-demo") -> dict[str, str]:
    """The environment of a person's session: a fresh home, the installed environment's scripts on the path,
    no screen (Qt offscreen), the store's passphrase given as the commands take it."""
    make_folder(home)
    return {
        "PATH": f"{python.parent}:/usr/bin:/bin",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "QT_QPA_PLATFORM": "offscreen",
        "HRDOC_PASSPHRASE": passphrase,
        "LANG": "C.UTF-8",
    }
