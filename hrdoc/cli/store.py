"""Commands about a store as a whole: open the app on it, create one (empty or with the demo case), list its
cases, show one, search them, verify it."""

from __future__ import annotations

import argparse
import os
from typing import TextIO

from hrdoc.cli.common import (
    EXIT_VERIFY_FAILED,
    PASSPHRASE_ENV,
    CliError,
    create_context,
    open_context,
    print_json,
    read_passphrase,
    user_name,
)


def cmd_gui(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.gui.launch import launch

    # The app asks for the passphrase itself, unless one is given the way every command takes it.
    given = args.passphrase_file or os.environ.get(PASSPHRASE_ENV)
    passphrase = read_passphrase(args) if given else None
    return launch(db=args.db, encrypted=not args.no_encryption, user=user_name(args), passphrase=passphrase)


def cmd_init(args: argparse.Namespace, out: TextIO) -> int:
    ctx = create_context(args)
    ctx.close()
    if ctx.location.url is not None:
        print(f"made {ctx.location.describe()} an empty hrdoc team store", file=out)
        print(
            "hrdoc does not encrypt it: the server alone protects it (docs/team-store.md). Next, give each "
            "investigator a login of their own: hrdoc team-roles --db URL --investigator NAME",
            file=out,
        )
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
        print_json(out, [c.as_json() for c in cases])
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
        print_json(out, data)
    else:
        from hrdoc.cli.render import render_case

        out.write(render_case(data))
    return 0


def cmd_search(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.services.cases import CaseService
    from hrdoc.services.records_kinds import KINDS
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
        hits = SearchService(ctx).search(
            args.query, case_id=case_id, kinds=tuple(args.kind), limit=args.limit, audience=args.audience
        )
    finally:
        ctx.close()
    if args.json:
        print_json(out, [h.as_json() for h in hits])
        return 0
    if not hits:
        print("no matches" if args.audience == "internal" else f"no matches the {args.audience} may see", file=out)
    for hit in hits:
        print(f"{hit.kind}\t{hit.case_reference}\t{hit.title}\t{hit.record_id}", file=out)
        print(f"    {hit.snippet_marked()}".replace("\n", " "), file=out)
    return 0


def cmd_verify(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.services.verify import verify_store, verify_team_log

    ctx = open_context(args)
    try:
        if args.rebuild_index:
            from hrdoc.services.search import rebuild_index

            print(f"rebuilt the search index: {rebuild_index(ctx)} documents", file=out)
        report = verify_store(ctx)
        if args.team:  # the team store's audit log against the head this store last saw of it
            from hrdoc.cli.exchange import team_context

            team = team_context(args)
            try:
                against = verify_team_log(ctx, team)
            finally:
                team.close()
            report.checks += against.checks
            report.problems += against.problems
    finally:
        ctx.close()
    for line in report.checks:
        print(f"ok: {line}", file=out)
    for line in report.problems:
        print(f"FAILED: {line}", file=out)
    return 0 if report.ok else EXIT_VERIFY_FAILED
