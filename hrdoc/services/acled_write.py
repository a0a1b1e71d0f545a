"""Writing an ACLED import's rows: batched INSERT statements (JSON-bound for speed) and the search documents
of the incidents they create.

The statements are built where the rows are read (:class:`_Writer`, pure Python, in the reading process) and
run where the store is open (:func:`run_steps`): what goes between the two is plain data (SQL text, JSON
arrays, row dicts), which a pipe carries.
"""

from __future__ import annotations

import json
import operator
import os
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import insert
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session

from hrdoc.storage import search_index
from hrdoc.storage.base import new_version


@dataclass
class _Statement:
    """Rows to insert: on SQLite one JSON array of driver-ready rows for ``sql``; elsewhere dicts for a Core
    insert."""

    model: Any
    sql: str = ""
    array: str = ""
    rows: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class _Step:
    statements: list[_Statement]
    counter: str
    count: int
    reindex: tuple[str, list[uuid.UUID]] | None = None


class _Writer:
    """Builds the inserts of many rows, to be run fast in one transaction (:func:`run_steps`).

    On SQLite a batch is ONE statement, ``INSERT INTO t (...) SELECT value->>0, value->>1, ... FROM
    json_each(?)``, bound to a JSON array of rows whose values went through each column's own SQLAlchemy
    bind processor (values shared by every row — case, timestamps, author, visibility — converted once).
    One statement, not ``executemany``: SQLite reads the array in C, and the driver lets go of the interpreter
    once per batch instead of once per row (with any other Python thread in the process, such as the GUI's,
    each row would otherwise wait to take the interpreter back: a convoy). JSON carries every value
    the bind processors give (text, whole numbers, decimals — read back exactly — and NULL); a test holds
    the stored values to those of an ORM insert. Elsewhere the rows go through SQLAlchemy Core ``insert``.
    """

    def __init__(self, dialect: Dialect | None, shared: Mapping[str, Any]) -> None:
        """``dialect``: the store's SQLite dialect (a fresh instance of its class), or None for another database."""
        self.dialect = dialect
        self.shared = dict(shared)
        self.sqlite = dialect is not None and dialect.name == "sqlite"
        self.versions = _versions()
        self.plans: dict[Any, _Plan] = {}
        self.place_bodies: dict[uuid.UUID, str] = {}

    def _plan(self, model: Any, sample: Mapping[str, Any]) -> _Plan:
        plan = self.plans.get(model)
        if plan is None:
            dialect = self.dialect
            assert dialect is not None
            given: list[str] = []
            processors: list[tuple[int, Any]] = []
            computed: list[tuple[str, Any]] = []
            shared_names: list[str] = []
            shared_values: list[Any] = []
            for col in model.__table__.columns:
                default = col.default
                if col.key not in sample and (default is None or not default.is_callable):
                    continue  # left to the database (a server default), as an ORM insert leaves it
                process = col.type.dialect_impl(dialect).bind_processor(dialect)
                if col.key in self.shared:
                    value = self.shared[col.key]
                    shared_names.append(col.name)
                    shared_values.append(process(value) if process else value)
                elif col.key in sample:
                    if process is not None:
                        processors.append((len(given), process))
                    given.append(col.key)
                elif getattr(default.arg, "__wrapped__", None) is new_version:  # the record's version token
                    computed.append((col.key, self.versions.__next__))
                else:  # computed for each record
                    computed.append((col.key, lambda make=default.arg, process=process: _bind(make(None), process)))
            names = [*given, *(k for k, _ in computed), *shared_names]
            sql = _json_insert(model.__table__.name, names)
            plan = self.plans[model] = _Plan(
                sql, operator.itemgetter(*given), processors, [make for _, make in computed], tuple(shared_values)
            )
        return plan

    def statement(self, model: Any, rows: list[dict[str, Any]]) -> _Statement:
        """The insert of ``rows``, its values converted for the driver (pure Python: any process)."""
        if not self.sqlite:
            return _Statement(model, rows=rows)
        plan = self._plan(model, rows[0])
        params = []
        for row in rows:
            values = list(plan.get(row))
            for index, process in plan.processors:
                if (value := values[index]) is not None:
                    values[index] = process(value)
            values += [make() for make in plan.computed]
            values += plan.shared
            params.append(values)
        return _Statement(model, plan.sql, json.dumps(params, allow_nan=False))

    def documents(self, rows: list[dict[str, Any]], places: Mapping[uuid.UUID, tuple[Any, ...]]) -> _Statement | None:
        """The incidents' search documents, built as :func:`search_index.index_records` builds them (a test
        holds the two to the same result) without reading the incidents back; None off SQLite, where the
        index reads them back."""
        if not self.sqlite:
            return None
        docs = []
        bodies = self.place_bodies
        for row in rows:
            place_id = row["location_id"]
            place = bodies.get(place_id) if place_id is not None else ""
            if place is None:
                place = bodies[place_id] = _doc_body(list(places.get(place_id, ())))
            body = _doc_body([row["description"], row["date_as_reported"], place, row["notes"]])
            docs.append((row["id"].hex, "incident", row["case_id"].hex, row["title"] or "", body))
        sql = _json_insert("search_docs", ["record_id", "kind", "case_id", "title", "body"])
        return _Statement(None, sql, json.dumps(docs))


def run_steps(session: Session, steps: list[_Step], created: dict[str, int]) -> None:
    """Run the statements of one batch in the session's transaction, counting what they ``created``."""
    conn = session.connection()
    for step in steps:
        for statement in step.statements:
            if statement.sql:
                conn.exec_driver_sql(statement.sql, (statement.array,))
            else:
                conn.execute(insert(statement.model), statement.rows)
        if step.reindex is not None:
            search_index.index_records(conn, *step.reindex)
        if step.counter:
            created[step.counter] += step.count


@dataclass(frozen=True, slots=True)
class _Plan:
    sql: str
    get: Callable[[Mapping[str, Any]], tuple[Any, ...]]
    processors: list[tuple[int, Any]]
    computed: list[Callable[[], Any]]
    shared: tuple[Any, ...]


def _json_insert(table: str, columns: list[str]) -> str:
    """An insert of the rows of one JSON array (each row an array of the columns' values, in order)."""
    values = ", ".join(f"value->>{n}" for n in range(len(columns)))
    return f"INSERT INTO {table} ({', '.join(columns)}) SELECT {values} FROM json_each(?)"


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
