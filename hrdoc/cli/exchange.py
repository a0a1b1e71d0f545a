"""Moving a case between laptops and the team: export it to a bundle, import a bundle, sync with the team
store, and list or resolve the conflicts a merge left."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from hrdoc.cli.common import (
    BUNDLE_ENV,
    TEAM_ENV,
    CliError,
    Meter,
    UsageError,
    ask_secret,
    existing_file,
    open_context,
    parse_uuid,
    print_json,
    read_secret_file,
    tell,
    user_name,
    watch_saves,
)
from hrdoc.domain.errors import Phrase
from hrdoc.domain.marks import N_
from hrdoc.services.errors import NotFound
from hrdoc.storage.location import StoreLocation

if TYPE_CHECKING:
    from hrdoc.services.context import StoreContext


def _bundle_passphrase(args: argparse.Namespace, *, confirm: bool) -> str:
    if args.bundle_passphrase_file:
        text = read_secret_file(args.bundle_passphrase_file, N_("bundle passphrase"))
    elif os.environ.get(BUNDLE_ENV):
        text = os.environ[BUNDLE_ENV]
    else:
        why = (
            N_("--encrypt needs a bundle passphrase")
            if confirm
            else N_("the bundle is encrypted and no passphrase given")
        )
        no_passphrase = Phrase(
            N_("{why}: use --bundle-passphrase-file FILE or set {bundle_env}"), why=Phrase(why), bundle_env=BUNDLE_ENV
        )
        text = ask_secret("Bundle passphrase: ", no_passphrase)
        if confirm and ask_secret("Bundle passphrase again: ", no_passphrase) != text:
            raise CliError(N_("the two bundle passphrases differ; nothing was written"))
    if not text:
        raise CliError(N_("the bundle passphrase is empty"))
    return text


def cmd_export(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.services.cases import CaseService
    from hrdoc.services.exchange.bundles import export_case

    target = Path(args.output).expanduser()
    if target.exists() and not args.force:
        raise CliError(N_("{target} already exists; use --force to replace it"), target=target)
    if not target.parent.is_dir():
        raise CliError(N_("the folder {parent} does not exist"), parent=target.parent)
    passphrase = _bundle_passphrase(args, confirm=True) if args.encrypt else None
    ctx = open_context(args)
    try:
        case = CaseService(ctx).resolve(args.case)
        meter = Meter()
        try:
            summary = export_case(ctx, case.id, target, audience=args.audience, passphrase=passphrase, progress=meter)
        finally:
            meter.end()
    finally:
        ctx.close()
    from hrdoc.cli.render import count_of

    records = sum(n for k, n in summary.counts.items() if k not in ("audit", "custody"))
    print(
        f"wrote {target}: case {case.reference} for the {args.audience} audience, {count_of(records, 'record')}, "
        f"{count_of(summary.files, 'evidence file')}{', encrypted' if summary.encrypted else ''}",
        file=out,
    )
    if args.audience == "internal":
        tell("it holds witness identities: keep it encrypted and hand it over only to your team")
    return 0


def cmd_import(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.services.exchange.bundle import is_encrypted_bundle
    from hrdoc.services.exchange.bundles import import_bundle

    path = existing_file(args.bundle)
    passphrase = _bundle_passphrase(args, confirm=False) if is_encrypted_bundle(path) else None
    ctx = open_context(args)
    meter = Meter()
    try:
        report = import_bundle(ctx, path, passphrase=passphrase, progress=meter)
    finally:
        meter.end()
        ctx.close()
    for line in report.lines():
        print(line, file=out)
    return 0


def team_context(args: argparse.Namespace) -> StoreContext:
    from hrdoc.services.session import unlock_store

    location = StoreLocation.parse(args.team)
    passphrase: str | None = None
    if location.path is not None:
        if args.team_passphrase_file:
            passphrase = read_secret_file(args.team_passphrase_file, N_("team store passphrase"))
        else:
            passphrase = os.environ.get(TEAM_ENV) or ask_secret(
                "Team store passphrase: ",
                Phrase(
                    N_("no passphrase for the team store {path}: use --team-passphrase-file FILE or set {env}"),
                    path=location.path,
                    env=TEAM_ENV,
                ),
            )
    return watch_saves(unlock_store(args.team, passphrase, user=user_name(args)))


def cmd_sync(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.cli.render import one_line
    from hrdoc.services.cases import CaseService
    from hrdoc.services.exchange.sync import sync_case

    ctx = open_context(args)
    try:
        team = team_context(args)
        try:
            try:
                case = CaseService(ctx).resolve(args.case)
            except NotFound:  # not on this laptop yet: fetch it from the team store
                case = CaseService(team).resolve(args.case)
            report = sync_case(
                ctx,
                team,
                case.id,
                progress=lambda _done, _total, what: print(f"… {one_line(what)}", file=sys.stderr),
                accept_team_log=args.accept_team_log,
            )
        finally:
            team.close()
    finally:
        ctx.close()
    for line in report.lines():
        print(line, file=out)
    return 0


def cmd_conflicts(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.services.cases import CaseService
    from hrdoc.services.exchange.conflicts import ConflictService

    if bool(args.resolve) != bool(args.keep):
        raise UsageError(N_("--resolve CONFLICT and --keep local|incoming go together"))
    ctx = open_context(args)
    try:
        case = CaseService(ctx).resolve(args.case)
        service = ConflictService(ctx)
        if args.resolve:
            notes = service.resolve(parse_uuid(args.resolve, "a conflict id"), args.keep)
            print(f"kept the {args.keep} version", file=out)
            for note in notes:  # what else the decision did, or could not do
                print(note, file=out)
            return 0
        conflicts = service.open_conflicts(case.id)
    finally:
        ctx.close()
    rows: list[dict[str, Any]] = [
        {
            "id": str(c.id),
            "kind": c.kind,
            "record_id": str(c.record_id),
            "label": c.label,
            "origin": c.origin,
            "detected_at": c.detected_at,
            "differing_fields": c.differing_fields(),
            "local": c.local,
            "incoming": c.incoming,
        }
        for c in conflicts
    ]
    if args.json:
        print_json(out, rows)
        return 0
    if not rows:
        tell(f"{case.reference} has no open conflicts")
    from hrdoc.cli.render import field_name, kind_name

    for row in rows:
        local, incoming, kind = row["local"], row["incoming"], row["kind"]
        print(f"{row['id']}  {kind_name(kind)} “{row['label']}”  (from {row['origin']})", file=out)
        if local is None:
            print("    deleted here; changed there", file=out)
        elif incoming is None:
            print("    changed here; deleted there", file=out)
        for name in row["differing_fields"]:
            here, there = (_conflict_value(kind, name, side[name]) for side in (local, incoming))
            print(f"    {field_name(kind, name)}: here {here}  |  there {there}", file=out)
    return 0


def _conflict_value(kind: str, name: str, value: Any) -> str:
    """One side's value of a field in conflict, in words; text in quotes, so that its spaces show."""
    from hrdoc.cli.render import field_value, value_text

    if value is None or value == "":
        return "(empty)"
    shown = field_value(kind, name, value)
    return f"“{shown}”" if isinstance(shown, str) else value_text(shown)
