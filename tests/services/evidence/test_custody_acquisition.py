"""The first custody entry of an item covers how it was acquired, and a capture's URL: changing them is caught.

The facts stated at intake (when, by whom, from where, the description) and a capture's address are in the
entry's hashed details, so ``hrdoc verify`` names the entry when any of them is altered afterwards. Where the
file came from is entered as a keyed digest: custody chains travel in bundles for partners, who must not
learn it.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from hrdoc.cli import main
from hrdoc.cli.common import EXIT_VERIFY_FAILED
from hrdoc.services.context import StoreContext
from hrdoc.services.evidence.intake import acquired_from_digest
from hrdoc.services.evidence.service import EvidenceService
from hrdoc.services.records import RecordService
from hrdoc.services.verify import verify_store
from tests.helpers import PASSPHRASE, make_case
from tests.services.evidence.http_fixture import LoopbackSite, loopback_site

__all__ = ["loopback_site"]  # the fixture, imported for pytest

ACQUIRED_AT = dt.datetime(2026, 2, 11, 8, 45, tzinfo=dt.UTC)
SOURCE = "handed over by the clinic's night nurse, Gao"


def tamper(path: Path, item_hex: str, key: str, value: object) -> None:
    """Change one value in the details of an item's first custody entry, as someone with the passphrase could."""
    conn = sqlcipher.connect(str(path), isolation_level=None)
    try:
        conn.execute("PRAGMA key = '" + PASSPHRASE.replace("'", "''") + "'")
        conn.execute("DROP TRIGGER custody_log_no_update")
        conn.execute(
            "UPDATE custody_log SET details = json_set(details, ?, ?) WHERE evidence_id = ? AND seq = 1",
            (f"$.{key}", json.dumps(value) if not isinstance(value, str) else value, item_hex),
        )
    finally:
        conn.close()


def test_intake_custody_entry_holds_the_acquisition_details(ctx: StoreContext, records: RecordService) -> None:
    ev = EvidenceService(ctx)
    case = make_case(records)
    result = ev.intake(
        case,
        io.BytesIO(b"%PDF-1.4\nmedical report\n"),
        original_name="report.pdf",
        description="Medical report, scanned at the clinic",
        acquired_at=ACQUIRED_AT,
        acquired_by="Field team 2",
        acquired_from=SOURCE,
    )
    [entry] = ev.custody(result.evidence_id)
    assert entry.action == "intake"
    details = entry.details
    assert details["acquired_at"] == "2026-02-11T08:45:00+00:00"
    assert details["acquired_by"] == "Field team 2"
    assert details["description"] == "Medical report, scanned at the clinic"
    # Where it came from is proved, not told: the text itself appears nowhere in the entry.
    assert SOURCE not in json.dumps(details, ensure_ascii=False)
    with ctx.read() as session:
        assert details["acquired_from_digest"] == acquired_from_digest(session, result.evidence_id, SOURCE)
        assert details["acquired_from_digest"] != acquired_from_digest(session, result.evidence_id, SOURCE + ".")


def test_capture_and_import_capture_entries_hold_the_url(
    ctx: StoreContext, records: RecordService, loopback_site: LoopbackSite, tmp_path: Path
) -> None:
    ev = EvidenceService(ctx)
    case = make_case(records)
    result, capture = ev.capture_url(case, loopback_site.url("/redirect"), proxies={})
    [entry] = ev.custody(result.evidence_id)
    assert entry.action == "capture"
    assert entry.details["url"] == loopback_site.url("/redirect")
    assert entry.details["final_url"] == loopback_site.url("/page")
    assert entry.details["captured_at"] == capture.captured_at.isoformat()
    assert entry.details["http_status"] == 200
    saved = tmp_path / "saved.html"
    saved.write_bytes(b"<!DOCTYPE html><html><head><title>Post</title></head><body>post</body></html>")
    imported = ev.import_capture(
        case,
        saved,
        url="https://example.org/post/17",
        captured_at=ACQUIRED_AT,
        captured_by="Analyst A",
        tool="Firefox 128, Save Page As",
        note="saved before the post was deleted",
    )
    [entry] = ev.custody(imported.evidence_id)
    assert {k: entry.details[k] for k in ("url", "captured_at", "captured_by", "tool", "note")} == {
        "url": "https://example.org/post/17",
        "captured_at": "2026-02-11T08:45:00+00:00",
        "captured_by": "Analyst A",
        "tool": "Firefox 128, Save Page As",
        "note": "saved before the post was deleted",
    }
    assert entry.details["acquired_by"] == "Analyst A"


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("url", "https://elsewhere.example/other-page"),
        ("final_url", "https://elsewhere.example/"),
        ("acquired_at", "2026-01-01T00:00:00+00:00"),
        ("acquired_by", "someone else"),
        ("acquired_from_digest", "hmac-sha256:" + "0" * 64),
        ("description", "Capture of another page"),
    ],
)
def test_altering_them_is_named_by_verify(
    ctx: StoreContext,
    records: RecordService,
    loopback_site: LoopbackSite,
    store_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    key: str,
    value: str,
) -> None:
    ev = EvidenceService(ctx)
    case = make_case(records, reference="CUS-001")
    result, _ = ev.capture_url(case, loopback_site.url("/page"), proxies={})
    assert verify_store(ctx).ok
    assert key in ev.custody(result.evidence_id)[0].details  # entered, and so covered by the entry's hash
    tamper(store_path, result.evidence_id.hex, key, value)
    assert ev.custody(result.evidence_id)[0].details[key] == value
    problems = verify_store(ctx).problems
    assert any("entry 1 (Captured into the vault): was altered after it was written" in p for p in problems), problems
    ctx.close()
    monkeypatch.setenv("HRDOC_PASSPHRASE", PASSPHRASE)
    out = io.StringIO()
    assert main(["verify", "--db", str(store_path)], out=out) == EXIT_VERIFY_FAILED
    assert "entry 1 (Captured into the vault): was altered after it was written" in out.getvalue()
