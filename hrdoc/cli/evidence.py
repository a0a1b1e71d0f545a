"""Evidence commands: add a file or a web capture to a case's vault, list a case's files, print an item's chain
of custody, write a copy of a file for an audience."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from hrdoc.cli.common import (
    CliError,
    Meter,
    UsageError,
    existing_file,
    open_context,
    parse_uuid,
    parse_when,
    print_json,
    tell,
)
from hrdoc.cli.logs import provenance_fields, provenance_line, shown_details
from hrdoc.cli.messages import N_, moment, tr, words
from hrdoc.domain.errors import Phrase
from hrdoc.services.errors import NotFound


def cmd_attach(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.domain.enums import Visibility
    from hrdoc.services.cases import CaseService
    from hrdoc.services.evidence.service import EvidenceService

    source = existing_file(args.file)
    acquired_at = parse_when(args.acquired_at, "--acquired-at")
    copy_of = parse_uuid(args.copy_of, "an evidence item id") if args.copy_of else None
    if args.alteration and copy_of is None:
        raise UsageError(N_("--alteration describes a working copy: give --copy-of ITEM too"))
    ctx = open_context(args)
    try:
        case = CaseService(ctx).resolve(args.case)
        service = EvidenceService(ctx)
        common: dict[str, Any] = {
            "description": args.description,
            "acquired_at": acquired_at,
            "acquired_by": args.acquired_by,
            "acquired_from": args.acquired_from,
            "visibility": Visibility(args.visibility),
        }
        if args.to:
            common["attach_to"] = args.to
        meter = Meter()
        common["progress"] = meter
        try:
            if copy_of is not None:
                if service.get(copy_of).case_id != case.id:
                    raise CliError(N_("evidence item {copy_of} belongs to another case"), copy_of=copy_of)
                result = service.working_copy(copy_of, source, alteration_note=args.alteration, **common)
            else:
                result = service.intake(case.id, source, **common)
        finally:
            meter.end()
    finally:
        ctx.close()
    if args.json:
        print_json(
            out,
            {
                "id": str(result.evidence_id),
                "sha256": result.sha256,
                "size": result.size,
                "mime_type": result.mime_type,
                "metadata": result.metadata,
            },
        )
        return 0
    print(
        tr("added {file} to {reference} as evidence {item}").format(
            file=source.name, reference=case.reference, item=result.evidence_id
        ),
        file=out,
    )
    print(f"  {file_line(result.sha256, result.size, result.mime_type)}", file=out)
    from hrdoc.cli.render import metadata_lines

    for line in metadata_lines(result.metadata):
        print(f"  {line}", file=out)
    return 0


def file_line(sha256: str, size: int, mime_type: str) -> str:
    """A file's hash, size and type on one line: "sha256 4be1…  1 234 octets  image/jpeg"."""
    from hrdoc.cli.counts import BYTES

    return f"sha256 {sha256}  {BYTES(size)}  {mime_type}"


def cmd_capture(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.services.cases import CaseService
    from hrdoc.services.evidence.service import EvidenceService

    if args.timeout <= 0:
        raise UsageError(N_("--timeout must be more than 0 seconds"))
    ctx = open_context(args)
    try:
        case = CaseService(ctx).resolve(args.case)
        result, capture = EvidenceService(ctx).capture_url(case.id, args.url, source_id=args.to, timeout=args.timeout)
    finally:
        ctx.close()
    if args.json:
        print_json(out, {"id": str(result.evidence_id), "sha256": result.sha256, "capture": capture.metadata()})
        return 0
    print(
        tr("captured {url} into {reference} as evidence {item}").format(
            url=capture.final_url, reference=case.reference, item=result.evidence_id
        ),
        file=out,
    )
    for hop in capture.hops:
        print(f"  {hop.status} {hop.reason}  {hop.url}", file=out)
    when = tr("captured at {when} with {tool}").format(when=moment(capture.captured_at), tool=capture.tool)
    print(f"  {when}", file=out)
    for name, part in capture.parts.items():
        print(f"  {name:<10} {file_line(part.sha256, part.size, part.mime)}", file=out)
    if not capture.ok:
        answer = f"{capture.status} {capture.reason}"
        tell(Phrase(N_("the site answered {answer}; that answer is what was kept"), answer=answer), prefix=N_("note: "))
    for note in capture.notes:  # the capture service's words (hrdoc.services.evidence)
        tell(note, prefix=N_("note: "))
    return 0


def cmd_import_capture(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.services.cases import CaseService
    from hrdoc.services.evidence.service import EvidenceService

    path = existing_file(args.file)
    captured_at = parse_when(args.captured_at, "--captured-at")
    ctx = open_context(args)
    try:
        case = CaseService(ctx).resolve(args.case)
        result = EvidenceService(ctx).import_capture(
            case.id,
            path,
            url=args.url,
            captured_at=captured_at,
            captured_by=args.captured_by,
            tool=args.tool,
            note=args.note,
            source_id=args.to,
        )
    finally:
        ctx.close()
    print(
        tr("imported {file} into {reference} as evidence {item} (captured elsewhere)").format(
            file=path.name, reference=case.reference, item=result.evidence_id
        ),
        file=out,
    )
    print(f"  {file_line(result.sha256, result.size, result.mime_type)}", file=out)
    return 0


def cmd_evidence(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.services.cases import CaseService
    from hrdoc.services.evidence.service import EvidenceService

    ctx = open_context(args)
    try:
        case = CaseService(ctx).resolve(args.case)
        service = EvidenceService(ctx)
        items = [(item, service.attached_label(item)) for item in service.items(case.id)]
    finally:
        ctx.close()
    rows = [
        {
            "id": str(item.id),
            "original_filename": item.original_filename,
            "sha256": item.sha256,
            "size": item.size,
            "mime_type": item.mime_type,
            "in_vault": item.in_vault,
            "filed_under": label,
            "working_copy_of": str(item.original_id) if item.original_id else None,
            "visibility": item.visibility,
        }
        for item, label in items
    ]
    if args.json:
        print_json(out, rows)
        return 0
    if not rows:
        tell(Phrase(N_("{reference} has no evidence files"), reference=case.reference))
    from hrdoc.cli.counts import BYTES

    for row in rows:
        where = tr("vault") if row["in_vault"] else tr("held elsewhere")
        if row["working_copy_of"]:
            where += "  " + tr("(working copy of {item})").format(item=row["working_copy_of"])
        print(f"{row['id']}\t{row['original_filename']}\t{BYTES(int(row['size'] or 0))}\t{where}", file=out)
        under = row["filed_under"]  # a phrase (str() would drop its words): the evidence service's
        filed = tr("filed under {record}").format(record=words(under) if isinstance(under, str) else under)
        print(f"    sha256 {row['sha256']}  {row['mime_type']}  {filed}", file=out)
    return 0


# What a custody entry's details that are not fields of an evidence file say (hrdoc.services.evidence).
CUSTODY_DETAILS = {
    "acquired_from_digest": N_("Keyed digest of where it was obtained"),
    "audience": N_("Audience"),
    "bundle": N_("Bundle"),
    "captured_at": N_("Captured"),
    "captured_at_source": N_("Where the capture time comes from"),
    "captured_by": N_("Captured by"),
    "cleaned": N_("Metadata removed from the copy"),
    "copy_id": N_("Working copy"),
    "copy_sha256": N_("SHA-256 of the copy"),
    "copy_size": N_("Size of the copy"),
    "final_url": N_("Final address"),
    "from": N_("Came from"),
    "http_status": N_("HTTP status"),
    "note": N_("Note"),
    "reason": N_("Reason"),
    "removed": N_("Removed from the copy"),
    "tool": N_("With"),
    "url": N_("Address"),
    "url_source": N_("Where the address comes from"),
}


def cmd_custody(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.cli.render import field_name, field_value, labelled, value_text
    from hrdoc.domain.enums import CustodyAction, label, sense
    from hrdoc.services.evidence.service import EvidenceService

    item_id = parse_uuid(args.item, "an evidence item id")
    ctx = open_context(args)
    try:
        chain = EvidenceService(ctx).custody(item_id)
    finally:
        ctx.close()
    if not chain:
        raise NotFound(
            N_("no chain of custody for {item_id}: no evidence item with that id was ever in the vault"),
            item_id=item_id,
        )
    rows: list[dict[str, Any]] = [
        {
            "seq": e.seq,
            **provenance_fields(e.at, e.details),  # at: when it happened, where it was first written
            "actor": e.actor,
            "action": e.action,
            "item_sha256": e.item_sha256,
            "details": e.details,
            "entry_hash": e.entry_hash,
        }
        for e in chain
    ]
    if args.json:
        print_json(out, rows)
        return 0
    for row in rows:
        action = tr(label(row["action"], CustodyAction), sense(CustodyAction) or "")
        head = f"{row['seq']:>3}  {moment(row['at'])}  {action:<26} {row['actor']}"
        print(f"{head}  sha256 {row['item_sha256']}", file=out)
        if row["written_in"] is not None:  # when and by whom above; where, and when it arrived here
            print(f"       {provenance_line(row)}", file=out)
        for key, value in sorted(shown_details(row["details"]).items()):
            if value not in (None, "", [], {}):
                # a detail that is a field of an evidence file by its label, in words; any other by its own
                said = value_text(field_value("evidence", key, value))
                if key == "audience" and isinstance(value, str):
                    from hrdoc.cli.exchange import AUDIENCES

                    said = tr(AUDIENCES.get(value, value))
                name = tr(CUSTODY_DETAILS[key]) if key in CUSTODY_DETAILS else field_name("evidence", key)
                print(f"       {labelled(name.replace('_', ' '), said)}", file=out)
    return 0


def cmd_export_evidence(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.services.evidence.service import EvidenceService

    item_id = parse_uuid(args.item, "an evidence item id")
    target = Path(args.output).expanduser()
    if target.exists() and not args.force:
        raise CliError(N_("{target} already exists; use --force to replace it"), target=target)
    ctx = open_context(args)
    try:
        result = EvidenceService(ctx).export(item_id, target, audience=args.audience)
    finally:
        ctx.close()
    from hrdoc.cli.counts import BYTES

    print(
        tr("wrote {target} ({size}, sha256 {sha256})").format(
            target=target, size=BYTES(result.size), sha256=result.sha256
        ),
        file=out,
    )
    for line in result.removed:  # the evidence service's words for what it took out
        print("  " + tr("removed: {what}").format(what=line), file=out)
    if result.note:
        tell(result.note, prefix=N_("note: "))
    return 0
