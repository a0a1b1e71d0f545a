"""Captures of online pages and imported captures become evidence items filed under a Source."""

from __future__ import annotations

import hashlib
import uuid
from pathlib import Path

import pytest

from hrdoc.services.context import StoreContext
from hrdoc.services.evidence.capture_types import CaptureError
from hrdoc.services.evidence.service import EvidenceService
from hrdoc.services.evidence.warc import read_warc
from hrdoc.services.records import RecordService
from tests.helpers import make_case, make_source
from tests.services.evidence.http_fixture import PAGE_TITLE, LoopbackSite, loopback_site, unused_port

__all__ = ["loopback_site"]  # the fixture, imported for pytest


@pytest.fixture
def ev(ctx: StoreContext) -> EvidenceService:
    return EvidenceService(ctx)


def test_a_capture_is_one_item_under_a_new_source(
    ev: EvidenceService, records: RecordService, loopback_site: LoopbackSite
) -> None:
    case = make_case(records)
    result, capture = ev.capture_url(case, loopback_site.url("/chain"), proxies={})
    item = ev.get(result.evidence_id)
    assert item.mime_type == "application/warc"
    assert item.sha256 == capture.parts["warc"].sha256 == hashlib.sha256(capture.warc).hexdigest()
    facts = item.file_metadata["capture"]
    assert facts["requested_url"] == loopback_site.url("/chain")
    assert facts["final_url"] == loopback_site.url("/page")
    assert [hop["status"] for hop in facts["hops"]] == [301, 302, 200]
    assert set(facts["parts"]) >= {"html", "headers", "rendering", "warc"}
    assert item.acquired_at == capture.captured_at
    source = records.get("source", item.attached_id)
    assert (item.attached_kind, source.title, source.url) == ("source", PAGE_TITLE, loopback_site.url("/page"))
    assert source.access_date == capture.captured_at.date()
    [entry] = ev.custody(item.id)
    assert entry.action == "capture"
    # The stored WARC is the capture, byte for byte, and reads back as a valid archive.
    stored = ev.read_for_preview(item.id)
    assert stored == capture.warc
    types = [r.record_type for r in read_warc(stored)]
    assert types.count("response") == 3


def test_a_capture_can_be_filed_under_an_existing_source(
    ev: EvidenceService, records: RecordService, loopback_site: LoopbackSite
) -> None:
    case = make_case(records)
    source = make_source(records, case, title="Telegraph report")
    result, _ = ev.capture_url(case, loopback_site.url("/page"), source_id=str(source), proxies={})
    assert ev.get(result.evidence_id).attached_id == source
    assert len(records.records("source", case)) == 1


def test_a_removed_page_is_kept_with_its_status(
    ev: EvidenceService, records: RecordService, loopback_site: LoopbackSite
) -> None:
    case = make_case(records)
    result, capture = ev.capture_url(case, loopback_site.url("/notfound"), proxies={})
    assert capture.status == 404
    assert ev.get(result.evidence_id).file_metadata["capture"]["status"] == 404


@pytest.mark.parametrize("path", ["/loop", "/redirect-file", "refused"])
def test_a_failed_capture_stores_nothing(
    ev: EvidenceService, records: RecordService, loopback_site: LoopbackSite, path: str
) -> None:
    case = make_case(records)
    url = f"http://127.0.0.1:{unused_port()}/page" if path == "refused" else loopback_site.url(path)
    with pytest.raises(CaptureError):
        ev.capture_url(case, url, proxies={}, timeout=5)
    assert ev.items(case) == []
    assert records.records("source", case) == []
    assert not ev.vault.root.exists() or list(ev.vault.root.iterdir()) == []


def test_an_imported_screenshot_is_kept_unaltered_and_marked_as_captured_elsewhere(
    ev: EvidenceService, records: RecordService, tmp_path: Path
) -> None:
    from tests.services.evidence.samples import jpeg_with_gps

    case = make_case(records)
    shot = tmp_path / "screenshot.jpg"
    shot.write_bytes(jpeg_with_gps())
    result = ev.import_capture(
        case,
        shot,
        url="https://example.org/post/123",
        captured_by="field team",
        tool="phone screenshot",
    )
    item = ev.get(result.evidence_id)
    assert item.sha256 == hashlib.sha256(shot.read_bytes()).hexdigest()
    facts = item.file_metadata["capture"]
    assert facts["captured_elsewhere"] is True
    assert facts["captured_at"] == "unknown"
    assert (facts["url"], facts["tool"]) == ("https://example.org/post/123", "phone screenshot")
    assert item.acquired_by == "field team"
    assert "gps" in item.file_metadata  # a screenshot is a photo too: its metadata is read
    assert records.get("source", item.attached_id).url == "https://example.org/post/123"


def test_an_import_that_is_not_a_capture_is_refused_and_nothing_stored(
    ev: EvidenceService, records: RecordService, tmp_path: Path
) -> None:
    case = make_case(records)
    junk = tmp_path / "page.html"
    junk.write_bytes(b"PK\x03\x04" + bytes(100))
    with pytest.raises(CaptureError):
        ev.import_capture(case, junk, url="https://example.org/")
    assert ev.items(case) == []
    assert records.records("source", case) == []


def test_a_capture_into_an_unknown_source_is_refused_before_fetching(
    ev: EvidenceService, records: RecordService, loopback_site: LoopbackSite
) -> None:
    case = make_case(records)
    before = len(loopback_site.requests)
    with pytest.raises(Exception, match="no incident, allegation, source or account"):
        ev.capture_url(case, loopback_site.url("/page"), source_id=uuid.uuid4(), proxies={})
    assert ev.items(case) == []
    assert len(loopback_site.requests) == before  # the site was never contacted
