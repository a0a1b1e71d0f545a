"""Reports show figures by source (issue 17, points 2 and 5): who reports how many of whom, beside the analyst's
estimate, never mixed with it; the summary's key figures say where they come from; a figure whose source is
withheld from an audience never reaches that audience's report.

The case is the convoy near Annefif of tests/services/test_figures.py: a ministry says exactly 41 "terrorists"
were killed (graded D4), an NGO about 60 civilians (B2), a UN inquiry, still restricted, at least 90 (A2); the
analyst's estimate is 75 (60 to 90) and rests on the UN inquiry's figure.
"""

from __future__ import annotations

import io
import re
import uuid
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest

from hrdoc.services.context import StoreContext
from hrdoc.services.records import RecordService
from hrdoc.services.reporting import Audience, ReportService
from hrdoc.services.session import new_store
from tests.helpers import PASSPHRASE
from tests.services.test_figures import MINISTRY_WORDS, NGO_WORDS, UN_WORDS, Convoy, build_convoy

MARKER = "QZFIGUREMARKERQ"  # in the restricted UN inquiry's figure: never in a public report
ALLEGATION_WORDS = "blessés par balle à la frontière"


@pytest.fixture(scope="module")
def convoy(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[StoreContext, Convoy]]:
    ctx = new_store(tmp_path_factory.mktemp("figures") / "a.db", PASSPHRASE, user="amina")
    c = build_convoy(ctx)
    r = RecordService(ctx)
    r.update("figure", c.un, locator=f"para. 41 {MARKER}")
    allegation = r.create(
        "allegation",
        case_id=c.case,
        incident_id=c.incident,
        violation_type="attack_on_civilians",
        visibility="public",
    )
    r.create(
        "figure", case_id=c.case, allegation_id=allegation, source_id=c_source(ctx, c.case, "Killings"),
        counted="injured", of_whom="civilians", qualifier="range", value=20, value_high=35,
        as_described=ALLEGATION_WORDS, visibility="public",
    )  # fmt: skip
    yield ctx, c
    ctx.close()


def c_source(ctx: StoreContext, case: uuid.UUID, title: str) -> uuid.UUID:
    return next(s.id for s in RecordService(ctx).records("source", case) if s.title.startswith(title))


def text_of(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return re.sub(r"\s+", " ", "\n".join(page.extract_text() for page in reader.pages))


def report(ctx: StoreContext, case: uuid.UUID, audience: Audience, language: str = "en") -> str:
    return text_of(ReportService(ctx).render(str(case), audience, language=language))


def test_each_figure_is_reported_with_its_source_grade_and_qualifier_and_the_estimate_apart(
    convoy: tuple[StoreContext, Convoy],
) -> None:
    ctx, c = convoy
    text = report(ctx, c.case, Audience.PARTNERS)
    incident = text[text.rindex("Incident 1: Attack on a civilian convoy") :]  # (the first: the contents)
    table = incident[incident.index("Who reports how many of whom") :]
    table, after = table[: table.index("Our estimate")], table[table.index("Our estimate") :]
    for row in (
        ("[S1] Communiqué of the armed forces", "D4", "“Terrorists”, as claimed", MINISTRY_WORDS, "exactly 41"),
        ("[S2] Killings on the road to Algeria", "B2", "Civilians", NGO_WORDS, "about 60"),
        ("[S3] Commission of inquiry, draft findings", "A2", "Civilians", UN_WORDS, "at least 90"),
    ):
        [line] = [f"[S{cells}" for cells in table.split("[S")[1:] if f"[S{cells}".startswith(row[0])]
        at = 0  # the row's cells in order, in that row
        for part in row:
            at = line.index(part, at)
    for claimed in ("5 August 2024", "12 August 2024", "2 November 2024"):
        assert claimed in table
    # The analyst's estimate is not one of the sources' figures: never in the table, only under its own heading.
    assert "75" not in table and "low 60" not in table
    assert "Our estimate 75 (low 60, high 90)" in after  # the chart's row for it, drawn apart
    box = after[after.index("An estimate made for this report") :]
    assert "Fatalities: 75 (low 60, high 90)" in box and "Rests on the figures of S3." in box
    assert "The UN inquiry's count rests on named victims" in box
    # The summary's key figures say where each figure comes from, and name the estimate as such.
    summary = text[text.rindex("Key figures") : text.rindex("Chronology")]
    for said in (
        "exactly 41 “Terrorists”, as claimed (Communiqué of the armed forces [S1], graded D4)",
        "about 60 civilians (Killings on the road to Algeria [S2], graded B2)",
        "at least 90 civilians (Commission of inquiry, draft findings [S3], graded A2)",
        "our estimate 75 (low 60, high 90)",
    ):
        assert said in summary, said
    # A figure on an allegation is printed under that allegation, not under its incident.
    allegation = text.rindex("Allegation 1.1:")
    assert text.index(ALLEGATION_WORDS) > allegation and "20 to 35" in text[allegation:]
    assert ALLEGATION_WORDS not in table


def test_a_figure_whose_source_is_restricted_never_reaches_the_public_report(
    convoy: tuple[StoreContext, Convoy],
) -> None:
    ctx, c = convoy
    public = report(ctx, c.case, Audience.PUBLIC)
    partners = report(ctx, c.case, Audience.PARTNERS)
    assert MARKER in partners and UN_WORDS in partners
    for withheld in (MARKER, UN_WORDS, "at least 90", "Commission of inquiry"):
        assert withheld not in public, withheld
    assert "exactly 41" in public and "about 60" in public  # the others' figures go
    assert "our estimate 75 (low 60, high 90)" in public  # the estimate is the team's own, public like the incident


@pytest.mark.parametrize(
    ("language", "words"),
    [("fr", ("au moins 90", "environ 60", "Notre estimation")), ("ar", ("90", "60", "41"))],
)
def test_figures_by_source_in_french_and_arabic(
    convoy: tuple[StoreContext, Convoy], real_catalogues: None, language: str, words: tuple[str, ...]
) -> None:
    ctx, c = convoy
    text = report(ctx, c.case, Audience.PARTNERS, language)
    for said in words:
        assert said in text, said
    assert MINISTRY_WORDS in text


def test_the_demo_report_shows_its_figures_by_source(tmp_path: Path) -> None:
    from hrdoc.services.demo import DEMO_REFERENCE, TELEGRAPH_TITLE, build_demo_case

    ctx = new_store(tmp_path / "demo.db", PASSPHRASE, user="amina")
    try:
        build_demo_case(ctx)
        text = text_of(ReportService(ctx).render(DEMO_REFERENCE, Audience.PUBLIC))
    finally:
        ctx.close()
    assert f"exactly 24 civilians ({TELEGRAPH_TITLE} [S1], graded B3)" in text
    assert "at least 24 civilians" in text and "several dozens of civilians" in text
