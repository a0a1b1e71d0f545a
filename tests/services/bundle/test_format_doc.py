"""docs/bundle-format.md is held to what the code does."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest

from hrdoc.services.exchange.bundle import Limits, schema
from hrdoc.services.exchange.bundle.crypto import CHUNK_SIZE, HEADER_SIZE
from tests.services.bundle import craft

DOC = (Path(__file__).resolve().parents[3] / "docs" / "bundle-format.md").read_text(encoding="utf-8")


def test_the_documented_decryption_reads_an_encrypted_bundle(tmp_path: Path) -> None:
    code = re.search(r"### Decrypting without hrdoc.*?```python\n(.*?)```", DOC, re.DOTALL)
    assert code is not None
    namespace: dict[str, Any] = {}
    exec(compile(code.group(1), "bundle-format.md", "exec"), namespace)
    path = tmp_path / "sealed.hrdoc"
    craft.make_bundle(path, passphrase="pw", evidence=b"e" * (CHUNK_SIZE + 10))
    out = io.BytesIO()
    with path.open("rb") as src:
        namespace["decrypt_bundle"](src, out, "pw")
    with zipfile.ZipFile(out) as zf:
        assert zf.testzip() is None
        assert "manifest.json" in zf.namelist()
    with path.open("rb") as src, pytest.raises(ValueError, match="wrong bundle passphrase"):
        namespace["decrypt_bundle"](src, io.BytesIO(), "other")


def test_the_documented_limits_and_sizes_are_the_code_s() -> None:
    limits = Limits()
    assert (limits.max_entries, limits.max_ratio) == (100_000, 200)
    assert (limits.max_member_size, limits.max_total_size, limits.max_json_size) == (16 << 30, 64 << 30, 64 << 20)
    assert "more than 100,000 members" in DOC and "over 16 GiB" in DOC and "over 64 GiB" in DOC
    assert "over 64 MiB" in DOC and "more than 200 times" in DOC
    assert "header (68 bytes)" in DOC and HEADER_SIZE == 68


def test_every_records_member_is_documented() -> None:
    for kind in schema.load().record_kinds:
        assert f"{kind}.json" in DOC, kind
