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
* what the audience may not see is left out, by the rules of reports (:mod:`.reporting.audience`): public
  records only for the public, public and restricted ones for partners; working notes and internal-only
  fields (interviewers, interview places, where evidence came from, consent) only in internal tables; a
  public account's words only with the witness's consent to be quoted.

Rows are streamed from the database in batches; the file is never held in memory. Each export is recorded
in the audit log with its row count and the SHA-256 of what was written.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import os
import tempfile
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy import JSON, Date, DateTime, Float, Integer, Select, String, Text, Uuid, and_, select
from sqlalchemy.orm import Session

from hrdoc.domain import registry
from hrdoc.domain.enums import AuditAction, VictimKind
from hrdoc.domain.vocabularies import VIOLATION_TYPE
from hrdoc.services import audit, sharing
from hrdoc.services.cases import CaseService
from hrdoc.services.context import StoreContext
from hrdoc.services.errors import NotFound
from hrdoc.services.records_kinds import CONSENT_FIELDS, IDENTITY_FIELDS, KINDS
from hrdoc.services.serialize import MASK
from hrdoc.services.sharing import Audience
from hrdoc.storage import models as m

# The kinds of record a case table can hold, in the order a reader meets them.
TABLE_KINDS: tuple[str, ...] = (
    "location",
    "incident",
    "allegation",
    "perpetrator",
    "actor",
    "victim",
    "allegation_victim",
    "witness",
    "account",
    "source",
    "evidence",
    "link",
)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
RECORD_TAIL = ("visibility", "notes", "created_by", "created_at", "updated_at")
# Bookkeeping that means nothing to a reader of the table (a record's version token, used when merging).
NOT_SHOWN = ("version",)
BATCH = 1000

# Account content shown beside the account: its current version.
VERSION_FIELDS = (
    "interviewer",
    "interview_date",
    "interview_place",
    "method",
    "language",
    "translation_language",
    "translator",
    "narrative",
    "key_quotes",
    "quotable",
    "correction_note",
)


class CsvError(Exception):
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
        raise CsvError(f"the folder {target.parent} does not exist")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as err:
        raise CsvError(f"cannot write {target}: {err.strerror or err}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp_name, target)
    except OSError as err:
        Path(tmp_name).unlink(missing_ok=True)
        raise CsvError(f"cannot write {target}: {err.strerror or err}") from None
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


# -- what an audience may see -------------------------------------------------------------------------------


def _ids(session: Session, query: Select[Any]) -> set[uuid.UUID]:
    return set(session.scalars(query))


@dataclass
class Scope:
    """The records of one case an audience may see, and labels for references, computed once per export."""

    session: Session
    case_id: uuid.UUID
    audience: Audience
    _ids: dict[str, set[uuid.UUID]] = field(default_factory=dict)
    _labels: dict[str, dict[uuid.UUID, str]] = field(default_factory=dict)
    _vocab: dict[tuple[str, str], str] | None = None
    _account_words: dict[uuid.UUID, bool] | None = None

    @property
    def internal(self) -> bool:
        return self.audience is Audience.INTERNAL

    @property
    def allowed(self) -> list[str]:
        return sorted(sharing.visibilities(self.audience))

    def visible(self, model: Any) -> Any:
        """The SQL condition: a record of ``model`` in this case that the audience may see."""
        return and_(model.case_id == self.case_id, model.visibility.in_(self.allowed))

    def ids(self, kind: str) -> set[uuid.UUID]:
        """Ids of the records of ``kind`` shown to the audience (for an account: shown at all)."""
        if kind not in self._ids:
            self._ids[kind] = self._compute_ids(kind)
        return self._ids[kind]

    def _compute_ids(self, kind: str) -> set[uuid.UUID]:
        s = self.session
        if kind == "allegation":
            a = m.Allegation
            rows = s.execute(select(a.id, a.incident_id).where(self.visible(a)))
            incidents = self.ids("incident")
            return {rid for rid, incident_id in rows if incident_id in incidents}
        if kind == "account":
            return set(self.account_rules())
        if kind == "witness" and not self.internal:
            # As in reports: beyond the team, only witnesses whose account the audience sees.
            shown = self.ids("account")
            rows = s.execute(select(m.Account.id, m.Account.witness_id).where(m.Account.case_id == self.case_id))
            return {witness_id for account_id, witness_id in rows if account_id in shown}
        model = KINDS[kind].model
        return _ids(s, select(model.id).where(self.visible(model)))  # type: ignore[attr-defined]

    def account_rules(self) -> dict[uuid.UUID, bool]:
        """Accounts shown to the audience, each with whether its words (narrative, quotes) may be shown."""
        if self._account_words is None:
            witnesses = _ids(self.session, select(m.Witness.id).where(self.visible(m.Witness)))
            rows = self.session.execute(
                select(
                    m.Account.id,
                    m.Account.witness_id,
                    m.Consent.share_with_partners,
                    m.Consent.to_be_quoted,
                    m.AccountVersion.quotable,
                )
                .join(
                    m.AccountVersion,
                    (m.AccountVersion.account_id == m.Account.id)
                    & (m.AccountVersion.version == m.Account.current_version),
                )
                .outerjoin(m.Consent, m.Consent.witness_id == m.Account.witness_id)
                .where(self.visible(m.Account))
            )
            rules: dict[uuid.UUID, bool] = {}
            for account_id, witness_id, shared, quoted, quotable in rows:
                rule = sharing.account_rule(self.audience, shared=shared, quoted=quoted, quotable=quotable)
                if witness_id in witnesses and rule is not None:
                    rules[account_id] = rule
            self._account_words = rules
        return self._account_words

    def labels(self, kind: str) -> dict[uuid.UUID, str]:
        """Human labels of the records of ``kind`` the audience may see."""
        if kind not in self._labels:
            shown = self.ids(kind)
            self._labels[kind] = {rid: label for rid, label in self._label_rows(kind) if rid in shown}
        return self._labels[kind]

    def _label_rows(self, kind: str) -> Iterator[tuple[uuid.UUID, str]]:
        s = self.session
        if kind == "allegation":
            a, i = m.Allegation, m.Incident
            rows = s.execute(
                select(a.id, a.violation_type, i.title).join(i, i.id == a.incident_id).where(a.case_id == self.case_id)
            )
            for rid, code, title in rows:
                yield rid, f"{self.vocab_label(VIOLATION_TYPE, code)} ({title})"
            return
        if kind == "account":
            accounts = s.execute(
                select(m.Account.id, m.Witness.pseudonym)
                .join(m.Witness, m.Witness.id == m.Account.witness_id)
                .where(m.Account.case_id == self.case_id)
            )
            for rid, pseudonym in accounts:
                yield rid, f"Account of {pseudonym}"
            return
        spec = KINDS[kind]
        model: Any = spec.model
        column = getattr(model, spec.label_field)
        for rid, label in s.execute(select(model.id, column).where(model.case_id == self.case_id)):
            yield rid, label

    def vocab_label(self, vocabulary: str, code: str | None) -> str:
        if not code:
            return ""
        if self._vocab is None:
            rows = self.session.execute(
                select(m.VocabularyTerm.vocabulary, m.VocabularyTerm.code, m.VocabularyTerm.label_en)
            )
            self._vocab = {(voc, c): label for voc, c, label in rows}
        return self._vocab.get((vocabulary, code), code)


# -- the columns of each table ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    name: str
    text: bool
    value: Callable[[Mapping[str, Any]], Any]


def _is_text(column: Any) -> bool:
    kind = column.type
    if isinstance(kind, Uuid | Date | DateTime | Integer | Float):
        return False
    return isinstance(kind, String | Text | JSON) or kind.python_type is str


def _get(name: str) -> Callable[[Mapping[str, Any]], Any]:
    return lambda row: row.get(name)


def _ref_columns(scope: Scope, name: str, target: str) -> list[Column]:
    """``name`` (an id) and its label, both empty when the audience may not see the record referred to."""
    base = name.removesuffix("_id")

    def ref_id(row: Mapping[str, Any]) -> Any:
        rid = row.get(name)
        return rid if rid is not None and rid in scope.ids(target) else None

    def ref_label(row: Mapping[str, Any]) -> Any:
        rid = row.get(name)
        return scope.labels(target).get(rid) if rid is not None else None

    return [Column(name, False, ref_id), Column(f"{base}_label", True, ref_label)]


def _attached_columns(scope: Scope) -> list[Column]:
    def attached_id(row: Mapping[str, Any]) -> Any:
        kind, rid = row.get("attached_kind"), row.get("attached_id")
        return rid if kind and rid is not None and rid in scope.ids(kind) else None

    def attached_label(row: Mapping[str, Any]) -> Any:
        kind, rid = row.get("attached_kind"), row.get("attached_id")
        return scope.labels(kind).get(rid) if kind and rid is not None else None

    return [Column("attached_id", False, attached_id), Column("attached_label", True, attached_label)]


def columns_for(scope: Scope, kind: str) -> list[Column]:
    """The columns of ``kind``'s table for this audience, in order: id, the record's own fields, then
    visibility, notes (internal only), created_by and the timestamps."""
    spec = KINDS[kind]
    table = spec.model.__table__
    hidden = {f.name for f in registry.kind(kind).fields} - sharing.fields(kind, scope.audience)
    out: list[Column] = [Column("id", False, _get("id"))]
    own = [c for c in table.columns if c.key not in ("id", *RECORD_TAIL, *NOT_SHOWN)]
    for col in own:
        if col.key in hidden:
            continue
        if col.key in spec.refs:
            out += _ref_columns(scope, col.key, spec.refs[col.key])
        elif col.key == "attached_id":
            out += _attached_columns(scope)
        elif col.key in spec.vocab:
            vocabulary = spec.vocab[col.key]
            out.append(Column(col.key, True, _get(col.key)))
            out.append(Column(f"{col.key}_label", True, _vocab_getter(scope, vocabulary, col.key)))
        else:
            out.append(Column(col.key, _is_text(col), _get(col.key)))
    if kind in ("witness", "victim"):
        out += [Column(f, True, _masked) for f in IDENTITY_FIELDS]
    if kind == "witness" and scope.internal:
        out += [
            Column(f, f == "how_given", _get(f"consent_{f}")) for f in CONSENT_FIELDS
        ]  # consent is an internal matter, as in reports
    if kind == "account":  # its current version's content stands beside it, and who wrote that version
        version_cols = m.AccountVersion.__table__.columns
        version_shown = sharing.fields("account_version", scope.audience)
        for f in VERSION_FIELDS:
            if f not in version_shown:
                continue
            getter = _words(scope, f) if f in sharing.quoted_words("account_version") else _get(f"v_{f}")
            out.append(Column(f, _is_text(version_cols[f]), getter))
        if "created_by" in version_shown:
            out.append(Column("version_created_by", True, _get("v_created_by")))
    if kind == "link":
        out = [Column(c.name, c.text, _link_excerpt(scope)) if c.name == "excerpt" else c for c in out]
    out += [Column(f, _is_text(table.columns[f]), _get(f)) for f in RECORD_TAIL if f not in hidden]
    return out


def _vocab_getter(scope: Scope, vocabulary: str, name: str) -> Callable[[Mapping[str, Any]], Any]:
    return lambda row: scope.vocab_label(vocabulary, row.get(name))


def _masked(row: Mapping[str, Any]) -> str:
    # A group of victims has no identity; everyone else's is protected and never read.
    return "" if row.get("kind") == VictimKind.GROUP.value else MASK


def _words(scope: Scope, name: str) -> Callable[[Mapping[str, Any]], Any]:
    def value(row: Mapping[str, Any]) -> Any:
        return row.get(f"v_{name}") if scope.account_rules().get(row["id"]) else None

    return value


def _link_excerpt(scope: Scope) -> Callable[[Mapping[str, Any]], Any]:
    def value(row: Mapping[str, Any]) -> Any:
        account_id = row.get("account_id")
        if account_id is not None and not scope.account_rules().get(account_id):
            return None  # an excerpt of an account is a quotation of it
        return row.get("excerpt")

    return value


# -- the rows of each table ---------------------------------------------------------------------------------


def _query(scope: Scope, kind: str) -> Select[Any]:
    model: Any = KINDS[kind].model
    table = model.__table__
    query: Select[Any]
    if kind == "account":
        version = m.AccountVersion.__table__
        query = select(table, *(version.c[f].label(f"v_{f}") for f in (*VERSION_FIELDS, "created_by"))).join(
            version, (version.c.account_id == table.c.id) & (version.c.version == table.c.current_version)
        )
    elif kind == "witness":
        consent = m.Consent.__table__
        query = select(table, *(consent.c[f].label(f"consent_{f}") for f in CONSENT_FIELDS)).outerjoin(
            consent, consent.c.witness_id == table.c.id
        )
    else:
        query = select(table)
    return query.where(scope.visible(model)).order_by(table.c.created_at, table.c.id)


def _keep(scope: Scope, kind: str, row: Mapping[str, Any]) -> bool:
    """Rules beyond each record's own visibility: a record shown only with what it depends on."""
    if kind in ("allegation", "account", "witness"):
        return row["id"] in scope.ids(kind)
    if kind == "perpetrator":
        return row["allegation_id"] in scope.ids("allegation") and row["actor_id"] in scope.ids("actor")
    if kind == "allegation_victim":
        return row["allegation_id"] in scope.ids("allegation") and row["victim_id"] in scope.ids("victim")
    if kind == "link":
        origin_ok = all(
            row[f] is None or row[f] in scope.ids(k)
            for f, k in (("source_id", "source"), ("account_id", "account"), ("evidence_id", "evidence"))
        )
        target_ok = all(
            row[f] is None or row[f] in scope.ids(k)
            for f, k in (("allegation_id", "allegation"), ("incident_id", "incident"))
        )
        return origin_ok and target_ok
    return True


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
) -> TableExport:
    """Write the ``kind`` records of ``case`` (reference or id) that ``audience`` may see to ``out`` as CSV.

    ``out`` is an open text stream (opened with ``newline=""``) or a path, written atomically. The export is
    recorded in the audit log.
    """
    if kind not in TABLE_KINDS:
        raise NotFound(f"no table of {kind!r} records; tables: {', '.join(TABLE_KINDS)}")
    who = Audience(audience)
    case_obj = CaseService(ctx).resolve(str(case))
    with ctx.read() as session:
        scope = Scope(session, case_obj.id, who)
        columns = columns_for(scope, kind)
        with output(out) as stream:
            sink = CsvSink(stream)
            sink.header(c.name for c in columns)
            result = session.execute(_query(scope, kind).execution_options(yield_per=BATCH)).mappings()
            for row in result:
                values: Mapping[str, Any] = dict(row)
                if _keep(scope, kind, values):
                    sink.row(cell(c.value(values), text=c.text) for c in columns)
    record_export(
        ctx,
        case_obj.id,
        out,
        f"exported the {kind} table of case {case_obj.reference} as CSV for the {who.value} audience",
        {"format": "csv", "kind": kind, "audience": who.value, "rows": sink.rows, "sha256": sink.sha256},
    )
    return TableExport(kind, who, sink.rows, [c.name for c in columns], sink.sha256)


def record_export(ctx: StoreContext, case_id: uuid.UUID, out: object, summary: str, details: dict[str, Any]) -> None:
    """The audit entry of a file written from a case (with the file's name when it was written to a path)."""
    if isinstance(out, str | os.PathLike):
        details = details | {"file": Path(out).name}
    with ctx.write() as session:
        audit.record(
            session,
            ctx.user,
            AuditAction.EXPORT,
            entity_type="case",
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
