"""The command line's arguments: every command, its options and their help.

A command line names one command; :func:`command_in` finds it as argparse will, and :func:`build_parser` then
adds that command's options alone (argparse spends a moment on each option of each command it is given: about
a tenth of a second for all of them on a busy machine, before the app could show anything). Without a command
it names (``--help``, a mistyped command), the parser has every command, so its help and its errors list them
all, as before.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Any

from hrdoc import __version__
from hrdoc.cli.common import BUNDLE_ENV, DEBUG_ENV, TEAM_ENV, USER_ENV
from hrdoc.cli.help import examples, main_epilog
from hrdoc.cli.messages import N_, tr

# Help keeps the examples' and exit statuses' lines as they are written (hrdoc.cli.help).
RAW = argparse.RawDescriptionHelpFormatter


def _store_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    default: Any = None if top else argparse.SUPPRESS
    parser.add_argument(
        "--db", default=default, metavar="PATH", help=tr("store file, or a postgresql:// URL (default: user data dir)")
    )
    parser.add_argument(
        "--passphrase-file", default=default, metavar="FILE", help=tr("read the store passphrase from FILE")
    )
    parser.add_argument(
        "--no-encryption",
        action="store_true",
        default=False if top else argparse.SUPPRESS,
        help=tr("use an UNENCRYPTED store (tests and benchmarks only)"),
    )
    parser.add_argument(
        "--user",
        default=default,
        metavar="NAME",
        help=tr("investigator name recorded as created_by (or ${variable})").format(variable=USER_ENV),
    )
    parser.add_argument(
        "--debug",
        action="store_true",
        default=False if top else argparse.SUPPRESS,
        help=tr("on an unexpected error, print the details (or set {variable}=1); they may quote your data").format(
            variable=DEBUG_ENV
        ),
    )


# The options before the command that take a value (the others are flags, or end the command line: --help, --version).
VALUE_OPTIONS = ("--db", "--passphrase-file", "--user")


class _Unbuilt:
    """A command's parser not built this time (another command was named): the options given to it are dropped."""

    def add_argument(self, *args: Any, **kwargs: Any) -> None:
        return None


def command_in(argv: Sequence[str], names: Sequence[str], default: str | None = None) -> str | None:
    """The command ``argv`` names (one of ``names``), found as argparse finds it: the first argument that is not
    an option before it or an option's value (an option may be shortened to any unambiguous start, as argparse
    allows); ``default`` if there is none (the command run then). None if that argument is not a command's name,
    or help is asked for before it: the parser then needs every command."""
    taking_value = False
    for arg in argv:
        if taking_value:
            taking_value = False
            continue
        if arg == "--":
            return None  # argparse takes "--" itself for the command's name: an error, said as before
        if arg.startswith("-") and len(arg) > 1:
            if arg == "-h" or (len(arg) > 2 and "--help".startswith(arg)):
                return None
            if arg.startswith("--") and "=" not in arg:
                matches = [o for o in VALUE_OPTIONS if o.startswith(arg)]
                taking_value = bool(matches)
            continue
        return arg if arg in names else None
    return default


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser of every command, or with ``only``, of that command alone (see the module's docstring)."""
    parser = argparse.ArgumentParser(
        prog="hrdoc",
        description=tr("Offline case manager for human-rights investigations. Without a command, opens the app."),
        epilog=main_epilog(),
        formatter_class=RAW,
    )
    parser.add_argument(
        "--version", action="version", version=f"hrdoc {__version__}", help=tr("show program's version number and exit")
    )
    parser.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help=tr("add hrdoc to the desktop's applications menu and open .hrdoc bundles with it (this user only)"),
    )
    _store_options(parser, top=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    team_passphrase = tr("passphrase of a team store FILE (or ${variable})").format(variable=TEAM_ENV)

    def command(name: str, about: str) -> argparse.ArgumentParser | _Unbuilt:
        if only is not None and name != only:
            return _Unbuilt()
        help_text = tr(about)  # marked N_ where it is written
        p = sub.add_parser(name, help=help_text, description=help_text, epilog=examples(name), formatter_class=RAW)
        _store_options(p, top=False)
        return p

    p = command("gui", N_("open the desktop app (the default)"))
    p.add_argument(
        "bundle",
        nargs="?",
        metavar="BUNDLE",
        help=tr("a case bundle (.hrdoc) to import once the store is unlocked"),
    )
    command("init", N_("create a new, empty encrypted store"))
    command("demo", N_("create a new store holding the demo case (Annefif convoy killings)"))
    p = command("cases", N_("list cases with their record counts"))
    p.add_argument("--json", action="store_true", help=tr("print JSON"))
    p = command("show", N_("print one case with all its records"))
    p.add_argument("case", metavar="CASE", help=tr("reference code (e.g. ML-2025-004) or UUID"))
    p.add_argument("--json", action="store_true", help=tr("print JSON, with field names as in docs/data-model.md"))
    p.add_argument(
        "--reveal",
        action="store_true",
        help=tr("show protected witness and victim identities (recorded in the audit log)"),
    )
    p.add_argument("--reason", default="", help=tr("why identities are revealed (recorded with --reveal)"))
    p = command("search", N_("full-text search across all cases"))
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--case", metavar="CASE", help=tr("only this case (reference or UUID)"))
    p.add_argument("--kind", action="append", default=[], help=tr("only records of this kind (repeatable)"))
    p.add_argument("--limit", type=int, default=20, help=tr("at most this many hits (default 20)"))
    p.add_argument(
        "--audience",
        choices=("public", "partners", "internal"),
        default="internal",
        help=tr("show only what this audience may see: its records, found and quoted by its fields (default internal)"),
    )
    p.add_argument("--json", action="store_true", help=tr("print JSON"))
    p = command("verify", N_("check the store's integrity, its audit chain, every evidence file and chain of custody"))
    p.add_argument(
        "--rebuild-index", action="store_true", help=tr("first make the search index again from the records (a repair)")
    )
    p.add_argument(
        "--team",
        metavar="DB",
        help=tr("also check that this team store's audit log was not rewritten since this store last synced with it"),
    )
    p.add_argument("--team-passphrase-file", metavar="FILE", help=team_passphrase)
    p = command("attach", N_("add a file to a case's evidence vault (hashed, encrypted, recorded in its custody log)"))
    p.add_argument("case", metavar="CASE", help=tr("reference code or UUID of the case"))
    p.add_argument("file", metavar="FILE", help=tr("the file to add; it is read, never changed"))
    p.add_argument(
        "--to", metavar="RECORD", help=tr("UUID of an incident, allegation, source or account to file it under")
    )
    p.add_argument("--description", default="", help=tr("what the file shows"))
    p.add_argument("--acquired-at", metavar="WHEN", help=tr("when it was acquired (ISO 8601, e.g. 2025-07-28T14:30Z)"))
    p.add_argument("--acquired-by", metavar="NAME", help=tr("who acquired it (default: --user)"))
    p.add_argument("--acquired-from", default="", metavar="WHERE", help=tr("from where or whom it was acquired"))
    p.add_argument(
        "--visibility",
        choices=("public", "restricted", "confidential"),
        default="restricted",
        help=tr("who may see it"),
    )
    p.add_argument("--copy-of", metavar="ITEM", help=tr("this file is a working copy of evidence item ITEM (UUID)"))
    p.add_argument("--alteration", default="", metavar="NOTE", help=tr("for --copy-of: what was altered"))
    p.add_argument("--json", action="store_true", help=tr("print JSON"))
    p = command("capture", N_("capture a web page now (every redirect, headers, HTML, text) as evidence of a case"))
    p.add_argument("case", metavar="CASE", help=tr("reference code or UUID of the case"))
    p.add_argument(
        "url", metavar="URL", help=tr("the http:// or https:// address; the site sees this computer's address")
    )
    p.add_argument("--to", metavar="SOURCE", help=tr("UUID of the source to file it under (default: a new source)"))
    p.add_argument("--timeout", type=float, default=30.0, help=tr("seconds allowed for the whole capture (default 30)"))
    p.add_argument("--json", action="store_true", help=tr("print JSON"))
    p = command("import-capture", N_("keep a capture made elsewhere (saved page, MHTML, PDF, WARC, screenshot)"))
    p.add_argument("case", metavar="CASE", help=tr("reference code or UUID of the case"))
    p.add_argument("file", metavar="FILE", help=tr("the saved capture; kept exactly as it is"))
    p.add_argument("--url", default="", help=tr("the page's address (read from a WARC or MHTML when not given)"))
    p.add_argument("--captured-at", metavar="WHEN", help=tr("when it was captured (ISO 8601 with a time zone)"))
    p.add_argument("--captured-by", default="", metavar="NAME", help=tr("who captured it"))
    p.add_argument("--tool", default="", help=tr("with what it was captured (browser, extension, service)"))
    p.add_argument("--note", default="", help=tr("anything else about how it was captured"))
    p.add_argument("--to", metavar="SOURCE", help=tr("UUID of the source to file it under (default: a new source)"))
    p = command("export", N_("write a case to one bundle file (.hrdoc) for another laptop or a partner"))
    p.add_argument("case", metavar="CASE", help=tr("reference code or UUID of the case"))
    p.add_argument("-o", "--output", required=True, metavar="FILE.hrdoc", help=tr("where to write the bundle"))
    p.add_argument(
        "--audience",
        choices=("public", "partners", "internal"),
        default="internal",
        help=tr("who it is for (default internal)"),
    )
    p.add_argument("--encrypt", action="store_true", help=tr("encrypt the whole bundle with a bundle passphrase"))
    p.add_argument(
        "--bundle-passphrase-file",
        metavar="FILE",
        help=tr("the bundle passphrase (or ${variable})").format(variable=BUNDLE_ENV),
    )
    p.add_argument("--force", action="store_true", help=tr("replace FILE.hrdoc if it exists"))
    p = command("import", N_("check a bundle, then merge its case into the store (all or nothing)"))
    p.add_argument("bundle", metavar="FILE.hrdoc", help=tr("the bundle"))
    p.add_argument(
        "--bundle-passphrase-file",
        metavar="FILE",
        help=tr("the bundle's passphrase (or ${variable})").format(variable=BUNDLE_ENV),
    )
    p = command("sync", N_("bring a case together with the team store: pull and merge, then push"))
    p.add_argument("case", metavar="CASE", help=tr("reference code or UUID of the case"))
    p.add_argument(
        "--team", required=True, metavar="DB", help=tr("the team store: postgresql://user@host/db (or a file)")
    )
    p.add_argument("--team-passphrase-file", metavar="FILE", help=team_passphrase)
    p.add_argument(
        "--accept-team-log",
        action="store_true",
        help=tr(
            "take the team store's audit log as it now is, although its history changed since the last sync "
            "(recorded in this store's audit log)"
        ),
    )
    p = command("team-roles", N_("give database roles their part on a team store (run with the owner's login)"))
    p.add_argument(
        "--investigator",
        action="append",
        default=[],
        metavar="NAME",
        help=tr("a login that works on the cases: reads and writes records, only appends to the logs (repeatable)"),
    )
    p.add_argument(
        "--reader", action="append", default=[], metavar="NAME", help=tr("a login that may only read (repeatable)")
    )
    p = command("conflicts", N_("list a case's merge conflicts, or resolve one"))
    p.add_argument("case", metavar="CASE", help=tr("reference code or UUID of the case"))
    p.add_argument("--resolve", metavar="CONFLICT", help=tr("the conflict to resolve (its id, as listed)"))
    p.add_argument("--keep", choices=("local", "incoming"), help=tr("with --resolve: which version to keep"))
    p.add_argument("--json", action="store_true", help=tr("print JSON"))
    p = command("evidence", N_("list a case's evidence files"))
    p.add_argument("case", metavar="CASE", help=tr("reference code or UUID of the case"))
    p.add_argument("--json", action="store_true", help=tr("print JSON"))
    p = command("audit", N_("print a case's audit log: who did what, when, where, and when it arrived here"))
    p.add_argument("case", metavar="CASE", help=tr("reference code or UUID of the case"))
    p.add_argument("--limit", type=int, default=5000, metavar="N", help=tr("at most the N newest entries (5000)"))
    p.add_argument("--json", action="store_true", help=tr("print JSON"))
    p = command("custody", N_("print an evidence item's chain of custody"))
    p.add_argument("item", metavar="ITEM", help=tr("UUID of the evidence item"))
    p.add_argument("--json", action="store_true", help=tr("print JSON"))
    p = command(
        "export-evidence", N_("write a copy of an evidence file (for the public: without identifying metadata)")
    )
    p.add_argument("item", metavar="ITEM", help=tr("UUID of the evidence item"))
    p.add_argument("-o", "--output", required=True, metavar="FILE", help=tr("where to write the copy"))
    p.add_argument("--audience", required=True, choices=("public", "partners", "internal"), help=tr("who it is for"))
    p.add_argument("--force", action="store_true", help=tr("replace FILE if it exists"))
    p = command("report", N_("write a case's PDF report, redacted for an audience (recorded in the audit log)"))
    p.add_argument("case", metavar="CASE", help=tr("reference code (e.g. ML-2025-004) or UUID"))
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help=tr("where to write the PDF"))
    p.add_argument(
        "--audience",
        required=True,
        choices=("public", "partners", "internal"),
        help=tr("who the report is for: decides what it may contain"),
    )
    p.add_argument("--organisation", default="", help=tr("organisation named on the cover"))
    p.add_argument("--author", default="", help=tr("author named on the cover and in the PDF metadata"))
    p.add_argument(
        "--language",
        choices=("en", "fr", "ar"),  # hrdoc.services.reporting.REPORT_LANGUAGES (not imported here: it is slow)
        default=None,
        help=tr(
            "the report's language: its headings, labels, dates, numbers and vocabulary terms (what users wrote "
            "is printed as written); default: the language of the command line's messages, from LC_ALL, LC_MESSAGES "
            "or LANG, if reports speak it, else English"
        ),
    )
    p.add_argument("--force", action="store_true", help=tr("replace FILE.pdf if it exists"))
    p.add_argument(
        "--allow-empty",
        action="store_true",
        help=tr("make the report even if it would hold no incident (without it, such a report is refused)"),
    )
    audiences = ("public", "partners", "internal")
    p = command(
        "table", N_("write one table of a case as CSV (UTF-8, opens in Excel and LibreOffice), for an audience")
    )
    p.add_argument("case", metavar="CASE", help=tr("reference code (e.g. ML-2025-004) or UUID"))
    p.add_argument("kind", metavar="KIND", help=tr("incident, allegation, perpetrator, location, actor, victim, ..."))
    p.add_argument("-o", "--output", required=True, metavar="FILE.csv", help=tr("where to write the CSV"))
    p.add_argument("--audience", choices=audiences, default="internal", help=tr("who it is for (default internal)"))
    p.add_argument("--force", action="store_true", help=tr("replace FILE.csv if it exists"))
    p = command("acled-export", N_("write a case's incidents as ACLED-style CSV"))
    p.add_argument("case", metavar="CASE", help=tr("reference code (e.g. ML-2025-004) or UUID"))
    p.add_argument("-o", "--output", required=True, metavar="FILE.csv", help=tr("where to write the CSV"))
    p.add_argument("--audience", choices=audiences, default="internal", help=tr("who it is for (default internal)"))
    p.add_argument("--force", action="store_true", help=tr("replace FILE.csv if it exists"))
    p = command("acled-import", N_("import an ACLED-style CSV file into a case; rejected rows are listed by line"))
    p.add_argument("case", metavar="CASE", help=tr("reference code (e.g. ML-2025-004) or UUID"))
    p.add_argument("file", metavar="FILE.csv", help=tr("the ACLED CSV file (UTF-8)"))
    p.add_argument("--strict", action="store_true", help=tr("import nothing if any row is rejected"))
    p.add_argument(
        "--visibility",
        choices=("public", "restricted", "confidential"),
        default="restricted",
        help=tr("visibility of the records made (default restricted)"),
    )
    about = tr("print a shell completion script for hrdoc's commands and options")
    if only in (None, "completion"):
        p = sub.add_parser(
            "completion", help=about, description=about, epilog=examples("completion"), formatter_class=RAW
        )
        p.add_argument("shell", choices=("bash", "zsh"), help=tr("the shell that will read it"))
    return parser
