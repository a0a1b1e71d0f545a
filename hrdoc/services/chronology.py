"""When each incident of a case may have happened, as precisely as its date is known: the span of days its date
precision allows (:func:`hrdoc.domain.dates.span_of`: a day, an approximate day with its margin, a month, a year;
an incident without a date, or whose date's precision is unknown, has none), and the condition that lists the
incidents whose span meets a period, in SQL by the same rule.

The app's timeline draws these spans and filters the lists by them, so that an incident drawn inside a period is
listed in it, and only those.
"""

from __future__ import annotations

import calendar
import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, and_, func, or_, select

from hrdoc.domain.dates import APPROXIMATE_DAY_MARGIN, span_of
from hrdoc.domain.enums import DatePrecision
from hrdoc.services.context import StoreContext
from hrdoc.storage import models as m

_EXACT, _APPROXIMATE = DatePrecision.EXACT.value, DatePrecision.APPROXIMATE_DAY.value
_MONTH, _YEAR = DatePrecision.MONTH.value, DatePrecision.YEAR.value


@dataclass(frozen=True)
class Period:
    """Days from ``first`` to ``last``, both included."""

    first: dt.date
    last: dt.date


@dataclass(frozen=True)
class Span:
    """An incident as a timeline draws it. ``period``: the days it may have happened on (None: set apart, with no
    date or a date of unknown precision); ``core``: the days given, inside ``period`` (an approximate day's
    margin is the rest)."""

    id: str
    title: str
    start: dt.date | None
    end: dt.date | None
    precision: str
    period: Period | None
    core: Period | None


def _month_last(day: dt.date) -> dt.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def span_period(start: dt.date | None, end: dt.date | None, precision: str | None) -> tuple[Period, Period] | None:
    """The days an incident dated ``start`` (to ``end``) at ``precision`` may have happened on (``span_of``), and
    the days given among them; None for an incident with no date, or whose date's precision is unknown."""
    days = span_of(start, end, precision)
    if days is None or start is None:
        return None
    return Period(*days), Period(start, max(end or start, start))


def meets(table: Table, period: Period) -> Any:
    """The SQL condition an incident of ``table`` meets when the span its precision allows (:func:`span_period`)
    shares a day with ``period``: compared on the stored days, with no arithmetic on columns, so that SQLite and
    PostgreSQL read it alike."""
    start, precision = table.c.start_date, func.coalesce(table.c.date_precision, _EXACT)
    until = func.coalesce(table.c.end_date, start)
    first, last = period.first, period.last
    margin = APPROXIMATE_DAY_MARGIN
    return or_(
        and_(precision == _EXACT, start <= last, until >= first),
        and_(precision == _APPROXIMATE, start <= last + margin, until >= first - margin),
        and_(precision == _MONTH, start <= _month_last(last), until >= first.replace(day=1)),
        and_(precision == _YEAR, start <= dt.date(last.year, 12, 31), until >= dt.date(first.year, 1, 1)),
    )


def incident_spans(ctx: StoreContext, case_id: uuid.UUID) -> list[Span]:
    """Every incident of the case as a timeline draws it, in the order entered (one query)."""
    i = m.Incident
    query = (
        select(i.id, i.title, i.start_date, i.end_date, i.date_precision)
        .where(i.case_id == case_id)
        .order_by(i.created_at, i.id)
    )
    out: list[Span] = []
    with ctx.read() as session:
        for rid, title, start, end, precision in session.execute(query):
            spans = span_period(start, end, precision)
            period, core = spans if spans is not None else (None, None)
            out.append(Span(str(rid), title or "", start, end, precision or _EXACT, period, core))
    return out
