"""PDF case reports: contents, redaction per audience, scripts and fonts, checked on real PDF files.

One store holds the demo case plus records planted with marker strings in every field some audience may not
see; each audience's report is rendered once per module and read back with two independent extractors
(pypdf and pdfminer.six), as raw decompressed bytes, and through its metadata and outline.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
import re
import shutil
import subprocess
import unicodedata
import uuid
import zlib
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from pdfminer.high_level import extract_text as pdfminer_text

from hrdoc.cli import main
from hrdoc.domain.errors import Cancelled
from hrdoc.services.context import StoreContext
from hrdoc.services.demo import DEMO_REFERENCE, TELEGRAPH_TITLE, build_demo_case
from hrdoc.services.records import RecordService
from hrdoc.services.reporting import REPORT_LANGUAGES, Audience, ReportService
from hrdoc.services.reporting.blocks import SECTION_TITLES
from hrdoc.services.reporting.fonts import ARABIC, SANS, TIFINAGH, _fonts_for, markup, register_fonts
from hrdoc.services.session import new_store
from tests.helpers import PASSPHRASE, cancel_when
from tests.services.support import audit_log

ARABIC_SAMPLE = "قال الشاهد إن السيارة الأولى تعرضت لإطلاق النار"
TIFINAGH_SAMPLE = "ⵜⴰⵎⴰⵣⵉⵖⵜ ⴰⵣⵓⵍ"
FRENCH_SAMPLE = "Témoignage recueilli à Anéfis : « les élèves ont fui vers l'Algérie », dit-il."
MARKUP_SAMPLE = 'He wrote <b>not bold</b> & "quoted" <font size=40>big</font>'

PUBLIC, PARTNERS, INTERNAL = Audience.PUBLIC, Audience.PARTNERS, Audience.INTERNAL
ALL = frozenset(Audience)
NONE: frozenset[Audience] = frozenset()

# marker -> the audiences whose report may contain it
MARKERS: dict[str, frozenset[Audience]] = {
    "MKRRESTRICTEDINCIDENT": frozenset({PARTNERS, INTERNAL}),
    "MKRCONFALLEGATION": frozenset({INTERNAL}),
    "MKRCONFSOURCE": frozenset({INTERNAL}),
    "MKRCONFSRCLINK": frozenset({INTERNAL}),
    "MKRLINKTOCONF": frozenset({INTERNAL}),
    "MKRRESTRICTEDEVIDENCE": frozenset({PARTNERS, INTERNAL}),
    "MKRCONFEVIDENCE": frozenset({INTERNAL}),
    "MKRACQUIREDFROM": frozenset({INTERNAL}),
    "MKRCONFACTOR": frozenset({INTERNAL}),
    "MKRCONFVICTIM": frozenset({INTERNAL}),
    "MKRNOTQUOTEDNARR": frozenset({PARTNERS, INTERNAL}),
    "MKRNOTQUOTEDKEY": frozenset({PARTNERS, INTERNAL}),
    "MKRNOTQUOTEDEXCERPT": frozenset({PARTNERS, INTERNAL}),
    "MKRVERSIONNOTQUOTABLE": frozenset({PARTNERS, INTERNAL}),
    "MKRNOSHARENARR": frozenset({INTERNAL}),
    "MKRNOSHARE-W": frozenset({INTERNAL}),
    "MKRINTERVIEWER": frozenset({INTERNAL}),
    "MKRINTERVIEWPLACE": frozenset({INTERNAL}),
    "MKRNOTES": frozenset({INTERNAL}),
    "MKRCONFWITNESS-W": frozenset({INTERNAL}),
    "MKRIDNAME": NONE,
    "MKRIDCONTACT": NONE,
    "MKRIDRESIDENCE": NONE,
    "MKRVICTIMNAME": NONE,
    "MKRVICTIMCONTACT": NONE,
    "MKRHOWGIVEN": NONE,
    "MKRQUOTABLEOK": ALL,
}


def _plant(ctx: StoreContext) -> None:
    """Add records to the demo case with a marker in every field some audience may not see."""
    r = RecordService(ctx)
    case = r.records("case")[0].id
    incidents = {i.title: i.id for i in r.records("incident", case)}
    convoy = incidents["Attack on a civilian convoy near Annefif"]
    attack = next(a.id for a in r.records("allegation", case) if a.violation_type == "attack_on_civilians")
    telegraph = next(s.id for s in r.records("source", case) if s.title == TELEGRAPH_TITLE)
    r.update("source", telegraph, notes="MKRNOTES working note")
    identity = {"legal_name": "MKRIDNAME", "contact": "MKRIDCONTACT", "residence": "MKRIDRESIDENCE"}

    restricted_incident = r.create(
        "incident",
        case_id=case,
        title="MKRRESTRICTEDINCIDENT burning of a well",
        visibility="restricted",
        start_date="2025-03-02",
        date_precision="exact",  # a day of unknown precision is not placed on the timeline
        fatalities_best=3,
    )
    r.create(
        "incident",
        case_id=case,
        title="Dated public incident",
        visibility="public",
        start_date="2025-02-10",
        date_precision="exact",  # a day of unknown precision is not placed on the timeline
        fatalities_best=2,
    )
    conf_allegation = r.create(
        "allegation",
        case_id=case,
        incident_id=convoy,
        violation_type="torture",
        reasoning="MKRCONFALLEGATION reasoning",
        visibility="confidential",
    )
    r.create(
        "allegation",
        case_id=case,
        incident_id=restricted_incident,
        violation_type="attack_on_civilians",
        visibility="public",
        description="public allegation under a restricted incident",
    )
    conf_source = r.create(
        "source",
        case_id=case,
        kind="document",
        title="MKRCONFSOURCE internal memo",
        stance="denies",
        visibility="confidential",
    )
    r.create(
        "link",
        case_id=case,
        source_id=conf_source,
        allegation_id=attack,
        relation="contradicts",
        excerpt="MKRCONFSRCLINK excerpt",
        visibility="public",
    )
    r.create(
        "link",
        case_id=case,
        source_id=telegraph,
        allegation_id=conf_allegation,
        relation="supports",
        excerpt="MKRLINKTOCONF excerpt",
        visibility="public",
    )
    r.create(
        "evidence",
        case_id=case,
        original_filename="MKRRESTRICTEDEVIDENCE.jpg",
        sha256="ab" * 32,
        size=10,
        visibility="restricted",
        acquired_by="Investigator B",
        acquired_from="MKRACQUIREDFROM, his phone",
    )
    r.create(
        "evidence",
        case_id=case,
        original_filename="MKRCONFEVIDENCE.mp4",
        sha256="cd" * 32,
        size=10,
        visibility="confidential",
    )
    r.create(
        "evidence",
        case_id=case,
        original_filename="vehicles.jpg",
        sha256="ef" * 32,
        size=10,
        visibility="public",
        acquired_at=dt.datetime(2025, 3, 3, 10, 0, tzinfo=dt.UTC),
        acquired_by="Investigator A",
    )
    actor = r.create("actor", case_id=case, name="MKRCONFACTOR unit", visibility="confidential")
    r.create(
        "perpetrator", case_id=case, allegation_id=attack, actor_id=actor, involvement="ordered", visibility="public"
    )
    victim = r.create(
        "victim",
        case_id=case,
        kind="individual",
        label="MKRCONFVICTIM V-09",
        status="killed",
        visibility="confidential",
        identity={"legal_name": "MKRVICTIMNAME"},
    )
    r.create("allegation_victim", case_id=case, allegation_id=attack, victim_id=victim, visibility="public")
    public_victim = r.create(
        "victim",
        case_id=case,
        kind="individual",
        label="V-02",
        status="injured",
        visibility="public",
        identity={"legal_name": "MKRVICTIMNAME", "contact": "MKRVICTIMCONTACT"},
    )
    r.create("allegation_victim", case_id=case, allegation_id=attack, victim_id=public_victim, visibility="public")

    def witness(pseudonym: str, **consent: object) -> uuid.UUID:
        return r.create(
            "witness",
            case_id=case,
            pseudonym=pseudonym,
            visibility="public",
            identity=identity,
            consent={"to_be_recorded": True, "how_given": "MKRHOWGIVEN", **consent},
        )

    # Public, shares with partners, but no consent to be quoted.
    w2 = witness("W-02", to_be_quoted=False, share_with_partners=True)
    a2 = r.create(
        "account",
        case_id=case,
        witness_id=w2,
        visibility="public",
        narrative="MKRNOTQUOTEDNARR said",
        key_quotes=["MKRNOTQUOTEDKEY"],
        interviewer="MKRINTERVIEWER",
        interview_place="MKRINTERVIEWPLACE",
    )
    r.create(
        "link",
        case_id=case,
        account_id=a2,
        allegation_id=attack,
        relation="supports",
        excerpt="MKRNOTQUOTEDEXCERPT",
        visibility="public",
    )
    # Consents to be quoted but not to sharing with partners.
    w3 = witness("MKRNOSHARE-W", to_be_quoted=True, share_with_partners=False)
    r.create("account", case_id=case, witness_id=w3, visibility="public", narrative="MKRNOSHARENARR", quotable=True)
    # Consents to everything, but this version of the account is not quotable.
    w4 = witness("W-04", to_be_quoted=True, share_with_partners=True)
    r.create(
        "account", case_id=case, witness_id=w4, visibility="public", narrative="MKRVERSIONNOTQUOTABLE", quotable=False
    )
    # Consents to everything; quotable: its words appear in every audience, in every script.
    w5 = witness("W-05", to_be_quoted=True, share_with_partners=True)
    r.create(
        "account",
        case_id=case,
        witness_id=w5,
        visibility="public",
        quotable=True,
        narrative=f"MKRQUOTABLEOK {FRENCH_SAMPLE}\n\n{ARABIC_SAMPLE}\n\n{TIFINAGH_SAMPLE}",
        key_quotes=[MARKUP_SAMPLE],
    )
    # A confidential witness, who consents to everything.
    w6 = witness("MKRCONFWITNESS-W", to_be_quoted=True, share_with_partners=True)
    r.update("witness", w6, visibility="confidential")
    r.create("account", case_id=case, witness_id=w6, visibility="public", narrative="quotable", quotable=True)
    # The demo witness W-01 gets marked identity fields too.
    w1 = next(w.id for w in r.records("witness", case) if w.pseudonym == "W-01")
    r.set_identity("witness", w1, **identity)


@pytest.fixture(scope="module")
def report_ctx(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StoreContext]:
    context = new_store(tmp_path_factory.mktemp("reports") / "store.db", PASSPHRASE, user="tester")
    build_demo_case(context)
    _plant(context)
    yield context
    context.close()


class Pdf:
    """One rendered report, read back every way a reader (or an attacker) could."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.reader = pypdf.PdfReader(io.BytesIO(data))
        self.pypdf_text = "\n".join(page.extract_text() for page in self.reader.pages)
        self.pdfminer_text = pdfminer_text(io.BytesIO(data))

    def streams(self) -> bytes:
        """The file's bytes, followed by every stream decompressed."""
        out = [self.data]
        for num in range(1, self.reader.trailer["/Size"]):
            try:
                obj = self.reader.get_object(num)
            except Exception:  # noqa: BLE001 - test helper: unreadable objects have no stream
                continue
            if isinstance(obj, pypdf.generic.StreamObject):
                out.append(obj.get_data())
        for raw in re.findall(rb"stream\r?\n(.*?)endstream", self.data, re.S):  # belt and braces
            with contextlib.suppress(zlib.error):
                out.append(zlib.decompress(raw))
        return b"\n".join(out)

    def metadata(self) -> str:
        return " ".join(str(v) for v in (self.reader.metadata or {}).values())

    def outline(self) -> list[str]:
        titles: list[str] = []

        def walk(items: list[object]) -> None:
            for item in items:
                if isinstance(item, list):
                    walk(item)
                else:
                    titles.append(str(item.title))  # type: ignore[attr-defined]

        walk(self.reader.outline)
        return titles

    def texts(self) -> list[str]:
        return [self.pypdf_text, self.pdfminer_text]


@pytest.fixture(scope="module")
def reports(report_ctx: StoreContext) -> dict[Audience, Pdf]:
    service = ReportService(report_ctx)
    return {
        a: Pdf(service.render(DEMO_REFERENCE, a, organisation="Sahel Rights Watch", author="A. Investigator"))
        for a in Audience
    }


REPORT_DATE = dt.date(2022, 3, 27)


@pytest.fixture(scope="module")
def by_language(
    reports: dict[Audience, Pdf], report_ctx: StoreContext, real_catalogues: None
) -> dict[str, dict[Audience, Pdf]]:
    """Each audience's report in each language reports are made in (English: ``reports``), of the same case."""
    service = ReportService(report_ctx)
    out = {"en": reports}
    for language in REPORT_LANGUAGES:
        if language != "en":
            out[language] = {
                a: Pdf(
                    service.render(
                        DEMO_REFERENCE,
                        a,
                        organisation="Sahel Rights Watch",
                        author="A. Investigator",
                        date=REPORT_DATE,
                        language=language,
                    )
                )
                for a in Audience
            }
    return out


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.mark.parametrize("audience", list(Audience))
def test_every_section_and_the_demo_figures_are_in_the_text(reports: dict[Audience, Pdf], audience: Audience) -> None:
    pdf = reports[audience]
    for text in pdf.texts():
        flat = _flat(text)
        for title in SECTION_TITLES.values():
            assert title in flat, f"{title!r} missing from the {audience} report"
        for expected in (
            "24 killed",
            "Gao, Mali",  # a place's country by its name
            "Wagner Group",
            TELEGRAPH_TITLE,
            DEMO_REFERENCE,
            "Annefif convoy killings",
            f"Prepared for: {audience.label}",
            "Sahel Rights Watch",
            "A. Investigator",
        ):
            assert expected in flat, f"{expected!r} missing from the {audience} report"
        assert ("W-01" in flat) == (audience is INTERNAL)  # W-01 is a confidential witness in the demo


@pytest.mark.parametrize("language", REPORT_LANGUAGES)
@pytest.mark.parametrize("audience", list(Audience))
def test_nothing_an_audience_may_not_see_is_anywhere_in_the_file(
    by_language: dict[str, dict[Audience, Pdf]], audience: Audience, language: str
) -> None:
    pdf = by_language[language][audience]
    raw = pdf.streams()
    places = {
        "pypdf text": pdf.pypdf_text,
        "pdfminer text": pdf.pdfminer_text,
        "metadata": pdf.metadata(),
        "outline": " ".join(pdf.outline()),
    }
    for marker, allowed in MARKERS.items():
        if audience in allowed:
            continue
        for where, text in places.items():
            assert marker not in text, f"{marker} found in the {audience} report's {where}"
        for encoding in ("latin-1", "utf-16-be"):
            assert marker.encode(encoding) not in raw, f"{marker} found in the {audience} report's bytes"


@pytest.mark.parametrize("language", REPORT_LANGUAGES)
@pytest.mark.parametrize("audience", list(Audience))
def test_what_an_audience_may_see_is_there(
    by_language: dict[str, dict[Audience, Pdf]], audience: Audience, language: str
) -> None:
    """The positive control: without it, the redaction test would pass on an empty PDF."""
    for text in by_language[language][audience].texts():
        for marker, allowed in MARKERS.items():
            if audience in allowed:
                assert marker in _flat(text), f"{marker} should be in the {audience} report"


def test_banner_on_every_page_and_audience_on_the_first(reports: dict[Audience, Pdf]) -> None:
    for audience, pdf in reports.items():
        pages = [page.extract_text() for page in pdf.reader.pages]
        assert audience.label in pages[0]
        for number, text in enumerate(pages, 1):
            if audience.banner:
                assert audience.banner in text, f"no banner on page {number} of the {audience} report"
            else:
                assert "RESTRICTED" not in text and "CONFIDENTIAL" not in text


def test_page_x_of_y_is_right_on_the_last_page(reports: dict[Audience, Pdf]) -> None:
    for pdf in reports.values():
        total = len(pdf.reader.pages)
        assert total >= 5
        assert f"Page {total} of {total}" in pdf.reader.pages[-1].extract_text()
        assert f"Page 1 of {total}" in pdf.reader.pages[0].extract_text()


def test_metadata_and_outline(reports: dict[Audience, Pdf]) -> None:
    for audience, pdf in reports.items():
        meta = pdf.reader.metadata
        assert meta is not None
        assert meta.title == f"Annefif convoy killings ({DEMO_REFERENCE})"
        assert meta.subject == f"Case report — {audience.label}"
        assert meta.author == "A. Investigator"
        assert meta.creation_date is not None
        outline = pdf.outline()
        for title in SECTION_TITLES.values():
            if title != SECTION_TITLES["contents"]:
                assert title in outline
        assert any(t.startswith("Incident ") for t in outline)


def test_user_markup_prints_literally(reports: dict[Audience, Pdf]) -> None:
    for text in reports[PUBLIC].texts():
        assert MARKUP_SAMPLE in _flat(text)


def test_scripts_render_with_real_glyphs(reports: dict[Audience, Pdf]) -> None:
    """A character missing from its font extracts as U+0000; Arabic comes back as shaped presentation forms."""
    for text in reports[PUBLIC].texts():
        assert "\x00" not in text
        assert FRENCH_SAMPLE in _flat(text)
        assert TIFINAGH_SAMPLE in text
        letters = {c for c in unicodedata.normalize("NFKC", text) if "ARABIC" in unicodedata.name(c, "")}
        assert set(ARABIC_SAMPLE.replace(" ", "")) <= letters
        assert "ﻗ" in text or "ﻘ" in text  # a contextual (shaped) form of qaf: the text was shaped


def test_script_fonts_have_every_sample_character() -> None:
    register_fonts()
    from reportlab.pdfbase import pdfmetrics

    for sample, font in ((ARABIC_SAMPLE, ARABIC), (TIFINAGH_SAMPLE, TIFINAGH), (FRENCH_SAMPLE, SANS)):
        for char, assigned in zip(sample, _fonts_for(sample), strict=True):
            if char != " ":
                assert assigned == font, (char, assigned)
                assert pdfmetrics.getFont(assigned).face.charToGlyph.get(ord(char)), (char, assigned)


def test_right_to_left_words_are_in_visual_order() -> None:
    # Two Arabic words after Latin text: the second logical word is drawn first (to its left).
    shown = markup("Dit: مرحبا بالعالم")
    assert shown.index("بالعالم") < shown.index("مرحبا")
    assert markup("<b> & </b>") == "&lt;b&gt; &amp; &lt;/b&gt;"


def test_every_font_is_embedded(reports: dict[Audience, Pdf]) -> None:
    for audience, pdf in reports.items():
        names = set()
        for page in pdf.reader.pages:
            for ref in page["/Resources"]["/Font"].values():
                font = ref.get_object()
                names.add(str(font["/BaseFont"]))
                assert font["/Subtype"] != "/Type1", f"unembedded standard font {font['/BaseFont']} in {audience}"
                descriptor = font["/FontDescriptor"].get_object()
                assert "/FontFile2" in descriptor, f"{font['/BaseFont']} not embedded in {audience}"
        assert any("NotoSansArabic" in n for n in names) and any("NotoSansTifinagh" in n for n in names)


def test_figures_are_drawn_when_the_case_has_the_data(reports: dict[Audience, Pdf]) -> None:
    text = _flat(reports[PARTNERS].pdfminer_text)
    assert "Figure 1. Fatalities per incident, our best estimate" in text  # the team's, not a source's
    assert "Figure 2. Timeline of incidents" in text and "2 March 2025" in text  # dates in words


def test_report_is_audited(report_ctx: StoreContext) -> None:
    before = len(audit_log(report_ctx))
    pdf = ReportService(report_ctx).render(DEMO_REFERENCE, "partners")
    entries = audit_log(report_ctx)[before:]
    assert [(e["action"], e["details"]["audience"]) for e in entries] == [("report", "partners")]
    assert entries[0]["details"]["bytes"] == len(pdf)
    assert entries[0]["case_id"] and entries[0]["entity_type"] == "case"
    assert not [e for e in entries if e["action"] == "reveal"]


def test_making_a_report_tells_its_progress_and_can_be_cancelled(report_ctx: StoreContext) -> None:
    told: list[tuple[int, int]] = []
    ReportService(report_ctx).render(DEMO_REFERENCE, "internal", progress=lambda d, t, _what: told.append((d, t)))
    assert len(told) > 10 and told[-1][0] == told[-1][1]  # up to every part laid out
    assert [d for d, _ in told] == sorted(d for d, _ in told) and len({t for _, t in told}) == 1
    before = len(audit_log(report_ctx))
    with pytest.raises(Cancelled):
        stop = cancel_when(lambda d, t, _what: d >= t // 2)
        ReportService(report_ctx).render(DEMO_REFERENCE, "internal", progress=stop)
    assert len(audit_log(report_ctx)) == before  # no report made, none recorded


def test_qpdf_check_passes(reports: dict[Audience, Pdf], tmp_path: Path) -> None:
    qpdf = shutil.which("qpdf")
    if qpdf is None:
        pytest.skip("qpdf is not installed (apt-get install qpdf); the structural check cannot run")
    for audience, pdf in reports.items():
        path = tmp_path / f"{audience}.pdf"
        path.write_bytes(pdf.data)
        result = subprocess.run([qpdf, "--check", str(path)], capture_output=True, text=True, check=False)
        assert result.returncode == 0, result.stdout + result.stderr


# -- the command line -------------------------------------------------------------------------------------


@pytest.fixture
def cli_store(report_ctx: StoreContext, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("HRDOC_PASSPHRASE", PASSPHRASE)
    path = report_ctx.location.path
    assert path is not None
    return str(path)


def test_cli_writes_the_report_and_refuses_to_overwrite(
    cli_store: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "report.pdf"
    args = ["report", DEMO_REFERENCE, "-o", str(target), "--audience", "public", "--db", cli_store]
    assert main(args) == 0
    assert target.read_bytes().startswith(b"%PDF")
    assert "MKRCONFSOURCE" not in Pdf(target.read_bytes()).pdfminer_text
    assert os.listdir(tmp_path) == ["report.pdf"]  # no temporary file left behind
    assert f"the public report of {DEMO_REFERENCE} will hold:" in capsys.readouterr().err
    target.write_bytes(b"keep me")
    assert main(args) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("hrdoc: error:") and "--force" in err and "\n" not in err
    assert target.read_bytes() == b"keep me"
    assert main([*args, "--force"]) == 0
    assert target.read_bytes().startswith(b"%PDF")


def test_cli_unknown_case_is_one_line_error(cli_store: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "r.pdf"
    # 5: not found (the exit statuses are listed by hrdoc --help)
    assert main(["report", "NOPE-1", "-o", str(target), "--audience", "internal", "--db", cli_store]) == 5
    assert capsys.readouterr().err.count("\n") == 1
    assert not target.exists() and os.listdir(tmp_path) == []


def test_a_long_right_to_left_paragraph_is_broken_in_reading_order() -> None:
    """The first words of an Arabic paragraph go on its first line, not its last."""
    from reportlab.lib.styles import ParagraphStyle

    from hrdoc.services.reporting.fonts import break_lines_logically
    from hrdoc.services.reporting.layout import BidiParagraph

    register_fonts()
    words = [f"{ARABIC_SAMPLE.split()[i % 8]}{i}" for i in range(40)]  # numbered, so order is visible
    text = " ".join(words)
    lines = break_lines_logically(text, 200, 10).split("\n")
    assert len(lines) > 3
    assert lines[0].split()[0] == words[0] and lines[-1].split()[-1] == words[-1]
    assert " ".join(lines) == text  # nothing lost or reordered across lines
    style = ParagraphStyle("t", fontName=SANS, fontSize=10, leading=13, shaping=1)  # as the report's (blocks.style)
    paragraph = BidiParagraph(text, style, rtl=True)
    _width, height = paragraph.wrap(200, 1000)
    # ReportLab kept our lines, measured shaped as it draws them: it did not need to break any of them again.
    assert height == pytest.approx(13 * len(lines), abs=1)


def test_a_line_starting_with_a_raised_glyph_does_not_break_the_report() -> None:
    """ReportLab 5.1 fails on a rise before any text (an Arabic kasra opening a line); hrdoc guards it."""
    from reportlab.pdfgen.canvas import Canvas

    from hrdoc.services.reporting import compat

    compat.apply()
    text = Canvas(io.BytesIO()).beginText()
    text._code.clear()  # a text object with no code yet, as at the start of a shaped line
    text.setRise(2)
    text.setRise(0)
    assert text._code[-1].endswith(" Ts")


def test_many_incidents_with_fatalities_still_fit_the_chart(records, ctx) -> None:
    """One bar per incident outgrew the page past ~37 incidents; the chart keeps the 30 deadliest."""
    from tests.helpers import make_case

    case_id = make_case(records, reference="ML-CHART-1", visibility="public")
    for n in range(45):
        records.create("incident", case_id=case_id, title=f"Incident {n}", fatalities_best=n, visibility="public")
    for audience in Audience:
        pdf = ReportService(ctx).render("ML-CHART-1", audience)
        text = "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)
        assert "30 deadliest incidents" in " ".join(text.split())


def test_a_report_made_without_an_author_is_signed_by_nobody(cli_store: str, tmp_path: Path) -> None:
    """The login name never signs a report by itself (an investigator's name can endanger them)."""
    import getpass

    target = tmp_path / "report.pdf"
    assert main(["report", DEMO_REFERENCE, "-o", str(target), "--audience", "public", "--db", cli_store]) == 0
    pdf = Pdf(target.read_bytes())
    assert not (pdf.reader.metadata or {}).get("/Author")
    assert "Prepared by" not in pdf.pdfminer_text
    assert getpass.getuser() not in pdf.metadata()
