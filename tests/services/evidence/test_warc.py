"""The WARC writer and reader: our captures round-trip, and malformed files raise WarcError (never anything else)."""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hrdoc.services.evidence.capture import fetch_capture
from hrdoc.services.evidence.capture_types import Capture
from hrdoc.services.evidence.warc import WarcError, WarcRecord, WarcWriter, read_warc
from tests.services.evidence.http_fixture import PAGE_HTML, LoopbackSite, serve_loopback_site

WHEN = datetime(2026, 11, 3, 14, 5, 9, 123456, tzinfo=UTC)
RESPONSE = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello"


@pytest.fixture(scope="module")
def site() -> Iterator[LoopbackSite]:
    with serve_loopback_site() as running:
        yield running


@pytest.fixture(scope="module")
def chain(site: LoopbackSite) -> Capture:
    return fetch_capture(site.url("/chain"), proxies={}, operator="Field team 2")


def _small_warc() -> bytes:
    writer = WarcWriter()
    writer.warcinfo(software="test", date=WHEN)
    writer.response("https://example.org/", RESPONSE, date=WHEN)
    writer.resource("urn:text:https://example.org/", "héllo\n".encode(), "text/plain; charset=utf-8", date=WHEN)
    return writer.getvalue()


SMALL = _small_warc()  # one fixed file: hypothesis needs the same input on every run


def _sha(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


# -- round trip --------------------------------------------------------------------------------------------------


def test_records_round_trip_with_lengths_and_digests_right() -> None:
    records = read_warc(_small_warc())
    assert [r.record_type for r in records] == ["warcinfo", "response", "resource"]
    response = records[1]
    assert response.version == "WARC/1.1"
    assert response.block == RESPONSE
    assert response.headers["Content-Length"] == str(len(RESPONSE))
    assert response.headers["WARC-Block-Digest"] == _sha(RESPONSE)
    assert response.headers["WARC-Payload-Digest"] == _sha(b"hello")
    assert response.headers["WARC-Date"] == "2026-11-03T14:05:09.123456Z"
    assert response.get("warc-target-uri") == "https://example.org/"
    assert response.headers["WARC-Warcinfo-ID"] == records[0].record_id
    assert re.fullmatch(r"<urn:uuid:[0-9a-f-]{36}>", response.record_id)
    assert records[2].block == "héllo\n".encode()
    assert all(r.digest_problems() == [] for r in records)


def test_capture_warc_has_request_and_response_for_every_hop(chain: Capture) -> None:
    records = read_warc(chain.warc)
    assert [r.record_type for r in records] == ["warcinfo"] + ["request", "response"] * 3 + ["resource", "metadata"]
    info = records[0].block.decode()
    assert f"software: {chain.tool}\r\n" in info
    assert "format: WARC File Format 1.1\r\n" in info
    assert "operator: Field team 2\r\n" in info
    pairs = list(zip(records[1:7:2], records[2:7:2], strict=True))
    for (request, response), hop in zip(pairs, chain.hops, strict=True):
        assert request.target_uri == response.target_uri == hop.url
        assert request.get("WARC-Concurrent-To") == response.record_id
        assert response.get("WARC-Concurrent-To") == request.record_id
        assert request.content_type == "application/http; msgtype=request"
        assert response.content_type == "application/http; msgtype=response"
        path = hop.url.split("/", 3)[3]
        assert request.block.startswith(f"GET /{path} HTTP/1.1\r\n".encode())
        assert b"\r\nCookie:" not in request.block
        assert response.block.startswith(f"HTTP/1.1 {hop.status} {hop.reason}\r\n".encode())
        assert response.get("WARC-IP-Address") == "127.0.0.1"
        head = response.block.split(b"\r\n\r\n", 1)[0].decode("latin-1").split("\r\n")[1:]
        assert [tuple(line.split(": ", 1)) for line in head] == hop.headers  # received order
    assert pairs[-1][1].payload() == PAGE_HTML == chain.html


def test_capture_warc_digests_and_lengths_recomputed(chain: Capture) -> None:
    for record in read_warc(chain.warc):
        assert int(record.headers["Content-Length"]) == len(record.block)
        assert record.headers["WARC-Block-Digest"] == _sha(record.block)
        if record.record_type in ("request", "response"):
            body = record.block.split(b"\r\n\r\n", 1)[1]
            assert record.headers["WARC-Payload-Digest"] == _sha(body)
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z", record.date)


def test_capture_warc_text_and_metadata_records(chain: Capture) -> None:
    records = read_warc(chain.warc)
    final_response = records[6]
    text, metadata = records[7], records[8]
    assert text.target_uri == f"urn:text:{chain.final_url}"
    assert text.block == chain.rendering
    assert text.get("WARC-Concurrent-To") == final_response.record_id
    assert metadata.get("WARC-Refers-To") == final_response.record_id
    assert metadata.content_type == "application/json"
    facts = json.loads(metadata.block)
    assert facts["final_url"] == chain.final_url
    assert facts["captured_at"] == chain.metadata()["captured_at"]
    assert facts["parts"]["html"]["sha256"] == hashlib.sha256(chain.html).hexdigest()
    assert "warc" not in facts["parts"]  # a WARC cannot hold its own hash
    assert [hop["status"] for hop in facts["hops"]] == [301, 302, 200]


def test_compressed_warc_reads_like_the_plain_one() -> None:
    plain = _small_warc()
    records = read_warc(plain)
    ends = [r.offset for r in records[1:]] + [len(plain)]
    per_record = b"".join(gzip.compress(plain[r.offset : end]) for r, end in zip(records, ends, strict=True))
    assert [(r.fields, r.block) for r in read_warc(per_record)] == [(r.fields, r.block) for r in records]
    assert [r.block for r in read_warc(gzip.compress(plain))] == [r.block for r in records]


def test_digest_problems_finds_a_tampered_block_and_reads_other_encodings() -> None:
    plain = _small_warc()
    tampered = plain.replace(b"hello", b"HELLO")
    problems = read_warc(tampered)[1].digest_problems()
    assert len(problems) == 2 and all("does not match" in p for p in problems)
    record = WarcRecord(
        "WARC/1.0",
        (("WARC-Block-Digest", "sha1:FKXGYNOJJ7H3IFO35FPUBC445EPOQRXN"),),  # base32, as most tools write
        b"hello world",
        0,
    )
    assert record.digest_problems() == []
    assert "unknown digest" in WarcRecord("WARC/1.1", (("WARC-Block-Digest", "crc9:00"),), b"", 0).digest_problems()[0]


def test_writer_refuses_line_breaks_in_fields() -> None:
    writer = WarcWriter()
    with pytest.raises(ValueError, match="line break"):
        writer.response("https://example.org/\r\nWARC-Type: resource", RESPONSE, date=WHEN)
    with pytest.raises(ValueError, match="time zone"):
        writer.response("https://example.org/", RESPONSE, date=datetime(2026, 1, 1))


# -- malformed input ---------------------------------------------------------------------------------------------


def _with_header(data: bytes, name: str, value: str) -> bytes:
    return re.sub(rf"{name}: [^\r]*".encode(), f"{name}: {value}".encode(), data, count=1)


MALFORMED = {
    "empty": (b"", "empty"),
    "truncated block": (_small_warc()[:-20], "truncated"),
    "truncated header": (_small_warc()[:30], "ends inside the record header"),
    "length too short": (_with_header(_small_warc(), "Content-Length", "3"), "not followed by the two line ends"),
    "length not a number": (_with_header(_small_warc(), "Content-Length", "12a"), "not a length"),
    "length negative": (_with_header(_small_warc(), "Content-Length", "-1"), "not a length"),
    "huge length": (_with_header(_small_warc(), "Content-Length", "999999999999"), "only \\d+ remain"),
    "absurd length": (_with_header(_small_warc(), "Content-Length", "9" * 5000), "not a length"),
    "no version line": (_small_warc().replace(b"WARC/1.1\r\n", b"", 1), "does not start with a WARC version line"),
    "unknown version": (_small_warc().replace(b"WARC/1.1", b"WARC/2.0", 1), "not supported"),
    "missing field": (_small_warc().replace(b"WARC-Date:", b"X-Date:", 1), "mandatory field.*WARC-Date"),
    "bad record id": (_with_header(_small_warc(), "WARC-Record-ID", "1234"), "WARC-Record-ID"),
    "bad date": (_with_header(_small_warc(), "WARC-Date", "yesterday"), "WARC-Date"),
    "bad header line": (_small_warc().replace(b"WARC-Type:", b"WARC Type", 1), "malformed header line"),
    "garbage after": (_small_warc() + b"junk", "does not start with a WARC version line"),
    "endless header": (b"WARC/1.1\r\n" + b"X: y\r\n" * 20000, "no end of the header"),
    "html": (b"<html><body>not a warc</body></html>\r\n\r\n", "does not start with a WARC version line"),
    "bad gzip": (b"\x1f\x8b\x08\x00" + bytes(30), "compressed WARC file is damaged"),
    "truncated gzip": (gzip.compress(_small_warc())[:-30], "compressed WARC file is truncated"),
}


@pytest.mark.parametrize("name", list(MALFORMED))
def test_malformed_input_raises_warc_error(name: str) -> None:
    data, words = MALFORMED[name]
    with pytest.raises(WarcError, match=words):
        read_warc(data)


def test_error_says_which_record() -> None:
    data = _small_warc()
    second = read_warc(data)[1].offset
    with pytest.raises(WarcError, match=f"record 2 \\(at byte {second}\\)"):
        read_warc(_with_header(data[:second], "X", "") + _with_header(data[second:], "Content-Length", "x"))


def test_compressed_bomb_is_refused_before_it_is_expanded() -> None:
    bomb = gzip.compress(b"WARC/1.1\r\n" + bytes(10 * 1024 * 1024))
    with pytest.raises(WarcError, match="expands to more than 1 MiB"):
        read_warc(bomb, max_uncompressed=1024 * 1024)


# -- fuzzing -----------------------------------------------------------------------------------------------------

# Pieces of WARC headers, for random files that get further than the version line.
FIELD_LINES = [
    b"WARC/1.1\r\n",
    b"WARC/1.0\r\n",
    b"WARC-Type: response\r\n",
    b"WARC-Record-ID: <urn:uuid:12345678-1234-1234-1234-123456789abc>\r\n",
    b"WARC-Date: 2026-11-03T14:05:09Z\r\n",
    b"Content-Length: 0\r\n",
    b"Content-Length: 5\r\n",
    b"Content-Length: 99999999999999999999\r\n",
    b"Content-Type: application/http; msgtype=response\r\n",
    b"WARC-Block-Digest: sha256:00\r\n",
    b" continued\r\n",
    b"\r\n",
    b"hello",
    b"\xff\xfe",
]


@given(
    st.one_of(
        st.binary(max_size=2048),
        st.binary(max_size=512).map(lambda tail: b"WARC/1.1\r\n" + tail),
        st.lists(st.sampled_from(FIELD_LINES), max_size=12).map(lambda lines: b"".join(lines)),
        st.binary(max_size=256).map(lambda tail: b"\x1f\x8b\x08\x00" + tail),
    )
)
@settings(max_examples=400, deadline=None)
def test_random_bytes_raise_only_warc_error(data: bytes) -> None:
    with contextlib.suppress(WarcError):
        read_warc(data)


@given(data=st.data())
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_damaged_warc_files_raise_only_warc_error(data: st.DataObject) -> None:
    original = SMALL
    if data.draw(st.booleans()):
        original = gzip.compress(original, mtime=0)
    damaged = bytearray(original)
    for _ in range(data.draw(st.integers(1, 4))):
        position = data.draw(st.integers(0, len(damaged) - 1))
        action = data.draw(st.sampled_from(["flip", "cut", "insert", "delete"]))
        if action == "flip":
            damaged[position] = data.draw(st.integers(0, 255))
        elif action == "cut":
            del damaged[position:]
        elif action == "insert":
            damaged[position:position] = data.draw(st.binary(min_size=1, max_size=8))
        else:
            del damaged[position : position + data.draw(st.integers(1, 40))]
        if not damaged:
            break
    try:
        records = read_warc(bytes(damaged))
    except WarcError:
        return
    for record in records:  # what parses must be usable
        assert int(record.headers["Content-Length"]) == len(record.block)
        record.digest_problems()
        record.payload()
