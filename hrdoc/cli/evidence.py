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
from hrdoc.domain.marks import N_
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
    print(f"added {source.name} to {case.reference} as evidence {result.evidence_id}", file=out)
    print(f"  sha256 {result.sha256}  {result.size:,} bytes  {result.mime_type}", file=out)
    from hrdoc.cli.render import metadata_lines

    for line in metadata_lines(result.metadata):
        print(f"  {line}", file=out)
    return 0


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
    print(f"captured {capture.final_url} into {case.reference} as evidence {result.evidence_id}", file=out)
    for hop in capture.hops:
        print(f"  {hop.status} {hop.reason}  {hop.url}", file=out)
    print(f"  captured at {capture.captured_at.isoformat()} with {capture.tool}", file=out)
    for name, part in capture.parts.items():
        print(f"  {name:<10} sha256 {part.sha256}  {part.size:,} bytes  {part.mime}", file=out)
    if not capture.ok:
        tell(f"note: the site answered {capture.status} {capture.reason}; that answer is what was kept")
    for note in capture.notes:
        tell(f"note: {note}")
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
    print(f"imported {path.name} into {case.reference} as evidence {result.evidence_id} (captured elsewhere)", file=out)
    print(f"  sha256 {result.sha256}  {result.size:,} bytes  {result.mime_type}", file=out)
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
        tell(f"{case.reference} has no evidence files")
    for row in rows:
        where = "vault" if row["in_vault"] else "held elsewhere"
        copy = f"  (working copy of {row['working_copy_of']})" if row["working_copy_of"] else ""
        print(f"{row['id']}\t{row['original_filename']}\t{row['size']:,} bytes\t{where}{copy}", file=out)
        print(f"    sha256 {row['sha256']}  {row['mime_type']}  filed under {row['filed_under']}", file=out)
    return 0


def cmd_custody(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.cli.render import value_text
    from hrdoc.domain.enums import CustodyAction, label
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
        head = f"{row['seq']:>3}  {row['at']}  {label(row['action'], CustodyAction):<26} {row['actor']}"
        print(f"{head}  sha256 {row['item_sha256']}", file=out)
        if row["written_in"] is not None:  # when and by whom above; where, and when it arrived here
            print(f"       {provenance_line(row)}", file=out)
        for key, value in sorted(shown_details(row["details"]).items()):
            if value not in (None, "", [], {}):
                print(f"       {key.replace('_', ' ')}: {value_text(value)}", file=out)
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
    print(f"wrote {target} ({result.size:,} bytes, sha256 {result.sha256})", file=out)
    for line in result.removed:
        print(f"  removed: {line}", file=out)
    if result.note:
        tell(f"note: {result.note}")
    return 0
