"""The passphrase rules hold however the passphrase is given: a new store needs at least 8 characters from the
environment too, and a passphrase file saved by Windows Notepad (a byte-order mark first) unlocks the store."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from hrdoc.services.passphrase import PassphraseProblem, passphrase_from_bytes
from tests.cli.test_cli_subprocess import assert_clean_one_line_error, hrdoc
from tests.helpers import PASSPHRASE


@pytest.mark.parametrize("short", ["x", "1234567"])
def test_init_refuses_a_short_passphrase_from_the_environment(tmp_path: Path, short: str) -> None:
    db = tmp_path / "new.db"
    proc = hrdoc(tmp_path, "init", "--db", db, passphrase=short)
    assert_clean_one_line_error(proc, "too short", "at least 8 characters")
    assert list(tmp_path.iterdir()) == []  # no store, no lock file


@pytest.mark.parametrize(
    "encode",
    [
        lambda text: codecs.BOM_UTF8 + text.encode("utf-8") + b"\r\n",
        lambda text: text.encode("utf-16") + "\r\n".encode("utf-16-le"),  # Notepad's "Unicode"
        lambda text: text.encode("utf-8") + b"\n",
    ],
    ids=["utf8-bom-crlf", "utf16-bom", "plain"],
)
def test_a_passphrase_file_from_notepad_unlocks_the_store(demo_copy: Path, tmp_path: Path, encode: object) -> None:
    secret = tmp_path / "passphrase.txt"
    secret.write_bytes(encode(PASSPHRASE))  # type: ignore[operator]
    proc = hrdoc(tmp_path, "cases", "--db", demo_copy, "--passphrase-file", secret, passphrase=None)
    assert proc.returncode == 0, proc.stderr
    assert "ML-2025-004" in proc.stdout


def test_passphrase_file_rules() -> None:
    assert passphrase_from_bytes(codecs.BOM_UTF8 + b"mot de passe\r\nnext", "f") == "mot de passe"
    with pytest.raises(PassphraseProblem, match="not UTF-8"):
        passphrase_from_bytes(b"\xff\xfe\x00\xd8 broken", "f")  # a lone surrogate in UTF-16
    with pytest.raises(PassphraseProblem, match="empty"):
        passphrase_from_bytes(codecs.BOM_UTF8 + b"\n", "f")
