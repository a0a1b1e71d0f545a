"""The days an incident's date may stand for (hrdoc.domain.dates)."""

from __future__ import annotations

import datetime as dt

from hrdoc.domain.dates import APPROXIMATE_DAY_MARGIN, span_of

D = dt.date


def test_an_exact_day_is_that_day_and_a_start_and_end_the_days_between() -> None:
    assert span_of(D(2022, 3, 27), None, "exact") == (D(2022, 3, 27), D(2022, 3, 27))
    assert span_of("2022-03-27", "2022-03-29", "exact") == (D(2022, 3, 27), D(2022, 3, 29))


def test_an_approximate_day_reaches_the_margin_either_side() -> None:
    first, last = span_of("2022-03-27", None, "approximate_day") or (None, None)
    assert first == D(2022, 3, 27) - APPROXIMATE_DAY_MARGIN
    assert last == D(2022, 3, 27) + APPROXIMATE_DAY_MARGIN


def test_a_month_covers_its_month_and_a_year_its_year() -> None:
    assert span_of("2024-02-01", None, "month") == (D(2024, 2, 1), D(2024, 2, 29))
    assert span_of("2022-03-01", "2022-05-01", "month") == (D(2022, 3, 1), D(2022, 5, 31))
    assert span_of("2021-06-15", None, "year") == (D(2021, 1, 1), D(2021, 12, 31))


def test_an_undated_incident_and_a_date_of_unknown_precision_have_no_span() -> None:
    assert span_of(None, None, "unknown") is None
    assert span_of("", None, "month") is None
    assert span_of("2022-03-27", None, "unknown") is None
    assert span_of("2022-03-27", None, None) == (D(2022, 3, 27), D(2022, 3, 27))  # no precision stored: as exact
