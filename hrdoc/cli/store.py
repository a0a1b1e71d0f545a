"""Commands about a store as a whole: open the app on it, create one (empty or with the demo case), list its
cases, show one, search them, verify it."""

from __future__ import annotations

import argparse
import os
from typing import TextIO

from hrdoc.cli.common import (
    EXIT_VERIFY_FAILED,
    PASSPHRASE_ENV,
    USER_ENV,
    UsageError,
    create_context,
    open_context,
    print_json,
    read_passphrase,
    tell,
    user_name,
)
from hrdoc.domain.marks import N_


def cmd_gui(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.gui.launch import launch

    # The app asks for the passphrase itself, unless one is given the way every command takes it.
    given = args.passphrase_file or os.environ.get(PASSPHRASE_ENV)
    passphrase = read_passphrase(args) if given else None
    # The app acts as the name in its Preferences (asked on the first run), unless one is given here: never as
    # the login name, which user_name() falls back to for the other commands.
    user = user_name(args) if args.user or os.environ.get(USER_ENV) else None
    return launch(db=args.db, encrypted=not args.no_encryption, user=user, passphrase=passphrase)


def cmd_init(args: argparse.Namespace, out: TextIO) -> int:
    ctx = create_context(args)
    ctx.close()
    if ctx.location.url is not None:
        print(f"made {ctx.location.describe()} an empty hrdoc team store", file=out)
        tell(
            "hrdoc does not encrypt it: the server alone protects it (docs/team-store.md). Next, give each "
            "investigator a login of their own: hrdoc team-roles --db URL --investigator NAME"
        )
        return 0
    print(f"created an empty store at {ctx.location.describe()}", file=out)
    tell("keep the passphrase safe: a lost passphrase cannot be recovered, and neither can the data")
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
        tell("no cases yet")
        return 0
    from hrdoc.cli.render import count_of
    from hrdoc.domain import registry
    from hrdoc.domain.enums import label

    for c in cases:
        counts = ", ".join(count_of(n, registry.by_table(name).label) for name, n in c.counts.items())
        print(f"{c.reference}\t{c.title}\t[{label(c.status)}]\t{counts}", file=out)
    return 0


def cmd_show(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.cli.render import Words, render_case
    from hrdoc.domain.vocabularies import VOCABULARIES
    from hrdoc.services.cases import CaseService
    from hrdoc.services.vocab import VocabularyService

    ctx = open_context(args)
    try:
        data = CaseService(ctx).export(args.case, reveal=args.reveal, reason=args.reason)
        terms = VocabularyService(ctx)
        words = Words({vocabulary: terms.labels(vocabulary) for vocabulary in VOCABULARIES})
    finally:
        ctx.close()
    if args.json:
        print_json(out, data)
    else:
        out.write(render_case(data, words))
    return 0


def cmd_search(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.services.cases import CaseService
    from hrdoc.services.records_kinds import KINDS
    from hrdoc.services.search import SearchService

    if args.limit < 1:
        raise UsageError(N_("--limit must be at least 1"))
    searchable = sorted(k for k, spec in KINDS.items() if spec.index_kind)
    for kind in args.kind:
        if kind not in searchable:
            raise UsageError(
                N_("--kind {kind_name} is not searchable; choose from: {names}"),
                kind_name=repr(kind),
                names=", ".join(searchable),
            )
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
        tell("no matches" if args.audience == "internal" else f"no matches the {args.audience} may see")
    from hrdoc.domain import registry

    for hit in hits:
        kind = registry.KINDS[hit.kind].label if hit.kind in registry.KINDS else hit.kind
        print(f"{kind[:1].upper() + kind[1:]}\t{hit.case_reference}\t{hit.title}\t{hit.record_id}", file=out)
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
