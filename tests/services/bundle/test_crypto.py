"""Encrypted bundles: the passphrase is needed, checked, and any change to the sealed file is caught."""

from __future__ import annotations

import hashlib
import io
import random
import struct
import unicodedata
from pathlib import Path

import pytest

from hrdoc.services.exchange.bundle import BundleError, crypto, open_bundle
from hrdoc.services.exchange.bundle.crypto import CHUNK_SIZE, HEADER_SIZE, TAG_SIZE, DecryptingReader, EncryptingWriter
from tests.services.bundle import craft

PASSPHRASE = "Zoë's bundle passphrase"
EVIDENCE = hashlib.shake_256(b"three chunks").digest(2 * CHUNK_SIZE + 4321)


@pytest.fixture(scope="module")
def sealed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An encrypted bundle of four chunks (its evidence is larger than two)."""
    path = tmp_path_factory.mktemp("sealed") / "case.hrdoc"
    craft.make_bundle(path, passphrase=PASSPHRASE, evidence=EVIDENCE)
    assert (path.stat().st_size - HEADER_SIZE) // (CHUNK_SIZE + TAG_SIZE) == 2
    return path


def refused(path: Path, fragment: str, passphrase: str | None = PASSPHRASE) -> BundleError:
    with pytest.raises(BundleError) as caught:
        open_bundle(path, passphrase=passphrase).close()
    assert fragment in str(caught.value), str(caught.value)
    return caught.value


def _changed(sealed: Path, tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "changed.hrdoc"
    path.write_bytes(data)
    return path


def test_the_sealed_bundle_opens_with_its_passphrase(sealed: Path) -> None:
    with open_bundle(sealed, passphrase=PASSPHRASE) as bundle:
        assert bundle.encrypted
        assert b"".join(bundle.chunks(f"evidence/{craft.EVIDENCE_ID}")) == EVIDENCE
    assert b"records/case.json" not in sealed.read_bytes()  # nothing in clear


def test_without_a_passphrase(sealed: Path) -> None:
    error = refused(sealed, "this bundle is encrypted; give its passphrase (--bundle-passphrase-file", None)
    assert error.reason == "encrypted"


def test_a_wrong_passphrase(sealed: Path) -> None:
    error = refused(sealed, "wrong bundle passphrase, or the bundle is damaged", "Zoe's bundle passphrase")
    assert error.reason == "passphrase"


def test_the_passphrase_is_compared_in_one_unicode_form(sealed: Path) -> None:
    decomposed = unicodedata.normalize("NFD", PASSPHRASE)
    assert decomposed != PASSPHRASE
    open_bundle(sealed, passphrase=decomposed).close()


@pytest.mark.parametrize("cut", [1, TAG_SIZE, 5000, CHUNK_SIZE + TAG_SIZE])
def test_truncated(sealed: Path, tmp_path: Path, cut: int) -> None:
    data = sealed.read_bytes()
    refused(_changed(sealed, tmp_path, data[:-cut]), "the bundle is incomplete or damaged (truncated?)")


def test_cut_at_a_chunk_boundary(sealed: Path, tmp_path: Path) -> None:
    """Whole chunks dropped from the end: the new last chunk was not sealed as the last one."""
    data = sealed.read_bytes()
    cut = HEADER_SIZE + 2 * (CHUNK_SIZE + TAG_SIZE)
    refused(_changed(sealed, tmp_path, data[:cut]), "(truncated?): the last part (2 of 2) of the encrypted bundle")


def test_cut_inside_the_header(sealed: Path, tmp_path: Path) -> None:
    refused(_changed(sealed, tmp_path, sealed.read_bytes()[:40]), "the encryption header is cut short")


def test_a_flipped_byte_in_a_chunk(sealed: Path, tmp_path: Path) -> None:
    data = bytearray(sealed.read_bytes())
    data[HEADER_SIZE + CHUNK_SIZE + TAG_SIZE + 1000] ^= 0x01
    refused(_changed(sealed, tmp_path, bytes(data)), "part 2 of 3 fails authentication (it was altered)")


def test_swapped_chunks(sealed: Path, tmp_path: Path) -> None:
    data = sealed.read_bytes()
    stride = CHUNK_SIZE + TAG_SIZE
    first, second = data[HEADER_SIZE : HEADER_SIZE + stride], data[HEADER_SIZE + stride : HEADER_SIZE + 2 * stride]
    swapped = data[:HEADER_SIZE] + second + first + data[HEADER_SIZE + 2 * stride :]
    refused(_changed(sealed, tmp_path, swapped), "fails authentication")


def test_a_changed_header(sealed: Path, tmp_path: Path) -> None:
    data = bytearray(sealed.read_bytes())
    data[30] ^= 0x01  # in the salt
    refused(_changed(sealed, tmp_path, bytes(data)), "wrong bundle passphrase, or the bundle is damaged")


@pytest.mark.parametrize(
    ("fields", "fragment"),
    [
        ({"log2n": 40}, "key derivation settings are out of range (n=2**40"),
        ({"r": 65535}, "key derivation settings are out of range"),
        ({"p": 16}, "key derivation settings are out of range"),
        ({"chunk_size": 10}, "chunk size is out of range"),
        ({"kdf": 7}, "unknown bundle encryption"),
    ],
)
def test_hostile_header_settings_are_refused_before_any_work(
    sealed: Path, tmp_path: Path, fields: dict[str, int], fragment: str
) -> None:
    data = sealed.read_bytes()
    header = dict(zip(["magic", "version", "kdf", "log2n", "r", "p", "chunk_size", "salt"],
                      struct.unpack(">8sHBBHHI16s", data[:36]), strict=True))  # fmt: skip
    header.update(fields)
    packed = struct.pack(">8sHBBHHI16s", *header.values())
    refused(_changed(sealed, tmp_path, packed + data[36:]), fragment)


def test_a_newer_encryption_version(sealed: Path, tmp_path: Path) -> None:
    data = sealed.read_bytes()
    error = refused(_changed(sealed, tmp_path, data[:8] + (2).to_bytes(2, "big") + data[10:]), "newer hrdoc")
    assert error.reason == "newer"


def test_the_decrypting_reader_seeks_and_reads_anywhere() -> None:
    plain = hashlib.shake_256(b"plain").digest(3 * 4096 + 17)
    sealed = io.BytesIO()
    with craft.cheap_kdf():
        writer = EncryptingWriter(sealed, "pw", chunk_size=4096)
    for start in range(0, len(plain), 1000):
        writer.write(plain[start : start + 1000])
    assert writer.tell() == len(plain)
    with pytest.raises(io.UnsupportedOperation):
        writer.seek(0)
    writer.close()
    sealed.seek(0)
    reader = DecryptingReader(sealed, "pw")
    assert reader.size == len(plain)
    rng = random.Random(5)
    for _ in range(300):
        start = rng.randrange(0, len(plain) + 10)
        size = rng.randrange(0, 9000)
        assert reader.seek(start) == start
        assert reader.read(size) == plain[start : start + size]
    assert reader.seek(-5, io.SEEK_END) == len(plain) - 5
    assert reader.read() == plain[-5:]
    reader.seek(100)
    buffer = bytearray(50)
    assert reader.readinto(buffer) == 50 and bytes(buffer) == plain[100:150]
    with pytest.raises(OSError):
        reader.seek(-1)
    reader.close()
    assert sealed.closed


def test_an_empty_stream_and_an_exact_number_of_chunks() -> None:
    for size in (0, 4096, 8192):
        plain = bytes(range(256)) * (size // 256)
        sealed = io.BytesIO()
        with craft.cheap_kdf():
            writer = EncryptingWriter(sealed, "pw", chunk_size=4096)
        writer.write(plain)
        writer.close()
        sealed.seek(0)
        assert DecryptingReader(sealed, "pw").read() == plain


def test_an_empty_passphrase_is_refused() -> None:
    with pytest.raises(BundleError, match="empty"):
        EncryptingWriter(io.BytesIO(), "")


def test_new_bundles_use_the_documented_key_derivation(tmp_path: Path) -> None:
    assert crypto.SCRYPT_LOG2N == 16
    out = io.BytesIO()
    EncryptingWriter(out, "pw").close()
    magic, version, kdf, log2n, r, p, chunk_size, _ = struct.unpack(">8sHBBHHI16s", out.getvalue()[:36])
    assert (magic, version, kdf, log2n, r, p, chunk_size) == (b"HRDBUNDL", 1, 1, 16, 8, 1, CHUNK_SIZE)
