"""Writing a bundle and reading it back: what goes in comes out, checkable with standard tools."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from hrdoc.services.exchange.bundle import BundleError, BundleWriter, Limits, is_encrypted_bundle, open_bundle
from tests.services.bundle import craft
from tests.services.bundle.craft import CASE_ID, EVIDENCE_ID, MANIFEST

PASSPHRASE = "a long bundle passphrase, façon Zoë"


def _evidence(size: int) -> bytes:
    return hashlib.shake_256(b"evidence").digest(size)


def _write_big(path: Path, evidence: bytes, passphrase: str | None = None) -> dict[str, object]:
    with craft.cheap_kdf(), BundleWriter(path, passphrase=passphrase) as writer:
        writer.add_json("records/case.json", [craft.case_record()])
        writer.add_json("records/incidents.json", (craft.incident(title=f"Incident {i}") for i in range(300)))
        writer.add_json("records/evidence_files.json", [craft.evidence_record(evidence)])
        chunks = (evidence[i : i + 65536] for i in range(0, len(evidence), 65536))
        writer.add_stream(f"evidence/{EVIDENCE_ID}", chunks, size=len(evidence))
        return writer.finish(MANIFEST)


@pytest.mark.parametrize("passphrase", [None, PASSPHRASE], ids=["plain", "encrypted"])
def test_round_trip_of_records_and_a_multi_megabyte_evidence_file(tmp_path: Path, passphrase: str | None) -> None:
    evidence = _evidence(5 * 1024 * 1024 + 123)
    path = tmp_path / "case.hrdoc"
    written = _write_big(path, evidence, passphrase)

    assert is_encrypted_bundle(path) is (passphrase is not None)
    assert os.listdir(tmp_path) == ["case.hrdoc"]  # no temporary file left
    with open_bundle(path, passphrase=passphrase) as bundle:
        assert bundle.encrypted is (passphrase is not None)
        assert bundle.manifest == written
        assert bundle.manifest["record_counts"] == {"case": 1, "evidence_files": 1, "incidents": 300}
        assert bundle.manifest["case"]["id"] == CASE_ID
        assert bundle.json("records/case.json")[0]["summary"] == "Marché d’Abu Shouk — سوق أبو شوك"
        assert [r["title"] for r in bundle.json("records/incidents.json")][-1] == "Incident 299"
        assert set(bundle.evidence()) == {EVIDENCE_ID}
        with bundle.open_member(f"evidence/{EVIDENCE_ID}") as fh:
            assert fh.read() == evidence
        assert b"".join(bundle.chunks(f"evidence/{EVIDENCE_ID}", 1000)) == evidence
        assert bundle.members()[f"evidence/{EVIDENCE_ID}"].sha256 == hashlib.sha256(evidence).hexdigest()


def test_sha256sum_checks_an_unpacked_bundle(tmp_path: Path) -> None:
    sha256sum = shutil.which("sha256sum")
    if sha256sum is None:
        pytest.skip("sha256sum is not installed")
    path = tmp_path / "case.hrdoc"
    craft.make_bundle(path)
    unpacked = tmp_path / "unpacked"
    with zipfile.ZipFile(path) as zf:
        zf.extractall(unpacked)
    result = subprocess.run([sha256sum, "-c", "SHA256SUMS"], cwd=unpacked, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    checked = sorted(line.split(":")[0] for line in result.stdout.splitlines())
    assert checked == sorted(
        ["README.txt", "manifest.json", "records/case.json", "records/incidents.json",
         "records/evidence_files.json", "logs/custody.json", f"evidence/{EVIDENCE_ID}"]
    )  # fmt: skip
    (unpacked / "records" / "case.json").write_bytes(b"[]")
    assert subprocess.run([sha256sum, "-c", "SHA256SUMS"], cwd=unpacked, capture_output=True, check=False).returncode


def test_unzip_reads_plain_bundles_and_decrypted_ones(tmp_path: Path) -> None:
    """The encrypted form holds a zip written in one pass (data descriptors, zip64): still a standard zip."""
    unzip = shutil.which("unzip")
    if unzip is None:
        pytest.skip("unzip is not installed")
    plain = tmp_path / "plain.hrdoc"
    encrypted = tmp_path / "sealed.hrdoc"
    craft.make_bundle(plain)
    craft.make_bundle(encrypted, passphrase=PASSPHRASE)
    from hrdoc.services.exchange.bundle.crypto import DecryptingReader

    # Test data only: the decrypted test bundle is written out so that unzip can read it.
    with DecryptingReader(encrypted.open("rb"), PASSPHRASE) as reader:
        (tmp_path / "decrypted.zip").write_bytes(reader.read())
    for archive in (plain, tmp_path / "decrypted.zip"):
        result = subprocess.run([unzip, "-t", str(archive)], capture_output=True, text=True, check=False)
        assert result.returncode == 0, result.stdout + result.stderr
        assert "No errors detected" in result.stdout


def test_json_members_are_sorted_utf8_with_one_record_per_line(tmp_path: Path) -> None:
    path = tmp_path / "case.hrdoc"
    craft.make_bundle(path, incidents=3)
    members = craft.members_of(path)
    lines = members["records/incidents.json"].decode("utf-8").splitlines()
    assert lines[0] == "[" and lines[-1] == "]" and len(lines) == 5
    first = json.loads(lines[1].rstrip(","))
    assert list(first) == sorted(first)
    assert "Marché d’Abu Shouk" in members["records/case.json"].decode("utf-8")  # not \u-escaped
    manifest = json.loads(members["manifest.json"])
    assert manifest["format"] == "hrdoc-bundle" and manifest["format_version"] == 1
    assert set(manifest["members"]) == set(members) - {"manifest.json", "SHA256SUMS"}
    assert "sha256sum -c SHA256SUMS" in members["README.txt"].decode()
    assert "witness" in members["README.txt"].decode()  # internal audience: protect identities


def test_evidence_is_stored_and_json_deflated(tmp_path: Path) -> None:
    path = tmp_path / "case.hrdoc"
    craft.make_bundle(path)
    with zipfile.ZipFile(path) as zf:
        methods = {info.filename: info.compress_type for info in zf.infolist()}
        modes = {info.external_attr >> 16 for info in zf.infolist()}
    assert methods[f"evidence/{EVIDENCE_ID}"] == zipfile.ZIP_STORED
    assert methods["records/case.json"] == methods["manifest.json"] == zipfile.ZIP_DEFLATED
    assert modes == {0o100600}


def test_an_error_while_writing_leaves_no_file(tmp_path: Path) -> None:
    path = tmp_path / "case.hrdoc"

    def failing_chunks() -> object:
        yield b"x" * 1000
        raise OSError("the vault file is damaged")

    with pytest.raises(OSError, match="vault file"), BundleWriter(path) as writer:
        writer.add_json("records/case.json", [craft.case_record()])
        writer.add_stream(f"evidence/{EVIDENCE_ID}", failing_chunks())  # type: ignore[arg-type]
    assert os.listdir(tmp_path) == []


def test_leaving_without_finish_writes_nothing(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError, match="finish"), BundleWriter(tmp_path / "case.hrdoc") as writer:
        writer.add_json("records/case.json", [craft.case_record()])
    assert os.listdir(tmp_path) == []


def test_a_record_that_does_not_follow_the_schema_is_refused_when_written(tmp_path: Path) -> None:
    with BundleWriter(tmp_path / "case.hrdoc") as writer:
        with pytest.raises(ValueError, match=r"records/incidents.json, element 2: field date_precision"):
            writer.add_json("records/incidents.json", [craft.incident(), craft.incident(date_precision="soon")])
        with pytest.raises(ValueError, match="abandoned"):
            writer.add_json("records/case.json", [craft.case_record()])
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize(
    ("name", "fragment"),
    [
        ("../evil.json", r"climbs out"),
        ("records/unknown.json", "not a member of this format"),
        ("manifest.json", "written by finish"),
        ("evidence/not-a-uuid", "not a member of this format"),
    ],
)
def test_the_writer_refuses_names_outside_the_format(tmp_path: Path, name: str, fragment: str) -> None:
    with BundleWriter(tmp_path / "case.hrdoc") as writer:
        with pytest.raises(ValueError, match=fragment):
            writer.add_json(name, [])
        writer.abort()
    assert os.listdir(tmp_path) == []


def test_the_writer_checks_announced_sizes_limits_and_the_manifest(tmp_path: Path) -> None:
    with BundleWriter(tmp_path / "a.hrdoc") as writer, pytest.raises(ValueError, match="3 bytes given where 4"):
        writer.add_stream(f"evidence/{EVIDENCE_ID}", [b"abc"], size=4)
    with (
        BundleWriter(tmp_path / "b.hrdoc", limits=Limits(max_json_size=1000)) as writer,
        pytest.raises(BundleError, match="larger than the 1000 bytes"),
    ):
        writer.add_json("records/incidents.json", [craft.incident() for _ in range(5)])
    with BundleWriter(tmp_path / "c.hrdoc") as writer, pytest.raises(ValueError, match="exactly the case"):
        writer.finish(MANIFEST)
    with BundleWriter(tmp_path / "d.hrdoc") as writer:
        writer.add_json("records/case.json", [craft.case_record()])
        with pytest.raises(ValueError, match="field audience"):
            writer.finish({**MANIFEST, "audience": "everyone"})
    assert os.listdir(tmp_path) == []


def test_opening_a_refused_bundle_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "case.hrdoc"
    craft.make_bundle(path)
    data = bytearray(path.read_bytes())
    data[len(data) // 3] ^= 0xFF
    path.write_bytes(bytes(data))
    before = {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*")}
    with pytest.raises(BundleError):
        open_bundle(path)
    assert {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*")} == before
    assert path.read_bytes() == bytes(data)


def test_a_member_changed_after_the_checks_is_caught_when_read(tmp_path: Path) -> None:
    evidence = _evidence(3 * 1024 * 1024)
    path = tmp_path / "case.hrdoc"
    _write_big(path, evidence)
    with open_bundle(path) as bundle:
        offset = path.read_bytes().index(evidence[:64])
        with path.open("r+b") as fh:  # same size, one byte changed, under the open bundle
            fh.seek(offset + 2 * 1024 * 1024)
            byte = fh.read(1)
            fh.seek(-1, os.SEEK_CUR)
            fh.write(bytes([byte[0] ^ 1]))
        with pytest.raises(BundleError), bundle.open_member(f"evidence/{EVIDENCE_ID}") as member:
            member.read()


def test_a_bad_passphrase_leaves_no_file(tmp_path: Path) -> None:
    with pytest.raises(BundleError, match="passphrase is empty"):
        BundleWriter(tmp_path / "case.hrdoc", passphrase="")
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize("passphrase", [None, PASSPHRASE], ids=["plain", "encrypted"])
def test_zip64_archives_open(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, passphrase: str | None) -> None:
    """Bundles over 2 GiB or 65,535 members end in zip64 records: shown here with zipfile's limits lowered."""
    monkeypatch.setattr(zipfile, "ZIP64_LIMIT", 500)
    monkeypatch.setattr(zipfile, "ZIP_FILECOUNT_LIMIT", 3)
    path = tmp_path / "case.hrdoc"
    craft.make_bundle(path, passphrase=passphrase, evidence=b"e" * 5000)
    monkeypatch.undo()
    if passphrase is None:
        assert b"PK\x06\x06" in path.read_bytes()  # the zip64 end record
    with open_bundle(path, passphrase=passphrase) as bundle:
        assert bundle.read(f"evidence/{EVIDENCE_ID}") == b"e" * 5000
