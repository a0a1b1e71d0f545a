"""Reference numbers in reports are the same for every audience (issue 12, point 4).

One case holds incidents, allegations, accounts, sources and evidence of mixed visibility and witnesses of
mixed consent, entered in a known order. Its public, partners and internal reports are rendered as real
PDFs and read back with pypdf (which keeps a table's rows together) and pdfminer.six: each reference (I3,
1.2, A4, S3, E2) must name the same record in every report it appears in, withheld entries must leave gaps
(said so in the report) and nothing of a withheld entry (title, pseudonym, date) may appear.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import uuid
from collections.abc import Iterator

import pypdf
import pytest
from pdfminer.high_level import extract_text

from hrdoc.services.context import StoreContext
from hrdoc.services.records import RecordService
from hrdoc.services.reporting import Audience, ReportService
from hrdoc.services.session import new_store
from tests.helpers import PASSPHRASE

PUBLIC, PARTNERS, INTERNAL = Audience.PUBLIC, Audience.PARTNERS, Audience.INTERNAL
REFERENCE = "ML-NUM-1"
WITHHELD_DATE = "2025-03-05"  # the confidential incident's date: nowhere else in the case
WITHHELD_DAY = "5 March 2025"  # as reports write it


def _build(ctx: StoreContext) -> None:
    """The case, each kind's records created in the order of the numbers they must get."""
    r = RecordService(ctx)
    case = r.create("case", reference=REFERENCE, title="Numbering case", visibility="public")

    def incident(title: str, visibility: str, start: str) -> uuid.UUID:
        return r.create("incident", case_id=case, title=title, visibility=visibility, start_date=start)

    # I3 happened before I1: numbers follow the order of entry, not of dates.
    i1 = incident("Convoy-attack", "public", "2025-03-10")
    incident("MKRWITHHELD-INCIDENT well burning", "confidential", WITHHELD_DATE)
    i3 = incident("Market-shelling", "public", "2025-03-01")
    incident("Checkpoint-detention", "restricted", "2025-03-20")
    for incident_id, violation, visibility in (
        (i1, "torture", "confidential"),  # 1.1, internal only
        (i1, "attack_on_civilians", "public"),  # 1.2
        (i3, "extrajudicial_execution", "public"),  # 3.1
    ):
        r.create("allegation", case_id=case, incident_id=incident_id, violation_type=violation, visibility=visibility)

    def account(pseudonym: str, *, witness: str = "public", account: str = "public", **consent: bool) -> None:
        w = r.create(
            "witness",
            case_id=case,
            pseudonym=pseudonym,
            visibility=witness,
            consent={"to_be_recorded": True, "how_given": "orally, recorded", **consent},
        )
        quotable = bool(consent.get("to_be_quoted"))
        r.create("account", case_id=case, witness_id=w, visibility=account, narrative="Said.", quotable=quotable)

    account("W-ALPHA", to_be_quoted=True, share_with_partners=True)  # A1: everyone
    account("MKRNOSHARE-W", to_be_quoted=True, share_with_partners=False)  # A2: internal (no consent to share)
    account("MKRCONF-W", witness="confidential", share_with_partners=True)  # A3: internal (confidential witness)
    account("W-DELTA", to_be_quoted=False, share_with_partners=True)  # A4: everyone, words withheld publicly
    account("W-ECHO", account="restricted", share_with_partners=True)  # A5: partners and internal
    account("MKRLAST-W", share_with_partners=False)  # A6: internal; the last, so no trace elsewhere

    for title, visibility in (
        ("Source-One", "public"),
        ("Source-Two", "restricted"),
        ("Source-Three", "public"),
        ("MKRWITHHELD-SOURCE", "confidential"),  # the last: public and partners reports have no gap for it
    ):
        r.create("source", case_id=case, kind="document", title=title, visibility=visibility)

    for n, (name, visibility) in enumerate(
        (("file-one.jpg", "public"), ("file-two.jpg", "public"), ("MKRWITHHELD-EVIDENCE.jpg", "confidential"))
    ):
        r.create(
            "evidence",
            case_id=case,
            original_filename=name,
            sha256=f"{n:02x}" * 32,
            size=10,
            visibility=visibility,
        )


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[Audience, bytes]]:
    ctx = new_store(tmp_path_factory.mktemp("numbering") / "store.db", PASSPHRASE, user="tester")
    try:
        _build(ctx)
        service = ReportService(ctx)
        yield {a: service.render(REFERENCE, a, date=dt.date(2026, 1, 1)) for a in Audience}
    finally:
        ctx.close()


@pytest.fixture(scope="module")
def texts(pdfs: dict[Audience, bytes]) -> dict[Audience, str]:
    """Each report's text as pypdf extracts it: in drawing order, so a table row reads as one line."""
    return {
        a: _flat(" ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)) for a, pdf in pdfs.items()
    }


@pytest.fixture(scope="module")
def mined(pdfs: dict[Audience, bytes]) -> dict[Audience, str]:
    """Each report's text as pdfminer.six extracts it (by layout), a second, independent reading."""
    return {a: _flat(extract_text(io.BytesIO(pdf))) for a, pdf in pdfs.items()}


def _references(text: str, pattern: str) -> dict[str, str]:
    """Each reference found by ``pattern`` (groups: reference, what it names), checked to name one thing."""
    found: dict[str, str] = {}
    for ref, what in re.findall(pattern, text):
        assert found.setdefault(ref, what) == what, f"{ref} names both {found[ref]!r} and {what!r}"
    return found


EXPECTED = {
    # kind: (pattern, {audience: {reference: what it names}})
    "accounts": (
        r"Account A(\d+) — witness (\S+)",
        {
            PUBLIC: {"1": "W-ALPHA", "4": "W-DELTA"},
            PARTNERS: {"1": "W-ALPHA", "4": "W-DELTA", "5": "W-ECHO"},
            INTERNAL: {
                "1": "W-ALPHA",
                "2": "MKRNOSHARE-W",
                "3": "MKRCONF-W",
                "4": "W-DELTA",
                "5": "W-ECHO",
                "6": "MKRLAST-W",
            },
        },
    ),
    "incidents": (
        r"Incident (\d+): (\S+)",
        {
            PUBLIC: {"1": "Convoy-attack", "3": "Market-shelling"},
            PARTNERS: {"1": "Convoy-attack", "3": "Market-shelling", "4": "Checkpoint-detention"},
            INTERNAL: {
                "1": "Convoy-attack",
                "2": "MKRWITHHELD-INCIDENT",
                "3": "Market-shelling",
                "4": "Checkpoint-detention",
            },
        },
    ),
    "allegations": (
        r"Allegation (\d+\.\d+): (\w+)",
        {
            PUBLIC: {"1.2": "Attack", "3.1": "Extrajudicial"},
            PARTNERS: {"1.2": "Attack", "3.1": "Extrajudicial"},
            INTERNAL: {"1.1": "Torture", "1.2": "Attack", "3.1": "Extrajudicial"},
        },
    ),
    "sources": (
        r"\[S(\d+)\] ([\w-]+)",
        {
            PUBLIC: {"1": "Source-One", "3": "Source-Three"},
            PARTNERS: {"1": "Source-One", "2": "Source-Two", "3": "Source-Three"},
            INTERNAL: {"1": "Source-One", "2": "Source-Two", "3": "Source-Three", "4": "MKRWITHHELD-SOURCE"},
        },
    ),
    "evidence": (
        r"\bE(\d+) ([\w-]+\.jpg)",
        {
            PUBLIC: {"1": "file-one.jpg", "2": "file-two.jpg"},
            PARTNERS: {"1": "file-one.jpg", "2": "file-two.jpg"},
            INTERNAL: {"1": "file-one.jpg", "2": "file-two.jpg", "3": "MKRWITHHELD-EVIDENCE.jpg"},
        },
    ),
}


@pytest.mark.parametrize("kind", list(EXPECTED))
def test_a_reference_names_the_same_record_in_every_audiences_report(texts: dict[Audience, str], kind: str) -> None:
    pattern, expected = EXPECTED[kind]
    found = {a: _references(texts[a], pattern) for a in Audience}
    assert found == expected
    for a in Audience:  # and so, side by side: a reference in two reports is the same record in both
        for b in Audience:
            for ref in found[a].keys() & found[b].keys():
                assert found[a][ref] == found[b][ref], f"{kind} {ref}: {a} and {b} reports disagree"


def test_the_chronology_keeps_the_numbers_in_date_order(texts: dict[Audience, str]) -> None:
    """The chronology lists incidents by date: I3 (1 March) comes before I1 (10 March), each keeping its number."""
    for audience in Audience:
        chronology = texts[audience].split("Chronology")[-1]  # the section, not the table of contents' entry
        assert re.search(r"I3 1 March 2025 Market-shelling .*I1 10 March 2025 Convoy-attack", chronology)
        assert "their numbers follow the order in which they were recorded" in chronology


def test_gaps_are_said_and_withheld_entries_leave_nothing_else(
    texts: dict[Audience, str], mined: dict[Audience, str]
) -> None:
    note = "Reference numbers (incidents I1, allegations 1.1, accounts A1, sources S1, evidence E1) are the same"
    for audience in Audience:
        assert note in texts[audience]  # the front matter says it whatever the gaps, so the note tells nothing
    for audience in (PUBLIC, PARTNERS):
        text = texts[audience]
        assert "A missing number is an entry withheld from this audience." in text
        assert "Numbers missing here are accounts withheld from this audience." in text
        assert "Numbers missing here are incidents or allegations withheld from this audience." in text
        # Sources: a gap for the public (S2 is restricted); none for partners, whose S4 is withheld last.
        assert ("Numbers missing here are sources withheld" in text) == (audience is PUBLIC)
        assert "evidence items withheld" not in text  # E3 is the last: withheld with no trace
        for reading in (text, mined[audience]):
            for withheld in ("MKRWITHHELD", "MKRNOSHARE", "MKRCONF", "MKRLAST", WITHHELD_DATE, WITHHELD_DAY):
                assert withheld not in reading, f"{withheld} in the {audience} report"
            assert not re.search(r"\b(A6|S4|E3|I2)\b|Allegation 1\.1", reading)  # withheld and last: no trace
    assert "Numbers missing here" not in texts[INTERNAL]  # an internal report withholds nothing
    assert WITHHELD_DAY in texts[INTERNAL]  # the control: the withheld date is printed, in words, where it may be
