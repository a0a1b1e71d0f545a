"""Commands about a store as a whole: open the app on it, create one (empty or with the demo case), list its
cases, show one, search them, verify it."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
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
from hrdoc.cli.messages import N_, tr, words


def cmd_gui(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.gui.launch import launch

    # The app asks for the passphrase itself, unless one is given the way every command takes it.
    given = args.passphrase_file or os.environ.get(PASSPHRASE_ENV)
    passphrase = read_passphrase(args) if given else None
    # The app acts as the name in its Preferences (asked on the first run), unless one is given here: never as
    # the login name, which user_name() falls back to for the other commands.
    user = user_name(args) if args.user or os.environ.get(USER_ENV) else None
    bundle = getattr(args, "bundle", None)  # a bundle opened from a file manager (the desktop entry's %f)
    if bundle is not None and not Path(bundle).is_file():
        raise UsageError(N_("{file} is not a file: give the path of a case bundle (.hrdoc)"), file=bundle)
    return launch(
        db=args.db,
        encrypted=not args.no_encryption,
        user=user,
        passphrase=passphrase,
        bundle=Path(bundle) if bundle is not None else None,
    )


def cmd_install_desktop_entry(args: argparse.Namespace, out: TextIO) -> int:
    """``hrdoc --install-desktop-entry``: the menu entry, icon and bundle type for this user
    (:mod:`hrdoc.services.desktop_entry`), starting the ``hrdoc`` command that is running now."""
    import shutil

    from hrdoc.services import desktop_entry

    command = shutil.which(sys.argv[0]) or str(Path(sys.argv[0]).resolve())
    for path in desktop_entry.install(command):
        print(tr("wrote {file}").format(file=path), file=out)
    return 0


def cmd_init(args: argparse.Namespace, out: TextIO) -> int:
    ctx = create_context(args)
    ctx.close()
    if ctx.location.url is not None:
        print(tr("made {store} an empty hrdoc team store").format(store=ctx.location.describe()), file=out)
        tell(
            N_(
                "hrdoc does not encrypt it: the server alone protects it (docs/team-store.md). Next, give each "
                "investigator a login of their own: hrdoc team-roles --db URL --investigator NAME"
            )
        )
        return 0
    print(tr("created an empty store at {store}").format(store=ctx.location.describe()), file=out)
    tell(N_("keep the passphrase safe: a lost passphrase cannot be recovered, and neither can the data"))
    return 0


def cmd_demo(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.services.demo import DEMO_REFERENCE, build_demo_case

    ctx = create_context(args)
    try:
        build_demo_case(ctx)
    finally:
        ctx.close()
    print(
        tr("created {store} holding the demo case {reference}").format(
            store=ctx.location.describe(), reference=DEMO_REFERENCE
        ),
        file=out,
    )
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
        tell(N_("no cases yet"))
        return 0
    from hrdoc.cli.counts import BY_TABLE
    from hrdoc.cli.render import field_value, labelled, value_text
    from hrdoc.domain import registry

    def counted(table: str, n: int) -> str:
        if table in BY_TABLE:
            return BY_TABLE[table](n)
        return labelled(tr(registry.by_table(table).label), value_text(n))

    for c in cases:
        counts = tr(", ").join(counted(name, n) for name, n in c.counts.items())
        print(f"{c.reference}\t{c.title}\t[{field_value('case', 'status', c.status)}]\t{counts}", file=out)
    return 0


def cmd_show(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.cli.messages import language
    from hrdoc.cli.render import Words, render_case
    from hrdoc.domain.vocabularies import VOCABULARIES
    from hrdoc.services.cases import CaseService
    from hrdoc.services.vocab import VocabularyService

    ctx = open_context(args)
    try:
        data = CaseService(ctx).export(args.case, reveal=args.reveal, reason=args.reason)
        terms = VocabularyService(ctx)
        spoken = language()  # each vocabulary's terms in the terminal's language
        words = Words({vocabulary: terms.labels(vocabulary, language=spoken) for vocabulary in VOCABULARIES})
    finally:
        ctx.close()
    if args.json:
        print_json(out, data)
    else:
        out.write(render_case(data, words))
    return 0


# What a search that found nothing says, by the audience searched for.
NO_MATCHES = {
    "internal": N_("no matches"),
    "partners": N_("no matches the partners may see"),
    "public": N_("no matches the public may see"),
}


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
        tell(NO_MATCHES.get(args.audience, NO_MATCHES["internal"]))
    from hrdoc.cli.render import kind_name

    for hit in hits:
        print(f"{kind_name(hit.kind)}\t{hit.case_reference}\t{hit.title}\t{hit.record_id}", file=out)
        print(f"    {hit.snippet_marked()}".replace("\n", " "), file=out)
    return 0


def cmd_verify(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.services.verify import verify_store, verify_team_log

    ctx = open_context(args)
    try:
        if args.rebuild_index:
            from hrdoc.cli.counts import DOCUMENTS
            from hrdoc.services.search import rebuild_index

            print(tr("rebuilt the search index: {documents}").format(documents=DOCUMENTS(rebuild_index(ctx))), file=out)
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
    # The lines themselves are the verify service's (hrdoc.services.verify): phrases put into words here.
    for line in report.checks:
        print(tr("ok: {check}").format(check=words(line)), file=out)
    for line in report.problems:
        print(tr("FAILED: {problem}").format(problem=words(line)), file=out)
    return 0 if report.ok else EXIT_VERIFY_FAILED
