"""The days an incident's date may stand for, given how precisely it is known.

An incident's date is stored as a day (``start_date``, ``end_date``) with a precision (:class:`DatePrecision`): a
month-precision date stored as 2022-03-01 means "some time in March 2022", not the first of March. Every drawing
of incidents in time (the report's timeline chart, the app's timeline view) places an incident over the days its
date allows, from :func:`span_of`, so that the two never disagree on what "approximate" means.
"""

from __future__ import annotations

import calendar
import datetime as dt

from hrdoc.domain.enums import DatePrecision

# How far either side of the day given an approximate day may lie. ACLED's time precision 2, which hrdoc imports
# as an approximate day, means the source gave a range of a few days or a week ("early last week") and the
# middle day was kept: three days either side spans that week.
APPROXIMATE_DAY_MARGIN = dt.timedelta(days=3)


def span_of(
    start: dt.date | str | None, end: dt.date | str | None, precision: str | None
) -> tuple[dt.date, dt.date] | None:
    """The first and last day an incident's date may stand for; None for an undated incident (no start date).

    ``start`` and ``end`` as dates or ISO text (a time after the day is ignored). Exact, or no precision stored:
    the days given (the start, or from start to end). Approximate day: :data:`APPROXIMATE_DAY_MARGIN` either side.
    Month: from the first day of the start's month to the last of the end's (or the start's). Year: from 1 January
    to 31 December likewise.
    None too for a date of unknown precision: a day given with no word of how precise it is may be a guess at the
    month, and a timeline drawing it as a day would say more than anyone knows (the timelines set it apart with
    the undated; a table may still write the day given)."""
    first = _day(start)
    if first is None or precision == DatePrecision.UNKNOWN:
        return None
    last = _day(end) or first
    last = max(last, first)
    if precision == DatePrecision.APPROXIMATE_DAY:
        return first - APPROXIMATE_DAY_MARGIN, last + APPROXIMATE_DAY_MARGIN
    if precision == DatePrecision.MONTH:
        return first.replace(day=1), last.replace(day=calendar.monthrange(last.year, last.month)[1])
    if precision == DatePrecision.YEAR:
        return dt.date(first.year, 1, 1), dt.date(last.year, 12, 31)
    return first, last


def _day(value: dt.date | str | None) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
