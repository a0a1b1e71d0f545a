"""Nothing leaks, nothing is dropped: a distinct marker in every field of every kind, through every output.

The test is generated from the record registry. A case holds one record of every kind, all public, its
witness consenting to everything, so that the only thing deciding whether a field reaches an audience is the
field's declared sensitivity. A marker is planted in every text field (straight into the store, so that even
fields no form offers hold one). Then each output is made for each audience — bundles (plain and encrypted,
every member), CSV tables of every kind, the ACLED export, the PDF report (its extracted text, metadata and
outline), search results shown for the audience (every marker searched for) — and the markers found must be
exactly those the sharing policy lets through: nothing more, and, for outputs that carry whole records,
nothing less. A second test walks every combination of consent. The report is also made of the same case
restricted and confidential: what the case's own visibility hides from an audience (its summary, tags...) is
not in that audience's report. The place's position is planted precisely too (16.273918, -0.041277): every output
holds it only as the policy rounds it for the audience (sharing.POSITIONS).
"""

from __future__ import annotations

import io
import json
import uuid
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pypdf
import pytest
from sqlalchemy import text

from hrdoc.domain import registry
from hrdoc.domain.enums import Visibility
from hrdoc.domain.registry import Kind, Widget
from hrdoc.services import sharing
from hrdoc.services.acled import export_acled_csv
from hrdoc.services.context import StoreContext
from hrdoc.services.evidence.service import EvidenceService
from hrdoc.services.exchange.bundle import open_bundle
from hrdoc.services.exchange.bundles import export_case
from hrdoc.services.records import RecordService
from hrdoc.services.reporting import REPORT_LANGUAGES, ReportService
from hrdoc.services.search import SearchService
from hrdoc.services.session import new_store
from hrdoc.services.sharing import Audience
from hrdoc.services.tables import TABLE_KINDS, export_table_csv
from hrdoc.storage import search_index
from tests.helpers import PASSPHRASE

pytestmark = pytest.mark.sqlite_only

# The parts of a case that leave the store at all (the rest stays: logs have their own tests).
PLANTED_KINDS = (*registry.RECORD_KINDS, "witness_identity", "victim_identity", "consent", "account_version")
TEXT_WIDGETS = (Widget.TEXT, Widget.LONG, Widget.LIST)
# Text the program sets: planted too, since it may name a person (who created, acquired, what the file said).
SYSTEM_TEXT = {"created_by", "file_metadata"}

Field = tuple[str, str]  # (kind, field)


def markable() -> dict[Field, str]:
    out: dict[Field, str] = {}
    for kind in PLANTED_KINDS:
        for fld in registry.kind(kind).fields:
            if (fld.widget in TEXT_WIDGETS and (fld.max_length or 40) >= 8) or fld.name in SYSTEM_TEXT:
                out[(kind, fld.name)] = f"QZ{len(out):03d}Q"
    return out


MARKERS = markable()


def plant(ctx: StoreContext) -> None:
    with ctx.write() as session:
        for (kind, name), marker in MARKERS.items():
            fld = registry.kind(kind).field(name)
            table = registry.kind(kind).table
            if fld.widget is Widget.LIST:
                value = json.dumps([marker])
            elif name == "file_metadata":
                value = json.dumps({"exif": {"GPSLatitude": marker, "BodySerialNumber": marker}})
            elif name == "notes":
                # Working notes as an ACLED import writes them (the event id, ACLED columns hrdoc has no field
                # for), so that the ACLED export, which reads such lines back, is tested with them too.
                value = f"{marker}\nacled:{marker}\nACLED region: {marker}\nACLED admin3: {marker}"
            else:
                value = marker
            session.execute(text(f'UPDATE "{table}" SET "{name}" = :v'), {"v": value})
        search_index.rebuild(session.connection())  # the records changed behind the services' back


# A place whose position is recorded precisely (a grave site, a house), and the position each audience may see
# (sharing.POSITIONS): 0.1° for the public, 0.01° for partners, as recorded for the team.
PRECISE_PLACE = {"latitude": 16.273918, "longitude": -0.041277, "geo_precision": "exact"}
POSITION_SEEN = {
    Audience.PUBLIC: (16.3, 0.0, "near"),
    Audience.PARTNERS: (16.27, -0.04, "exact"),
    Audience.INTERNAL: (16.273918, -0.041277, "exact"),
}


def build_case(ctx: StoreContext, *, shared: bool = True, quoted: bool = True, quotable: bool = True) -> uuid.UUID:
    """One public record of every kind; the witness's consent and the account's quotability as given."""
    r = RecordService(ctx)
    pub = {"visibility": "public"}
    case = r.create("case", reference="LK-1", title="Leak test", **pub)
    place = r.create("location", case_id=case, name="Place", country_code="ML", **PRECISE_PLACE, **pub)
    incident = r.create("incident", case_id=case, title="Incident", location_id=place, **pub)
    actor = r.create("actor", case_id=case, name="Actor", **pub)
    allegation = r.create("allegation", case_id=case, incident_id=incident, violation_type="attack_on_civilians", **pub)
    r.create("perpetrator", case_id=case, allegation_id=allegation, actor_id=actor, **pub)
    victim = r.create("victim", case_id=case, kind="individual", label="V-1", **pub)
    r.set_identity("victim", victim, legal_name="x", contact="x", residence="x")
    r.create("allegation_victim", case_id=case, allegation_id=allegation, victim_id=victim, **pub)
    consent = {
        "to_be_recorded": True,
        "to_be_quoted": quoted,
        "share_with_partners": shared,
        "how_given": "oral",
        "given_on": "2026-11-01",
    }
    witness = r.create("witness", case_id=case, pseudonym="W-01", consent=consent, **pub)
    r.set_identity("witness", witness, legal_name="x", contact="x", residence="x")
    account = r.create(
        "account", case_id=case, witness_id=witness, narrative="words", quotable=quotable and quoted, **pub
    )
    source = r.create("source", case_id=case, kind="news_article", title="Source", **pub)
    item = (
        EvidenceService(ctx)
        .intake(case, io.BytesIO(b"\xff\xd8\xff photo"), original_name="p.jpg", visibility=Visibility.PUBLIC)
        .evidence_id
    )
    r.create("link", case_id=case, account_id=account, allegation_id=allegation, relation="supports", **pub)
    r.create("link", case_id=case, source_id=source, allegation_id=allegation, relation="supports", **pub)
    r.create("link", case_id=case, evidence_id=item, incident_id=incident, relation="context", **pub)
    figure = {"counted": "killed", "of_whom": "civilians", "qualifier": "about", "value": 60}
    r.create("figure", case_id=case, source_id=source, incident_id=incident, **figure, **pub)
    r.create("figure", case_id=case, account_id=account, allegation_id=allegation, **figure, **pub)
    plant(ctx)
    return case


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[StoreContext, uuid.UUID, Path]]:
    folder = tmp_path_factory.mktemp("leaks")
    ctx = new_store(folder / "store.db", PASSPHRASE, user="investigator")
    case = build_case(ctx)
    yield ctx, case, folder
    ctx.close()


def found(haystack: str) -> set[Field]:
    return {key for key, marker in MARKERS.items() if marker in haystack}


def allowed(audience: Audience, kinds: tuple[str, ...], *, identities: bool = False) -> set[Field]:
    return {
        (kind, name)
        for (kind, name) in MARKERS
        if kind in kinds and name in sharing.fields(kind, audience, identities=identities)
    }


def bundle_text(path: Path, passphrase: str | None = None) -> str:
    with open_bundle(path, passphrase=passphrase) as bundle:
        return "\n".join(
            json.dumps(bundle.json(name), ensure_ascii=False) for name in bundle.members() if name.endswith(".json")
        ) + json.dumps(bundle.manifest, ensure_ascii=False)


BUNDLE_KINDS = (*registry.RECORD_KINDS, "account_version")
INTERNAL_PARTS = ("witness_identity", "victim_identity", "consent")


@pytest.mark.parametrize("audience", list(Audience))
def test_a_bundle_carries_exactly_what_the_policy_allows(
    store: tuple[StoreContext, uuid.UUID, Path], audience: Audience
) -> None:
    ctx, case, folder = store
    path = folder / f"case-{audience}.hrdoc"
    export_case(ctx, case, path, audience=audience)
    kinds = BUNDLE_KINDS + (INTERNAL_PARTS if audience is Audience.INTERNAL else ())
    expected = allowed(audience, kinds, identities=audience is Audience.INTERNAL)
    with zipfile.ZipFile(path) as zf:  # every member, whatever it is
        everything = "\n".join(zf.read(info).decode("utf-8", "replace") for info in zf.infolist())
    assert found(everything) == expected
    assert found(bundle_text(path)) == expected


def test_an_encrypted_bundle_shows_nothing_and_opens_to_the_same(store: tuple[StoreContext, uuid.UUID, Path]) -> None:
    ctx, case, folder = store
    path = folder / "sealed.hrdoc"
    export_case(ctx, case, path, audience=Audience.INTERNAL, passphrase="bundle passphrase 42")
    assert found(path.read_bytes().decode("latin-1")) == set()
    kinds = BUNDLE_KINDS + INTERNAL_PARTS
    assert found(bundle_text(path, "bundle passphrase 42")) == allowed(Audience.INTERNAL, kinds, identities=True)


@pytest.mark.parametrize("audience", list(Audience))
def test_csv_tables_carry_exactly_what_the_policy_allows(
    store: tuple[StoreContext, uuid.UUID, Path], audience: Audience
) -> None:
    ctx, case, _folder = store
    out = []
    for kind in TABLE_KINDS:
        buffer = io.StringIO(newline="")
        export_table_csv(ctx, case, kind, buffer, audience=audience)
        out.append(buffer.getvalue())
    # A table shows its records' own fields and the current version of an account; consent (internal) beside
    # the witness; identities never (masked).
    kinds = (*TABLE_KINDS, "account_version") + (("consent",) if audience is Audience.INTERNAL else ())
    assert found("\n".join(out)) == allowed(audience, kinds)


# What an ACLED row says of an incident, its place and its alleged perpetrators (sources: only those linked to the
# incident itself; the leak test's source is linked to the allegation). Notes: what an import kept there.
ACLED_CARRIES = {
    ("incident", "description"),
    ("incident", "notes"),
    ("location", "name"),
    ("location", "admin1"),
    ("location", "admin2"),
    ("location", "notes"),
    ("actor", "name"),
}


@pytest.mark.parametrize("audience", list(Audience))
def test_the_acled_export_carries_exactly_what_the_policy_allows(
    store: tuple[StoreContext, uuid.UUID, Path], audience: Audience
) -> None:
    """What an import kept in working notes (the event id, region, admin3...) goes only where notes go: within
    the team (the export used to read it back for every audience)."""
    ctx, case, _folder = store
    buffer = io.StringIO(newline="")
    export_acled_csv(ctx, case, buffer, audience=audience)
    assert found(buffer.getvalue()) == ACLED_CARRIES & allowed(audience, registry.RECORD_KINDS)


# The fields full-text search reads (a record's own, or its current version's for an account).
SEARCHABLE = {(kind, name) for (kind, name) in MARKERS if registry.kind(kind).field(name).searchable}


def searched(ctx: StoreContext, audience: Audience, keys: set[Field] | None = None) -> tuple[set[Field], str]:
    """Search for each marker (of ``keys``, else all) as shown to ``audience``: the fields whose marker found a
    record, and all the text of the hits (titles, snippets, case references)."""
    search = SearchService(ctx)
    hit_by: set[Field] = set()
    shown: list[str] = []
    for key, marker in MARKERS.items():
        if keys is not None and key not in keys:
            continue
        hits = search.search(marker, audience=audience)
        if hits:
            hit_by.add(key)
        shown += [f"{h.title}\n{h.snippet}\n{h.case_reference}" for h in hits]
    return hit_by, "\n".join(shown)


@pytest.mark.parametrize("audience", list(Audience))
def test_search_finds_exactly_what_the_policy_allows(
    store: tuple[StoreContext, uuid.UUID, Path], audience: Audience
) -> None:
    """Every marker is searched for: a record is found by exactly the markers of searchable fields the audience
    may see, and its hits' titles and snippets show no marker of a field it may not."""
    ctx, _case, _folder = store
    hit_by, shown = searched(ctx, audience)
    may = allowed(audience, PLANTED_KINDS)
    assert hit_by == SEARCHABLE & may, f"leaked: {sorted(hit_by - may)}; missing: {sorted(SEARCHABLE & may - hit_by)}"
    assert hit_by <= found(shown) <= may, f"leaked in titles or snippets: {sorted(found(shown) - may)}"


def pdf_text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    parts = [page.extract_text() for page in reader.pages]
    parts.append(" ".join(str(v) for v in (reader.metadata or {}).values()))

    def walk(items: Any) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                parts.append(str(getattr(item, "title", "")))

    walk(reader.outline)
    return "\n".join(parts)


@pytest.fixture(scope="module")
def hidden_cases(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, tuple[StoreContext, uuid.UUID]]]:
    """A store like ``store`` for each visibility a case may have but public: every record of it public, the
    case itself restricted or confidential."""
    out: dict[str, tuple[StoreContext, uuid.UUID]] = {}
    for visibility in (Visibility.RESTRICTED, Visibility.CONFIDENTIAL):
        ctx = new_store(tmp_path_factory.mktemp(f"case-{visibility}") / "store.db", PASSPHRASE, user="investigator")
        case = build_case(ctx)
        RecordService(ctx).update("case", case, visibility=visibility.value)
        out[visibility.value] = (ctx, case)
    yield out
    for ctx, _case in out.values():
        ctx.close()


@pytest.mark.parametrize("language", REPORT_LANGUAGES)
@pytest.mark.parametrize("audience", list(Audience))
@pytest.mark.parametrize("case_visibility", [v.value for v in Visibility])
def test_a_report_shows_what_the_policy_allows_and_what_a_report_prints(
    store: tuple[StoreContext, uuid.UUID, Path],
    hidden_cases: dict[str, tuple[StoreContext, uuid.UUID]],
    real_catalogues: None,
    case_visibility: str,
    audience: Audience,
    language: str,
) -> None:
    """Every field of every record, the case's own included: what the case's visibility hides from the audience
    (its summary, tags, status...) is not in the report, and only its reference and title name it; in every
    language reports are made in."""
    ctx, case = hidden_cases[case_visibility] if case_visibility in hidden_cases else store[:2]
    data = ReportService(ctx).render(str(case), audience, language=language)
    shown = found(pdf_text(data))
    may = allowed(audience, (*registry.RECORD_KINDS, "account_version", "consent"))
    may = {(k, f) for (k, f) in may if k != Kind.CASE or f in sharing.case_fields(case_visibility, audience)}
    assert shown <= may, f"leaked: {sorted(shown - may)}"
    printed = {(k, f) for (k, f) in may if registry.kind(k).field(f).reported}
    assert printed <= shown, f"declared as printed in reports but missing: {sorted(printed - shown)}"
    if not audience.may_see(case_visibility):
        assert {f for (k, f) in shown if k == Kind.CASE} == {"reference", "title"}


@pytest.mark.parametrize("audience", list(Audience))
@pytest.mark.parametrize("case_visibility", [Visibility.RESTRICTED.value, Visibility.CONFIDENTIAL.value])
def test_a_hidden_case_is_only_named_in_bundles_and_search(
    hidden_cases: dict[str, tuple[StoreContext, uuid.UUID]],
    tmp_path: Path,
    case_visibility: str,
    audience: Audience,
) -> None:
    """The case's own fields follow its visibility in a bundle and in search as in a report: an audience it is
    hidden from gets its reference and title only (sharing.share cuts every case row the same way)."""
    ctx, case = hidden_cases[case_visibility]
    may = {f for (k, f) in MARKERS if k == Kind.CASE and f in sharing.case_fields(case_visibility, audience)}
    path = tmp_path / "case.hrdoc"
    export_case(ctx, case, path, audience=audience)
    assert {f for (k, f) in found(bundle_text(path)) if k == Kind.CASE} == may
    case_keys = {key for key in MARKERS if key[0] == Kind.CASE}
    hit_by, shown = searched(ctx, audience, case_keys)
    assert {f for (_k, f) in hit_by} == {f for (_k, f) in SEARCHABLE & case_keys} & may
    assert {f for (k, f) in found(shown) if k == Kind.CASE} <= may


CONSENTS = [
    (shared, quoted, quotable)
    for shared in (False, True)
    for quoted in (False, True)
    for quotable in (False, True)
    if quoted or not quotable
]


@pytest.mark.parametrize(("shared", "quoted", "quotable"), CONSENTS)
def test_a_witness_s_words_follow_consent_in_every_output(
    tmp_path: Path, shared: bool, quoted: bool, quotable: bool
) -> None:
    ctx = new_store(tmp_path / "store.db", PASSPHRASE, user="investigator")
    try:
        case = build_case(ctx, shared=shared, quoted=quoted, quotable=quotable)
        with ctx.write() as session:  # only the account's link and figure hold the witness's words
            session.execute(text("UPDATE links SET excerpt = '' WHERE account_id IS NULL"))
            session.execute(text("UPDATE reported_figures SET as_described = '' WHERE account_id IS NULL"))
            search_index.rebuild(session.connection())
        words = {("account_version", "narrative"), ("account_version", "key_quotes"), ("link", "excerpt")}
        # A figure's wording from an account: reports do not print figures yet (issue 17, point 2).
        figure_words = {("figure", "as_described")}
        pseudonym = {("witness", "pseudonym")}
        for audience in Audience:
            rule = sharing.account_rule(audience, shared=shared, quoted=quoted, quotable=quotable and quoted)
            path = tmp_path / f"{audience}.hrdoc"
            export_case(ctx, case, path, audience=audience)
            outputs = {"bundle": found(bundle_text(path))}
            buffer = io.StringIO(newline="")
            for kind in ("witness", "account", "link", "figure"):
                export_table_csv(ctx, case, kind, buffer, audience=audience)
            outputs["csv"] = found(buffer.getvalue())
            outputs["report"] = found(pdf_text(ReportService(ctx).render(str(case), audience)))
            hit_by, shown = searched(ctx, audience, words | figure_words | pseudonym)
            outputs["search"] = hit_by | (found(shown) & (words | figure_words | pseudonym))
            for name, shown in outputs.items():
                where = f"{name} for {audience} (shared={shared}, quoted={quoted}, quotable={quotable})"
                assert (words <= shown) == bool(rule), where  # the words go exactly when the policy says
                if name != "report":
                    assert (figure_words <= shown) == bool(rule), where
                if not rule:
                    assert not ((words | figure_words) & shown), where
                    if audience is not Audience.INTERNAL and rule is None:
                        assert not (pseudonym & shown), where  # the witness does not appear at all
    finally:
        ctx.close()


@pytest.mark.parametrize("audience", list(Audience))
def test_an_investigator_is_named_only_within_the_team(
    store: tuple[StoreContext, uuid.UUID, Path], audience: Audience
) -> None:
    """Who exported a bundle, and who signs a report, is an investigator's name: internal outputs only,
    unless an author is given explicitly; never the login name by default."""
    ctx, case, folder = store
    path = folder / f"named-{audience}.hrdoc"
    export_case(ctx, case, path, audience=audience)
    with open_bundle(path) as bundle:
        named = bundle.manifest["exported_by"] == ctx.user
    assert named == (audience is Audience.INTERNAL)
    assert ctx.user not in pdf_text(ReportService(ctx).render(str(case), audience))


@pytest.mark.parametrize("audience", [Audience.PARTNERS, Audience.PUBLIC])
def test_a_witness_does_not_travel_with_only_an_account_the_audience_may_not_see(
    tmp_path: Path, audience: Audience
) -> None:
    """Beyond the team a witness goes only with an account that goes: consent to share is not enough when the
    account itself is confidential (the bundle used to carry the witness alone)."""
    ctx = new_store(tmp_path / "store.db", PASSPHRASE, user="investigator")
    try:
        r = RecordService(ctx)
        case = r.create("case", reference="ML-1", title="Case", visibility="public")
        consent = {"to_be_quoted": True, "share_with_partners": True, "how_given": "oral", "given_on": "2026-11-01"}
        witness = r.create("witness", case_id=case, pseudonym="W-HIDDEN-7", consent=consent, visibility="public")
        r.create("account", case_id=case, witness_id=witness, narrative="words", visibility="confidential")
        path = tmp_path / "case.hrdoc"
        export_case(ctx, case, path, audience=audience)
        with zipfile.ZipFile(path) as zf:
            assert not any(b"W-HIDDEN-7" in zf.read(info) for info in zf.infolist())
    finally:
        ctx.close()


def _finer_than(audience: Audience) -> list[str]:
    """The position's digits finer than ``audience`` may see, as any output would write them."""
    seen = len(str(POSITION_SEEN[audience][0]))
    finer = [(lat, lon) for lat, lon, _precision in POSITION_SEEN.values() if len(str(lat)) > seen]
    return [str(degrees) for pair in finer for degrees in pair]


@pytest.mark.parametrize("audience", list(Audience))
def test_a_place_s_position_leaves_only_as_precisely_as_the_audience_may_see_it(
    store: tuple[StoreContext, uuid.UUID, Path], audience: Audience
) -> None:
    """Every output that hands out a place's fields (bundle, CSV table, ACLED export, report, search) gives its
    position rounded as the sharing policy declares, and says it no more precise than that; those that carry the
    position at all carry that value (nothing less)."""
    ctx, case, folder = store
    lat, lon, precision = POSITION_SEEN[audience]
    path = folder / f"position-{audience}.hrdoc"
    export_case(ctx, case, path, audience=audience)
    with open_bundle(path) as bundle:
        (place,) = bundle.json("records/locations.json")
    assert (place["latitude"], place["longitude"], place["geo_precision"]) == (lat, lon, precision)
    table = io.StringIO(newline="")
    export_table_csv(ctx, case, "location", table, audience=audience)
    acled = io.StringIO(newline="")
    export_acled_csv(ctx, case, acled, audience=audience)
    for name, written in (("table", table.getvalue()), ("ACLED", acled.getvalue())):
        assert str(lat) in written and str(lon) in written, name
    outputs = {
        "bundle": bundle_text(path),
        "table": table.getvalue(),
        "ACLED": acled.getvalue(),
        "report": pdf_text(ReportService(ctx).render(str(case), audience)),
        "search": searched(ctx, audience)[1],
    }
    for name, written in outputs.items():
        leaked = [digits for digits in _finer_than(audience) if digits in written]
        assert not leaked, f"{name} for {audience}: {leaked}"


def test_every_position_in_the_registry_is_declared_to_the_sharing_policy() -> None:
    """A position (a field of degrees) reaches an audience only as rounded as the policy says: so every one must
    be declared to it (sharing.POSITION_DEGREES), or it would leave as precisely as it was recorded."""
    degrees = {
        (kind, fld.name) for kind in PLANTED_KINDS for fld in registry.kind(kind).fields if fld.widget is Widget.FLOAT
    }
    declared = {(kind, name) for kind, names in sharing.POSITION_DEGREES.items() for name in names}
    assert degrees == declared
