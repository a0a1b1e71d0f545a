"""Many rows in few statements, for merges and the audit log.

A copy of a case may bring tens of thousands of rows, and on a team store every statement is a round trip to
the server. Rows are therefore written one batch per statement: an ``executemany`` of one INSERT (or UPDATE)
with the batch's rows, which psycopg sends to the server in one round trip (pipeline mode) and SQLite runs in
the process. What a merge sends grows with its batches, not its rows.

Rows are given as the ORM would store them: a column left out, or given as None where the model has a default
(other than a JSON column, whose None is JSON's null), gets the model's default; an autoincrementing key left
out is numbered by the database. So every row of a batch has the same columns, and a batch is one statement
(the ORM's own bulk insert splits a batch by which columns each row leaves empty: a statement per row or two).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import Column, Table, bindparam, insert, update
from sqlalchemy.orm import Session

# Rows per statement (a batch of a few MB at the most, with the longest texts of a case).
ROWS_PER_STATEMENT = 1_000


def table_of(model: Any) -> Table:
    table = getattr(model, "__table__", model)
    assert isinstance(table, Table)
    return table


def _default(col: Column[Any]) -> Any:
    default: Any = col.default
    if default is None:
        return None
    return default.arg(None) if default.is_callable else default.arg


def as_stored(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    """A row with every column of ``table``: what the ORM would store for the values given (see the module)."""
    out: dict[str, Any] = {}
    for col in table.columns:
        value = row.get(col.key)
        if value is None and col is table.autoincrement_column:
            continue  # numbered by the database
        if value is None and not (col.key in row and col.type.should_evaluate_none):
            value = _default(col)
        out[col.key] = value
    return out


def _chunks(rows: Sequence[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), ROWS_PER_STATEMENT):
        yield list(rows[start : start + ROWS_PER_STATEMENT])


def insert_rows(session: Session, model: Any, rows: Iterable[dict[str, Any]]) -> int:
    """Insert rows (dicts of column values), a statement per batch, in the session's unit of work; how many.

    Objects the session holds are flushed first, so that rows may refer to them."""
    table = table_of(model)
    full = [as_stored(table, row) for row in rows]
    if not full:
        return 0
    session.flush()
    for chunk in _chunks(full):
        session.execute(insert(table), chunk)
    return len(full)


def update_rows(session: Session, model: Any, rows: Iterable[dict[str, Any]], key: str = "id") -> int:
    """Set the columns each row gives on the row of the table whose ``key`` column it names; how many rows.

    Rows giving the same columns are updated together, a statement per batch. The session's objects for these
    rows are not refreshed: expire them if they are read again.
    """
    table = table_of(model)
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(tuple(sorted(row)), []).append(row)
    if not groups:
        return 0
    session.flush()
    for names, group in groups.items():
        assert key in names, f"each row must name its {key}"
        stmt = (
            update(table)
            .where(table.c[key] == bindparam(f"b_{key}"))
            .values({name: bindparam(f"b_{name}") for name in names if name != key})
        )
        for chunk in _chunks(group):
            session.execute(stmt, [{f"b_{k}": v for k, v in row.items()} for row in chunk])
    return sum(len(group) for group in groups.values())
