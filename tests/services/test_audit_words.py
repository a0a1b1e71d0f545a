"""The audit log in words: an entry about a record is a sentence naming it as tables name it, in its case; entries
older versions wrote with codes and ids keep their text (the chain covers it) and are shown in words."""

from __future__ import annotations

import re
import uuid
from typing import Any

from hrdoc.domain.enums import AuditAction
from hrdoc.domain.vocabularies import VIOLATION_TYPE
from hrdoc.services import audit
from hrdoc.services.audit_words import CaseNames, shown
from hrdoc.services.cases import CaseService
from hrdoc.services.context import StoreContext
from hrdoc.services.demo import DEMO_REFERENCE
from hrdoc.services.records import RecordService
from hrdoc.services.vocab import VocabularyService
from tests.services.support import audit_log

CODE = re.compile(r"\b[a-z]+_[a-z_]+\b")  # a stored code: allegation_victim, attack_on_civilians
ID = re.compile(r"\b[0-9a-f]{8}\b")  # a record id, or its first eight digits
CONVOY = "Attack on a civilian convoy near Annefif"
ATTACK = f"Attack on civilians — {CONVOY}"
EXECUTION = f"Extrajudicial or summary execution — {CONVOY}"


def case_entries(ctx: StoreContext, case_id: str) -> list[dict[str, Any]]:
    return [e for e in audit_log(ctx) if e["case_id"] == case_id]


def test_entries_about_records_are_sentences_that_name_them(demo_ctx: StoreContext) -> None:
    data = CaseService(demo_ctx).export(DEMO_REFERENCE)
    records = RecordService(demo_ctx)
    v01 = next(v for v in data["victims"] if v["label"] == "V-01")
    records.update("victim", v01["id"], status="injured")
    joined = next(a for a in data["allegation_victims"] if a["victim_id"] == v01["id"])
    records.delete("allegation_victim", joined["id"])
    account = data["accounts"][0]
    records.update("account", account["id"], narrative="Corrected words.", correction_note="typo")
    entries = case_entries(demo_ctx, data["case"]["id"])
    assert len(entries) >= 36
    for entry in entries:
        summary = entry["summary"]
        assert not CODE.search(summary) and not ID.search(summary) and summary[:1].isupper(), summary
        assert summary.endswith(" in ML-2025-004") or entry["entity_type"] == "case", summary
    said = [e["summary"] for e in entries]
    assert "Created account of W-01 in ML-2025-004" in said
    assert "Created witness W-01 in ML-2025-004" in said
    assert f"Created victim V-01 of allegation {ATTACK} in ML-2025-004" in said
    assert (
        f"Created alleged perpetrator Wagner Group (direct involvement) of allegation {EXECUTION} in ML-2025-004"
        in said
    )
    assert f"Created evidence link from account of W-01 to allegation {ATTACK} (supports) in ML-2025-004" in said
    fla = "source Azawad Liberation Front statement accusing the army and Wagner of targeting civilians"
    assert f"Created reported figure 24 from {fla} on incident {CONVOY} in ML-2025-004" in said
    assert f"Created allegation {EXECUTION} in ML-2025-004" in said
    assert said[-3:] == [
        "Updated victim V-01 in ML-2025-004",
        f"Deleted victim V-01 of allegation {ATTACK} in ML-2025-004",
        "Corrected account of W-01 (version 2) in ML-2025-004",
    ]


def test_older_entries_keep_their_text_and_are_shown_in_words(demo_ctx: StoreContext) -> None:
    data = CaseService(demo_ctx).export(DEMO_REFERENCE)
    case_id = data["case"]["id"]
    witness = data["witnesses"][0]["id"]
    v01 = next(v["id"] for v in data["victims"] if v["label"] == "V-01")
    joined = next(a["id"] for a in data["allegation_victims"] if a["victim_id"] == v01)
    wagner = next(a["id"] for a in data["actors"] if a["name"] == "Wagner Group")
    named = next(p["id"] for p in data["allegation_perpetrators"] if p["actor_id"] == wagner)
    gone = str(uuid.uuid4())
    # What older versions wrote (entity, its id, summary), and how it reads now.
    older: list[tuple[str, str, str, str]] = [
        (
            "allegation_victim",
            joined,
            f"created allegation_victim {v01}",
            f"Created victim V-01 of allegation {ATTACK}",
        ),
        ("allegation_victim", gone, f"deleted allegation_victim {v01}", "Deleted victim V-01 of an allegation"),
        ("allegation_victim", gone, f"deleted allegation_victim {gone}", "Deleted victim of an allegation"),
        ("account", data["accounts"][0]["id"], f"created account {witness}", "Created account of W-01"),
        ("account", gone, f"deleted account {witness}", "Deleted account of W-01"),
        (
            "account",
            data["accounts"][0]["id"],
            "corrected account (version 2)",
            "Corrected account of W-01 (version 2)",
        ),
        (
            "perpetrator",
            named,
            "created perpetrator direct",
            f"Created alleged perpetrator Wagner Group (direct involvement) of allegation {EXECUTION}",
        ),
        ("perpetrator", gone, "deleted perpetrator ordered", "Deleted alleged perpetrator (ordered involvement)"),
        ("link", gone, "deleted link contradicts", "Deleted evidence link (contradicts)"),
        ("allegation", gone, "deleted allegation attack_on_civilians", "Deleted allegation Attack on civilians"),
        ("incident", data["incidents"][1]["id"], "created incident Its title then", "Created incident Its title then"),
        ("location", gone, "deleted location Anefis", "Deleted place Anefis"),
        ("witness", witness, "updated the protected identity of witness W-01", ""),
        ("witness", witness, "revealed the protected identity of witness W-01", ""),
    ]
    in_case = " in ML-2025-004"
    custody: list[tuple[str, str]] = [
        ("evidence transfer_out", "Sent in a bundle"),
        ("intake: photo.jpg", "Entered the vault: photo.jpg"),
        ("derived: copy.jpg", "Entered as a working copy: copy.jpg"),
        (
            "custody entry (transfer_in by amina) merged from amina's store",
            "Custody entry (Received in a bundle by amina) merged from amina's store",
        ),
    ]
    other = [
        ("made a internal report of case ML-2025-004", "Made an internal report of case ML-2025-004"),
        ("made a public report of case ML-2025-004", "Made a public report of case ML-2025-004"),
        ("updated the consent of witness W-01", "Updated the consent of witness W-01"),
        (
            "exported the allegation_victim table of case ML-2025-004 as CSV for the internal audience",
            "Exported the “Victim of an allegation” table of case ML-2025-004 as CSV for the internal audience",
        ),
        (
            "resolved a merge conflict on allegation_victim: kept the incoming version",
            "Resolved a merge conflict on victim of an allegation: kept the incoming version",
        ),
    ]
    written = [(kind, rid, summary) for kind, rid, summary, _words in older]
    written += [("evidence", gone, summary) for summary, _words in custody]
    written += [("case", case_id, summary) for summary, _words in other]
    with demo_ctx.write() as session:
        for kind, rid, summary in written:
            audit.record(
                session, "amina", AuditAction.CREATE, entity_type=kind, entity_id=rid, case_id=case_id, summary=summary
            )
    stored = case_entries(demo_ctx, case_id)[-len(written) :]
    assert [e["summary"] for e in stored] == [summary for _kind, _rid, summary in written]  # never rewritten
    with demo_ctx.read() as session:
        assert audit.verify_chain(session).ok

    names = CaseNames(CaseService(demo_ctx).export(case_id), VocabularyService(demo_ctx).labels(VIOLATION_TYPE))
    expected = [(words or summary[:1].upper() + summary[1:]) + in_case for _k, _r, summary, words in older]
    expected += [words for _summary, words in custody] + [words for _summary, words in other]
    assert [shown(e, names) for e in stored] == expected
    for text in expected[: -len(custody) - len(other)]:
        assert not CODE.search(text) and not ID.search(text), text
