"""The global search dialog: grouped results as you type, searched off the GUI thread, text never taken as HTML,
shown as the chosen audience may see them."""

from __future__ import annotations

import threading
import uuid

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QComboBox, QLabel

from hrdoc.gui import search_dialog
from hrdoc.gui.search_dialog import SearchDialog
from hrdoc.gui.search_results import Role, SearchResultsModel, page_for_kind, snippet_html
from hrdoc.services.cases import CaseService
from hrdoc.services.context import StoreContext
from hrdoc.services.records import RecordService
from hrdoc.services.search import HIGHLIGHT_END, HIGHLIGHT_START, SearchHit, SearchService
from hrdoc.services.sharing import Audience
from hrdoc.storage.errors import StoreError
from tests.helpers import make_source

pytestmark = pytest.mark.gui

DEMO = "ML-2025-004"
CONVOY = "Attack on a civilian convoy near Annefif"


def open_dialog(qtbot, ctx: StoreContext) -> SearchDialog:
    dialog = SearchDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def search(qtbot, dialog: SearchDialog, text: str) -> None:
    """Type like a user and wait for the (debounced, background) search to land."""
    dialog.query.clear()
    with qtbot.waitSignal(dialog.searched, timeout=10_000):
        qtbot.keyClicks(dialog.query, text)


def group(dialog: SearchDialog, kind: str) -> QModelIndex:
    row = dialog.model.group_row(kind)
    assert row >= 0, f"no {kind} group"
    return dialog.model.index(row, 0)


def hits_in(dialog: SearchDialog, kind: str) -> list[QModelIndex]:
    parent = group(dialog, kind)
    return [dialog.model.index(r, 0, parent) for r in range(dialog.model.rowCount(parent))]


def row_titled(dialog: SearchDialog, kind: str, title: str) -> QModelIndex:
    return next(i for i in hits_in(dialog, kind) if i.data(Role.HIT).title == title)


def rendered(html: str) -> str:
    doc = QTextDocument()
    doc.setHtml(html)
    return doc.toPlainText()


def test_typing_finds_the_incident_with_the_match_in_bold(qtbot, demo_ctx: StoreContext) -> None:
    dialog = open_dialog(qtbot, demo_ctx)
    search(qtbot, dialog, "anefis")
    incidents = group(dialog, "incident")
    assert incidents.data() == "Incidents (2)"
    assert dialog.model.index(0, 0).data() == "Incidents (2)"  # incidents come first
    hit = row_titled(dialog, "incident", CONVOY)
    assert hit.data() == f"{CONVOY} — {DEMO}"
    assert "<b>Anefis</b>" in hit.data(Role.HTML)
    assert "«Anefis»" in hit.data(Role.SNIPPET_TEXT)
    assert f"{CONVOY}  {DEMO}" in rendered(hit.data(Role.HTML))  # what the delegate draws
    assert group(dialog, "location").data() == "Locations (1)"
    assert "1 match" not in dialog.status.text() and "3 match(es)." in dialog.status.text()
    assert dialog.tree.currentIndex() == dialog.model.index(0, 0, incidents)  # ready for Enter


def test_enter_on_a_hit_returns_it(qtbot, demo_ctx: StoreContext) -> None:
    case = CaseService(demo_ctx).resolve(DEMO)
    convoy = next(i for i in RecordService(demo_ctx).records("incident", case.id) if i.title == CONVOY)
    emitted: list[tuple[str, str, str]] = []

    def drive() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, SearchDialog) and w.isVisible())
        dialog.record_chosen.connect(lambda *args: emitted.append(args))
        search(qtbot, dialog, "anefis")
        dialog.tree.setCurrentIndex(row_titled(dialog, "incident", CONVOY))
        qtbot.keyClick(dialog.tree, Qt.Key.Key_Return)

    QTimer.singleShot(0, drive)
    chosen = SearchDialog.ask(demo_ctx)
    assert chosen == (str(case.id), "incident", str(convoy.id))
    assert emitted == [chosen]
    assert page_for_kind("incident") == 1


def test_enter_in_the_box_before_the_pause_opens_the_top_hit(qtbot, demo_ctx: StoreContext) -> None:
    dialog = open_dialog(qtbot, demo_ctx)
    with qtbot.waitSignal(dialog.record_chosen, timeout=10_000) as blocker:
        qtbot.keyClicks(dialog.query, "wagner")
        qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    case_id, kind, record_id = blocker.args
    assert dialog.chosen == (case_id, kind, record_id)
    assert not dialog.isVisible()
    # The first hit shown: groups come in a fixed order (incidents first), hits by rank within a group.
    best_incident = SearchService(demo_ctx).search("wagner", kinds=("incident",))[0]
    assert (kind, record_id) == ("incident", str(best_incident.record_id))


def test_french_name_without_accents_finds_the_actor(qtbot, demo_ctx: StoreContext) -> None:
    dialog = open_dialog(qtbot, demo_ctx)
    search(qtbot, dialog, "Front de liberation")
    actors = hits_in(dialog, "actor")
    assert [i.data(Role.HIT).title for i in actors] == ["Azawad Liberation Front"]
    assert "<b>Libération</b>" in actors[0].data(Role.HTML)
    assert page_for_kind(actors[0].data(Role.KIND)) == 2


def test_punctuation_only_shows_nothing_and_no_error(qtbot, demo_ctx: StoreContext) -> None:
    dialog = open_dialog(qtbot, demo_ctx)
    search(qtbot, dialog, "anefis")
    assert dialog.model.rowCount() > 0
    search(qtbot, dialog, '"*-()" ... !!')
    assert dialog.model.rowCount() == 0
    assert dialog.error.isHidden()
    assert "Type a word" in dialog.status.text()


def test_no_matches_is_said_plainly(qtbot, demo_ctx: StoreContext) -> None:
    dialog = open_dialog(qtbot, demo_ctx)
    search(qtbot, dialog, "zanzibarqux")
    assert dialog.model.rowCount() == 0
    assert dialog.status.text() == "No matches."


def test_markup_in_a_title_is_shown_literally(qtbot, demo_ctx: StoreContext) -> None:
    records = RecordService(demo_ctx)
    case = CaseService(demo_ctx).resolve(DEMO)
    make_source(records, case.id, title="<b>x</b> & y", notes="<script>alert(1)</script> markupprobe")
    dialog = open_dialog(qtbot, demo_ctx)
    search(qtbot, dialog, "markupprobe")
    [hit] = hits_in(dialog, "source")
    shown = hit.data(Role.HTML)
    assert "&lt;b&gt;x&lt;/b&gt; &amp; y" in shown
    assert "<script>" not in shown and "&lt;script&gt;" in shown
    text = rendered(shown)
    assert text.startswith("<b>x</b> & y")
    assert "<script>alert(1)</script> markupprobe" in text
    assert hit.data() == f"<b>x</b> & y — {DEMO}"


def test_snippet_markers_become_bold_only_after_escaping() -> None:
    snippet = f"a <i>{HIGHLIGHT_START}b&c{HIGHLIGHT_END}</i>\nnext line{HIGHLIGHT_START}"
    assert snippet_html(snippet) == "a &lt;i&gt;<b>b&amp;c</b>&lt;/i&gt; · next line"


def test_stale_results_are_dropped(qtbot, demo_ctx: StoreContext, monkeypatch: pytest.MonkeyPatch) -> None:
    release = threading.Event()
    finished = threading.Event()
    real_search = SearchService.search

    def search_slowly_for_old_words(self: SearchService, query: str, **kwargs: object) -> list[SearchHit]:
        if query == "wagner":
            release.wait(10)
            try:
                return real_search(self, query, **kwargs)  # type: ignore[arg-type]
            finally:
                finished.set()
        return real_search(self, query, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(SearchService, "search", search_slowly_for_old_words)
    dialog = open_dialog(qtbot, demo_ctx)
    dialog.query.setText("wagner")
    dialog.search_now()  # the old question: still being answered...
    dialog.query.setText("anefis")
    with qtbot.waitSignal(dialog.searched, timeout=10_000):
        dialog.search_now()  # ...when the new one is asked and answered
    release.set()
    qtbot.waitUntil(finished.is_set, timeout=10_000)
    qtbot.wait(100)  # let the old answer arrive on the GUI thread
    titles = {dialog.model.hit(i).title for kind in ("incident", "location") for i in hits_in(dialog, kind)}
    assert CONVOY in titles
    assert dialog.model.group_row("actor") == -1  # "wagner" hits (the Wagner Group) never replaced them


def test_store_error_is_shown(qtbot, demo_ctx: StoreContext, monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*_args: object, **_kwargs: object) -> list[SearchHit]:
        raise StoreError("the store is locked by another program")

    monkeypatch.setattr(SearchService, "search", fail)
    dialog = open_dialog(qtbot, demo_ctx)
    search(qtbot, dialog, "anefis")
    assert dialog.error.isVisible()
    assert dialog.error.text() == "Search failed: the store is locked by another program"
    assert dialog.model.rowCount() == 0


def test_results_model_passes_qt_model_tester(qtmodeltester, demo_ctx: StoreContext) -> None:
    model = SearchResultsModel()
    model.set_hits(SearchService(demo_ctx).search("the"))
    assert model.rowCount() >= 5
    qtmodeltester.check(model, force_py=True)
    model.clear()
    qtmodeltester.check(model, force_py=True)


def test_unknown_kinds_get_their_own_group_last() -> None:
    hit = SearchHit("interview_note", uuid.uuid4(), uuid.uuid4(), "X-1", "Note", "n", 1.0)
    model = SearchResultsModel()
    model.set_hits([hit, SearchHit("case", uuid.uuid4(), uuid.uuid4(), "X-1", "X-1 Case", "c", 2.0)])
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Cases (1)", "Interview note (1)"]
    assert page_for_kind("interview_note") == 0


@pytest.mark.parametrize(
    ("kind", "page"),
    [("case", 0), ("allegation", 1), ("victim", 3), ("witness", 4), ("account", 4), ("source", 5), ("link", 6)],
)
def test_page_for_kind(kind: str, page: int) -> None:
    assert page_for_kind(kind) == page


def test_debounce_runs_one_search_for_a_burst_of_typing(
    qtbot, demo_ctx: StoreContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    real_search = SearchService.search

    def counting(self: SearchService, query: str, **kwargs: object) -> list[SearchHit]:
        asked.append(query)
        return real_search(self, query, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(SearchService, "search", counting)
    assert search_dialog.DEBOUNCE_MS >= 200
    dialog = open_dialog(qtbot, demo_ctx)
    search(qtbot, dialog, "annefif")
    assert asked == ["annefif"]


# -- the audience the results are shown for -----------------------------------------------------------


def choose_audience(qtbot, dialog: SearchDialog, audience: Audience) -> None:
    """Pick an audience as a user would (the box, then the entry), and wait for the new results."""
    row = dialog.audience.findData(audience.value)
    with qtbot.waitSignal(dialog.searched, timeout=10_000):
        dialog.audience.setCurrentIndex(row)


def test_the_audience_chooser_offers_each_audience_and_starts_with_the_team(qtbot, demo_ctx: StoreContext) -> None:
    dialog = open_dialog(qtbot, demo_ctx)
    box = dialog.findChild(QComboBox, "searchAudience")
    assert box is dialog.audience and box.isVisible()
    assert [box.itemData(i) for i in range(box.count())] == ["internal", "partners", "public"]
    assert [box.itemText(i) for i in range(box.count())] == ["the team (internal)", "partners", "the public"]
    assert all(box.itemData(i, Qt.ItemDataRole.ToolTipRole) for i in range(box.count()))
    assert dialog.chosen_audience() is Audience.INTERNAL
    label = next(w for w in dialog.findChildren(QLabel) if w.buddy() is box)
    assert label.text() == "Show results as seen by:"


def test_results_follow_the_chosen_audience(qtbot, demo_ctx: StoreContext, monkeypatch: pytest.MonkeyPatch) -> None:
    """The demo witness did not agree to sharing beyond the team: the team finds their account by its words,
    partners and the public find nothing, and choosing an audience searches again at once."""
    asked: list[object] = []
    real_search = SearchService.search

    def recording(self: SearchService, query: str, **kwargs: object) -> list[SearchHit]:
        asked.append(kwargs.get("audience"))
        return real_search(self, query, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(SearchService, "search", recording)
    dialog = open_dialog(qtbot, demo_ctx)
    search(qtbot, dialog, "cousin")
    assert hits_in(dialog, "account") and asked == [Audience.INTERNAL]
    assert "may see" not in dialog.status.text()

    choose_audience(qtbot, dialog, Audience.PUBLIC)
    assert dialog.model.rowCount() == 0
    assert dialog.status.text() == "No matches. Only what the public may see is searched and shown."
    choose_audience(qtbot, dialog, Audience.PARTNERS)
    assert dialog.model.rowCount() == 0
    assert asked == [Audience.INTERNAL, Audience.PUBLIC, Audience.PARTNERS]

    search(qtbot, dialog, "anefis")  # what the public may see is found
    assert CONVOY in {i.data(Role.HIT).title for i in hits_in(dialog, "incident")}
    assert "Only what partners may see" in dialog.status.text()

    choose_audience(qtbot, dialog, Audience.INTERNAL)
    search(qtbot, dialog, "cousin")
    assert hits_in(dialog, "account")


def test_snippets_for_the_public_leave_out_what_it_may_not_see(qtbot, demo_ctx: StoreContext) -> None:
    """The case's tags are for partners at most: the team's snippet of the case quotes them, the public's not."""
    case = CaseService(demo_ctx).resolve(DEMO)
    tag = RecordService(demo_ctx).get("case", case.id).tags[0]
    dialog = open_dialog(qtbot, demo_ctx)
    search(qtbot, dialog, "convoy")
    [team] = hits_in(dialog, "case")
    assert tag in team.data(Role.SNIPPET_TEXT)
    choose_audience(qtbot, dialog, Audience.PUBLIC)
    [public] = hits_in(dialog, "case")
    assert tag not in public.data(Role.SNIPPET_TEXT) + public.data(Qt.ItemDataRole.DisplayRole)
