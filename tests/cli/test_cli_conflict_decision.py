"""``hrdoc conflicts --resolve`` says what else a decision did: the records that came back with the record."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from hrdoc.cli import main
from hrdoc.cli.common import PASSPHRASE_ENV, USER_ENV
from hrdoc.services.exchange.bundles import export_case, import_bundle
from hrdoc.services.records import RecordService
from hrdoc.services.session import new_store
from tests.helpers import PASSPHRASE, make_allegation, make_case, make_incident


def hrdoc(*argv: str | Path) -> tuple[int, str]:
    out = io.StringIO()
    return main([str(a) for a in argv], out=out), out.getvalue()


def test_bringing_back_a_record_names_what_came_back_with_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    monkeypatch.setenv(USER_ENV, "bakary")
    here, there = (
        new_store(tmp_path / "here.db", PASSPHRASE, user="bakary"),
        new_store(tmp_path / "there.db", PASSPHRASE),
    )
    try:
        r = RecordService(there)
        case_id = make_case(r)
        reference = r.get("case", case_id).reference
        allegation = make_allegation(r, case_id, make_incident(r, case_id))
        actor = r.create("actor", case_id=case_id, name="Unit 7", kind="state_force")
        r.create("perpetrator", case_id=case_id, allegation_id=allegation, actor_id=actor, involvement="ordered")
        export_case(there, case_id, tmp_path / "first.hrdoc")
        import_bundle(here, tmp_path / "first.hrdoc")
        RecordService(here).delete("actor", actor)  # and its perpetrator row with it
        r.update("actor", actor, affiliation="changed there")
        export_case(there, case_id, tmp_path / "second.hrdoc")
        assert import_bundle(here, tmp_path / "second.hrdoc").conflicts == 1
    finally:
        here.close()
        there.close()
    code, out = hrdoc("conflicts", reference, "--db", tmp_path / "here.db", "--json")
    assert code == 0
    [conflict] = json.loads(out)
    code, out = hrdoc("conflicts", reference, "--db", tmp_path / "here.db", "--resolve", conflict["id"], "--keep",
                      "incoming")  # fmt: skip
    assert code == 0
    assert out.splitlines() == ["kept the incoming version", "brought back with it: perpetrator ordered"]
