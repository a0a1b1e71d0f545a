"""A report writes an incident's date only as precisely as it is known (issue 17, point 4): "March 2022" for a
date known to the month, "2022" for one known to the year, never a day nobody reported; a day stays a day."""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterator

import pytest
from pdfminer.high_level import extract_text

from hrdoc.services.cases import CaseService
from hrdoc.services.context import StoreContext
from hrdoc.services.demo import DEMO_REFERENCE, build_demo_case
from hrdoc.services.records import RecordService
from hrdoc.services.reporting import Audience, ReportService
from hrdoc.services.session import new_store
from tests.helpers import PASSPHRASE


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, real_catalogues: None) -> Iterator[StoreContext]:
    ctx = new_store(tmp_path_factory.mktemp("precision") / "store.db", PASSPHRASE, user="tester")
    build_demo_case(ctx)
    case_id = CaseService(ctx).resolve(DEMO_REFERENCE).id
    records = RecordService(ctx)
    for title, start, precision in (
        ("Ambush near Gao", "2020-06-15", "exact"),  # the first and last dates known to the day: the timeline's ends
        ("Raid on Tessit market", "2022-03-01", "month"),
        ("Arrests in Ber", "2021-01-01", "year"),
        ("Shelling of Talataye", "2023-09-06", "exact"),
    ):
        records.create(
            "incident",
            case_id=case_id,
            title=title,
            start_date=start,
            date_precision=precision,
            event_type="violence_against_civilians",
            visibility="public",
        )
    yield ctx
    ctx.close()


def text_of(ctx: StoreContext, language: str) -> str:
    pdf = ReportService(ctx).render(DEMO_REFERENCE, Audience.PUBLIC, date=dt.date(2022, 10, 1), language=language)
    return re.sub(r"\s+", " ", extract_text(io.BytesIO(pdf)))


def test_a_month_and_a_year_are_written_as_known_in_english(store: StoreContext) -> None:
    text = text_of(store, "en")
    assert "March 2022" in text and not re.search(r"(?<!\d)1 March 2022", text)  # (not the "1" of "2021")
    assert "January 2021" not in text  # known to the year: "2021"
    assert "15 June 2020" in text and "6 September 2023" in text  # days known exactly stay days


def test_and_in_french(store: StoreContext) -> None:
    text = text_of(store, "fr")
    assert "mars 2022" in text and not re.search(r"(?<!\d)1er mars 2022", text)
    assert "janvier 2021" not in text
    assert "15 juin 2020" in text and "6 septembre 2023" in text
