"""An installed hrdoc runs without its source tree (issue 18, point 1): the wheel is built from the project's
files, installed (not editable) into a fresh virtual environment outside the checkout, and run from there: its
version, a demo store, a report with its fonts embedded, and the interface offscreen with every icon drawn and
the translations found.

How the wheel is built and installed, without network: tests/wheels.py.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from pdfminer.high_level import extract_text

import hrdoc
from tests.wheels import ROOT, run

pytestmark = pytest.mark.slow


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


def test_the_atlas_is_read_from_the_wheel(installed) -> None:
    """The map's boundaries are package data (issue 17, point 3): the installed package finds them."""
    python, env, work = installed
    script = "from hrdoc.services.atlas import atlas; print(atlas().region_at(-0.04, 16.27).name)"
    assert run([str(python), "-c", script], env, work).stdout.strip() == "Gao"
