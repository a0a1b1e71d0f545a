"""``hrdoc report``: what the report will hold is said on stderr before it is made, and a report that would hold no
incident is refused unless ``--allow-empty`` is given."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pypdf
import pytest

from hrdoc.cli.common import PASSPHRASE_ENV, USER_ENV
from hrdoc.services.cases import CaseService
from hrdoc.services.demo import DEMO_REFERENCE
from hrdoc.services.records import RecordService
from hrdoc.services.reporting import ReportService
from hrdoc.services.session import unlock_store
from tests.helpers import PASSPHRASE
from tests.helpers import run_cli as hrdoc
from tests.real_catalogues import terminal_speaks


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    monkeypatch.setenv(USER_ENV, "cli-tester")
    monkeypatch.chdir(tmp_path)


def scope_lines(db: Path, audience: str) -> list[str]:
    ctx = unlock_store(db, PASSPHRASE, record_unlock=False)
    try:
        return ReportService(ctx).scope(DEMO_REFERENCE, audience).lines()
    finally:
        ctx.close()


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in pypdf.PdfReader(path).pages).split())


@pytest.mark.parametrize("audience", ["public", "partners", "internal"])
def test_the_report_says_on_stderr_what_it_will_hold(
    capsys: pytest.CaptureFixture[str], demo_copy: Path, tmp_path: Path, audience: str
) -> None:
    target = tmp_path / f"{audience}.pdf"
    code, out, err = hrdoc(capsys, "report", DEMO_REFERENCE, "--audience", audience, "-o", target, "--db", demo_copy)
    assert code == 0, err
    said = [
        f"the {audience} report of {DEMO_REFERENCE} will hold:",
        *(f"  {s}" for s in scope_lines(demo_copy, audience)),
    ]
    assert err.splitlines() == said  # the dialog's lines, word for word
    assert "Incidents: 2 of 2" in err and "Incidents" not in out  # a message for the person, not data
    assert target.read_bytes().startswith(b"%PDF")
    # The demo case is restricted: its summary reaches partners and the team, never the public.
    summary = "Human Rights Watch has documented earlier killings"
    assert (summary in pdf_text(target)) == (audience != "public")
    assert ("its summary is left out" in err) == (audience == "public")


def test_a_report_with_no_incident_is_refused_unless_allowed(
    capsys: pytest.CaptureFixture[str], demo_copy: Path, tmp_path: Path
) -> None:
    ctx = unlock_store(demo_copy, PASSPHRASE, record_unlock=False)
    try:
        records = RecordService(ctx)
        case = CaseService(ctx).resolve(DEMO_REFERENCE).id
        for incident in records.records("incident", case):
            records.update("incident", incident.id, visibility="restricted")
    finally:
        ctx.close()
    target = tmp_path / "public.pdf"
    args = ["report", DEMO_REFERENCE, "--audience", "public", "-o", target, "--db", demo_copy]

    code, out, err = hrdoc(capsys, *args)
    assert code == 1 and out == ""
    *said, error = err.splitlines()
    assert "  Incidents: 0 of 2 (left out: 2 restricted)" in said
    assert error == (
        f"hrdoc: error: the public report of {DEMO_REFERENCE} would hold none of the case's 2 incidents "
        "(left out: 2 restricted); nothing was written: use --allow-empty to make it anyway"
    )
    assert not target.exists() and list(tmp_path.glob("*.pdf*")) == []

    code, out, err = hrdoc(capsys, *args, "--allow-empty")
    assert code == 0, err
    assert target.read_bytes().startswith(b"%PDF")
    assert "Incidents: 0 of 2" in err
    # Partners may see restricted incidents: their report is not empty, and is made without asking.
    code, _out, err = hrdoc(
        capsys, "report", DEMO_REFERENCE, "--audience", "partners", "-o", tmp_path / "p.pdf", "--db", demo_copy
    )
    assert code == 0, err
    assert "Incidents: 2 of 2" in err


def test_a_report_that_fails_part_way_leaves_no_file(
    capsys: pytest.CaptureFixture[str], demo_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The report is written beside its target as it is made; if making it fails, the part written goes, and
    the file already there is left as it was."""
    from hrdoc.services.reporting import CaseReportRenderer

    def failing(self: CaseReportRenderer, into: Any, progress: Any = None) -> None:
        into.write(b"%PDF-1.4 part of a report")
        raise OSError(28, "No space left on device")

    target = tmp_path / "internal.pdf"
    target.write_bytes(b"an earlier report")
    monkeypatch.setattr(CaseReportRenderer, "write", failing)
    args = ("report", DEMO_REFERENCE, "--audience", "internal", "-o", target, "--db", demo_copy, "--force")
    code, _out, err = hrdoc(capsys, *args)
    assert code != 0 and f"cannot write {target}: No space left on device" in err
    assert target.read_bytes() == b"an earlier report"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".internal")) == []  # no part left


def test_what_the_report_will_hold_is_said_in_the_terminals_language(
    capsys: pytest.CaptureFixture[str], demo_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The report dialog's sentences (hrdoc.services.reporting.scope_words), with the real French catalogue."""
    target = tmp_path / "public.pdf"
    with terminal_speaks("fr", tmp_path / "translations", monkeypatch):
        code, _out, err = hrdoc(
            capsys, "report", DEMO_REFERENCE, "--audience", "public", "-o", target, "--db", demo_copy
        )
    assert code == 0, err
    said = err.replace("\u00a0", " ").replace("\u202f", " ").splitlines()
    assert "  Incidents : 2 sur 2" in said
    assert "  Témoins : 0 sur 1 (écartés : 1 confidentiel(s))" in said
    assert any(line.startswith("  Le dossier est restreint : son champ « résumé » est écarté") for line in said)
    assert not [line for line in said if " of " in line or "left out" in line], said
