"""The ``hrdoc`` command: the desktop app, and the same services from a terminal.

User errors (a wrong passphrase, a missing case, invalid input) print one line on stderr and exit with a
non-zero status that says what kind of failure it was (:data:`~hrdoc.cli.common.EXIT_STATUSES`), without a
traceback. Passphrases come from ``--passphrase-file``, then ``HRDOC_PASSPHRASE``,
then an interactive prompt; they are never printed or logged.

This module runs a command (:func:`main`, :data:`COMMANDS`) and turns every failure into one line and an
exit code. The commands live by what they work on:

- ``parser``: the arguments of every command (:func:`~hrdoc.cli.parser.build_parser`);
- ``common``: what they share: environment variables, exit codes, opening a store, passphrases, the
  progress meter;
- ``store``: gui, init, demo, cases, show, search, verify;
- ``evidence``: attach, capture, import-capture, evidence, custody, export-evidence;
- ``exchange``: export, import, sync, conflicts;
- ``logs``: audit (and where an audit or custody entry was written, when it arrived here);
- ``tables``: table, acled-export, acled-import;
- ``team``: team-roles;
- ``report``: report;
- ``completion``: completion (a shell's completion script, made from the parser);
- ``help``: the examples, environment and exit statuses that ``--help`` prints after the options;
- ``render``: the plain-text form of a case, and what makes stored text safe to print on a terminal.
"""

from __future__ import annotations

import argparse
import errno
import io
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from typing import TextIO, cast

from hrdoc.cli.common import DEBUG_ENV, EXIT_BUG, EXIT_INTERRUPTED, EXIT_USER_ERROR, Saves, exit_status
from hrdoc.cli.evidence import (
    cmd_attach,
    cmd_capture,
    cmd_custody,
    cmd_evidence,
    cmd_export_evidence,
    cmd_import_capture,
)
from hrdoc.cli.exchange import cmd_conflicts, cmd_export, cmd_import, cmd_sync
from hrdoc.cli.logs import cmd_audit
from hrdoc.cli.messages import N_, argparse_speaks, error_words, tr
from hrdoc.cli.parser import build_parser, command_in
from hrdoc.cli.report import cmd_report
from hrdoc.cli.store import (
    cmd_cases,
    cmd_demo,
    cmd_gui,
    cmd_init,
    cmd_install_desktop_entry,
    cmd_search,
    cmd_show,
    cmd_verify,
)
from hrdoc.cli.tables import cmd_acled_export, cmd_acled_import, cmd_table
from hrdoc.cli.team import cmd_team_roles
from hrdoc.domain.errors import UserError


def cmd_completion(args: argparse.Namespace, out: TextIO) -> int:
    """``hrdoc completion``: its module (which reads the whole parser) imported only for it, not for the app."""
    from hrdoc.cli.completion import cmd_completion as write_completion

    return write_completion(args, out)


COMMANDS: dict[str, Callable[[argparse.Namespace, TextIO], int]] = {
    "gui": cmd_gui,
    "init": cmd_init,
    "demo": cmd_demo,
    "cases": cmd_cases,
    "show": cmd_show,
    "search": cmd_search,
    "verify": cmd_verify,
    "report": cmd_report,
    "attach": cmd_attach,
    "capture": cmd_capture,
    "import-capture": cmd_import_capture,
    "evidence": cmd_evidence,
    "sync": cmd_sync,
    "export": cmd_export,
    "import": cmd_import,
    "conflicts": cmd_conflicts,
    "team-roles": cmd_team_roles,
    "audit": cmd_audit,
    "custody": cmd_custody,
    "export-evidence": cmd_export_evidence,
    "table": cmd_table,
    "acled-export": cmd_acled_export,
    "acled-import": cmd_acled_import,
    "completion": cmd_completion,
}


# What a Ctrl-C leaves behind. Every change to a store is one transaction and every file is written beside
# its name and renamed into place whole, so a command interrupted before it commits saves nothing; one
# interrupted while or after it commits has saved all of that change or none of it.
INTERRUPTED = N_("interrupted; nothing was saved")
INTERRUPTED_SAVING = N_(
    "interrupted while or after saving: the change is kept whole or not at all; look before redoing it"
)
INTERRUPTED_NEW_STORE = N_("interrupted; the new store may be incomplete: delete it and run the command again")
INTERRUPTED_SYNC = N_(
    "interrupted; each store holds either all of a merge or none of it (pull here, then push to the team): "
    "run sync again to finish"
)


def _interrupted(command: str | None) -> str:
    """What a Ctrl-C in ``command`` left behind."""
    if command in ("init", "demo"):
        return INTERRUPTED_NEW_STORE
    if not Saves.count:
        return INTERRUPTED
    return INTERRUPTED_SYNC if command == "sync" else INTERRUPTED_SAVING


USER_ERRORS = (UserError,)  # every failure the user can put right; anything else is a bug


def _error(text: str, prefix: str = N_("error: ")) -> None:
    """One line on stderr, in the terminal's language where the catalogue has it (hrdoc.cli.messages)."""
    from hrdoc.cli.render import one_line

    print(f"hrdoc: {tr(prefix) if prefix else ''}{one_line(tr(text))}", file=sys.stderr)


def _os_error(err: OSError) -> str:
    """An operating-system error met outside the cases a command checks itself: the environment's fault."""
    if err.errno == errno.ENOSPC:
        return tr("the disk is full: free some space; nothing was saved")
    what = err.strerror or type(err).__name__
    if err.filename is not None:
        return tr("cannot use {file}: {reason}").format(file=err.filename, reason=what)
    return what


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else list(argv)
    argparse_speaks()  # its usage and errors in the terminal's language too
    # Only the command named is given its options (hrdoc.cli.parser): the app starts sooner.
    args = build_parser(only=command_in(arguments, list(COMMANDS), default="gui")).parse_args(arguments)
    handler = cmd_install_desktop_entry if args.install_desktop_entry else COMMANDS[args.command or "gui"]
    Saves.count = 0
    if out is None and isinstance(sys.stdout, io.TextIOWrapper):
        # Names in any script print on a terminal whose encoding lacks them, as \u escapes, not as a crash.
        sys.stdout.reconfigure(errors="backslashreplace")
    # Stored text came from partners' bundles, ACLED files and web pages: its control characters are shown,
    # never obeyed by the terminal. The app prints none (it shows the store in its windows), so its start does
    # not wait for what makes text printable (the record registry, the country names).
    if handler is cmd_gui:
        stream = out or sys.stdout
    else:
        from hrdoc.cli.render import PrintableOutput

        stream = cast(TextIO, PrintableOutput(out or sys.stdout))
    try:
        code = handler(args, stream)
        stream.flush()  # here, where a reader gone away (BrokenPipeError) is still caught
        return code
    except USER_ERRORS as err:
        _error(error_words(err))  # the message put into words in the terminal's language
        return exit_status(err)
    except KeyboardInterrupt:
        _error(_interrupted(args.command), prefix="")
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # the reader went away (`hrdoc show X | head`): nothing more to say, to anyone
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_USER_ERROR
    except OSError as err:
        if args.debug or os.environ.get(DEBUG_ENV):
            traceback.print_exc()
        _error(_os_error(err))
        return EXIT_USER_ERROR
    except Exception as err:  # noqa: BLE001 - the last resort: anything else is a bug, told in one line
        # A bug. Its message may quote record contents (an SQL statement's parameters), so only its kind
        # is shown unless the user asks for the details.
        if args.debug or os.environ.get(DEBUG_ENV):
            traceback.print_exc()
            hint = ""
        else:
            hint = tr(" (run it again with --debug or {variable}=1 for the details, which may quote your data)")
            hint = hint.format(variable=DEBUG_ENV)
        _error(tr("unexpected {error}: this is a bug: please report it").format(error=type(err).__name__) + hint)
        return EXIT_BUG
