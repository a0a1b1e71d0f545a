"""The report's locator map (issue 17, point 3): the case's country with its regions named, the incidents' places
numbered as in the text, each place only as precisely as the report's audience may see it (sharing.POSITIONS)."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pdfminer.high_level import extract_text

from hrdoc.services.context import StoreContext
from hrdoc.services.demo import DEMO_REFERENCE, build_demo_case
from hrdoc.services.records import RecordService
from hrdoc.services.reporting import REPORT_LANGUAGES, Audience, CaseReportRenderer, ReportMeta, ReportService
from hrdoc.services.reporting.locator import LocatorPlan, locator_plan, numbers_label
from hrdoc.services.session import new_store
from tests.helpers import PASSPHRASE


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StoreContext]:
    ctx = new_store(tmp_path_factory.mktemp("locator") / "store.db", PASSPHRASE, user="tester")
    build_demo_case(ctx)
    yield ctx
    ctx.close()


@pytest.mark.parametrize("language", REPORT_LANGUAGES)
def test_the_demo_report_has_a_map_of_mali_with_its_regions_and_the_incidents_numbers(
    demo: StoreContext, real_catalogues: None, language: str
) -> None:
    """Annefif has no position but its region, Gao: the region is shaded and holds the numbers of the two
    incidents there, as the text numbers them."""
    pdf = ReportService(demo).render(DEMO_REFERENCE, Audience.PUBLIC, language=language)
    text = re.sub(r"\s+", " ", extract_text(io.BytesIO(pdf)))
    for name in ("Gao", "Kidal", "Timbuktu", "Mopti", "I1, I2", "Natural Earth"):
        assert name in text, (language, name)
    if language == "en":
        assert "Map 1. Where the incidents took place" in text
    plan = _plan(demo, DEMO_REFERENCE, Audience.PUBLIC)
    assert [(s.region.name, s.numbers) for s in plan.shaded] == [("Gao", (1, 2))]
    assert plan.country.code == "ML" and not plan.markers and not plan.unplaced


def _plan(ctx: StoreContext, case: str, audience: Audience) -> LocatorPlan:
    view = ReportService(ctx).view(case, audience)
    plan = locator_plan(CaseReportRenderer(view, ReportMeta()))
    assert plan is not None
    return plan


@pytest.fixture(scope="module")
def precise(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[StoreContext, str]]:
    """A case with a grave site recorded precisely, a place known only to its region, one known by neither, and an
    incident with no place."""
    ctx = new_store(tmp_path_factory.mktemp("precise") / "store.db", PASSPHRASE, user="tester")
    r = RecordService(ctx)
    pub = {"visibility": "public"}
    case = r.create("case", reference="ML-9", title="Graves", **pub)
    site = r.create(
        "location", case_id=case, name="Site", country_code="ML", latitude=16.273918, longitude=-0.041277,
        geo_precision="exact", **pub,
    )  # fmt: skip
    mopti = r.create("location", case_id=case, name="Somewhere", admin1="Mopti", country_code="ML",
                     geo_precision="region", **pub)  # fmt: skip
    nowhere = r.create("location", case_id=case, name="Unknown village", country_code="ML", **pub)
    places = (("Burial", site), ("Raid", mopti), ("Arrest", nowhere), ("Second burial", site), ("Shooting", None))
    for title, place in places:
        r.create("incident", case_id=case, title=title, location_id=place, **pub)
    yield ctx, "ML-9"
    ctx.close()


@pytest.mark.parametrize(
    ("audience", "lon", "lat", "near"),
    [
        (Audience.PUBLIC, 0.0, 16.3, True),
        (Audience.PARTNERS, -0.04, 16.27, False),
        (Audience.INTERNAL, -0.041277, 16.273918, False),
    ],
)
def test_a_place_is_drawn_only_as_precisely_as_the_audience_may_see_it(
    precise: tuple[StoreContext, str], audience: Audience, lon: float, lat: float, near: bool
) -> None:
    ctx, case = precise
    plan = _plan(ctx, case, audience)
    [marker] = plan.markers
    assert (marker.numbers, marker.lon, marker.lat, marker.near) == ((1, 4), lon, lat, near)
    [(numbers, x, y)] = plan.points()
    assert numbers == (1, 4)
    assert (x, y) == plan.projection.xy(lon, lat)
    if audience is not Audience.INTERNAL:
        assert (x, y) != pytest.approx(plan.projection.xy(-0.041277, 16.273918), abs=1e-3)
    assert [(s.region.name, s.numbers) for s in plan.shaded] == [("Mopti", (2,))]
    assert plan.unplaced == (3, 5)


def test_the_public_report_says_how_precise_its_positions_are(precise: tuple[StoreContext, str]) -> None:
    ctx, case = precise
    public = re.sub(r"\s+", " ", extract_text(io.BytesIO(ReportService(ctx).render(case, Audience.PUBLIC))))
    assert "Positions are shown to 0.1° (about 11 km) for this audience." in public
    assert "Not on the map (no place, or neither a position nor a known region): I3, I5." in public
    internal = re.sub(r"\s+", " ", extract_text(io.BytesIO(ReportService(ctx).render(case, Audience.INTERNAL))))
    assert "Positions are shown to" not in internal


def test_a_label_names_its_incidents_briefly() -> None:
    assert numbers_label([7, 3]) == "I3, I7"
    assert numbers_label([3, 4, 5, 9]) == "I3–I5, I9"
    assert numbers_label([1, 3, 5, 7, 9, 11, 13, 15]) == "I1, I3, I5, I7, I9, I11 +2"


def test_a_case_with_no_place_has_no_map(tmp_path: Path) -> None:
    ctx = new_store(tmp_path / "store.db", PASSPHRASE, user="tester")
    try:
        r = RecordService(ctx)
        case = r.create("case", reference="ML-0", title="Nowhere", visibility="public")
        r.create("incident", case_id=case, title="Somewhere", visibility="public")
        view = ReportService(ctx).view("ML-0", Audience.PUBLIC)
        assert locator_plan(CaseReportRenderer(view, ReportMeta())) is None
    finally:
        ctx.close()


def test_the_map_is_drawn_around_the_part_of_the_country_the_places_are_in(tmp_path: Path) -> None:
    """France's box spans its overseas lands, from the Caribbean to the Indian Ocean: places in Paris and Marseille
    are shown on mainland France, not on a map of half the world."""
    ctx = new_store(tmp_path / "store.db", PASSPHRASE, user="tester")
    try:
        r = RecordService(ctx)
        pub = {"visibility": "public"}
        case = r.create("case", reference="FR-1", title="France", **pub)
        for name, lat, lon in (("Paris", 48.8566, 2.3522), ("Marseille", 43.2965, 5.3698)):
            place = r.create("location", case_id=case, name=name, country_code="FR", latitude=lat, longitude=lon, **pub)
            r.create("incident", case_id=case, title=name, location_id=place, **pub)
        plan = _plan(ctx, "FR-1", Audience.INTERNAL)
        west, south, east, north = plan.projection.bbox
        assert -7 < west < east < 10 and 41 < south < north < 52
        assert len(plan.shown) == 1 and {n.area.code for n in plan.neighbours} >= {"BE", "DE", "CH", "IT", "ES"}
    finally:
        ctx.close()
