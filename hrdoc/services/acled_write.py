"""Writing an ACLED import's rows: batched INSERT statements (JSON-bound for speed) and the search documents
of the incidents they create.

The statements are built where the rows are read (:class:`_Writer`, pure Python, in the reading process) and
run where the store is open (:func:`run_steps`): what goes between the two is plain data (SQL text, JSON
arrays, row dicts), which a pipe carries.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Date, Uuid, insert
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session

from hrdoc.storage import search_index
from hrdoc.storage.base import new_version


@dataclass
class _Statement:
    """Rows to insert: on SQLite one JSON array of driver-ready rows for ``sql``, after the ``params`` every row
    shares; elsewhere dicts for a Core insert."""

    model: Any
    sql: str = ""
    array: str = ""
    params: tuple[Any, ...] = ()
    rows: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class _Step:
    statements: list[_Statement]
    counter: str
    count: int
    reindex: tuple[str, list[uuid.UUID]] | None = None


class _Writer:
    """Builds the inserts of many rows, to be run fast in one transaction (:func:`run_steps`).

    The rows of a table are tuples of the values that differ from row to row (``columns``, named once per
    table), the ids among them as whole numbers (:func:`~hrdoc.services.acled_lookups.as_number`); what every
    row of the import has alike (its case, timestamps, author, visibility, the defaults it leaves) is given
    once (``constant``).

    On SQLite a batch is ONE statement, ``INSERT INTO t (...) SELECT value->>0, value->>1, ..., ?, ? FROM
    json_each(?)``, bound to the values every row shares (converted once by each column's own SQLAlchemy bind
    processor) and to a JSON array of the rows (their values converted as the bind processors convert them).
    One statement, not ``executemany``: SQLite reads the array in C, and the driver lets go of the interpreter
    once per batch instead of once per row (with any other Python thread in the process, such as the GUI's,
    each row would otherwise wait to take the interpreter back: a convoy). JSON carries every value
    the bind processors give (text, whole numbers, decimals — read back exactly — and NULL); a test holds
    the stored values to those of an ORM insert. Elsewhere the rows go through SQLAlchemy Core ``insert``.
    """

    def __init__(self, dialect: Dialect | None, shared: Mapping[str, Any]) -> None:
        """``dialect``: the store's SQLite dialect (a fresh instance of its class), or None for another database;
        ``shared``: values every record of the import has (its case, timestamps, author, visibility)."""
        self.dialect = dialect
        self.shared = dict(shared)
        self.sqlite = dialect is not None and dialect.name == "sqlite"
        self.versions = _versions()
        self.plans: dict[Any, _Plan] = {}
        self.place_bodies: dict[int, str] = {}

    def _plan(self, model: Any, columns: tuple[str, ...], constant: Mapping[str, Any]) -> _Plan:
        plan = self.plans.get(model)
        if plan is not None:
            assert plan.columns == columns, (model, columns)
            return plan
        constant = {k: v for k, v in (self.shared | dict(constant)).items() if k not in columns}
        processors: list[tuple[int, Any]] = []
        computed: list[tuple[str, Any]] = []
        shared_names: list[str] = []
        shared_values: list[Any] = []
        uuids: list[int] = []
        dialect = self.dialect
        for col in model.__table__.columns:
            default = col.default
            given = col.key in columns
            if not given and col.key not in constant and (default is None or not default.is_callable):
                continue  # left to the database (a server default), as an ORM insert leaves it
            if isinstance(col.type, Uuid) and given:
                uuids.append(columns.index(col.key))
            if dialect is None:
                continue  # a Core insert converts the values and computes the defaults itself
            process = col.type.dialect_impl(dialect).bind_processor(dialect)
            if given:
                if isinstance(col.type, Uuid):
                    process = _uuid_text  # the ids of an import are whole numbers (the Uuid processor: .hex)
                elif process is not None and isinstance(col.type, Date):
                    process = _remembered(process)  # a file repeats its dates
                if process is not None:
                    processors.append((columns.index(col.key), process))
            elif col.key in constant:
                value = constant[col.key]
                shared_names.append(col.name)
                shared_values.append(process(value) if process and value is not None else value)
            elif getattr(default.arg, "__wrapped__", None) is new_version:  # the record's version token
                computed.append((col.key, self.versions.__next__))
            else:  # computed for each record
                computed.append((col.key, lambda make=default.arg, process=process: _bind(make(None), process)))
        names = [model.__table__.columns[c].name for c in columns] + [k for k, _ in computed]
        plan = self.plans[model] = _Plan(
            columns,
            _json_insert(model.__table__.name, names, shared_names),
            sorted(processors),
            [make for _, make in computed],
            tuple(shared_values),
            constant,
            tuple(uuids),
        )
        return plan

    def statement(
        self, model: Any, columns: tuple[str, ...], constant: Mapping[str, Any], rows: list[tuple[Any, ...]]
    ) -> _Statement:
        """The insert of ``rows`` (tuples of the values of ``columns``; the other columns take ``constant``, the
        values shared by every record, or their default), converted for the driver (pure Python: any process).
        A table's ``columns`` and ``constant`` are the same in every statement of an import."""
        plan = self._plan(model, columns, constant)
        if not self.sqlite:
            return _Statement(model, rows=[plan.record(row) for row in rows])
        processors, computed = plan.processors, plan.computed
        params = []
        for row in rows:
            values = list(row)
            for index, process in processors:
                if (value := values[index]) is not None:
                    values[index] = process(value)
            if computed:
                values += [make() for make in computed]
            params.append(values)
        return _Statement(model, plan.sql, json.dumps(params, allow_nan=False), plan.shared)

    def documents(
        self, case_id: uuid.UUID, rows: list[tuple[Any, ...]], places: Mapping[int, tuple[Any, ...]]
    ) -> _Statement | None:
        """The search documents of incidents given as (id, title, description, date as reported, place id, notes),
        built as :func:`search_index.index_records` builds them (a test holds the two to the same result)
        without reading the incidents back; None off SQLite, where the index reads them back."""
        if not self.sqlite:
            return None
        docs = []
        bodies = self.place_bodies
        for record_id, title, description, reported, place_id, notes in rows:
            place = bodies.get(place_id) if place_id is not None else ""
            if place is None:
                place = bodies[place_id] = _doc_body(list(places.get(place_id, ())))
            body = _doc_body([description, reported, place, notes])
            docs.append((_uuid_text(record_id), title or "", body))
        sql = _json_insert("search_docs", ["record_id", "title", "body"], ["kind", "case_id"])
        return _Statement(None, sql, json.dumps(docs), ("incident", case_id.hex))


def run_steps(session: Session, steps: list[_Step], created: dict[str, int]) -> None:
    """Run the statements of one batch in the session's transaction, counting what they ``created``."""
    conn = session.connection()
    for step in steps:
        for statement in step.statements:
            if statement.sql:
                conn.exec_driver_sql(statement.sql, (*statement.params, statement.array))
            else:
                conn.execute(insert(statement.model), statement.rows)
        if step.reindex is not None:
            search_index.index_records(conn, *step.reindex)
        if step.counter:
            created[step.counter] += step.count


@dataclass(frozen=True, slots=True)
class _Plan:
    columns: tuple[str, ...]
    sql: str
    processors: list[tuple[int, Any]]
    computed: list[Callable[[], Any]]
    shared: tuple[Any, ...]
    constant: Mapping[str, Any]
    uuids: tuple[int, ...]  # where ``columns`` holds ids (whole numbers)

    def record(self, row: tuple[Any, ...]) -> dict[str, Any]:
        """``row`` as a Core insert takes it: every column the import gives named, ids as UUIDs."""
        values = list(row)
        for index in self.uuids:
            if values[index] is not None:
                values[index] = uuid.UUID(int=values[index])
        return {**self.constant, **dict(zip(self.columns, values, strict=True))}


def _json_insert(table: str, columns: list[str], shared: list[str]) -> str:
    """An insert of the rows of one JSON array (each row an array of the values of ``columns``, in order), with
    one parameter for each of the ``shared`` columns before the array."""
    values = ", ".join([f"value->>{n}" for n in range(len(columns))] + ["?"] * len(shared))
    return f"INSERT INTO {table} ({', '.join([*columns, *shared])}) SELECT {values} FROM json_each(?)"


def _uuid_text(number: int) -> str:
    """An id (a whole number) as SQLAlchemy's Uuid type stores it on SQLite: ``uuid.UUID(int=number).hex``."""
    return f"{number:032x}"


def _remembered(process: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """``process``, remembering what it gave for each value."""
    seen: dict[Any, Any] = {}

    def remembered(value: Any) -> Any:
        found = seen.get(value)
        if found is None:
            found = seen[value] = process(value)
        return found

    return remembered


_UUID4_MASK = ~(0xF000 << 64 | 0xC000 << 48) & ((1 << 128) - 1)
_UUID4_BITS = 0x4000 << 64 | 0x8000 << 48


def _versions() -> Iterator[str]:
    """Version tokens as :func:`~hrdoc.storage.base.new_version` makes them (a random UUID, version 4, in hex),
    from one ``os.urandom`` call per thousand instead of one per record (a quarter of the reading's time)."""
    while True:
        block = os.urandom(16 * 1024)
        for start in range(0, len(block), 16):
            number = int.from_bytes(block[start : start + 16], "big") & _UUID4_MASK | _UUID4_BITS
            yield f"{number:032x}"


def _bind(value: Any, process: Any) -> Any:
    return value if process is None or value is None else process(value)


def _doc_body(parts: list[Any]) -> str:
    """Text parts (lists flattened) stripped, the empty ones left out, one per line: a search document's body."""
    return "\n".join(p for p in (_doc_text(x) for x in _doc_parts(parts)) if p)


def _doc_parts(parts: list[Any]) -> Iterator[Any]:
    for part in parts:
        if isinstance(part, list):
            yield from part
        else:
            yield part


def _doc_text(value: Any) -> str:
    return "" if value is None else str(value).strip()
