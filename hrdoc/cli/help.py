"""What ``hrdoc --help`` and each ``hrdoc COMMAND --help`` say after the options: examples on the demo store
(``make run`` makes it, passphrase ``annefif-demo``), the environment variables, and what each exit status
means. Every example is a real command line: tests/cli/test_cli_help.py parses each one and runs the ones that
only read."""

from __future__ import annotations

from hrdoc.cli.common import BUNDLE_ENV, DEBUG_ENV, EXIT_STATUSES, PASSPHRASE_ENV, TEAM_ENV, USER_ENV
from hrdoc.cli.messages import N_, tr

DEMO = "--db demo/hrdoc-demo.db"
CASE = "ML-2025-004"
ITEM = "4be1a8a2-7c0e-4d53-9d7e-0f6f1e2b9c31"  # an evidence item's id, as `hrdoc evidence` lists them
TEAM = "postgresql://amina@db.example.org/hrdoc"
OWNER = "postgresql://hrdoc_owner@db.example.org/hrdoc"  # the login that owns the team store's tables

EXAMPLES: dict[str, tuple[str, ...]] = {
    "gui": (f"hrdoc gui {DEMO}",),
    "init": ("hrdoc init --db ~/cases/mali.db", f"hrdoc init --db {OWNER}"),
    "demo": (f"hrdoc demo {DEMO}",),
    "cases": (f"hrdoc cases {DEMO}", f"hrdoc cases {DEMO} --json"),
    "show": (
        f"hrdoc show {CASE} {DEMO}",
        f"hrdoc show {CASE} {DEMO} --json",
        f"hrdoc show {CASE} {DEMO} --reveal --reason 'court order 17'",
    ),
    "search": (
        f"hrdoc search Anefis {DEMO}",
        f"hrdoc search 'Front de liberation' {DEMO} --case {CASE} --kind source",
        f"hrdoc search Wagner {DEMO} --audience public --json",
    ),
    "verify": (f"hrdoc verify {DEMO}", f"hrdoc verify {DEMO} --team {TEAM}"),
    "report": (
        f"hrdoc report {CASE} -o annefif-public.pdf --audience public {DEMO}",
        f"hrdoc report {CASE} -o annefif-internal.pdf --audience internal --author 'A. Maiga' {DEMO}",
    ),
    "attach": (
        f"hrdoc attach {CASE} convoy-photo.jpg {DEMO} --description 'The first car, seen from the road'",
        f"hrdoc attach {CASE} statement.pdf {DEMO} --acquired-at 2025-07-28T14:30Z --acquired-from 'FLA press office'",
    ),
    "capture": (f"hrdoc capture {CASE} https://www.telegraph.co.uk/world-news/ {DEMO}",),
    "import-capture": (
        f"hrdoc import-capture {CASE} page.warc {DEMO}",
        f"hrdoc import-capture {CASE} page.mhtml {DEMO} --captured-at 2025-07-28T09:00Z --tool 'SingleFile'",
    ),
    "evidence": (f"hrdoc evidence {CASE} {DEMO}", f"hrdoc evidence {CASE} {DEMO} --json"),
    "custody": (f"hrdoc custody {ITEM} {DEMO}", f"hrdoc custody {ITEM} {DEMO} --json"),
    "export-evidence": (f"hrdoc export-evidence {ITEM} -o convoy-public.jpg --audience public {DEMO}",),
    "export": (
        f"hrdoc export {CASE} -o annefif-partners.hrdoc --audience partners {DEMO}",
        f"hrdoc export {CASE} -o annefif.hrdoc --encrypt {DEMO}",
    ),
    "import": ("hrdoc import annefif-partners.hrdoc --db ~/cases/mali.db",),
    "sync": (f"hrdoc sync {CASE} --team {TEAM} {DEMO}",),
    "team-roles": (f"hrdoc team-roles --db {OWNER} --investigator amina --investigator bakary --reader chloe",),
    "conflicts": (
        f"hrdoc conflicts {CASE} {DEMO}",
        f"hrdoc conflicts {CASE} {DEMO} --resolve 0b9d6f0e-3c1a-4e8b-a1f2-5d7c9e4b2a10 --keep incoming",
    ),
    "audit": (f"hrdoc audit {CASE} {DEMO}", f"hrdoc audit {CASE} {DEMO} --limit 20 --json"),
    "table": (
        f"hrdoc table {CASE} incident -o incidents.csv {DEMO}",
        f"hrdoc table {CASE} source -o sources-public.csv --audience public {DEMO}",
    ),
    "acled-export": (f"hrdoc acled-export {CASE} -o annefif-acled.csv {DEMO}",),
    "acled-import": (
        f"hrdoc acled-import {CASE} acled-mali-2025.csv {DEMO}",
        f"hrdoc acled-import {CASE} acled-mali-2025.csv {DEMO} --strict",
    ),
    "completion": (
        "hrdoc completion bash > ~/.local/share/bash-completion/completions/hrdoc",
        "hrdoc completion zsh > ~/.zfunc/_hrdoc",
    ),
}

ENVIRONMENT = (
    (PASSPHRASE_ENV, N_("the store's passphrase (--passphrase-file comes first; else it is asked)")),
    (BUNDLE_ENV, N_("a bundle's passphrase (export --encrypt, import)")),
    (TEAM_ENV, N_("the passphrase of a team store kept in a file")),
    (USER_ENV, N_("the investigator's name recorded with each change (--user comes first)")),
    (DEBUG_ENV, N_("1: on an unexpected error, print its details (they may quote your data)")),
)

# What a command's exit status says beyond the common ones listed by `hrdoc --help`.
OWN_STATUS = {
    "verify": N_("Exits 3 if anything failed (each problem is a FAILED line on stdout)."),
    "acled-import": N_(
        "Exits 4 if some rows were rejected (listed by line); the valid rows are imported all the same."
    ),
}


def examples(command: str) -> str:
    """The epilog of ``hrdoc COMMAND --help``: its examples, and what its exit status says, in the terminal's
    language (the examples themselves are command lines)."""
    lines = [tr("Examples:"), *(f"  {example}" for example in EXAMPLES[command])]
    if command in OWN_STATUS:
        lines += ["", tr(OWN_STATUS[command])]
    lines += ["", tr("Exit statuses: see `hrdoc --help`.")]
    return "\n".join(lines)


def main_epilog() -> str:
    """The epilog of ``hrdoc --help``: a few examples, the environment, every exit status."""
    width = max(len(str(code)) for code, _ in EXIT_STATUSES)
    return "\n".join(
        [
            tr("Examples (the demo store made by `make run`; its passphrase is annefif-demo):"),
            "  export HRDOC_PASSPHRASE=annefif-demo",
            f"  hrdoc cases {DEMO}",
            f"  hrdoc show {CASE} {DEMO}",
            f"  hrdoc search Anefis {DEMO} --json",
            "  hrdoc COMMAND --help    " + tr("(each command's options, with examples)"),
            "",
            tr("Environment:"),
            *(f"  {name:<25}{tr(meaning)}" for name, meaning in ENVIRONMENT),
            "",
            tr("Exit statuses:"),
            *(f"  {code:>{width}}  {tr(meaning)}" for code, meaning in EXIT_STATUSES),
            "",
            *tr(
                "Messages (errors, notes, 'nothing found') go to stderr; stdout holds only the data: a listing, a "
                "report,\nJSON (docs/cli-json.md). Shell completion: `hrdoc completion bash` or `hrdoc completion zsh`."
            ).splitlines(),
        ]
    )
