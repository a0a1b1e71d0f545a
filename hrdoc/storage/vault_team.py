"""The vault of a team store: the same encrypted chunks as :mod:`hrdoc.storage.vault`, as rows of the database.

A store on a server has no folder beside it, so its evidence files live in its ``vault_chunks`` table. The file
format (header, chunk size, item keys, nonces and authenticated data) is the one the folder vault defines, so a
chunk moves between the two unchanged; only where the bytes are kept differs.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import secrets
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import func, select

from hrdoc.storage.vault import (
    _HEADER,
    CHUNK_SIZE,
    HEADER_SIZE,
    MAGIC,
    TAG_SIZE,
    VERSION,
    VaultDamaged,
    VaultError,
    _aad,
    _item_key,
    _nonce,
)

DB_CHUNKS_PER_COMMIT = 8
ABANDONED_AFTER = 3600.0  # seconds: chunks of no item, older than this, were left by an interrupted intake


class DbVault:
    """Evidence files of a store on a server, kept in its ``vault_chunks`` table, encrypted as in :class:`Vault`.

    Row ``chunk_no`` 0 holds the header; rows 1… the encrypted chunks. A writer commits its chunks in small
    transactions of its own (so memory stays bounded), and deletes them if it is closed without ``keep()``.
    """

    root: Path | None = None

    def __init__(self, engine: Any, key: bytes) -> None:
        if len(key) != 32:
            raise ValueError("the vault key must be 32 bytes")
        self.engine = engine
        self._key = key

    def stored_size(self, plain_size: int) -> int:
        chunks = max(1, -(-plain_size // CHUNK_SIZE))
        return HEADER_SIZE + plain_size + chunks * TAG_SIZE

    def writer(self, item_id: uuid.UUID) -> DbVaultWriter:
        return DbVaultWriter(self, item_id)

    def _table(self) -> Any:
        from hrdoc.storage.models import VaultChunk

        return VaultChunk.__table__

    def exists(self, item_id: uuid.UUID) -> bool:
        table = self._table()
        with self.engine.connect() as conn:
            found = conn.execute(
                select(table.c.item_id).where(table.c.item_id == item_id, table.c.chunk_no == 0).limit(1)
            ).first()
        return found is not None

    def chunks(self, item_id: uuid.UUID) -> Iterator[bytes]:
        table = self._table()
        with self.engine.connect() as conn:
            header_row = conn.execute(
                select(table.c.data).where(table.c.item_id == item_id, table.c.chunk_no == 0)
            ).first()
            if header_row is None:
                raise VaultDamaged(item_id, "its stored file is missing from the team store")
            header = bytes(header_row[0])
            magic, version, _chunk_size, salt, stored_id = (
                _HEADER.unpack(header) if len(header) == HEADER_SIZE else (b"", 0, 0, b"", b"")
            )
            if magic != MAGIC or version != VERSION or stored_id != item_id.bytes:
                raise VaultDamaged(item_id, "its header is damaged or belongs to another item")
            aead = _item_key(self._key, salt, item_id)
            total = conn.execute(select(func.max(table.c.chunk_no)).where(table.c.item_id == item_id)).scalar_one()
            for index in range(1, int(total) + 1):
                row = conn.execute(
                    select(table.c.data).where(table.c.item_id == item_id, table.c.chunk_no == index)
                ).first()
                if row is None:
                    raise VaultDamaged(item_id, f"chunk {index} is missing")
                last = index == total
                try:
                    yield aead.decrypt(_nonce(index - 1), bytes(row[0]), _aad(header, index - 1, last))
                except InvalidTag:
                    raise VaultDamaged(item_id, self._explain(aead, header, index, bytes(row[0]), last)) from None

    @staticmethod
    def _explain(aead: AESGCM, header: bytes, number: int, block: bytes, last: bool) -> str:
        """Chunk ``number`` (1-based, one row each) fails: cut after a chunk that was not the last, or altered."""
        if last:
            with contextlib.suppress(InvalidTag):
                aead.decrypt(_nonce(number - 1), block, _aad(header, number - 1, False))
                return f"the end of the file is missing: it stops after chunk {number}, which is not its last"
        return f"chunk {number} fails authentication (its content was altered, or chunks were moved)"

    def read_all(self, item_id: uuid.UUID, limit: int) -> bytes:
        parts: list[bytes] = []
        total = 0
        for chunk in self.chunks(item_id):
            total += len(chunk)
            if total > limit:
                raise VaultError(f"the file is larger than {limit // (1024 * 1024)} MiB and cannot be shown here")
            parts.append(chunk)
        return b"".join(parts)

    def remove(self, item_id: uuid.UUID) -> None:
        table = self._table()
        with self.engine.begin() as conn:
            conn.execute(table.delete().where(table.c.item_id == item_id))

    def item_ids(self) -> set[uuid.UUID]:
        table = self._table()
        with self.engine.connect() as conn:
            return set(conn.execute(select(table.c.item_id).where(table.c.chunk_no == 0)).scalars())

    def sweep(self, known: Callable[[uuid.UUID], bool]) -> list[str]:
        """Remove chunks of items the store never recorded, once old enough not to be an intake in progress."""
        table = self._table()
        cutoff = _utcnow() - dt.timedelta(seconds=ABANDONED_AFTER)
        removed: list[str] = []
        with self.engine.connect() as conn:
            rows = conn.execute(select(table.c.item_id, func.max(table.c.written_at)).group_by(table.c.item_id)).all()
        for item_id, written in rows:
            if known(item_id) or (written is not None and written > cutoff):
                continue
            self.remove(item_id)
            removed.append(item_id.hex)
        return removed


class DbVaultWriter:
    """Streams one item into the team store's vault; the same protocol as :class:`VaultWriter`."""

    def __init__(self, vault: DbVault, item_id: uuid.UUID) -> None:
        self.vault = vault
        self.item_id = item_id
        salt = secrets.token_bytes(16)
        self._header = _HEADER.pack(MAGIC, VERSION, CHUNK_SIZE, salt, item_id.bytes)
        self._aead = _item_key(vault._key, salt, item_id)
        self._pending = bytearray()
        self._rows: list[dict[str, Any]] = []
        self._index = 0
        self._published = False
        self._kept = False
        self._closed = False
        self._queue_row(0, self._header)

    def __enter__(self) -> DbVaultWriter:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def _queue_row(self, index: int, data: bytes) -> None:
        self._rows.append({"item_id": self.item_id, "chunk_no": index, "data": data, "written_at": _utcnow()})
        if len(self._rows) >= DB_CHUNKS_PER_COMMIT:
            self._flush()

    def _flush(self) -> None:
        if not self._rows:
            return
        with self.vault.engine.begin() as conn:
            conn.execute(self.vault._table().insert(), self._rows)
        self._rows = []

    def write(self, data: bytes) -> None:
        self._pending += data
        while len(self._pending) > CHUNK_SIZE:
            self._emit(bytes(self._pending[:CHUNK_SIZE]), last=False)
            del self._pending[:CHUNK_SIZE]

    def _emit(self, chunk: bytes, *, last: bool) -> None:
        sealed = self._aead.encrypt(_nonce(self._index), chunk, _aad(self._header, self._index, last))
        self._index += 1
        self._queue_row(self._index, sealed)

    def publish(self) -> None:
        self._emit(bytes(self._pending), last=True)
        self._pending.clear()
        self._flush()
        self._published = True

    def keep(self) -> None:
        if not self._published:
            raise RuntimeError("keep() before publish()")
        self._kept = True

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if not self._kept:
            self._rows = []
            self.vault.remove(self.item_id)


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
