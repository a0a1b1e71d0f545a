"""Reading a case bundle: every member, hash and record checked before anything is returned.

:func:`open_bundle` reads one and checks all of it before returning: what it returns can be imported
without further checks of form (what the records *mean* is the importer's business). A bundle is refused
with a :class:`BundleError` that says what is wrong. What it guards against, in the order checked:

* not a bundle; encrypted without or with the wrong passphrase;
* a cut or damaged archive: the end-of-archive record must close the file and agree with the directory;
* unsafe member names (``..``, absolute paths, drive letters, backslashes, NUL), duplicates, links, folders,
  special files, names outside the format's layout, zip encryption, compression methods other than
  stored and deflate;
* too many members, members or a total too large, members that expand more than ``max_ratio`` times,
  members whose data overlap each other or the archive's directory (zip bombs);
* the manifest: present, of this format and version (a newer one is named as such), valid;
* members and manifest list each other exactly; sizes agree; every member's SHA-256 matches (read with
  its declared size enforced); ``SHA256SUMS`` agrees;
* JSON members: UTF-8, valid JSON (no NaN, no duplicate keys), within the size limit, following the schema
  record by record; one case, the one the manifest names; no two records with the same key; counts as the
  manifest says.

Reading a member again later (:meth:`Bundle.open_member`, :meth:`Bundle.json`) hashes it again: a file
changed on disk after the checks is caught when it is read.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import itertools
import json
import os
import re
import stat
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, BinaryIO, Final, NoReturn

from hrdoc.services.exchange.bundle import crypto
from hrdoc.services.exchange.bundle.container import (
    FORMAT,
    FORMAT_VERSION,
    KEY_FIELD,
    MANIFEST,
    READ_CHUNK,
    SUMS,
    Limits,
    Member,
    name_problem,
)
from hrdoc.services.exchange.bundle.errors import ENCRYPTED_MESSAGE, TRUNCATED_MESSAGE, BundleError, Cancelled
from hrdoc.services.exchange.bundle.schema import BundleSchema, load, short

_LOCAL_HEADER: Final = struct.Struct("<4s5H3L2H")
_END_RECORD: Final = struct.Struct("<4s4H2LH")
_ZIP64_LOCATOR: Final = struct.Struct("<4sLQL")
_ZIP64_END_RECORD: Final = struct.Struct("<4sQ2H2L4Q")
_FLAG_ENCRYPTED: Final = 0x1 | 0x40 | 0x2000
_FLAG_UTF8: Final = 0x800
_DOS_DIRECTORY: Final = 0x10
# Bytes a directory entry may take on average: names here are short, so this is generous.
_DIRECTORY_BYTES_PER_ENTRY: Final = 512
_DEFAULT_LIMITS: Final = Limits()  # frozen: one instance serves every call


def _check_name(name: str) -> None:
    problem = name_problem(name)
    if problem is not None:
        raise BundleError(f"unsafe or unexpected member name {name!r}: {problem}")


# What zipfile and zlib raise on a damaged archive (besides BundleError from the decrypting stream).
_ZIP_ERRORS: Final = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    EOFError,
    ValueError,
    struct.error,
    OverflowError,
    NotImplementedError,
    IndexError,
    KeyError,
)


@contextlib.contextmanager
def _damaged(what: str = "") -> Iterator[None]:
    try:
        yield
    except _ZIP_ERRORS as err:
        detail = f"{what}: {err}" if what else str(err)
        raise BundleError(f"{TRUNCATED_MESSAGE} ({detail})" if detail else TRUNCATED_MESSAGE) from err
    except OSError as err:
        raise BundleError(f"cannot read the bundle: {err.strerror or err}", reason="io") from err


def _refuse(message: str) -> NoReturn:
    raise BundleError(message)


@dataclass(frozen=True)
class _Directory:
    entries: int
    offset: int
    size: int


def _read_directory_end(src: BinaryIO, file_size: int, limits: Limits) -> _Directory:
    """The end-of-archive record, which must close the file (no comment) and agree with the directory."""
    if file_size < _END_RECORD.size:
        _refuse(TRUNCATED_MESSAGE)
    src.seek(file_size - _END_RECORD.size)
    (signature, disk, directory_disk, disk_entries, entries, size, offset, comment) = _END_RECORD.unpack(
        src.read(_END_RECORD.size)
    )
    if signature != b"PK\x05\x06" or comment != 0:
        _refuse(f"{TRUNCATED_MESSAGE}: its end-of-archive record is missing")
    end = file_size - _END_RECORD.size
    # A zip64 end record, when there is one, comes first (its locator just before the end record); its
    # values count even where the plain record's fit (zipfile writes one from 2 GiB on).
    locator: tuple[Any, ...] = (b"",)
    if end >= _ZIP64_LOCATOR.size:
        src.seek(end - _ZIP64_LOCATOR.size)
        locator = _ZIP64_LOCATOR.unpack(src.read(_ZIP64_LOCATOR.size))
    if locator[0] == b"PK\x06\x07":
        _, _, record_at, disks = locator
        if disks > 1 or record_at + _ZIP64_END_RECORD.size > end - _ZIP64_LOCATOR.size:
            _refuse(f"{TRUNCATED_MESSAGE}: its zip64 end record is missing")
        src.seek(record_at)
        fields = _ZIP64_END_RECORD.unpack(src.read(_ZIP64_END_RECORD.size))
        if fields[0] != b"PK\x06\x06":
            _refuse(f"{TRUNCATED_MESSAGE}: its zip64 end record is missing")
        disk, directory_disk, disk_entries, entries, size, offset = fields[4:10]
        end = record_at
    elif 0xFFFF in (disk, directory_disk, disk_entries, entries) or 0xFFFFFFFF in (size, offset):
        _refuse(f"{TRUNCATED_MESSAGE}: its zip64 end record is missing")
    if disk != 0 or directory_disk != 0 or disk_entries != entries:
        _refuse("the bundle is a multi-part archive, which hrdoc does not read")
    if entries > limits.max_entries:
        _refuse(f"the bundle has {entries} members; at most {limits.max_entries} are allowed")
    if offset + size != end:
        _refuse(f"{TRUNCATED_MESSAGE}: its directory is not where its end record says")
    if size > max(1, entries) * _DIRECTORY_BYTES_PER_ENTRY:
        _refuse(f"the bundle's directory is {size} bytes for {entries} members, far more than names need")
    return _Directory(entries, offset, size)


def _check_entries(infos: list[zipfile.ZipInfo], limits: Limits) -> None:
    if len(infos) > limits.max_entries:
        _refuse(f"the bundle has {len(infos)} members; at most {limits.max_entries} are allowed")
    seen: set[str] = set()
    total = 0
    for info in infos:
        raw_name = info.orig_filename
        _check_name(raw_name)
        name = info.filename
        if name in seen:
            _refuse(f"the member {name} appears twice in the bundle")
        seen.add(name)
        file_type = stat.S_IFMT(info.external_attr >> 16)
        if file_type == stat.S_IFLNK:
            _refuse(f"the member {name} is a symbolic link; a bundle holds only plain files")
        if file_type not in (0, stat.S_IFREG) or info.external_attr & _DOS_DIRECTORY or info.is_dir():
            _refuse(f"the member {name} is a folder or a special file; a bundle holds only plain files")
        if info.flag_bits & _FLAG_ENCRYPTED:
            _refuse(f"the member {name} uses zip encryption, which hrdoc bundles never use")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            _refuse(f"the member {name} uses compression method {info.compress_type}, which hrdoc bundles never use")
        if info.file_size > limits.max_member_size:
            _refuse(f"the member {name} is too large ({info.file_size} bytes; the limit is {limits.max_member_size})")
        total += info.file_size
        if total > limits.max_total_size:
            _refuse(f"the bundle's members add up to more than the limit of {limits.max_total_size} bytes")
        if info.compress_type == zipfile.ZIP_STORED and info.file_size != info.compress_size:
            _refuse(f"{TRUNCATED_MESSAGE}: the member {name} has two different sizes")
        if info.file_size > limits.ratio_min_size and info.file_size > limits.max_ratio * max(1, info.compress_size):
            ratio = info.file_size // max(1, info.compress_size)
            _refuse(
                f"the member {name} would expand {ratio} times ({info.compress_size} bytes to {info.file_size}); "
                "refusing what looks like a zip bomb"
            )


def _check_spans(src: BinaryIO, infos: list[zipfile.ZipInfo], directory: _Directory) -> None:
    """Each member's local header and data must lie apart from the others' and before the directory."""
    spans: list[tuple[int, int, str]] = []
    local_names: list[tuple[zipfile.ZipInfo, str]] = []
    for info in infos:
        src.seek(info.header_offset)
        header = src.read(_LOCAL_HEADER.size)
        if len(header) < _LOCAL_HEADER.size or header[:4] != b"PK\x03\x04":
            _refuse(f"{TRUNCATED_MESSAGE}: the member {info.filename} has no local header")
        fields = _LOCAL_HEADER.unpack(header)
        flags, name_length, extra_length = fields[2], fields[9], fields[10]
        raw_name = src.read(name_length)
        local_names.append((info, raw_name.decode("utf-8" if flags & _FLAG_UTF8 else "cp437", "replace")))
        start = info.header_offset
        spans.append(
            (start, start + _LOCAL_HEADER.size + name_length + extra_length + info.compress_size, info.filename)
        )
    spans.sort()
    for (_, end, first), (start, _, second) in itertools.pairwise(spans):
        if start < end:
            _refuse(f"the members {first} and {second} overlap in the archive (a zip bomb, or a damaged archive)")
    if spans and spans[-1][1] > directory.offset:
        _refuse(f"the member {spans[-1][2]} runs into the archive's directory (a zip bomb, or a damaged archive)")
    for info, local_name in local_names:
        if local_name != info.orig_filename:
            _refuse(f"{TRUNCATED_MESSAGE}: the member {info.filename} has another name in its local header")


class _DuplicateKey(ValueError):
    pass


def _object_without_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKey(f"the key {key!r} appears twice in one object")
            seen.add(key)
    return obj


def _no_constant(name: str) -> NoReturn:
    raise _DuplicateKey(f"{name} is not a JSON number")


def parse_json(name: str, data: bytes) -> Any:
    """Strict JSON: UTF-8, no NaN or Infinity, no key twice in an object."""
    if data.startswith(b"\xef\xbb\xbf") or b"\x00" in data[:4]:
        _refuse(f"{name} is not UTF-8 JSON")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise BundleError(f"{name} is not UTF-8 text (byte {err.start})") from None
    try:
        return json.loads(text, object_pairs_hook=_object_without_duplicates, parse_constant=_no_constant)
    except json.JSONDecodeError as err:
        raise BundleError(f"{name} is not valid JSON (line {err.lineno}, column {err.colno}: {err.msg})") from None
    except _DuplicateKey as err:
        raise BundleError(f"{name} is not valid JSON for hrdoc: {err}") from None
    except RecursionError:
        raise BundleError(f"{name} nests too deeply to be read") from None
    except ValueError as err:  # e.g. an integer with thousands of digits
        raise BundleError(f"{name} is not valid JSON ({err})") from None


class _VerifyingReader(io.RawIOBase):
    """A member's bytes as a stream; at its end, checks its size and SHA-256 against the manifest."""

    def __init__(self, zf: zipfile.ZipFile, info: zipfile.ZipInfo, member: Member) -> None:
        super().__init__()
        self._member = member
        with _damaged(member.name):
            self._src = zf.open(info)
        self._sha = hashlib.sha256()
        self._size = 0
        self._verified = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any, /) -> int:
        view = memoryview(buffer).cast("B")
        want = min(len(view), self._member.size - self._size + 1)
        with _damaged(self._member.name):
            data = self._src.read(want) if want > 0 else b""
        if data:
            self._size += len(data)
            if self._size > self._member.size:
                _refuse(f"{self._member.name} is longer than the manifest says (altered or damaged)")
            self._sha.update(data)
            view[: len(data)] = data
            return len(data)
        if not self._verified:
            if self._size != self._member.size:
                _refuse(f"{self._member.name} is shorter than the manifest says ({TRUNCATED_MESSAGE})")
            if self._sha.hexdigest() != self._member.sha256:
                _refuse(f"{self._member.name} does not match its SHA-256 in the manifest (altered or damaged)")
            self._verified = True
        return 0

    def close(self) -> None:
        if not self.closed:
            self._src.close()
        super().close()


class Bundle:
    """A bundle that passed every check of :func:`open_bundle`. Close it (or use ``with``) when done."""

    def __init__(self, path: Path, stream: BinaryIO, zf: zipfile.ZipFile, *, encrypted: bool, limits: Limits) -> None:
        self.path = path
        self.encrypted = encrypted
        self.limits = limits
        self.manifest: dict[str, Any] = {}
        self._stream = stream
        self._zip = zf
        self._infos = {info.filename: info for info in zf.infolist()}
        self._members: dict[str, Member] = {}

    def __enter__(self) -> Bundle:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self._zip.close()
        self._stream.close()

    def members(self) -> dict[str, Member]:
        """Every member the manifest lists (all but manifest.json and SHA256SUMS), by name."""
        return dict(self._members)

    def evidence(self) -> dict[str, Member]:
        """The evidence members, by evidence item id."""
        return {name.removeprefix("evidence/"): m for name, m in self._members.items() if name.startswith("evidence/")}

    def open_member(self, name: str) -> BinaryIO:
        """A member's bytes, streamed; reading to its end raises :class:`BundleError` if they changed."""
        member = self._members.get(name)
        if member is None:
            raise KeyError(f"the bundle has no member {name}")
        return io.BufferedReader(_VerifyingReader(self._zip, self._infos[name], member), READ_CHUNK)

    def chunks(self, name: str, size: int = READ_CHUNK) -> Iterator[bytes]:
        """A member's bytes in pieces of at most ``size``, checked as :meth:`open_member` does."""
        with self.open_member(name) as fh:
            while block := fh.read(size):
                yield block

    def read(self, name: str) -> bytes:
        """A member's bytes, whole (for the small ones: JSON, README.txt), checked."""
        if name == MANIFEST:
            return self._read_unlisted(MANIFEST)
        with self.open_member(name) as fh:
            return fh.read()

    def json(self, name: str) -> Any:
        """A JSON member, read and hashed again (what was checked), parsed. Not cached: keep what you need."""
        if name == MANIFEST:
            return self.manifest
        return parse_json(name, self.read(name))

    def _read_unlisted(self, name: str) -> bytes:
        info = self._infos.get(name)
        if info is None:
            _refuse(f"this is not an hrdoc bundle: it has no {name}")
        if info.file_size > self.limits.max_json_size:
            _refuse(f"{name} is too large ({info.file_size} bytes; the limit is {self.limits.max_json_size})")
        with _damaged(name), self._zip.open(info) as fh:
            data = fh.read(info.file_size + 1)
        if len(data) != info.file_size:
            _refuse(f"{name} does not have the size the archive says ({TRUNCATED_MESSAGE})")
        return data

    # ----------------------------------------------------------------------------------------- validation

    def _validate(self, schema: BundleSchema, progress: CheckProgress | None = None) -> None:
        manifest_bytes = self._read_unlisted(MANIFEST)
        manifest = parse_json(MANIFEST, manifest_bytes)
        self._check_manifest(manifest, schema)
        self.manifest = manifest
        self._members = {
            name: Member(name, entry["sha256"], entry["size"]) for name, entry in sorted(manifest["members"].items())
        }
        self._check_sums(hashlib.sha256(manifest_bytes).hexdigest())
        in_archive = set(self._infos) - {MANIFEST, SUMS}
        for name in sorted(in_archive - set(self._members)):
            _refuse(f"the member {name} is in the bundle but not in its manifest")
        for name in sorted(set(self._members) - in_archive):
            _refuse(f"the manifest lists {name}, which is not in the bundle")
        for name, member in self._members.items():
            info = self._infos[name]
            if info.file_size != member.size:
                _refuse(f"the member {name} is {info.file_size} bytes in the archive but {member.size} in the manifest")
            if schema.is_json_member(name) and member.size > self.limits.max_json_size:
                _refuse(f"{name} is too large ({member.size} bytes; the limit is {self.limits.max_json_size})")
        # Small members first, then the evidence in the order it lies in the archive.
        order = sorted(self._members, key=lambda n: (n.startswith("evidence/"), self._infos[n].header_offset))
        total = sum(member.size for member in self._members.values())
        done = 0
        for name in order:
            if schema.is_json_member(name):
                self._check_json(name, schema)
                done += self._members[name].size
                _checked(progress, done, total)
            else:
                for chunk in self.chunks(name):
                    done += len(chunk)
                    _checked(progress, done, total)
        for kind, counted in self.manifest["record_counts"].items():
            if counted and f"records/{kind}.json" not in self._members:
                _refuse(f"the manifest counts {counted} record(s) of {kind}, but the bundle has no records/{kind}.json")

    def _check_manifest(self, manifest: Any, schema: BundleSchema) -> None:
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            _refuse("this is not an hrdoc bundle: its manifest.json is not that of an hrdoc bundle")
        version = manifest.get("format_version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            _refuse(f"this bundle's format version {short(version)} is not one hrdoc knows")
        if version > FORMAT_VERSION:
            raise BundleError(
                f"this bundle was made by a newer hrdoc (format {version}; this hrdoc reads format "
                f"{FORMAT_VERSION}); install the newer hrdoc to import it",
                reason="newer",
            )
        problem = schema.manifest_problem(manifest)
        if problem is not None:
            _refuse(f"manifest.json: {problem}")

    def _check_sums(self, manifest_sha256: str) -> None:
        info = self._infos.get(SUMS)
        if info is None:
            _refuse(f"the bundle has no {SUMS}")
        text = self._read_unlisted(SUMS)
        try:
            lines = text.decode("ascii").splitlines()
        except UnicodeDecodeError:
            _refuse(f"{SUMS} is not plain text")
        expected = {name: m.sha256 for name, m in self._members.items()}
        expected[MANIFEST] = manifest_sha256
        listed: dict[str, str] = {}
        for number, line in enumerate(lines, 1):
            match = re.fullmatch(r"([0-9a-f]{64}) [ *](\S+)", line)
            if match is None:
                _refuse(f"{SUMS}, line {number}, is not of the form '<sha256>  <name>'")
            digest, name = match.groups()
            if name in listed:
                _refuse(f"{SUMS} lists {name} twice")
            listed[name] = digest
        if listed.keys() != expected.keys():
            names = sorted(listed.keys() ^ expected.keys())
            _refuse(f"{SUMS} and the manifest do not list the same members ({', '.join(names[:5])})")
        for name, digest in listed.items():
            if digest != expected[name]:
                what = "manifest.json's actual hash" if name == MANIFEST else "the manifest"
                _refuse(f"{SUMS} gives {name} another SHA-256 than {what}")

    def _check_json(self, name: str, schema: BundleSchema) -> None:
        value = parse_json(name, self.read(name))
        if not isinstance(value, list):
            _refuse(f"{name} should hold a JSON array")
        kind = name.removeprefix("records/").removesuffix(".json") if name.startswith("records/") else None
        key_field = KEY_FIELD.get(kind or "", "id")
        keys: set[Any] = set()
        for index, item in enumerate(value):
            problem = schema.item_problem(name, item)
            if problem is not None:
                ident = item.get(key_field) if isinstance(item, dict) else None
                which = f"record {index + 1}" + (f" ({key_field} {short(ident)})" if ident is not None else "")
                _refuse(f"{name}, {which}: {problem}")
            if kind is not None:
                key = item[key_field]
                if key in keys:
                    _refuse(f"{name} has two records with {key_field} {key}")
                keys.add(key)
        if kind is None:
            return
        counted = self.manifest["record_counts"].get(kind)
        if counted != len(value):
            _refuse(f"the manifest counts {counted} record(s) of {kind}, but {name} holds {len(value)}")
        if kind == "case":
            if len(value) != 1:
                _refuse(f"{name} holds {len(value)} cases; a bundle holds exactly one")
            if value[0]["id"] != self.manifest["case"]["id"]:
                _refuse(f"the manifest names case {self.manifest['case']['id']}, but {name} holds another")


CheckProgress = Callable[[int, int], bool | None]
"""Told (bytes of the members checked, in all) while a bundle is checked; returning False cancels."""


def _checked(progress: CheckProgress | None, done: int, total: int) -> None:
    if progress is not None and progress(done, total) is False:
        raise Cancelled()


def open_bundle(
    path: Path,
    *,
    passphrase: str | None = None,
    limits: Limits = _DEFAULT_LIMITS,
    progress: CheckProgress | None = None,
) -> Bundle:
    """Open a bundle and check all of it (see the module's documentation); raises :class:`BundleError`, or
    :class:`Cancelled` once ``progress`` returns False.

    The passphrase is used only if the bundle is encrypted. Nothing is written anywhere.
    """
    try:
        raw: BinaryIO = path.open("rb")
    except OSError as err:
        raise BundleError(f"cannot read {path}: {err.strerror or err}", reason="io") from err
    stream: BinaryIO = raw
    try:
        head = raw.read(len(crypto.MAGIC))
        encrypted = crypto.is_encrypted(head)
        if encrypted:
            if passphrase is None:
                raise BundleError(ENCRYPTED_MESSAGE, reason="encrypted")
            stream = crypto.DecryptingReader(raw, passphrase)  # type: ignore[assignment]
        elif not head:
            _refuse(f"{path.name} is empty: it is not an hrdoc bundle")
        elif not head.startswith(b"PK\x03\x04"):
            _refuse(f"{path.name} is not an hrdoc bundle (neither a zip archive nor an encrypted bundle)")
        with _damaged():
            stream.seek(0, os.SEEK_END)
            directory = _read_directory_end(stream, stream.tell(), limits)
            stream.seek(0)
            zf = zipfile.ZipFile(stream)
        try:
            infos = zf.infolist()
            if len(infos) != directory.entries or zf.start_dir != directory.offset:
                _refuse(f"{TRUNCATED_MESSAGE}: its directory does not agree with its end record")
            _check_entries(infos, limits)
            with _damaged():
                _check_spans(stream, infos, directory)
            bundle = Bundle(path, stream, zf, encrypted=encrypted, limits=limits)
            bundle._validate(load(), progress)
        except BaseException:
            zf.close()
            raise
    except BaseException:
        stream.close()
        raw.close()
        raise
    return bundle
