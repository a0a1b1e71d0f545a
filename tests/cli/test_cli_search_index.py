"""``hrdoc verify`` names what is wrong in the search index (kind and id, never text), and
``hrdoc verify --rebuild-index`` repairs it, changing no record."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import sqlcipher3 as sqlcipher

from hrdoc.cli import main
from hrdoc.cli.common import EXIT_VERIFY_FAILED, PASSPHRASE_ENV, USER_ENV
from tests.helpers import PASSPHRASE


def hrdoc(*argv: str | Path) -> tuple[int, str]:
    out = io.StringIO()
    return main([str(a) for a in argv], out=out), out.getvalue()


def test_verify_names_a_lost_document_and_rebuild_index_brings_it_back(
    demo_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    monkeypatch.setenv(USER_ENV, "cli-tester")
    conn = sqlcipher.connect(str(demo_copy))
    try:
        conn.execute("PRAGMA key = '" + PASSPHRASE.replace("'", "''") + "'")
        (account,) = conn.execute("SELECT record_id FROM search_docs WHERE kind = 'account' LIMIT 1").fetchone()
        conn.execute("DELETE FROM search_docs WHERE record_id = ?", (account,))
        conn.commit()
    finally:
        conn.close()

    code, out = hrdoc("verify", "--db", demo_copy)
    assert code == EXIT_VERIFY_FAILED
    failed = [line for line in out.splitlines() if line.startswith("FAILED: ")]
    assert failed[0] == (
        f"FAILED: search index: the search document of account {account} is missing: "
        "the record cannot be found by search"
    )
    assert "--rebuild-index" in failed[-1] and len(failed) == 2

    code, out = hrdoc("verify", "--rebuild-index", "--db", demo_copy)
    assert code == 0, out
    assert out.startswith("rebuilt the search index: ")
    assert "FAILED" not in out
    code, out = hrdoc("search", "--kind", "account", "Account", "--db", demo_copy)
    assert account in out.replace("-", "")
