"""The vault of a team store: the same encrypted chunks as :mod:`hrdoc.storage.vault`, as rows of the database.

A store on a server has no folder beside it, so its evidence files live in its ``vault_chunks`` table. The file
format (header, chunk size, item keys, nonces and authenticated data) is the one the folder vault defines, so a
chunk moves between the two unchanged; only where the bytes are kept differs.

**Transfers heal.** A writer commits its chunks in small transactions of its own (so memory stays bounded), so
an upload cut short (Ctrl-C, kill -9, a lost connection, a stopped or frozen server) leaves the chunks it had
sent, with no record pointing at them. The next writer of the same item (the next sync) takes over what is
there: it reuses the stored header, and with it the salt, so every chunk of the same file encrypts to the very
bytes already stored; it compares the server's SHA-256 of each stored chunk with its own and sends only what is
missing. A file already complete on the server is so recognised without a byte sent. A stored chunk that
differs (another file under the same id, a damaged row) makes the writer start over under a fresh salt (reading
back the chunks it had skipped), so one salt never encrypts two different texts at the same place.

**Two writers of one item** (two laptops pushing the same new file) never interleave: each holds the item's
advisory lock from its start until it is closed, so the second waits (at most two minutes), then finds the
first's file complete, or takes over what it left. The locks of one vault's writers are held on one connection
of its own, so PostgreSQL sees every wait of a sync together and detects two syncs waiting for each other's
files as a deadlock ("busy, try again") rather than letting them wait for ever.

Chunks that no recorded item owns are never deleted by ``sweep``: on a team store they are an upload the next
sync of their case completes, or a file it recognises. ``sweep`` lists them in ``unrecorded`` for ``verify``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import secrets
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import Connection, LargeBinary, func, select
from sqlalchemy.exc import DBAPIError

from hrdoc.domain.marks import N_
from hrdoc.storage.engine_team import CASE_LOCK_WAIT_S, ITEM_LOCK_SPACE, lock_key
from hrdoc.storage.errors import FILE_BUSY, StoreBusy, StoreError, classify
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
# How long a writer waits for another process writing the same item (its whole sync, at worst).
ITEM_LOCK_WAIT_S = CASE_LOCK_WAIT_S


@contextlib.contextmanager
def _classified() -> Iterator[None]:
    """The environment's database errors (a lost connection, a busy server) as one-line StoreErrors."""
    try:
        yield
    except DBAPIError as err:
        user_error = classify(err)
        if user_error is None:
            raise
        raise user_error from err


class DbVault:
    """Evidence files of a store on a server, kept in its ``vault_chunks`` table, encrypted as in :class:`Vault`.

    Row ``chunk_no`` 0 holds the header; rows 1… the encrypted chunks (see the module's docstring for how a
    writer resumes, recognises or replaces what an interrupted one left).
    """

    root: Path | None = None

    def __init__(self, engine: Any, key: bytes) -> None:
        if len(key) != 32:
            raise ValueError("the vault key must be 32 bytes")
        self.engine = engine
        self._key = key
        self._locks = _ItemLocks(engine)
        # Items with chunks but no record, as the last sweep found them (interrupted uploads).
        self.unrecorded: list[uuid.UUID] = []

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
        with _classified(), self.engine.connect() as conn:
            found = conn.execute(
                select(table.c.item_id).where(table.c.item_id == item_id, table.c.chunk_no == 0).limit(1)
            ).first()
        return found is not None

    def chunks(self, item_id: uuid.UUID) -> Iterator[bytes]:
        with _classified(), self.engine.connect() as conn:
            yield from self._chunks(conn, item_id)

    def _chunks(self, conn: Connection, item_id: uuid.UUID) -> Iterator[bytes]:
        table = self._table()
        header = self._row(conn, item_id, 0)
        if header is None:
            raise VaultDamaged(item_id, "its stored file is missing from the team store")
        magic, version, _chunk_size, salt, stored_id = (
            _HEADER.unpack(header) if len(header) == HEADER_SIZE else (b"", 0, 0, b"", b"")
        )
        if magic != MAGIC or version != VERSION or stored_id != item_id.bytes:
            raise VaultDamaged(item_id, "its header is damaged or belongs to another item")
        aead = _item_key(self._key, salt, item_id)
        total = conn.execute(select(func.max(table.c.chunk_no)).where(table.c.item_id == item_id)).scalar_one()
        for index in range(1, int(total) + 1):
            block = self._row(conn, item_id, index)
            if block is None:
                raise VaultDamaged(item_id, f"chunk {index} is missing")
            last = index == total
            try:
                yield aead.decrypt(_nonce(index - 1), block, _aad(header, index - 1, last))
            except InvalidTag:
                raise VaultDamaged(item_id, self._explain(aead, header, index, block, last)) from None

    def _row(self, conn: Connection, item_id: uuid.UUID, number: int) -> bytes | None:
        table = self._table()
        row = conn.execute(select(table.c.data).where(table.c.item_id == item_id, table.c.chunk_no == number)).first()
        return None if row is None else bytes(row[0])

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
                raise VaultError(
                    N_("the file is larger than {limit} MiB and cannot be shown here"), limit=limit // (1024 * 1024)
                )
            parts.append(chunk)
        return b"".join(parts)

    def remove(self, item_id: uuid.UUID) -> None:
        table = self._table()
        with _classified(), self.engine.begin() as conn:
            conn.execute(table.delete().where(table.c.item_id == item_id))

    def item_ids(self) -> set[uuid.UUID]:
        table = self._table()
        with _classified(), self.engine.connect() as conn:
            return set(conn.execute(select(table.c.item_id).where(table.c.chunk_no == 0)).scalars())

    def sweep(self, known: Callable[[uuid.UUID], bool]) -> list[str]:
        """Find the chunks of items the store does not record; delete nothing (see the module's docstring).

        Returns what was deleted, as the folder vault's sweep does: nothing. What was found is in
        ``unrecorded``.
        """
        table = self._table()
        with _classified(), self.engine.connect() as conn:
            items = list(conn.execute(select(table.c.item_id).distinct()).scalars())
        self.unrecorded = sorted((item for item in items if not known(item)), key=str)
        return []

    def _stored(self, item_id: uuid.UUID) -> tuple[bytes | None, dict[int, bytes]]:
        """What the table holds of an item: its header row, and the SHA-256 of each row by number."""
        table = self._table()
        with _classified(), self.engine.connect() as conn:
            if conn.dialect.name == "postgresql":  # hashed by the server: nothing but digests comes over
                query = select(table.c.chunk_no, func.sha256(table.c.data, type_=LargeBinary))
                digests = {int(n): bytes(d) for n, d in conn.execute(query.where(table.c.item_id == item_id))}
            else:
                query = select(table.c.chunk_no, table.c.data).where(table.c.item_id == item_id)
                digests = {int(n): hashlib.sha256(bytes(d)).digest() for n, d in conn.execute(query)}
            header = self._row(conn, item_id, 0) if 0 in digests else None
        return header, digests


class _ItemLocks:
    """Session-level advisory locks on the items a vault's writers are writing (PostgreSQL only), on one
    connection of the vault's own, closed (releasing them all) when its last writer closes."""

    def __init__(self, engine: Any) -> None:
        self._engine = engine
        self._conn: Connection | None = None
        self._held: set[uuid.UUID] = set()

    def take(self, item_id: uuid.UUID) -> None:
        if self._engine.dialect.name != "postgresql":
            return  # a store file's writers are one process's, and the folder vault locks its own files
        if item_id in self._held:
            raise VaultError(N_("evidence file {item_id} is already being written by this process"), item_id=item_id)
        space, key = lock_key(ITEM_LOCK_SPACE, item_id)
        try:
            if self._conn is None:
                self._conn = self._engine.connect()
            with self._conn.begin():  # committed at once: a session-level lock outlives it
                self._conn.exec_driver_sql(f"SET LOCAL lock_timeout = {int(ITEM_LOCK_WAIT_S * 1000)}")
                self._conn.exec_driver_sql(f"SELECT pg_advisory_lock({space}, {key})")
        except DBAPIError as err:
            self._close_if_idle()
            if getattr(err.orig, "sqlstate", None) == "55P03":  # lock_timeout
                raise StoreBusy(FILE_BUSY) from None
            raise classify(err) or err from None
        except BaseException:
            self._close_if_idle()
            raise
        self._held.add(item_id)

    def release(self, item_id: uuid.UUID) -> None:
        """Let go of an item; the locks are dropped together, with their connection, by its last writer."""
        self._held.discard(item_id)
        self._close_if_idle()

    def _close_if_idle(self) -> None:
        if self._held or self._conn is None:
            return
        conn, self._conn = self._conn, None
        # Closed, not returned to the pool: the server drops the session's locks with it, and nothing needs
        # an answer from the server (which may be the reason the writers stopped).
        with contextlib.suppress(Exception):
            conn.invalidate()
        with contextlib.suppress(Exception):
            conn.close()


def _stored_salt(header: bytes | None, item_id: uuid.UUID) -> bytes | None:
    """The salt of a stored header this version writes the same way, or None."""
    if header is None or len(header) != HEADER_SIZE:
        return None
    magic, version, chunk_size, salt, stored_id = _HEADER.unpack(header)
    ok = magic == MAGIC and version == VERSION and chunk_size == CHUNK_SIZE and stored_id == item_id.bytes
    return bytes(salt) if ok else None


class DbVaultWriter:
    """Streams one item into the team store's vault; the same protocol as :class:`VaultWriter`.

    ``recognised`` tells, after ``publish``, that the whole file was on the server already (nothing was sent).
    """

    def __init__(self, vault: DbVault, item_id: uuid.UUID) -> None:
        self.vault = vault
        self.item_id = item_id
        self.recognised = False
        self._pending = bytearray()
        self._rows: list[dict[str, Any]] = []
        self._replacing: set[int] = set()  # numbers of the queued rows that replace stored ones
        self._index = 0
        self._sent = False
        self._published = False
        self._kept = False
        self._closed = False
        vault._locks.take(item_id)
        try:
            header, self._stored = vault._stored(item_id)
        except BaseException:
            vault._locks.release(item_id)
            raise
        self._created = not self._stored  # nothing was there: what this writer leaves unkept is its to remove
        salt = _stored_salt(header, item_id)
        self._inherited = salt is not None
        self._begin(salt or secrets.token_bytes(16))

    def _begin(self, salt: bytes) -> None:
        self._header = _HEADER.pack(MAGIC, VERSION, CHUNK_SIZE, salt, self.item_id.bytes)
        self._aead = _item_key(self.vault._key, salt, self.item_id)
        if not self._inherited:
            self._queue_row(0, self._header)

    def __enter__(self) -> DbVaultWriter:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def _queue_row(self, number: int, data: bytes) -> None:
        if number in self._stored:
            self._replacing.add(number)
        self._rows.append({"item_id": self.item_id, "chunk_no": number, "data": data, "written_at": _utcnow()})
        if len(self._rows) >= DB_CHUNKS_PER_COMMIT:
            self._flush()

    def _flush(self, drop: list[int] | None = None) -> None:
        """Send the queued rows (replacing stored ones of the same number) and drop rows ``drop``, in one
        transaction."""
        gone = sorted(self._replacing | set(drop or []))
        if not self._rows and not gone:
            return
        table = self.vault._table()
        with _classified(), self.vault.engine.begin() as conn:
            if gone:
                conn.execute(table.delete().where(table.c.item_id == self.item_id, table.c.chunk_no.in_(gone)))
            if self._rows:
                conn.execute(table.insert(), self._rows)
        self._sent = True
        self._rows = []
        self._replacing = set()

    def write(self, data: bytes) -> None:
        self._pending += data
        while len(self._pending) > CHUNK_SIZE:
            self._emit(bytes(self._pending[:CHUNK_SIZE]), last=False)
            del self._pending[:CHUNK_SIZE]

    def _seal(self, chunk: bytes, index: int, last: bool) -> bytes:
        return self._aead.encrypt(_nonce(index), chunk, _aad(self._header, index, last))

    def _emit(self, chunk: bytes, *, last: bool) -> None:
        sealed = self._seal(chunk, self._index, last)
        self._index += 1
        number = self._index
        stored = self._stored.get(number)
        if self._inherited and stored is not None:
            if stored == hashlib.sha256(sealed).digest():
                return  # on the server already, the very same
            self._start_over(number)
            sealed = self._seal(chunk, self._index - 1, last)
        self._queue_row(number, sealed)

    def _start_over(self, upto: int) -> None:
        """A stored chunk differs from this file's: rewrite rows 0 to ``upto - 1`` (all of this file, as the
        server holds them now) under a fresh salt, and replace every stored row from here on."""
        self._flush()
        old_aead, old_header = self._aead, self._header
        self._inherited = False
        self._begin(secrets.token_bytes(16))  # queues the new header as row 0
        with _classified(), self.vault.engine.connect() as conn:
            for number in range(1, upto):
                block = self.vault._row(conn, self.item_id, number)
                try:
                    plain = old_aead.decrypt(_nonce(number - 1), block or b"", _aad(old_header, number - 1, False))
                except InvalidTag:
                    raise VaultError(
                        N_(
                            "the team store's partial copy of evidence file {item_id} changed while it was being "
                            "completed: try again"
                        ),
                        item_id=self.item_id,
                    ) from None
                self._queue_row(number, self._seal(plain, number - 1, False))

    def publish(self) -> None:
        self._emit(bytes(self._pending), last=True)
        self._pending.clear()
        beyond = [n for n in self._stored if n > self._index]  # a longer file's rows: not this one's
        self._flush(drop=beyond)
        self._published = True
        self.recognised = not self._sent

    def keep(self) -> None:
        if not self._published:
            raise RuntimeError("keep() before publish()")
        self._kept = True

    def close(self) -> None:
        """Without ``keep()``, what this writer created is removed; what it found there (and completed) stays,
        for the next writer to recognise. A server that cannot be reached leaves it for the next sync too."""
        if self._closed:
            return
        self._closed = True
        self._rows = []
        try:
            if not self._kept and self._created and self._sent:
                with contextlib.suppress(StoreError):
                    self.vault.remove(self.item_id)
        finally:
            self.vault._locks.release(self.item_id)


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
