"""Reading an ACLED CSV file: its encoding and header checked on the first bytes, rows read (and hashed), with
progress; what an import reports (:class:`AcledImportReport`).
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import operator
import os
import re
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from hrdoc.domain.errors import Phrase
from hrdoc.domain.marks import N_
from hrdoc.domain.progress import Progress
from hrdoc.services.acled_values import ACLED_COLUMNS, DERIVED_COLUMNS, REQUIRED_COLUMNS
from hrdoc.services.tables import CsvError

HEAD_BYTES = 64 * 1024
BOM = "\ufeff"
_LINE_END = re.compile(rb"\r\n|\r|\n")


class _HashingReader(io.RawIOBase):
    """Serves ``head`` then the rest of ``raw``, hashing and counting every byte."""

    def __init__(self, head: bytes, raw: BinaryIO) -> None:
        self._head = head
        self._raw = raw
        self.sha = hashlib.sha256(head)
        self.size = len(head)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._raw.read(len(buffer))
        n = len(data)
        buffer[:n] = data
        self.sha.update(data)
        self.size += n
        return n


def _not_utf8(name: str, line: int) -> CsvError:
    return CsvError(
        N_(
            "{name} is not UTF-8 text (first bad character on line {line}); save it as UTF-8 CSV "
            "(Excel: 'CSV UTF-8'; LibreOffice: character set 'Unicode (UTF-8)') and import it "
            "again"
        ),
        name=name,
        line=line,
    )


def _check_head(name: str, head: bytes) -> str:
    """Refuse what is clearly not a UTF-8 CSV file; return the delimiter its first line uses."""
    if not head:
        raise CsvError(N_("{name} is empty"), name=name)
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "UTF-32"),
        (codecs.BOM_UTF32_BE, "UTF-32"),
        (codecs.BOM_UTF16_LE, "UTF-16"),
        (codecs.BOM_UTF16_BE, "UTF-16"),
    ):
        if head.startswith(bom):
            raise CsvError(
                N_("{name} is {encoding} text; save it as UTF-8 CSV (Excel: 'CSV UTF-8') and import it again"),
                name=name,
                encoding=encoding,
            )
    if b"\x00" in head:
        raise CsvError(N_("{name} is not a CSV file: it holds binary data"), name=name)
    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    try:
        text = decoder.decode(head, final=False)
    except UnicodeDecodeError as err:
        raise _not_utf8(name, len(_LINE_END.findall(head[: err.start])) + 1) from None
    first = re.split("\r\n|\r|\n", text, maxsplit=1)[0]
    counts = {d: first.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


@dataclass(frozen=True, slots=True)
class RowProblem:
    line: int
    message: str  # English; a Phrase or a text marked with N_, to be put in the user's language

    @property
    def phrase(self) -> Phrase:
        return self.message if isinstance(self.message, Phrase) else Phrase(self.message)

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


@dataclass
class AcledImportReport:
    """What an import did: counts, every rejected row with its line, and whether anything was kept."""

    file_name: str
    sha256: str = ""
    size: int = 0
    rows: int = 0
    imported: int = 0
    created: dict[str, int] = field(
        default_factory=lambda: dict.fromkeys(("incidents", "locations", "actors", "sources", "links", "figures"), 0)
    )
    rejected: list[RowProblem] = field(default_factory=list)
    skipped: list[RowProblem] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    strict: bool = False
    committed: bool = False
    cpu_seconds: dict[str, float] = field(default_factory=dict)
    """Processor time spent reading and checking the rows (``reading``: the reading process's, when it had
    one) and writing them (``writing``)."""

    @property
    def ok(self) -> bool:
        return not self.rejected

    def summary(self) -> Phrase:
        name, rows, rejected = self.file_name, self.rows, len(self.rejected)
        if not rows:
            return Phrase(N_("{name} has no rows to import (only its first line, the column names)"), name=name)
        if not self.committed and self.strict and rejected:
            return Phrase(
                N_(
                    "imported nothing from {name}: {rejected} of {rows} rows rejected (--strict: nothing is "
                    "imported while any row is rejected)"
                ),
                name=name,
                rejected=rejected,
                rows=rows,
            )
        if not self.committed:
            return Phrase(
                N_("imported nothing from {name}: {rejected} of {rows} rows rejected"),
                name=name,
                rejected=rejected,
                rows=rows,
            )
        c = self.created
        counts = {"places": c["locations"], "actors": c["actors"], "sources": c["sources"], "links": c["links"]}
        if rejected:
            return Phrase(
                N_(
                    "imported {imported} of {rows} rows from {name} as incidents; created {places} places, "
                    "{actors} actors, {sources} sources, {links} source links; {rejected} rows rejected"
                ),
                imported=self.imported,
                rows=rows,
                name=name,
                rejected=rejected,
                **counts,
            )
        return Phrase(
            N_(
                "imported {imported} of {rows} rows from {name} as incidents; created {places} places, "
                "{actors} actors, {sources} sources, {links} source links"
            ),
            imported=self.imported,
            rows=rows,
            name=name,
            **counts,
        )

    def lines(self, translate: Callable[[str], str] = str) -> list[str]:
        """The summary, then each rejected and skipped row, in the language ``translate`` looks texts up in
        (English as it is)."""
        out = [self.summary()]
        if self.ignored_columns:
            names = ", ".join(self.ignored_columns)
            out.append(Phrase(N_("ignored columns (not ACLED columns): {names}"), names=names))
        out += [Phrase(N_("line {line}: {message}"), line=p.line, message=p.phrase) for p in self.rejected]
        out += [Phrase(N_("line {line}: {message} (skipped)"), line=p.line, message=p.phrase) for p in self.skipped]
        return [line.words(translate) for line in out]


PROGRESS_EVERY = 1000  # rows


def _open(source: str | os.PathLike[str] | BinaryIO) -> tuple[BinaryIO, str, bool]:
    if isinstance(source, str | os.PathLike):
        path = Path(source)
        try:
            return path.open("rb"), path.name, True
        except OSError as err:
            raise CsvError(N_("cannot read {path}: {cause}"), path=path, cause=err.strerror or err) from None
    return source, str(getattr(source, "name", "") or "the file"), False


def _size_of(raw: BinaryIO) -> int | None:
    """The size in bytes of what ``raw`` reads: a file's, or an in-memory file's; None for a pipe or a stream."""
    try:
        status = os.fstat(raw.fileno())
    except (OSError, AttributeError, io.UnsupportedOperation):
        size = getattr(raw, "getbuffer", None)  # an in-memory file
        return len(size()) if size is not None else None
    return status.st_size if stat.S_ISREG(status.st_mode) else None


def _read_rows(
    raw: BinaryIO,
    name: str,
    report: AcledImportReport,
    on_header: Callable[[list[str]], None],
    progress: Progress | None = None,
    total: int = 0,
) -> Iterator[tuple[int, tuple[str, ...]]]:
    """(line, cells) for each row of the file: a tuple of its cells in ACLED_COLUMNS' order (empty where the
    file has no such column); the header is checked first and given to ``on_header``. ``progress`` is told the
    bytes read (of ``total``, the file's size, 0 if unknown) every thousand rows; a ``Cancelled`` it raises
    passes through."""
    head = raw.read(HEAD_BYTES)
    delimiter = _check_head(name, head)
    hashing = _HashingReader(head, raw)

    def lines() -> Iterator[str]:
        # Split as the csv module wants (newline=""): at LF, CR LF or a lone CR (the line end of old Mac
        # spreadsheets), each line keeping its end. Latin-1 maps bytes to characters one to one, so this is
        # the splitting only; each line is then decoded as UTF-8 on its own (a line end is never part of
        # another character in UTF-8), so that a character that is not UTF-8 is reported on its line.
        split = io.TextIOWrapper(io.BufferedReader(hashing, 1 << 16), encoding="latin-1", newline="")
        for number, text in enumerate(split, 1):
            line = text.encode("latin-1")
            if b"\x00" in line:
                raise CsvError(
                    N_("{name} is not a CSV file: it holds binary data (a NUL byte on line {number})"),
                    name=name,
                    number=number,
                )
            try:
                decoded = line.decode("utf-8")
            except UnicodeDecodeError:
                raise _not_utf8(name, number) from None
            # A file saved twice with a byte-order mark has two: either would hide the first column's name
            # (and with event_id_cnty, the check for duplicates).
            yield decoded if number > 1 else decoded.lstrip(BOM)

    reader = csv.reader(lines(), delimiter=delimiter)
    try:
        header = next(reader, [])
        columns = [h.strip().casefold() for h in header]
        missing = [c for c in REQUIRED_COLUMNS if c not in columns]
        if "location" not in columns and not {"latitude", "longitude"} <= set(columns):
            missing.append("location (or latitude and longitude)")
        if missing:
            shown = ", ".join(repr(h) for h in header[:6]) or "nothing"
            raise CsvError(
                N_(
                    "{name} is not an ACLED CSV file: its first line must name the columns, and it lacks "
                    "{names} (it begins with {shown})"
                ),
                name=name,
                names=", ".join(missing),
                shown=shown,
            )
        report.ignored_columns = [
            h for h, c in zip(header, columns, strict=True) if c and c not in ACLED_COLUMNS and c not in DERIVED_COLUMNS
        ]
        on_header(columns)
        width = len(columns)
        pick = _picker(columns)
        previous = reader.line_num
        for cells in reader:
            line = previous + 1
            previous = reader.line_num
            report.rows += 1
            if progress is not None and report.rows % PROGRESS_EVERY == 0:
                progress(hashing.size, total, "reading")
            if not "".join(cells).strip():
                report.skipped.append(RowProblem(line, N_("empty row")))
                continue
            if len(cells) > width:
                if any(c.strip() for c in cells[width:]):
                    says = N_("{count} cells but the first line names {width} columns (a comma or quote out of place?)")
                    report.rejected.append(RowProblem(line, Phrase(says, count=len(cells), width=width)))
                    continue
                del cells[width:]
            yield line, pick(cells)
    except csv.Error as err:
        if "field larger than field limit" in str(err):
            raise CsvError(
                N_("{name}, line {line_num}: a cell longer than {limit} characters (a quote opened and never closed?)"),
                name=name,
                line_num=reader.line_num,
                limit=format(csv.field_size_limit(), ","),
            ) from None
        raise CsvError(
            N_("{name}, line {line_num}: not readable as CSV ({err})"), name=name, line_num=reader.line_num, err=err
        ) from None
    if progress is not None:
        progress(hashing.size, total, "reading")
    report.sha256 = hashing.sha.hexdigest()
    report.size = hashing.size


def _picker(columns: list[str]) -> Callable[[list[str]], tuple[str, ...]]:
    """What takes a row's cells (no more than ``columns``) to a tuple of ACLED_COLUMNS' cells, a column the file
    lacks or a short row leaves out read as empty; of a column named twice, the last cell the row has."""
    width = len(columns)
    at = {c: n for n, c in enumerate(columns)}
    if len(at) < width:  # a column named twice: its cell depends on the row's length

        def by_name(cells: list[str]) -> tuple[str, ...]:
            found = dict(zip(columns, cells, strict=False))
            return tuple(found.get(c, "") for c in ACLED_COLUMNS)

        return by_name
    get = operator.itemgetter(*(at.get(c, width) for c in ACLED_COLUMNS))
    padding = [""] * (width + 1)

    def by_place(cells: list[str]) -> tuple[str, ...]:
        cells += padding[len(cells) :]  # the cells the row lacks, and the one past its last: empty
        return get(cells)  # type: ignore[no-any-return]

    return by_place
