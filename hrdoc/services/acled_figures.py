"""Where an ACLED export's fatalities come from (issue 17, point 2).

ACLED gives one figure of the killed per event, deliberately conservative, and says in its ``notes`` and
``source`` columns where it comes from. The export keeps its one figure (the incident's best estimate, or its
low one: docs/acled.md) and names the source of it, from the reported figures of the killed on the incident that
go to the audience (the sharing policy chose them; nothing is filtered here):

* a figure of that very number (the one the estimate rests on first): "Fatalities: 24, as reported by The
  Telegraph." (with how the source gives it, unless exactly: "(at least 24)"), its source added to ``source``;
* otherwise the figures the analyst's estimate rests on: "Fatalities: 75, an estimate from figures reported by
  …", their sources added to ``source``;
* otherwise nothing: the number is the analyst's own.

A figure that ACLED itself gave (an import makes one, from the source named ``ACLED``) needs no word: the file
is ACLED's, and an imported event goes out as it came in. ACLED's columns are English, as ACLED writes them.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from typing import Any

from hrdoc.domain.enums import FigureQualifier
from hrdoc.services.acled_rows import ACLED_SOURCE

KILLED = "killed"
WITNESS_ACCOUNT = "a witness account"
_QUALIFIED = {
    FigureQualifier.AT_LEAST: "at least {n}",
    FigureQualifier.ABOUT: "about {n}",
    FigureQualifier.UP_TO: "up to {n}",
}


def killed_by_incident(figures: Iterable[Mapping[str, Any]]) -> dict[uuid.UUID, list[Mapping[str, Any]]]:
    """The figures of the killed on each incident (not on its allegations), those the estimate rests on first."""
    out: dict[uuid.UUID, list[Mapping[str, Any]]] = {}
    for fig in figures:
        if fig.get("incident_id") is not None and fig.get("counted") == KILLED:
            out.setdefault(fig["incident_id"], []).append(fig)
    for listed in out.values():
        listed.sort(key=lambda f: not f.get("in_estimate"))
    return out


def fatalities_source(
    number: int | None, figures: list[Mapping[str, Any]], titles: Mapping[uuid.UUID, str | None]
) -> tuple[list[str], str]:
    """The titles of the sources the exported ``number`` of fatalities comes from, and the sentence the notes end
    with to say so ("" when the number is the analyst's own, or ACLED's)."""
    if number is None:
        return [], ""

    def named(fig: Mapping[str, Any]) -> str:
        source = fig.get("source_id")
        return (titles.get(source) or "") if source is not None else WITNESS_ACCOUNT

    same = [f for f in figures if f.get("value") == number and f.get("qualifier") != FigureQualifier.RANGE]
    if same:
        fig, title = same[0], named(same[0])
        if not title or title == ACLED_SOURCE:
            return [], ""
        how = _QUALIFIED.get(FigureQualifier(fig.get("qualifier") or FigureQualifier.EXACT))
        said = f" ({how.format(n=number)})" if how else ""
        return _sources([title]), f"Fatalities: {number}, as reported by {title}{said}."
    rested = [t for t in dict.fromkeys(named(f) for f in figures if f.get("in_estimate")) if t and t != ACLED_SOURCE]
    if not rested:
        return [], ""
    return _sources(rested), f"Fatalities: {number}, an estimate from figures reported by {'; '.join(rested)}."


def _sources(titles: list[str]) -> list[str]:
    return [t for t in titles if t != WITNESS_ACCOUNT]
