"""Opening writes nothing it need not: a wrong passphrase leaves every file beside the store as it was, even
a ``-wal`` left by a killed process (SQLite would checkpoint it into the file and delete it when even a
wrongly keyed connection closed), and no lock file appears."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from hrdoc.services.cases import CaseService
from hrdoc.services.session import unlock_store
from hrdoc.storage.errors import WrongPassphrase
from tests.helpers import PASSPHRASE


def snapshot(folder: Path) -> dict[str, str]:
    """Every file in the folder (lock files included) and its SHA-256."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture(scope="module")
def store_with_wal(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store whose latest case is only in its -wal: the process that wrote it was killed (no clean close)."""
    folder = tmp_path_factory.mktemp("killed")
    path = folder / "store.db"
    script = textwrap.dedent(
        f"""
        import os
        from hrdoc.services.session import new_store
        from hrdoc.services.records import RecordService
        from tests.helpers import make_case
        ctx = new_store({str(path)!r}, {PASSPHRASE!r})
        make_case(RecordService(ctx), title="Annefif convoy killings")
        os._exit(0)  # like a kill: no checkpoint, the -wal and -shm stay
        """
    )
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root)}
    subprocess.run([sys.executable, "-c", script], check=True, env=env, cwd=root, timeout=120)
    (folder / "store.db.lock").unlink(missing_ok=True)  # creating a store takes the lock; opening must not
    assert (folder / "store.db-wal").stat().st_size > 0
    return path


def private_copy(path: Path, target_folder: Path, *, with_shm: bool = True) -> Path:
    for src in sorted(path.parent.glob(path.name + "*")):
        if with_shm or not src.name.endswith("-shm"):
            shutil.copyfile(src, target_folder / src.name)
    return target_folder / path.name


@pytest.mark.parametrize("with_shm", [True, False], ids=["wal-and-shm", "wal-only"])
def test_wrong_passphrase_leaves_a_leftover_wal_and_everything_else_unchanged(
    store_with_wal: Path, tmp_path: Path, with_shm: bool
) -> None:
    path = private_copy(store_with_wal, tmp_path, with_shm=with_shm)
    before = snapshot(tmp_path)
    assert ("store.db-shm" in before) == with_shm and "store.db-wal" in before
    for _ in range(3):
        with pytest.raises(WrongPassphrase):
            unlock_store(path, "not the passphrase")
    assert snapshot(tmp_path) == before  # byte for byte, and no .lock, -shm or -journal appeared
    # The right passphrase then finds the case that was only in the -wal.
    ctx = unlock_store(path, PASSPHRASE, record_unlock=False)
    try:
        assert [c.title for c in CaseService(ctx).summaries()] == ["Annefif convoy killings"]
    finally:
        ctx.close()


def test_wrong_passphrase_on_a_closed_store_creates_no_lock_file(store_with_wal: Path, tmp_path: Path) -> None:
    path = private_copy(store_with_wal, tmp_path)
    unlock_store(path, PASSPHRASE, record_unlock=False).close()  # checkpoints: the -wal and -shm go
    (tmp_path / "store.db.lock").unlink(missing_ok=True)
    before = snapshot(tmp_path)
    assert sorted(before) == ["store.db"]
    with pytest.raises(WrongPassphrase):
        unlock_store(path, "not the passphrase")
    assert snapshot(tmp_path) == before


def test_opening_a_current_store_makes_no_lock_file(store_with_wal: Path, tmp_path: Path) -> None:
    """The lock is for creating and upgrading; an ordinary open leaves none behind on, say, a USB key."""
    path = private_copy(store_with_wal, tmp_path)
    unlock_store(path, PASSPHRASE).close()
    assert not (tmp_path / "store.db.lock").exists()
