"""The ``report`` command: a case's PDF report, redacted for an audience, written into place whole.

Before making it, the command says on stderr what the report will hold for the audience and why the rest is
left out (:meth:`ReportService.scope`, the lines the app's report dialog shows), and refuses a report that would
hold no incident unless given ``--allow-empty``.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from hrdoc.cli.common import CliError, Meter, open_context
from hrdoc.cli.messages import language

if TYPE_CHECKING:
    from hrdoc.services.reporting import ReportScope


def cmd_report(args: argparse.Namespace, out: TextIO) -> int:
    import tempfile

    from hrdoc.services.reporting import ReportService, report_language

    target = Path(args.output)
    if target.exists() and not args.force:
        raise CliError(f"{target} already exists; use --force to replace it")
    if not target.parent.is_dir():
        raise CliError(f"the folder {target.parent} does not exist")
    ctx = open_context(args)
    meter = Meter()
    try:
        service = ReportService(ctx)
        scope = service.scope(args.case, args.audience)
        tell_scope(scope)
        if scope.empty and not args.allow_empty:
            raise CliError(
                f"the {scope.audience.value} report of {scope.reference} would hold {scope.empty_reason()}; "
                "nothing was written: use --allow-empty to make it anyway"
            )
        pdf = service.render(
            args.case,
            args.audience,
            organisation=args.organisation,
            author=args.author,  # only as given: a login name never signs a report by itself
            language=args.language or report_language(language()),  # by default, that of the CLI's messages
            progress=meter,
        )
    finally:
        meter.end()
        ctx.close()
    # The temporary file holds the final, redacted PDF only; it is renamed into place in one step.
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(pdf)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp_name, target)
        except BaseException:
            Path(tmp_name).unlink(missing_ok=True)
            raise
    except OSError as err:
        raise CliError(f"cannot write {target}: {err.strerror or err}") from None
    print(f"wrote the {args.audience} report of {args.case} to {target} ({len(pdf):,} bytes)", file=out)
    return 0


def tell_scope(scope: ReportScope) -> None:
    """What the report will hold, on stderr: a message for the person running the command, not data."""
    from hrdoc.cli.render import one_line

    print(one_line(f"the {scope.audience.value} report of {scope.reference} will hold:"), file=sys.stderr)
    for line in scope.lines():
        print(f"  {one_line(line)}", file=sys.stderr)
