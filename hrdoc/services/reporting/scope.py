"""What a report will hold of a case for an audience, counted before it is made, and why the rest is left out.

The report dialog shows it for the audience chosen and asks before making a report with no incidents;
``hrdoc report`` prints the same lines on stderr and refuses such a report unless told ``--allow-empty``.

Which records go is the sharing policy's decision (:func:`hrdoc.services.sharing.records_shown`), made on what
it weighs alone (ids, visibilities, references, consent), the same decision the report itself asks for
(:func:`~hrdoc.services.reporting.audience.redact`); no record's text is read here. Why each of the others is
left out is then read from the policy's rules, in their order: the record's own visibility, the witness's
consent, the records it depends on. Of the case itself, the fields its visibility hides from the audience
(:func:`hrdoc.services.sharing.case_fields`) are named.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from hrdoc.domain import registry
from hrdoc.domain.registry import Kind
from hrdoc.services import sharing
from hrdoc.services.context import StoreContext
from hrdoc.services.sharing import AccountConsent, Audience, Listed
from hrdoc.services.sharing_read import refs_of, weigh_case

# The records a reader of the report counts, in the report's order.
TALLIED: tuple[Kind, ...] = (Kind.INCIDENT, Kind.ALLEGATION, Kind.WITNESS, Kind.ACCOUNT, Kind.SOURCE, Kind.EVIDENCE)


@dataclass(frozen=True, slots=True)
class Tally:
    """One kind of record in a report: how many of the case's go, and why the others do not."""

    kind: Kind
    total: int
    included: int
    left_out: tuple[tuple[str, int], ...] = ()  # (why, how many), e.g. ("restricted", 2)
    without_words: tuple[tuple[str, int], ...] = ()  # accounts that go without the witness's words: why, how many

    @property
    def name(self) -> str:
        """The kind's name in the plural, capitalised: "Witnesses", "Evidence files"."""
        label = registry.kind(self.kind).label
        return (label + ("es" if label.endswith("s") else "s")).capitalize()

    def line(self) -> str:
        """ "Allegations: 1 of 3 (left out: 1 confidential, 1 whose incident is left out)"."""
        parts = []
        if self.left_out:
            parts.append("left out: " + _listed(self.left_out))
        if self.without_words:
            parts.append("without the witness's words: " + _listed(self.without_words))
        counts = f"{self.included:,} of {self.total:,}" if self.total else "none in the case"
        return f"{self.name}: {counts}" + (f" ({'; '.join(parts)})" if parts else "")


def _listed(reasons: Iterable[tuple[str, int]]) -> str:
    return ", ".join(f"{n} {why}" for why, n in reasons)


@dataclass(frozen=True, slots=True)
class ReportScope:
    """What a report of a case will hold for one audience (:func:`report_scope`)."""

    audience: Audience
    reference: str
    case_visibility: str
    case_hidden: tuple[str, ...]  # labels of the case's printed fields its visibility hides from the audience
    tallies: tuple[Tally, ...]

    def tally(self, kind: Kind) -> Tally:
        return next(t for t in self.tallies if t.kind == kind)

    @property
    def empty(self) -> bool:
        """Whether the report would hold no incident: nothing happened, as far as its reader can tell."""
        return self.tally(Kind.INCIDENT).included == 0

    def case_note(self) -> str:
        """What the case's own visibility hides from the audience, or "" if nothing."""
        if not self.case_hidden:
            return ""
        names = " and ".join(label.lower() for label in self.case_hidden)
        verb = "is" if len(self.case_hidden) == 1 else "are"
        return (
            f"The case is {self.case_visibility}: its {names} {verb} left out; its reference and title name the report."
        )

    def lines(self) -> list[str]:
        """One line for each kind of record counted, then the case's note, if any: what the dialog shows and
        ``hrdoc report`` prints."""
        note = self.case_note()
        return [t.line() for t in self.tallies] + ([note] if note else [])

    def empty_reason(self) -> str:
        """Why the report would hold no incident: "none of the case's 2 incidents (left out: 2 restricted)"."""
        incidents = self.tally(Kind.INCIDENT)
        if not incidents.total:
            return "no incidents: the case has none yet"
        counted = "the case's incident" if incidents.total == 1 else f"the case's {incidents.total} incidents"
        return f"none of {counted} (left out: {_listed(incidents.left_out)})"


@dataclass(frozen=True, slots=True)
class CaseWeights:
    """What the sharing policy weighs of a case's records (:func:`read_weights`), read once for every audience."""

    case_id: uuid.UUID
    reference: str
    visibility: str
    records: dict[str, dict[uuid.UUID, Listed]]  # the case's records by kind, and any record they refer to
    in_case: dict[str, set[uuid.UUID]]  # the case's own records by kind (the others are only referred to)
    accounts: dict[uuid.UUID, AccountConsent]


def read_weights(ctx: StoreContext, case_ref: str) -> CaseWeights:
    """Read what the sharing policy weighs of the case ``case_ref`` (reference or id): each record's id,
    visibility and references, and each account's consent (:mod:`hrdoc.services.sharing_read`)."""
    from hrdoc.services.cases import CaseService

    case = CaseService(ctx).resolve(case_ref)
    with ctx.read() as session:
        weighed = weigh_case(session, case.id, case.visibility)
    return CaseWeights(case.id, case.reference, case.visibility, weighed.records, weighed.in_case, weighed.accounts)


def scope_of(weights: CaseWeights, audience: Audience | str) -> ReportScope:
    """What the report of the case weighed in ``weights`` holds for ``audience``, and why the rest is left out."""
    who = Audience(audience)
    shown = sharing.records_shown(who, weights.records, weights.accounts)
    tallies = []
    for kind in TALLIED:
        ids = weights.in_case.get(kind, set())
        going = shown.get(kind, {})
        why = Counter(_why_left_out(weights, shown, who, kind, rid) for rid in ids if rid not in going)
        words = Counter(_why_without_words(weights.accounts[rid]) for rid in ids if going.get(rid) is False)
        tallies.append(
            Tally(
                kind,
                total=len(ids),
                included=sum(1 for rid in ids if rid in going),
                left_out=tuple(sorted(why.items(), key=lambda item: (-item[1], item[0]))),
                without_words=tuple(sorted(words.items(), key=lambda item: (-item[1], item[0]))),
            )
        )
    case_kind = registry.kind(Kind.CASE)
    hidden = sharing.fields(Kind.CASE, who) - sharing.case_fields(weights.visibility, who)
    labels = tuple(f.label for f in case_kind.fields if f.name in hidden and f.reported)
    return ReportScope(who, weights.reference, weights.visibility, labels, tuple(tallies))


def _why_left_out(
    weights: CaseWeights, shown: dict[str, dict[uuid.UUID, bool]], who: Audience, kind: str, rid: uuid.UUID
) -> str:
    """Why a record the policy keeps from ``who`` is left out, by the policy's rules in their order."""
    row = weights.records[kind][rid]
    if not sharing.record_shown(row.visibility, who):
        return row.visibility
    if kind == Kind.ACCOUNT:
        consent = weights.accounts[rid]
        if sharing.account_rule(who, shared=consent.shared, quoted=consent.quoted, quotable=consent.quotable) is None:
            return "with no consent to share"
    refs = refs_of(kind)
    for name, target in row.refs.items():
        if target is None or (kind, name) in sharing.OPTIONAL_DEPENDENCIES or target in shown.get(refs[name], {}):
            continue
        return f"whose {registry.kind(refs[name]).label} is left out"
    if kind == Kind.WITNESS:
        return "with no account in the report"
    return "left out by the sharing rules"  # pragma: no cover  (every rule of the policy is named above)


def _why_without_words(consent: AccountConsent) -> str:
    return "with no consent to be quoted" if not consent.quoted else "not marked quotable"


def report_scope(ctx: StoreContext, case_ref: str, audience: Audience | str) -> ReportScope:
    """What the report of the case ``case_ref`` will hold for ``audience``, and why the rest is left out."""
    return scope_of(read_weights(ctx, case_ref), audience)
