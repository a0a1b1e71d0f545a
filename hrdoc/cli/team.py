"""Commands about a team store on PostgreSQL itself: ``team-roles`` gives investigators and readers their part
(see services.team_roles and docs/team-store.md)."""

from __future__ import annotations

import argparse
from typing import TextIO

from hrdoc.cli.common import UsageError, open_context
from hrdoc.cli.messages import N_, words


def cmd_team_roles(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.services.team_roles import set_up_roles
    from hrdoc.storage.engine import StoreLocation

    if not args.investigator and not args.reader:
        raise UsageError(N_("name at least one role: --investigator NAME or --reader NAME (each may be repeated)"))
    if StoreLocation.parse(args.db).url is None:
        raise UsageError(N_("team-roles is for a team store on PostgreSQL: give its postgresql:// URL with --db"))
    ctx = open_context(args)
    try:
        report = set_up_roles(ctx, investigators=args.investigator, readers=args.reader)
    finally:
        ctx.close()
    for line in report.lines:  # the team-roles service's words (hrdoc.services.team_roles)
        print(words(line), file=out)
    return 0
