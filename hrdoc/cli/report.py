"""The ``report`` command: a case's PDF report, redacted for an audience, written beside its target as it is made
and renamed into place whole.

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
from hrdoc.cli.messages import N_, language, tr

if TYPE_CHECKING:
    from hrdoc.services.reporting import ReportScope
    from hrdoc.services.reporting.scope_words import ScopeWords


# What the command says before it makes a report, and when it refuses an empty one, by audience.
WILL_HOLD = {
    "public": N_("the public report of {reference} will hold:"),
    "partners": N_("the partners report of {reference} will hold:"),
    "internal": N_("the internal report of {reference} will hold:"),
}
WOULD_BE_EMPTY = {
    "public": N_(
        "the public report of {reference} would hold {reason}; nothing was written: use --allow-empty to make it anyway"
    ),
    "partners": N_(
        "the partners report of {reference} would hold {reason}; nothing was written: use --allow-empty to make it "
        "anyway"
    ),
    "internal": N_(
        "the internal report of {reference} would hold {reason}; nothing was written: use --allow-empty to make it "
        "anyway"
    ),
}


WROTE = {
    "public": N_("wrote the public report of {case} to {target} ({size})"),
    "partners": N_("wrote the partners report of {case} to {target} ({size})"),
    "internal": N_("wrote the internal report of {case} to {target} ({size})"),
}


def cmd_report(args: argparse.Namespace, out: TextIO) -> int:
    import tempfile

    from hrdoc.services.reporting import ReportService, report_language

    target = Path(args.output)
    if target.exists() and not args.force:
        raise CliError(N_("{target} already exists; use --force to replace it"), target=target)
    if not target.parent.is_dir():
        raise CliError(N_("the folder {parent} does not exist"), parent=target.parent)
    ctx = open_context(args)
    meter = Meter()
    try:
        service = ReportService(ctx)
        scope = service.scope(args.case, args.audience)
        tell_scope(scope)
        if scope.empty and not args.allow_empty:
            reason = scope_words().empty_reason(scope)  # the report dialog's words, in the terminal's language
            raise CliError(WOULD_BE_EMPTY[scope.audience.value], reference=scope.reference, reason=reason)
        # Written as it is made into a temporary file beside the target (never held whole: a large case's
        # report is tens of MiB), which holds the final, redacted PDF only and is renamed into place in one
        # step once complete; removed if anything fails or the report is cancelled.
        try:
            fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
        except OSError as err:
            raise CliError(N_("cannot write {target}: {reason}"), target=target, reason=err.strerror or err) from None
        try:
            with os.fdopen(fd, "wb") as fh:
                size = service.write(
                    args.case,
                    args.audience,
                    fh,
                    organisation=args.organisation,
                    author=args.author,  # only as given: a login name never signs a report by itself
                    language=args.language or report_language(language()),  # by default, the CLI's messages'
                    progress=meter,
                )
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp_name, target)
        except OSError as err:
            Path(tmp_name).unlink(missing_ok=True)
            raise CliError(N_("cannot write {target}: {reason}"), target=target, reason=err.strerror or err) from None
        except BaseException:
            Path(tmp_name).unlink(missing_ok=True)
            raise
    finally:
        meter.end()
        ctx.close()
    from hrdoc.cli.counts import BYTES

    said = tr(WROTE[args.audience]).format(case=args.case, target=target, size=BYTES(size))
    print(said, file=out)
    return 0


def tell_scope(scope: ReportScope) -> None:
    """What the report will hold, on stderr: a message for the person running the command, not data."""
    from hrdoc.cli.render import one_line

    print(one_line(tr(WILL_HOLD[scope.audience.value]).format(reference=scope.reference)), file=sys.stderr)
    for line in scope_words().lines(scope):  # the lines the report dialog shows, in the terminal's language
        print(f"  {one_line(line)}", file=sys.stderr)


def scope_words() -> ScopeWords:
    """What a report's scope says, in the terminal's language and with its numbers."""
    from hrdoc.cli.messages import number
    from hrdoc.services.reporting.scope_words import ScopeWords

    return ScopeWords(tr, number)
