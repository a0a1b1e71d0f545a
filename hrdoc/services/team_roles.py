"""The database roles of a team store on PostgreSQL: one owner, investigators, readers (``hrdoc team-roles``).

- The **owner** is the login that created the store (``hrdoc init``): it owns the tables, so it alone changes
  the schema (upgrades) and grants, and it can also turn the audit log's append-only triggers off. Its login is
  for setting up and upgrading, held by one or two people, not for daily work.
- An **investigator** gets what hrdoc needs to work and nothing more: reading and writing the records' tables;
  only reading and appending (never changing or deleting) on the audit log and the chains of custody; reading
  the schema's version; no DDL, so no way to turn the triggers off.
- A **reader** may only read every table (hrdoc's reading commands; the unlock cannot be recorded then).

Run by the owner (or a superuser). Idempotent: each role's privileges on the store's tables and sequences are
made exactly what its part calls for (missing ones granted, extra ones revoked), and each change is reported in
one line; a second run reports that nothing changed. Logins that do not exist are created when the owner may
create roles (``CREATEROLE``), without a password: hrdoc never sets, asks for or shows one.

Refused up front, changing nothing: a role that could undo the point (a superuser, the owner itself or a member
of it, a role that may create roles or switch triggers off with ``session_replication_role``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection, text

from hrdoc.domain.enums import AuditAction
from hrdoc.domain.errors import Phrase, UserError
from hrdoc.domain.marks import N_
from hrdoc.services import audit
from hrdoc.services.context import StoreContext

# Tables whose rows are never changed or removed (append-only triggers guard them; the roles keep them so).
APPEND_ONLY = frozenset({"audit_log", "custody_log"})
# Written only by schema upgrades, which the owner runs.
SCHEMA_ONLY = frozenset({"alembic_version"})
# The store's own facts (its id, the audit log's head, the vault key): added and updated, never removed.
STORE_FACTS = frozenset({"store_meta"})


class Part(StrEnum):
    INVESTIGATOR = "investigator"
    READER = "reader"


def wanted(part: Part, table: str, *, sequence: bool = False) -> frozenset[str]:
    """The privileges a role of this part needs on one table (or sequence) of the store."""
    if part is Part.READER:
        return frozenset() if sequence else frozenset({"SELECT"})
    if sequence:
        return frozenset({"USAGE", "SELECT"})  # nextval() for the tables' generated ids
    if table in APPEND_ONLY:
        return frozenset({"SELECT", "INSERT"})
    if table in SCHEMA_ONLY:
        return frozenset({"SELECT"})
    if table in STORE_FACTS:
        return frozenset({"SELECT", "INSERT", "UPDATE"})
    return frozenset({"SELECT", "INSERT", "UPDATE", "DELETE"})


@dataclass
class RolesReport:
    # What was done (or found already so), one line each: phrases, put into words by the CLI.
    lines: list[str] = field(default_factory=list)
    changed: bool = False


def quote(name: str) -> str:
    """An SQL identifier, quoted."""
    return '"' + name.replace('"', '""') + '"'


def _one(conn: Connection, sql: str, **params: object) -> Any:
    return conn.execute(text(sql), params).scalar()


@dataclass(frozen=True)
class _Store:
    schema: str
    database: str
    owner: str  # the owner of the store's tables
    me: str  # the login running this
    superuser: bool
    may_create_roles: bool
    owns_database: bool
    tables: tuple[str, ...]
    sequences: tuple[str, ...]


def _store(conn: Connection) -> _Store:
    if conn.dialect.name != "postgresql":
        raise UserError(N_("team-roles is for a team store on PostgreSQL: give its postgresql:// URL with --db"))
    schema = str(_one(conn, "SELECT current_schema()"))
    owner = _one(
        conn,
        "SELECT pg_get_userbyid(c.relowner) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = :schema AND c.relname = 'audit_log'",
        schema=schema,
    )
    if owner is None:
        raise UserError(N_("this database holds no hrdoc store: create one first with `hrdoc init --db URL`"))
    me = conn.execute(
        text(
            "SELECT current_user, r.rolsuper, r.rolcreaterole, pg_has_role(current_user, d.datdba, 'USAGE'), "
            "current_database() FROM pg_roles r, pg_database d WHERE r.rolname = current_user "
            "AND d.datname = current_database()"
        )
    ).one()
    relations = conn.execute(
        text(
            "SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = :schema AND c.relkind IN ('r', 'p', 'S') AND pg_get_userbyid(c.relowner) = :owner "
            "ORDER BY c.relname"
        ),
        {"schema": schema, "owner": owner},
    ).all()
    return _Store(
        schema=schema,
        database=str(me[4]),
        owner=str(owner),
        me=str(me[0]),
        superuser=bool(me[1]),
        may_create_roles=bool(me[1] or me[2]),
        owns_database=bool(me[1] or me[3]),
        tables=tuple(r[0] for r in relations if r[1] != "S"),
        sequences=tuple(r[0] for r in relations if r[1] == "S"),
    )


def _check_runner(conn: Connection, store: _Store) -> None:
    if not store.superuser and not _one(conn, "SELECT pg_has_role(current_user, :owner, 'USAGE')", owner=store.owner):
        raise UserError(
            N_(
                "only the login that owns the team store's tables ({owner}) may set its roles; you "
                "are {me}: run it with the owner's login"
            ),
            owner=store.owner,
            me=store.me,
        )


def _check_role(conn: Connection, store: _Store, name: str) -> bool:
    """Refuse a role that could undo what the roles are for; True if it exists."""
    found = conn.execute(
        text(
            "SELECT rolsuper, rolcreaterole, pg_has_role(:name, :owner, 'MEMBER') FROM pg_roles WHERE rolname = :name"
        ),
        {"name": name, "owner": store.owner},
    ).first()
    if found is None:
        if not store.may_create_roles:
            raise UserError(
                N_(
                    "there is no login {name} on the server and {me} may not create logins: ask the "
                    "server's administrator to create it (`createuser --pwprompt {name2}`), then run this "
                    "again"
                ),
                name=repr(name),
                me=store.me,
                name2=name,
            )
        return False
    superuser, creates_roles, owner_member = found
    why = None
    if name == store.owner or owner_member:
        why = Phrase(N_("it owns the store's tables (or is a member of {owner}, which does)"), owner=store.owner)
    elif superuser:
        why = Phrase(N_("it is a superuser of the server, which no privilege limits"))
    elif creates_roles:
        why = Phrase(N_("it may create roles (CREATEROLE), and so give itself the owner's rights"))
    elif _one(conn, "SELECT current_setting('server_version_num')::int") >= 150000 and _one(
        conn, "SELECT has_parameter_privilege(:name, 'session_replication_role', 'SET')", name=name
    ):
        why = Phrase(N_("it may set session_replication_role, which turns the audit log's triggers off"))
    if why is not None:
        raise UserError(
            N_(
                "{name} cannot be given a limited part: {why}; give each investigator a login of "
                "their own without these rights; nothing was changed"
            ),
            name=name,
            why=why,
        )
    return True


def _direct(conn: Connection, store: _Store, name: str) -> dict[str, set[tuple[str, bool]]]:
    """The privileges granted to ``name`` itself on each of the store's tables and sequences (grant option too)."""
    rows = conn.execute(
        text(
            "SELECT c.relname, a.privilege_type, a.is_grantable FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace CROSS JOIN LATERAL aclexplode(c.relacl) a "
            "WHERE n.nspname = :schema AND a.grantee = (SELECT oid FROM pg_roles WHERE rolname = :name)"
        ),
        {"schema": store.schema, "name": name},
    ).all()
    found: dict[str, set[tuple[str, bool]]] = {}
    for table, privilege, grantable in rows:
        found.setdefault(table, set()).add((privilege, bool(grantable)))
    return found


def _names(relations: Iterable[str], sequences: Iterable[str]) -> str:
    """Up to three tables or sequences by name; more by their number (always more than three)."""
    listed = sorted(relations)
    if len(listed) <= 3:
        return ", ".join(listed)
    counted = sum(1 for r in listed if r in set(sequences))
    if counted == 0:
        return Phrase(N_("{count} tables"), count=len(listed))
    if counted == len(listed):
        return Phrase(N_("{count} sequences"), count=len(listed))
    return Phrase(N_("{count} tables and sequences"), count=len(listed))


ORDER = ("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER", "USAGE")


def _listed(privileges: Iterable[str]) -> str:
    """Privileges in the order SQL's documentation gives them (unknown ones last, as named)."""
    return ", ".join(sorted(privileges, key=lambda p: (ORDER.index(p) if p in ORDER else len(ORDER), p)))


def _grant(conn: Connection, store: _Store, name: str, part: Part, report: RolesReport) -> None:
    role = quote(name)
    current = _direct(conn, store, name)
    grants: dict[frozenset[str], list[str]] = {}
    revokes: dict[frozenset[str], list[str]] = {}
    unoptioned: dict[frozenset[str], list[str]] = {}  # privileges it may no longer grant to others
    for relation in store.tables + store.sequences:
        is_sequence = relation in store.sequences
        want = wanted(part, relation, sequence=is_sequence)
        have = current.get(relation, set())
        kind = "SEQUENCE" if is_sequence else "TABLE"
        missing = frozenset(want - {p for p, _ in have})
        extra = frozenset(p for p, _ in have if p not in want)
        optioned = frozenset(p for p, grantable in have if grantable and p in want)
        if missing:
            conn.exec_driver_sql(f"GRANT {_listed(missing)} ON {kind} {quote(relation)} TO {role}")
            grants.setdefault(missing, []).append(relation)
        if extra:
            conn.exec_driver_sql(f"REVOKE {_listed(extra)} ON {kind} {quote(relation)} FROM {role}")
            revokes.setdefault(extra, []).append(relation)
        if optioned:  # may pass its privileges on: not any more
            conn.exec_driver_sql(f"REVOKE GRANT OPTION FOR {_listed(optioned)} ON {kind} {quote(relation)} FROM {role}")
            unoptioned.setdefault(optioned, []).append(relation)
    for privileges, relations in sorted(grants.items(), key=lambda kv: sorted(kv[0])):
        report.lines.append(
            Phrase(
                N_("{name}: granted {privileges} on {relations}"),
                name=name,
                privileges=_listed(privileges),
                relations=_names(relations, store.sequences),
            )
        )
    revoked = (
        N_("{name}: revoked {privileges} on {relations} (not needed as an investigator)")
        if part is Part.INVESTIGATOR
        else N_("{name}: revoked {privileges} on {relations} (not needed as a reader)")
    )
    for privileges, relations in sorted(revokes.items(), key=lambda kv: sorted(kv[0])):
        report.lines.append(
            Phrase(revoked, name=name, privileges=_listed(privileges), relations=_names(relations, store.sequences))
        )
    for privileges, relations in sorted(unoptioned.items(), key=lambda kv: sorted(kv[0])):
        report.lines.append(
            Phrase(
                N_("{name}: may no longer grant {privileges} on {relations} to others"),
                name=name,
                privileges=_listed(privileges),
                relations=_names(relations, store.sequences),
            )
        )
    if grants or revokes or unoptioned:
        report.changed = True


def _connect_and_schema(conn: Connection, store: _Store, name: str, report: RolesReport) -> None:
    role, database, schema = quote(name), quote(store.database), quote(store.schema)
    if not _granted_connect(conn, name):  # PUBLIC's right to connect, if any, is revoked below
        conn.exec_driver_sql(f"GRANT CONNECT ON DATABASE {database} TO {role}")
        report.lines.append(
            Phrase(N_("{name}: may connect to database {database}"), name=name, database=store.database)
        )
        report.changed = True
    if not _one(conn, "SELECT has_schema_privilege(:name, :schema, 'USAGE')", name=name, schema=store.schema):
        conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA {schema} TO {role}")
        report.lines.append(Phrase(N_("{name}: may use schema {schema}"), name=name, schema=store.schema))
        report.changed = True


def _granted_connect(conn: Connection, name: str) -> bool:
    return bool(
        _one(
            conn,
            "SELECT EXISTS (SELECT 1 FROM pg_database d CROSS JOIN LATERAL aclexplode(d.datacl) a "
            "WHERE d.datname = current_database() AND a.privilege_type = 'CONNECT' "
            "AND a.grantee = (SELECT oid FROM pg_roles WHERE rolname = :name))",
            name=name,
        )
    )


def _close_to_others(conn: Connection, store: _Store, names: list[str], report: RolesReport) -> None:
    """Only the owner and the roles named here may connect; nobody else may create objects in the schema.

    Creating a function in the schema would let a role run its code as whoever calls it (the owner too).
    """
    public_connects = _one(
        conn,
        "SELECT d.datacl IS NULL OR EXISTS (SELECT 1 FROM aclexplode(d.datacl) a WHERE a.grantee = 0 "
        "AND a.privilege_type IN ('CONNECT', 'TEMPORARY')) FROM pg_database d WHERE d.datname = current_database()",
    )
    if public_connects:
        if store.owns_database:
            conn.exec_driver_sql(f"REVOKE CONNECT, TEMPORARY ON DATABASE {quote(store.database)} FROM PUBLIC")
            report.lines.append(
                Phrase(
                    N_(
                        "database {database}: every other login (PUBLIC) may no longer connect; the owner and the "
                        "roles given a part here may"
                    ),
                    database=store.database,
                )
            )
            report.changed = True
        else:
            report.lines.append(
                Phrase(
                    N_(
                        "database {database}: every login may still connect (it is not {me}'s to change): ask the "
                        "administrator to run REVOKE CONNECT, TEMPORARY ON DATABASE {quoted_database} FROM PUBLIC"
                    ),
                    database=store.database,
                    me=store.me,
                    quoted_database=quote(store.database),
                )
            )
    for name in names:
        if not _one(conn, "SELECT has_schema_privilege(:name, :schema, 'CREATE')", name=name, schema=store.schema):
            continue
        schema_owner = _one(
            conn,
            "SELECT pg_has_role(current_user, nspowner, 'USAGE') FROM pg_namespace WHERE nspname = :s",
            s=store.schema,
        )
        if not (store.superuser or schema_owner):
            raise UserError(
                N_(
                    "{name} may create objects in schema {schema}, which {me} cannot take back: ask the "
                    "administrator to run REVOKE CREATE ON SCHEMA {quoted_schema} FROM PUBLIC (and from {name}), "
                    "then run this again; nothing was changed"
                ),
                name=name,
                schema=store.schema,
                me=store.me,
                quoted_schema=quote(store.schema),
            )
        conn.exec_driver_sql(f"REVOKE CREATE ON SCHEMA {quote(store.schema)} FROM PUBLIC, {quote(name)}")
        report.lines.append(
            Phrase(
                N_("schema {schema}: only its owner may create objects in it (revoked from PUBLIC)"),
                schema=store.schema,
            )
        )
        report.changed = True


def set_up_roles(ctx: StoreContext, *, investigators: list[str], readers: list[str]) -> RolesReport:
    """Give each named role its part on the team store, in one transaction (all of it, or nothing)."""
    both = sorted(set(investigators) & set(readers))
    if both:
        raise UserError(
            N_("{names} cannot be both an investigator and a reader: choose one part for each"), names=", ".join(both)
        )
    parts = {**{n: Part.INVESTIGATOR for n in investigators}, **{n: Part.READER for n in readers}}
    report = RolesReport()
    with ctx.write() as session:
        conn = session.connection()
        store = _store(conn)
        _check_runner(conn, store)
        exists = {name: _check_role(conn, store, name) for name in parts}
        for name, part in parts.items():
            if not exists[name]:
                conn.exec_driver_sql(f"CREATE ROLE {quote(name)} LOGIN")
                report.lines.append(
                    Phrase(
                        N_(
                            "created the login {name} without a password: set one as the administrator, with "
                            "`\\password {name}` in psql"
                        ),
                        name=name,
                    )
                )
                report.changed = True
            before = len(report.lines)
            _connect_and_schema(conn, store, name, report)
            _grant(conn, store, name, part, report)
            if len(report.lines) == before:
                unchanged = (
                    N_("{name}: already has exactly what an investigator needs; nothing changed")
                    if part is Part.INVESTIGATOR
                    else N_("{name}: already has exactly what a reader needs; nothing changed")
                )
                report.lines.append(Phrase(unchanged, name=name))
        _close_to_others(conn, store, list(parts), report)
        if report.changed:
            audit.record(
                session,
                ctx.user,
                AuditAction.UPDATE,
                entity_type="team_store",
                summary="set the team store's database roles: "
                + "; ".join(f"{name} as {part.value}" for name, part in parts.items()),
                details={"roles": {name: part.value for name, part in parts.items()}, "owner": store.owner},
            )
    report.lines.append(
        Phrase(
            N_(
                "{owner} owns the store's tables: keep its login for `hrdoc init`, upgrades and `hrdoc team-roles`, "
                "not for daily work"
            ),
            owner=store.owner,
        )
    )
    return report
