"""Reports in French (issue 16, point 5): the report's own texts, dates, numbers and vocabulary terms in French
from the interface's catalogue (hrdoc.services.catalogue), what users wrote as they wrote it; chosen by the
report, whatever the interface's or the terminal's language. The redaction tests of test_reporting.py run for
each report language too."""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from pdfminer.high_level import extract_text as pdfminer_text

from hrdoc.cli import main
from hrdoc.domain.registry import N_
from hrdoc.services.cases import CaseService
from hrdoc.services.catalogue import catalogue
from hrdoc.services.context import StoreContext
from hrdoc.services.demo import DEMO_REFERENCE, build_demo_case
from hrdoc.services.records import RecordService
from hrdoc.services.reporting import REPORT_LANGUAGES, Audience, ReportService
from hrdoc.services.reporting.blocks import SECTION_TITLES
from hrdoc.services.session import new_store
from tests.catalogues import reporting_marks
from tests.helpers import PASSPHRASE

NNBSP = "\u202f"  # French groups thousands with a narrow no-break space (hrdoc.services.locale_format)


def _texts(pdf: bytes) -> list[str]:
    """The report's text by two independent extractors, white space made single spaces."""
    pypdf_text = " ".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    return [re.sub(r"[ \t\n\r\xa0]+", " ", text) for text in (pypdf_text, pdfminer_text(io.BytesIO(pdf)))]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, real_catalogues: None) -> Iterator[StoreContext]:
    """The demo case, with a public incident of 1,234 reported deaths on 1 March 2022 (a large number, a date)."""
    ctx = new_store(tmp_path_factory.mktemp("french") / "store.db", PASSPHRASE, user="tester")
    build_demo_case(ctx)
    RecordService(ctx).create(
        "incident",
        case_id=CaseService(ctx).resolve(DEMO_REFERENCE).id,
        title="Massacre de Tessit",
        start_date="2022-03-01",
        fatalities_best=1234,
        event_type="violence_against_civilians",
        visibility="public",
    )
    yield ctx
    ctx.close()


@pytest.fixture(scope="module")
def french(store: StoreContext) -> dict[Audience, list[str]]:
    service = ReportService(store)
    return {
        who: _texts(service.render(DEMO_REFERENCE, who, date=dt.date(2022, 3, 27), language="fr")) for who in Audience
    }


def test_reports_are_made_in_english_french_and_arabic() -> None:
    assert REPORT_LANGUAGES == ("en", "fr", "ar")


@pytest.mark.parametrize("audience", list(Audience))
def test_a_french_report_has_french_headings_and_no_english_section_title(
    french: dict[Audience, list[str]], audience: Audience
) -> None:
    words = catalogue("fr")
    for text in french[audience]:
        for title in SECTION_TITLES.values():
            translated = words.translate(title)
            assert translated != title, f"{title!r} has no French translation"
            assert translated in text, f"{translated!r} missing from the French {audience} report"
            assert title not in text, f"English {title!r} in the French {audience} report"
        for english in ("Page 1 of", "Prepared for", "Key figures", "Methodology", "Date not known", "Reported"):
            assert english not in text
        assert "Page 1 sur" in text
        assert "Chiffres clés" in text and "Méthodologie" in text
        assert "Annefif convoy killings" in text  # user text as written


@pytest.mark.parametrize("audience", list(Audience))
def test_french_dates_numbers_and_vocabulary(french: dict[Audience, list[str]], audience: Audience) -> None:
    for text in french[audience]:
        assert "27 mars 2022" in text  # the report's date, on its cover
        assert "1er mars 2022" in text  # the incident's date
        assert f"1{NNBSP}234" in text  # its fatalities, grouped as in French
        assert "1,234" not in text and "2022-03-01" not in text
        assert "Violence contre des civils" in text  # the vocabulary term's French label


def test_the_catalogue_has_every_text_of_the_report_in_french() -> None:
    """Every text the report modules mark with N_ is translated in French (the marks are read from the source,
    as lupdate reads them)."""
    marked = reporting_marks()
    assert len(marked) > 80
    words = catalogue("fr")
    missing = sorted(text for text in marked if words.lookup(text) is None)
    assert not missing, f"not translated into French: {missing[:10]}"
    assert N_("Page {page} of {pages}") in marked


def test_hrdoc_report_language_fr(store: StoreContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``hrdoc report --language fr`` in an English terminal makes a French report; without the option the
    report is in the terminal's language (LANG), English where reports do not speak it."""
    path = store.location.path
    assert path is not None
    monkeypatch.setenv("HRDOC_PASSPHRASE", PASSPHRASE)
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    base = ["report", DEMO_REFERENCE, "--audience", "public", "--db", str(path)]
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert main([*base, "-o", str(tmp_path / "fr.pdf"), "--language", "fr"]) == 0
    assert all("Résumé analytique" in text for text in _texts((tmp_path / "fr.pdf").read_bytes()))
    assert main([*base, "-o", str(tmp_path / "en.pdf")]) == 0
    assert all("Executive summary" in text for text in _texts((tmp_path / "en.pdf").read_bytes()))
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert main([*base, "-o", str(tmp_path / "lang.pdf")]) == 0
    assert all("Résumé analytique" in text for text in _texts((tmp_path / "lang.pdf").read_bytes()))
    monkeypatch.setenv("LANG", "ar_SY.UTF-8")
    assert main([*base, "-o", str(tmp_path / "ar.pdf")]) == 0
    assert all("Executive summary" not in text for text in _texts((tmp_path / "ar.pdf").read_bytes()))
    monkeypatch.setenv("LANG", "de_DE.UTF-8")  # a language reports do not speak: English
    assert main([*base, "-o", str(tmp_path / "de.pdf")]) == 0
    assert all("Executive summary" in text for text in _texts((tmp_path / "de.pdf").read_bytes()))


def test_an_unknown_report_language_is_refused(store: StoreContext) -> None:
    with pytest.raises(ValueError, match="no report language"):
        ReportService(store).render(DEMO_REFERENCE, Audience.PUBLIC, language="de")


def test_a_group_s_fate_agrees_with_its_number(french: dict[Audience, list[str]]) -> None:
    """24 victims killed: "tuées (24)", the feminine plural (victimes), not the singular of one victim ("tuée")."""
    for text in french[Audience.INTERNAL]:
        assert "tuées (24)" in text
        assert "border : tuées (24)" in text  # the group, then what happened to it, as French punctuates
        assert "tuée (24)" not in text
        assert "(victime individuelle ; tuée)" in text  # one victim: the singular


def test_a_run_in_heading_is_never_left_at_the_foot_of_a_page() -> None:
    """ "Corroboration" (a run-in heading) goes to the next page with the table it introduces."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

    from hrdoc.services.reporting.layout import stylesheet

    styles = stylesheet()
    pages: list[int] = []

    class Doc(SimpleDocTemplate):  # type: ignore[misc]
        def afterFlowable(self, flowable: object) -> None:
            if isinstance(flowable, Paragraph) and flowable.getPlainText() == "Corroboration":
                pages.append(self.page)

    doc = Doc(io.BytesIO(), pagesize=A4)
    room = doc.height - 12 - 20  # (the frame pads 6 pt): 20 pt left, where the heading fits and its table does not
    table = Table([["S1", "supports"]] * 4)
    doc.build([Spacer(1, room), Paragraph("<b>Corroboration</b>", styles["RunIn"]), table])
    assert pages == [2]
