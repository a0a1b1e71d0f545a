"""The team store's vault heals what interrupted uploads leave (run on SQLite and PostgreSQL): the next writer of
an item resumes a partial upload, recognises a complete one by its chunks' hashes, replaces one of another file,
and two writers of one item (PostgreSQL) take turns instead of colliding. ``sweep`` deletes none of it."""

from __future__ import annotations

import datetime as dt
import os
import threading
import time
import uuid

import pytest
from sqlalchemy import select

from hrdoc.services.context import StoreContext
from hrdoc.storage.models import VaultChunk
from hrdoc.storage.vault import CHUNK_SIZE, HEADER_SIZE, VaultDamaged, new_vault_key
from hrdoc.storage.vault_team import DB_CHUNKS_PER_COMMIT, DbVault, DbVaultWriter
from tests.backends import reopen

TABLE = VaultChunk.__table__
SIZE = 2 * DB_CHUNKS_PER_COMMIT * CHUNK_SIZE + 12345  # three commits' worth of chunks, the last one short


@pytest.fixture
def key() -> bytes:
    return new_vault_key()


@pytest.fixture
def vault(ctx: StoreContext, key: bytes) -> DbVault:
    return DbVault(ctx.engine, key)


def send(vault: DbVault, item: uuid.UUID, data: bytes, *, keep: bool = True) -> DbVaultWriter:
    writer = vault.writer(item)
    try:
        for start in range(0, len(data), 300_000):
            writer.write(data[start : start + 300_000])
        writer.publish()
        if keep:
            writer.keep()
    finally:
        writer.close()
    return writer


def rows(ctx: StoreContext, item: uuid.UUID) -> dict[int, bytes]:
    with ctx.engine.connect() as conn:
        found = conn.execute(select(TABLE.c.chunk_no, TABLE.c.data).where(TABLE.c.item_id == item))
        return {int(n): bytes(d) for n, d in found}


def cut_after(ctx: StoreContext, item: uuid.UUID, last_row: int) -> None:
    """What an upload killed after sending rows 0 to ``last_row`` leaves."""
    with ctx.engine.begin() as conn:
        conn.execute(TABLE.delete().where(TABLE.c.item_id == item, TABLE.c.chunk_no > last_row))


def written(ctx: StoreContext, item: uuid.UUID) -> dict[int, dt.datetime]:
    """When each row of an item was written."""
    with ctx.engine.connect() as conn:
        found = conn.execute(select(TABLE.c.chunk_no, TABLE.c.written_at).where(TABLE.c.item_id == item))
        return {int(n): at for n, at in found}


def test_an_interrupted_upload_is_resumed_where_it_stopped(ctx: StoreContext, vault: DbVault) -> None:
    data = os.urandom(SIZE)
    item = uuid.uuid4()
    send(vault, item, data, keep=True)
    complete = rows(ctx, item)
    cut_after(ctx, item, DB_CHUNKS_PER_COMMIT)  # the header and the first commit's chunks reached the server
    before = written(ctx, item)
    writer = send(vault, item, data)
    assert not writer.recognised
    after = written(ctx, item)
    assert {n: after[n] for n in before} == before  # the rows already there were not sent again
    assert rows(ctx, item) == complete  # the same salt, so the very same bytes
    assert b"".join(vault.chunks(item)) == data


def test_a_file_complete_on_the_server_is_recognised_without_sending_it(
    ctx: StoreContext, vault: DbVault, key: bytes
) -> None:
    """The first upload's records never committed (the laptop died after the last chunk): the next sync, from
    another process with its own vault object, sends nothing."""
    data = os.urandom(SIZE)
    item = uuid.uuid4()
    send(vault, item, data)
    before = written(ctx, item)
    writer = send(DbVault(ctx.engine, key), item, data)
    assert writer.recognised
    assert written(ctx, item) == before


def test_what_another_file_left_under_the_same_id_is_replaced_under_a_fresh_salt(
    ctx: StoreContext, vault: DbVault
) -> None:
    item = uuid.uuid4()
    first = os.urandom(SIZE)
    send(vault, item, first)
    # Another text from chunk 10 on (same length, then longer), a partial copy of it, and a damaged chunk.
    for data, cut, damage in [
        (first[: 9 * CHUNK_SIZE] + os.urandom(SIZE - 9 * CHUNK_SIZE), None, False),
        (os.urandom(SIZE + 3 * CHUNK_SIZE), 12, False),
        (os.urandom(CHUNK_SIZE // 2), None, False),  # shorter: the longer file's rows go
        (os.urandom(SIZE), None, True),
    ]:
        stored_header = rows(ctx, item)[0]
        if cut is not None:
            cut_after(ctx, item, cut)
        if damage:
            with ctx.engine.begin() as conn:
                conn.execute(TABLE.update().where(TABLE.c.item_id == item, TABLE.c.chunk_no == 1).values(data=b"x"))
            with pytest.raises(VaultDamaged):
                b"".join(vault.chunks(item))
        writer = send(vault, item, data)
        assert not writer.recognised
        assert b"".join(vault.chunks(item)) == data
        assert rows(ctx, item)[0] != stored_header  # a new salt: no nonce encrypts two texts
        assert len(rows(ctx, item)) == 1 + max(1, -(-len(data) // CHUNK_SIZE))


def test_a_damaged_header_is_replaced(ctx: StoreContext, vault: DbVault) -> None:
    item = uuid.uuid4()
    data = os.urandom(3 * CHUNK_SIZE)
    send(vault, item, data)
    with ctx.engine.begin() as conn:
        conn.execute(TABLE.update().where(TABLE.c.item_id == item, TABLE.c.chunk_no == 0).values(data=b"\0" * 7))
    send(vault, item, data)
    assert b"".join(vault.chunks(item)) == data and len(rows(ctx, item)[0]) == HEADER_SIZE


def test_an_unkept_writer_removes_only_what_it_created(ctx: StoreContext, vault: DbVault) -> None:
    data = os.urandom(SIZE)
    fresh = uuid.uuid4()
    send(vault, fresh, data, keep=False)
    assert rows(ctx, fresh) == {}
    # A writer that completed what it found leaves it for the next sync, which recognises it.
    found = uuid.uuid4()
    send(vault, found, data)
    cut_after(ctx, found, 3)
    send(vault, found, data, keep=False)
    assert b"".join(vault.chunks(found)) == data
    assert send(vault, found, data).recognised


def test_sweep_deletes_no_upload_and_lists_them(ctx: StoreContext, vault: DbVault) -> None:
    recorded, partial = uuid.uuid4(), uuid.uuid4()
    send(vault, recorded, b"kept")
    send(vault, partial, os.urandom(SIZE))
    cut_after(ctx, partial, 4)
    with ctx.engine.begin() as conn:  # written long ago
        conn.execute(TABLE.update().values(written_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=30)))
    assert vault.sweep(lambda item: item == recorded) == []
    assert vault.unrecorded == [partial]
    assert set(rows(ctx, partial)) == {0, 1, 2, 3, 4}


@pytest.mark.postgresql_only
def test_two_writers_of_one_item_take_turns_and_the_second_recognises_the_file(ctx: StoreContext, key: bytes) -> None:
    """Two laptops pushing the same new file: the second waits for the first writer to be closed (after its
    records commit), then finds the file complete and sends nothing."""
    other = reopen(ctx, user="second laptop", record_unlock=False)
    try:
        data = os.urandom(SIZE)
        item = uuid.uuid4()
        first = DbVault(ctx.engine, key).writer(item)
        first.write(data)
        first.publish()
        outcome: list[object] = []

        def second() -> None:
            try:
                outcome.append(send(DbVault(other.engine, key), item, data))
            except BaseException as err:  # noqa: BLE001 - handed to the test, which checks it
                outcome.append(err)

        thread = threading.Thread(target=second, daemon=True)
        thread.start()
        time.sleep(1.0)
        assert thread.is_alive() and outcome == [], "the second writer must wait for the first"
        before = written(ctx, item)
        first.keep()
        first.close()
        thread.join(30)
        [writer] = outcome
        assert isinstance(writer, DbVaultWriter) and writer.recognised, writer
        assert written(ctx, item) == before
        assert b"".join(DbVault(ctx.engine, key).chunks(item)) == data
    finally:
        other.close()
