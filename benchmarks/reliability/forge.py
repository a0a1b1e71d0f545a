"""Reading real bundles and writing altered ones whose manifest and checksums are right again.

A forged bundle passes every check of form (``open_bundle``): it is written by hrdoc's own
``BundleWriter`` (plain or encrypted), which recomputes sizes, SHA-256s, ``record_counts`` and
``SHA256SUMS``, so only hrdoc's checks of what the records *mean* can catch it. The classic archive attacks
(``raw_zip``) need entries ``BundleWriter`` refuses to write, so they are put together with ``zipfile``,
again with a manifest and ``SHA256SUMS`` that list them truthfully.
"""

from __future__ import annotations

import copy
import hashlib
import io
import json
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hrdoc.services.exchange.bundle import crypto
from hrdoc.services.exchange.bundle.container import BundleWriter

_FILLED_IN = ("format", "format_version", "members", "record_counts")


@dataclass
class BundleData:
    manifest: dict[str, Any]
    json: dict[str, list[Any]]  # records/*.json and logs/*.json
    evidence: dict[str, bytes]  # evidence/ITEM-ID

    def clone(self) -> BundleData:
        return BundleData(copy.deepcopy(self.manifest), copy.deepcopy(self.json), dict(self.evidence))

    def records(self, kind: str) -> list[Any]:
        return self.json.setdefault(f"records/{kind}.json", [])

    def log(self, kind: str) -> list[Any]:
        return self.json.setdefault(f"logs/{kind}.json", [])


def read_bundle(path: Path) -> BundleData:
    """A plain bundle's members (trusted input: one hrdoc just exported)."""
    with zipfile.ZipFile(path) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        data: dict[str, list[Any]] = {}
        evidence: dict[str, bytes] = {}
        for name in zf.namelist():
            if name.startswith(("records/", "logs/")):
                data[name] = json.loads(zf.read(name))
            elif name.startswith("evidence/"):
                evidence[name] = zf.read(name)
    return BundleData(manifest, data, evidence)


def write_bundle(data: BundleData, path: Path, passphrase: str | None = None) -> Path:
    """``data`` as a bundle at ``path`` with a truthful manifest (see the module's docstring)."""
    path.unlink(missing_ok=True)
    with BundleWriter(path, passphrase=passphrase) as writer:
        for name in sorted(data.json):
            writer.add_json(name, data.json[name])
        for name in sorted(data.evidence):
            writer.add_stream(name, [data.evidence[name]], size=len(data.evidence[name]))
        writer.finish({k: v for k, v in data.manifest.items() if k not in _FILLED_IN})
    return path


def encrypt_bytes(plain: bytes, passphrase: str) -> bytes:
    out = io.BytesIO()
    writer = crypto.EncryptingWriter(out, passphrase)
    writer.write(plain)
    writer.close()
    return out.getvalue()


@dataclass
class Entry:
    name: str
    data: bytes
    compress: int = zipfile.ZIP_DEFLATED
    symlink: bool = False
    listed: bool = True  # in the manifest and SHA256SUMS


def bundle_entries(plain_bundle: Path) -> tuple[dict[str, Any], list[Entry]]:
    """The manifest and the members (but manifest.json and SHA256SUMS) of a plain bundle, in order."""
    with zipfile.ZipFile(plain_bundle) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        entries = [
            Entry(i.filename, zf.read(i.filename), i.compress_type)
            for i in zf.infolist()
            if i.filename not in ("manifest.json", "SHA256SUMS")
        ]
    return manifest, entries


def raw_zip(manifest: dict[str, Any], entries: list[Entry], *, patch: Any = None) -> bytes:
    """A zip of ``entries`` plus a manifest and SHA256SUMS listing the ``listed`` ones (last one wins)."""
    members = {e.name: {"sha256": hashlib.sha256(e.data).hexdigest(), "size": len(e.data)} for e in entries if e.listed}
    full = dict(manifest, members=dict(sorted(members.items())))
    manifest_bytes = (json.dumps(full, sort_keys=True, ensure_ascii=False, indent=2) + "\n").encode()
    sums = {**{n: m["sha256"] for n, m in members.items()}, "manifest.json": hashlib.sha256(manifest_bytes).hexdigest()}
    sums_bytes = "".join(f"{h}  {n}\n" for n, h in sorted(sums.items())).encode()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", allowZip64=True) as zf:
        for e in [*entries, Entry("manifest.json", manifest_bytes), Entry("SHA256SUMS", sums_bytes)]:
            info = zipfile.ZipInfo(e.name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = e.compress
            info.create_system = 3
            mode = (stat.S_IFLNK | 0o777) if e.symlink else (stat.S_IFREG | 0o600)
            info.external_attr = mode << 16
            with _quiet():
                zf.writestr(info, e.data)
    raw = buf.getvalue()
    return patch(raw) if patch else raw


class _quiet:
    """zipfile warns about duplicate names; the duplicate is the point."""

    def __enter__(self) -> None:
        import warnings

        self._ctx = warnings.catch_warnings()
        self._ctx.__enter__()
        warnings.simplefilter("ignore")

    def __exit__(self, *exc: Any) -> None:
        self._ctx.__exit__(*exc)
