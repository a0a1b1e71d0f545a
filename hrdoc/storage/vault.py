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
caller has recorded the item in the store. A writer creates and locks its file while it holds a lock on the vault
folder itself, so a partial file that no writer holds, seen under that folder lock, was provably left by an
interrupted intake: such files (and only those) are deleted, by the next intake and by ``verify``.

A finished file is never deleted by a sweep. One the store has no record of (an older copy of the store was
restored, or someone put it there) is moved to ``NAME.vault-quarantine/`` beside the vault, with a note saying
when and why, and reported; if the store knows it again later (the newer copy put back), the next sweep moves it
back.

A store on a server keeps the same encrypted chunks as rows of its database: see :mod:`hrdoc.storage.vault_team`.
"""

from __future__ import annotations

import contextlib
import os
import queue
import secrets
import struct
import threading
import uuid
import weakref
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from hrdoc.domain.marks import N_
from hrdoc.storage import vault_damage as damage
from hrdoc.storage import vault_quarantine
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
        super().__init__(
            N_("stored file of evidence item {item_id} is damaged: {detail}"), item_id=item_id, detail=detail
        )
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
        # Unknown files the last sweep could not move to quarantine (a read-only disk): still to be reported.
        self.left_in_place: set[uuid.UUID] = set()

    @staticmethod
    def folder_for(store_path: Path) -> Path:
        """``NAME.vault`` beside the store file ``NAME``."""
        return store_path.with_name(store_path.name + ".vault")

    @property
    def quarantine(self) -> Path:
        """``NAME.vault-quarantine`` beside the vault: finished files the store had no record of."""
        return vault_quarantine.folder_for(self.root)

    def path(self, item_id: uuid.UUID) -> Path:
        return self.root / f"{item_id.hex}{SUFFIX}"

    def exists(self, item_id: uuid.UUID) -> bool:
        return self.path(item_id).is_file()

    def stored_size(self, plain_size: int) -> int:
        """Bytes on disk for an item of ``plain_size`` bytes."""
        chunks = max(1, -(-plain_size // CHUNK_SIZE))
        return HEADER_SIZE + plain_size + chunks * TAG_SIZE

    def writer(self, item_id: uuid.UUID) -> VaultWriter:
        """A writer for a new item; partial files of interrupted intakes are cleared first."""
        try:
            self.root.mkdir(mode=0o700, parents=True, exist_ok=True)
            with self._folder_locked():
                self._sweep_partials()
                return VaultWriter(self, item_id)
        except OSError as err:
            raise VaultError(
                N_("cannot write in the evidence vault folder {root}: {reason}"),
                root=self.root,
                reason=err.strerror or err,
            ) from err

    @contextlib.contextmanager
    def _folder_locked(self) -> Iterator[None]:
        """Held by a writer while it creates and locks its file, and by a sweep of partial files.

        So a partial file that no writer holds, seen under this lock, has no live writer: its writer would have
        locked it before letting go of this lock (and a process's locks go when it dies).
        """
        if _flock is None or os.name != "posix":  # pragma: no cover - Windows cannot delete an open file anyway
            yield
            return
        fd = os.open(self.root, os.O_RDONLY)
        try:
            _flock(fd, _LOCK_EX)
            yield
        finally:
            os.close(fd)  # releases the lock

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
                if header and len(header) < HEADER_SIZE and header[: len(MAGIC)] == MAGIC[: len(header)]:
                    raise VaultDamaged(item_id, f"the file is cut short inside its header ({len(header)} bytes left)")
                raise VaultDamaged(item_id, "its header is not an hrdoc vault header")
            if version != VERSION or not 0 < chunk_size <= 64 * CHUNK_SIZE:
                raise VaultDamaged(item_id, f"unknown vault format (version {version}, chunk size {chunk_size})")
            if stored_id != item_id.bytes:
                raise VaultDamaged(item_id, "the file belongs to another item")
            aead = _item_key(self._key, salt, item_id)

            def opens(block: bytes, index: int, last: bool) -> bool:
                try:
                    aead.decrypt(_nonce(index), block, _aad(header, index, last))
                except InvalidTag:
                    return False
                return True

            block = fh.read(chunk_size + TAG_SIZE)
            index = 0
            while True:
                following = fh.read(chunk_size + TAG_SIZE)
                last = not following
                try:
                    yield aead.decrypt(_nonce(index), block, _aad(header, index, last))
                except InvalidTag:
                    rest = os.fstat(fh.fileno()).st_size - fh.tell()
                    detail = damage.explain(
                        opens, index=index, block=block, following=following, rest=rest, tag_size=TAG_SIZE
                    )
                    raise VaultDamaged(item_id, detail) from None
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
                raise VaultError(
                    N_("the file is larger than {value} MiB and cannot be shown here"), value=limit // (1024 * 1024)
                )
            parts.append(chunk)
        return b"".join(parts)

    def remove(self, item_id: uuid.UUID) -> None:
        self.path(item_id).unlink(missing_ok=True)

    def item_ids(self) -> set[uuid.UUID]:
        """Items whose files the vault holds but no record of the store accounts for: those in quarantine.

        ``sweep`` moves every finished file the store does not know (and that no intake is writing) to the
        quarantine, so these are what a check must report. Files in the vault folder are not listed: each was
        recorded when the sweep looked, or is an intake in progress then (which a check running at the same time
        must not call foreign); an intake that went wrong since is the next sweep's to find. Files the last
        sweep found unknown but could not move (a read-only disk) are listed too.
        """
        return {entry.item_id for entry in self.quarantined()} | self.left_in_place

    def quarantined(self) -> list[vault_quarantine.Quarantined]:
        """The files waiting in quarantine, each with its note."""
        return vault_quarantine.waiting(self.quarantine)

    def _sweep_partials(self) -> list[str]:
        """Delete partial files no writer holds; the caller holds the folder lock (see ``_folder_locked``)."""
        removed: list[str] = []
        with os.scandir(self.root) as listing:  # cheap on a vault of many thousand files: names only
            partials = [self.root / e.name for e in listing if e.name.endswith(PARTIAL)]
        for entry in sorted(partials):
            try:
                uuid.UUID(hex=entry.stem)
            except ValueError:
                continue  # not a name hrdoc writes: not hrdoc's to delete
            try:
                fh = entry.open("rb")
            except OSError:
                continue
            with fh:
                if not _lock(fh, blocking=False):
                    continue  # a writer, in this process or another, is at work
                try:
                    entry.unlink()
                except OSError:  # gone meanwhile (its writer closed), or Windows refusing an open file
                    continue
                removed.append(entry.name)
        if removed:
            _fsync_dir(self.root)
        return removed

    def sweep(self, known: Callable[[uuid.UUID], bool]) -> list[str]:
        """Tidy the vault against the store; returns the names of the partial files deleted.

        Partial files of interrupted intakes are deleted (see ``_sweep_partials``). A finished file is never
        deleted: one the store does not know, that no writer holds, is moved to the quarantine with a note;
        a quarantined file the store knows again, whose place in the vault is free, is moved back.
        """
        if not self.root.is_dir():
            return []
        with self._folder_locked():
            removed = self._sweep_partials()
        self.left_in_place = set()
        for held in self.quarantined():
            if known(held.item_id) and not self.path(held.item_id).exists():
                # Failing (a read-only disk), it stays in quarantine, and is reported from there.
                with contextlib.suppress(OSError):
                    vault_quarantine.take_back(held, self.path(held.item_id))
        for entry in sorted(self.root.iterdir()):
            if entry.suffix != SUFFIX:
                continue
            try:
                item_id = uuid.UUID(hex=entry.stem)
            except ValueError:
                continue
            if known(item_id):
                continue
            try:
                fh = entry.open("rb")
            except OSError:
                continue
            with fh:
                # An intake in progress holds its file's lock until the store has recorded the item.
                if not _lock(fh, blocking=False) or known(item_id):
                    continue
                try:
                    vault_quarantine.put_aside(entry, item_id, self.quarantine)
                except FileNotFoundError:
                    continue  # its writer removed it meanwhile
                except OSError:  # a read-only disk: it stays, and is reported all the same
                    if entry.exists():
                        self.left_in_place.add(item_id)
        return removed


class _Output:
    """What a writer has on disk, and its writing thread; ``discard`` is the writer's close.

    Kept apart from the writer (the thread and the finalizer refer to this, never to the writer), so that a
    writer dropped without being closed, by a caller that raised, still removes its file when it is collected,
    or at the latest when the program exits.
    """

    def __init__(self, partial: Path, final: Path, fh: BinaryIO, name: str) -> None:
        self.partial = partial
        self.final = final
        self.fh = fh
        self.published = False
        self.kept = False
        self.error: OSError | None = None
        self.queue: queue.Queue[bytes | None] = queue.Queue(maxsize=WRITE_QUEUE)
        self.thread = threading.Thread(target=self.drain, name=name, daemon=True)

    def drain(self) -> None:
        """The writing thread: chunks in order until ``None``; after an error it only empties the queue."""
        while (block := self.queue.get()) is not None:
            if self.error is None:
                try:
                    self.fh.write(block)
                except OSError as err:
                    self.error = err

    def stop(self) -> None:
        if self.thread.is_alive():
            self.queue.put(None)
            self.thread.join()

    def discard(self) -> None:
        """Stop writing; unless the store recorded the item, remove the file; release the lock."""
        try:
            self.stop()
        finally:
            try:
                if not self.kept:
                    (self.final if self.published else self.partial).unlink(missing_ok=True)
            finally:
                self.fh.close()  # releases the lock


class VaultWriter:
    """Streams one item into the vault; use as a context manager.

    ``write`` the plaintext, then ``publish`` (file complete and durable under its final name), then, once the
    store has recorded the item, ``keep()`` and leave the ``with`` block. Closing without ``keep()`` deletes the
    file, and so does dropping a writer that was never closed (when it is collected, or at exit).
    """

    def __init__(self, vault: Vault, item_id: uuid.UUID) -> None:
        self.vault = vault
        self.item_id = item_id
        partial = vault.root / f"{item_id.hex}{PARTIAL}"
        salt = secrets.token_bytes(16)
        self._header = _HEADER.pack(MAGIC, VERSION, CHUNK_SIZE, salt, item_id.bytes)
        self._aead = _item_key(vault._key, salt, item_id)
        self._pending = bytearray()
        self._held: bytes | None = None
        self._index = 0
        try:
            fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except OSError as err:
            raise VaultError(
                N_("cannot write in the evidence vault {root}: {strerror}"), root=vault.root, strerror=err.strerror
            ) from err
        self._out = _Output(partial, vault.path(item_id), os.fdopen(fd, "wb"), f"vault-writer-{item_id.hex[:8]}")
        self._close = weakref.finalize(self, self._out.discard)
        try:
            _lock(self._out.fh, blocking=True)
            self._out.fh.write(self._header)
        except OSError as err:
            self._close()
            raise VaultError(
                N_("cannot write in the evidence vault {root}: {strerror}"), root=vault.root, strerror=err.strerror
            ) from err
        self._out.thread.start()

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

    def _emit(self, chunk: bytes, *, last: bool) -> None:
        self._raise_write_error()
        self._out.queue.put(self._aead.encrypt(_nonce(self._index), chunk, _aad(self._header, self._index, last)))
        self._index += 1

    def _raise_write_error(self) -> None:
        if self._out.error is not None:
            err = self._out.error
            raise VaultError(
                N_("cannot write in the evidence vault {root}: {value}"),
                root=self.vault.root,
                value=err.strerror or err,
            ) from err

    def publish(self) -> None:
        """Write the last chunk, flush it to disk and give the file its final name."""
        out = self._out
        self._emit(self._held if self._held is not None else bytes(self._pending), last=True)
        self._held = None
        self._pending.clear()
        out.stop()
        self._raise_write_error()
        try:
            out.fh.flush()
            os.fsync(out.fh.fileno())
            os.replace(out.partial, out.final)
            _fsync_dir(self.vault.root)
        except OSError as err:
            raise VaultError(
                N_("cannot finish writing to the evidence vault: {strerror}"), strerror=err.strerror
            ) from err
        out.published = True

    def keep(self) -> None:
        """The store now knows the item: the file stays when the writer closes."""
        if not self._out.published:
            raise RuntimeError("keep() before publish()")
        self._out.kept = True

    def close(self) -> None:
        """Idempotent; removes the file unless ``keep()`` was called, and releases the lock."""
        self._close()
