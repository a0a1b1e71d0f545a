"""The build's one step beyond setuptools' defaults: the interface's translations are compiled (Qt's ``lrelease``,
from PySide6) from their sources in ``resources/translations/*.ts`` into ``hrdoc/resources/translations/*.qm``,
so that every wheel, and an editable install, holds them. The compiled files are build outputs (git-ignored);
``make`` compiles them the same way when a ``.ts`` changes. Everything else is in pyproject.toml."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
SOURCES = ROOT / "resources" / "translations"
COMPILED = ROOT / "hrdoc" / "resources" / "translations"
# PySide6's own wrapper finds the lrelease binary shipped inside the PySide6 package, on every platform.
LRELEASE = "import sys; from PySide6.scripts.pyside_tool import lrelease; lrelease()"


def compile_translations() -> list[Path]:
    """Compile every ``hrdoc_*.ts`` into its ``.qm``; the files made."""
    made = []
    for source in sorted(SOURCES.glob("hrdoc_*.ts")):
        target = COMPILED / (source.stem + ".qm")
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            subprocess.run([sys.executable, "-c", LRELEASE, "-silent", str(source), "-qm", str(target)], check=True)
        except subprocess.CalledProcessError:
            sys.exit(f"lrelease could not compile {source} (building hrdoc needs PySide6, see pyproject.toml)")
        made.append(target)
    return made


class BuildPy(build_py):
    """build_py that compiles the translations first, then lists the package's data files (with them)."""

    def run(self) -> None:
        compile_translations()
        self.__dict__.pop("data_files", None)  # computed on first use: again, now that the .qm files exist
        super().run()


setup(cmdclass={"build_py": BuildPy})
