"""The audit log's hash chain without the ORM: what an entry's hash covers, the head's form, and the unlock's
entry linked through the database driver's own connection (issue 15, point 1).

:mod:`hrdoc.services.audit` links every entry through the ORM's units of work; it hashes with
:func:`entry_hash` and reads and writes the head with :func:`parse_head` and :func:`head_value`, defined here
alone. Unlocking a store file records the unlock before the main window is painted, through :func:`link_unlock`
alone, on the store's first connection (before SQLAlchemy is imported: storage.first_connection) or on one of
its engine's, the same statements either way. It writes the entry exactly as the ORM's path does (the same
columns, stored in the same form, the same hash: tests/services/test_audit_unlock.py); whenever the ORM's path
would do more than number and hash one entry after the head (entries waiting to be linked, no head recorded), it
writes nothing and the caller takes the ORM's path.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from hrdoc.services.context import RunSQL

GENESIS = "0" * 64
HEAD_KEY = "audit_head"
# What an entry holds besides its place in the chain (seq, prev_hash, entry_hash).
CONTENT = ("at", "actor", "action", "entity_type", "entity_id", "case_id", "summary", "details")
# On a store file: the head, and whether entries wait to be linked (the unit of work holds the file's lock).
FILE_HEAD = "SELECT (SELECT value FROM store_meta WHERE key = :key), EXISTS (SELECT 1 FROM audit_pending)"
NEW_HEAD = "UPDATE store_meta SET value = :value WHERE key = :key"
# An entry's columns, as a store file's driver is given them (named parameters).
STORED = (*CONTENT, "seq", "prev_hash", "entry_hash")
INSERT = f"INSERT INTO audit_log ({', '.join(STORED)}) VALUES ({', '.join(':' + n for n in STORED)})"


def entry_hash(
    *,
    seq: int,
    at: dt.datetime,
    actor: str,
    action: str,
    entity_type: str,
    entity_id: str,
    case_id: str,
    summary: str,
    details: dict[str, Any],
    prev_hash: str,
) -> str:
    payload = {
        "seq": seq,
        "at": at.astimezone(dt.UTC).isoformat(timespec="microseconds"),
        "actor": actor,
        "action": action,
        "entity_type": entity_type,
        "entity_id": entity_id,
        "case_id": case_id,
        "summary": summary,
        "details": details,
        "prev_hash": prev_hash,
    }
    canonical = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def parse_head(value: str) -> tuple[int, str]:
    """The newest entry's number and hash, from the head's stored value."""
    last_seq, last_hash = value.split(":", 1)
    return int(last_seq), last_hash


def head_value(seq: int, last_hash: str) -> str:
    """The head's stored value for the newest entry ``seq`` with hash ``last_hash``."""
    return f"{seq}:{last_hash}"


def stored_time(at: dt.datetime) -> str:
    """A timestamp as a store file holds it: UTC without its zone (hrdoc.storage.base.UTCDateTime), in the text
    SQLAlchemy's SQLite ``DateTime`` writes, to the microsecond."""
    return at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def link_unlock(run: RunSQL, actor: str, action: str, summary: str) -> bool:
    """Write one entry (``actor`` did ``action`` now, nothing else named) after the head, and the new head, with
    ``run`` (:meth:`StoreContext.driver`, in its transaction, which holds a store file's write lock). False,
    writing nothing, if entries wait to be linked or no head is recorded: the ORM's path (services.audit) links
    those."""
    [(head, waiting)] = run(FILE_HEAD, {"key": HEAD_KEY})
    if head is None or waiting:
        return False
    last_seq, prev = parse_head(head)
    at = dt.datetime.now(dt.UTC)
    entry: dict[str, Any] = dict.fromkeys(("entity_type", "entity_id", "case_id"), "")
    entry |= {"at": at, "actor": actor, "action": action, "summary": summary, "details": {}}
    entry |= {"seq": last_seq + 1, "prev_hash": prev}
    entry["entry_hash"] = entry_hash(**entry)
    # Stored as the models' columns store them: the time as text (stored_time), details as JSON text.
    entry |= {"at": stored_time(at), "details": json.dumps(entry["details"])}
    run(INSERT, entry)
    run(NEW_HEAD, {"value": head_value(entry["seq"], entry["entry_hash"]), "key": HEAD_KEY})
    return True
