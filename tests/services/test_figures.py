"""Reported figures (issue 17, point 1): who says how many of whom, each figure with its source.

The case is the convoy near Annefif (facts like those of the demo case): a ministry says 41 "terrorists" were
killed, an NGO about 60 civilians, a UN inquiry at least 90. The three figures are stored side by side with
their sources and qualifiers, the analyst's estimate stays on the incident and cites the figure it rests on;
they travel in bundles and merge like other records, and a figure whose source is withheld from an audience
(the UN inquiry, still restricted) is withheld from that audience in every output.
"""

from __future__ import annotations

import datetime as dt
import io
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from hrdoc.domain.validation import ValidationError
from hrdoc.services.context import StoreContext
from hrdoc.services.exchange.bundle import open_bundle
from hrdoc.services.exchange.bundles import export_case, import_bundle
from hrdoc.services.records import RecordService
from hrdoc.services.search import SearchService
from hrdoc.services.session import new_store
from hrdoc.services.sharing import Audience
from hrdoc.services.tables import export_table_csv
from tests.helpers import PASSPHRASE

MINISTRY_WORDS = "terroristes neutralisés"
NGO_WORDS = "civils tués dans le convoi"
UN_WORDS = "civilians summarily executed"


@dataclass
class Convoy:
    case: uuid.UUID
    incident: uuid.UUID
    ministry: uuid.UUID  # the figures, by who gives them
    ngo: uuid.UUID
    un: uuid.UUID


def build_convoy(ctx: StoreContext) -> Convoy:
    r = RecordService(ctx)
    pub = {"visibility": "public"}
    case = r.create("case", reference="FG-1", title="Convoy near Annefif", **pub)
    place = r.create("location", case_id=case, name="Annefif", admin1="Gao", country_code="ML", **pub)
    incident = r.create(
        "incident",
        case_id=case,
        title="Attack on a civilian convoy near Annefif",
        location_id=place,
        fatalities_low=60,
        fatalities_best=75,
        fatalities_high=90,
        estimate_reasoning="The UN inquiry's count rests on named victims; the ministry counts no civilians.",
        **pub,
    )
    ministry = r.create(
        "source", case_id=case, kind="official_statement", title="Communiqué of the armed forces", reliability="D",
        credibility="4", **pub,
    )  # fmt: skip
    ngo = r.create(
        "source", case_id=case, kind="ngo_report", title="Killings on the road to Algeria", reliability="B",
        credibility="2", **pub,
    )  # fmt: skip
    un = r.create(
        "source", case_id=case, kind="un_document", title="Commission of inquiry, draft findings", reliability="A",
        credibility="2", visibility="restricted",
    )  # fmt: skip

    def figure(source: uuid.UUID, **values: object) -> uuid.UUID:
        return r.create("figure", case_id=case, incident_id=incident, source_id=source, counted="killed", **values)

    return Convoy(
        case,
        incident,
        figure(ministry, of_whom="terrorists_as_claimed", as_described=MINISTRY_WORDS, qualifier="exact", value=41,
               claimed_on=dt.date(2024, 8, 5), **pub),
        figure(ngo, of_whom="civilians", as_described=NGO_WORDS, qualifier="about", value=60,
               claimed_on=dt.date(2024, 8, 12), **pub),
        figure(un, of_whom="civilians", as_described=UN_WORDS, qualifier="at_least", value=90,
               claimed_on=dt.date(2024, 11, 2), in_estimate=True, locator="para. 41", **pub),
    )  # fmt: skip


@pytest.fixture
def store(tmp_path: Path) -> Iterator[tuple[StoreContext, Convoy]]:
    ctx = new_store(tmp_path / "a.db", PASSPHRASE, user="amina")
    yield ctx, build_convoy(ctx)
    ctx.close()


def figures(ctx: StoreContext, case: uuid.UUID) -> dict[uuid.UUID, tuple[object, ...]]:
    return {
        f.id: (f.counted, f.of_whom, f.as_described, f.qualifier, f.value, f.value_high, f.claimed_on, f.source_id,
               f.in_estimate, f.version)
        for f in RecordService(ctx).records("figure", case)
    }  # fmt: skip


def test_conflicting_figures_are_kept_side_by_side_with_their_sources(store: tuple[StoreContext, Convoy]) -> None:
    ctx, c = store
    held = figures(ctx, c.case)
    assert {v[:6] for v in held.values()} == {
        ("killed", "terrorists_as_claimed", MINISTRY_WORDS, "exact", 41, None),
        ("killed", "civilians", NGO_WORDS, "about", 60, None),
        ("killed", "civilians", UN_WORDS, "at_least", 90, None),
    }
    assert [k for k, v in held.items() if v[8]] == [c.un]  # the estimate cites the UN inquiry's figure
    incident = RecordService(ctx).get("incident", c.incident)
    assert (incident.fatalities_low, incident.fatalities_best, incident.fatalities_high) == (60, 75, 90)
    assert "named victims" in incident.estimate_reasoning


def test_a_figure_is_given_as_its_source_gives_it(store: tuple[StoreContext, Convoy]) -> None:
    ctx, c = store
    r = RecordService(ctx)
    source = r.records("source", c.case)[0].id
    base = {"case_id": c.case, "incident_id": c.incident, "source_id": source, "counted": "injured"}
    ranged = r.create("figure", **base, qualifier="range", value=20, value_high=35)
    assert r.get("figure", ranged).value_high == 35
    for wrong, field in (
        ({"qualifier": "range", "value": 20}, "value_high"),  # a range without its upper figure
        ({"qualifier": "range", "value": 20, "value_high": 10}, "value_high"),
        ({"qualifier": "about", "value": 20, "value_high": 30}, "value_high"),  # an upper figure only for a range
        ({"qualifier": "about", "value": -1}, "value"),
        ({"qualifier": "maybe", "value": 3}, "qualifier"),
    ):
        with pytest.raises(ValidationError) as raised:
            r.create("figure", **base, **wrong)
        assert field in {e.field for e in raised.value.errors}, wrong
    with pytest.raises(ValidationError):  # from exactly one source or account
        r.create("figure", **{**base, "source_id": None}, value=3)
    with pytest.raises(ValidationError):  # on exactly one incident or allegation
        r.create("figure", **{**base, "incident_id": None}, value=3)


def bundle_figures(path: Path) -> dict[str, dict[str, object]]:
    with open_bundle(path) as bundle:
        return {row["id"]: row for row in bundle.json("records/reported_figures.json")}


def test_figures_travel_in_a_bundle_and_merge_like_other_records(
    store: tuple[StoreContext, Convoy], tmp_path: Path
) -> None:
    ctx, c = store
    path = tmp_path / "internal.hrdoc"
    export_case(ctx, c.case, path, audience="internal")
    other = new_store(tmp_path / "b.db", PASSPHRASE, user="bakary")
    try:
        report = import_bundle(other, path)
        assert report.added.get("figure") == 3
        assert figures(other, c.case) == figures(ctx, c.case)
        # The NGO revises its figure on one laptop; the other takes the change, and nothing is duplicated.
        RecordService(ctx).update("figure", c.ngo, value=62, qualifier="at_least", claimed_on=dt.date(2024, 9, 1))
        export_case(ctx, c.case, path, audience="internal")
        again = import_bundle(other, path)
        assert again.updated.get("figure") == 1 and again.conflicts == 0
        assert figures(other, c.case) == figures(ctx, c.case)
        assert figures(other, c.case)[c.ngo][3:5] == ("at_least", 62)
        # Both sides change the same figure: a conflict is surfaced, not a figure lost.
        RecordService(ctx).update("figure", c.ministry, value=42)
        RecordService(other).update("figure", c.ministry, value=40)
        export_case(ctx, c.case, path, audience="internal")
        crossed = import_bundle(other, path)
        assert crossed.conflicts == 1
        assert figures(other, c.case)[c.ministry][4] == 40  # kept until someone decides
    finally:
        other.close()


@pytest.mark.parametrize("audience", [Audience.PUBLIC, Audience.PARTNERS, Audience.INTERNAL])
def test_a_figure_goes_only_where_its_source_goes(
    store: tuple[StoreContext, Convoy], tmp_path: Path, audience: Audience
) -> None:
    """The UN inquiry is restricted: its figure (at least 90) reaches partners and the team, never the public —
    not in a bundle, a CSV table or search — while the ministry's and the NGO's go to everyone."""
    ctx, c = store
    path = tmp_path / f"{audience}.hrdoc"
    export_case(ctx, c.case, path, audience=audience)
    carried = bundle_figures(path)
    buffer = io.StringIO(newline="")
    export_table_csv(ctx, c.case, "figure", buffer, audience=audience)
    table = buffer.getvalue()
    hits = SearchService(ctx).search("summarily executed", audience=audience)
    un_goes = audience is not Audience.PUBLIC
    assert (str(c.un) in carried) == un_goes
    assert (str(c.un) in table) == (UN_WORDS in table) == un_goes
    assert bool(hits) == un_goes
    assert {str(c.ministry), str(c.ngo)} <= set(carried)
    assert MINISTRY_WORDS in table and NGO_WORDS in table
    assert "terrorists_as_claimed" in table and ("at_least" in table) == un_goes
