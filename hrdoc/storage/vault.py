"""The evidence vault: one encrypted file per evidence item, in a folder beside the store.

Each item is encrypted with AES-256-GCM in chunks, so a file of any size streams through a fixed amount of
memory. The item key is derived (HKDF-SHA256) from the vault key, a random salt kept in the item's header and
the item's id; the vault key itself is random and lives inside the store, so it is as protected as the store's
passphrase makes it. Every chunk is authenticated together with the header, its index and whether it is the
last one, so a flipped byte, swapped or dropped chunks, a cut-off file or a file moved to another item's name
all fail to decrypt, and the damage is named.

Layout of ``ITEM.hrv``::

    header  b"HRDVAULT" | version u32 | chunk size u32 | salt (16) | item id (16)
    chunk*  AES-GCM(plaintext[i]) with nonce = i (96-bit big-endian), AAD = header | i (u64) | last (u8)

Encrypted chunks are written by a thread of their own, so that the disk works while the next chunk is hashed
and encrypted. A file is written as ``ITEM.partial`` under an exclusive lock, then renamed; the lock is held until the
caller has recorded the item in the store. ``sweep`` removes what an interrupted intake left: unlocked
partial files, and finished files the store does not know.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import queue
import secrets
import struct
import threading
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import func, select

from hrdoc.storage.errors import StoreError

_flock: Callable[[int, int], Any] | None
try:  # POSIX advisory locks; on Windows an open file cannot be deleted, which serves the same purpose.
    import fcntl

    _flock, _LOCK_EX, _LOCK_NB = fcntl.flock, fcntl.LOCK_EX, fcntl.LOCK_NB
except ImportError:  # pragma: no cover - Windows
    _flock, _LOCK_EX, _LOCK_NB = None, 0, 0

MAGIC = b"HRDVAULT"
VERSION = 1
CHUNK_SIZE = 1024 * 1024
TAG_SIZE = 16
# Encrypted chunks waiting for the disk: enough to keep it busy, little enough to bound memory.
WRITE_QUEUE = 8
_HEADER = struct.Struct(">8sII16s16s")
HEADER_SIZE = _HEADER.size
SUFFIX = ".hrv"
PARTIAL = ".partial"


class VaultError(StoreError):
    """The vault folder cannot be used (missing, not writable, full)."""


class VaultDamaged(StoreError):
    """A stored item does not decrypt: it was altered, truncated or replaced."""

    def __init__(self, item_id: uuid.UUID, detail: str) -> None:
        super().__init__(f"stored file of evidence item {item_id} is damaged: {detail}")
        self.item_id = item_id
        self.detail = detail


def new_vault_key() -> bytes:
    return secrets.token_bytes(32)


def _item_key(vault_key: bytes, salt: bytes, item_id: uuid.UUID) -> AESGCM:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=b"hrdoc vault item " + item_id.bytes)
    return AESGCM(hkdf.derive(vault_key))


def _aad(header: bytes, index: int, last: bool) -> bytes:
    return header + struct.pack(">QB", index, 1 if last else 0)


def _nonce(index: int) -> bytes:
    return index.to_bytes(12, "big")


def _lock(fh: BinaryIO, *, blocking: bool) -> bool:
    if _flock is None:  # pragma: no cover - Windows
        return True
    try:
        _flock(fh.fileno(), _LOCK_EX | (0 if blocking else _LOCK_NB))
    except BlockingIOError:
        return False
    return True


def _fsync_dir(path: Path) -> None:
    if os.name != "posix":  # pragma: no cover - directories cannot be opened on Windows
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class Vault:
    """The folder of encrypted items of one store."""

    def __init__(self, root: Path, key: bytes) -> None:
        if len(key) != 32:
            raise ValueError("the vault key must be 32 bytes")
        self.root = root
        self._key = key

    @staticmethod
    def folder_for(store_path: Path) -> Path:
        """``NAME.vault`` beside the store file ``NAME``."""
        return store_path.with_name(store_path.name + ".vault")

    def path(self, item_id: uuid.UUID) -> Path:
        return self.root / f"{item_id.hex}{SUFFIX}"

    def exists(self, item_id: uuid.UUID) -> bool:
        return self.path(item_id).is_file()

    def stored_size(self, plain_size: int) -> int:
        """Bytes on disk for an item of ``plain_size`` bytes."""
        chunks = max(1, -(-plain_size // CHUNK_SIZE))
        return HEADER_SIZE + plain_size + chunks * TAG_SIZE

    def writer(self, item_id: uuid.UUID) -> VaultWriter:
        try:
            self.root.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as err:
            raise VaultError(f"cannot create the evidence vault folder {self.root}: {err.strerror}") from err
        return VaultWriter(self, item_id)

    def chunks(self, item_id: uuid.UUID) -> Iterator[bytes]:
        """The item's plaintext, chunk by chunk, each authenticated before it is given out."""
        path = self.path(item_id)
        try:
            fh = path.open("rb")
        except FileNotFoundError:
            raise VaultDamaged(item_id, f"the file {path.name} is missing from the vault") from None
        with fh:
            header = fh.read(HEADER_SIZE)
            magic, version, chunk_size, salt, stored_id = (
                _HEADER.unpack(header) if len(header) == HEADER_SIZE else (b"", 0, 0, b"", b"")
            )
            if magic != MAGIC:
                raise VaultDamaged(item_id, "its header is not an hrdoc vault header")
            if version != VERSION or not 0 < chunk_size <= 64 * CHUNK_SIZE:
                raise VaultDamaged(item_id, f"unknown vault format (version {version}, chunk size {chunk_size})")
            if stored_id != item_id.bytes:
                raise VaultDamaged(item_id, "the file belongs to another item")
            aead = _item_key(self._key, salt, item_id)
            block = fh.read(chunk_size + TAG_SIZE)
            index = 0
            while True:
                following = fh.read(chunk_size + TAG_SIZE)
                last = not following
                try:
                    yield aead.decrypt(_nonce(index), block, _aad(header, index, last))
                except InvalidTag:
                    where = "the end of the file is missing" if last else "its content was altered"
                    raise VaultDamaged(item_id, f"chunk {index + 1} fails authentication ({where})") from None
                if last:
                    return
                block, index = following, index + 1

    def read_all(self, item_id: uuid.UUID, limit: int) -> bytes:
        """The whole plaintext in memory (previews); refuses items larger than ``limit``."""
        parts: list[bytes] = []
        total = 0
        for chunk in self.chunks(item_id):
            total += len(chunk)
            if total > limit:
                raise VaultError(f"the file is larger than {limit // (1024 * 1024)} MiB and cannot be shown here")
            parts.append(chunk)
        return b"".join(parts)

    def remove(self, item_id: uuid.UUID) -> None:
        self.path(item_id).unlink(missing_ok=True)

    def item_ids(self) -> set[uuid.UUID]:
        found: set[uuid.UUID] = set()
        if not self.root.is_dir():
            return found
        for entry in self.root.iterdir():
            if entry.suffix == SUFFIX:
                with contextlib.suppress(ValueError):
                    found.add(uuid.UUID(hex=entry.stem))
        return found

    def sweep(self, known: Callable[[uuid.UUID], bool]) -> list[str]:
        """Delete what interrupted intakes left behind; returns the names removed.

        A partial or unknown file still locked by its writer belongs to an intake in progress (maybe in
        another process) and is left alone.
        """
        removed: list[str] = []
        if not self.root.is_dir():
            return removed
        for entry in sorted(self.root.iterdir()):
            if entry.suffix not in (SUFFIX, PARTIAL):
                continue
            try:
                item_id = uuid.UUID(hex=entry.stem)
            except ValueError:
                continue
            if entry.suffix == SUFFIX and known(item_id):
                continue
            try:
                fh = entry.open("rb")
            except OSError:
                continue
            with fh:
                if not _lock(fh, blocking=False):
                    continue
                # Checked again under the lock: the writer may have finished between the two looks.
                if entry.suffix == SUFFIX and known(item_id):
                    continue
                entry.unlink(missing_ok=True)
                removed.append(entry.name)
        return removed


class VaultWriter:
    """Streams one item into the vault; use as a context manager.

    ``write`` the plaintext, then ``publish`` (file complete and durable under its final name), then, once the
    store has recorded the item, leave the ``with`` block. Leaving it without ``keep()`` deletes the file.
    """

    def __init__(self, vault: Vault, item_id: uuid.UUID) -> None:
        self.vault = vault
        self.item_id = item_id
        self._partial = vault.root / f"{item_id.hex}{PARTIAL}"
        self._final = vault.path(item_id)
        salt = secrets.token_bytes(16)
        self._header = _HEADER.pack(MAGIC, VERSION, CHUNK_SIZE, salt, item_id.bytes)
        self._aead = _item_key(vault._key, salt, item_id)
        self._pending = bytearray()
        self._held: bytes | None = None
        self._index = 0
        self._published = False
        self._kept = False
        try:
            fd = os.open(self._partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except OSError as err:
            raise VaultError(f"cannot write in the evidence vault {vault.root}: {err.strerror}") from err
        self._fh: BinaryIO = os.fdopen(fd, "wb")
        _lock(self._fh, blocking=True)
        self._fh.write(self._header)
        self._queue: queue.Queue[bytes | None] = queue.Queue(maxsize=WRITE_QUEUE)
        self._write_error: OSError | None = None
        self._thread = threading.Thread(target=self._drain, name=f"vault-writer-{item_id.hex[:8]}", daemon=True)
        self._thread.start()

    def __enter__(self) -> VaultWriter:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def write(self, data: bytes) -> None:
        """Add plaintext; full chunks are encrypted and written at once, the rest waits."""
        if not self._pending and len(data) == CHUNK_SIZE:
            # The usual case, whole chunks: no copying. One is held back until the next shows it is not last.
            if self._held is not None:
                self._emit(self._held, last=False)
            self._held = bytes(data)
            return
        if self._held is not None:
            self._pending += self._held
            self._held = None
        self._pending += data
        # Keep at least one byte back: the last chunk is only known when the input ends.
        while len(self._pending) > CHUNK_SIZE:
            self._emit(bytes(self._pending[:CHUNK_SIZE]), last=False)
            del self._pending[:CHUNK_SIZE]

    def _drain(self) -> None:
        """The writing thread: chunks in order until ``None``; after an error it only empties the queue."""
        while (block := self._queue.get()) is not None:
            if self._write_error is None:
                try:
                    self._fh.write(block)
                except OSError as err:
                    self._write_error = err

    def _emit(self, chunk: bytes, *, last: bool) -> None:
        self._raise_write_error()
        self._queue.put(self._aead.encrypt(_nonce(self._index), chunk, _aad(self._header, self._index, last)))
        self._index += 1

    def _stop_thread(self) -> None:
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join()

    def _raise_write_error(self) -> None:
        if self._write_error is not None:
            err = self._write_error
            raise VaultError(f"cannot write in the evidence vault {self.vault.root}: {err.strerror or err}") from err

    def publish(self) -> None:
        """Write the last chunk, flush it to disk and give the file its final name."""
        self._emit(self._held if self._held is not None else bytes(self._pending), last=True)
        self._held = None
        self._pending.clear()
        self._stop_thread()
        self._raise_write_error()
        try:
            self._fh.flush()
            os.fsync(self._fh.fileno())
            os.replace(self._partial, self._final)
            _fsync_dir(self.vault.root)
        except OSError as err:
            raise VaultError(f"cannot finish writing to the evidence vault: {err.strerror}") from err
        self._published = True

    def keep(self) -> None:
        """The store now knows the item: the file stays when the writer closes."""
        if not self._published:
            raise RuntimeError("keep() before publish()")
        self._kept = True

    def close(self) -> None:
        if self._fh.closed:
            return
        self._stop_thread()
        try:
            if not self._kept:
                (self._final if self._published else self._partial).unlink(missing_ok=True)
        finally:
            self._fh.close()  # releases the lock


# -- the vault of a team store: the same encrypted chunks, as rows of the database -----------------------------

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
                    where = "the end of the file is missing" if last else "its content was altered"
                    raise VaultDamaged(item_id, f"chunk {index} fails authentication ({where})") from None

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
