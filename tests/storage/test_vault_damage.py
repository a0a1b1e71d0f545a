"""A damaged vault file is named for what happened to it: altered, cut short, bytes added, header changed."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

from hrdoc.storage.vault import CHUNK_SIZE, HEADER_SIZE, TAG_SIZE, Vault, VaultDamaged, new_vault_key


@pytest.fixture
def vault(tmp_path: Path) -> Vault:
    return Vault(tmp_path / "store.db.vault", new_vault_key())


def put(vault: Vault, size: int) -> uuid.UUID:
    item = uuid.uuid4()
    with vault.writer(item) as writer:
        writer.write(os.urandom(size))
        writer.publish()
        writer.keep()
    return item


def flip(offset: int) -> Callable[[bytes], bytes]:
    def change(data: bytes) -> bytes:
        changed = bytearray(data)
        changed[offset if offset >= 0 else len(data) + offset] ^= 0x01
        return bytes(changed)

    return change


FULL = CHUNK_SIZE + TAG_SIZE


@pytest.mark.parametrize(
    ("size", "damage", "expected"),
    [
        # one chunk: altered content or salt cannot be told apart, but it is never "the end is missing"
        (100, flip(HEADER_SIZE + 5), "chunk 1 fails authentication (it is the only one: the file was altered"),
        (100, flip(20), "chunk 1 fails authentication (it is the only one: the file was altered"),
        (2 * CHUNK_SIZE + 9, flip(-3), "chunk 3 fails authentication (it is the last one: its content was altered"),
        (2 * CHUNK_SIZE + 9, flip(HEADER_SIZE + FULL + 4), "chunk 2 fails authentication (its content was altered"),
        (CHUNK_SIZE + 9, flip(20), "cannot be decrypted: its header was altered (its salt)"),
        (100, lambda d: d + b"\x00", "1 byte was added after the end of the file (after chunk 1)"),
        (CHUNK_SIZE, lambda d: d + b"\x00", "1 byte was added after the end of the file (after chunk 1)"),
        (CHUNK_SIZE - 5, lambda d: d + b"0123456789", "10 bytes were added after the end of the file"),
        (
            2 * CHUNK_SIZE + 9,
            lambda d: d[: HEADER_SIZE + FULL],
            "the end of the file is missing: it stops after chunk 1",
        ),
        (2 * CHUNK_SIZE, lambda d: d[:HEADER_SIZE], "the end of the file is missing: it stops right after its header"),
        (100, lambda d: d[:30], "the file is cut short inside its header (30 bytes left)"),
    ],
    ids=[
        "flipped-single-chunk",
        "flipped-salt-single-chunk",
        "flipped-last-chunk",
        "flipped-middle-chunk",
        "flipped-salt",
        "appended-byte",
        "appended-byte-after-full-chunk",
        "appended-bytes-straddling",
        "cut-at-chunk-boundary",
        "cut-after-header",
        "cut-in-header",
    ],
)
def test_damage_is_named_for_what_happened(
    vault: Vault, size: int, damage: Callable[[bytes], bytes], expected: str
) -> None:
    item = put(vault, size)
    path = vault.path(item)
    path.write_bytes(damage(path.read_bytes()))
    with pytest.raises(VaultDamaged) as caught:
        b"".join(vault.chunks(item))
    assert expected in caught.value.detail
    if "missing" not in expected:
        assert "missing" not in caught.value.detail
