"""The ``hrdoc`` command: the desktop app, and the same services from a terminal.

User errors (a wrong passphrase, a missing case, invalid input) print one line on stderr and exit with a
non-zero status, without a traceback. Passphrases come from ``--passphrase-file``, then ``HRDOC_PASSPHRASE``,
then an interactive prompt; they are never printed or logged.
"""

from __future__ import annotations

import argparse
import datetime as dt
import errno
import getpass
import io
import os
import sys
import traceback
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO, cast

from hrdoc import __version__
from hrdoc.domain.validation import ValidationError
from hrdoc.services.context import StoreContext
from hrdoc.services.errors import NotFound
from hrdoc.services.evidence.capture import CaptureError
from hrdoc.services.exchange.bundle.errors import BundleError
from hrdoc.storage.engine import StoreLocation
from hrdoc.storage.errors import StoreError

PASSPHRASE_ENV = "HRDOC_PASSPHRASE"
USER_ENV = "HRDOC_USER"
BUNDLE_ENV = "HRDOC_BUNDLE_PASSPHRASE"
TEAM_ENV = "HRDOC_TEAM_PASSPHRASE"
DEBUG_ENV = "HRDOC_DEBUG"
EXIT_USER_ERROR = 1
EXIT_VERIFY_FAILED = 3
EXIT_ROWS_REJECTED = 4  # an import kept its valid rows but rejected others (listed by line)


class CliError(Exception):
    """A user error raised by the CLI itself (bad arguments that argparse cannot see)."""


class _Meter:
    """How far long work has got (a bundle checked, a file read), on stderr when it is a terminal: one line per
    step, rewritten in place as its percentage grows. Scripts, whose stderr is not a terminal, get none."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.on = self.stream.isatty()
        self.shown: tuple[str, int] | None = None

    def __call__(self, what: str, done: int, total: int) -> bool:
        if not self.on:
            return True
        percent = min(100, done * 100 // total) if total > 0 else 0
        if self.shown == (what, percent):
            return True
        if self.shown is not None and self.shown[0] != what:
            self.stream.write("\n")
        self.shown = (what, percent)
        from hrdoc.cli.render import one_line

        self.stream.write(f"\r… {one_line(what)}: {percent}%")
        self.stream.flush()
        return True

    def reading(self, what: str) -> Callable[[int, int], bool]:
        """The same, for work that tells (done, total) only."""
        return lambda done, total: self(what, done, total)

    def end(self) -> None:
        if self.on and self.shown is not None:
            self.stream.write("\n")
            self.stream.flush()
        self.shown = None


# -- arguments ------------------------------------------------------------------------------------------


def _store_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    default: Any = None if top else argparse.SUPPRESS
    parser.add_argument(
        "--db", default=default, metavar="PATH", help="store file, or a postgresql:// URL (default: user data dir)"
    )
    parser.add_argument(
        "--passphrase-file", default=default, metavar="FILE", help="read the store passphrase from FILE"
    )
    parser.add_argument(
        "--no-encryption",
        action="store_true",
        default=False if top else argparse.SUPPRESS,
        help="use an UNENCRYPTED store (tests and benchmarks only)",
    )
    parser.add_argument(
        "--user", default=default, metavar="NAME", help=f"investigator name recorded as created_by (or ${USER_ENV})"
    )
    parser.add_argument(
        "--debug",
        action="store_true",
        default=False if top else argparse.SUPPRESS,
        help=f"on an unexpected error, print the details (or set {DEBUG_ENV}=1); they may quote your data",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hrdoc",
        description="Offline case manager for human-rights investigations. Without a command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"hrdoc {__version__}")
    _store_options(parser, top=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        _store_options(p, top=False)
        return p

    command("gui", "open the desktop app (the default)")
    command("init", "create a new, empty encrypted store")
    command("demo", "create a new store holding the demo case (Annefif convoy killings)")
    p = command("cases", "list cases with their record counts")
    p.add_argument("--json", action="store_true", help="print JSON")
    p = command("show", "print one case with all its records")
    p.add_argument("case", metavar="CASE", help="reference code (e.g. ML-2025-004) or UUID")
    p.add_argument("--json", action="store_true", help="print JSON, with field names as in docs/data-model.md")
    p.add_argument(
        "--reveal",
        action="store_true",
        help="show protected witness and victim identities (recorded in the audit log)",
    )
    p.add_argument("--reason", default="", help="why identities are revealed (recorded with --reveal)")
    p = command("search", "full-text search across all cases")
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--case", metavar="CASE", help="only this case (reference or UUID)")
    p.add_argument("--kind", action="append", default=[], help="only records of this kind (repeatable)")
    p.add_argument("--limit", type=int, default=20, help="at most this many hits (default 20)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p = command("verify", "check the store's integrity, its audit chain, every evidence file and chain of custody")
    p.add_argument(
        "--rebuild-index", action="store_true", help="first make the search index again from the records (a repair)"
    )
    p = command("attach", "add a file to a case's evidence vault (hashed, encrypted, recorded in its custody log)")
    p.add_argument("case", metavar="CASE", help="reference code or UUID of the case")
    p.add_argument("file", metavar="FILE", help="the file to add; it is read, never changed")
    p.add_argument("--to", metavar="RECORD", help="UUID of an incident, allegation, source or account to file it under")
    p.add_argument("--description", default="", help="what the file shows")
    p.add_argument("--acquired-at", metavar="WHEN", help="when it was acquired (ISO 8601, e.g. 2025-07-28T14:30Z)")
    p.add_argument("--acquired-by", metavar="NAME", help="who acquired it (default: --user)")
    p.add_argument("--acquired-from", default="", metavar="WHERE", help="from where or whom it was acquired")
    p.add_argument(
        "--visibility", choices=("public", "restricted", "confidential"), default="restricted", help="who may see it"
    )
    p.add_argument("--copy-of", metavar="ITEM", help="this file is a working copy of evidence item ITEM (UUID)")
    p.add_argument("--alteration", default="", metavar="NOTE", help="for --copy-of: what was altered")
    p.add_argument("--json", action="store_true", help="print JSON")
    p = command("capture", "capture a web page now (every redirect, headers, HTML, text) as evidence of a case")
    p.add_argument("case", metavar="CASE", help="reference code or UUID of the case")
    p.add_argument("url", metavar="URL", help="the http:// or https:// address; the site sees this computer's address")
    p.add_argument("--to", metavar="SOURCE", help="UUID of the source to file it under (default: a new source)")
    p.add_argument("--timeout", type=float, default=30.0, help="seconds allowed for the whole capture (default 30)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p = command("import-capture", "keep a capture made elsewhere (saved page, MHTML, PDF, WARC, screenshot)")
    p.add_argument("case", metavar="CASE", help="reference code or UUID of the case")
    p.add_argument("file", metavar="FILE", help="the saved capture; kept exactly as it is")
    p.add_argument("--url", default="", help="the page's address (read from a WARC or MHTML when not given)")
    p.add_argument("--captured-at", metavar="WHEN", help="when it was captured (ISO 8601 with a time zone)")
    p.add_argument("--captured-by", default="", metavar="NAME", help="who captured it")
    p.add_argument("--tool", default="", help="with what it was captured (browser, extension, service)")
    p.add_argument("--note", default="", help="anything else about how it was captured")
    p.add_argument("--to", metavar="SOURCE", help="UUID of the source to file it under (default: a new source)")
    p = command("export", "write a case to one bundle file (.hrdoc) for another laptop or a partner")
    p.add_argument("case", metavar="CASE", help="reference code or UUID of the case")
    p.add_argument("-o", "--output", required=True, metavar="FILE.hrdoc", help="where to write the bundle")
    p.add_argument(
        "--audience",
        choices=("public", "partners", "internal"),
        default="internal",
        help="who it is for (default internal)",
    )
    p.add_argument("--encrypt", action="store_true", help="encrypt the whole bundle with a bundle passphrase")
    p.add_argument("--bundle-passphrase-file", metavar="FILE", help=f"the bundle passphrase (or ${BUNDLE_ENV})")
    p.add_argument("--force", action="store_true", help="replace FILE.hrdoc if it exists")
    p = command("import", "check a bundle, then merge its case into the store (all or nothing)")
    p.add_argument("bundle", metavar="FILE.hrdoc", help="the bundle")
    p.add_argument("--bundle-passphrase-file", metavar="FILE", help=f"the bundle's passphrase (or ${BUNDLE_ENV})")
    p = command("sync", "bring a case together with the team store: pull and merge, then push")
    p.add_argument("case", metavar="CASE", help="reference code or UUID of the case")
    p.add_argument("--team", required=True, metavar="DB", help="the team store: postgresql://user@host/db (or a file)")
    p.add_argument("--team-passphrase-file", metavar="FILE", help=f"passphrase of a team store FILE (or ${TEAM_ENV})")
    p = command("conflicts", "list a case's merge conflicts, or resolve one")
    p.add_argument("case", metavar="CASE", help="reference code or UUID of the case")
    p.add_argument("--resolve", metavar="CONFLICT", help="the conflict to resolve (its id, as listed)")
    p.add_argument("--keep", choices=("local", "incoming"), help="with --resolve: which version to keep")
    p.add_argument("--json", action="store_true", help="print JSON")
    p = command("evidence", "list a case's evidence files")
    p.add_argument("case", metavar="CASE", help="reference code or UUID of the case")
    p.add_argument("--json", action="store_true", help="print JSON")
    p = command("custody", "print an evidence item's chain of custody")
    p.add_argument("item", metavar="ITEM", help="UUID of the evidence item")
    p.add_argument("--json", action="store_true", help="print JSON")
    p = command("export-evidence", "write a copy of an evidence file (for the public: without identifying metadata)")
    p.add_argument("item", metavar="ITEM", help="UUID of the evidence item")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="where to write the copy")
    p.add_argument("--audience", required=True, choices=("public", "partners", "internal"), help="who it is for")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")
    p = command("report", "write a case's PDF report, redacted for an audience (recorded in the audit log)")
    p.add_argument("case", metavar="CASE", help="reference code (e.g. ML-2025-004) or UUID")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="where to write the PDF")
    p.add_argument(
        "--audience",
        required=True,
        choices=("public", "partners", "internal"),
        help="who the report is for: decides what it may contain",
    )
    p.add_argument("--organisation", default="", help="organisation named on the cover")
    p.add_argument("--author", default="", help="author named on the cover and in the PDF metadata")
    p.add_argument("--force", action="store_true", help="replace FILE.pdf if it exists")
    audiences = ("public", "partners", "internal")
    p = command("table", "write one table of a case as CSV (UTF-8, opens in Excel and LibreOffice), for an audience")
    p.add_argument("case", metavar="CASE", help="reference code (e.g. ML-2025-004) or UUID")
    p.add_argument("kind", metavar="KIND", help="incident, allegation, perpetrator, location, actor, victim, ...")
    p.add_argument("-o", "--output", required=True, metavar="FILE.csv", help="where to write the CSV")
    p.add_argument("--audience", choices=audiences, default="internal", help="who it is for (default internal)")
    p.add_argument("--force", action="store_true", help="replace FILE.csv if it exists")
    p = command("acled-export", "write a case's incidents as ACLED-style CSV")
    p.add_argument("case", metavar="CASE", help="reference code (e.g. ML-2025-004) or UUID")
    p.add_argument("-o", "--output", required=True, metavar="FILE.csv", help="where to write the CSV")
    p.add_argument("--audience", choices=audiences, default="internal", help="who it is for (default internal)")
    p.add_argument("--force", action="store_true", help="replace FILE.csv if it exists")
    p = command("acled-import", "import an ACLED-style CSV file into a case; rejected rows are listed by line")
    p.add_argument("case", metavar="CASE", help="reference code (e.g. ML-2025-004) or UUID")
    p.add_argument("file", metavar="FILE.csv", help="the ACLED CSV file (UTF-8)")
    p.add_argument("--strict", action="store_true", help="import nothing if any row is rejected")
    p.add_argument(
        "--visibility",
        choices=("public", "restricted", "confidential"),
        default="restricted",
        help="visibility of the records made (default restricted)",
    )
    return parser


# -- passphrase and store -------------------------------------------------------------------------------


def _read_secret_file(name: str, what: str) -> str:
    """The first line of a passphrase file. Any failure is one line naming the file, never its content."""
    path = Path(name).expanduser()
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise CliError(f"the {what} file {path} is a folder: give the file holding the {what}") from None
    except OSError as err:
        raise CliError(f"cannot read the {what} file {path}: {err.strerror or err}") from None
    from hrdoc.services.passphrase import decode_secret

    try:
        text = decode_secret(data)  # a byte-order mark (Windows Notepad) is not part of the passphrase
    except UnicodeDecodeError:
        raise CliError(f"the {what} file {path} is not UTF-8 text: save it as UTF-8, the {what} on one line") from None
    first = text.splitlines()[0] if text else ""
    if not first:
        raise CliError(f"the {what} file {path} is empty")
    return first


def _ask(prompt: str, no_terminal: str) -> str:
    """A secret typed at the terminal; ``no_terminal`` is the error when there is none to ask on."""
    # getpass reads /dev/tty when it can, so a script with stdin closed would otherwise hang or see EOF.
    if not sys.stdin.isatty():
        raise CliError(f"{no_terminal} (no terminal to ask on)")
    try:
        return getpass.getpass(prompt)
    except EOFError:
        raise CliError(f"{no_terminal} (the terminal closed)") from None


def read_passphrase(args: argparse.Namespace, *, confirm: bool = False) -> str | None:
    if args.no_encryption:
        return None
    if args.db and "://" in str(args.db):
        return None
    if args.passphrase_file:
        return _read_secret_file(args.passphrase_file, "passphrase")
    env = os.environ.get(PASSPHRASE_ENV)
    if env:
        return env
    no_passphrase = f"no passphrase: set {PASSPHRASE_ENV} or use --passphrase-file"
    passphrase = _ask("Store passphrase: ", no_passphrase)
    if confirm:
        from hrdoc.services.passphrase import check_new_passphrase

        check_new_passphrase(passphrase)
        if _ask("Repeat the passphrase: ", no_passphrase) != passphrase:
            raise CliError("the two passphrases differ; nothing was created")
    if not passphrase:
        raise CliError("no passphrase given")
    return passphrase


def _user(args: argparse.Namespace) -> str:
    if args.user or os.environ.get(USER_ENV):
        return str(args.user or os.environ[USER_ENV])
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
            f"{folder} should be the folder of this store's evidence files, but it is a file: move it aside "
            "(keep it: it may matter) and run the command again"
        )


class _Saves:
    """How many changes this command has committed to the stores it opened (after opening them): what a
    Ctrl-C leaves behind depends on it."""

    count = 0


def _watch_saves(ctx: StoreContext) -> StoreContext:
    from sqlalchemy import event

    def saved(_connection: object) -> None:
        _Saves.count += 1

    event.listen(ctx.engine, "commit", saved)
    return ctx


def open_context(args: argparse.Namespace) -> StoreContext:
    from hrdoc.services.session import unlock_store

    if args.command in VAULT_COMMANDS:
        _check_vault_folder(args)
    ctx = unlock_store(args.db, read_passphrase(args), encrypted=not args.no_encryption, user=_user(args))
    for note in ctx.notes:  # e.g. a read-only store: the unlock is not recorded
        print(f"hrdoc: note: {note}", file=sys.stderr)
    return _watch_saves(ctx)


def create_context(args: argparse.Namespace) -> StoreContext:
    from hrdoc.services.session import new_store

    location = StoreLocation.parse(args.db)
    if location.path is not None and location.path.exists():
        raise CliError(f"{location.path} already exists; hrdoc never creates a new store over an existing file")
    return new_store(args.db, read_passphrase(args, confirm=True), encrypted=not args.no_encryption, user=_user(args))


def _print_json(out: TextIO, data: object) -> None:
    from hrdoc.cli.render import json_text

    out.write(json_text(data) + "\n")


# -- commands -------------------------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace, out: TextIO) -> int:
    ctx = create_context(args)
    ctx.close()
    if ctx.location.url is not None:
        print(f"made {ctx.location.describe()} an empty hrdoc team store", file=out)
        print("its protection is the server's: accounts, TLS (sslmode=verify-full), disk encryption, backups", file=out)
        return 0
    print(f"created an empty store at {ctx.location.describe()}", file=out)
    print("keep the passphrase safe: a lost passphrase cannot be recovered, and neither can the data", file=out)
    return 0


def cmd_demo(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.services.demo import DEMO_REFERENCE, build_demo_case

    ctx = create_context(args)
    try:
        build_demo_case(ctx)
    finally:
        ctx.close()
    print(f"created {ctx.location.describe()} holding the demo case {DEMO_REFERENCE}", file=out)
    return 0


def cmd_cases(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.services.cases import CaseService

    ctx = open_context(args)
    try:
        cases = CaseService(ctx).summaries()
    finally:
        ctx.close()
    if args.json:
        _print_json(out, [c.as_json() for c in cases])
        return 0
    if not cases:
        print("no cases yet", file=out)
        return 0
    for c in cases:
        counts = ", ".join(f"{n} {name.replace('_', ' ')}" for name, n in c.counts.items())
        print(f"{c.reference}\t{c.title}\t[{c.status}]\t{counts}", file=out)
    return 0


def cmd_show(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.services.cases import CaseService

    ctx = open_context(args)
    try:
        data = CaseService(ctx).export(args.case, reveal=args.reveal, reason=args.reason)
    finally:
        ctx.close()
    if args.json:
        _print_json(out, data)
    else:
        from hrdoc.cli.render import render_case

        out.write(render_case(data))
    return 0


def cmd_search(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.services.cases import CaseService
    from hrdoc.services.records import KINDS
    from hrdoc.services.search import SearchService

    if args.limit < 1:
        raise CliError("--limit must be at least 1")
    searchable = sorted(k for k, spec in KINDS.items() if spec.index_kind)
    for kind in args.kind:
        if kind not in searchable:
            raise CliError(f"--kind {kind!r} is not searchable; choose from: {', '.join(searchable)}")
    ctx = open_context(args)
    try:
        case_id = CaseService(ctx).resolve(args.case).id if args.case else None
        hits = SearchService(ctx).search(args.query, case_id=case_id, kinds=tuple(args.kind), limit=args.limit)
    finally:
        ctx.close()
    if args.json:
        _print_json(out, [h.as_json() for h in hits])
        return 0
    if not hits:
        print("no matches", file=out)
    for hit in hits:
        print(f"{hit.kind}\t{hit.case_reference}\t{hit.title}\t{hit.record_id}", file=out)
        print(f"    {hit.snippet_marked()}".replace("\n", " "), file=out)
    return 0


def cmd_verify(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.services.verify import verify_store

    ctx = open_context(args)
    try:
        if args.rebuild_index:
            from hrdoc.services.search import rebuild_index

            print(f"rebuilt the search index: {rebuild_index(ctx)} documents", file=out)
        report = verify_store(ctx)
    finally:
        ctx.close()
    for line in report.checks:
        print(f"ok: {line}", file=out)
    for line in report.problems:
        print(f"FAILED: {line}", file=out)
    return 0 if report.ok else EXIT_VERIFY_FAILED


def _parse_when(text: str | None, option: str) -> dt.datetime | None:
    if not text:
        return None
    try:
        value = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise CliError(f"{option} {text!r} is not a date and time (ISO 8601, e.g. 2025-07-28T14:30Z)") from None
    if value.tzinfo is None:
        raise CliError(f"{option} {text!r} has no time zone; add Z for UTC or an offset such as +01:00")
    return value


def _parse_uuid(text: str, what: str) -> uuid.UUID:
    try:
        return uuid.UUID(text)
    except ValueError:
        raise CliError(f"{text!r} is not {what} (a UUID; `hrdoc evidence CASE` lists them)") from None


def cmd_attach(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.domain.enums import Visibility
    from hrdoc.services.cases import CaseService
    from hrdoc.services.evidence.service import EvidenceService

    source = Path(args.file).expanduser()
    if not source.is_file():
        raise CliError(f"{source} is not a file" if source.exists() else f"no file at {source}")
    acquired_at = _parse_when(args.acquired_at, "--acquired-at")
    copy_of = _parse_uuid(args.copy_of, "an evidence item id") if args.copy_of else None
    if args.alteration and copy_of is None:
        raise CliError("--alteration describes a working copy: give --copy-of ITEM too")
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
        meter = _Meter()
        common["progress"] = meter.reading(f"adding {source.name}")
        try:
            if copy_of is not None:
                if service.get(copy_of).case_id != case.id:
                    raise CliError(f"evidence item {copy_of} belongs to another case")
                result = service.working_copy(copy_of, source, alteration_note=args.alteration, **common)
            else:
                result = service.intake(case.id, source, **common)
        finally:
            meter.end()
    finally:
        ctx.close()
    if args.json:
        _print_json(
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
        raise CliError("--timeout must be more than 0 seconds")
    ctx = open_context(args)
    try:
        case = CaseService(ctx).resolve(args.case)
        result, capture = EvidenceService(ctx).capture_url(case.id, args.url, source_id=args.to, timeout=args.timeout)
    finally:
        ctx.close()
    if args.json:
        _print_json(out, {"id": str(result.evidence_id), "sha256": result.sha256, "capture": capture.metadata()})
        return 0
    print(f"captured {capture.final_url} into {case.reference} as evidence {result.evidence_id}", file=out)
    for hop in capture.hops:
        print(f"  {hop.status} {hop.reason}  {hop.url}", file=out)
    print(f"  captured at {capture.captured_at.isoformat()} with {capture.tool}", file=out)
    for name, part in capture.parts.items():
        print(f"  {name:<10} sha256 {part.sha256}  {part.size:,} bytes  {part.mime}", file=out)
    if not capture.ok:
        print(f"  note: the site answered {capture.status} {capture.reason}; that answer is what was kept", file=out)
    for note in capture.notes:
        print(f"  note: {note}", file=out)
    return 0


def cmd_import_capture(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.services.cases import CaseService
    from hrdoc.services.evidence.service import EvidenceService

    path = Path(args.file).expanduser()
    if not path.is_file():
        raise CliError(f"{path} is not a file" if path.exists() else f"no file at {path}")
    captured_at = _parse_when(args.captured_at, "--captured-at")
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


def _bundle_passphrase(args: argparse.Namespace, *, confirm: bool) -> str:
    if args.bundle_passphrase_file:
        text = _read_secret_file(args.bundle_passphrase_file, "bundle passphrase")
    elif os.environ.get(BUNDLE_ENV):
        text = os.environ[BUNDLE_ENV]
    else:
        why = "--encrypt needs a bundle passphrase" if confirm else "the bundle is encrypted and no passphrase given"
        no_passphrase = f"{why}: use --bundle-passphrase-file FILE or set {BUNDLE_ENV}"
        text = _ask("Bundle passphrase: ", no_passphrase)
        if confirm and _ask("Bundle passphrase again: ", no_passphrase) != text:
            raise CliError("the two bundle passphrases differ; nothing was written")
    if not text:
        raise CliError("the bundle passphrase is empty")
    return text


def cmd_export(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.services.cases import CaseService
    from hrdoc.services.exchange.bundles import export_case

    target = Path(args.output).expanduser()
    if target.exists() and not args.force:
        raise CliError(f"{target} already exists; use --force to replace it")
    if not target.parent.is_dir():
        raise CliError(f"the folder {target.parent} does not exist")
    passphrase = _bundle_passphrase(args, confirm=True) if args.encrypt else None
    ctx = open_context(args)
    try:
        case = CaseService(ctx).resolve(args.case)
        meter = _Meter()
        try:
            summary = export_case(ctx, case.id, target, audience=args.audience, passphrase=passphrase, progress=meter)
        finally:
            meter.end()
    finally:
        ctx.close()
    records = sum(n for k, n in summary.counts.items() if k not in ("audit", "custody"))
    print(
        f"wrote {target}: case {case.reference} for the {args.audience} audience, {records} records, "
        f"{summary.files} evidence file(s){', encrypted' if summary.encrypted else ''}",
        file=out,
    )
    if args.audience == "internal":
        print("it holds witness identities: keep it encrypted and hand it over only to your team", file=out)
    return 0


def cmd_import(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.services.exchange.bundle import is_encrypted_bundle
    from hrdoc.services.exchange.bundles import import_bundle

    path = Path(args.bundle).expanduser()
    if not path.is_file():
        raise CliError(f"{path} is not a file" if path.exists() else f"no file at {path}")
    passphrase = _bundle_passphrase(args, confirm=False) if is_encrypted_bundle(path) else None
    ctx = open_context(args)
    meter = _Meter()
    try:
        report = import_bundle(ctx, path, passphrase=passphrase, progress=meter)
    finally:
        meter.end()
        ctx.close()
    for line in report.lines():
        print(line, file=out)
    return 0


def _team_context(args: argparse.Namespace) -> StoreContext:
    from hrdoc.services.session import unlock_store

    location = StoreLocation.parse(args.team)
    passphrase: str | None = None
    if location.path is not None:
        if args.team_passphrase_file:
            passphrase = _read_secret_file(args.team_passphrase_file, "team store passphrase")
        else:
            passphrase = os.environ.get(TEAM_ENV) or _ask(
                "Team store passphrase: ",
                f"no passphrase for the team store {location.path}: use --team-passphrase-file FILE or set {TEAM_ENV}",
            )
    return _watch_saves(unlock_store(args.team, passphrase, user=_user(args)))


def cmd_sync(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.cli.render import one_line
    from hrdoc.services.cases import CaseService
    from hrdoc.services.exchange.sync import sync_case

    ctx = open_context(args)
    try:
        team = _team_context(args)
        try:
            try:
                case = CaseService(ctx).resolve(args.case)
            except NotFound:  # not on this laptop yet: fetch it from the team store
                case = CaseService(team).resolve(args.case)
            report = sync_case(ctx, team, case.id, step=lambda text: print(f"… {one_line(text)}", file=sys.stderr))
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
        raise CliError("--resolve CONFLICT and --keep local|incoming go together")
    ctx = open_context(args)
    try:
        case = CaseService(ctx).resolve(args.case)
        service = ConflictService(ctx)
        if args.resolve:
            service.resolve(_parse_uuid(args.resolve, "a conflict id"), args.keep)
            print(f"kept the {args.keep} version", file=out)
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
        _print_json(out, rows)
        return 0
    if not rows:
        print(f"{case.reference} has no open conflicts", file=out)
    for row in rows:
        local, incoming = row["local"], row["incoming"]
        print(f"{row['id']}  {row['kind']} {row['label']!r}  (from {row['origin']})", file=out)
        if local is None:
            print("    deleted here; changed there", file=out)
        elif incoming is None:
            print("    changed here; deleted there", file=out)
        for name in row["differing_fields"]:
            print(f"    {name}: here {local[name]!r}  |  there {incoming[name]!r}", file=out)
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
        _print_json(out, rows)
        return 0
    if not rows:
        print(f"{case.reference} has no evidence files", file=out)
    for row in rows:
        where = "vault" if row["in_vault"] else "held elsewhere"
        copy = f"  (working copy of {row['working_copy_of']})" if row["working_copy_of"] else ""
        print(f"{row['id']}\t{row['original_filename']}\t{row['size']:,} bytes\t{where}{copy}", file=out)
        print(f"    sha256 {row['sha256']}  {row['mime_type']}  filed under {row['filed_under']}", file=out)
    return 0


def cmd_custody(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.services.evidence.service import EvidenceService

    item_id = _parse_uuid(args.item, "an evidence item id")
    ctx = open_context(args)
    try:
        chain = EvidenceService(ctx).custody(item_id)
    finally:
        ctx.close()
    if not chain:
        raise CliError(f"no chain of custody for {item_id}: no evidence item with that id was ever in the vault")
    rows: list[dict[str, Any]] = [
        {
            "seq": e.seq,
            "at": e.at.isoformat(),
            "actor": e.actor,
            "action": e.action,
            "item_sha256": e.item_sha256,
            "details": e.details,
            "entry_hash": e.entry_hash,
        }
        for e in chain
    ]
    if args.json:
        _print_json(out, rows)
        return 0
    for row in rows:
        head = f"{row['seq']:>3}  {row['at']}  {row['action']:<12} {row['actor']}"
        print(f"{head}  sha256 {row['item_sha256']}", file=out)
        for key, value in sorted(row["details"].items()):
            print(f"       {key}: {value}", file=out)
    return 0


def cmd_export_evidence(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.services.evidence.service import EvidenceService

    item_id = _parse_uuid(args.item, "an evidence item id")
    target = Path(args.output).expanduser()
    if target.exists() and not args.force:
        raise CliError(f"{target} already exists; use --force to replace it")
    ctx = open_context(args)
    try:
        result = EvidenceService(ctx).export(item_id, target, audience=args.audience)
    finally:
        ctx.close()
    print(f"wrote {target} ({result.size:,} bytes, sha256 {result.sha256})", file=out)
    for line in result.removed:
        print(f"  removed: {line}", file=out)
    if result.note:
        print(f"  note: {result.note}", file=out)
    return 0


def cmd_report(args: argparse.Namespace, out: TextIO) -> int:
    import tempfile

    from hrdoc.services.reporting import ReportService

    target = Path(args.output)
    if target.exists() and not args.force:
        raise CliError(f"{target} already exists; use --force to replace it")
    if not target.parent.is_dir():
        raise CliError(f"the folder {target.parent} does not exist")
    ctx = open_context(args)
    meter = _Meter()
    try:
        pdf = ReportService(ctx).render(
            args.case,
            args.audience,
            organisation=args.organisation,
            author=args.author,  # only as given: a login name never signs a report by itself
            progress=meter.reading("typesetting the report"),
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


def _csv_target(args: argparse.Namespace) -> Path:
    target = Path(args.output).expanduser()
    if target.exists() and not args.force:
        raise CliError(f"{target} already exists; use --force to replace it")
    if not target.parent.is_dir():
        raise CliError(f"the folder {target.parent} does not exist")
    return target


def cmd_table(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.services.tables import TABLE_KINDS, CsvError, export_table_csv

    if args.kind not in TABLE_KINDS:
        raise CliError(f"no table of {args.kind!r} records; choose from: {', '.join(TABLE_KINDS)}")
    target = _csv_target(args)
    ctx = open_context(args)
    try:
        # Written beside the target and renamed into place whole (as reports are).
        result = export_table_csv(ctx, args.case, args.kind, target, audience=args.audience)
    except CsvError as err:
        raise CliError(str(err)) from None
    finally:
        ctx.close()
    print(f"wrote {result.rows} {args.kind} records of {args.case} ({args.audience}) to {target}", file=out)
    return 0


def cmd_acled_export(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.services.acled import export_acled_csv
    from hrdoc.services.tables import CsvError

    target = _csv_target(args)
    ctx = open_context(args)
    try:
        result = export_acled_csv(ctx, args.case, target, audience=args.audience)
    except CsvError as err:
        raise CliError(str(err)) from None
    finally:
        ctx.close()
    print(f"wrote {result.rows} incidents of {args.case} as ACLED CSV ({args.audience}) to {target}", file=out)
    return 0


def cmd_acled_import(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.services.acled import import_acled
    from hrdoc.services.tables import CsvError

    path = Path(args.file).expanduser()
    if not path.is_file():
        raise CliError(f"{path} is not a file" if path.exists() else f"no file at {path}")
    ctx = open_context(args)
    meter = _Meter()
    try:
        report = import_acled(
            ctx, args.case, path, strict=args.strict, visibility=args.visibility, progress=meter.reading("reading")
        )
    except CsvError as err:
        raise CliError(str(err)) from None
    finally:
        meter.end()
        ctx.close()
    for line in report.lines():
        print(line, file=out)
    return 0 if report.ok else EXIT_ROWS_REJECTED


def cmd_gui(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.gui.launch import launch

    # The app asks for the passphrase itself, unless one is given the way every command takes it.
    given = args.passphrase_file or os.environ.get(PASSPHRASE_ENV)
    passphrase = read_passphrase(args) if given else None
    return launch(db=args.db, encrypted=not args.no_encryption, user=_user(args), passphrase=passphrase)


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
    "custody": cmd_custody,
    "export-evidence": cmd_export_evidence,
    "table": cmd_table,
    "acled-export": cmd_acled_export,
    "acled-import": cmd_acled_import,
}


# What a Ctrl-C leaves behind. Every change to a store is one transaction and every file is written beside
# its name and renamed into place whole, so a command interrupted before it commits saves nothing; one
# interrupted while or after it commits has saved all of that change or none of it.
INTERRUPTED = "interrupted; nothing was saved"
INTERRUPTED_SAVING = "interrupted while or after saving: the change is kept whole or not at all; look before redoing it"
INTERRUPTED_NEW_STORE = "interrupted; the new store may be incomplete: delete it and run the command again"
INTERRUPTED_SYNC = (
    "interrupted; each store holds either all of a merge or none of it (pull here, then push to the team): "
    "run sync again to finish"
)


def _interrupted(command: str | None) -> str:
    """What a Ctrl-C in ``command`` left behind."""
    if command in ("init", "demo"):
        return INTERRUPTED_NEW_STORE
    if not _Saves.count:
        return INTERRUPTED
    return INTERRUPTED_SYNC if command == "sync" else INTERRUPTED_SAVING


EXIT_BUG = 70  # EX_SOFTWARE
EXIT_INTERRUPTED = 130
USER_ERRORS = (StoreError, ValidationError, NotFound, CliError, CaptureError, BundleError)


def _error(text: str, prefix: str = "error: ") -> None:
    from hrdoc.cli.render import one_line

    print(f"hrdoc: {prefix}{one_line(text)}", file=sys.stderr)


def _os_error(err: OSError) -> str:
    """An operating-system error met outside the cases a command checks itself: the environment's fault."""
    if err.errno == errno.ENOSPC:
        return "the disk is full: free some space; nothing was saved"
    what = err.strerror or type(err).__name__
    if err.filename is not None:
        return f"cannot use {err.filename}: {what}"
    return what


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    from hrdoc.cli.render import PrintableOutput

    args = build_parser().parse_args(argv)
    handler = COMMANDS[args.command or "gui"]
    _Saves.count = 0
    if out is None and isinstance(sys.stdout, io.TextIOWrapper):
        # Names in any script print on a terminal whose encoding lacks them, as \u escapes, not as a crash.
        sys.stdout.reconfigure(errors="backslashreplace")
    # Stored text came from partners' bundles, ACLED files and web pages: its control characters are shown,
    # never obeyed by the terminal.
    stream = cast(TextIO, PrintableOutput(out or sys.stdout))
    try:
        code = handler(args, stream)
        stream.flush()  # here, where a reader gone away (BrokenPipeError) is still caught
        return code
    except USER_ERRORS as err:
        _error(str(err))
        return EXIT_USER_ERROR
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
    except Exception as err:
        # A bug. Its message may quote record contents (an SQL statement's parameters), so only its kind
        # is shown unless the user asks for the details.
        if args.debug or os.environ.get(DEBUG_ENV):
            traceback.print_exc()
            hint = ""
        else:
            hint = f" (run it again with --debug or {DEBUG_ENV}=1 for the details, which may quote your data)"
        _error(f"unexpected {type(err).__name__}: this is a bug: please report it{hint}")
        return EXIT_BUG

