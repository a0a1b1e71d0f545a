"""Reference numbers that are the same in every audience's report of a case.

A report refers to incidents (I3), allegations (3.2: incident 3's second allegation), witness accounts
(A2), sources (S5) and evidence files (E1) by number. The numbers count **every** record of the case,
whatever its visibility or its witness's consent, in the order the records were entered (creation time,
then id), so "A2" is the same account in the public, partners and internal reports, and two versions of a
report can be read side by side. Where an entry is withheld from an audience its report has a gap, and says
so; the gap tells only that something was withheld. Nothing of a withheld record is read here but its id,
its creation time (to sort, never shown) and, for an allegation, its incident.

Creation order rather than date order: numbering incidents by date would tell a public reader that a
withheld incident happened between two dates, and an incident entered later with an earlier date would
renumber all those after it. Witnesses need no number: they are referred to by pseudonym, which is the same
in every report already.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from hrdoc.services.context import StoreContext
from hrdoc.storage import models as m


class Numbers:
    """1, 2, 3… for the records of one kind, in the order given."""

    def __init__(self, ids: Iterable[str]) -> None:
        self._numbers = {rid: n for n, rid in enumerate(ids, 1)}
        self._next = len(self._numbers) + 1

    def __getitem__(self, rid: str) -> int:
        number = self._numbers.get(rid)
        if number is None:
            # Not there when the numbers were read (the case changed while the report was being made):
            # numbered after every other, so it is at least unique in this report.
            number = self._numbers[rid] = self._next
            self._next += 1
        return number


@dataclass(frozen=True)
class Numbering:
    """The reference numbers of one whole case; see the module's docstring."""

    incidents: Numbers
    accounts: Numbers
    sources: Numbers
    evidence: Numbers
    allegations: dict[str, Numbers] = field(default_factory=dict)  # per incident id

    def allegation(self, allegation: Mapping[str, Any]) -> str:
        """``"3.2"``: the allegation's incident's number, then its own within that incident."""
        incident_id = str(allegation["incident_id"])
        within = self.allegations.setdefault(incident_id, Numbers(()))
        return f"{self.incidents[incident_id]}.{within[str(allegation['id'])]}"

    @classmethod
    def build(
        cls,
        *,
        incidents: Iterable[str],
        allegations: Iterable[tuple[str, str]],
        accounts: Iterable[str],
        sources: Iterable[str],
        evidence: Iterable[str],
    ) -> Numbering:
        """From ids in creation order; ``allegations`` as (allegation id, incident id) pairs."""
        per_incident: dict[str, list[str]] = {}
        for allegation_id, incident_id in allegations:
            per_incident.setdefault(incident_id, []).append(allegation_id)
        return cls(
            incidents=Numbers(incidents),
            accounts=Numbers(accounts),
            sources=Numbers(sources),
            evidence=Numbers(evidence),
            allegations={incident: Numbers(ids) for incident, ids in per_incident.items()},
        )


def read_numbering(ctx: StoreContext, case_id: uuid.UUID) -> Numbering:
    """The numbers of every record of the case in the store (ids only: no record's contents are read)."""
    with ctx.read() as session:

        def ids(model: Any) -> list[str]:
            query = select(model.id).where(model.case_id == case_id).order_by(model.created_at, model.id)
            return [str(rid) for rid in session.scalars(query)]

        a = m.Allegation
        allegations = [
            (str(rid), str(incident_id))
            for rid, incident_id in session.execute(
                select(a.id, a.incident_id).where(a.case_id == case_id).order_by(a.created_at, a.id)
            )
        ]
        return Numbering.build(
            incidents=ids(m.Incident),
            allegations=allegations,
            accounts=ids(m.Account),
            sources=ids(m.Source),
            evidence=ids(m.EvidenceFile),
        )
