"""The case bundle as a file: a zip whose every member is listed, hashed and checked (docs/bundle-format.md).

:class:`BundleWriter` writes one: records as JSON, evidence streamed, then the manifest, ``SHA256SUMS`` and
``README.txt``; the file appears under its name only when complete (and encrypted as a whole with a bundle
passphrase if one is given, see :mod:`.crypto`).

Reading a bundle, and every check made before one is trusted, is :mod:`.reader`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import re
import secrets
import stat
import zipfile
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO, Any, BinaryIO, Final

import hrdoc
from hrdoc.domain.marks import N_
from hrdoc.services import sharing
from hrdoc.services.exchange.bundle import crypto
from hrdoc.services.exchange.bundle.errors import BundleError
from hrdoc.services.exchange.bundle.schema import load

FORMAT: Final = "hrdoc-bundle"
FORMAT_VERSION: Final = 1
MANIFEST: Final = "manifest.json"
SUMS: Final = "SHA256SUMS"
README: Final = "README.txt"
AUDIENCES: Final = sharing.AUDIENCES  # the sharing policy's audiences: a manifest names one of them
READ_CHUNK: Final = 1024 * 1024
_GiB: Final = 1024 * 1024 * 1024
_MiB: Final = 1024 * 1024
# Records members: the field that keys a record of each kind (others: "id").
KEY_FIELD: Final = {
    "victim_identities": "victim_id",
    "witness_identities": "witness_id",
    "consents": "witness_id",
    "tombstones": "record_id",
}
_SAFE_NAME: Final = re.compile(r"[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*")


@dataclass(frozen=True)
class Limits:
    """What a bundle may hold before it is refused as hostile (or too much for this machine)."""

    max_entries: int = 100_000
    max_member_size: int = 16 * _GiB
    max_total_size: int = 64 * _GiB
    max_json_size: int = 64 * _MiB
    # A deflated member larger than ratio_min_size may expand at most max_ratio times (JSON: about 5-20).
    max_ratio: int = 200
    ratio_min_size: int = 1 * _MiB


@dataclass(frozen=True)
class Member:
    """A member as the manifest lists it."""

    name: str
    sha256: str
    size: int


def name_problem(name: str) -> str | None:
    """Why ``name`` cannot be a member's name, or None. Safety first, then the format's layout."""
    if "\x00" in name:
        return "it contains a NUL character"
    if "\\" in name:
        return "it contains a backslash"
    if name.startswith("/"):
        return "it is an absolute path"
    if re.match(r"[A-Za-z]:", name):
        return "it starts with a drive letter"
    parts = name.split("/")
    if ".." in parts:
        return "it climbs out of its folder (..)"
    if "" in parts or "." in parts:
        return "it has an empty or '.' path component" if not name.endswith("/") else "it is a folder"
    if not _SAFE_NAME.fullmatch(name):
        return "it has characters other than letters, digits, '.', '_', '-' and '/'"
    if name in (MANIFEST, SUMS):
        return None
    if not load().member_pattern.fullmatch(name):
        return "it is not a member of this format (see docs/bundle-format.md)"
    return None


def _dump(obj: Any) -> str:
    return json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def is_encrypted_bundle(path: Path) -> bool:
    """Whether the file at ``path`` is an encrypted bundle (so a passphrase must be asked for)."""
    try:
        with path.open("rb") as fh:
            return crypto.is_encrypted(fh.read(len(crypto.MAGIC)))
    except OSError as err:
        raise BundleError(N_("cannot read {path}: {cause}"), path=path, cause=err.strerror or err, reason="io") from err


# --------------------------------------------------------------------------------------------------- writing


def _write_error(path: Path, err: OSError) -> BundleError:
    return BundleError(N_("cannot write the bundle {path}: {cause}"), path=path, cause=err.strerror or err, reason="io")


class _MemberSink:
    """Writes one member's bytes into the zip while hashing and counting them."""

    def __init__(self, dest: IO[bytes], name: str, limit: int, path: Path) -> None:
        self._dest = dest
        self._name = name
        self._limit = limit
        self._path = path
        self.sha256 = hashlib.sha256()
        self.size = 0

    def write(self, data: bytes) -> None:
        self.size += len(data)
        if self.size > self._limit:
            raise BundleError(
                N_("{name} is larger than the {limit} bytes a bundle member of its kind may have"),
                name=self._name,
                limit=self._limit,
            )
        self.sha256.update(data)
        try:
            self._dest.write(data)
        except OSError as err:  # only the bundle's own writes: errors of the caller's data pass unchanged
            raise _write_error(self._path, err) from err


def readme_text(manifest: Mapping[str, Any]) -> str:
    """The README.txt of a bundle with this manifest."""
    case = manifest["case"]
    counts = manifest.get("record_counts", {})
    count_lines = "\n".join(f"    {kind}: {n}" for kind, n in sorted(counts.items())) or "    (none)"
    audience = manifest["audience"]
    if audience == "internal":
        protect = (
            "THIS BUNDLE IS FOR INTERNAL USE. It may hold the names, contact details and places of residence\n"
            "of witnesses and victims (records/witness_identities.json, records/victim_identities.json) and\n"
            "the full text of their accounts. People can be put in danger by it: keep it encrypted, on\n"
            "encrypted disks only, share it only with people allowed to see it, and delete unpacked copies."
        )
    else:
        protect = (
            f"This bundle was made for the audience '{audience}': hrdoc left out what the investigators did not\n"
            "mark for that audience (such as the identities of witnesses and victims). Still read it before\n"
            "passing it on, and treat it with the care the case deserves."
        )
    return f"""hrdoc case bundle
=================

Case {case["reference"]}: {case["title"]}
Exported by {manifest["exported_by"]} at {manifest["exported_at"]} (UTC), from store {manifest["exported_from"]}.
Audience: {audience}. Bundle format {manifest["format"]} version {manifest["format_version"]},
written by hrdoc {manifest["hrdoc_version"]}.

{protect}

What is inside
--------------
  manifest.json          what this bundle is: the case, who exported it and when, how many records of
                         each kind, and the SHA-256 and size of every other file.
  SHA256SUMS             the SHA-256 of every file, in the format of sha256sum.
  records/KIND.json      the case's records, one JSON array per kind of record, one record per line
                         (the case itself in records/case.json). Field names are those of hrdoc's data
                         model; dates are YYYY-MM-DD, times are UTC (ending in Z).
  logs/audit.json        the audit log entries of the case: who did what, and when.
  logs/custody.json      the chain of custody of each evidence file.
  evidence/ID            the evidence files, byte for byte, each named by the id of its record in
                         records/evidence_files.json (which gives its original name, type and hash).

Record counts:
{count_lines}

Checking that nothing was changed
---------------------------------
The file ending in .hrdoc is a zip archive. On Linux:

    unzip CASE.hrdoc -d case && cd case && sha256sum -c SHA256SUMS

Every line must end in OK. On macOS use `shasum -a 256 -c SHA256SUMS`; on Windows, PowerShell's
`Get-FileHash -Algorithm SHA256 FILE` prints a hash to compare with the line of SHA256SUMS. hrdoc itself
checks all of this, and more, when it imports the bundle (hrdoc import).

The format is described, file by file and field by field, in docs/bundle-format.md of hrdoc; the JSON
files follow the JSON Schema bundle.schema.json shipped with hrdoc (hrdoc/services/exchange/bundle/).
"""


class BundleWriter:
    """Writes a bundle; use as a context manager, add members, then :meth:`finish`.

    The file is written under a temporary name beside ``path`` (readable by its owner only) and given its
    name by :meth:`finish` once complete and on disk. Leaving the ``with`` block by an exception deletes it;
    leaving it without calling :meth:`finish` deletes it too, and raises ``RuntimeError``.

    Callers' mistakes (a name outside the format, a record that does not follow the schema, a manifest
    field missing) raise ``ValueError``; a member larger than ``limits`` allow (so that readers with the
    same limits would refuse it) raises :class:`BundleError`, and so does a failure to write the file.
    Any error abandons the bundle: nothing more can be added, and no file is left.
    """

    def __init__(self, path: Path, *, passphrase: str | None = None, limits: Limits = Limits()) -> None:
        self.path = path
        self._schema = load()
        self._limits = limits
        # zip64 headers for JSON only if a JSON member may outgrow plain zip sizes (never with default limits).
        self._json_zip64 = limits.max_json_size > zipfile.ZIP64_LIMIT
        self._members: dict[str, Member] = {}
        self._counts: dict[str, int] = {}
        self._case_ids: list[Any] = []
        self._state = "open"  # then "finished", or "abandoned" after an error or abort()
        self._temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.partial")
        try:
            fd = os.open(self._temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        except OSError as err:
            raise BundleError(
                N_("cannot write the bundle {path}: {cause}"), path=path, cause=err.strerror or err, reason="io"
            ) from err
        self._fh: BinaryIO = os.fdopen(fd, "wb")
        try:
            self._encrypting = crypto.EncryptingWriter(self._fh, passphrase) if passphrase is not None else None
            self._zip = zipfile.ZipFile(self._encrypting or self._fh, "w", allowZip64=True)
        except BaseException:
            self._state = "abandoned"
            self._fh.close()
            self._temp.unlink(missing_ok=True)
            raise
        now = dt.datetime.now(dt.UTC)
        self._stamp = (now.year, now.month, now.day, now.hour, now.minute, now.second)

    def __enter__(self) -> BundleWriter:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._state == "finished":
            return
        abandoned = self._state == "abandoned"
        self._discard()
        if exc_type is None and not abandoned:
            raise RuntimeError("BundleWriter left without finish(): no bundle was written")

    @property
    def members(self) -> dict[str, Member]:
        """The members written so far."""
        return dict(self._members)

    def _zipinfo(self, name: str, compress_type: int) -> zipfile.ZipInfo:
        info = zipfile.ZipInfo(name, date_time=self._stamp)
        info.compress_type = compress_type
        info.create_system = 3  # Unix: the mode below is read as such
        info.external_attr = (stat.S_IFREG | 0o600) << 16
        return info

    def _check_open(self) -> None:
        if self._state != "open":
            raise ValueError(f"the bundle is {self._state}: nothing more can be added")

    def _start(self, name: str) -> None:
        self._check_open()
        if name in self._members:
            raise ValueError(f"{name} is already in the bundle")
        if name in (MANIFEST, SUMS, README):
            raise ValueError(f"{name} is written by finish()")
        problem = name_problem(name)
        if problem is not None:
            raise ValueError(f"cannot add {name!r} to a bundle: {problem}")

    @contextlib.contextmanager
    def _member(self, name: str, compress_type: int, limit: int, *, force_zip64: bool) -> Iterator[_MemberSink]:
        """One member; any error abandons the whole bundle (a zip cannot take back half a member)."""
        dest: IO[bytes] | None = None
        try:
            try:
                dest = self._zip.open(self._zipinfo(name, compress_type), "w", force_zip64=force_zip64)
            except OSError as err:
                raise _write_error(self.path, err) from err
            sink = _MemberSink(dest, name, limit, self.path)
            yield sink
            try:
                dest.close()
            except OSError as err:
                raise _write_error(self.path, err) from err
        except BaseException:
            if dest is not None:
                with contextlib.suppress(Exception):
                    dest.close()
            self._discard()
            raise
        self._members[name] = Member(name, sink.sha256.hexdigest(), sink.size)

    def add_json(self, name: str, obj: Any) -> Member:
        """Add a JSON member: ``records/KIND.json`` or ``logs/audit.json`` / ``logs/custody.json``.

        ``obj`` is an iterable of JSON-ready objects (a list or a generator: written as they come, one per
        line); each is checked against the schema first (``ValueError`` if it does not follow it).
        """
        self._start(name)
        if not self._schema.is_json_member(name):
            raise ValueError(f"{name} is not a JSON member")
        if isinstance(obj, Mapping | str | bytes) or not isinstance(obj, Iterable):
            raise ValueError(f"{name} holds an array: give a list or an iterable of objects")
        kind = name.removeprefix("records/").removesuffix(".json") if name.startswith("records/") else None
        key_field = KEY_FIELD.get(kind or "", "id")
        keys: set[Any] = set()
        count = 0
        with self._member(name, zipfile.ZIP_DEFLATED, self._limits.max_json_size, force_zip64=self._json_zip64) as sink:
            pending: list[str] = ["["]
            pending_size = 1
            for item in obj:
                problem = self._schema.item_problem(name, item)
                if problem is not None:
                    raise ValueError(f"{name}, element {count + 1}: {problem}")
                if kind is not None:
                    if item[key_field] in keys:
                        raise ValueError(f"{name}: two records with {key_field} {item[key_field]}")
                    keys.add(item[key_field])
                    if kind == "case":
                        self._case_ids.append(item["id"])
                line = ("\n" if count == 0 else ",\n") + _dump(item)
                pending.append(line)
                pending_size += len(line)
                count += 1
                if pending_size >= 256 * 1024:
                    sink.write("".join(pending).encode("utf-8"))
                    pending, pending_size = [], 0
            pending.append("\n]\n" if count else "]\n")
            sink.write("".join(pending).encode("utf-8"))
        if kind is not None:
            self._counts[kind] = count
        return self._members[name]

    def add_stream(self, name: str, chunks: Iterable[bytes], *, size: int | None = None) -> Member:
        """Add an evidence file (``evidence/ITEM-ID``) from its bytes, streamed, stored uncompressed.

        ``size``, when known, is checked against what ``chunks`` gave (``ValueError`` if they differ).
        """
        self._start(name)
        if not name.startswith("evidence/"):
            raise ValueError(f"{name} is not an evidence member")
        limit = self._limits.max_member_size
        with self._member(name, zipfile.ZIP_STORED, limit, force_zip64=size is None or size > 0x7FFFFFFF) as sink:
            for chunk in chunks:
                sink.write(chunk)
            if size is not None and sink.size != size:
                raise ValueError(f"{name}: {sink.size} bytes given where {size} were announced")
        return self._members[name]

    def _add_text(self, name: str, text: str) -> Member:
        with self._member(name, zipfile.ZIP_DEFLATED, self._limits.max_json_size, force_zip64=self._json_zip64) as sink:
            sink.write(text.encode("utf-8"))
        return self._members[name]

    def finish(self, manifest: Mapping[str, Any]) -> dict[str, Any]:
        """Write README.txt, manifest.json and SHA256SUMS, and give the bundle its name. Returns the manifest.

        ``manifest`` gives ``case`` ({id, reference, title}), ``exported_by``, ``exported_at`` (ISO UTC with
        Z), ``exported_from`` and ``audience``; ``format``, ``format_version``, ``hrdoc_version``,
        ``record_counts`` and ``members`` are filled in here.
        """
        self._check_open()
        try:
            full = self._complete(manifest)
            self._zip.close()
            if self._encrypting is not None:
                self._encrypting.close()
            self._fh.flush()
            os.fsync(self._fh.fileno())
            self._fh.close()
            os.replace(self._temp, self.path)
            _fsync_dir(self.path.parent)
        except OSError as err:
            self._discard()
            raise _write_error(self.path, err) from err
        except BaseException:
            self._discard()
            raise
        self._state = "finished"
        return full

    def _complete(self, manifest: Mapping[str, Any]) -> dict[str, Any]:
        """The full manifest; README.txt, manifest.json and SHA256SUMS written."""
        full = dict(manifest)
        for key in ("format", "format_version", "members"):
            if key in full:
                raise ValueError(f"the manifest's {key} is filled in by finish()")
        given_counts = full.get("record_counts")
        if given_counts is not None and dict(given_counts) != self._counts:
            raise ValueError(f"record_counts {dict(given_counts)} differ from what was written: {self._counts}")
        full.update(format=FORMAT, format_version=FORMAT_VERSION, record_counts=dict(sorted(self._counts.items())))
        full.setdefault("hrdoc_version", hrdoc.__version__)
        case_id = full.get("case", {}).get("id") if isinstance(full.get("case"), Mapping) else None
        if self._case_ids != [case_id]:
            raise ValueError(f"records/case.json must hold exactly the case {case_id}, not {self._case_ids}")
        try:
            readme = readme_text(full)
        except KeyError as err:
            raise ValueError(f"the manifest has no {err.args[0]}") from None
        self._add_text(README, readme)
        full["members"] = {name: {"sha256": m.sha256, "size": m.size} for name, m in sorted(self._members.items())}
        problem = self._schema.manifest_problem(full)
        if problem is not None:
            raise ValueError(f"manifest.json: {problem}")
        self._add_text(MANIFEST, json.dumps(full, sort_keys=True, ensure_ascii=False, indent=2) + "\n")
        sums = "".join(f"{m.sha256}  {name}\n" for name, m in sorted(self._members.items()))
        self._add_text(SUMS, sums)
        return full

    def abort(self) -> None:
        """Give up: the temporary file is deleted and no bundle is written."""
        self._discard()

    def _discard(self) -> None:
        if self._state == "finished":
            return
        self._state = "abandoned"
        try:
            self._zip.close()
        except Exception:  # noqa: BLE001 - must not hide the error that caused the abort; the file is deleted anyway
            # Mark the zip closed so that nothing writes to it later.
            self._zip.fp = None
        with contextlib.suppress(OSError):
            self._fh.close()
        with contextlib.suppress(OSError):
            self._temp.unlink()


def _fsync_dir(path: Path) -> None:
    if os.name != "posix":  # pragma: no cover - directories cannot be opened on Windows
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
