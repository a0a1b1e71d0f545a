"""Encrypted bundles: the whole ``.hrdoc`` zip sealed with a bundle passphrase.

The zip is cut into chunks of 1 MiB, each sealed with AES-256-GCM. The key comes from the passphrase with
scrypt and a random salt, so each bundle has its own key and a chunk's index can serve as its nonce. Every
chunk is authenticated together with the whole header, its index and whether it is the last one, so a
flipped byte, chunks swapped or dropped, or a bundle cut short all fail to decrypt. The header also holds
an HMAC made with a second key from the same scrypt output: it tells a wrong passphrase apart before any
chunk is touched.

Layout (all integers big-endian)::

    header  b"HRDBUNDL" | version u16 | kdf u8 (1 = scrypt) | log2(n) u8 | r u16 | p u16 | chunk size u32
            | salt (16) | key check (32) = HMAC-SHA256(check key, b"hrdoc bundle key check" | the fields before it)
    chunk*  AES-GCM(plaintext[i]), nonce = i (96 bits), AAD = header | i (u64) | last (u8)

scrypt gives 64 bytes: the first 32 are the AES key, the last 32 the check key. The passphrase is taken in
Unicode NFC and encoded in UTF-8, so one typed on another system gives the same key.

:class:`EncryptingWriter` is a write-only, non-seekable stream: :mod:`zipfile` writes into it in one pass
(using data descriptors). :class:`DecryptingReader` is a seekable raw stream that decrypts the chunk it needs,
on demand, in memory, so :mod:`zipfile` can read the directory at the end and members anywhere. Nothing
decrypted is ever written to disk.
"""

from __future__ import annotations

import errno
import hashlib
import hmac
import io
import os
import secrets
import struct
import unicodedata
from collections import OrderedDict
from typing import Any, BinaryIO, Final

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from hrdoc.domain.errors import Phrase
from hrdoc.domain.marks import N_
from hrdoc.services.exchange.bundle.errors import TRUNCATED_MESSAGE, WRONG_PASSPHRASE_MESSAGE, BundleError

MAGIC: Final = b"HRDBUNDL"
VERSION: Final = 1
KDF_SCRYPT: Final = 1
# scrypt cost for new bundles: n = 2**16, r = 8 uses 64 MiB for a fraction of a second. Tests lower it.
SCRYPT_LOG2N = 16
SCRYPT_R: Final = 8
SCRYPT_P: Final = 1
# What a reader accepts (the header is read before it is authenticated, so its costs are bounded).
MIN_LOG2N: Final = 10
MAX_SCRYPT_MEMORY: Final = 128 * 1024 * 1024  # 128 * r * n bytes
CHUNK_SIZE: Final = 1024 * 1024
MIN_CHUNK_SIZE: Final = 4096
MAX_CHUNK_SIZE: Final = 16 * 1024 * 1024
TAG_SIZE: Final = 16
_FIELDS = struct.Struct(">8sHBBHHI16s")
CHECK_SIZE: Final = 32
HEADER_SIZE: Final = _FIELDS.size + CHECK_SIZE
_CHECK_LABEL: Final = b"hrdoc bundle key check"
_CACHED_CHUNKS: Final = 2


def is_encrypted(head: bytes) -> bool:
    """Whether a file starting with ``head`` (at least 8 bytes) is an encrypted bundle."""
    return head[: len(MAGIC)] == MAGIC


def _passphrase_bytes(passphrase: str) -> bytes:
    if not passphrase:
        raise BundleError(N_("the bundle passphrase is empty"), reason="passphrase")
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def _keys(passphrase: str, salt: bytes, log2n: int, r: int, p: int) -> tuple[AESGCM, bytes]:
    material = Scrypt(salt=salt, length=64, n=2**log2n, r=r, p=p).derive(_passphrase_bytes(passphrase))
    return AESGCM(material[:32]), material[32:]


def _key_check(check_key: bytes, fields: bytes) -> bytes:
    return hmac.new(check_key, _CHECK_LABEL + fields, hashlib.sha256).digest()


def _nonce(index: int) -> bytes:
    return index.to_bytes(12, "big")


def _aad(header: bytes, index: int, last: bool) -> bytes:
    return header + struct.pack(">QB", index, 1 if last else 0)


class EncryptingWriter:
    """Encrypts what is written into ``out`` (which stays open; the caller closes it after :meth:`close`).

    It reports its position (:meth:`tell`) but cannot seek, which makes :mod:`zipfile` write each member's
    sizes after its data instead of going back to its header.
    """

    def __init__(self, out: BinaryIO, passphrase: str, *, chunk_size: int = CHUNK_SIZE) -> None:
        if not MIN_CHUNK_SIZE <= chunk_size <= MAX_CHUNK_SIZE:
            raise ValueError(f"chunk size {chunk_size} out of range")
        salt = secrets.token_bytes(16)
        fields = _FIELDS.pack(MAGIC, VERSION, KDF_SCRYPT, SCRYPT_LOG2N, SCRYPT_R, SCRYPT_P, chunk_size, salt)
        self._aead, check_key = _keys(passphrase, salt, SCRYPT_LOG2N, SCRYPT_R, SCRYPT_P)
        self._header = fields + _key_check(check_key, fields)
        self._out = out
        self._chunk_size = chunk_size
        self._pending = bytearray()
        self._index = 0
        self._position = 0
        self.closed = False
        out.write(self._header)

    def writable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False

    def tell(self) -> int:
        """Plaintext bytes written so far."""
        return self._position

    def seek(self, offset: int, whence: int = os.SEEK_SET, /) -> int:
        raise io.UnsupportedOperation("an encrypted bundle is written in one pass")

    def write(self, data: bytes | bytearray | memoryview, /) -> int:
        if self.closed:
            raise ValueError("write to a closed encrypted bundle")
        size = len(memoryview(data).cast("B"))
        self._pending += data
        self._position += size
        # Keep at least one byte back: which chunk is the last is known only at close().
        while len(self._pending) > self._chunk_size:
            self._emit(bytes(self._pending[: self._chunk_size]), last=False)
            del self._pending[: self._chunk_size]
        return size

    def _emit(self, chunk: bytes, *, last: bool) -> None:
        self._out.write(self._aead.encrypt(_nonce(self._index), chunk, _aad(self._header, self._index, last)))
        self._index += 1

    def flush(self) -> None:
        self._out.flush()

    def close(self) -> None:
        """Seal the last chunk. The output stream is left open."""
        if self.closed:
            return
        self.closed = True
        self._emit(bytes(self._pending), last=True)
        self._pending.clear()
        self._out.flush()


class DecryptingReader(io.RawIOBase):
    """The plaintext of an encrypted bundle as a seekable stream; takes ownership of ``raw``.

    Raises :class:`BundleError` when the passphrase is wrong (at once) and when a chunk does not
    authenticate (when that chunk is first read).
    """

    def __init__(self, raw: BinaryIO, passphrase: str) -> None:
        super().__init__()
        self._raw = raw
        self._cache: OrderedDict[int, bytes] = OrderedDict()
        raw.seek(0)
        header = raw.read(HEADER_SIZE)
        if len(header) < HEADER_SIZE or not is_encrypted(header):
            raise BundleError(
                N_("{truncated_message}: the encryption header is cut short"),
                truncated_message=Phrase(TRUNCATED_MESSAGE),
            )
        fields = header[: _FIELDS.size]
        _, version, kdf, log2n, r, p, chunk_size, salt = _FIELDS.unpack(fields)
        chunk_size = int(chunk_size)
        if version > VERSION:
            raise BundleError(
                N_(
                    "this bundle was encrypted by a newer hrdoc (encryption version {version}); install "
                    "the newer hrdoc to import it"
                ),
                version=version,
                reason="newer",
            )
        if version != VERSION or kdf != KDF_SCRYPT:
            raise BundleError(
                N_("unknown bundle encryption (version {version}, key derivation {kdf})"), version=version, kdf=kdf
            )
        if not (MIN_LOG2N <= log2n <= 30 and r >= 1 and p == 1 and 128 * r * 2**log2n <= MAX_SCRYPT_MEMORY):
            raise BundleError(
                N_("the bundle's key derivation settings are out of range (n=2**{log2n}, r={r}, p={p})"),
                log2n=log2n,
                r=r,
                p=p,
            )
        if not MIN_CHUNK_SIZE <= chunk_size <= MAX_CHUNK_SIZE:
            raise BundleError(N_("the bundle's chunk size is out of range ({chunk_size})"), chunk_size=chunk_size)
        self._aead, check_key = _keys(passphrase, salt, log2n, r, p)
        if not hmac.compare_digest(_key_check(check_key, fields), header[_FIELDS.size :]):
            raise BundleError(WRONG_PASSPHRASE_MESSAGE, reason="passphrase")
        self._header = header
        self._chunk_size = chunk_size
        raw.seek(0, os.SEEK_END)
        body = raw.tell() - HEADER_SIZE
        stride = chunk_size + TAG_SIZE
        self._chunks = max(1, -(-body // stride))
        last_length = body - (self._chunks - 1) * stride
        if last_length < TAG_SIZE:
            raise BundleError(
                N_("{truncated_message}: the encrypted bundle ends in the middle of a chunk"),
                truncated_message=Phrase(TRUNCATED_MESSAGE),
            )
        self._size: int = body - self._chunks * TAG_SIZE
        self._position = 0

    @property
    def size(self) -> int:
        """Bytes of plaintext."""
        return self._size

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._position

    def seek(self, offset: int, whence: int = os.SEEK_SET, /) -> int:
        if whence == os.SEEK_SET:
            target = offset
        elif whence == os.SEEK_CUR:
            target = self._position + offset
        elif whence == os.SEEK_END:
            target = self._size + offset
        else:
            raise ValueError(f"invalid whence {whence}")
        if target < 0:
            raise OSError(errno.EINVAL, "negative seek position")
        self._position = target
        return target

    def _chunk(self, index: int) -> bytes:
        cached = self._cache.get(index)
        if cached is not None:
            self._cache.move_to_end(index)
            return cached
        stride = self._chunk_size + TAG_SIZE
        last = index == self._chunks - 1
        self._raw.seek(HEADER_SIZE + index * stride)
        sealed = self._raw.read(stride)
        try:
            plain = self._aead.decrypt(_nonce(index), sealed, _aad(self._header, index, last))
        except InvalidTag:
            if last:
                raise BundleError(
                    N_(
                        "{truncated_message}: the last part ({part} of {chunks}) of the encrypted bundle "
                        "fails authentication (it was cut short, or altered)"
                    ),
                    truncated_message=Phrase(TRUNCATED_MESSAGE),
                    part=index + 1,
                    chunks=self._chunks,
                ) from None
            raise BundleError(
                N_("the encrypted bundle is damaged: part {part} of {chunks} fails authentication (it was altered)"),
                part=index + 1,
                chunks=self._chunks,
            ) from None
        if not last and len(plain) != self._chunk_size:  # pragma: no cover - authenticated, so only a writer bug
            raise BundleError(N_("the encrypted bundle is damaged: part {part} has the wrong length"), part=index + 1)
        self._cache[index] = plain
        if len(self._cache) > _CACHED_CHUNKS:
            self._cache.popitem(last=False)
        return plain

    def read(self, size: int | None = -1, /) -> bytes:
        end = self._size if size is None or size < 0 else min(self._size, self._position + size)
        parts: list[bytes] = []
        while self._position < end:
            index, start = divmod(self._position, self._chunk_size)
            chunk = self._chunk(index)
            piece = chunk[start : start + (end - self._position)]
            if not piece:  # pragma: no cover - sizes are derived from the file, so only a file changed under us
                raise BundleError(
                    N_("{truncated_message}: the encrypted bundle changed while it was read"),
                    truncated_message=Phrase(TRUNCATED_MESSAGE),
                )
            parts.append(piece)
            self._position += len(piece)
        return b"".join(parts)

    def readall(self) -> bytes:
        return self.read(-1)

    def readinto(self, buffer: Any, /) -> int:
        view = memoryview(buffer).cast("B")
        data = self.read(len(view))
        view[: len(data)] = data
        return len(data)

    def close(self) -> None:
        if not self.closed:
            self._cache.clear()
            self._raw.close()
        super().close()
