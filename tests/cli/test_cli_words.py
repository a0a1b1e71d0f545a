"""What the command line prints for people is in words: vocabulary and choice labels, records by their names,
no Python values, counts with their plurals; and what it prints for scripts (stdout) is only data."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from hrdoc.cli.common import PASSPHRASE_ENV
from hrdoc.cli.counts import EVIDENCE_FILES, WITNESSES
from hrdoc.domain.vocabularies import VIOLATION_TYPE
from hrdoc.services.records import RecordService
from hrdoc.services.session import new_store, unlock_store
from tests.helpers import PASSPHRASE, make_account, make_allegation, make_case, make_incident, make_witness
from tests.helpers import run_cli as hrdoc

CASE = "ML-2025-004"
SNAKE_CASE = re.compile(r"\b[a-z0-9]+(?:_[a-z0-9]+)+\b")
UUID = re.compile(r"\b[0-9a-f]{8}(?:-?[0-9a-f]{4}){3}-?[0-9a-f]{12}\b|\b[0-9a-f]{8}\b")
PYTHON = re.compile(r"\b(?:True|False|None)\b|\[\]|\{\}|'\w+': ")


@pytest.fixture(autouse=True)
def _passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)


def codes_in(text: str) -> list[str]:
    """What in ``text`` looks like a code or a program's value rather than words."""
    found = SNAKE_CASE.findall(text) + UUID.findall(text) + PYTHON.findall(text)
    found += re.findall(r"\b(?:low|best|high) \?", text)
    found += re.findall(r"\b1 (?!\w+ss\b)[a-z]+s\b", text)  # "1 witnesses"
    return found


def test_show_is_words_not_codes(capsys: pytest.CaptureFixture[str], demo_db: Path) -> None:
    code, out, err = hrdoc(capsys, "show", CASE, "--db", demo_db)
    assert code == 0, err
    assert codes_in(out) == []
    for words in (
        "  Event type: Violence against civilians — Attack\n",
        "  * Allegation: Extrajudicial or summary execution\n",
        "  Kind of actor: Foreign military or mercenary\n",
        "  Kind of source: NGO report\n",
        "  Reliability of the source: B — usually reliable\n",
        "  How they know: Relative of victim\n",
        "  Fatalities: best 14, low unknown, high unknown\n",
        "      Supports: Account of W-01 — “all passengers in the first car",
        "      Standard of proof met: Reasonable suspicion\n",
    ):
        assert words in out, words


def test_cases_counts_with_their_plurals(capsys: pytest.CaptureFixture[str], demo_db: Path) -> None:
    code, out, _err = hrdoc(capsys, "cases", "--db", demo_db)
    assert code == 0 and codes_in(out) == []
    assert "1 witness, 1 account, 4 sources, 0 evidence files" in out


def test_plurals(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_ALL", "C")
    assert [WITNESSES(1), WITNESSES(2), EVIDENCE_FILES(0), WITNESSES(1234)] == [
        "1 witness",
        "2 witnesses",
        "0 evidence files",
        "1,234 witnesses",
    ]


@pytest.fixture
def dated_store(tmp_path: Path) -> Path:
    """A store whose case has an incident with a start and an end date, an allegation of a violation type added
    in this store, and a witness who gave two accounts."""
    path = tmp_path / "dated.db"
    ctx = new_store(path, PASSPHRASE, user="amina")
    try:
        r = RecordService(ctx)
        r.create(
            "vocabulary_term",
            vocabulary=VIOLATION_TYPE,
            code="forced_eviction",
            label_en="Forced eviction",
            label_fr="Expulsion forcée",
        )
        case = make_case(r, reference="BF-2026-001", title="Evictions in Ouagadougou", status="under_review")
        incident = make_incident(
            r,
            case,
            title="Evictions",
            start_date="2026-03-02",
            end_date="2026-03-05",
            date_precision="exact",
            fatalities_best=0,
        )
        make_allegation(r, case, incident, violation_type="forced_eviction")
        witness = make_witness(r, case, "W-07", relation="eyewitness")
        make_account(r, case, witness, method="in_person")
        make_account(r, case, witness, method="phone")
    finally:
        ctx.close()
    return path


def test_show_gives_both_dates_and_terms_added_in_the_store(
    capsys: pytest.CaptureFixture[str], dated_store: Path
) -> None:
    code, out, err = hrdoc(capsys, "show", "BF-2026-001", "--db", dated_store)
    assert code == 0, err
    assert codes_in(out) == []
    assert "  Status: Under review\n" in out
    assert "  Start date: 2 March 2026\n  End date: 5 March 2026\n  Date precision: Exact\n" in out
    assert "  * Allegation: Forced eviction\n" in out
    assert "  Fatalities: best 0, low unknown, high unknown\n" in out
    assert "- Account of W-07 (1 of 2) (version 1 of 1)\n  Method: In person\n" in out
    assert "- Account of W-07 (2 of 2) (version 1 of 1)\n  Method: Phone\n" in out
    assert "Evidence files\n  none\n" in out


def test_empty_lists_are_data_nothing_on_stdout(
    capsys: pytest.CaptureFixture[str], dated_store: Path, tmp_path: Path
) -> None:
    """An empty list prints nothing (or ``[]`` with --json) on stdout and exits 0; what it means for a person
    goes to stderr."""
    for argv, message in (
        (["evidence", "BF-2026-001"], "hrdoc: BF-2026-001 has no evidence files\n"),
        (["conflicts", "BF-2026-001"], "hrdoc: BF-2026-001 has no open conflicts\n"),
        (["search", "xylophone"], "hrdoc: no matches\n"),
    ):
        code, out, err = hrdoc(capsys, *argv, "--db", dated_store)
        assert (code, out, err) == (0, "", message), argv
        code, out, err = hrdoc(capsys, *argv, "--db", dated_store, "--json")
        assert (code, out, err) == (0, "[]\n", ""), argv
    empty = tmp_path / "empty.db"
    ctx = new_store(empty, PASSPHRASE, user="amina")
    ctx.close()
    assert hrdoc(capsys, "cases", "--db", empty) == (0, "", "hrdoc: no cases yet\n")
    assert hrdoc(capsys, "cases", "--db", empty, "--json") == (0, "[]\n", "")


def test_warnings_are_messages_on_stderr(capsys: pytest.CaptureFixture[str], demo_db: Path, tmp_path: Path) -> None:
    code, out, err = hrdoc(capsys, "export", CASE, "-o", tmp_path / "case.hrdoc", "--db", demo_db)
    assert code == 0, err
    assert out.startswith(f"wrote {tmp_path / 'case.hrdoc'}: case {CASE} for internal use, ")
    assert "0 evidence files" in out and "witness identities" not in out
    assert err == "hrdoc: it holds witness identities: keep it encrypted and hand it over only to your team\n"
    code, out, err = hrdoc(capsys, "init", "--db", tmp_path / "new.db")
    assert code == 0 and out == f"created an empty store at {tmp_path / 'new.db'}\n"
    assert "cannot be recovered" in err


def test_show_reads_this_store_s_vocabulary_labels(capsys: pytest.CaptureFixture[str], demo_copy: Path) -> None:
    """``show`` reads the store's own vocabulary labels (a store may reword a built-in term's label)."""
    ctx = unlock_store(demo_copy, PASSPHRASE, record_unlock=False)
    try:
        r = RecordService(ctx)
        [term] = [t for t in r.records("vocabulary_term") if t.code == "attack_on_civilians"]
        r.update("vocabulary_term", term.id, label_en="Attack directed against civilians")
    finally:
        ctx.close()
    code, out, _err = hrdoc(capsys, "show", CASE, "--db", demo_copy)
    assert code == 0 and "  * Allegation: Attack directed against civilians\n" in out
