"""Hostile and broken bundles are refused before anything is returned, with a message that says why."""

from __future__ import annotations

import json
import stat
import warnings
import zipfile
from pathlib import Path
from typing import Any

import pytest

from hrdoc.services.exchange.bundle import BundleError, Limits, open_bundle
from tests.services.bundle import craft
from tests.services.bundle.craft import CASE_ID, EVIDENCE_ID, Raw

EVIDENCE = f"evidence/{EVIDENCE_ID}"


@pytest.fixture(scope="module")
def valid(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("valid") / "case.hrdoc"
    craft.make_bundle(path)
    return path


def refused(path: Path, fragment: str, **kwargs: Any) -> BundleError:
    with pytest.raises(BundleError) as caught:
        open_bundle(path, **kwargs).close()
    assert fragment in str(caught.value), str(caught.value)
    return caught.value


def test_the_valid_bundle_opens(valid: Path) -> None:
    with open_bundle(valid) as bundle:
        assert bundle.manifest["record_counts"] == {"case": 1, "evidence_files": 1, "incidents": 2}


# ------------------------------------------------------------------------------------------ names and types


@pytest.mark.parametrize(
    ("name", "fragment"),
    [
        ("../evil", "climbs out of its folder"),
        ("records/../../evil", "climbs out of its folder"),
        ("/abs", "absolute path"),
        ("/etc/passwd", "absolute path"),
        ("C:/x", "drive letter"),
        ("c:x", "drive letter"),
        ("a\\b", "backslash"),
        ("..\\evil", "backslash"),
        ("records/", "folder"),
        ("records//case.json", "empty or '.' path component"),
        ("records/ca se.json", "characters other than"),
        ("records/unknown.json", "not a member of this format"),
        ("evidence/" + EVIDENCE_ID.upper(), "not a member of this format"),
    ],
)
def test_unsafe_or_unexpected_names(valid: Path, tmp_path: Path, name: str, fragment: str) -> None:
    members = list(craft.members_of(valid).items())
    craft.write_zip(tmp_path / "bad.hrdoc", [*members, (name, b"x")])
    refused(tmp_path / "bad.hrdoc", fragment)


def test_a_nul_in_a_name(tmp_path: Path) -> None:
    (tmp_path / "bad.hrdoc").write_bytes(craft.raw_zip([Raw(b"records/case.json\x00../../evil", b"[]")]))
    refused(tmp_path / "bad.hrdoc", "NUL character")


def test_duplicate_names(valid: Path, tmp_path: Path) -> None:
    members = list(craft.members_of(valid).items())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # zipfile warns of the duplicate, and writes it
        craft.write_zip(tmp_path / "bad.hrdoc", [*members, ("records/case.json", b"[]")])
    refused(tmp_path / "bad.hrdoc", "records/case.json appears twice")


def test_a_symbolic_link(valid: Path, tmp_path: Path) -> None:
    link = zipfile.ZipInfo("records/actors.json")
    link.create_system = 3
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    craft.write_zip(tmp_path / "bad.hrdoc", [*craft.members_of(valid).items(), (link, b"/etc/passwd")])
    refused(tmp_path / "bad.hrdoc", "records/actors.json is a symbolic link")


@pytest.mark.parametrize("kind", [stat.S_IFDIR, stat.S_IFIFO, stat.S_IFCHR])
def test_folders_and_special_files(valid: Path, tmp_path: Path, kind: int) -> None:
    info = zipfile.ZipInfo("records/actors.json")
    info.external_attr = (kind | 0o644) << 16
    craft.write_zip(tmp_path / "bad.hrdoc", [*craft.members_of(valid).items(), (info, b"")])
    refused(tmp_path / "bad.hrdoc", "records/actors.json is a folder or a special file")


def test_zip_encryption_and_other_compression_methods(tmp_path: Path) -> None:
    (tmp_path / "a.hrdoc").write_bytes(craft.raw_zip([Raw(b"records/case.json", b"[]", flags=0x1)]))
    refused(tmp_path / "a.hrdoc", "uses zip encryption")
    (tmp_path / "b.hrdoc").write_bytes(craft.raw_zip([Raw(b"records/case.json", b"BZh9", method=12)]))
    refused(tmp_path / "b.hrdoc", "compression method 12")


# ------------------------------------------------------------------------------------------ sizes and bombs


def test_too_many_entries(valid: Path) -> None:
    refused(valid, "the bundle has 8 members; at most 5 are allowed", limits=Limits(max_entries=5))


def test_too_many_entries_is_seen_before_the_directory_is_read(tmp_path: Path) -> None:
    entries = [Raw(f"evidence/{i:08x}-0000-4000-8000-000000000000".encode()) for i in range(300)]
    (tmp_path / "many.hrdoc").write_bytes(craft.raw_zip(entries))
    refused(tmp_path / "many.hrdoc", "has 300 members; at most 100", limits=Limits(max_entries=100))


def test_oversized_member_and_total(tmp_path: Path) -> None:
    craft.make_bundle(tmp_path / "case.hrdoc", evidence=b"x" * 20_000)
    refused(
        tmp_path / "case.hrdoc",
        f"the member {EVIDENCE} is too large (20000 bytes; the limit is 10000)",
        limits=Limits(max_member_size=10_000),
    )
    refused(
        tmp_path / "case.hrdoc", "add up to more than the limit of 15000 bytes", limits=Limits(max_total_size=15_000)
    )


def test_a_json_member_over_the_json_limit(valid: Path) -> None:
    refused(valid, "manifest.json is too large", limits=Limits(max_json_size=100))


def test_a_member_lying_about_its_size(tmp_path: Path) -> None:
    (tmp_path / "bad.hrdoc").write_bytes(craft.raw_zip([Raw(b"records/case.json", b"[]", file_size=10**9)]))
    refused(tmp_path / "bad.hrdoc", "records/case.json has two different sizes")


def test_a_high_ratio_zip_bomb(tmp_path: Path) -> None:
    """100 MB of zeros deflated into about 100 kB: refused from its declared sizes, never inflated."""
    data, crc = craft.deflate_zeros(100 * 1024 * 1024)
    assert len(data) < 200 * 1024
    entry = Raw(EVIDENCE.encode(), data, method=8, file_size=100 * 1024 * 1024, crc=crc)
    (tmp_path / "bomb.hrdoc").write_bytes(craft.raw_zip([entry]))
    refused(tmp_path / "bomb.hrdoc", "refusing what looks like a zip bomb")


def test_overlapping_entries_sharing_one_local_header(tmp_path: Path) -> None:
    """David Fifield's construction: many directory entries, one compressed body."""
    data, crc = craft.deflate_zeros(1024 * 1024)
    entries = [Raw(b"records/incidents.json", data, method=8, file_size=1024 * 1024, crc=crc)]
    entries += [
        Raw(b"records/actors.json", method=8, same_header_as=0),
        Raw(b"records/sources.json", method=8, same_header_as=0),
    ]
    (tmp_path / "overlap.hrdoc").write_bytes(craft.raw_zip(entries))
    refused(tmp_path / "overlap.hrdoc", "overlap in the archive")


def test_an_entry_whose_data_covers_the_next_header(valid: Path, tmp_path: Path) -> None:
    """The 'quoted' overlap: an entry's compressed size reaches over the following entries."""
    members = craft.members_of(valid)
    entries = [Raw(name.encode(), data) for name, data in members.items()]
    entries[0].data = entries[0].data  # first entry: declared sizes cover far more than its own data
    blob = bytearray(craft.raw_zip(entries))
    directory_at = int.from_bytes(blob[-6:-2], "little")
    first_entry = blob.index(b"PK\x01\x02", directory_at)
    blob[first_entry + 20 : first_entry + 24] = (len(members[entries[0].name.decode()]) + 200).to_bytes(4, "little")
    blob[first_entry + 24 : first_entry + 28] = (len(members[entries[0].name.decode()]) + 200).to_bytes(4, "little")
    (tmp_path / "quoted.hrdoc").write_bytes(bytes(blob))
    refused(tmp_path / "quoted.hrdoc", "overlap in the archive")


def test_an_entry_running_into_the_directory(tmp_path: Path) -> None:
    blob = bytearray(craft.raw_zip([Raw(b"records/case.json", b"[]")]))
    directory_at = blob.index(b"PK\x01\x02")
    blob[directory_at + 20 : directory_at + 24] = (50).to_bytes(4, "little")  # compressed size
    blob[directory_at + 24 : directory_at + 28] = (50).to_bytes(4, "little")
    (tmp_path / "bad.hrdoc").write_bytes(bytes(blob))
    refused(tmp_path / "bad.hrdoc", "runs into the archive's directory")


# ------------------------------------------------------------------------------------------ broken archives


def test_not_a_bundle(tmp_path: Path) -> None:
    (tmp_path / "notes.hrdoc").write_text("Dear colleague, here is the case.")
    refused(tmp_path / "notes.hrdoc", "is not an hrdoc bundle (neither a zip archive nor an encrypted bundle)")
    (tmp_path / "empty.hrdoc").write_bytes(b"")
    refused(tmp_path / "empty.hrdoc", "is empty")
    refused(tmp_path / "missing.hrdoc", "cannot read")


@pytest.mark.parametrize("cut", [1, 22, 100, 1000])
def test_truncated_at_the_end(valid: Path, tmp_path: Path, cut: int) -> None:
    (tmp_path / "cut.hrdoc").write_bytes(valid.read_bytes()[:-cut])
    refused(tmp_path / "cut.hrdoc", "the bundle is incomplete or damaged (truncated?)")


def test_bytes_cut_from_the_middle(valid: Path, tmp_path: Path) -> None:
    data = valid.read_bytes()
    middle = len(data) // 2
    (tmp_path / "cut.hrdoc").write_bytes(data[:middle] + data[middle + 300 :])
    refused(tmp_path / "cut.hrdoc", "the bundle is incomplete or damaged (truncated?)")


def test_every_prefix_of_a_bundle_is_refused(valid: Path, tmp_path: Path) -> None:
    data = valid.read_bytes()
    path = tmp_path / "prefix.hrdoc"
    for length in range(0, len(data), 97):
        path.write_bytes(data[:length])
        with pytest.raises(BundleError):
            open_bundle(path)


# ------------------------------------------------------------------------------------------ manifest and members


def test_no_manifest(valid: Path, tmp_path: Path) -> None:
    craft.rebuild(valid, tmp_path / "bad.hrdoc", change={"manifest.json": None}, rehash=False)
    refused(tmp_path / "bad.hrdoc", "it has no manifest.json")


def test_a_manifest_of_another_format(valid: Path, tmp_path: Path) -> None:
    craft.rebuild(valid, tmp_path / "bad.hrdoc", manifest=lambda m: m.update(format="other"))
    refused(tmp_path / "bad.hrdoc", "not that of an hrdoc bundle")


def test_a_newer_format_version(valid: Path, tmp_path: Path) -> None:
    craft.rebuild(valid, tmp_path / "new.hrdoc", manifest=lambda m: m.update(format_version=2, novelty={"x": 1}))
    error = refused(tmp_path / "new.hrdoc", "made by a newer hrdoc (format 2")
    assert "install the newer hrdoc" in str(error)
    assert error.reason == "newer"


def test_a_manifest_that_does_not_follow_the_schema(valid: Path, tmp_path: Path) -> None:
    craft.rebuild(valid, tmp_path / "a.hrdoc", manifest=lambda m: m.pop("exported_by"))
    refused(tmp_path / "a.hrdoc", "manifest.json: field exported_by is missing")
    craft.rebuild(valid, tmp_path / "b.hrdoc", manifest=lambda m: m.update(exported_at="yesterday"))
    refused(tmp_path / "b.hrdoc", 'manifest.json: field exported_at is "yesterday", which is not a real UTC time')


def test_a_member_not_in_the_manifest(valid: Path, tmp_path: Path) -> None:
    extra = "evidence/11111111-2222-4333-8444-555555555555"
    craft.rebuild(valid, tmp_path / "bad.hrdoc", change={extra: b"smuggled"}, rehash=False)
    refused(tmp_path / "bad.hrdoc", f"the member {extra} is in the bundle but not in its manifest")


def test_the_manifest_lists_a_missing_member(valid: Path, tmp_path: Path) -> None:
    craft.rebuild(valid, tmp_path / "bad.hrdoc", change={EVIDENCE: None}, rehash=False)
    refused(tmp_path / "bad.hrdoc", f"the manifest lists {EVIDENCE}, which is not in the bundle")


def test_a_changed_member_of_the_same_size(valid: Path, tmp_path: Path) -> None:
    original = craft.members_of(valid)[EVIDENCE]
    changed = original[:10] + bytes([original[10] ^ 1]) + original[11:]
    craft.rebuild(valid, tmp_path / "bad.hrdoc", change={EVIDENCE: changed}, rehash=False)
    refused(tmp_path / "bad.hrdoc", f"{EVIDENCE} does not match its SHA-256 in the manifest")


def test_a_changed_member_of_another_size(valid: Path, tmp_path: Path) -> None:
    craft.rebuild(valid, tmp_path / "bad.hrdoc", change={EVIDENCE: b"replaced"}, rehash=False)
    refused(tmp_path / "bad.hrdoc", f"the member {EVIDENCE} is 8 bytes in the archive but")


def test_sha256sums_that_disagree(valid: Path, tmp_path: Path) -> None:
    sums = craft.members_of(valid)["SHA256SUMS"].decode()
    lines = sums.splitlines(keepends=True)
    craft.rebuild(valid, tmp_path / "a.hrdoc", change={"SHA256SUMS": "".join(lines[1:]).encode()}, rehash=False)
    refused(tmp_path / "a.hrdoc", "SHA256SUMS and the manifest do not list the same members")
    wrong = "0" * 64 + lines[0][64:]
    craft.rebuild(
        valid, tmp_path / "b.hrdoc", change={"SHA256SUMS": (wrong + "".join(lines[1:])).encode()}, rehash=False
    )
    refused(tmp_path / "b.hrdoc", "SHA256SUMS gives README.txt another SHA-256")
    craft.rebuild(valid, tmp_path / "c.hrdoc", change={"SHA256SUMS": b"not a checksum line\n"}, rehash=False)
    refused(tmp_path / "c.hrdoc", "SHA256SUMS, line 1, is not of the form")


def test_a_manifest_changed_after_sha256sums_was_made(valid: Path, tmp_path: Path) -> None:
    def edit(manifest: dict[str, Any]) -> None:
        manifest["exported_by"] = "someone else"

    craft.rebuild(valid, tmp_path / "bad.hrdoc", manifest=edit, rehash=False)
    refused(tmp_path / "bad.hrdoc", "SHA256SUMS gives manifest.json another SHA-256 than manifest.json's actual hash")


# ------------------------------------------------------------------------------------------ JSON and schema


def _with_incidents(valid: Path, dst: Path, content: bytes) -> Path:
    craft.rebuild(valid, dst, change={"records/incidents.json": content})
    return dst


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"[{", "records/incidents.json is not valid JSON (line 1, column 3"),
        (b"\xff\xfe[]", "records/incidents.json is not UTF-8"),
        (b"[NaN, 1]", "NaN is not a JSON number"),
        (b'[{"id": 1, "id": 2}]', "the key 'id' appears twice"),
        (b"[" * 100_000 + b"]" * 100_000, "nests too deeply"),
        (b"[" + b"1" * 5000 + b"]", "records/incidents.json is not valid JSON"),
        (b'{"incidents": []}', "records/incidents.json should hold a JSON array"),
    ],
)
def test_invalid_json(valid: Path, tmp_path: Path, content: bytes, fragment: str) -> None:
    refused(_with_incidents(valid, tmp_path / "bad.hrdoc", content), fragment)


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        ({"id": "not-a-uuid"}, 'field id is "not-a-uuid", which is not a UUID'),
        ({"title": "t" * 301}, "field title is longer than 300 characters"),
        ({"date_precision": "soon"}, 'field date_precision is "soon", which is not one of: exact,'),
        ({"start_date": "2026-02-30"}, 'field start_date is "2026-02-30", which is not a real date (YYYY-MM-DD)'),
        (
            {"updated_at": "2026-11-20T25:00:00Z"},
            'field updated_at is "2026-11-20T25:00:00Z", which is not a real UTC time (YYYY-MM-DDTHH:MM:SSZ)',
        ),
        ({"fatalities_low": -1}, "field fatalities_low is -1, below 0"),
        ({"fatalities_low": 2.0}, "field fatalities_low should be integer or null, not a number"),
        ({"civilian_targeting": "yes"}, "field civilian_targeting should be boolean or null, not a string"),
        ({"version": "v2"}, 'field version is "v2", which is not a record version'),
        ({"lineage": []}, "field lineage should have at least 1 element"),
        ({"smuggled": 1}, "unexpected field smuggled"),
    ],
)
def test_schema_violations(valid: Path, tmp_path: Path, change: dict[str, Any], fragment: str) -> None:
    records = [craft.incident(), craft.incident(**change)]
    error = refused(_with_incidents(valid, tmp_path / "bad.hrdoc", craft.json_bytes(records)), fragment)
    assert str(error).startswith(f'records/incidents.json, record 2 (id "{records[1]["id"]}"): ')


def test_a_missing_field(valid: Path, tmp_path: Path) -> None:
    record = craft.incident()
    del record["title"]
    refused(_with_incidents(valid, tmp_path / "bad.hrdoc", craft.json_bytes([record])), "field title is missing")


def test_log_entries_follow_the_schema(valid: Path, tmp_path: Path) -> None:
    entry = craft.custody_entry(b"x") | {"action": "borrowed"}
    craft.rebuild(valid, tmp_path / "bad.hrdoc", change={"logs/custody.json": craft.json_bytes([entry])})
    refused(tmp_path / "bad.hrdoc", 'logs/custody.json, record 1: field action is "borrowed"')


def test_two_records_with_one_id(valid: Path, tmp_path: Path) -> None:
    record = craft.incident()
    content = craft.json_bytes([record, record])
    refused(_with_incidents(valid, tmp_path / "bad.hrdoc", content), f"two records with id {record['id']}")


def test_counts_that_disagree_with_the_manifest(valid: Path, tmp_path: Path) -> None:
    content = craft.json_bytes([craft.incident()])
    refused(_with_incidents(valid, tmp_path / "a.hrdoc", content), "the manifest counts 2 record(s) of incidents")

    def count_actors(manifest: dict[str, Any]) -> None:
        manifest["record_counts"]["actors"] = 3

    craft.rebuild(valid, tmp_path / "b.hrdoc", manifest=count_actors)
    refused(tmp_path / "b.hrdoc", "counts 3 record(s) of actors, but the bundle has no records/actors.json")


def test_the_case_must_be_the_one_the_manifest_names(valid: Path, tmp_path: Path) -> None:
    other = craft.case_record() | {"id": "99999999-9999-4999-8999-999999999999"}
    craft.rebuild(valid, tmp_path / "a.hrdoc", change={"records/case.json": craft.json_bytes([other])})
    refused(tmp_path / "a.hrdoc", f"the manifest names case {CASE_ID}, but records/case.json holds another")

    def two_cases(manifest: dict[str, Any]) -> None:
        manifest["record_counts"]["case"] = 2

    both = craft.json_bytes([craft.case_record(), other])
    craft.rebuild(valid, tmp_path / "b.hrdoc", change={"records/case.json": both}, manifest=two_cases)
    refused(tmp_path / "b.hrdoc", "records/case.json holds 2 cases; a bundle holds exactly one")


def test_the_case_is_required(valid: Path, tmp_path: Path) -> None:
    def no_case(manifest: dict[str, Any]) -> None:
        del manifest["record_counts"]["case"]

    craft.rebuild(valid, tmp_path / "bad.hrdoc", change={"records/case.json": None}, manifest=no_case)
    refused(tmp_path / "bad.hrdoc", "manifest.json: field members/records/case.json is missing")


def test_messages_quote_values_briefly(valid: Path, tmp_path: Path) -> None:
    content = craft.json_bytes([craft.incident(date_precision="x" * 10_000)])
    message = str(refused(_with_incidents(valid, tmp_path / "bad.hrdoc", content), "date_precision"))
    assert len(message) < 400


def test_json_of_a_valid_bundle_round_trips(valid: Path) -> None:
    with open_bundle(valid) as bundle:
        assert json.loads(bundle.read("records/incidents.json")) == bundle.json("records/incidents.json")
