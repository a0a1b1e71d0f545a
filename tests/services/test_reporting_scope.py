"""What a report will hold for an audience, counted before it is made (hrdoc.services.reporting.scope).

The counts and reasons are checked against a case built to hold every reason a record is left out, and against
what the report itself is made of (ReportService.view), for that case, the demo case and random ones: the
dialog and ``hrdoc report`` must never say the report holds something it does not, or leaves out something it
holds.
"""

from __future__ import annotations

import io
import random
import uuid
from typing import Any

import pytest

from hrdoc.domain.enums import Visibility
from hrdoc.domain.registry import Kind
from hrdoc.services.context import StoreContext
from hrdoc.services.demo import DEMO_REFERENCE
from hrdoc.services.evidence.service import EvidenceService
from hrdoc.services.records import RecordService
from hrdoc.services.reporting import Audience, ReportData, ReportScope, ReportService
from tests.helpers import make_account, make_allegation, make_case, make_incident, make_source, make_witness

PUBLIC, RESTRICTED, CONFIDENTIAL = (v.value for v in Visibility)


def consent(*, shared: bool, quoted: bool) -> dict[str, Any]:
    return {"to_be_recorded": True, "to_be_quoted": quoted, "share_with_partners": shared, "how_given": "oral"}


def build_mixed_case(ctx: StoreContext, reference: str = "SC-1") -> uuid.UUID:
    """A restricted case with one record for each reason a record is left out of a report beyond the team."""
    r = RecordService(ctx)
    case = make_case(r, reference=reference, title="Scope test", summary="What happened.", visibility=RESTRICTED)
    place = r.create("location", case_id=case, name="Place", visibility=PUBLIC)
    shown = make_incident(r, case, title="Public incident", location_id=place, visibility=PUBLIC)
    hidden = make_incident(r, case, title="Restricted incident", visibility=RESTRICTED)
    make_incident(r, case, title="Confidential incident", visibility=CONFIDENTIAL)
    make_allegation(r, case, shown, visibility=PUBLIC)
    make_allegation(r, case, hidden, visibility=PUBLIC)  # public, but its incident is not
    make_allegation(r, case, shown, visibility=CONFIDENTIAL)
    quoted = make_witness(r, case, "W-01", consent=consent(shared=True, quoted=True), visibility=PUBLIC)
    make_account(r, case, quoted, quotable=True, visibility=PUBLIC)
    unquoted = make_witness(r, case, "W-02", consent=consent(shared=True, quoted=False), visibility=PUBLIC)
    make_account(r, case, unquoted, visibility=PUBLIC)  # goes beyond the team without the witness's words
    unshared = make_witness(r, case, "W-03", consent=consent(shared=False, quoted=False), visibility=PUBLIC)
    make_account(r, case, unshared, visibility=PUBLIC)
    restricted = make_witness(r, case, "W-04", consent=consent(shared=True, quoted=True), visibility=RESTRICTED)
    make_account(r, case, restricted, quotable=True, visibility=PUBLIC)
    make_source(r, case, title="Public source", visibility=PUBLIC)
    make_source(r, case, title="Restricted source", visibility=RESTRICTED)
    evidence = EvidenceService(ctx)
    for n, visibility in enumerate((Visibility.PUBLIC, Visibility.CONFIDENTIAL)):
        evidence.intake(case, io.BytesIO(b"a statement %d" % n), original_name=f"s{n}.txt", visibility=visibility)
    return case


def test_the_counts_and_reasons_of_each_audience(ctx: StoreContext) -> None:
    build_mixed_case(ctx)
    scopes = ReportService(ctx).scopes("SC-1")
    assert scopes[Audience.PUBLIC].lines() == [
        "Incidents: 1 of 3 (left out: 1 confidential, 1 restricted)",
        "Allegations: 1 of 3 (left out: 1 confidential, 1 whose incident is left out)",
        "Witnesses: 2 of 4 (left out: 1 restricted, 1 with no account in the report)",
        "Accounts: 2 of 4 (left out: 1 whose witness is left out, 1 with no consent to share; "
        "without the witness's words: 1 with no consent to be quoted)",
        "Sources: 1 of 2 (left out: 1 restricted)",
        "Evidence files: 1 of 2 (left out: 1 confidential)",
        "The case is restricted: its summary is left out; its reference and title name the report.",
    ]
    assert scopes[Audience.PARTNERS].lines() == [
        "Incidents: 2 of 3 (left out: 1 confidential)",
        "Allegations: 2 of 3 (left out: 1 confidential)",
        "Witnesses: 3 of 4 (left out: 1 with no account in the report)",
        "Accounts: 3 of 4 (left out: 1 with no consent to share)",
        "Sources: 2 of 2",
        "Evidence files: 1 of 2 (left out: 1 confidential)",
    ]
    assert scopes[Audience.INTERNAL].lines() == [
        "Incidents: 3 of 3",
        "Allegations: 3 of 3",
        "Witnesses: 4 of 4",
        "Accounts: 4 of 4",
        "Sources: 2 of 2",
        "Evidence files: 2 of 2",
    ]
    assert not any(s.empty for s in scopes.values())
    assert ReportService(ctx).scope("sc-1", "public") == scopes[Audience.PUBLIC]  # the reference in any case


def held(view: ReportData) -> dict[Kind, tuple[int, int]]:
    """What the report is made of: for each kind counted, how many records, and how many without words."""
    sizes = {
        Kind.INCIDENT: len(view.incidents),
        Kind.ALLEGATION: len(view.allegations),
        Kind.WITNESS: len(view.witnesses),
        Kind.ACCOUNT: len(view.accounts),
        Kind.SOURCE: len(view.sources),
        Kind.EVIDENCE: len(view.evidence),
    }
    unquoted = sum(1 for a in view.accounts if not a.show_words)
    return {kind: (n, unquoted if kind == Kind.ACCOUNT else 0) for kind, n in sizes.items()}


def counted(scope: ReportScope) -> dict[Kind, tuple[int, int]]:
    return {t.kind: (t.included, sum(n for _why, n in t.without_words)) for t in scope.tallies}


def assert_counts_match_the_report(ctx: StoreContext, case_ref: str) -> None:
    service = ReportService(ctx)
    for audience, scope in service.scopes(case_ref).items():
        view = service.view(case_ref, audience)
        assert counted(scope) == held(view), audience
        assert scope.empty == (not view.incidents)
        assert ("summary" in scope.case_note()) == (not view.case["summary"] and audience is not Audience.INTERNAL)
        for tally in scope.tallies:
            assert tally.included + sum(n for _why, n in tally.left_out) == tally.total


def test_the_counts_are_what_the_report_holds(ctx: StoreContext) -> None:
    build_mixed_case(ctx)
    assert_counts_match_the_report(ctx, "SC-1")


def test_the_demo_case_counts_are_what_its_reports_hold(demo_ctx: StoreContext) -> None:
    assert_counts_match_the_report(demo_ctx, DEMO_REFERENCE)
    public = ReportService(demo_ctx).scope(DEMO_REFERENCE, Audience.PUBLIC)
    assert public.case_note().startswith("The case is restricted: its summary is left out")


@pytest.mark.parametrize("seed", range(4))
def test_random_cases_count_what_their_reports_hold(records: RecordService, ctx: StoreContext, seed: int) -> None:
    """Random visibilities, consents and references: the counts follow the report whatever the mix."""
    rng = random.Random(seed)

    def vis() -> str:
        return rng.choice([PUBLIC, PUBLIC, RESTRICTED, CONFIDENTIAL])

    case = make_case(records, reference=f"RND-{seed}", summary="Summary.", visibility=vis())
    places = [records.create("location", case_id=case, name=f"P{n}", visibility=vis()) for n in range(2)]
    incidents = [
        make_incident(records, case, location_id=rng.choice([None, *places]), visibility=vis()) for _ in range(4)
    ]
    for _ in range(5):
        make_allegation(records, case, rng.choice(incidents), visibility=vis())
    for n in range(4):
        quoted = rng.random() < 0.5
        agreed = consent(shared=rng.random() < 0.6, quoted=quoted)
        witness = make_witness(records, case, f"W-{n}", consent=agreed, visibility=vis())
        for _ in range(rng.randint(0, 2)):  # quotable only with consent to be quoted, as the form requires
            make_account(records, case, witness, quotable=quoted and rng.random() < 0.7, visibility=vis())
    for _ in range(3):
        make_source(records, case, visibility=vis())
    assert_counts_match_the_report(ctx, f"RND-{seed}")


def test_a_report_with_no_incident_is_empty_and_says_why(records: RecordService, ctx: StoreContext) -> None:
    case = make_case(records, reference="SC-E", visibility=PUBLIC)
    make_incident(records, case, visibility=RESTRICTED)
    make_incident(records, case, visibility=RESTRICTED)
    scopes = ReportService(ctx).scopes("SC-E")
    assert scopes[Audience.PUBLIC].empty
    assert scopes[Audience.PUBLIC].empty_reason() == "none of the case's 2 incidents (left out: 2 restricted)"
    assert not scopes[Audience.PARTNERS].empty and not scopes[Audience.INTERNAL].empty
    assert scopes[Audience.PUBLIC].case_note() == ""  # a public case hides nothing of itself

    make_case(records, reference="SC-NONE", visibility=PUBLIC)
    nothing = ReportService(ctx).scopes("SC-NONE")
    assert all(s.empty for s in nothing.values())
    assert nothing[Audience.INTERNAL].empty_reason() == "no incidents: the case has none yet"
    assert nothing[Audience.INTERNAL].lines()[0] == "Incidents: none in the case"
