"""The report's timeline draws each incident over the days its date may stand for (issue 17, point 4): a month
covers its month, a year its year, an approximate day its margin either side, a start and an end the days between;
incidents with no known date are listed apart, by the numbers the text gives them."""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterator

import pytest
from pdfminer.high_level import extract_text

from hrdoc.domain.dates import APPROXIMATE_DAY_MARGIN
from hrdoc.services.cases import CaseService
from hrdoc.services.context import StoreContext
from hrdoc.services.demo import DEMO_REFERENCE, build_demo_case
from hrdoc.services.records import RecordService
from hrdoc.services.reporting import Audience, CaseReportRenderer, ReportMeta, ReportService
from hrdoc.services.reporting.figures import APPROXIMATE, DAY, PERIOD, RANGE, Mark
from hrdoc.services.session import new_store
from tests.helpers import PASSPHRASE

D = dt.date
# The demo's two incidents (I1, I2) have no known date; these are I3 to I7.
DATED = (
    ("Ambush near Gao", "2022-06-15", None, "exact"),
    ("Raid on Tessit market", "2022-03-01", None, "month"),
    ("Arrests in Ber", "2021-01-01", None, "year"),
    ("Shelling of Talataye", "2022-09-06", None, "approximate_day"),
    ("Siege of Kidal", "2022-07-02", "2022-08-20", "exact"),
)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StoreContext]:
    ctx = new_store(tmp_path_factory.mktemp("timeline") / "store.db", PASSPHRASE, user="tester")
    build_demo_case(ctx)
    case_id = CaseService(ctx).resolve(DEMO_REFERENCE).id
    records = RecordService(ctx)
    for title, start, end, precision in DATED:
        records.create(
            "incident", case_id=case_id, title=title, start_date=start, end_date=end, date_precision=precision,
            event_type="violence_against_civilians", visibility="public",
        )  # fmt: skip
    yield ctx
    ctx.close()


def timeline_of(ctx: StoreContext, language: str) -> tuple[object, dict[int, Mark]]:
    view = ReportService(ctx).view(DEMO_REFERENCE, Audience.PUBLIC)
    timeline = CaseReportRenderer(view, ReportMeta(language=language)).timeline()
    assert timeline is not None
    return timeline, {mark.number: mark for mark in timeline.marks}


@pytest.mark.parametrize("language", ["en", "ar"])
def test_each_incident_spans_the_days_its_date_allows(store: StoreContext, language: str) -> None:
    timeline, marks = timeline_of(store, language)
    x = timeline.x  # type: ignore[attr-defined]
    assert set(marks) == {3, 4, 5, 6, 7}  # numbered as in the text; the undated I1 and I2 not placed

    def ends(first: dt.date, after_last: dt.date) -> tuple[float, float]:
        return tuple(sorted((x(first), x(after_last))))  # type: ignore[return-value]

    month = marks[4]
    assert month.kind == PERIOD and (month.x0, month.x1) == pytest.approx(ends(D(2022, 3, 1), D(2022, 4, 1)))
    year = marks[5]
    assert year.kind == PERIOD and (year.x0, year.x1) == pytest.approx(ends(D(2021, 1, 1), D(2022, 1, 1)))
    siege = marks[7]
    assert siege.kind == RANGE and (siege.x0, siege.x1) == pytest.approx(ends(D(2022, 7, 2), D(2022, 8, 21)))
    approximate = marks[6]
    margin = APPROXIMATE_DAY_MARGIN
    first, after = D(2022, 9, 6) - margin, D(2022, 9, 7) + margin
    assert approximate.kind == APPROXIMATE
    assert (approximate.x0, approximate.x1) == pytest.approx(ends(first, after))
    assert marks[3].kind == DAY and (marks[3].x0 + marks[3].x1) / 2 == pytest.approx(x(D(2022, 6, 15)))
    # time runs the way the report reads: the year 2021 before (left of, or in Arabic right of) March 2022
    assert (year.x1 <= month.x0) == (language == "en")
    assert all(m.labelled for m in marks.values())  # few incidents: every one numbered


def test_the_undated_incidents_are_listed_apart_in_every_language(store: StoreContext, real_catalogues: None) -> None:
    for language, words in (("en", "Not on the timeline"), ("fr", "Ne figurent pas sur la frise"), ("ar", "I1")):
        pdf = ReportService(store).render(DEMO_REFERENCE, Audience.PUBLIC, language=language)
        text = re.sub(r"\s+", " ", extract_text(io.BytesIO(pdf)))
        assert words in text and "I2" in text, language
