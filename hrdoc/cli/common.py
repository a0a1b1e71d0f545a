"""What every command shares: the environment variables and exit codes, opening a store (its passphrase, the
user's name, the vault folder beside it), reading secrets from files or the terminal, the progress meter,
JSON output and parsing dates and ids given as arguments."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from hrdoc.cli.messages import N_, tr
from hrdoc.domain.errors import Phrase, Term, UserError
from hrdoc.gui.display import NO_SCREEN  # Qt-free: what the desktop app needs to open a window
from hrdoc.storage.location import StoreLocation

if TYPE_CHECKING:  # the app's unlock dialog comes before SQLAlchemy: `hrdoc gui` imports this module first
    import uuid  # imported where used, as getpass is: with platform, more than the unlock dialog needs

    from hrdoc.services.context import StoreContext

PASSPHRASE_ENV = "HRDOC_PASSPHRASE"
USER_ENV = "HRDOC_USER"
BUNDLE_ENV = "HRDOC_BUNDLE_PASSPHRASE"
TEAM_ENV = "HRDOC_TEAM_PASSPHRASE"
DEBUG_ENV = "HRDOC_DEBUG"

# Exit statuses: each says what kind of failure it was, so a script can react without reading the message.
# Stable once shipped (README, `hrdoc --help`); a failure none of them names is EXIT_USER_ERROR. Their meanings
# are marked for the catalogue, and `hrdoc --help` prints them in the terminal's language.
EXIT_USER_ERROR = 1
EXIT_USAGE = 2  # argparse's own status for a wrong command line
EXIT_VERIFY_FAILED = 3
EXIT_ROWS_REJECTED = 4  # an import kept its valid rows but rejected others (listed by line)
EXIT_NOT_FOUND = 5
EXIT_NO_STORE = 6
EXIT_WRONG_PASSPHRASE = 7
EXIT_BUSY = 8
EXIT_NO_SCREEN = NO_SCREEN  # the desktop app cannot open a window here (it said what is missing)
EXIT_BUG = 70  # EX_SOFTWARE
EXIT_INTERRUPTED = 130
EXIT_STATUSES: tuple[tuple[int, str], ...] = (
    (0, N_("done")),
    (EXIT_USER_ERROR, N_("an error you can put right; the message on stderr says what")),
    (EXIT_USAGE, N_("the command line is wrong: an unknown option, a missing or malformed argument")),
    (EXIT_VERIFY_FAILED, N_("verify found damage or tampering (each problem is a FAILED line)")),
    (EXIT_ROWS_REJECTED, N_("acled-import rejected some rows (each listed by line; the valid rows were imported)")),
    (EXIT_NOT_FOUND, N_("not found: no such case, record, evidence item, conflict or file")),
    (EXIT_NO_STORE, N_("no store at --db (create one with init or demo)")),
    (EXIT_WRONG_PASSPHRASE, N_("wrong passphrase (of the store, a bundle or a team store), or not an hrdoc store")),
    (EXIT_BUSY, N_("the store is busy with another hrdoc process: nothing was saved; try again")),
    (
        EXIT_NO_SCREEN,
        N_("the desktop app cannot open a window here: no display, or X libraries missing (it says which)"),
    ),
    (EXIT_BUG, N_("an unexpected error: a bug (--debug shows its details)")),
    (EXIT_INTERRUPTED, N_("interrupted (Ctrl-C); the message says whether anything was saved")),
)


class CliError(UserError):
    """A user error raised by the CLI itself, about what its arguments name (a file that exists already)."""


class UsageError(CliError):
    """The command line is wrong in a way argparse cannot see (options that go together, a malformed id)."""


def exit_status(err: UserError) -> int:
    """The exit status that says what kind of failure ``err`` is (EXIT_STATUSES)."""
    from hrdoc.services.errors import NotFound
    from hrdoc.services.exchange.bundle.errors import BundleError
    from hrdoc.storage.errors import StoreAuthFailed, StoreBusy, StoreNotFound, WrongPassphrase

    if isinstance(err, UsageError):
        return EXIT_USAGE
    if isinstance(err, NotFound):
        return EXIT_NOT_FOUND
    if isinstance(err, StoreNotFound):
        return EXIT_NO_STORE
    if isinstance(err, WrongPassphrase | StoreAuthFailed):
        return EXIT_WRONG_PASSPHRASE
    if isinstance(err, BundleError) and err.reason == "passphrase":
        return EXIT_WRONG_PASSPHRASE
    if isinstance(err, StoreBusy):
        return EXIT_BUSY
    return EXIT_USER_ERROR


def existing_file(name: str) -> Path:
    """The file a command reads, named on its command line: not there is "not found" (EXIT_NOT_FOUND)."""
    from hrdoc.services.errors import NotFound

    path = Path(name).expanduser()
    if not path.exists():
        raise NotFound(N_("no file at {path}"), path=path)
    if not path.is_file():
        raise CliError(N_("{path} is not a file"), path=path)
    return path


class Meter:
    """How far long work has got (a bundle checked, a file read), on stderr when it is a terminal: one line per
    step, rewritten in place as its percentage grows. Scripts, whose stderr is not a terminal, get none.

    A :data:`~hrdoc.domain.progress.Progress`, passed to a service as it is; it never cancels (Ctrl-C does)."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.on = self.stream.isatty()
        self.shown: tuple[str, int] | None = None

    def __call__(self, done: int, total: int, what: str) -> None:
        if not self.on:
            return
        percent = min(100, done * 100 // total) if total > 0 else 0
        if self.shown == (what, percent):
            return
        if self.shown is not None and self.shown[0] != what:
            self.stream.write("\n")
        self.shown = (what, percent)
        from hrdoc.cli.render import one_line

        self.stream.write(f"\r… {one_line(tr(what))}: {percent}%")
        self.stream.flush()

    def end(self) -> None:
        if self.on and self.shown is not None:
            self.stream.write("\n")
            self.stream.flush()
        self.shown = None


def read_secret_file(name: str, what: str) -> str:
    """The first line of a passphrase file. Any failure is one line naming the file, never its content."""
    path = Path(name).expanduser()
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise CliError(
            N_("the {what} file {path} is a folder: give the file holding the {what}"), what=Term(what), path=path
        ) from None
    except OSError as err:
        raise CliError(
            N_("cannot read the {what} file {path}: {value}"), what=Term(what), path=path, value=err.strerror or err
        ) from None
    from hrdoc.services.passphrase import decode_secret

    try:
        text = decode_secret(data)  # a byte-order mark (Windows Notepad) is not part of the passphrase
    except UnicodeDecodeError:
        raise CliError(
            N_("the {what} file {path} is not UTF-8 text: save it as UTF-8, the {what} on one line"),
            what=Term(what),
            path=path,
        ) from None
    first = text.splitlines()[0] if text else ""
    if not first:
        raise CliError(N_("the {what} file {path} is empty"), what=Term(what), path=path)
    return first


def ask_secret(prompt: str, no_terminal: str) -> str:
    """A secret typed at the terminal; ``no_terminal`` is the error when there is none to ask on."""
    # getpass reads /dev/tty when it can, so a script with stdin closed would otherwise hang or see EOF.
    if not sys.stdin.isatty():
        raise CliError(N_("{no_terminal} (no terminal to ask on)"), no_terminal=no_terminal)
    import getpass

    try:
        return getpass.getpass(prompt)
    except EOFError:
        raise CliError(N_("{no_terminal} (the terminal closed)"), no_terminal=no_terminal) from None


def read_passphrase(args: argparse.Namespace, *, confirm: bool = False) -> str | None:
    if args.no_encryption:
        return None
    if args.db and "://" in str(args.db):
        return None
    if args.passphrase_file:
        return read_secret_file(args.passphrase_file, N_("passphrase"))
    env = os.environ.get(PASSPHRASE_ENV)
    if env:
        return env
    no_passphrase = Phrase(
        N_("no passphrase: set {passphrase_env} or use --passphrase-file"), passphrase_env=PASSPHRASE_ENV
    )
    passphrase = ask_secret(tr("Store passphrase: "), no_passphrase)
    if confirm:
        from hrdoc.services.passphrase import check_new_passphrase

        check_new_passphrase(passphrase)
        if ask_secret(tr("Repeat the passphrase: "), no_passphrase) != passphrase:
            raise CliError(N_("the two passphrases differ; nothing was created"))
    if not passphrase:
        raise CliError(N_("no passphrase given"))
    return passphrase


def user_name(args: argparse.Namespace) -> str:
    if args.user or os.environ.get(USER_ENV):
        return str(args.user or os.environ[USER_ENV])
    import getpass

    try:
        return getpass.getuser() or "investigator"
    except (KeyError, OSError):  # no login name (a container running under a bare user id)
        return "investigator"


# Commands that read or write evidence files in the vault folder beside the store.
VAULT_COMMANDS = frozenset(
    {"verify", "attach", "capture", "import-capture", "export-evidence", "export", "import", "sync"}
)


def _check_vault_folder(args: argparse.Namespace) -> None:
    from hrdoc.storage.vault import Vault

    path = StoreLocation.parse(args.db).path
    if path is None:
        return
    folder = Vault.folder_for(path)
    if folder.exists() and not folder.is_dir():
        raise CliError(
            N_(
                "{folder} should be the folder of this store's evidence files, but it is a file: move "
                "it aside (keep it: it may matter) and run the command again"
            ),
            folder=folder,
        )


class Saves:
    """How many changes this command has committed to the stores it opened (after opening them): what a
    Ctrl-C leaves behind depends on it."""

    count = 0


def watch_saves(ctx: StoreContext) -> StoreContext:
    from sqlalchemy import event

    def saved(_connection: object) -> None:
        Saves.count += 1

    event.listen(ctx.engine, "commit", saved)
    return ctx


def open_context(args: argparse.Namespace) -> StoreContext:
    from hrdoc.services.session import unlock_store

    if args.command in VAULT_COMMANDS:
        _check_vault_folder(args)
    ctx = unlock_store(args.db, read_passphrase(args), encrypted=not args.no_encryption, user=user_name(args))
    for note in ctx.notes:  # e.g. a read-only store: the unlock is not recorded
        tell(note, prefix=N_("note: "))
    return watch_saves(ctx)


def create_context(args: argparse.Namespace) -> StoreContext:
    from hrdoc.services.session import new_store

    location = StoreLocation.parse(args.db)
    if location.path is not None and location.path.exists():
        raise CliError(
            N_("{path} already exists; hrdoc never creates a new store over an existing file"), path=location.path
        )
    return new_store(
        args.db, read_passphrase(args, confirm=True), encrypted=not args.no_encryption, user=user_name(args)
    )


def tell(text: str, prefix: str = "") -> None:
    """A message for the person at the terminal, not data: on stderr, so that stdout holds only the data
    (a list, a report, JSON) a script reads. "Nothing found" is such a message: the data is then empty. In the
    terminal's language where the catalogue has it (hrdoc.cli.messages); a :class:`Phrase`, with its parameters."""
    from hrdoc.cli.render import one_line

    words = text.words(tr) if isinstance(text, Phrase) else tr(text)
    print(f"hrdoc: {tr(prefix) if prefix else ''}{one_line(words)}", file=sys.stderr)


def print_json(out: TextIO, data: object) -> None:
    from hrdoc.cli.render import write_json

    write_json(out, data)
    out.write("\n")


def parse_when(text: str | None, option: str) -> dt.datetime | None:
    if not text:
        return None
    try:
        value = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise UsageError(
            N_("{option} {text} is not a date and time (ISO 8601, e.g. 2025-07-28T14:30Z)"),
            option=option,
            text=repr(text),
        ) from None
    if value.tzinfo is None:
        raise UsageError(
            N_("{option} {text} has no time zone; add Z for UTC or an offset such as +01:00"),
            option=option,
            text=repr(text),
        )
    return value


def parse_uuid(text: str, what: str) -> uuid.UUID:
    import uuid

    try:
        return uuid.UUID(text)
    except ValueError:
        raise UsageError(
            N_("{text} is not {what} (a UUID; `hrdoc evidence CASE` lists them)"), text=repr(text), what=what
        ) from None
