"""``hrdoc audit`` in words: what each entry says names records as the app does; entries an older version wrote
with codes and ids ("created allegation_victim 26995f87-…") are printed in words, and ``--json`` keeps what
was written (the log is hash-chained: an entry is never rewritten)."""

from __future__ import annotations

import re
from pathlib import Path

from hrdoc.domain.enums import AuditAction
from hrdoc.services import audit
from hrdoc.services.cases import CaseService
from hrdoc.services.demo import DEMO_REFERENCE
from hrdoc.services.session import unlock_store
from tests.cli.test_cli import Run, _env, run
from tests.helpers import PASSPHRASE

__all__ = ["_env", "run"]  # fixtures, imported for pytest

CODE = re.compile(r"\b[a-z]+_[a-z_]+\b")
ID = re.compile(r"\b(?=[0-9a-f]*[a-f])(?=[0-9a-f]*[0-9])[0-9a-f]{8}\b")


def test_audit_prints_every_entry_in_words(run: Run, demo_copy: Path) -> None:
    ctx = unlock_store(demo_copy, PASSPHRASE, user="older-hrdoc")
    try:
        data = CaseService(ctx).export(DEMO_REFERENCE)
        joined = next(a for a in data["allegation_victims"] if a["victim_id"] in {v["id"] for v in data["victims"]})
        victim = next(v["label"] for v in data["victims"] if v["id"] == joined["victim_id"])
        older = f"created allegation_victim {joined['victim_id']}"
        with ctx.write() as session:
            audit.record(
                session,
                "amina",
                AuditAction.CREATE,
                entity_type="allegation_victim",
                entity_id=joined["id"],
                case_id=data["case"]["id"],
                summary=older,
            )
    finally:
        ctx.close()

    text = run("audit", DEMO_REFERENCE, "--db", demo_copy).out
    lines = [line for line in text.splitlines() if not line.startswith("        written in")]
    assert len(lines) > 30
    for line in lines:
        what = line.split("  ", 3)[-1]  # after the number, the time and who
        assert not CODE.search(what) and not ID.search(what), line
    assert "Create victim of an allegation Created victim " + victim + " of allegation " in text
    assert "Created account of W-01 in ML-2025-004" in text
    assert older not in text
    logged = run("audit", DEMO_REFERENCE, "--db", demo_copy, "--json").json()
    assert logged[-1]["summary"] == older  # as written
