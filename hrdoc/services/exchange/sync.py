"""Syncing a case with the team store: pull the team's copy into this store, then push the result back.

Both directions use the same merge (services.exchange.merge): changes made on one side only are taken, changes
made on both sides are kept as conflicts on the side that receives them, deletions travel as tombstones. A
case the team store does not have yet is simply pushed.

Before anything is merged, the team store's audit log is checked against the head of it this store saw at its
last sync (services.exchange.team_log): a team store whose history was rewritten behind this store is refused,
in one line, unless the user accepts its log as it now is. After the push, the new head is kept here.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from hrdoc.domain.progress import Progress
from hrdoc.services.context import StoreContext
from hrdoc.services.exchange import team_log
from hrdoc.services.exchange.merge import Merger, MergeReport, copy_evidence
from hrdoc.services.exchange.snapshot import take_snapshot
from hrdoc.storage import models as m


@dataclass(frozen=True)
class SyncReport:
    pulled: MergeReport | None  # None: the team store did not have the case yet
    pushed: MergeReport
    # What was wrong with the team store's audit log when the user accepted it as it was (None: nothing).
    accepted_team_log: str | None = None

    @property
    def conflicts_here(self) -> int:
        return self.pulled.conflicts if self.pulled is not None else 0

    def lines(self) -> list[str]:
        out = ["from the team store:"]
        out += [f"  {line}" for line in self.pulled.lines()] if self.pulled else ["  (the team store did not have it)"]
        out += ["to the team store:"] + [f"  {line}" for line in self.pushed.lines()]
        if self.accepted_team_log is not None:
            out.append(f"accepted the team store's audit log as it now is, although {self.accepted_team_log}")
        return out


def _has_case(ctx: StoreContext, case_id: uuid.UUID) -> bool:
    with ctx.read() as session:
        return session.get(m.Case, case_id) is not None


def sync_case(
    local: StoreContext,
    team: StoreContext,
    case_id: uuid.UUID,
    *,
    progress: Progress | None = None,
    accept_team_log: bool = False,
) -> SyncReport:
    """Bring this store's copy of a case and the team store's copy together, in both.

    Raises team_log.TeamLogRewritten, before anything is merged, if the team store's audit log no longer holds
    what this store saw of it; ``accept_team_log`` takes it as it is instead (recorded in this store's log).
    ``progress`` is told each step by name (its amount of work is not known in advance).
    """

    def tell(what: str) -> None:
        if progress is not None:
            progress(0, 0, what)

    tell("checking the team store's audit log")
    checked = team_log.check(local, team, accept=accept_team_log)
    pulled = None
    if _has_case(team, case_id):
        tell("reading the team's copy")
        theirs = take_snapshot(team, case_id)
        tell("merging the team's changes here")
        pulled = Merger(local).apply(
            theirs, origin_label=f"team store {team.location.describe()}", files=copy_evidence(team)
        )
    tell("reading this copy")
    ours = take_snapshot(local, case_id)
    tell("sending the changes to the team store")
    pushed = Merger(team).apply(ours, origin_label=f"{local.user}'s store", files=copy_evidence(local))
    tell("noting the team store's audit log")
    team_log.remember(local, team, checked)
    return SyncReport(pulled, pushed, checked.accepted)
