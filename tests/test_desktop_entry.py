"""hrdoc on a Linux desktop (issue 18, point 3): ``hrdoc --install-desktop-entry`` writes a menu entry, the icon
and the type of case bundles for this user, which the freedesktop.org tools accept, and a desktop that reads the
shared MIME database then knows a ``.hrdoc`` file (or an encrypted bundle by its first bytes) as a case bundle.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from hrdoc import APP_ID
from hrdoc.cli import main
from hrdoc.services import desktop_entry
from hrdoc.services.exchange.bundle.crypto import MAGIC


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


def test_the_cli_writes_the_entry_icon_and_bundle_type(data_home: Path) -> None:
    out = io.StringIO()
    assert main(["--install-desktop-entry"], out=out) == 0
    entry = data_home / "applications" / f"{APP_ID}.desktop"
    icon = data_home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    mime = data_home / "mime" / "packages" / f"{APP_ID}.xml"
    assert all(path.is_file() for path in (entry, icon, mime))
    assert out.getvalue().count("wrote ") == 3
    lines = entry.read_text(encoding="utf-8").splitlines()
    assert "Name=hrdoc" in lines and f"Icon={APP_ID}" in lines and f"MimeType={desktop_entry.MIME_TYPE};" in lines
    [exec_line] = [line for line in lines if line.startswith("Exec=")]
    assert exec_line.endswith(" gui %f")  # a bundle opened from a file manager is offered for import
    assert any(line.startswith("GenericName[fr]=") for line in lines)  # the interface's languages, from its catalogues
    assert any(line.startswith("GenericName[ar]=") for line in lines)
    assert icon.read_bytes() == (Path(desktop_entry.__file__).parents[1] / "resources/desktop/hrdoc.svg").read_bytes()


def test_the_entry_is_valid_and_quotes_a_command_path_with_spaces(data_home: Path) -> None:
    validate = shutil.which("desktop-file-validate")
    if validate is None:
        pytest.skip("desktop-file-validate is not installed (Debian's desktop-file-utils; .ci/run installs it)")
    [entry, *_] = desktop_entry.install("/opt/my tools/hrdoc")
    text = entry.read_text(encoding="utf-8")
    assert 'Exec="/opt/my tools/hrdoc" gui %f' in text
    checked = subprocess.run([validate, str(entry)], capture_output=True, text=True)
    assert checked.returncode == 0 and not checked.stdout.strip(), checked.stdout + checked.stderr


def test_a_desktop_knows_a_bundle_by_its_name_or_its_first_bytes(data_home: Path, tmp_path: Path) -> None:
    if shutil.which("update-mime-database") is None:
        pytest.skip("update-mime-database is not installed (Debian's shared-mime-info; .ci/run installs it)")
    desktop_entry.install(sys.executable)
    assert (data_home / "mime" / "mime.cache").is_file()  # the database was updated
    plain = tmp_path / "convoy.hrdoc"
    plain.write_bytes(b"PK\x03\x04" + bytes(60))
    sealed = tmp_path / "from-the-office"  # no suffix: known by its content
    sealed.write_bytes(MAGIC + bytes(60))
    script = textwrap.dedent(
        f"""
        from PySide6.QtCore import QMimeDatabase
        database = QMimeDatabase()
        print(database.mimeTypeForFile({str(plain)!r}).name())
        print(database.mimeTypeForFile({str(sealed)!r}, QMimeDatabase.MatchMode.MatchContent).name())
        """
    )
    env = {**os.environ, "XDG_DATA_HOME": str(data_home), "XDG_DATA_DIRS": "/usr/share"}
    found = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
    assert found.stdout.split() == [desktop_entry.MIME_TYPE, desktop_entry.MIME_TYPE]


def test_opening_a_missing_bundle_says_so_in_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["gui", str(tmp_path / "gone.hrdoc")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "gone.hrdoc is not a file" in err[0]
