"""``hrdoc verify``: is the store intact, does its audit trail show no tampering, are the evidence files intact?

A laptop that syncs with a team store also keeps the head of the team's audit log it last saw
(services.exchange.team_log): :func:`verify_team_log` checks the team store's log against it, so a history
rewritten on the server (where its owner can disable the triggers and recompute the chain) shows here.

Verifying never deletes evidence: vault files the store has no record of are moved to a quarantine folder
beside the vault (see ``storage.vault``) and reported, so the check fails until the user has dealt with them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Connection

from hrdoc.domain.errors import Phrase
from hrdoc.domain.marks import N_
from hrdoc.services import audit
from hrdoc.services.context import StoreContext
from hrdoc.services.evidence.service import EvidenceService
from hrdoc.services.exchange import checks as merge_checks
from hrdoc.services.exchange import team_log
from hrdoc.services.verify_database import check_database
from hrdoc.storage import search_index
from hrdoc.storage.vault import Vault

# Beyond this many, the search index's problems are counted rather than listed (a lost index would name
# every record of the store).
SEARCH_PROBLEMS_SHOWN = 50


@dataclass
class VerifyReport:
    checks: list[str] = field(default_factory=list)  # what was checked and held
    problems: list[str] = field(default_factory=list)  # what failed, named

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_store(ctx: StoreContext) -> VerifyReport:
    report = VerifyReport()
    with ctx.read() as session:
        database = check_database(session.connection())
        chain = audit.verify_chain(session)
        arrivals = merge_checks.check_arrivals(session)
        heads = team_log.known_heads(session)
    report.checks += database.checks
    report.problems += database.problems
    if chain.ok:
        report.checks.append(Phrase(N_("audit log: {entries} entries, hash chain intact"), entries=chain.entries))
    else:
        report.problems += chain.problems
    report.checks += [
        Phrase(
            N_(
                "team store {store}: this store last saw its audit log at entry {entry} ({seen}); "
                "`hrdoc verify --team DB` checks that its history was not rewritten since"
            ),
            store=head.where,
            entry=head.seq,
            seen=head.seen_on(),
        )
        for head in heads
    ]
    if arrivals:
        report.problems += arrivals
    else:
        report.checks.append(Phrase(N_("entries merged from other stores: as their first writers wrote them")))
    # Items found intact get a "verify" entry in their chain of custody, unless the store itself is in doubt
    # or cannot be written here (a read-only disk: the unlock's note says nothing is recorded).
    service = EvidenceService(ctx)
    evidence = service.verify(record=report.ok and ctx.read_only is None)
    report.checks += evidence.checks
    report.problems += evidence.problems
    # Derived text only: a wrong index does not put the records in doubt, so it is checked after the custody
    # entries are recorded.
    with ctx.read() as session:
        _check_search_index(session.connection(), report)
    vault = service.vault
    if isinstance(vault, Vault) and (waiting := vault.quarantined()):
        # Never deleted: the user decides. The sweep puts them back itself once the store records them again.
        report.problems.append(
            Phrase(
                N_(
                    "evidence vault: {count} file(s) that no evidence item of this store records are kept in "
                    "{folder} (nothing was deleted; a note beside each says when and why): if you restored an "
                    "older copy of the store, put back the copy that recorded them and run verify again, which "
                    "returns them to the vault"
                ),
                count=len(waiting),
                folder=vault.quarantine,
            )
        )
    if isinstance(vault, Vault) and vault.left_in_place:
        report.problems.append(
            Phrase(
                N_(
                    "evidence vault: {count} file(s) that no evidence item of this store records could not be "
                    "moved to {folder} (is the disk read-only?); they were left in the vault, untouched"
                ),
                count=len(vault.left_in_place),
                folder=vault.quarantine,
            )
        )
    return report


def verify_team_log(ctx: StoreContext, team: StoreContext) -> VerifyReport:
    """Has the team store's audit log been rewritten behind this store? Its whole hash chain is followed too.

    Nothing is written to either store.
    """
    report = VerifyReport()
    try:
        checked = team_log.check(ctx, team, verifying=True)
    except team_log.TeamLogRewritten as err:
        report.problems.append(Phrase.of(err))  # its template and parameters, put into words by the caller
        return report
    report.checks.append(checked.line())
    with team.read() as session:
        chain = audit.verify_chain(session)
    where = team.location.describe()
    if chain.ok:
        report.checks.append(
            Phrase(
                N_("team store {store}: audit log of {entries} entries, hash chain intact"),
                store=where,
                entries=chain.entries,
            )
        )
    else:
        report.problems += [
            Phrase(N_("team store {store}: {problem}"), store=where, problem=problem) for problem in chain.problems
        ]
    return report


def _check_search_index(conn: Connection, report: VerifyReport) -> None:
    """Is the search index what a rebuild would make? Each wrong document is named by kind and id only."""
    if not search_index.supported(conn):
        return
    found = search_index.check(conn)
    if found.fulltext_skipped:  # not a problem of the store: the words are checked on another run
        report.checks.append(
            Phrase(
                N_(
                    "search index: its words were not re-read this time ({reason}); run verify again when no other "
                    "hrdoc is writing, on a writable disk, to include them"
                ),
                reason=found.fulltext_skipped,
            )
        )
    if found.ok:
        report.checks.append(
            Phrase(N_("search index: {documents} documents, as the records call for"), documents=found.documents)
        )
        return
    problems = found.problems
    report.problems += [Phrase(N_("search index: {problem}"), problem=p) for p in problems[:SEARCH_PROBLEMS_SHOWN]]
    if len(problems) > SEARCH_PROBLEMS_SHOWN:
        report.problems.append(
            Phrase(
                N_("search index: and {count} more documents like these"), count=len(problems) - SEARCH_PROBLEMS_SHOWN
            )
        )
    wrong: list[str] = []
    if problems:
        wrong.append(
            Phrase(
                N_("{wrong} of {documents} documents differ from the records"),
                wrong=len(problems),
                documents=found.documents,
            )
        )
    if not found.fulltext_ok:  # FTS5's words disagree with search_docs: which record it cannot tell
        wrong.append(Phrase(N_("the full-text index does not hold the words of its documents")))
    said = wrong[0] if len(wrong) == 1 else Phrase(N_("{first}; {second}"), first=wrong[0], second=wrong[1])
    report.problems.append(
        Phrase(
            N_(
                "search index: {wrong}; run hrdoc verify --rebuild-index to make it again from the records "
                "(no record changes)"
            ),
            wrong=said,
        )
    )
