"""Reports made as they are laid out (issue 15): the story is taken part by part as the layout reaches it, the
table of contents is made last and its pages moved after the cover, and the result reads as a report laid
out whole would: contents on page 2, each entry numbered with the page its link goes to.
"""

from __future__ import annotations

import io
import random
from collections.abc import Iterator
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table

from hrdoc.services.cases import CaseService
from hrdoc.services.context import StoreContext
from hrdoc.services.demo import DEMO_REFERENCE, build_demo_case
from hrdoc.services.records import RecordService
from hrdoc.services.reporting import CaseReportRenderer, ReportService
from hrdoc.services.reporting.fonts import SANS, register_fonts
from hrdoc.services.reporting.layout import TableRows
from hrdoc.services.reporting.story import LazyStory
from hrdoc.services.session import new_store
from tests.helpers import PASSPHRASE, make_allegation, make_incident

EXTRA_ALLEGATIONS = 80  # enough headings for contents of more than one page


@pytest.fixture(scope="module")
def ctx(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StoreContext]:
    context = new_store(tmp_path_factory.mktemp("stream") / "store.db", PASSPHRASE, user="tester")
    build_demo_case(context)
    records = RecordService(context)
    case_id = CaseService(context).summaries()[0].id
    incident = make_incident(records, case_id, title="Many allegations", visibility="public")
    for n in range(EXTRA_ALLEGATIONS):
        make_allegation(
            records,
            case_id,
            incident,
            description=f"Allegation {n} " + "and its description " * 20,
            visibility="public",
        )
    yield context
    context.close()


def _texts(page: Any) -> list[tuple[float, float, str]]:
    """(x, y, text) of each piece of text on the page, in page coordinates."""
    out: list[tuple[float, float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: Any, _size: Any) -> None:
        if text.strip():
            out.append((tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5], text.strip()))

    page.extract_text(visitor_text=visit)
    return out


def test_contents_follow_the_cover_and_number_the_pages_their_links_go_to(ctx: StoreContext) -> None:
    reader = PdfReader(io.BytesIO(ReportService(ctx).render(DEMO_REFERENCE, "internal")))
    page_of = {page.indirect_reference.idnum: n for n, page in enumerate(reader.pages, 1)}
    contents_pages: list[int] = []
    targets: list[int] = []
    for n, page in enumerate(reader.pages, 1):
        numbers = [(x, y, int(t)) for x, y, t in _texts(page) if t.isdigit()]
        for annotation in page.get("/Annots") or []:
            link = annotation.get_object()
            x0, y0, x1, y1 = (float(v) for v in link["/Rect"])  # the whole entry, its page number on the right
            target = page_of[link["/Dest"][0].idnum]
            assert [v for x, y, v in numbers if x0 <= x <= x1 and y0 <= y <= y1] == [target], (n, target)
            targets.append(target)
            if n not in contents_pages:
                contents_pages.append(n)
    assert len(contents_pages) >= 2  # the case's headings fill more than a page
    assert contents_pages == list(range(2, 2 + len(contents_pages)))  # right after the cover, in order
    assert reader.pages[1].extract_text().index("Contents") < reader.pages[1].extract_text().index("Executive")
    # One entry per heading of the outline, in its order, each going where the outline goes.
    outline: list[int] = []

    def walk(items: list[Any]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                outline.append(reader.get_destination_page_number(item) + 1)

    walk(reader.outline)
    assert targets == outline
    assert len(outline) > EXTRA_ALLEGATIONS
    assert outline[0] == contents_pages[-1] + 1  # the body begins after the contents
    total = len(reader.pages)
    for n, page in enumerate(reader.pages, 1):
        assert f"Page {n} of {total}" in page.extract_text()


def test_the_body_is_made_as_the_layout_reaches_it(ctx: StoreContext, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without streaming, every part is made before the first page is laid out."""
    made = 0
    at_page: list[int] = []
    parts = CaseReportRenderer.parts

    def counted_parts(self: CaseReportRenderer) -> list[Any]:
        def count(part: Any) -> Any:
            def make() -> list[Flowable]:
                nonlocal made
                made += 1
                return list(part())

            return make

        return [count(part) for part in parts(self)]

    later_page = CaseReportRenderer._later_page

    def noting_page(self: CaseReportRenderer, canvas: Any, doc: Any) -> None:
        at_page.append(made)
        later_page(self, canvas, doc)

    monkeypatch.setattr(CaseReportRenderer, "parts", counted_parts)
    monkeypatch.setattr(CaseReportRenderer, "_later_page", noting_page)
    ReportService(ctx).render(DEMO_REFERENCE, "internal")
    assert made > EXTRA_ALLEGATIONS
    assert at_page[0] < 3  # the body's first page began with (at most) its first parts made
    assert at_page == sorted(at_page) and at_page[len(at_page) // 2] < made  # made along the way


class _Writes(io.BytesIO):
    """A file that notes the size of each write into it."""

    def __init__(self) -> None:
        super().__init__()
        self.sizes: list[int] = []

    def write(self, data: Any) -> int:
        self.sizes.append(len(data))
        return super().write(data)


def test_a_report_is_written_into_its_file_as_it_is_made(ctx: StoreContext) -> None:
    """``hrdoc report -o`` writes the file as ReportLab formats it, object by object, never holding it whole
    (issue 15), and the audit log records what was written."""
    import hashlib

    from hrdoc.domain.enums import AuditAction
    from hrdoc.services import audit

    into = _Writes()
    size = ReportService(ctx).write(DEMO_REFERENCE, "internal", into)
    written = into.getvalue()
    assert size == len(written) == sum(into.sizes)
    assert len(into.sizes) > 100 and max(into.sizes) < size / 4  # in pieces, none of them the file
    made = PdfReader(io.BytesIO(ReportService(ctx).render(DEMO_REFERENCE, "internal")))
    reader = PdfReader(io.BytesIO(written))
    assert [page.extract_text() for page in reader.pages] == [page.extract_text() for page in made.pages]
    case_id = CaseService(ctx).summaries()[0].id
    with ctx.read() as session:
        entries = [e for e in audit.entries_for_case(session, case_id) if e.action == AuditAction.REPORT]
    digest = hashlib.sha256(written).hexdigest()
    assert any(e.details["bytes"] == size and e.details["sha256"] == digest for e in entries)


def test_finished_pages_hold_their_content_packed_only(ctx: StoreContext, monkeypatch: pytest.MonkeyPatch) -> None:
    """Until the file is written, a page laid out keeps its content packed, not as text (issue 15)."""
    from hrdoc.services.reporting.layout import _PackedStream, _ReportCanvas

    held: list[tuple[bool, bool]] = []
    save = _ReportCanvas.save

    def noting(self: _ReportCanvas) -> None:
        held.extend((p.stream is None, isinstance(p.Contents, _PackedStream)) for p in self._doc.Pages.pages)
        save(self)

    monkeypatch.setattr(_ReportCanvas, "save", noting)
    ReportService(ctx).render(DEMO_REFERENCE, "internal")
    assert len(held) > 3 and set(held) == {(True, True)}


# -- LazyStory on its own ----------------------------------------------------------------------------------


def _style(keep: bool) -> ParagraphStyle:
    register_fonts()
    return ParagraphStyle(f"S{keep}", fontName=SANS, fontSize=10, leading=13, spaceBefore=6, keepWithNext=int(keep))


def _chunks(seed: int) -> list[list[Flowable]]:
    """Chunks of paragraphs, many of them ending on a heading kept with the next chunk's first paragraph."""
    rng = random.Random(seed)
    chunks: list[list[Flowable]] = []
    for n in range(120):
        chunk: list[Flowable] = [
            Paragraph(f"Text {n}.{k} " + "word " * rng.randint(5, 80), _style(False)) for k in range(rng.randint(0, 4))
        ]
        for k in range(rng.choice((0, 1, 1, 2))):
            chunk.append(Paragraph(f"Heading {n}.{k}", _style(True)))  # kept with what follows it
        chunks.append(chunk)
    return chunks


def _pages(story: list[Flowable]) -> list[str]:
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return [page.extract_text() for page in PdfReader(io.BytesIO(buffer.getvalue())).pages]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_lazy_story_is_laid_out_as_the_whole_list_would_be(seed: int) -> None:
    whole = _pages([f for chunk in _chunks(seed) for f in chunk])
    assert len(whole) > 5
    assert _pages(LazyStory(_chunks(seed))) == whole


def test_a_lazy_story_holds_only_what_is_being_laid_out() -> None:
    """A chunk is taken only when every flowable still held keeps with the next: the layout needs the one
    that ends their run. (Taking more, or taking them all first, fails this.)"""
    held: list[list[bool]] = []
    story: LazyStory

    def chunks() -> Iterator[list[Flowable]]:
        for chunk in _chunks(7):
            held.append([bool(f.getKeepWithNext()) for f in list.__iter__(story)])  # still waiting, then
            yield chunk

    story = LazyStory(chunks())
    pages = _pages(story)
    assert len(pages) > 5 and len(held) == 120
    assert all(all(waiting) for waiting in held)
    assert any(waiting for waiting in held)  # (runs of headings did end chunks)


def test_an_empty_lazy_story_is_empty() -> None:
    story = LazyStory(iter([[], []]))
    assert len(story) == 0 and not story


def _row(n: int, rng: random.Random) -> list[Flowable]:
    return [Paragraph(f"R{n}", _style(False)), Paragraph(f"Row {n} " + "word " * rng.randint(1, 40), _style(False))]


def _table(rows: list[list[Any]], first: int) -> Table:
    """A table of a head and ``rows``, every other row of the whole table shaded (``first``: the number of the
    first of ``rows`` in it), as the report's tables are."""
    shaded = [("BACKGROUND", (0, i), (-1, i), "#f7f8fa") for i in range(1 + (first + 1) % 2, len(rows) + 1, 2)]
    head = [Paragraph("No.", _style(False)), Paragraph("Text", _style(False))]
    return Table([head, *rows], colWidths=[60, 300], repeatRows=1, spaceAfter=6, style=shaded)


def _painted(story: list[Flowable]) -> list[tuple[str, int]]:
    """Each page's text and how many shaded rows it paints."""
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    pages = PdfReader(io.BytesIO(buffer.getvalue())).pages
    return [
        (page.extract_text(), page.get_contents().get_data().count(b".968627 .972549 .980392 rg")) for page in pages
    ]


@pytest.mark.parametrize("seed", [1, 2])
def test_a_table_made_as_it_is_laid_out_is_laid_out_as_the_whole_table(seed: int) -> None:
    """Rows taken a batch at a time (a page or so): the same rows on the same pages, the same stripes, and no
    row made long before the layout reaches it."""
    rng = random.Random(seed)
    whole = [_row(n, rng) for n in range(400)]
    expected = _painted(
        [Paragraph("Before " + "word " * 300, _style(False)), _table(whole, 0), Paragraph("After", _style(False))]
    )
    rng = random.Random(seed)
    made: list[int] = []

    def rows() -> Iterator[list[Flowable]]:
        for n in range(400):
            made.append(n)
            yield _row(n, rng)

    lazy = TableRows(_table, rows(), space_after=6)
    got = _painted([Paragraph("Before " + "word " * 300, _style(False)), lazy, Paragraph("After", _style(False))])
    assert len(expected) > 10
    assert got == expected
    assert made == list(range(400))


def test_a_table_made_as_it_is_laid_out_takes_its_rows_a_page_at_a_time() -> None:
    rng = random.Random(5)
    made: list[int] = []

    def rows() -> Iterator[list[Flowable]]:
        for n in range(300):
            made.append(n)
            yield _row(n, rng)

    held: list[int] = []  # rows made and not yet laid out, at each split
    lazy = TableRows(_table, rows(), space_after=6)
    original = TableRows.split

    def split(self: TableRows, width: float, height: float) -> list[Flowable]:
        parts = original(self, width, height)
        held.append(len(made) - self.first)
        return parts

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(TableRows, "split", split)
        _painted([lazy])
    assert len(held) > 5 and made == list(range(300))
    assert max(held) <= 40 + TableRows.BATCH  # a page's rows (fewer than 40 here) and a batch
