"""The timeline's time axis: which unit its ticks count (years, months, days or hours) at a zoom, where the ticks of
a stretch of time fall, and how each is labelled in the interface's language.

Time is counted in days as ``datetime.date.toordinal`` does (day 738,240 is 27 March 2022), hours as fractions.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import QDate, QLocale, QTime

YEAR_DAYS = 365.2425
MONTH_DAYS = YEAR_DAYS / 12
UNIT_DAYS = {"hour": 1 / 24, "day": 1.0, "month": MONTH_DAYS, "year": YEAR_DAYS}


@dataclass(frozen=True)
class Step:
    """Ticks every ``count`` of a ``unit`` ("hour", "day", "month", "year")."""

    unit: str
    count: int

    @property
    def days(self) -> float:
        return UNIT_DAYS[self.unit] * self.count


# From the finest to the coarsest: the axis takes the finest whose ticks leave room for their labels.
STEPS = (
    *(Step("hour", n) for n in (1, 2, 3, 6, 12)),
    *(Step("day", n) for n in (1, 2, 7, 14)),
    *(Step("month", n) for n in (1, 2, 3, 6)),
    *(Step("year", n) for n in (1, 2, 5, 10, 20, 50, 100, 200, 500)),
)

# A label as wide as any of its unit's, to measure the room a tick needs (a long month name, two-digit days).
SAMPLE = dt.datetime(2022, 9, 28, 23, 0)


def step_for(pixels_per_day: float, width: Callable[[str], int]) -> Step:
    """The finest step whose ticks are far enough apart for their labels (``width``: a text's width in pixels)."""
    for step in STEPS:
        room = max(width(label(SAMPLE, step, first)) for first in (False, True)) + 16
        if step.days * pixels_per_day >= room:
            return step
    return STEPS[-1]


def ticks(first: float, last: float, step: Step) -> Iterator[dt.datetime]:
    """The ticks of ``step`` from day ``first`` to day ``last`` (ordinals, fractions for hours)."""
    low = dt.date.fromordinal(max(1, math.floor(first)))
    if step.unit == "hour":
        moment = dt.datetime(low.year, low.month, low.day)
        while _days(moment) <= last:
            if _days(moment) >= first - 1 and moment.hour % step.count == 0:
                yield moment
            moment += dt.timedelta(hours=1)
    elif step.unit == "day":
        ordinal = low.toordinal()
        ordinal -= (ordinal - 1) % step.count  # each 7 days from a Monday
        while ordinal <= last:
            yield dt.datetime.fromordinal(ordinal)
            ordinal += step.count
    elif step.unit == "month":
        year, month = low.year, low.month - (low.month - 1) % step.count
        while dt.date(year, month, 1).toordinal() <= last:
            yield dt.datetime(year, month, 1)
            month += step.count
            year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    else:
        year = low.year - low.year % step.count
        while year <= dt.MAXYEAR and dt.date(year, 1, 1).toordinal() <= last:
            if year >= 1:
                yield dt.datetime(year, 1, 1)
            year += step.count


def _days(moment: dt.datetime) -> float:
    return moment.toordinal() + moment.hour / 24


def position(moment: dt.datetime) -> float:
    """A tick's place on the axis, in days."""
    return _days(moment)


def label(moment: dt.datetime, step: Step, first: bool = False) -> str:
    """A tick's label in the interface's language: a year "2022"; a month "Mar", its January "2022"; a day "27 Mar",
    its first of January "2022"; an hour "14:00", its midnight the day. ``first``: the first tick drawn, which says
    the larger unit too, so that the axis always says which year (and day) it shows."""
    locale = QLocale()
    day = QDate(moment.year, moment.month, moment.day)
    if step.unit == "year":
        return str(moment.year)
    if step.unit == "month":
        return locale.toString(day, "MMM yyyy") if first or moment.month == 1 else locale.toString(day, "MMM")
    if step.unit == "day":
        return (
            locale.toString(day, "d MMM yyyy")
            if first or (moment.month, moment.day) == (1, 1)
            else (locale.toString(day, "d MMM"))
        )
    hour = locale.toString(QTime(moment.hour, 0), "HH:mm")
    return f"{locale.toString(day, 'd MMM')} {hour}" if first or moment.hour == 0 else hour
