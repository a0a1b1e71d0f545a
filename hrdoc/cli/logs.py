"""The log commands: ``audit`` (a case's audit log), and how ``audit`` and ``custody`` say where an entry was
written and when it arrived here.

An entry merged from another store (by a bundle or a team store) keeps the time, place and person of its
first writing: its ``at`` and ``actor`` are those, and its details (``arrival``) name the store that wrote
it first and say when it arrived in this one. Both are printed beside each other, never one for the other.
"""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from hrdoc.cli.common import open_context, print_json

WRITTEN_HERE = "this store"


def provenance_fields(details: dict[str, Any] | None) -> dict[str, Any]:
    """Where an entry was first written and when it arrived here, as JSON fields (``None``: written here)."""
    from hrdoc.services import audit

    came = audit.provenance(details)
    if came is None:
        return {"written_in": None, "arrived_at": None, "arrived_from": None}
    return {
        "written_in": {"store": came.store, "name": came.store_name or None},
        "arrived_at": came.arrived_at.isoformat() if came.arrived_at is not None else None,
        "arrived_from": came.via or None,
    }


def provenance_line(details: dict[str, Any] | None) -> str:
    """One line for people: "written in amina's store (f2991502); arrived here 2026-… UTC from the team store"."""
    from hrdoc.services import audit

    came = audit.provenance(details)
    if came is None:
        return f"written in {WRITTEN_HERE}"
    line = f"written in {came.where}; arrived here "
    line += came.arrived_at.strftime("%Y-%m-%d %H:%M:%S UTC") if came.arrived_at is not None else "(time not kept)"
    return line + (f" from {came.via}" if came.via else "")


def shown_details(details: dict[str, Any] | None) -> dict[str, Any]:
    """An entry's details as its first writer wrote them (where it came from is said on a line of its own)."""
    from hrdoc.services import audit

    return audit.as_first_written(details)


def cmd_audit(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.services import audit
    from hrdoc.services.cases import CaseService

    ctx = open_context(args)
    try:
        case = CaseService(ctx).resolve(args.case)
        with ctx.read() as session:
            entries = list(reversed(audit.entries_for_case(session, case.id, limit=args.limit)))
            rows: list[dict[str, Any]] = [
                {
                    "seq": e.seq,
                    "at": e.at.isoformat(),
                    "actor": e.actor,
                    "action": e.action,
                    "entity_type": e.entity_type,
                    "entity_id": e.entity_id,
                    "summary": e.summary,
                    **provenance_fields(e.details),
                    "details": e.details,
                    "entry_hash": e.entry_hash,
                }
                for e in entries
            ]
    finally:
        ctx.close()
    if args.json:
        print_json(out, rows)
        return 0
    if not rows:
        print(f"{case.reference} has no audit entries", file=out)
    for row, entry in zip(rows, entries, strict=True):
        what = f"{row['action']} {row['entity_type']}".strip()
        print(f"{row['seq']:>6}  {row['at']}  {row['actor']:<14} {what:<20} {row['summary']}", file=out)
        if row["written_in"] is not None:
            print(f"        {provenance_line(entry.details)}", file=out)
    return 0
