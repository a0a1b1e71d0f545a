"""Tables in and out as CSV: one table of a case for an audience, and ACLED-style files (export and import)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from hrdoc.cli.common import EXIT_ROWS_REJECTED, CliError, Meter, UsageError, existing_file, open_context
from hrdoc.cli.messages import N_, language, tr
from hrdoc.domain.errors import Phrase


def _csv_target(args: argparse.Namespace) -> Path:
    target = Path(args.output).expanduser()
    if target.exists() and not args.force:
        raise CliError(N_("{target} already exists; use --force to replace it"), target=target)
    if not target.parent.is_dir():
        raise CliError(N_("the folder {parent} does not exist"), parent=target.parent)
    return target


def cmd_table(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.services.tables import TABLE_KINDS, CsvError, export_table_csv

    if args.kind not in TABLE_KINDS:
        raise UsageError(
            N_("no table of {kind_name} records; choose from: {names}"),
            kind_name=repr(args.kind),
            names=", ".join(TABLE_KINDS),
        )
    target = _csv_target(args)
    ctx = open_context(args)
    try:
        # Written beside the target and renamed into place whole (as reports are).
        result = export_table_csv(ctx, args.case, args.kind, target, audience=args.audience, language=language())
    except CsvError as err:
        raise CliError(Phrase.of(err)) from None
    finally:
        ctx.close()
    from hrdoc.cli.counts import ROWS
    from hrdoc.cli.exchange import AUDIENCES
    from hrdoc.cli.render import inline, kind_name

    print(
        tr("wrote {rows} ({kind}) of {case} for {audience} to {target}").format(
            rows=ROWS(result.rows),
            kind=inline(kind_name(args.kind)),
            case=args.case,
            audience=tr(AUDIENCES[args.audience]),
            target=target,
        ),
        file=out,
    )
    return 0


def cmd_acled_export(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.services.acled import export_acled_csv
    from hrdoc.services.tables import CsvError

    target = _csv_target(args)
    ctx = open_context(args)
    try:
        result = export_acled_csv(ctx, args.case, target, audience=args.audience)
    except CsvError as err:
        raise CliError(Phrase.of(err)) from None
    finally:
        ctx.close()
    from hrdoc.cli.counts import INCIDENTS
    from hrdoc.cli.exchange import AUDIENCES

    print(
        tr("wrote {incidents} of {case} as ACLED CSV for {audience} to {target}").format(
            incidents=INCIDENTS(result.rows), case=args.case, audience=tr(AUDIENCES[args.audience]), target=target
        ),
        file=out,
    )
    return 0


def cmd_acled_import(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.services.acled import import_acled
    from hrdoc.services.tables import CsvError

    path = existing_file(args.file)
    ctx = open_context(args)
    meter = Meter()
    try:
        report = import_acled(ctx, args.case, path, strict=args.strict, visibility=args.visibility, progress=meter)
    except CsvError as err:
        raise CliError(Phrase.of(err)) from None
    finally:
        meter.end()
        ctx.close()
    for line in report.lines(tr):
        print(line, file=out)
    return 0 if report.ok else EXIT_ROWS_REJECTED
