"""The store on hostile media, through the real ``hrdoc`` command: a write-protected disk (a read-only mount,
as a locked USB key is) and a full disk (a small tmpfs filled up). Reading works; writing is refused in one
line; nothing is lost. These need root and permission to mount: they are skipped, saying so, elsewhere."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli.test_cli_subprocess import hrdoc

CASE = "ML-2025-004"
HOLDS_IDENTITIES = "hrdoc: it holds witness identities: keep it encrypted and hand it over only to your team"
READ_ONLY_NOTE = "hrdoc: note: read-only store: this unlock is not recorded in the audit log"
DISK_FULL = "hrdoc: error: the disk is full: free some space; nothing was saved"


def _mount(*argv: str) -> None:
    subprocess.run(["mount", *argv], check=True, capture_output=True, timeout=30)


def _umount(point: Path) -> None:
    subprocess.run(["umount", str(point)], check=False, capture_output=True, timeout=30)


def _can_mount(tmp_path: Path) -> str | None:
    """Why mounting is impossible here, or None."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return "needs root and mount(8): a real read-only or full disk cannot be made otherwise"
    probe = tmp_path / "probe"
    probe.mkdir()
    try:
        _mount("-t", "tmpfs", "-o", "size=64k", "tmpfs", str(probe))
    except subprocess.CalledProcessError:
        return "mount is not permitted here (no CAP_SYS_ADMIN)"
    _umount(probe)
    return None


@contextlib.contextmanager
def read_only_view(folder: Path, point: Path) -> Iterator[Path]:
    """``folder`` seen through a read-only bind mount at ``point``: writes fail with EROFS, even for root."""
    point.mkdir()
    _mount("--bind", str(folder), str(point))
    try:
        _mount("-o", "remount,bind,ro", str(point))
        yield point
    finally:
        _umount(point)


@pytest.fixture
def mountable(tmp_path: Path) -> None:
    reason = _can_mount(tmp_path)
    if reason is not None:
        pytest.skip(reason)


@pytest.fixture
def exported_once(demo_copy: Path, tmp_path: Path) -> Path:
    """The demo store with one evidence file, exported once (so it has its store id), closed."""
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 not much of a photo")
    assert hrdoc(tmp_path, "attach", CASE, photo, "--db", demo_copy).returncode == 0
    first = hrdoc(tmp_path, "export", CASE, "-o", tmp_path / "first.hrdoc", "--db", demo_copy)
    assert first.returncode == 0, first.stderr
    (demo_copy.parent / (demo_copy.name + ".lock")).unlink(missing_ok=True)
    return demo_copy


def fingerprint(store: Path) -> dict[str, bytes]:
    """Every file of the store: the file, its -wal/-shm/lock and its evidence vault."""
    folder = store.parent
    files = [
        p for p in sorted(folder.rglob("*")) if p.is_file() and p.relative_to(folder).parts[0].startswith(store.name)
    ]
    return {str(p.relative_to(folder)): p.read_bytes() for p in files}


@pytest.mark.slow
@pytest.mark.usefixtures("mountable")
def test_read_only_disk_cases_show_export_verify_work_and_writes_are_refused(
    exported_once: Path, tmp_path: Path
) -> None:
    before = fingerprint(exported_once)
    out = tmp_path / "out"
    out.mkdir()
    with read_only_view(exported_once.parent, tmp_path / "usb") as usb:
        db = usb / exported_once.name
        runs = {
            "cases": hrdoc(out, "cases", "--db", db),
            "show": hrdoc(out, "show", CASE, "--db", db),
            "export": hrdoc(out, "export", CASE, "-o", out / "copy.hrdoc", "--db", db),
            "verify": hrdoc(out, "verify", "--db", db),
            "table": hrdoc(out, "table", CASE, "incident", "-o", out / "incidents.csv", "--db", db),
            "report": hrdoc(out, "report", CASE, "--audience", "public", "-o", out / "r.pdf", "--db", db),
        }
        for name, proc in runs.items():
            assert proc.returncode == 0, (name, proc.stderr)
            # One line, the note; a report also says what it holds (indented lines under a heading).
            lines = [line for line in proc.stderr.splitlines() if line != HOLDS_IDENTITIES]  # export's warning
            if name == "report":
                assert lines[1] == f"the public report of {CASE} will hold:", proc.stderr
                lines = [lines[0], *(line for line in lines[2:] if not line.startswith("  "))]
            assert lines == [proc.stderr.splitlines()[0]], (name, proc.stderr)
            assert proc.stderr.startswith(READ_ONLY_NOTE), (name, proc.stderr)
        assert CASE in runs["cases"].stdout
        assert "Annefif" in runs["show"].stdout
        assert "1 of 1 files intact" in runs["verify"].stdout
        assert (out / "copy.hrdoc").stat().st_size > 0
        photo = tmp_path / "another.jpg"
        photo.write_bytes(b"another")
        attach = hrdoc(out, "attach", CASE, photo, "--db", db)
        assert attach.returncode != 0
        assert "Traceback" not in attach.stderr
        assert attach.stderr.splitlines()[-1].startswith("hrdoc: error: ")
        assert "read-only" in attach.stderr.splitlines()[-1].lower()
    assert fingerprint(exported_once) == before


def _fill(folder: Path) -> Path:
    filler = folder / "filler"
    with filler.open("wb") as fh:
        try:
            while True:
                fh.write(b"\0" * 65536)
                fh.flush()
        except OSError:
            pass
    with contextlib.suppress(OSError):
        (folder / "filler2").write_bytes(b"\0" * 4096)  # the last few blocks
    return filler


@pytest.mark.slow
@pytest.mark.usefixtures("mountable")
def test_full_disk_reading_works_and_writing_says_the_disk_is_full(exported_once: Path, tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    disk.mkdir()
    _mount("-t", "tmpfs", "-o", "size=4m", "tmpfs", str(disk))
    try:
        for src in exported_once.parent.iterdir():
            if src.name.startswith(exported_once.name):
                copy = shutil.copytree if src.is_dir() else shutil.copy2
                copy(src, disk / src.name)
        db = disk / exported_once.name
        listed = hrdoc(tmp_path, "cases", "--db", db)
        assert listed.returncode == 0
        filler = _fill(disk)
        assert shutil.disk_usage(disk).free < 64 * 1024
        kept = fingerprint(db)
        for argv in (["cases"], ["show", CASE], ["verify"], ["export", CASE, "-o", tmp_path / "out.hrdoc"]):
            proc = hrdoc(tmp_path, *argv, "--db", db)
            assert proc.returncode == 0, (argv, proc.stderr)
            assert "Traceback" not in proc.stderr
            lines = [line for line in proc.stderr.splitlines() if line != HOLDS_IDENTITIES]  # export's warning
            assert len(lines) == 1, proc.stderr  # the note that the unlock is not recorded
        photo = tmp_path / "photo2.jpg"
        photo.write_bytes(b"x" * 1000)
        merge = hrdoc(tmp_path, "import", tmp_path / "first.hrdoc", "--db", db)
        assert merge.returncode != 0
        assert "Traceback" not in merge.stderr
        assert merge.stderr.splitlines()[-1] == DISK_FULL, merge.stderr
        attach = hrdoc(tmp_path, "attach", CASE, photo, "--db", db)  # the vault checks the space itself
        assert attach.returncode != 0
        assert "Traceback" not in attach.stderr
        assert "free some space" in attach.stderr.splitlines()[-1], attach.stderr
        assert fingerprint(db) == kept
        filler.unlink()
        (disk / "filler2").unlink(missing_ok=True)
        again = hrdoc(tmp_path, "cases", "--db", db)
        assert again.returncode == 0 and again.stdout == listed.stdout
        assert hrdoc(tmp_path, "verify", "--db", db).returncode == 0
    finally:
        _umount(disk)
