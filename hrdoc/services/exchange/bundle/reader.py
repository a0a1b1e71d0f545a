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

from hrdoc.domain.errors import Phrase
from hrdoc.domain.marks import N_
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
        refuse(Phrase(N_("{name} is not UTF-8 JSON"), name=name))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise BundleError(N_("{name} is not UTF-8 text (byte {start})"), name=name, start=err.start) from None
    try:
        return json.loads(text, object_pairs_hook=_object_without_duplicates, parse_constant=_no_constant)
    except json.JSONDecodeError as err:
        raise BundleError(
            N_("{name} is not valid JSON (line {lineno}, column {colno}: {msg})"),
            name=name,
            lineno=err.lineno,
            colno=err.colno,
            msg=err.msg,
        ) from None
    except _DuplicateKey as err:
        raise BundleError(N_("{name} is not valid JSON for hrdoc: {err}"), name=name, err=err) from None
    except RecursionError:
        raise BundleError(N_("{name} nests too deeply to be read"), name=name) from None
    except ValueError as err:  # e.g. an integer with thousands of digits
        raise BundleError(N_("{name} is not valid JSON ({err})"), name=name, err=err) from None


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
                refuse(
                    Phrase(N_("{name} is longer than the manifest says (altered or damaged)"), name=self._member.name)
                )
            self._sha.update(data)
            view[: len(data)] = data
            return len(data)
        if not self._verified:
            if self._size != self._member.size:
                refuse(
                    Phrase(
                        N_("{name} is shorter than the manifest says ({truncated_message})"),
                        name=self._member.name,
                        truncated_message=Phrase(TRUNCATED_MESSAGE),
                    )
                )
            if self._sha.hexdigest() != self._member.sha256:
                refuse(
                    Phrase(
                        N_("{name} does not match its SHA-256 in the manifest (altered or damaged)"),
                        name=self._member.name,
                    )
                )
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
            refuse(Phrase(N_("this is not an hrdoc bundle: it has no {name}"), name=name))
        if info.file_size > self.limits.max_json_size:
            refuse(
                Phrase(
                    N_("{name} is too large ({file_size} bytes; the limit is {max_json_size})"),
                    name=name,
                    file_size=info.file_size,
                    max_json_size=self.limits.max_json_size,
                )
            )
        with damaged(name), self._zip.open(info) as fh:
            data = fh.read(info.file_size + 1)
        if len(data) != info.file_size:
            refuse(
                Phrase(
                    N_("{name} does not have the size the archive says ({truncated_message})"),
                    name=name,
                    truncated_message=Phrase(TRUNCATED_MESSAGE),
                )
            )
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
            refuse(Phrase(N_("the member {name} is in the bundle but not in its manifest"), name=name))
        for name in sorted(set(self._members) - in_archive):
            refuse(Phrase(N_("the manifest lists {name}, which is not in the bundle"), name=name))
        for name, member in self._members.items():
            info = self._infos[name]
            if info.file_size != member.size:
                refuse(
                    Phrase(
                        N_("the member {name} is {file_size} bytes in the archive but {size} in the manifest"),
                        name=name,
                        file_size=info.file_size,
                        size=member.size,
                    )
                )
            if schema.is_json_member(name) and member.size > self.limits.max_json_size:
                refuse(
                    Phrase(
                        N_("{name} is too large ({size} bytes; the limit is {max_json_size})"),
                        name=name,
                        size=member.size,
                        max_json_size=self.limits.max_json_size,
                    )
                )
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
                refuse(
                    Phrase(
                        N_(
                            "the manifest counts {counted} record(s) of {kind_name}, but the bundle has no "
                            "records/{kind_name}.json"
                        ),
                        counted=counted,
                        kind_name=kind,
                    )
                )

    def _check_manifest(self, manifest: Any, schema: BundleSchema) -> None:
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            refuse(N_("this is not an hrdoc bundle: its manifest.json is not that of an hrdoc bundle"))
        version = manifest.get("format_version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            refuse(Phrase(N_("this bundle's format version {version} is not one hrdoc knows"), version=short(version)))
        if version > FORMAT_VERSION:
            raise BundleError(
                N_(
                    "this bundle was made by a newer hrdoc (format {version}; this hrdoc reads format "
                    "{format_version}); install the newer hrdoc to import it"
                ),
                version=version,
                format_version=FORMAT_VERSION,
                reason="newer",
            )
        problem = schema.manifest_problem(manifest)
        if problem is not None:
            refuse(Phrase(N_("manifest.json: {fault}"), fault=problem))

    def _check_sums(self, manifest_sha256: str) -> None:
        info = self._infos.get(SUMS)
        if info is None:
            refuse(Phrase(N_("the bundle has no {sums}"), sums=SUMS))
        text = self._read_unlisted(SUMS)
        try:
            lines = text.decode("ascii").splitlines()
        except UnicodeDecodeError:
            refuse(Phrase(N_("{sums} is not plain text"), sums=SUMS))
        expected = {name: m.sha256 for name, m in self._members.items()}
        expected[MANIFEST] = manifest_sha256
        listed: dict[str, str] = {}
        for number, line in enumerate(lines, 1):
            match = re.fullmatch(r"([0-9a-f]{64}) [ *](\S+)", line)
            if match is None:
                refuse(
                    Phrase(N_("{sums}, line {number}, is not of the form '<sha256>  <name>'"), sums=SUMS, number=number)
                )
            digest, name = match.groups()
            if name in listed:
                refuse(Phrase(N_("{sums} lists {name} twice"), sums=SUMS, name=name))
            listed[name] = digest
        if listed.keys() != expected.keys():
            names = sorted(listed.keys() ^ expected.keys())
            refuse(
                Phrase(
                    N_("{sums} and the manifest do not list the same members ({names})"),
                    sums=SUMS,
                    names=", ".join(names[:5]),
                )
            )
        for name, digest in listed.items():
            if digest != expected[name]:
                what = "manifest.json's actual hash" if name == MANIFEST else "the manifest"
                refuse(Phrase(N_("{sums} gives {name} another SHA-256 than {what}"), sums=SUMS, name=name, what=what))

    def _check_json(self, name: str, schema: BundleSchema) -> None:
        value = parse_json(name, self.read(name))
        if not isinstance(value, list):
            refuse(Phrase(N_("{name} should hold a JSON array"), name=name))
        kind = name.removeprefix("records/").removesuffix(".json") if name.startswith("records/") else None
        key_field = KEY_FIELD.get(kind or "", "id")
        keys: set[Any] = set()
        for index, item in enumerate(value):
            problem = schema.item_problem(name, item)
            if problem is not None:
                ident = item.get(key_field) if isinstance(item, dict) else None
                which = f"record {index + 1}" + (f" ({key_field} {short(ident)})" if ident is not None else "")
                refuse(Phrase(N_("{name}, {which}: {fault}"), name=name, which=which, fault=problem))
            if kind is not None:
                key = item[key_field]
                if key in keys:
                    refuse(
                        Phrase(
                            N_("{name} has two records with {key_field} {key}"), name=name, key_field=key_field, key=key
                        )
                    )
                keys.add(key)
        if kind is None:
            return
        counted = self.manifest["record_counts"].get(kind)
        if counted != len(value):
            refuse(
                Phrase(
                    N_("the manifest counts {counted} record(s) of {kind_name}, but {name} holds {count}"),
                    counted=counted,
                    kind_name=kind,
                    name=name,
                    count=len(value),
                )
            )
        if kind == "case":
            if len(value) != 1:
                refuse(
                    Phrase(N_("{name} holds {count} cases; a bundle holds exactly one"), name=name, count=len(value))
                )
            if value[0]["id"] != self.manifest["case"]["id"]:
                refuse(
                    Phrase(
                        N_("the manifest names case {id}, but {name} holds another"),
                        id=self.manifest["case"]["id"],
                        name=name,
                    )
                )


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
        raise BundleError(N_("cannot read {path}: {cause}"), path=path, cause=err.strerror or err, reason="io") from err
    stream: BinaryIO = raw
    try:
        head = raw.read(len(crypto.MAGIC))
        encrypted = crypto.is_encrypted(head)
        if encrypted:
            if passphrase is None:
                raise BundleError(ENCRYPTED_MESSAGE, reason="encrypted")
            stream = crypto.DecryptingReader(raw, passphrase)  # type: ignore[assignment]
        elif not head:
            refuse(Phrase(N_("{name} is empty: it is not an hrdoc bundle"), name=path.name))
        elif not head.startswith(b"PK\x03\x04"):
            refuse(
                Phrase(
                    N_("{name} is not an hrdoc bundle (neither a zip archive nor an encrypted bundle)"), name=path.name
                )
            )
        with damaged():
            stream.seek(0, os.SEEK_END)
            directory = read_directory_end(stream, stream.tell(), limits)
            stream.seek(0)
            zf = zipfile.ZipFile(stream)
        try:
            infos = zf.infolist()
            if len(infos) != directory.entries or zf.start_dir != directory.offset:
                refuse(
                    Phrase(
                        N_("{truncated_message}: its directory does not agree with its end record"),
                        truncated_message=Phrase(TRUNCATED_MESSAGE),
                    )
                )
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
