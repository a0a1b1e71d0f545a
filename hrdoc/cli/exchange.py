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
from hrdoc.cli.messages import N_, quoted, tr, words
from hrdoc.domain.errors import Phrase
from hrdoc.services.errors import NotFound
from hrdoc.storage.location import StoreLocation

if TYPE_CHECKING:
    from hrdoc.services.context import StoreContext
    from hrdoc.services.exchange.merge import MergeReport
    from hrdoc.services.exchange.sync import SyncReport


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
        text = ask_secret(tr("Bundle passphrase: "), no_passphrase)
        if confirm and ask_secret(tr("Bundle passphrase again: "), no_passphrase) != text:
            raise CliError(N_("the two bundle passphrases differ; nothing was written"))
    if not text:
        raise CliError(N_("the bundle passphrase is empty"))
    return text


# The audiences as a sentence names them ("for the partners").
AUDIENCES = {"public": N_("the public"), "partners": N_("the partners"), "internal": N_("internal use")}
WROTE_BUNDLE = N_("wrote {target}: case {reference} for {audience}, {records}, {files}")
WROTE_ENCRYPTED_BUNDLE = N_("wrote {target}: case {reference} for {audience}, {records}, {files}, encrypted")


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
    from hrdoc.cli.counts import EVIDENCE_FILES, RECORDS

    records = sum(n for k, n in summary.counts.items() if k not in ("audit", "custody"))
    wrote = WROTE_ENCRYPTED_BUNDLE if summary.encrypted else WROTE_BUNDLE
    print(
        tr(wrote).format(
            target=target,
            reference=case.reference,
            audience=tr(AUDIENCES[args.audience]),
            records=RECORDS(records),
            files=EVIDENCE_FILES(summary.files),
        ),
        file=out,
    )
    if args.audience == "internal":
        tell(N_("it holds witness identities: keep it encrypted and hand it over only to your team"))
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
    for line in merge_lines(report):
        print(line, file=out)
    return 0


def merge_lines(report: MergeReport) -> list[str]:
    """What a merge did, in the terminal's language (the app's words for it: hrdoc.gui.exchange.common)."""
    from hrdoc.cli.counts import RECORDS
    from hrdoc.cli.messages import number

    def counted(by_kind: dict[str, int]) -> str:
        from hrdoc.cli.render import kind_name

        total = number(sum(by_kind.values()))
        each = tr(", ").join(f"{number(n)} × {kind_name(kind)}" for kind, n in sorted(by_kind.items()))
        return f"{total} ({each})" if by_kind else total

    made = N_("created case {case}") if report.created_case else N_("merged into case {case}")
    lines = [
        tr(made).format(case=report.case_id),
        tr("Records added: {records}").format(records=counted(report.added)),
        tr("Records updated: {records}").format(records=counted(report.updated)),
        tr("Unchanged: {unchanged}; newer here, kept: {kept}; deleted: {deleted}").format(
            unchanged=number(report.unchanged), kept=number(report.kept_local), deleted=number(report.deleted)
        ),
        tr("Account versions added: {versions}; evidence files added: {files}").format(
            versions=number(report.account_versions_added), files=number(report.files_added)
        ),
        tr("Audit log entries added: {audit_entries}; custody log entries added: {custody_entries}").format(
            audit_entries=number(report.audit_entries_added), custody_entries=number(report.custody_entries_added)
        ),
    ]
    if report.cut_to:
        lines.append(
            tr(
                "merged as a copy for {audience}: the store it came from holds only what they may see of this "
                "case, so its empty fields, deletions and log changed nothing here"
            ).format(audience=tr(AUDIENCES.get(report.cut_to, report.cut_to)))
        )
    if report.settled:
        lines.append(tr("Conflicts settled by a decision made elsewhere: {count}").format(count=number(report.settled)))
    if report.conflicts:
        lines.append(
            tr(
                "CONFLICTS: {records} changed on both sides; both versions are kept: resolve them in the app "
                "(Case → Conflicts) or with `hrdoc conflicts`"
            ).format(records=RECORDS(report.conflicts))
        )
    return lines


def sync_lines(report: SyncReport) -> list[str]:
    """What a sync did, both ways, in the terminal's language."""
    out = [tr("from the team store:")]
    if report.pulled is not None:
        out += [f"  {line}" for line in merge_lines(report.pulled)]
    else:
        out.append("  " + tr("(the team store did not have it)"))
    out += [tr("to the team store:")] + [f"  {line}" for line in merge_lines(report.pushed)]
    if report.accepted_team_log is not None:
        # What was wrong with the log is the team-log check's own words (hrdoc.services.exchange.team_log).
        out.append(
            tr("accepted the team store's audit log as it now is, although {problem}").format(
                problem=words(report.accepted_team_log)
            )
        )
    return out


def team_context(args: argparse.Namespace) -> StoreContext:
    from hrdoc.services.session import unlock_store

    location = StoreLocation.parse(args.team)
    passphrase: str | None = None
    if location.path is not None:
        if args.team_passphrase_file:
            passphrase = read_secret_file(args.team_passphrase_file, N_("team store passphrase"))
        else:
            passphrase = os.environ.get(TEAM_ENV) or ask_secret(
                tr("Team store passphrase: "),
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
                progress=lambda _done, _total, what: print(f"… {one_line(tr(what))}", file=sys.stderr),
                accept_team_log=args.accept_team_log,
            )
        finally:
            team.close()
    finally:
        ctx.close()
    for line in sync_lines(report):
        print(line, file=out)
    return 0


KEPT = {"local": N_("kept the local version"), "incoming": N_("kept the incoming version")}


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
            print(tr(KEPT[args.keep]), file=out)
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
        tell(Phrase(N_("{reference} has no open conflicts"), reference=case.reference))
    from hrdoc.cli.render import field_name, kind_name, labelled

    for row in rows:
        local, incoming, kind = row["local"], row["incoming"], row["kind"]
        came = tr("(from {origin})").format(origin=row["origin"])
        print(f"{row['id']}  {kind_name(kind)} {quoted(row['label'])}  {came}", file=out)
        if local is None:
            print("    " + tr("deleted here; changed there"), file=out)
        elif incoming is None:
            print("    " + tr("changed here; deleted there"), file=out)
        for name in row["differing_fields"]:
            here, there = (_conflict_value(kind, name, side[name]) for side in (local, incoming))
            sides = tr("here {here}  |  there {there}").format(here=here, there=there)
            print(f"    {labelled(field_name(kind, name), sides)}", file=out)
    return 0


def _conflict_value(kind: str, name: str, value: Any) -> str:
    """One side's value of a field in conflict, in words; text in quotes, so that its spaces show."""
    from hrdoc.cli.render import field_value, value_text

    if value is None or value == "":
        return tr("(empty)")
    shown = field_value(kind, name, value)
    return quoted(shown) if isinstance(shown, str) else value_text(shown)
