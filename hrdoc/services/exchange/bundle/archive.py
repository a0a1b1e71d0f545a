"""The structure of a bundle's zip archive, checked before :mod:`zipfile` is trusted with it (see
:mod:`hrdoc.services.exchange.bundle.reader`, which reads bundles): the end-of-archive record must close the file
and agree with the directory; members must be plain files with safe names, within the limits, stored or
deflated, and lie apart from each other and from the directory (no zip bombs).
"""

from __future__ import annotations

import contextlib
import itertools
import stat
import struct
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO, Final, NoReturn

from hrdoc.domain.errors import Phrase
from hrdoc.domain.marks import N_
from hrdoc.services.exchange.bundle.container import Limits, name_problem
from hrdoc.services.exchange.bundle.errors import TRUNCATED_MESSAGE, BundleError

_LOCAL_HEADER: Final = struct.Struct("<4s5H3L2H")
_END_RECORD: Final = struct.Struct("<4s4H2LH")
_ZIP64_LOCATOR: Final = struct.Struct("<4sLQL")
_ZIP64_END_RECORD: Final = struct.Struct("<4sQ2H2L4Q")
_FLAG_ENCRYPTED: Final = 0x1 | 0x40 | 0x2000
_FLAG_UTF8: Final = 0x800
_DOS_DIRECTORY: Final = 0x10
# Bytes a directory entry may take on average: names here are short, so this is generous.
_DIRECTORY_BYTES_PER_ENTRY: Final = 512


def check_name(name: str) -> None:
    problem = name_problem(name)
    if problem is not None:
        raise BundleError(N_("unsafe or unexpected member name {name}: {fault}"), name=repr(name), fault=problem)


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
def damaged(what: str = "") -> Iterator[None]:
    try:
        yield
    except _ZIP_ERRORS as err:
        detail = f"{what}: {err}" if what else str(err)
        raise (
            BundleError(N_("{message} ({detail})"), message=Phrase(TRUNCATED_MESSAGE), detail=detail)
            if detail
            else BundleError(TRUNCATED_MESSAGE)
        ) from err
    except OSError as err:
        raise BundleError(N_("cannot read the bundle: {cause}"), cause=err.strerror or err, reason="io") from err


def refuse(message: str) -> NoReturn:
    raise BundleError(message)


@dataclass(frozen=True)
class Directory:
    entries: int
    offset: int
    size: int


def read_directory_end(src: BinaryIO, file_size: int, limits: Limits) -> Directory:
    """The end-of-archive record, which must close the file (no comment) and agree with the directory."""
    if file_size < _END_RECORD.size:
        refuse(TRUNCATED_MESSAGE)
    src.seek(file_size - _END_RECORD.size)
    (signature, disk, directory_disk, disk_entries, entries, size, offset, comment) = _END_RECORD.unpack(
        src.read(_END_RECORD.size)
    )
    if signature != b"PK\x05\x06" or comment != 0:
        refuse(
            Phrase(
                N_("{truncated_message}: its end-of-archive record is missing"),
                truncated_message=Phrase(TRUNCATED_MESSAGE),
            )
        )
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
            refuse(
                Phrase(
                    N_("{truncated_message}: its zip64 end record is missing"),
                    truncated_message=Phrase(TRUNCATED_MESSAGE),
                )
            )
        src.seek(record_at)
        fields = _ZIP64_END_RECORD.unpack(src.read(_ZIP64_END_RECORD.size))
        if fields[0] != b"PK\x06\x06":
            refuse(
                Phrase(
                    N_("{truncated_message}: its zip64 end record is missing"),
                    truncated_message=Phrase(TRUNCATED_MESSAGE),
                )
            )
        disk, directory_disk, disk_entries, entries, size, offset = fields[4:10]
        end = record_at
    elif 0xFFFF in (disk, directory_disk, disk_entries, entries) or 0xFFFFFFFF in (size, offset):
        refuse(
            Phrase(
                N_("{truncated_message}: its zip64 end record is missing"), truncated_message=Phrase(TRUNCATED_MESSAGE)
            )
        )
    if disk != 0 or directory_disk != 0 or disk_entries != entries:
        refuse(N_("the bundle is a multi-part archive, which hrdoc does not read"))
    if entries > limits.max_entries:
        refuse(
            Phrase(
                N_("the bundle has {entries} members; at most {max_entries} are allowed"),
                entries=entries,
                max_entries=limits.max_entries,
            )
        )
    if offset + size != end:
        refuse(
            Phrase(
                N_("{truncated_message}: its directory is not where its end record says"),
                truncated_message=Phrase(TRUNCATED_MESSAGE),
            )
        )
    if size > max(1, entries) * _DIRECTORY_BYTES_PER_ENTRY:
        refuse(
            Phrase(
                N_("the bundle's directory is {size} bytes for {entries} members, far more than names need"),
                size=size,
                entries=entries,
            )
        )
    return Directory(entries, offset, size)


def check_entries(infos: list[zipfile.ZipInfo], limits: Limits) -> None:
    if len(infos) > limits.max_entries:
        refuse(
            Phrase(
                N_("the bundle has {count} members; at most {max_entries} are allowed"),
                count=len(infos),
                max_entries=limits.max_entries,
            )
        )
    seen: set[str] = set()
    total = 0
    for info in infos:
        raw_name = info.orig_filename
        check_name(raw_name)
        name = info.filename
        if name in seen:
            refuse(Phrase(N_("the member {name} appears twice in the bundle"), name=name))
        seen.add(name)
        file_type = stat.S_IFMT(info.external_attr >> 16)
        if file_type == stat.S_IFLNK:
            refuse(Phrase(N_("the member {name} is a symbolic link; a bundle holds only plain files"), name=name))
        if file_type not in (0, stat.S_IFREG) or info.external_attr & _DOS_DIRECTORY or info.is_dir():
            refuse(
                Phrase(
                    N_("the member {name} is a folder or a special file; a bundle holds only plain files"), name=name
                )
            )
        if info.flag_bits & _FLAG_ENCRYPTED:
            refuse(Phrase(N_("the member {name} uses zip encryption, which hrdoc bundles never use"), name=name))
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            refuse(
                Phrase(
                    N_("the member {name} uses compression method {compress_type}, which hrdoc bundles never use"),
                    name=name,
                    compress_type=info.compress_type,
                )
            )
        if info.file_size > limits.max_member_size:
            refuse(
                Phrase(
                    N_("the member {name} is too large ({file_size} bytes; the limit is {max_member_size})"),
                    name=name,
                    file_size=info.file_size,
                    max_member_size=limits.max_member_size,
                )
            )
        total += info.file_size
        if total > limits.max_total_size:
            refuse(
                Phrase(
                    N_("the bundle's members add up to more than the limit of {max_total_size} bytes"),
                    max_total_size=limits.max_total_size,
                )
            )
        if info.compress_type == zipfile.ZIP_STORED and info.file_size != info.compress_size:
            refuse(
                Phrase(
                    N_("{truncated_message}: the member {name} has two different sizes"),
                    truncated_message=Phrase(TRUNCATED_MESSAGE),
                    name=name,
                )
            )
        if info.file_size > limits.ratio_min_size and info.file_size > limits.max_ratio * max(1, info.compress_size):
            ratio = info.file_size // max(1, info.compress_size)
            refuse(
                Phrase(
                    N_(
                        "the member {name} would expand {ratio} times ({compress_size} bytes to {file_size}); "
                        "refusing what looks like a zip bomb"
                    ),
                    name=name,
                    ratio=ratio,
                    compress_size=info.compress_size,
                    file_size=info.file_size,
                )
            )


def check_spans(src: BinaryIO, infos: list[zipfile.ZipInfo], directory: Directory) -> None:
    """Each member's local header and data must lie apart from the others' and before the directory."""
    spans: list[tuple[int, int, str]] = []
    local_names: list[tuple[zipfile.ZipInfo, str]] = []
    for info in infos:
        src.seek(info.header_offset)
        header = src.read(_LOCAL_HEADER.size)
        if len(header) < _LOCAL_HEADER.size or header[:4] != b"PK\x03\x04":
            refuse(
                Phrase(
                    N_("{truncated_message}: the member {filename} has no local header"),
                    truncated_message=Phrase(TRUNCATED_MESSAGE),
                    filename=info.filename,
                )
            )
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
            refuse(
                Phrase(
                    N_("the members {first} and {second} overlap in the archive (a zip bomb, or a damaged archive)"),
                    first=first,
                    second=second,
                )
            )
    if spans and spans[-1][1] > directory.offset:
        refuse(
            Phrase(
                N_("the member {spans} runs into the archive's directory (a zip bomb, or a damaged archive)"),
                spans=spans[-1][2],
            )
        )
    for info, local_name in local_names:
        if local_name != info.orig_filename:
            refuse(
                Phrase(
                    N_("{truncated_message}: the member {filename} has another name in its local header"),
                    truncated_message=Phrase(TRUNCATED_MESSAGE),
                    filename=info.filename,
                )
            )
