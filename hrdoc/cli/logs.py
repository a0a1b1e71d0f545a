"""The log commands: ``audit`` (a case's audit log), and how ``audit`` and ``custody`` say where an entry was
written and when it arrived here.

An entry merged from another store (by a bundle or a team store) keeps the time, place and person of its
first writing: its ``at`` and ``actor`` are those, and its details (``arrival``) name the store that wrote
it first and say when it arrived in this one. Both are printed beside each other, never one for the other.
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any, TextIO

from hrdoc.cli.common import open_context, print_json, tell
from hrdoc.cli.messages import N_, moment, tr, words
from hrdoc.domain.errors import Phrase


def provenance_fields(at: dt.datetime, details: dict[str, Any] | None) -> dict[str, Any]:
    """When an entry happened, where it was first written and when it arrived here, as JSON fields (``at``:
    its first writer's time; ``written_in`` and the arrival ``None`` for an entry written here)."""
    from hrdoc.services import audit

    came = audit.provenance(details, at)
    fields: dict[str, Any] = {"at": audit.happened_at(at, details).isoformat()}
    if came is None:
        return fields | {"written_in": None, "arrived_at": None, "arrived_from": None}
    return fields | {
        "written_in": {"store": came.store, "name": came.store_name or None, "where": came.where},
        "arrived_at": came.arrived_at.isoformat() if came.arrived_at is not None else None,
        "arrived_from": came.via or None,
    }


def provenance_line(fields: dict[str, Any]) -> str:
    """One line for people, from :func:`provenance_fields`, in the terminal's language: "written in amina's store
    (f2991502); arrived here 27 March 2026, 10:04:11 UTC from the team store"."""
    if fields["written_in"] is None:
        return tr("written in this store")
    arrived = fields["arrived_at"]
    when = moment(dt.datetime.fromisoformat(arrived)) if arrived else tr("(time not kept)")
    line = tr("written in {store}; arrived here {when}").format(store=fields["written_in"]["where"], when=when)
    if fields["arrived_from"]:  # where it came from, in the exchange services' words
        line += " " + tr("from {origin}").format(origin=fields["arrived_from"])
    return line


def shown_details(details: dict[str, Any] | None) -> dict[str, Any]:
    """An entry's details as its first writer wrote them (where it came from is said on a line of its own)."""
    from hrdoc.services import audit

    return audit.as_first_written(details)


def cmd_audit(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.domain.vocabularies import VIOLATION_TYPE
    from hrdoc.services import audit
    from hrdoc.services.audit_words import CaseNames, shown
    from hrdoc.services.cases import CaseService
    from hrdoc.services.vocab import VocabularyService

    ctx = open_context(args)
    try:
        case = CaseService(ctx).resolve(args.case)
        # What the entries say, in words: the case's records name what older entries wrote as codes and ids.
        violations = VocabularyService(ctx).labels(VIOLATION_TYPE)
        names = None if args.json else CaseNames(CaseService(ctx).export(str(case.id)), violations)
        with ctx.read() as session:
            entries = list(reversed(audit.entries_for_case(session, case.id, limit=args.limit)))
            rows: list[dict[str, Any]] = [
                {
                    "seq": e.seq,
                    **provenance_fields(e.at, e.details),  # at: when it happened, where it was first written
                    "actor": e.actor,
                    "action": e.action,
                    "entity_type": e.entity_type,
                    "entity_id": e.entity_id,
                    "summary": e.summary,
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
        tell(Phrase(N_("{reference} has no audit entries"), reference=case.reference))
    from hrdoc.cli.render import inline, kind_name
    from hrdoc.domain.enums import AuditAction, label, sense

    assert names is not None
    for row in rows:
        action = tr(label(row["action"], AuditAction), sense(AuditAction) or "")
        kind = inline(kind_name(row["entity_type"])) if row["entity_type"] else ""
        what = f"{action} {kind}".strip()  # in words: "Create victim of an allegation"
        # What the entry says: the audit service's words (hrdoc.services.audit_words), a phrase put into words here.
        said = words(shown(row | {"case_id": case.id}, names))
        print(f"{row['seq']:>6}  {moment(row['at'])}  {row['actor']:<14} {what:<20} {said}", file=out)
        if row["written_in"] is not None:
            print(f"        {provenance_line(row)}", file=out)
    return 0
