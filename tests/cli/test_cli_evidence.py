"""``hrdoc attach``, ``capture``, ``import-capture``, ``evidence``, ``custody``, ``export-evidence``, ``verify``."""

from __future__ import annotations

import hashlib
import io
import sys
from pathlib import Path

import pytest

from hrdoc.cli import main
from hrdoc.services.demo import DEMO_REFERENCE
from hrdoc.storage.vault import HEADER_SIZE
from tests.cli.test_cli import Run, _env, assert_one_line_error, run
from tests.services.evidence.http_fixture import LoopbackSite, loopback_site
from tests.services.evidence.samples import jpeg_with_gps

__all__ = ["_env", "loopback_site", "run"]  # fixtures, imported for pytest


def attach(run: Run, db: Path, file: Path, *extra: str) -> str:
    result = run("attach", DEMO_REFERENCE, file, "--db", db, "--json", *extra)
    assert result.code == 0, result.err
    item_id: str = result.json()["id"]
    return item_id


def test_attach_then_list_show_custody_and_verify(run: Run, demo_copy: Path, tmp_path: Path) -> None:
    photo = tmp_path / "IMG_0042.jpg"
    photo.write_bytes(jpeg_with_gps(lat=15.85, lon=-1.92))
    result = run("attach", DEMO_REFERENCE, photo, "--db", demo_copy, "--acquired-from", "witness's phone")
    assert result.code == 0, result.err
    assert f"sha256 {hashlib.sha256(photo.read_bytes()).hexdigest()}" in result.out
    assert "image/jpeg" in result.out
    assert "15.85" in result.out  # the GPS position read from the photo
    listing = run("evidence", DEMO_REFERENCE, "--db", demo_copy, "--json").json()
    [row] = [r for r in listing if r["original_filename"] == "IMG_0042.jpg"]
    assert row["in_vault"] is True
    chain = run("custody", row["id"], "--db", demo_copy)
    assert "Entered the vault" in chain.out and "Original file name: IMG_0042.jpg" in chain.out
    assert "description:" not in chain.out  # nothing to say: no line
    assert "cli-tester" in chain.out
    verified = run("verify", "--db", demo_copy)
    assert verified.code == 0, verified.out
    assert "ok: evidence vault: 1 of 1 files intact" in verified.out
    assert "Verified intact" in run("custody", row["id"], "--db", demo_copy).out


def test_a_flipped_byte_fails_verify_naming_the_file(run: Run, demo_copy: Path, tmp_path: Path) -> None:
    doc = tmp_path / "letter.pdf"
    doc.write_bytes(b"%PDF-1.4\n" + b"x" * 5000)
    item = attach(run, demo_copy, doc)
    stored = demo_copy.with_name("store.db.vault") / f"{item.replace('-', '')}.hrv"
    data = bytearray(stored.read_bytes())
    data[HEADER_SIZE + 100] ^= 0x04
    stored.write_bytes(bytes(data))
    result = run("verify", "--db", demo_copy)
    assert result.code == 3
    assert f"FAILED: evidence letter.pdf (case {DEMO_REFERENCE}): chunk 1 fails authentication" in result.out


def test_working_copy_and_export_for_the_public(run: Run, demo_copy: Path, tmp_path: Path) -> None:
    photo = tmp_path / "IMG_0043.jpg"
    photo.write_bytes(jpeg_with_gps(serial="CAM-SERIAL-9917"))
    original = attach(run, demo_copy, photo, "--visibility", "public")
    cropped = tmp_path / "IMG_0043-crop.jpg"
    cropped.write_bytes(jpeg_with_gps(serial="CAM-SERIAL-9917"))
    refused = run("attach", DEMO_REFERENCE, cropped, "--db", demo_copy, "--alteration", "cropped")
    assert_one_line_error(refused, "--copy-of")
    copy = attach(run, demo_copy, cropped, "--copy-of", original, "--alteration", "cropped to the vehicle")
    assert run("custody", copy, "--db", demo_copy).out.count("Entered as a working copy") == 1
    out = tmp_path / "public.jpg"
    result = run("export-evidence", original, "-o", out, "--audience", "public", "--db", demo_copy)
    assert result.code == 0, result.err
    assert "removed: EXIF" in result.out
    assert b"CAM-SERIAL-9917" not in out.read_bytes()
    assert b"CAM-SERIAL-9917" in photo.read_bytes()  # the investigator's original is untouched
    again = run("export-evidence", original, "-o", out, "--audience", "public", "--db", demo_copy)
    assert_one_line_error(again, "already exists", "--force")


def test_bad_input_gets_one_clear_line(run: Run, demo_copy: Path, tmp_path: Path) -> None:
    assert_one_line_error(run("attach", DEMO_REFERENCE, tmp_path / "nope.jpg", "--db", demo_copy), "no file at")
    assert_one_line_error(run("attach", DEMO_REFERENCE, tmp_path, "--db", demo_copy), "is not a file")
    photo = tmp_path / "a.jpg"
    photo.write_bytes(b"\xff\xd8\xff")
    assert_one_line_error(
        run("attach", DEMO_REFERENCE, photo, "--db", demo_copy, "--acquired-at", "yesterday"), "ISO 8601"
    )
    assert_one_line_error(
        run("attach", DEMO_REFERENCE, photo, "--db", demo_copy, "--acquired-at", "2025-07-28T10:00"), "time zone"
    )
    assert_one_line_error(run("custody", "not-a-uuid", "--db", demo_copy), "not an evidence item id")
    assert_one_line_error(
        run("attach", DEMO_REFERENCE, photo, "--db", demo_copy, "--to", "6d9f0c1e-0000-4000-8000-000000000000"),
        "no incident, allegation, source or account",
    )
    assert run("evidence", DEMO_REFERENCE, "--db", demo_copy, "--json").json() == []


def test_capture_and_import_capture(run: Run, demo_copy: Path, tmp_path: Path, loopback_site: LoopbackSite) -> None:
    result = run("capture", DEMO_REFERENCE, loopback_site.url("/redirect"), "--db", demo_copy)
    assert result.code == 0, result.err
    assert "302" in result.out and "200" in result.out
    assert "warc" in result.out
    failed = run("capture", DEMO_REFERENCE, loopback_site.url("/loop"), "--db", demo_copy)
    assert_one_line_error(failed, "redirect loop")
    saved = tmp_path / "saved.html"
    saved.write_bytes(b"<!DOCTYPE html><html><head><title>Saved</title></head><body>post</body></html>")
    imported = run(
        "import-capture",
        DEMO_REFERENCE,
        saved,
        "--url",
        "https://example.org/post",
        "--captured-at",
        "2025-08-01T09:00Z",
        "--db",
        demo_copy,
    )
    assert imported.code == 0, imported.err
    assert "captured elsewhere" in imported.out
    names = [r["original_filename"] for r in run("evidence", DEMO_REFERENCE, "--db", demo_copy, "--json").json()]
    assert "saved.html" in names
    assert sum(n.endswith(".warc") for n in names) == 1


def test_sync_and_conflicts_from_the_command_line(
    run: Run, demo_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.helpers import PASSPHRASE

    monkeypatch.setenv("HRDOC_TEAM_PASSPHRASE", PASSPHRASE)
    team = tmp_path / "team.db"
    second = tmp_path / "second.db"
    assert run("init", "--db", team).code == 0
    first = run("sync", DEMO_REFERENCE, "--team", team, "--db", demo_copy)
    assert first.code == 0, first.err
    assert "(the team store did not have it)" in first.out
    assert run("init", "--db", second).code == 0
    from hrdoc.services.session import unlock_store

    assert run("sync", DEMO_REFERENCE, "--team", team, "--db", second).code == 0
    for db, title in ((demo_copy, "Title from the first laptop"), (second, "Title from the second laptop")):
        ctx = unlock_store(db, PASSPHRASE)
        try:
            from hrdoc.services.cases import CaseService
            from hrdoc.services.records import RecordService

            case = CaseService(ctx).resolve(DEMO_REFERENCE)
            incident = RecordService(ctx).records("incident", case.id)[0]
            RecordService(ctx).update("incident", incident.id, title=title)
        finally:
            ctx.close()
    assert run("sync", DEMO_REFERENCE, "--team", team, "--db", demo_copy).code == 0
    result = run("sync", DEMO_REFERENCE, "--team", team, "--db", second)
    assert "CONFLICTS: 1" in result.out
    listed = run("conflicts", DEMO_REFERENCE, "--db", second, "--json").json()
    assert len(listed) == 1 and listed[0]["differing_fields"] == ["title"]
    from tests.cli.test_cli_json import valid

    valid("conflicts", listed)  # as docs/cli-json/conflicts.schema.json says
    assert "Title: here “Title from the second laptop”  |  there “Title from the first laptop”" in (
        run("conflicts", DEMO_REFERENCE, "--db", second).out
    )
    assert_one_line_error(run("conflicts", DEMO_REFERENCE, "--db", second, "--keep", "local"), "go together")
    resolved = run("conflicts", DEMO_REFERENCE, "--db", second, "--resolve", listed[0]["id"], "--keep", "local")
    assert resolved.code == 0
    assert "no open conflicts" in run("conflicts", DEMO_REFERENCE, "--db", second).err


def test_export_and_import_bundles_from_the_command_line(
    run: Run, demo_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = tmp_path / "case.hrdoc"
    monkeypatch.setenv("HRDOC_BUNDLE_PASSPHRASE", "bundle passphrase for the test")
    written = run("export", DEMO_REFERENCE, "-o", bundle, "--encrypt", "--db", demo_copy)
    assert written.code == 0, written.err
    assert "encrypted" in written.out and "witness identities" in written.err
    assert_one_line_error(run("export", DEMO_REFERENCE, "-o", bundle, "--db", demo_copy), "already exists")
    office = tmp_path / "office.db"
    assert run("init", "--db", office).code == 0
    imported = run("import", bundle, "--db", office)
    assert imported.code == 0, imported.err
    assert "created case" in imported.out
    monkeypatch.setenv("HRDOC_BUNDLE_PASSPHRASE", "not the passphrase")
    assert_one_line_error(run("import", bundle, "--db", office), "wrong bundle passphrase")
    junk = tmp_path / "junk.hrdoc"
    junk.write_bytes(b"PK\x03\x04 not really a zip")
    assert_one_line_error(run("import", junk, "--db", office), "bundle")


class Terminal(io.StringIO):
    """Stands for a terminal's stderr (progress is shown on terminals only)."""

    def isatty(self) -> bool:
        return True


def test_long_work_shows_its_progress_on_a_terminal_and_nothing_in_scripts(
    run: Run, demo_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = tmp_path / "case.hrdoc"
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(jpeg_with_gps())
    scripted = run("attach", DEMO_REFERENCE, photo, "--db", demo_copy)
    assert scripted.code == 0 and scripted.err == ""  # not a terminal: no progress lines
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["export", DEMO_REFERENCE, "-o", str(bundle), "--db", str(demo_copy)], out=io.StringIO()) == 0
    office = tmp_path / "office.db"
    assert main(["init", "--db", str(office)], out=io.StringIO()) == 0
    assert main(["import", str(bundle), "--db", str(office)], out=io.StringIO()) == 0
    shown = terminal.getvalue()
    assert "\r… checking the bundle: 0%" in shown and "\r… checking the bundle: 100%" in shown
    assert "\r… adding evidence files: 100%" in shown and shown.endswith("\n")
    steps = [line.rsplit("\r", 1)[-1] for line in shown.split("\n") if line]
    names = [step.rsplit(":", 1)[0] for step in steps]
    assert len(names) == len(set(names))  # one line per step, its percentage rewritten in place
    assert names.index("… checking the bundle") < names.index("… merging") < names.index("… adding evidence files")
