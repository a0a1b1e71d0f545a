"""The encrypted vault on its own: round trips, damage named to the chunk, no plaintext on disk, sweeping."""

from __future__ import annotations

import hashlib
import os
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from hrdoc.services.context import StoreContext
from hrdoc.storage.models import VaultChunk
from hrdoc.storage.vault import CHUNK_SIZE, HEADER_SIZE, TAG_SIZE, Vault, VaultDamaged, new_vault_key
from hrdoc.storage.vault_team import DbVault

MARKER = b"VAULT-PLAINTEXT-MARKER-7f3a"


@pytest.fixture
def vault(tmp_path: Path) -> Vault:
    return Vault(tmp_path / "store.db.vault", new_vault_key())


def put(vault: Vault, data: bytes, *, piece: int = 65536) -> uuid.UUID:
    item = uuid.uuid4()
    with vault.writer(item) as writer:
        for start in range(0, len(data), piece):
            writer.write(data[start : start + piece])
        writer.publish()
        writer.keep()
    return item


def get(vault: Vault, item: uuid.UUID) -> bytes:
    return b"".join(vault.chunks(item))


@pytest.mark.parametrize("size", [0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, 3 * CHUNK_SIZE + 5])
def test_round_trip_at_chunk_boundaries(vault: Vault, size: int) -> None:
    data = (MARKER * (size // len(MARKER) + 1))[:size]
    item = put(vault, data)
    assert get(vault, item) == data
    assert vault.path(item).stat().st_size == vault.stored_size(size)


def test_no_plaintext_in_the_vault_file(vault: Vault) -> None:
    item = put(vault, MARKER * 100_000)
    stored = vault.path(item).read_bytes()
    assert MARKER not in stored
    assert MARKER[:8] not in stored


def flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("offset", "expected"),
    [
        (HEADER_SIZE + 10, "chunk 1 fails authentication"),  # first chunk's ciphertext
        (HEADER_SIZE + CHUNK_SIZE + TAG_SIZE + 3, "chunk 2 fails authentication"),  # second chunk
        (HEADER_SIZE + CHUNK_SIZE + 2, "chunk 1 fails authentication"),  # first chunk's tag
        (20, "its header was altered"),  # the salt in the header: neither chunk decrypts
        (0, "not an hrdoc vault header"),
        (40, "belongs to another item"),  # the item id in the header
    ],
)
def test_a_single_flipped_byte_is_detected_and_located(vault: Vault, offset: int, expected: str) -> None:
    item = put(vault, os.urandom(CHUNK_SIZE + 100))
    flip(vault.path(item), offset)
    with pytest.raises(VaultDamaged, match=expected) as caught:
        get(vault, item)
    assert caught.value.item_id == item
    assert str(item) in str(caught.value)


def test_a_file_cut_at_a_chunk_boundary_is_detected(vault: Vault) -> None:
    item = put(vault, os.urandom(2 * CHUNK_SIZE + 10))
    path = vault.path(item)
    path.write_bytes(path.read_bytes()[: HEADER_SIZE + 2 * (CHUNK_SIZE + TAG_SIZE)])
    with pytest.raises(VaultDamaged, match="end of the file is missing"):
        get(vault, item)


def test_a_file_put_in_place_of_another_is_detected(vault: Vault) -> None:
    first, second = put(vault, b"first"), put(vault, b"second")
    vault.path(first).write_bytes(vault.path(second).read_bytes())
    with pytest.raises(VaultDamaged, match="another item"):
        get(vault, first)


def test_another_key_cannot_read(vault: Vault) -> None:
    item = put(vault, b"secret")
    with pytest.raises(VaultDamaged):
        get(Vault(vault.root, new_vault_key()), item)


def test_a_missing_file_is_named(vault: Vault) -> None:
    item = put(vault, b"x")
    vault.remove(item)
    with pytest.raises(VaultDamaged, match="missing"):
        get(vault, item)


def test_a_writer_left_without_keep_leaves_nothing(vault: Vault) -> None:
    item = uuid.uuid4()
    with vault.writer(item) as writer:
        writer.write(b"abc")
    with pytest.raises(ValueError), vault.writer(uuid.uuid4()) as writer:
        writer.write(b"abc")
        writer.publish()
        raise ValueError("the store refused the record")
    assert list(vault.root.iterdir()) == []


def test_sweep_deletes_only_abandoned_partials_and_puts_unknown_files_aside(vault: Vault) -> None:
    kept = put(vault, b"kept")
    orphan = uuid.uuid4()
    with vault.writer(orphan) as writer:  # published, then the store lost its record (an older copy restored)
        writer.write(b"orphan")
        writer.publish()
        writer.keep()
    busy = uuid.uuid4()
    with vault.writer(busy) as writer:
        writer.write(b"still being written")
        dead = vault.root / f"{uuid.uuid4().hex}.partial"
        dead.write_bytes(b"partial of a dead intake")
        foreign = vault.root / "notes.partial"  # not a name hrdoc writes
        foreign.write_bytes(b"someone's file")
        removed = vault.sweep(lambda item: item == kept)
        assert (vault.root / f"{busy.hex}.partial").exists()
    assert removed == [dead.name]
    assert foreign.exists()
    assert sorted(p.name for p in vault.root.iterdir()) == sorted([f"{kept.hex}.hrv", foreign.name])
    [aside] = vault.quarantined()
    assert aside.item_id == orphan and aside.path.parent == vault.root.with_name("store.db.vault-quarantine")
    assert "no record of this item" in aside.note.read_text()
    assert vault.item_ids() == {orphan}  # what a check must report
    # The store that recorded it is back: the next sweep returns the file, intact.
    assert vault.sweep(lambda item: item in (kept, orphan)) == []
    assert vault.quarantined() == [] and list(vault.quarantine.iterdir()) == []
    assert get(vault, orphan) == b"orphan" and get(vault, kept) == b"kept"


def test_hash_of_a_large_stream_matches(vault: Vault) -> None:
    data = os.urandom(5 * CHUNK_SIZE + 17)
    item = put(vault, data, piece=CHUNK_SIZE)
    assert hashlib.sha256(get(vault, item)).hexdigest() == hashlib.sha256(data).hexdigest()


# -- the team store's vault: the same chunks as database rows (run on SQLite and PostgreSQL) -------------------


@pytest.fixture
def db_vault(ctx: StoreContext) -> DbVault:
    return DbVault(ctx.engine, new_vault_key())


def put_db(vault: DbVault, data: bytes) -> uuid.UUID:
    item = uuid.uuid4()
    with vault.writer(item) as writer:
        for start in range(0, len(data), 300_000):
            writer.write(data[start : start + 300_000])
        writer.publish()
        writer.keep()
    return item


@pytest.mark.parametrize("size", [0, 5, CHUNK_SIZE, 2 * CHUNK_SIZE + 3])
def test_db_vault_round_trip(db_vault: DbVault, size: int) -> None:
    data = os.urandom(size)
    item = put_db(db_vault, data)
    assert b"".join(db_vault.chunks(item)) == data
    assert db_vault.exists(item) and item in db_vault.item_ids()


def test_db_vault_detects_an_altered_chunk_and_a_missing_end(db_vault: DbVault, ctx: StoreContext) -> None:
    item = put_db(db_vault, os.urandom(2 * CHUNK_SIZE + 10))
    table = VaultChunk.__table__
    with ctx.engine.begin() as conn:
        data = bytearray(
            conn.execute(select(table.c.data).where(table.c.item_id == item, table.c.chunk_no == 2)).scalar_one()
        )
        data[7] ^= 1
        conn.execute(table.update().where(table.c.item_id == item, table.c.chunk_no == 2).values(data=bytes(data)))
    with pytest.raises(VaultDamaged, match="chunk 2 fails authentication"):
        b"".join(db_vault.chunks(item))
    with ctx.engine.begin() as conn:
        data[7] ^= 1
        conn.execute(table.update().where(table.c.item_id == item, table.c.chunk_no == 2).values(data=bytes(data)))
        conn.execute(table.delete().where(table.c.item_id == item, table.c.chunk_no == 3))
    with pytest.raises(VaultDamaged, match="end of the file is missing"):
        b"".join(db_vault.chunks(item))


def test_db_vault_writer_without_keep_leaves_nothing_and_sweep_spares_fresh_work(db_vault: DbVault) -> None:
    with db_vault.writer(uuid.uuid4()) as writer:
        writer.write(b"abandoned")
        writer.publish()
    assert db_vault.item_ids() == set()
    fresh = uuid.uuid4()
    writer = db_vault.writer(fresh)
    writer.write(os.urandom(CHUNK_SIZE * 9))  # more than one commit's worth: rows are in the table already
    assert db_vault.sweep(lambda item: False) == []  # too recent: maybe an intake in progress
    writer.close()
    assert db_vault.item_ids() == set()
