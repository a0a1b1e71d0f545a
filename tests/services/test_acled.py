"""ACLED-style CSV: import (every rejected row named by its line), export, and the round trip between them."""

from __future__ import annotations

import csv
import hashlib
import io
import uuid
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from hrdoc.domain.errors import Cancelled
from hrdoc.services.acled import export_acled_csv, import_acled
from hrdoc.services.acled_read import AcledImportReport
from hrdoc.services.acled_values import ACLED_COLUMNS, parse_date
from hrdoc.services.context import StoreContext
from hrdoc.services.exchange.bundles import export_case, import_bundle
from hrdoc.services.records import RecordService
from hrdoc.services.search import SearchService
from hrdoc.services.session import new_store
from hrdoc.services.tables import CsvError
from hrdoc.storage import models as m
from hrdoc.storage import search_index
from tests.helpers import PASSPHRASE, cancel_when, make_allegation, make_case, make_incident
from tests.services.support import audit_log

ANNEFIF: dict[str, Any] = {
    "event_id_cnty": "MLI35001",
    "event_date": "26 July 2025",
    "time_precision": "2",
    "disorder_type": "Political violence",
    "event_type": "Violence against civilians",
    "sub_event_type": "Attack",
    "actor1": "Wagner Group",
    "assoc_actor_1": "Military Forces of Mali (2021-)",
    "inter1": "External/Other forces",
    "actor2": "Civilians (Mali)",
    "assoc_actor_2": "",
    "inter2": "Civilians",
    "interaction": "External/Other forces-Civilians",
    "civilian_targeting": "Civilian targeting",
    "iso": "466",
    "region": "Western Africa",
    "country": "Mali",
    "admin1": "Gao",
    "admin2": "Bourem",
    "admin3": "Tarkint",
    "location": "Annefif",
    "latitude": "18.0505",
    "longitude": "-1.9237",
    "geo_precision": "2",
    "source": "The Telegraph; Le Monde",
    "source_scale": "International",
    "notes": "Wagner fighters and Malian soldiers fired on three civilian vehicles; 24 killed.",
    "fatalities": "24",
    "tags": "women targeted: girls",
    "timestamp": "1753900000",
}


def acled_row(n: int, **changes: Any) -> dict[str, Any]:
    """A valid ACLED row, numbered ``n``; ``changes`` replace its cells."""
    return ANNEFIF | {"event_id_cnty": f"MLI{35000 + n}", "event_date": f"2025-07-{n % 28 + 1:02d}"} | changes


def csv_bytes(
    rows: Sequence[Mapping[str, Any] | Sequence[Any]],
    columns: Sequence[str] = ACLED_COLUMNS,
    *,
    bom: bool = False,
    newline: str = "\r\n",
    encoding: str = "utf-8",
) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator=newline)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([row.get(c, "") for c in columns] if isinstance(row, Mapping) else row)
    return ("\ufeff" if bom else "").encode(encoding) + out.getvalue().encode(encoding)


def run(ctx: StoreContext, case: uuid.UUID, data: bytes, **options: Any) -> AcledImportReport:
    return import_acled(ctx, str(case), io.BytesIO(data), file_name="events.csv", **options)


def count(ctx: StoreContext, model: Any, case: uuid.UUID) -> int:
    with ctx.read() as session:
        return len(session.scalars(select(model.id).where(model.case_id == case)).all())


def incidents(ctx: StoreContext, case: uuid.UUID) -> list[m.Incident]:
    with ctx.read() as session:
        return list(
            session.scalars(select(m.Incident).where(m.Incident.case_id == case).order_by(m.Incident.start_date))
        )


@pytest.fixture
def case(r: RecordService) -> uuid.UUID:
    return make_case(r)


def test_one_row_maps_onto_incident_place_actors_and_sources(shared_ctx: StoreContext, case: uuid.UUID) -> None:
    report = run(shared_ctx, case, csv_bytes([ANNEFIF]))
    assert report.ok and report.committed and report.imported == 1
    created = {"incidents": 1, "locations": 1, "actors": 3, "sources": 3, "links": 2, "figures": 1}
    assert report.created == created  # sources: the two the row cites, and ACLED, which gives the figure
    [inc] = incidents(shared_ctx, case)
    assert inc.title == "Attack in Annefif"
    assert inc.description == ANNEFIF["notes"]
    assert str(inc.start_date) == "2025-07-26" and inc.date_precision == "approximate_day"
    assert (inc.event_type, inc.event_subtype) == ("violence_against_civilians", "attack")
    assert (inc.fatalities_low, inc.fatalities_best, inc.fatalities_high) == (None, 24, None)
    assert inc.civilian_targeting is True
    assert inc.visibility == "restricted"
    assert "acled:MLI35001" in inc.notes.splitlines()
    assert "ACLED actor1: Wagner Group" in inc.notes and "ACLED tags: women targeted: girls" in inc.notes
    with shared_ctx.read() as session:
        place = session.get(m.Location, inc.location_id)
        assert place is not None
        assert (place.name, place.admin1, place.admin2, place.country_code) == ("Annefif", "Gao", "Bourem", "ML")
        assert (place.latitude, place.longitude, place.geo_precision) == (18.0505, -1.9237, "near")
        assert "ACLED admin3: Tarkint" in place.notes
        actors = {a.name: a.kind for a in session.scalars(select(m.Actor).where(m.Actor.case_id == case))}
        assert actors == {
            "Wagner Group": "foreign_military_or_mercenary",
            "Military Forces of Mali (2021-)": "",
            "Civilians (Mali)": "civilian_group",
        }
        sources = session.scalars(select(m.Source.title).where(m.Source.case_id == case)).all()
        assert sorted(sources) == ["ACLED", "Le Monde", "The Telegraph"]
        links = session.scalars(select(m.Link).where(m.Link.case_id == case)).all()
        assert {(lk.incident_id, lk.relation) for lk in links} == {(inc.id, "supports")}
        # ACLED's fatalities: a figure of the killed, given by ACLED, with the row's source text kept.
        [figure] = session.scalars(select(m.ReportedFigure).where(m.ReportedFigure.case_id == case)).all()
        acled = session.get(m.Source, figure.source_id)
        assert acled is not None and acled.title == "ACLED"
        assert (figure.incident_id, figure.counted, figure.qualifier, figure.value) == (inc.id, "killed", "exact", 24)
        assert figure.of_whom == "unknown" and not figure.in_estimate
        assert figure.locator == "MLI35001: The Telegraph; Le Monde"
    assert uuid.UUID(str(inc.id)).version == 7, "time-ordered ids, so the bulk insert appends to the indexes"


def test_mixed_file_imports_valid_rows_and_names_every_rejected_line(shared_ctx: StoreContext, case: uuid.UUID) -> None:
    rows: list[Mapping[str, Any] | Sequence[Any]] = [
        acled_row(1),  # line 2
        acled_row(2, event_date="2025-02-30"),  # line 3: no such day
        acled_row(3, event_type="Parade"),  # line 4: not an ACLED event type
        acled_row(4, latitude="200"),  # line 5
        [""] * len(ACLED_COLUMNS),  # line 6: empty row
        acled_row(6, event_type=""),  # line 7: event type missing
        acled_row(7, notes="First line of the notes,\nsecond line,\nthird line."),  # lines 8-10, valid
        acled_row(8, sub_event_type="Picnic"),  # line 11
        acled_row(9, fatalities="many", inter1="9"),  # line 12: two problems, one line
        acled_row(10),  # line 13
        acled_row(11, event_id_cnty="MLI35001"),  # line 14: the id of line 2 again
    ]
    report = run(shared_ctx, case, csv_bytes(rows))
    assert report.committed and report.imported == 3
    assert report.rows == 11
    rejected = {p.line: p.message for p in report.rejected}
    assert sorted(rejected) == [3, 4, 5, 7, 11, 12, 14]
    assert rejected[3].startswith("event_date: '2025-02-30' is not a date")
    assert rejected[4].startswith("event_type: 'Parade' is not an ACLED event type (Battles,")
    assert rejected[5] == "latitude: must be between -90 and 90 degrees"
    assert rejected[7] == "event_type: is required"
    assert rejected[11].startswith("sub_event_type: 'Picnic' is not a sub-event type of Violence against civilians")
    assert "inter1: '9' is not an ACLED actor type" in rejected[12]
    assert "fatalities: 'many' is not a whole number" in rejected[12]
    assert rejected[14] == "event_id_cnty: MLI35001 appears twice in the file (first on line 2)"
    assert [(p.line, p.message) for p in report.skipped] == [(6, "empty row")]
    assert "line 3: event_date:" in "\n".join(report.lines())
    assert count(shared_ctx, m.Incident, case) == 3
    assert [i.description.count("\n") for i in incidents(shared_ctx, case)] == [0, 2, 0]


def test_strict_imports_nothing_when_a_row_is_rejected(shared_ctx: StoreContext, case: uuid.UUID) -> None:
    before = len(audit_log(shared_ctx))
    report = run(shared_ctx, case, csv_bytes([acled_row(1), acled_row(2, latitude="200")]), strict=True)
    assert not report.committed and report.imported == 1
    assert [p.line for p in report.rejected] == [3]
    assert "imported nothing" in report.summary() and "--strict" in report.summary()
    for model in (m.Incident, m.Location, m.Actor, m.Source, m.Link):
        assert count(shared_ctx, model, case) == 0
    assert len(audit_log(shared_ctx)) == before
    assert run(shared_ctx, case, csv_bytes([acled_row(1)]), strict=True).committed


def test_the_import_is_one_audit_entry_with_the_file_hash(shared_ctx: StoreContext, case: uuid.UUID) -> None:
    data = csv_bytes([acled_row(n) for n in range(1, 6)] + [acled_row(6, event_date="")])
    before = len(audit_log(shared_ctx))
    run(shared_ctx, case, data)
    [entry] = audit_log(shared_ctx)[before:]
    assert entry["action"] == "import" and entry["case_id"] == str(case)
    details = entry["details"]
    assert details["sha256"] == hashlib.sha256(data).hexdigest() and details["bytes"] == len(data)
    assert details["file"] == "events.csv" and details["format"] == "acled"
    assert (details["rows"], details["imported"], details["rejected"]) == (6, 5, 1)
    assert details["rejected_lines"] == [7]
    assert details["created"]["incidents"] == 5 and details["created"]["links"] == 10
    assert "imported 5 incidents" in entry["summary"] and "1 rows rejected" in entry["summary"]


def test_round_trip_export_then_import_gives_the_same_case(
    shared_ctx: StoreContext, r: RecordService, case: uuid.UUID
) -> None:
    rows = [
        ANNEFIF,
        acled_row(
            2,
            event_date="2024-03-15",
            time_precision="3",
            event_type="Battles",
            sub_event_type="Armed clash",
            actor1="Azawad Liberation Front",
            assoc_actor_1="",
            inter1="2",  # numeric codes of older files are read too
            actor2="Military Forces of Mali (2021-)",
            inter2="1",
            civilian_targeting="",
            location="Tessalit",
            admin1="Kidal",
            admin2="Tessalit",
            admin3="",
            latitude="20.1986",
            longitude="1.0114",
            geo_precision="1",
            source="Studio Tamani",
            notes="=SUM(A1) is not a formula here; clashes near the camp.",
            fatalities="0",
            tags="",
        ),
        acled_row(3, location="Annefif", geo_precision="3", fatalities="", source=""),
    ]
    first = run(shared_ctx, case, csv_bytes(rows))
    assert first.ok
    exported = io.StringIO(newline="")
    export_acled_csv(shared_ctx, str(case), exported)
    [audited] = [e for e in audit_log(shared_ctx) if e["action"] == "export" and e["case_id"] == str(case)]
    assert audited["details"]["format"] == "acled" and audited["details"]["rows"] == 3
    assert "file" not in audited["details"]  # written to a stream, not a named file
    text = exported.getvalue()
    assert text.startswith("\ufeffevent_id_cnty,event_date,time_precision,")
    out_rows = list(csv.DictReader(io.StringIO(text[1:], newline="")))
    assert [row["event_id_cnty"] for row in out_rows] == ["MLI35001", "MLI35002", "MLI35003"], "in file order"
    by_id = {row["event_id_cnty"]: row for row in out_rows}
    assert by_id["MLI35001"] | {"event_date": "26 July 2025", "source": ANNEFIF["source"]} == ANNEFIF
    assert (by_id["MLI35001"]["event_date"], by_id["MLI35001"]["source"]) == ("2025-07-26", "Le Monde; The Telegraph")
    assert by_id["MLI35002"]["inter1"] == "Rebel group" and by_id["MLI35002"]["interaction"] == (
        "State forces-Rebel group"
    )
    assert by_id["MLI35002"]["notes"].startswith("'=SUM"), "guarded on the way out, unguarded on the way in"
    assert by_id["MLI35003"]["geo_precision"] == "3" and by_id["MLI35003"]["fatalities"] == ""

    other = make_case(r)
    second = run(shared_ctx, other, text.encode("utf-8"))
    assert second.ok and second.created == first.created
    again = io.StringIO(newline="")
    export_acled_csv(shared_ctx, str(other), again)
    assert again.getvalue() == text

    def summary(case_id: uuid.UUID) -> list[tuple[Any, ...]]:
        return [
            (
                i.title,
                i.description,
                i.start_date,
                i.date_precision,
                i.event_type,
                i.event_subtype,
                i.fatalities_best,
                i.civilian_targeting,
            )
            for i in incidents(shared_ctx, case_id)
        ]

    assert summary(other) == summary(case)
    assert summary(case)[0][1].startswith("=SUM(A1)")
    with shared_ctx.read() as session:
        for model, fields in (
            (m.Location, ("name", "admin1", "admin2", "country_code", "latitude", "longitude", "geo_precision")),
            (m.Actor, ("name", "kind")),
            (m.Source, ("title",)),
        ):
            found = [
                sorted(
                    tuple(getattr(o, f) for f in fields)
                    for o in session.scalars(select(model).where(model.case_id == c))  # type: ignore[attr-defined]
                )
                for c in (case, other)
            ]
            assert found[0] == found[1], model


def test_incidents_recorded_in_hrdoc_export_with_their_perpetrators(demo_ctx: StoreContext) -> None:
    out = io.StringIO(newline="")
    result = export_acled_csv(demo_ctx, "ML-2025-004", out, audience="public")
    rows = list(csv.DictReader(io.StringIO(out.getvalue()[1:], newline="")))
    assert result.rows == 2
    convoy = next(row for row in rows if row["sub_event_type"] == "Attack")
    assert convoy["actor1"] in ("Malian Armed Forces", "Wagner Group")
    assert convoy["country"] == "Mali" and convoy["iso"] == "466"
    assert convoy["event_date"] == "" and convoy["time_precision"] == ""


def acled_text(ctx: StoreContext, case: uuid.UUID, audience: str) -> str:
    out = io.StringIO(newline="")
    export_acled_csv(ctx, str(case), out, audience=audience)
    return out.getvalue()


def test_the_acled_export_holds_what_a_bundle_for_the_same_audience_holds(
    shared_ctx: StoreContext, r: RecordService, case: uuid.UUID, tmp_path: Path
) -> None:
    """One policy decides (services.sharing): for each audience, the ACLED export holds exactly the incidents a
    bundle for that audience holds, and says of them only what the bundle carries, so that exporting the
    bundle's copy of the case as ACLED in another store gives the same file. What an import kept in working
    notes (event ids, actors by role, region, tags, admin3) goes only within the team, as the notes do."""
    for n, visibility, place in ((1, "public", "Annefif"), (2, "restricted", "Tessalit"), (3, "confidential", "Ber")):
        row = acled_row(n, location=place, notes=f"Event {n}, {visibility}")
        assert run(shared_ctx, case, csv_bytes([row]), visibility=visibility).ok
    # An incident recorded in hrdoc, public, at a restricted place: its perpetrators stand for ACLED's actor 1,
    # each only where its actor and its allegation go; its sources, only where the source and the link go.
    restricted = {"visibility": "restricted"}
    public = {"visibility": "public"}
    place = r.create("location", case_id=case, name="Intahaka", country_code="ML", **restricted)
    incident = make_incident(r, case, description="Convoy attacked near the mine", location_id=place, **public)
    for visibility, actor_name in (("public", "Zulu Brigade"), ("restricted", "Alpha Militia")):
        allegation = make_allegation(r, case, incident, visibility=visibility)
        for actor_visibility in ("public", "restricted"):
            actor = r.create("actor", case_id=case, name=f"{actor_name} {actor_visibility}", kind="militia",
                             visibility=actor_visibility)  # fmt: skip
            r.create("perpetrator", case_id=case, allegation_id=allegation, actor_id=actor, **public)
    for visibility in ("public", "restricted"):
        source = r.create("source", case_id=case, kind="news_article", title=f"Radio {visibility}", **public)
        r.create("link", case_id=case, source_id=source, incident_id=incident, relation="supports",
                 visibility=visibility)  # fmt: skip

    expected = {"public": 2, "partners": 3, "internal": 4}
    everyone = "Alpha Militia restricted; Zulu Brigade public; Zulu Brigade restricted"
    recorded_says = {
        "public": ("Zulu Brigade public", "", "", "Radio public"),
        "partners": ("Alpha Militia public", everyone, "Intahaka", "Radio public; Radio restricted"),
        "internal": ("Alpha Militia public", everyone, "Intahaka", "Radio public; Radio restricted"),
    }
    for audience in ("public", "partners", "internal"):
        direct = acled_text(shared_ctx, case, audience)
        bundle = tmp_path / f"{audience}.hrdoc"
        export_case(shared_ctx, case, bundle, audience=audience)
        receiving = new_store(tmp_path / f"{audience}.db", PASSPHRASE, user="partner")
        try:
            import_bundle(receiving, bundle)
            carried = {i.description for i in RecordService(receiving).records("incident", case)}
            assert acled_text(receiving, case, "internal") == direct, audience
        finally:
            receiving.close()
        rows = list(csv.DictReader(io.StringIO(direct[1:], newline="")))
        assert len(rows) == expected[audience] == len(carried), audience
        assert {row["notes"] for row in rows} == carried, audience
        ids = {row["event_id_cnty"] for row in rows}
        assert ids == ({"MLI35001", "MLI35002", "MLI35003", ""} if audience == "internal" else {""}), audience
        recorded = next(row for row in rows if row["notes"] == "Convoy attacked near the mine")
        said = tuple(recorded[c] for c in ("actor1", "assoc_actor_1", "location", "source"))
        assert said == recorded_says[audience], audience


def test_tolerates_bom_crlf_semicolons_missing_optional_and_unknown_columns(
    shared_ctx: StoreContext, case: uuid.UUID
) -> None:
    columns = ["EVENT_DATE", "event_type", "sub_event_type", "location", "country", "my_column", "year"]
    row = ["2025-07-26", "Battles", "Armed clash", "Gao", "Mali", "x", "2025"]
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=";", lineterminator="\r\n").writerows([columns, row])
    report = run(shared_ctx, case, ("\ufeff" + out.getvalue()).encode("utf-8"))
    assert report.ok and report.imported == 1
    assert report.ignored_columns == ["my_column"], "known ACLED columns such as year are not reported"
    [inc] = incidents(shared_ctx, case)
    assert inc.civilian_targeting is None, "a file without the column says nothing about civilian targeting"
    assert inc.date_precision == "exact" and inc.fatalities_best is None


def test_importing_the_same_events_twice_is_refused_row_by_row(shared_ctx: StoreContext, case: uuid.UUID) -> None:
    data = csv_bytes([acled_row(1), acled_row(2)])
    assert run(shared_ctx, case, data).imported == 2
    again = run(shared_ctx, case, data)
    assert not again.committed and again.imported == 0
    assert [str(p) for p in again.rejected] == [
        "line 2: event_id_cnty: MLI35001 is already in this case (imported before)",
        "line 3: event_id_cnty: MLI35002 is already in this case (imported before)",
    ]
    assert count(shared_ctx, m.Incident, case) == 2


def test_existing_places_actors_and_sources_are_reused(
    shared_ctx: StoreContext, r: RecordService, case: uuid.UUID
) -> None:
    place = r.create("location", case_id=case, name="ANNEFIF", admin1="gao", latitude=18.0505, longitude=-1.9237)
    wagner = r.create("actor", case_id=case, name="Wagner", aliases=["Wagner Group"], kind="militia")
    r.create("source", case_id=case, kind="news_article", title="the telegraph")
    report = run(shared_ctx, case, csv_bytes([acled_row(1), acled_row(2)]))
    assert report.created == {"incidents": 2, "locations": 0, "actors": 2, "sources": 2, "links": 4, "figures": 2}
    assert {i.location_id for i in incidents(shared_ctx, case)} == {place}
    with shared_ctx.read() as session:
        assert session.get(m.Actor, wagner).kind == "militia"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "is not a CSV file: it holds binary data"),
        (b"", "is empty"),
        ("event_date,event_type,location\r\n2025-07-26,Battles,Ségou\r\n".encode("latin-1"), "is not UTF-8 text"),
        ("event_date,event_type,location\r\n".encode("utf-16"), "is UTF-16 text"),
        (b"name,age\r\nAmadou,34\r\n", "is not an ACLED CSV file"),
        (b"event_date,location\r\n2025-07-26,Gao\r\n", "lacks event_type"),
    ],
)
def test_files_that_are_not_utf8_acled_csv_are_refused(
    shared_ctx: StoreContext, case: uuid.UUID, data: bytes, message: str
) -> None:
    with pytest.raises(CsvError, match=message):
        run(shared_ctx, case, data)
    assert count(shared_ctx, m.Incident, case) == 0


def test_a_latin1_character_late_in_the_file_refuses_the_whole_file(shared_ctx: StoreContext, case: uuid.UUID) -> None:
    good = [acled_row(n) for n in range(1, 3000)]
    data = csv_bytes(good) + "MLI1,2025-07-26,1,,Battles,,,,,,,,,,466,,Mali,,,,Ségou\r\n".encode("latin-1")
    with pytest.raises(CsvError, match=r"not UTF-8 text .*line 3001"):
        run(shared_ctx, case, data)
    assert count(shared_ctx, m.Incident, case) == 0


def test_imported_incidents_are_found_by_search(shared_ctx: StoreContext, case: uuid.UUID) -> None:
    run(shared_ctx, case, csv_bytes([acled_row(1, notes="Granaries burnt at Anéfis")]))
    with shared_ctx.read() as session:
        if not search_index.supported(session.connection()):
            pytest.skip("full-text search is SQLite's")
    for query in ("MLI35001", "anefis granaries", "Wagner"):
        hits = SearchService(shared_ctx).search(query, case_id=case)
        assert "incident" in [h.kind for h in hits], query


def test_search_documents_match_what_the_index_builds(shared_ctx: StoreContext, case: uuid.UUID) -> None:
    run(shared_ctx, case, csv_bytes([acled_row(n) for n in range(1, 4)] + [acled_row(4, location="", admin1="")]))
    with shared_ctx.write() as session:
        conn = session.connection()
        if not search_index.supported(conn):
            pytest.skip("full-text search is SQLite's")
        query = text("SELECT record_id, kind, title, body FROM search_docs WHERE case_id = :c ORDER BY record_id")
        written = conn.execute(query, {"c": case.hex}).all()
        search_index.rebuild(conn)
        rebuilt = conn.execute(query, {"c": case.hex}).all()
        session.rollback()
    assert [row for row in written if row.kind != "link"] == [row for row in rebuilt if row.kind != "link"]
    assert any(row.kind == "incident" and "acled:MLI35001" in row.body for row in written)


def test_event_dates_in_the_forms_acled_files_use() -> None:
    assert str(parse_date("2025-07-26")) == "2025-07-26"
    assert str(parse_date("26 July 2025")) == "2025-07-26"
    assert str(parse_date("26-Jul-2025")) == "2025-07-26"
    assert str(parse_date("26/07/2025")) == "2025-07-26"
    for bad in ("2025-02-30", "July 26 2025", "26/13/2025", "yesterday"):
        with pytest.raises(ValueError, match="is not a date"):
            parse_date(bad)


@pytest.mark.sqlite_only  # the bulk insert's own SQLite path (elsewhere rows go through SQLAlchemy Core)
def test_bulk_inserted_rows_are_stored_exactly_as_an_orm_insert_stores_them(
    shared_ctx: StoreContext, case: uuid.UUID
) -> None:
    # Negative and many-digit coordinates, a NULL fatality count, a boolean, non-ASCII text with quotes,
    # a line break and an emoji: every kind of value the JSON batch carries.
    row = acled_row(
        1,
        latitude="-12.345678901234",
        longitude="-0.000123456789",
        fatalities="",
        location="Ménaka « l'Est » 😀",
        notes='Quoted "cells", a back\\slash,\nand عربي text.',
        inter1="",
        actor1="",
        assoc_actor_1="",
        actor2="New actor\u00a0group",
    )
    assert run(shared_ctx, case, csv_bytes([row])).ok
    with shared_ctx.write() as session:
        conn = session.connection()
        for model in (m.Incident, m.Location, m.Source, m.Link, m.Actor):
            table = model.__table__.name
            columns = [c.name for c in model.__table__.columns]
            stored = conn.exec_driver_sql(
                f"SELECT {', '.join(f'{c}, typeof({c})' for c in columns)} FROM {table} WHERE case_id = ? LIMIT 1",
                (case.hex,),
            ).one()
            original = session.scalars(select(model).where(model.case_id == case)).first()  # type: ignore[attr-defined]
            copy_id = uuid.uuid4()
            session.add(model(**{c.key: getattr(original, c.key) for c in model.__table__.columns} | {"id": copy_id}))
            session.flush()
            copied = conn.exec_driver_sql(
                f"SELECT {', '.join(f'{c}, typeof({c})' for c in columns)} FROM {table} WHERE id = ?", (copy_id.hex,)
            ).one()
            differ = [
                (columns[n // 2], stored[n], copied[n])
                for n in range(len(stored))
                if stored[n] != copied[n] and columns[n // 2] != "id"
            ]
            assert not differ, (table, differ)
        session.rollback()


def test_an_import_tells_how_far_it_read_and_cancelling_keeps_nothing(
    shared_ctx: StoreContext, case: uuid.UUID
) -> None:
    data = csv_bytes([acled_row(n) for n in range(1, 2501)])
    told: list[tuple[int, int]] = []
    report = run(shared_ctx, case, data, progress=lambda done, total, _what: told.append((done, total)))
    assert report.committed and report.imported == 2500
    assert len(told) == 3 and all(total == len(data) for _, total in told)  # every 1,000 rows, then the end
    assert told[-1][0] == len(data) and told[0][0] < told[1][0] < len(data)

    other = make_case(RecordService(shared_ctx))
    with pytest.raises(Cancelled):
        run(shared_ctx, other, data, progress=cancel_when(lambda done, total, _what: done >= total // 2))
    assert count(shared_ctx, m.Incident, other) == 0 and count(shared_ctx, m.Source, other) == 0
    imports = [(e["case_id"], e["action"]) for e in audit_log(shared_ctx) if e["action"] == "import"]
    assert (str(case), "import") in imports and (str(other), "import") not in imports


def test_a_nul_byte_past_the_first_64_kib_refuses_the_whole_file(shared_ctx: StoreContext, case: uuid.UUID) -> None:
    good = csv_bytes([acled_row(n) for n in range(1, 400)])
    assert len(good) > 64 * 1024
    data = good + csv_bytes([acled_row(400, notes="before\x00after")])[len(csv_bytes([])) :]
    with pytest.raises(CsvError, match=r"is not a CSV file: it holds binary data \(a NUL byte on line 401\)"):
        run(shared_ctx, case, data)
    assert count(shared_ctx, m.Incident, case) == 0


def test_a_file_with_carriage_returns_only_as_line_ends_imports(shared_ctx: StoreContext, case: uuid.UUID) -> None:
    """Old Mac spreadsheets end lines with CR alone; a quoted cell may still hold a line break."""
    rows = [acled_row(1), acled_row(2, notes="first line\rsecond line"), acled_row(3, event_date="not a date")]
    report = run(shared_ctx, case, csv_bytes(rows, newline="\r"))
    assert report.committed and report.imported == 2
    assert [p.line for p in report.rejected] == [5], "lines counted as a spreadsheet shows them"
    assert "first line\rsecond line" in {inc.description for inc in incidents(shared_ctx, case)}


def test_a_file_saved_with_two_byte_order_marks_still_refuses_duplicates(
    shared_ctx: StoreContext, case: uuid.UUID
) -> None:
    data = ("\ufeff" * 2).encode("utf-8") + csv_bytes([acled_row(1), acled_row(1)])
    report = run(shared_ctx, case, data)
    assert report.imported == 1 and report.ignored_columns == []
    assert [str(p) for p in report.rejected] == [
        "line 3: event_id_cnty: MLI35001 appears twice in the file (first on line 2)",
    ]


def test_utf32_text_is_named_as_such(shared_ctx: StoreContext, case: uuid.UUID) -> None:
    with pytest.raises(CsvError, match="is UTF-32 text"):
        run(shared_ctx, case, "event_date,event_type,location\r\n".encode("utf-32"))
