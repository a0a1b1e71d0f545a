"""Any table of a case as CSV that Excel and LibreOffice open correctly, redacted for an audience.

``export_table_csv(ctx, case, kind, out, audience=...)`` writes one kind of record of one case (incidents,
allegations, places, actors, victims, witnesses, accounts, sources, evidence files, links...) as CSV:

* UTF-8 with a byte-order mark, so Excel reads Arabic and French text correctly, CRLF line ends, one header
  row with the field names of docs/data-model.md;
* a reference is given as the record's id and, beside it, a ``..._label`` column a reader can understand
  (``location_id``, ``location_label``); vocabulary codes get a label column too (``event_type_label``);
* lists joined with ``"; "``, dates and times in ISO 8601, yes/no as ``true``/``false``, unknown as empty;
* text cells that a spreadsheet would run as a formula (starting with ``=``, ``+``, ``-``, ``@``, a tab or a
  carriage return) get a leading apostrophe (OWASP, "CSV injection"); numbers, such as a longitude of
  -1.92, are never text and stay numbers;
* protected identities (witnesses', individual victims') are never read: their columns say ``[protected]``;
* what the audience may not see is left out, by the sharing policy (:mod:`.sharing`), as in reports and
  bundles: the records that go (:func:`.sharing.records_shown`: public records only for the public, public
  and restricted ones for partners, a witness's accounts beyond the team only with consent, a record only with
  the records it refers to) and their fields (working notes and internal-only fields such as interviewers,
  interview places, where evidence came from and consent only in internal tables); a public account's words
  only with the witness's consent to be quoted.

Rows are streamed from the database in batches; the file is never held in memory. Each export is recorded
in the audit log with its row count and the SHA-256 of what was written.

Which records an audience sees and the columns of each table are in :mod:`~hrdoc.services.table_columns`;
this module writes the CSV and runs an export.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import os
import tempfile
import uuid
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy import Select, select

from hrdoc.domain.enums import AuditAction
from hrdoc.domain.errors import UserError
from hrdoc.domain.marks import N_
from hrdoc.domain.registry import Kind
from hrdoc.services import audit
from hrdoc.services.audit_words import capitalised, kind_words
from hrdoc.services.cases import CaseService
from hrdoc.services.context import StoreContext
from hrdoc.services.errors import NotFound
from hrdoc.services.languages import ENGLISH
from hrdoc.services.records_kinds import CONSENT_FIELDS, KINDS
from hrdoc.services.sharing import Audience
from hrdoc.services.table_columns import VERSION_FIELDS, Scope, columns_for
from hrdoc.storage import models as m

# The kinds of record a case table can hold, in the order a reader meets them.
TABLE_KINDS: tuple[str, ...] = (
    Kind.LOCATION,
    Kind.INCIDENT,
    Kind.ALLEGATION,
    Kind.PERPETRATOR,
    Kind.ACTOR,
    Kind.VICTIM,
    Kind.ALLEGATION_VICTIM,
    Kind.WITNESS,
    Kind.ACCOUNT,
    Kind.SOURCE,
    Kind.EVIDENCE,
    Kind.LINK,
    Kind.FIGURE,
)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BATCH = 1000


class CsvError(UserError):
    """A CSV file cannot be written or read. ``str(err)`` says what is wrong and what to do."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "CSV error"


# -- writing CSV --------------------------------------------------------------------------------------------


def guard(text: str) -> str:
    """``text`` safe to open in a spreadsheet: a would-be formula gets a leading apostrophe."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def unguard(text: str) -> str:
    """The inverse of :func:`guard`, for reading back files this module wrote."""
    return text[1:] if text.startswith("'") and text[1:].startswith(FORMULA_STARTS) else text


def cell(value: Any, *, text: bool) -> str:
    """One value as a CSV cell. Only ``text`` cells are guarded against formulas; numbers stay numbers."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, int | float) and not text:
        return repr(value)
    if isinstance(value, list):
        value = "; ".join(str(v) for v in value)
    elif isinstance(value, dict):
        value = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return guard(str(value)) if text else str(value)


class CsvSink:
    """Writes rows as UTF-8 CSV with a byte-order mark and CRLF line ends; counts rows and hashes the bytes."""

    def __init__(self, out: TextIO) -> None:
        self._out = out
        self._sha = hashlib.sha256()
        self.rows = 0
        self._writer = csv.writer(self, lineterminator="\r\n")
        self.write("\ufeff")

    def write(self, text: str) -> int:
        self._out.write(text)
        self._sha.update(text.encode("utf-8"))
        return len(text)

    def header(self, names: Iterable[str]) -> None:
        self._writer.writerow(list(names))

    def row(self, cells: Iterable[str]) -> None:
        self._writer.writerow(list(cells))
        self.rows += 1

    @property
    def sha256(self) -> str:
        return self._sha.hexdigest()


@contextmanager
def atomic_output(path: str | os.PathLike[str]) -> Iterator[TextIO]:
    """A text file that appears at ``path`` whole, or not at all (written beside it, then renamed)."""
    target = Path(path)
    if not target.parent.is_dir():
        raise CsvError(N_("the folder {parent} does not exist"), parent=target.parent)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as err:
        raise CsvError(N_("cannot write {target}: {reason}"), target=target, reason=err.strerror or err) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp_name, target)
    except OSError as err:
        Path(tmp_name).unlink(missing_ok=True)
        raise CsvError(N_("cannot write {target}: {reason}"), target=target, reason=err.strerror or err) from None
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


@contextmanager
def output(out: TextIO | str | os.PathLike[str]) -> Iterator[TextIO]:
    """The stream to write to: ``out`` itself, or an atomic file at that path."""
    if isinstance(out, str | os.PathLike):
        with atomic_output(out) as fh:
            yield fh
    else:
        yield out


# -- the rows of each table ---------------------------------------------------------------------------------


def _query(scope: Scope, kind: str) -> Select[Any]:
    model: Any = KINDS[kind].model
    table = model.__table__
    query: Select[Any]
    if kind == Kind.ACCOUNT:
        version = m.AccountVersion.__table__
        query = select(table, *(version.c[f].label(f"v_{f}") for f in (*VERSION_FIELDS, "created_by"))).join(
            version, (version.c.account_id == table.c.id) & (version.c.version == table.c.current_version)
        )
    elif kind == Kind.WITNESS:
        consent = m.Consent.__table__
        query = select(table, *(consent.c[f].label(f"consent_{f}") for f in CONSENT_FIELDS)).outerjoin(
            consent, consent.c.witness_id == table.c.id
        )
    else:
        query = select(table)
    # The records of the case; which of them go is the sharing policy's decision (Scope.ids), not the query's.
    return query.where(table.c.case_id == scope.case_id).order_by(table.c.created_at, table.c.id)


@dataclass(frozen=True, slots=True)
class TableExport:
    kind: str
    audience: Audience
    rows: int
    columns: list[str]
    sha256: str


def export_table_csv(
    ctx: StoreContext,
    case: str | uuid.UUID,
    kind: str,
    out: TextIO | str | os.PathLike[str],
    *,
    audience: Audience | str = Audience.INTERNAL,
    language: str = ENGLISH,
) -> TableExport:
    """Write the ``kind`` records of ``case`` (reference or id) that ``audience`` may see to ``out`` as CSV.

    ``out`` is an open text stream (opened with ``newline=""``) or a path, written atomically. The export is
    recorded in the audit log. The names made of words ("Account of W-01") are in ``language``, the caller's
    (the GUI's, the terminal's), as the GUI shows them.
    """
    if kind not in TABLE_KINDS:
        raise NotFound(
            N_("no table of {kind_name} records; tables: {names}"), kind_name=repr(kind), names=", ".join(TABLE_KINDS)
        )
    who = Audience(audience)
    case_obj = CaseService(ctx).resolve(str(case))
    with ctx.read() as session:
        scope = Scope(session, case_obj.id, who, language)
        columns = columns_for(scope, kind)
        with output(out) as stream:
            sink = CsvSink(stream)
            sink.header(c.name for c in columns)
            going = scope.ids(kind)
            result = session.execute(_query(scope, kind).execution_options(yield_per=BATCH)).mappings()
            for row in result:
                if row["id"] in going:
                    values: Mapping[str, Any] = dict(row)
                    sink.row(cell(c.value(values), text=c.text) for c in columns)
    record_export(
        ctx,
        case_obj.id,
        out,
        f"exported the “{capitalised(kind_words(kind))}” table of case {case_obj.reference} as CSV for the "
        f"{who.value} audience",
        {"format": "csv", "kind": kind, "audience": who.value, "rows": sink.rows, "sha256": sink.sha256},
    )
    return TableExport(kind, who, sink.rows, [c.name for c in columns], sink.sha256)


def record_export(ctx: StoreContext, case_id: uuid.UUID, out: object, summary: str, details: dict[str, Any]) -> None:
    """The audit entry of a file written from a case (with the file's name when it was written to a path)."""
    if ctx.read_only is not None:  # a read-only store records nothing (its unlock note says so)
        return
    if isinstance(out, str | os.PathLike):
        details = details | {"file": Path(out).name}
    with ctx.write(log_only=True) as session:  # appends to the audit log only: a team store locks nothing more
        audit.record(
            session,
            ctx.user,
            AuditAction.EXPORT,
            entity_type=Kind.CASE,
            entity_id=case_id,
            case_id=case_id,
            summary=summary,
            details=details,
        )


__all__ = [
    "TABLE_KINDS",
    "CsvError",
    "CsvSink",
    "TableExport",
    "atomic_output",
    "cell",
    "export_table_csv",
    "guard",
    "output",
    "unguard",
]
