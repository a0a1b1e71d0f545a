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

import hashlib
import io
import json
import os
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import Any, BinaryIO, Final, NoReturn

from hrdoc.domain.progress import Progress
from hrdoc.services.exchange.bundle import crypto
from hrdoc.services.exchange.bundle.archive import check_entries, check_spans, damaged, read_directory_end, refuse
from hrdoc.services.exchange.bundle.container import (
    FORMAT,
    FORMAT_VERSION,
    KEY_FIELD,
    MANIFEST,
    READ_CHUNK,
    SUMS,
    Limits,
    Member,
)
from hrdoc.services.exchange.bundle.errors import ENCRYPTED_MESSAGE, TRUNCATED_MESSAGE, BundleError
from hrdoc.services.exchange.bundle.schema import BundleSchema, load, short

_DEFAULT_LIMITS: Final = Limits()  # frozen: one instance serves every call


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
        refuse(f"{name} is not UTF-8 JSON")
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
        with damaged(member.name):
            self._src = zf.open(info)
        self._sha = hashlib.sha256()
        self._size = 0
        self._verified = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any, /) -> int:
        view = memoryview(buffer).cast("B")
        want = min(len(view), self._member.size - self._size + 1)
        with damaged(self._member.name):
            data = self._src.read(want) if want > 0 else b""
        if data:
            self._size += len(data)
            if self._size > self._member.size:
                refuse(f"{self._member.name} is longer than the manifest says (altered or damaged)")
            self._sha.update(data)
            view[: len(data)] = data
            return len(data)
        if not self._verified:
            if self._size != self._member.size:
                refuse(f"{self._member.name} is shorter than the manifest says ({TRUNCATED_MESSAGE})")
            if self._sha.hexdigest() != self._member.sha256:
                refuse(f"{self._member.name} does not match its SHA-256 in the manifest (altered or damaged)")
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
            refuse(f"this is not an hrdoc bundle: it has no {name}")
        if info.file_size > self.limits.max_json_size:
            refuse(f"{name} is too large ({info.file_size} bytes; the limit is {self.limits.max_json_size})")
        with damaged(name), self._zip.open(info) as fh:
            data = fh.read(info.file_size + 1)
        if len(data) != info.file_size:
            refuse(f"{name} does not have the size the archive says ({TRUNCATED_MESSAGE})")
        return data

    # ----------------------------------------------------------------------------------------- validation

    def _validate(self, schema: BundleSchema, progress: Progress | None = None) -> None:
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
            refuse(f"the member {name} is in the bundle but not in its manifest")
        for name in sorted(set(self._members) - in_archive):
            refuse(f"the manifest lists {name}, which is not in the bundle")
        for name, member in self._members.items():
            info = self._infos[name]
            if info.file_size != member.size:
                refuse(f"the member {name} is {info.file_size} bytes in the archive but {member.size} in the manifest")
            if schema.is_json_member(name) and member.size > self.limits.max_json_size:
                refuse(f"{name} is too large ({member.size} bytes; the limit is {self.limits.max_json_size})")
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
                refuse(f"the manifest counts {counted} record(s) of {kind}, but the bundle has no records/{kind}.json")

    def _check_manifest(self, manifest: Any, schema: BundleSchema) -> None:
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            refuse("this is not an hrdoc bundle: its manifest.json is not that of an hrdoc bundle")
        version = manifest.get("format_version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            refuse(f"this bundle's format version {short(version)} is not one hrdoc knows")
        if version > FORMAT_VERSION:
            raise BundleError(
                f"this bundle was made by a newer hrdoc (format {version}; this hrdoc reads format "
                f"{FORMAT_VERSION}); install the newer hrdoc to import it",
                reason="newer",
            )
        problem = schema.manifest_problem(manifest)
        if problem is not None:
            refuse(f"manifest.json: {problem}")

    def _check_sums(self, manifest_sha256: str) -> None:
        info = self._infos.get(SUMS)
        if info is None:
            refuse(f"the bundle has no {SUMS}")
        text = self._read_unlisted(SUMS)
        try:
            lines = text.decode("ascii").splitlines()
        except UnicodeDecodeError:
            refuse(f"{SUMS} is not plain text")
        expected = {name: m.sha256 for name, m in self._members.items()}
        expected[MANIFEST] = manifest_sha256
        listed: dict[str, str] = {}
        for number, line in enumerate(lines, 1):
            match = re.fullmatch(r"([0-9a-f]{64}) [ *](\S+)", line)
            if match is None:
                refuse(f"{SUMS}, line {number}, is not of the form '<sha256>  <name>'")
            digest, name = match.groups()
            if name in listed:
                refuse(f"{SUMS} lists {name} twice")
            listed[name] = digest
        if listed.keys() != expected.keys():
            names = sorted(listed.keys() ^ expected.keys())
            refuse(f"{SUMS} and the manifest do not list the same members ({', '.join(names[:5])})")
        for name, digest in listed.items():
            if digest != expected[name]:
                what = "manifest.json's actual hash" if name == MANIFEST else "the manifest"
                refuse(f"{SUMS} gives {name} another SHA-256 than {what}")

    def _check_json(self, name: str, schema: BundleSchema) -> None:
        value = parse_json(name, self.read(name))
        if not isinstance(value, list):
            refuse(f"{name} should hold a JSON array")
        kind = name.removeprefix("records/").removesuffix(".json") if name.startswith("records/") else None
        key_field = KEY_FIELD.get(kind or "", "id")
        keys: set[Any] = set()
        for index, item in enumerate(value):
            problem = schema.item_problem(name, item)
            if problem is not None:
                ident = item.get(key_field) if isinstance(item, dict) else None
                which = f"record {index + 1}" + (f" ({key_field} {short(ident)})" if ident is not None else "")
                refuse(f"{name}, {which}: {problem}")
            if kind is not None:
                key = item[key_field]
                if key in keys:
                    refuse(f"{name} has two records with {key_field} {key}")
                keys.add(key)
        if kind is None:
            return
        counted = self.manifest["record_counts"].get(kind)
        if counted != len(value):
            refuse(f"the manifest counts {counted} record(s) of {kind}, but {name} holds {len(value)}")
        if kind == "case":
            if len(value) != 1:
                refuse(f"{name} holds {len(value)} cases; a bundle holds exactly one")
            if value[0]["id"] != self.manifest["case"]["id"]:
                refuse(f"the manifest names case {self.manifest['case']['id']}, but {name} holds another")


def _checked(progress: Progress | None, done: int, total: int) -> None:
    """Tell ``progress`` the bytes of the members checked so far, of all of them."""
    if progress is not None:
        progress(done, total, "checking the bundle")


def open_bundle(
    path: Path,
    *,
    passphrase: str | None = None,
    limits: Limits = _DEFAULT_LIMITS,
    progress: Progress | None = None,
) -> Bundle:
    """Open a bundle and check all of it (see the module's documentation); raises :class:`BundleError`.
    ``progress`` is told the bytes checked; a ``Cancelled`` it raises closes the bundle and passes through.

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
            refuse(f"{path.name} is empty: it is not an hrdoc bundle")
        elif not head.startswith(b"PK\x03\x04"):
            refuse(f"{path.name} is not an hrdoc bundle (neither a zip archive nor an encrypted bundle)")
        with damaged():
            stream.seek(0, os.SEEK_END)
            directory = read_directory_end(stream, stream.tell(), limits)
            stream.seek(0)
            zf = zipfile.ZipFile(stream)
        try:
            infos = zf.infolist()
            if len(infos) != directory.entries or zf.start_dir != directory.offset:
                refuse(f"{TRUNCATED_MESSAGE}: its directory does not agree with its end record")
            check_entries(infos, limits)
            with damaged():
                check_spans(stream, infos, directory)
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
