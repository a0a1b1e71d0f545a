"""Words the services write that the command line prints, in the terminal's language with the real catalogue
(issue 16, point 1): what an evidence file is filed under, its custody details, and why an ACLED row was rejected."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hrdoc.cli.common import PASSPHRASE_ENV, USER_ENV
from hrdoc.services.cases import CaseService
from hrdoc.services.demo import DEMO_REFERENCE
from hrdoc.services.session import unlock_store
from tests.helpers import PASSPHRASE
from tests.helpers import run_cli as hrdoc
from tests.real_catalogues import terminal_speaks

ACLED = "event_id_cnty,event_date,event_type,sub_event_type,country,location,latitude,longitude\nMLI1,,Battles,"
ACLED += "Armed clash,Mali,Annefif,18.05,0.9\n"


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    monkeypatch.setenv(USER_ENV, "cli-tester")


def test_evidence_is_filed_under_a_record_named_in_french(
    demo_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    ctx = unlock_store(demo_copy, PASSPHRASE, record_unlock=False)
    try:
        incident = CaseService(ctx).export(DEMO_REFERENCE)["incidents"][0]
    finally:
        ctx.close()
    notes, photo = tmp_path / "notes.txt", tmp_path / "photo.txt"
    notes.write_text("notes")
    photo.write_text("photo")
    db = ["--db", str(demo_copy)]
    with terminal_speaks("fr", tmp_path / "translations", monkeypatch):
        assert hrdoc(capsys, "attach", DEMO_REFERENCE, str(notes), *db)[0] == 0
        assert hrdoc(capsys, "attach", DEMO_REFERENCE, str(photo), "--to", incident["id"], *db)[0] == 0
        code, out, err = hrdoc(capsys, "evidence", DEMO_REFERENCE, *db)
        item = json.loads(hrdoc(capsys, "evidence", DEMO_REFERENCE, "--json", *db)[1])[0]["id"]
        _code, custody, _err = hrdoc(capsys, "custody", item, *db)
    assert code == 0, err
    filed = [line.split("text/plain")[-1].strip() for line in out.splitlines() if "sha256" in line]
    assert sorted(filed) == sorted(["classé sous dossier", f"classé sous incident\u00a0: {incident['title']}"])
    # A custody entry's details that are not fields of the file are named in words too.
    assert "Empreinte à clé de la provenance\u00a0: hmac-sha256:" in custody and "digest" not in custody


def test_a_rejected_acled_row_says_why_in_french(
    demo_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    csv = tmp_path / "acled.csv"
    csv.write_text(ACLED)
    with terminal_speaks("fr", tmp_path / "translations", monkeypatch):
        _code, out, err = hrdoc(capsys, "acled-import", DEMO_REFERENCE, str(csv), "--db", str(demo_copy))
    assert "ligne 2\u00a0: event_date\u00a0: est obligatoire" in out + err, out + err
    assert "is required" not in out + err
