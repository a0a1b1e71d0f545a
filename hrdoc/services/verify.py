"""``hrdoc verify``: is the store intact, does its audit trail show no tampering, are the evidence files intact?"""

from __future__ import annotations

from dataclasses import dataclass, field

from hrdoc.services import audit
from hrdoc.services.context import StoreContext
from hrdoc.services.evidence.service import EvidenceService


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
        conn = session.connection()
        if conn.dialect.name == "sqlite":
            results = [row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check").all()]
            if results == ["ok"]:
                report.checks.append("database integrity: ok")
            else:
                report.problems += [f"database integrity: {r}" for r in results]
            fk = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
            if fk:
                report.problems += [f"dangling reference in table {row[0]} (row {row[1]}) to {row[2]}" for row in fk]
            else:
                report.checks.append("references between records: ok")
        chain = audit.verify_chain(session)
    if chain.ok:
        report.checks.append(f"audit log: {chain.entries} entries, hash chain intact")
    else:
        report.problems += chain.problems
    # Items found intact get a "verify" entry in their chain of custody, unless the store itself is in doubt
    # or cannot be written here (a read-only disk: the unlock's note says nothing is recorded).
    evidence = EvidenceService(ctx).verify(record=report.ok and ctx.read_only is None)
    report.checks += evidence.checks
    report.problems += evidence.problems
    return report
