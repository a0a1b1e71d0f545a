"""Backups before an upgrade are whole or absent, and the newest three whole ones are kept."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from hrdoc.services.session import new_store, unlock_store
from hrdoc.storage import migrate
from hrdoc.storage.atomic import atomic_write
from tests.helpers import PASSPHRASE


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("backups") / "store.db"
    new_store(path, PASSPHRASE).close()
    return path


@pytest.fixture
def store(template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "store.db"
    shutil.copyfile(template, path)
    return path


def backup(path: Path) -> Path:
    ctx = unlock_store(path, PASSPHRASE, record_unlock=False)
    try:
        return migrate.backup_file(ctx.engine, path, "rev1", passphrase=PASSPHRASE)
    finally:
        ctx.close()


def test_a_killed_backup_leaves_no_file_under_a_backup_name_and_is_cleaned_next_time(store: Path) -> None:
    # What a kill -9 in the middle of copying leaves: part of the file, under the temporary name only.
    leftover = store.with_name(f".{store.name}.backup-rev0-20250101T000000.000000Z.1a2b3c4d.tmp")
    leftover.write_bytes(store.read_bytes()[:5000])
    assert migrate.backups_of(store) == []  # never named as a backup
    made = backup(store)
    assert migrate.backups_of(store) == [made]
    assert made.read_bytes() == store.read_bytes()
    assert not leftover.exists()


def test_rotation_keeps_three_whole_backups_by_the_time_in_their_names(store: Path) -> None:
    data = store.read_bytes()
    # Backups an older hrdoc wrote in place, killed half-way: newest by name, and newest by modification time
    # (the old rotation's key, copied from the store).
    truncated = [store.with_name(f"{store.name}.backup-rev0-2099010{i}T000000Z") for i in (1, 2)]
    for path in truncated:
        path.write_bytes(data[: len(data) // 2])
    good_old = store.with_name(f"{store.name}.backup-rev0-20200101T000000Z")
    good_old.write_bytes(data)
    os.utime(good_old, (0, 0))  # an old modification time must not make it the one dropped first
    made = [backup(store) for _ in range(3)]
    kept = migrate.backups_of(store)
    assert sorted(kept) == sorted(made)  # the three new whole ones; the old good one is the fourth
    assert not good_old.exists()
    for path in truncated:  # never counted, never left under a backup's name
        assert not path.exists()
        assert path.with_name(path.name + ".damaged").exists()
    for path in kept:
        assert migrate.backup_is_whole(path, PASSPHRASE)


def test_a_whole_backup_opens_and_a_truncated_one_does_not(store: Path) -> None:
    made = backup(store)
    assert migrate.backup_is_whole(made, PASSPHRASE)
    assert not migrate.backup_is_whole(made, "not the passphrase")
    cut = made.with_name("cut.db")
    cut.write_bytes(made.read_bytes()[:-4096])
    assert not migrate.backup_is_whole(cut, PASSPHRASE)


def test_atomic_write_leaves_the_old_file_and_no_temp_on_error(tmp_path: Path) -> None:
    target = tmp_path / "report.bin"
    target.write_bytes(b"old and whole")
    with pytest.raises(RuntimeError), atomic_write(target) as fh:
        fh.write(b"new but ")
        raise RuntimeError("interrupted")
    assert target.read_bytes() == b"old and whole"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.bin"]
    with atomic_write(target) as fh:
        fh.write(b"new and whole")
    assert target.read_bytes() == b"new and whole"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.bin"]
