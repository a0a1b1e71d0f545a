"""``hrdoc search --audience``: search results as an audience would see them, as the sharing policy decides."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from hrdoc.cli import main
from hrdoc.cli.common import PASSPHRASE_ENV, USER_ENV
from hrdoc.cli.parser import build_parser
from tests.helpers import PASSPHRASE
from tests.helpers import run_cli as hrdoc


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    monkeypatch.setenv(USER_ENV, "cli-tester")
    monkeypatch.chdir(tmp_path)


def hits(capsys: pytest.CaptureFixture[str], db: Path, query: str, *options: str) -> list[dict[str, Any]]:
    code, out, err = hrdoc(capsys, "search", query, "--db", db, "--json", *options)
    assert code == 0, err
    found: list[dict[str, Any]] = json.loads(out)
    return found


def test_the_audiences_are_named_as_for_every_other_output() -> None:
    def choices(*argv: str) -> list[str]:
        sub = next(a for a in build_parser()._actions if a.dest == "command")
        parser = sub.choices[argv[0]]  # type: ignore[index]
        return list(next(a for a in parser._actions if a.dest == "audience").choices)

    assert choices("search") == choices("report") == choices("table") == choices("export")
    assert build_parser().parse_args(["search", "x"]).audience == "internal"


def test_the_witness_s_account_is_found_only_by_the_team(capsys: pytest.CaptureFixture[str], demo_db: Path) -> None:
    """The demo witness did not agree to sharing beyond the team: their account, and their words quoted in a
    link and a victim's description, are the team's to find."""
    assert {h["kind"] for h in hits(capsys, demo_db, "W-01")} >= {"witness", "account"}
    assert {h["kind"] for h in hits(capsys, demo_db, "W-01", "--audience", "internal")} >= {"witness", "account"}
    for audience in ("partners", "public"):
        assert hits(capsys, demo_db, "W-01", "--audience", audience) == []
        code, out, err = hrdoc(capsys, "search", "W-01", "--db", demo_db, "--audience", audience)
        assert (code, out, err) == (0, "", f"hrdoc: no matches the {audience} may see\n")


def test_what_the_public_may_see_is_found_and_quoted_as_it_would_see_it(
    capsys: pytest.CaptureFixture[str], demo_db: Path
) -> None:
    team = hits(capsys, demo_db, "convoy")
    public = hits(capsys, demo_db, "convoy", "--audience", "public")
    assert public and {h["id"] for h in public} < {h["id"] for h in team}
    assert max(h["score"] for h in public) == 1.0
    # The case's lead investigator (the team's only) and tags (partners at most) are in the team's snippet of
    # the case, not in the public's.
    code, out, err = hrdoc(capsys, "show", "ML-2025-004", "--db", demo_db, "--json")
    case = json.loads(out)["case"]
    lead, tag = case["lead_investigator"], case["tags"][0]
    [case_team] = [h for h in team if h["kind"] == "case"]
    [case_public] = [h for h in public if h["kind"] == "case"]
    assert lead in case_team["snippet"] and tag in case_team["snippet"]
    assert lead not in case_public["snippet"] + case_public["title"]
    assert tag not in case_public["snippet"] + case_public["title"]

    code, out, err = hrdoc(capsys, "search", "anefis", "--db", demo_db, "--audience", "public")
    assert code == 0, err
    rows = [line.split("\t") for line in out.splitlines() if not line.startswith("    ")]
    assert ["Incident", "ML-2025-004", "Attack on a civilian convoy near Annefif"] in [r[:3] for r in rows]


def test_no_audience_finds_a_witness_s_legal_name(capsys: pytest.CaptureFixture[str], demo_db: Path) -> None:
    for audience in ("internal", "partners", "public"):
        assert hits(capsys, demo_db, "Fictional Demo Person", "--audience", audience) == []


def test_an_unknown_audience_is_refused(capsys: pytest.CaptureFixture[str], demo_db: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["search", "x", "--db", str(demo_db), "--audience", "press"], out=io.StringIO())
    assert exit_info.value.code == 2
    assert "invalid choice: 'press'" in capsys.readouterr().err
