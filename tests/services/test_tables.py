"""Case tables as CSV: what Excel and LibreOffice need, what may never leave, and what each audience sees."""

from __future__ import annotations

import csv
import io
import uuid
from pathlib import Path

import pytest

from hrdoc.domain.enums import Visibility
from hrdoc.services.context import StoreContext
from hrdoc.services.errors import NotFound
from hrdoc.services.evidence.service import EvidenceService
from hrdoc.services.exchange.snapshot import take_snapshot
from hrdoc.services.records import RecordService
from hrdoc.services.tables import TABLE_KINDS, cell, export_table_csv, guard
from tests.helpers import make_account, make_allegation, make_case, make_incident, make_source, make_witness
from tests.services.support import audit_log

MARKER = "ZZ-IDENTITY-MARKER-7731"


def export(ctx: StoreContext, case: uuid.UUID, kind: str, audience: str = "internal") -> str:
    out = io.StringIO(newline="")
    export_table_csv(ctx, str(case), kind, out, audience=audience)
    return out.getvalue()


def rows(text: str) -> list[dict[str, str]]:
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:], newline="")))


@pytest.fixture
def case(r: RecordService) -> uuid.UUID:
    return make_case(r)


def test_utf8_with_bom_crlf_and_multilingual_text_intact(
    shared_ctx: StoreContext, r: RecordService, case: uuid.UUID, tmp_path: Path
) -> None:
    place = r.create(
        "location",
        case_id=case,
        name="Anéfis",
        alt_spellings=["Annefif", "أنفيس"],
        admin1="Gao",
        country_code="ML",
        latitude=18.05,
        longitude=-1.92,
    )
    make_incident(
        r,
        case,
        title="Attaque près d'Anéfis",
        description="Des civils tués ; «témoins»\nقتل مدنيون",
        location_id=place,
        start_date="2025-07-26",
        date_precision="exact",
        event_type="violence_against_civilians",
        event_subtype="attack",
        fatalities_best=24,
        civilian_targeting=True,
    )
    target = tmp_path / "incidents.csv"
    result = export_table_csv(shared_ctx, str(case), "incident", target)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads the file as UTF-8 only with the byte-order mark
    assert raw.endswith(b"\r\n") and raw.count(b"\r\n") == 2, "CRLF after the header and the row"
    [row] = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert row["title"] == "Attaque près d'Anéfis"
    assert row["description"] == "Des civils tués ; «témoins»\nقتل مدنيون"  # a line break inside a cell is kept
    assert row["location_id"] == str(place) and row["location_label"] == "Anéfis"
    assert row["event_type"] == "violence_against_civilians"
    assert row["event_type_label"] == "Violence against civilians"
    assert row["event_subtype_label"] == "Attack"
    assert row["start_date"] == "2025-07-26"
    assert row["fatalities_best"] == "24" and row["fatalities_low"] == ""
    assert row["civilian_targeting"] == "true"
    assert row["created_at"].endswith("Z")
    assert result.rows == 1 and result.columns[0] == "id"
    assert not list(tmp_path.glob(".*.part")), "the temporary file is renamed into place"

    [loc] = rows(export(shared_ctx, case, "location"))
    assert loc["alt_spellings"] == "Annefif; أنفيس"
    assert loc["longitude"] == "-1.92", "a negative number stays a number"
    assert loc["latitude"] == "18.05"


def test_header_names_are_the_data_model_field_names(shared_ctx: StoreContext, case: uuid.UUID) -> None:
    header = export(shared_ctx, case, "source").splitlines()[0].lstrip("\ufeff").split(",")
    assert header[:4] == ["id", "case_id", "kind", "title"]
    assert {"url", "reliability", "credibility", "stance", "visibility", "notes", "created_at"} <= set(header)
    assert "version" not in header


def test_text_that_a_spreadsheet_would_run_is_guarded(
    r: RecordService, shared_ctx: StoreContext, case: uuid.UUID
) -> None:
    formulas = ['=HYPERLINK("http://evil","x")', "+1+1", "-2+3", "@SUM(A1)", "\tindent", "\rreturn"]
    for text in formulas:
        make_source(r, case, title=text)
    r.create("location", case_id=case, name="-West of Gao", latitude=-12.5, longitude=-1.92)
    titles = {row["title"] for row in rows(export(shared_ctx, case, "source"))}
    assert titles == {"'" + t for t in formulas}
    [loc] = rows(export(shared_ctx, case, "location"))
    assert loc["name"] == "'-West of Gao"
    assert (loc["latitude"], loc["longitude"]) == ("-12.5", "-1.92")
    assert guard("plain text") == "plain text"
    assert cell(-1.92, text=False) == "-1.92"
    assert cell("-1.92", text=True) == "'-1.92"


def test_identities_never_leave_in_any_table_for_any_audience(
    r: RecordService, shared_ctx: StoreContext, case: uuid.UUID
) -> None:
    witness = make_witness(r, case, visibility="public")
    r.set_identity("witness", witness, legal_name=MARKER, contact=MARKER + "@example.org", residence=MARKER)
    r.set_consent(witness, share_with_partners=True, to_be_quoted=True, how_given="oral")
    make_account(r, case, witness, visibility="public", quotable=True)
    victim = r.create("victim", case_id=case, kind="individual", label="V-01", visibility="public")
    r.set_identity("victim", victim, legal_name=MARKER)
    for kind in TABLE_KINDS:
        for audience in ("public", "partners", "internal"):
            text = export(shared_ctx, case, kind, audience)
            assert MARKER not in text, (kind, audience)
    [w] = rows(export(shared_ctx, case, "witness"))
    assert w["pseudonym"] == "W-01"
    assert (w["legal_name"], w["contact"], w["residence"]) == ("[protected]",) * 3
    [v] = rows(export(shared_ctx, case, "victim"))
    assert v["legal_name"] == "[protected]"


def test_each_audience_sees_what_reports_show_it(r: RecordService, shared_ctx: StoreContext, case: uuid.UUID) -> None:
    public = make_incident(r, case, title="Public incident", visibility="public", notes="working note")
    make_incident(r, case, title="Restricted incident", visibility="restricted")
    make_incident(r, case, title="Confidential incident", visibility="confidential")
    make_allegation(r, case, public, visibility="public")

    def titles(audience: str) -> set[str]:
        return {row["title"] for row in rows(export(shared_ctx, case, "incident", audience))}

    assert titles("public") == {"Public incident"}
    assert titles("partners") == {"Public incident", "Restricted incident"}
    assert titles("internal") == {"Public incident", "Restricted incident", "Confidential incident"}
    [public_row] = rows(export(shared_ctx, case, "incident", "public"))
    assert "notes" not in public_row, "working notes are for the team only"
    internal = {row["title"]: row for row in rows(export(shared_ctx, case, "incident", "internal"))}
    assert internal["Public incident"]["notes"] == "working note"

    # An allegation is shown only with its incident; a link only if both its ends are shown.
    hidden = make_incident(r, case, title="Hidden", visibility="confidential")
    make_allegation(r, case, hidden, visibility="public")
    assert len(rows(export(shared_ctx, case, "allegation", "public"))) == 1
    source = make_source(r, case, visibility="public")
    r.create("link", case_id=case, source_id=source, incident_id=hidden, relation="supports", visibility="public")
    r.create("link", case_id=case, source_id=source, incident_id=public, relation="supports", visibility="public")
    [link] = rows(export(shared_ctx, case, "link", "public"))
    assert link["incident_label"] == "Public incident"
    assert len(rows(export(shared_ctx, case, "link", "internal"))) == 2


def test_accounts_follow_the_witness_consent(r: RecordService, shared_ctx: StoreContext, case: uuid.UUID) -> None:
    shared = make_witness(r, case, "W-01", visibility="public")
    r.set_consent(shared, share_with_partners=True, how_given="oral")
    private = make_witness(r, case, "W-02", visibility="public")
    make_account(r, case, shared, narrative="Shared words", interviewer="Investigator A", visibility="public")
    make_account(r, case, private, narrative="Private words", visibility="public")

    internal = rows(export(shared_ctx, case, "account", "internal"))
    assert {a["narrative"] for a in internal} == {"Shared words", "Private words"}
    assert {a["interviewer"] for a in internal} == {"Investigator A", ""}
    partners = rows(export(shared_ctx, case, "account", "partners"))
    assert [a["narrative"] for a in partners] == ["Shared words"]
    assert "interviewer" not in partners[0], "interviewers appear in internal tables only"
    [public] = rows(export(shared_ctx, case, "account", "public"))
    assert public["narrative"] == "", "no consent to be quoted: the words stay out of a public table"
    assert [w["pseudonym"] for w in rows(export(shared_ctx, case, "witness", "public"))] == ["W-01"]
    assert {w["pseudonym"] for w in rows(export(shared_ctx, case, "witness", "internal"))} == {"W-01", "W-02"}


def test_every_kind_exports_and_the_export_is_audited(
    shared_ctx: StoreContext, r: RecordService, case: uuid.UUID
) -> None:
    before = len(audit_log(shared_ctx))
    for kind in TABLE_KINDS:
        text = export(shared_ctx, case, kind)
        assert text.startswith("\ufeffid,")
    entries = audit_log(shared_ctx)[before:]
    assert [e["action"] for e in entries] == ["export"] * len(TABLE_KINDS)
    assert entries[0]["details"]["kind"] == TABLE_KINDS[0]
    assert entries[0]["details"]["audience"] == "internal"
    assert len(entries[0]["details"]["sha256"]) == 64


def test_unknown_kind_and_case_are_refused(shared_ctx: StoreContext, case: uuid.UUID) -> None:
    with pytest.raises(NotFound, match="tables: location"):
        export(shared_ctx, case, "vocabulary_term")
    with pytest.raises(NotFound, match="no case"):
        export_table_csv(shared_ctx, "NO-SUCH-CASE", "incident", io.StringIO())


def test_a_large_table_is_streamed_in_order(r: RecordService, shared_ctx: StoreContext, case: uuid.UUID) -> None:
    for n in range(30):
        make_incident(r, case, title=f"Incident {n:02d}")
    titles = [row["title"] for row in rows(export(shared_ctx, case, "incident"))]
    assert titles == [f"Incident {n:02d}" for n in range(30)]


def test_tables_carry_the_records_a_bundle_for_the_same_audience_carries(
    r: RecordService, shared_ctx: StoreContext, case: uuid.UUID
) -> None:
    """One policy decides (services.sharing.records_shown): each table holds exactly the records of its kind that a
    bundle for the audience holds, also for records that go only with what they refer to."""
    incident = make_incident(r, case, title="Public incident", visibility="public")
    allegation = make_allegation(r, case, incident, visibility="public")
    for visibility in ("public", "restricted"):
        actor = r.create("actor", case_id=case, name=f"Actor {visibility}", kind="state_force", visibility=visibility)
        r.create("perpetrator", case_id=case, allegation_id=allegation, actor_id=actor, visibility="public")
        victim = r.create("victim", case_id=case, kind="group", label=f"Victims {visibility}", visibility=visibility)
        r.create("allegation_victim", case_id=case, allegation_id=allegation, victim_id=victim, visibility="public")
    for pseudonym, consent in (("W-01", True), ("W-02", False)):
        witness = make_witness(r, case, pseudonym, visibility="public")
        r.set_consent(witness, share_with_partners=consent, to_be_quoted=consent, how_given="oral")
        for visibility in ("public", "confidential"):
            account = make_account(r, case, witness, visibility=visibility, quotable=consent)
            r.create("link", case_id=case, account_id=account, allegation_id=allegation, relation="supports",
                     excerpt="what the witness said", visibility="public")  # fmt: skip
    evidence = EvidenceService(shared_ctx)
    confidential = evidence.intake(
        case, io.BytesIO(b"original"), original_name="o.jpg", visibility=Visibility.CONFIDENTIAL
    )
    evidence.working_copy(
        confidential.evidence_id,
        io.BytesIO(b"blurred"),
        original_name="b.jpg",
        alteration_note="faces blurred",
        visibility=Visibility.PUBLIC,
    )
    public = evidence.intake(case, io.BytesIO(b"other"), original_name="p.jpg", visibility=Visibility.PUBLIC)
    evidence.working_copy(
        public.evidence_id,
        io.BytesIO(b"cropped"),
        original_name="c.jpg",
        alteration_note="cropped",
        visibility=Visibility.PUBLIC,
    )

    for audience in ("public", "partners", "internal"):
        bundle = take_snapshot(shared_ctx, case, audience=audience).records
        for kind in TABLE_KINDS:
            table = {row["id"] for row in rows(export(shared_ctx, case, kind, audience))}
            assert table == {row["id"] for row in bundle.get(kind, [])}, (audience, kind)
    # A working copy goes without its original: the blurred copy of the confidential photo is published, its
    # original is not, nor is the original's id in the copy's row.
    public = rows(export(shared_ctx, case, "evidence", "public"))
    assert sorted(row["original_filename"] for row in public) == ["b.jpg", "c.jpg", "p.jpg"]
    blurred = next(row for row in public if row["original_filename"] == "b.jpg")
    assert blurred["original_id"] == "" and blurred["original_label"] == ""
    assert str(confidential.evidence_id) not in "".join(str(row) for row in public)
    assert len(rows(export(shared_ctx, case, "perpetrator", "public"))) == 1
