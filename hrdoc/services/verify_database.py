"""The database under the records, as ``hrdoc verify`` checks it on either engine: are its pages, indexes and
rules sound, and does every reference between records name a record that is there?

- **A store file (SQLite)**: ``PRAGMA integrity_check``: every b-tree page, every index entry against its
  row, NOT NULL and CHECK rules. It walks every b-tree first, then reads each table's rows again with their
  index entries; with the usual page cache (64 MiB) a larger store is read and decrypted twice, so the cache
  is raised for the check to hold the store, up to :data:`CHECK_CACHE_MIB`, and given back after.
- **A team store (PostgreSQL)**: the server enforces the same rules as they are written, but its owner can
  switch them off (``ALTER TABLE ... DISABLE TRIGGER ALL`` stops the reference checks, so does
  ``session_replication_role = replica``), and a disk can fail under it. So, within one transaction and with
  index scans off (each table read whole, in its storage order): every row's NOT NULL and CHECK rules, every
  unique key counted for duplicates, the rules added without checking existing rows (``NOT VALID``) and the
  disabled triggers named. Where the database has the ``amcheck`` extension and this login may use it, the
  server's own page and index checks run as well (``verify_heapam``, ``bt_index_check`` with every row looked
  up); where not, a line says what its owner can do.
- **Both**: the references between records, with the same queries on both engines: for each foreign key the
  database declares (as reflected from it, not as hrdoc's models say it should be), the rows whose key names
  no row of the table it refers to.

Problems are named by table, row id and column or rule, never by what a record holds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, inspect
from sqlalchemy.exc import DBAPIError

from hrdoc.domain.errors import Phrase
from hrdoc.domain.marks import N_

# The most page cache the SQLite check takes: a store up to this size is read once, a larger one partly twice.
CHECK_CACHE_MIB = 256
# Per check, this many problems are named and the rest counted.
SHOWN = 20


@dataclass
class Found:
    checks: list[str] = field(default_factory=list)  # what was checked and held
    problems: list[str] = field(default_factory=list)  # what failed


def check_database(conn: Connection) -> Found:
    """Check the database ``conn`` is open on (in a read transaction); see the module docstring."""
    found = Found()
    if conn.dialect.name == "sqlite":
        _sqlite_integrity(conn, found)
        _references(conn, found)
    elif conn.dialect.name == "postgresql":
        _postgresql_integrity(conn, found)
    return found


def _quote(conn: Connection, name: str) -> str:
    return str(conn.dialect.identifier_preparer.quote(name))


# -- SQLite -------------------------------------------------------------------------------------------------


def _sqlite_integrity(conn: Connection, found: Found) -> None:
    # FTS5 keeps each table's index structure cached per connection, and its integrity check uses that cache
    # as it is: after another process wrote to the index, it reports "corruption" that is not there. A search
    # reloads the structure first.
    for (table,) in conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%fts5%'"
    ).all():
        quoted = _quote(conn, table)
        conn.exec_driver_sql(f"SELECT rowid FROM {quoted} WHERE {quoted} MATCH 'hrdocverify' LIMIT 1").all()
    pages = int(conn.exec_driver_sql("PRAGMA page_count").scalar() or 0)
    page_size = int(conn.exec_driver_sql("PRAGMA page_size").scalar() or 4096)
    cache = int(conn.exec_driver_sql("PRAGMA cache_size").scalar() or 0)
    held_kib = -cache if cache < 0 else cache * page_size // 1024
    wanted_kib = min(pages * page_size // 1024 + 1024, CHECK_CACHE_MIB * 1024)
    if wanted_kib > held_kib:
        conn.exec_driver_sql(f"PRAGMA cache_size = {-wanted_kib}")
    try:
        results = [str(row[0]) for row in conn.exec_driver_sql("PRAGMA integrity_check").all()]
    finally:
        if wanted_kib > held_kib:
            conn.exec_driver_sql(f"PRAGMA cache_size = {cache}")  # the pages beyond it are freed
    if results == ["ok"]:
        found.checks.append(Phrase(N_("database integrity: ok")))
    else:
        found.problems += [f"database integrity: {r}" for r in results]


# -- Both engines: references ----------------------------------------------------------------------------------


def _references(conn: Connection, found: Found) -> None:
    """For every foreign key the database declares, the rows that name a row not there (MATCH SIMPLE: a key
    with a column left empty names nothing, as both engines enforce it)."""
    inspector = inspect(conn)
    problems: list[str] = []
    for table in sorted(inspector.get_table_names()):
        key = inspector.get_pk_constraint(table).get("constrained_columns") or []
        for fk in inspector.get_foreign_keys(table):
            columns, parent, referred = fk["constrained_columns"], fk["referred_table"], fk["referred_columns"]
            if not referred:  # SQLite: a key naming the parent's primary key by omission
                referred = inspector.get_pk_constraint(parent).get("constrained_columns") or []
            if not columns or len(columns) != len(referred):
                continue
            c, p = "c", "p"
            joined = " AND ".join(
                f"{p}.{_quote(conn, r)} = {c}.{_quote(conn, col)}" for col, r in zip(columns, referred, strict=True)
            )
            given = " AND ".join(f"{c}.{_quote(conn, col)} IS NOT NULL" for col in columns)
            shown = ", ".join(f"{c}.{_quote(conn, k)}" for k in key) or "NULL"
            rows = conn.exec_driver_sql(
                f"SELECT {shown} FROM {_quote(conn, table)} {c} WHERE {given} AND NOT EXISTS"
                f" (SELECT 1 FROM {_quote(conn, parent)} {p} WHERE {joined})"
            ).all()
            what = ", ".join(columns)
            for row in rows[:SHOWN]:
                ident = "/".join(str(v) for v in row) if key else "?"
                problems.append(f"dangling reference in table {table} (row {ident}, {what}) to {parent}")
            if len(rows) > SHOWN:
                problems.append(f"dangling reference in table {table}: and {len(rows) - SHOWN} more rows ({what})")
    if problems:
        found.problems += problems
    else:
        found.checks.append(Phrase(N_("references between records: ok")))


# -- PostgreSQL ----------------------------------------------------------------------------------------------


def _postgresql_integrity(conn: Connection, found: Found) -> None:
    inspector = inspect(conn)
    tables = sorted(inspector.get_table_names())
    before = len(found.problems)
    # Read every table whole, in its storage order: an index would answer for rows it may have lost.
    for setting in ("enable_indexscan", "enable_indexonlyscan", "enable_bitmapscan"):
        conn.exec_driver_sql(f"SET LOCAL {setting} = off")
    try:
        rows = 0
        for table in tables:
            rows += _table_rules(conn, inspector, table, found)
        _unenforced(conn, found)
        _references(conn, found)
    finally:
        for setting in ("enable_indexscan", "enable_indexonlyscan", "enable_bitmapscan"):
            conn.exec_driver_sql(f"RESET {setting}")
    if len(found.problems) == before:
        found.checks.insert(
            0,
            Phrase(
                N_("database integrity: ok ({tables} tables, {rows} rows read; every rule and unique key holds)"),
                tables=len(tables),
                rows=rows,
            ),
        )
    _amcheck(conn, tables, found)


def _table_rules(conn: Connection, inspector: Any, table: str, found: Found) -> int:
    """Read ``table`` whole: count the rows breaking each NOT NULL and CHECK rule, and each unique key's
    duplicates. The number of rows."""
    name = _quote(conn, table)
    rules: list[tuple[str, str]] = [
        (
            f"column {col['name']} is empty in {{n}} row(s), where it must hold a value",
            f"{_quote(conn, col['name'])} IS NULL",
        )
        for col in inspector.get_columns(table)
        if not col.get("nullable", True)
    ]
    rules += [
        (f"{{n}} row(s) break its rule {check['name']}", f"NOT ({check['sqltext']})")
        for check in inspector.get_check_constraints(table)
    ]
    counts = ", ".join(f"count(*) FILTER (WHERE {condition})" for _, condition in rules)
    total, *broken = conn.exec_driver_sql(f"SELECT count(*){', ' + counts if counts else ''} FROM {name}").one()
    for (words, _), n in zip(rules, broken, strict=True):
        if n:
            found.problems.append(f"database integrity: table {table}: {words.format(n=n)}")
    keys = [inspector.get_pk_constraint(table).get("constrained_columns") or []]
    keys += [u["column_names"] for u in inspector.get_unique_constraints(table)]
    keys += [i["column_names"] for i in inspector.get_indexes(table) if i.get("unique") and all(i["column_names"])]
    for columns in {tuple(k) for k in keys if k}:
        listed = ", ".join(_quote(conn, c) for c in columns)
        given = " AND ".join(f"{_quote(conn, c)} IS NOT NULL" for c in columns)
        twice = conn.exec_driver_sql(
            f"SELECT count(*) FROM (SELECT 1 FROM {name} WHERE {given} GROUP BY {listed} HAVING count(*) > 1) d"
        ).scalar()
        if twice:
            found.problems.append(
                f"database integrity: table {table}: {twice} value(s) of ({', '.join(columns)}) appear in more "
                "than one row, which its unique key forbids"
            )
    return int(total)


def _unenforced(conn: Connection, found: Found) -> None:
    """Rules the server holds but does not enforce: added NOT VALID, or enforced by a trigger switched off."""
    for table, rule in conn.exec_driver_sql(
        "SELECT c.relname, k.conname FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid"
        " WHERE c.relnamespace = current_schema()::regnamespace AND NOT k.convalidated ORDER BY 1, 2"
    ).all():
        found.problems.append(
            f"database integrity: table {table}: its rule {rule} was added without checking the rows already "
            "there (NOT VALID), which hrdoc never does"
        )
    for table, trigger in conn.exec_driver_sql(
        "SELECT c.relname, t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
        " WHERE c.relnamespace = current_schema()::regnamespace AND t.tgenabled = 'D' ORDER BY 1, 2"
    ).all():
        found.problems.append(
            f"database integrity: table {table}: the server's trigger {trigger} is switched off, so what it "
            "enforces (a reference, or the audit log's append-only rule) is not enforced; the store's owner can "
            f"switch it on again: ALTER TABLE {table} ENABLE TRIGGER ALL"
        )


def _amcheck(conn: Connection, tables: list[str], found: Found) -> None:
    """The server's own checks of every table's pages and every b-tree index, where amcheck is available."""
    schema = conn.exec_driver_sql(
        "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'amcheck'"
    ).scalar()
    if schema is None:
        found.checks.append(
            "database pages: the server's page and index checks (the amcheck extension) are not installed in this "
            "database, so every row was read and every rule checked instead; the store's owner can add them "
            "(CREATE EXTENSION amcheck, as a superuser) for verify to run them too"
        )
        return
    ext = _quote(conn, str(schema))
    relations = conn.exec_driver_sql(
        "SELECT c.relname, c.relkind, c.oid FROM pg_class c LEFT JOIN pg_am a ON a.oid = c.relam"
        " WHERE c.relnamespace = current_schema()::regnamespace"
        " AND (c.relkind = 'r' OR (c.relkind = 'i' AND a.amname = 'btree')) ORDER BY c.relkind DESC, c.relname"
    ).all()
    before, indexes = len(found.problems), 0
    for relname, relkind, oid in relations:
        try:
            with conn.begin_nested():
                if relkind == "r":
                    damage = conn.exec_driver_sql(
                        f"SELECT blkno, offnum, msg FROM {ext}.verify_heapam(%(oid)s::regclass, check_toast => true)",
                        {"oid": oid},
                    ).all()
                    found.problems += [
                        f"database pages: table {relname}, page {blk}, item {off}: {msg}" for blk, off, msg in damage
                    ]
                else:
                    conn.exec_driver_sql(f"SELECT {ext}.bt_index_check(%(oid)s::regclass, true)", {"oid": oid})
                    indexes += 1
        except DBAPIError as err:
            sqlstate = getattr(err.orig, "sqlstate", None)
            if sqlstate == "42501":  # insufficient_privilege
                found.checks.append(
                    "database pages: this login may not run the server's page and index checks (amcheck); every "
                    "row was read and every rule checked instead; run verify with the store owner's login for them"
                )
                return
            found.problems.append(
                f"database pages: {'table' if relkind == 'r' else 'index'} {relname}: {_first_line(err)}"
            )
    if len(found.problems) == before:
        found.checks.append(
            f"database pages: the server's own checks (amcheck) found {len(tables)} tables and {indexes} indexes sound"
        )


def _first_line(err: DBAPIError) -> str:
    lines = str(err.orig).strip().splitlines()
    return lines[0] if lines else type(err.orig).__name__
