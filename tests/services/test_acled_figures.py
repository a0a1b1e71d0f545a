"""The ACLED export keeps its one fatalities figure and says which source it came from (issue 17, point 2): in
its ``notes`` and ``source`` columns, from the reported figures that go to the audience only."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from hrdoc.services.acled import export_acled_csv
from hrdoc.services.context import StoreContext
from hrdoc.services.demo import DEMO_REFERENCE, TELEGRAPH_TITLE
from hrdoc.services.session import new_store
from hrdoc.services.sharing import Audience
from tests.helpers import PASSPHRASE
from tests.services.test_figures import Convoy, build_convoy

UN_TITLE = "Commission of inquiry, draft findings"


def rows(ctx: StoreContext, case: str, audience: Audience) -> list[dict[str, str]]:
    out = io.StringIO(newline="")
    export_acled_csv(ctx, case, out, audience=audience)
    return list(csv.DictReader(io.StringIO(out.getvalue()[1:], newline="")))


def test_the_fatalities_name_the_source_that_gives_that_figure(demo_ctx: StoreContext) -> None:
    """The demo's convoy: 24 killed, the figure The Telegraph gives (the FLA's "at least 24" comes second); the
    clashes: 14, the analyst's sum of the two figures The Telegraph reports, which it names as an estimate."""
    by_type = {row["sub_event_type"]: row for row in rows(demo_ctx, DEMO_REFERENCE, Audience.PUBLIC)}
    convoy, clashes = by_type["Attack"], by_type["Armed clash"]
    assert convoy["fatalities"] == "24"
    assert convoy["notes"].endswith(f" Fatalities: 24, as reported by {TELEGRAPH_TITLE}.")
    assert TELEGRAPH_TITLE in convoy["source"].split("; ")
    assert clashes["fatalities"] == "14"
    assert clashes["notes"].endswith(f" Fatalities: 14, an estimate from figures reported by {TELEGRAPH_TITLE}.")
    assert clashes["source"] == TELEGRAPH_TITLE  # once, though linked to the incident as well


@pytest.fixture
def convoy(tmp_path: Path) -> Iterator[tuple[StoreContext, Convoy]]:
    ctx = new_store(tmp_path / "a.db", PASSPHRASE, user="amina")
    yield ctx, build_convoy(ctx)
    ctx.close()


@pytest.mark.parametrize("audience", list(Audience))
def test_a_restricted_source_is_named_only_where_its_figure_goes(
    convoy: tuple[StoreContext, Convoy], audience: Audience
) -> None:
    """The estimate (75) rests on the UN inquiry's figure, whose source is restricted: partners and the team are
    told so; the public gets the one figure with no word of where it comes from, and no trace of the inquiry."""
    ctx, c = convoy
    [row] = rows(ctx, str(c.case), audience)
    assert row["fatalities"] == "75"
    if audience is Audience.PUBLIC:
        assert UN_TITLE not in row["notes"] + row["source"] and "Fatalities" not in row["notes"]
    else:
        assert row["notes"] == f"Fatalities: 75, an estimate from figures reported by {UN_TITLE}."
        assert row["source"] == UN_TITLE


def test_a_figure_given_as_at_least_says_so(convoy: tuple[StoreContext, Convoy]) -> None:
    from hrdoc.services.records import RecordService

    ctx, c = convoy
    RecordService(ctx).update("incident", c.incident, fatalities_best=90)
    [row] = rows(ctx, str(c.case), Audience.INTERNAL)
    assert row["notes"].endswith(f"Fatalities: 90, as reported by {UN_TITLE} (at least 90).")
