"""Words, not codes (issue 14, point 4): what a person reads of the demo case, in the app and in its reports, says
things in words. Every cell and header of every table on every page of the workspace (the audit log among them,
with entries older versions wrote in codes), every label, choice and picker of every record form, new and
editing, every message a form shows when what was typed breaks a rule, and the text of the case's report for
each audience: none holds a stored code (``in_person``, ``allegation_victim``, ``fatalities_best``) or a record's
id (a UUID, or the first eight digits of one)."""

from __future__ import annotations

import io
import re
import uuid
from collections.abc import Iterable
from enum import StrEnum
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QAbstractListModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTextEdit,
    QWidget,
)

from hrdoc.domain import enums
from hrdoc.domain.enums import AuditAction
from hrdoc.domain.registry import Kind
from hrdoc.domain.vocabularies import SEED_TERMS
from hrdoc.gui.forms.form import RecordForm
from hrdoc.gui.forms.specs import form_kinds
from hrdoc.gui.main_window import MainWindow
from hrdoc.gui.workspace.pages import AuditPage, IncidentsPage
from hrdoc.services import audit
from hrdoc.services.cases import CaseExport, CaseService
from hrdoc.services.context import StoreContext
from hrdoc.services.demo import DEMO_REFERENCE
from hrdoc.services.evidence.service import EvidenceService
from hrdoc.services.reporting import ReportService
from hrdoc.services.sharing import Audience

pytestmark = pytest.mark.gui

CODE = re.compile(r"\b[a-z]+_[a-z_]+\b")  # a stored code: in_person, allegation_victim, fatalities_best
# A record's id: a UUID, or the eight hexadecimal digits it starts with (letters and digits both, so that a year
# or a word is not taken for one).
ID = re.compile(r"\b(?=[0-9a-f]*[a-f])(?=[0-9a-f]*[0-9])[0-9a-f]{8}\b")


# The Admiralty grades are shown by their letter and digit together ("B2"), a single letter or digit alone.
_GRADES = (enums.SourceReliability, enums.InformationCredibility)


def _raw_words() -> set[str]:
    """How a stored value of a closed set or a built-in vocabulary reads when it is shown as stored, or with its
    underscores made spaces, where that differs from its declared words: ``public``, ``in person``, ``Ngo
    report``, ``None``, ``battles``."""
    raw: set[str] = set()
    for enum in (e for e in vars(enums).values() if isinstance(e, type) and issubclass(e, StrEnum)):
        if enum is StrEnum or enum in _GRADES:
            continue
        for member in enum:
            plain = member.value.replace("_", " ")
            raw |= {member.value, plain, plain[:1].upper() + plain[1:]} - {enums.label(member.value, enum)}
    for term in SEED_TERMS:
        raw |= {term.code, term.code.replace("_", " ")} - {term.label_en}
    return raw


RAW = _raw_words() - {"unknown"}  # a word too: "Acquired: unknown"
# Within running text, the raw forms that cannot be words of a sentence: an acronym in small letters ("Ngo
# report"), a phrase its declared words reword ("Audio video").
RAW_IN_TEXT = re.compile("|".join(rf"\b{re.escape(r)}\b" for r in sorted(RAW) if " " in r and r[:1].isupper()))


def codes(texts: Iterable[tuple[str, str]], *, whole: bool = True) -> list[tuple[str, str]]:
    """The texts (where, text) that hold a code or an id, or that are a stored value as it is stored (``whole``:
    the text is one cell or choice; else running text, where only forms that can be no words are looked for)."""
    return sorted(
        {
            (where, text)
            for where, text in texts
            if CODE.search(text) or ID.search(text) or RAW_IN_TEXT.search(text) or (whole and text.strip() in RAW)
        }
    )


def view_texts(root: QWidget, where: str) -> list[tuple[str, str]]:
    """What the tables, lists and text views under ``root`` show: every header, every cell and its tooltip, every
    label and every text view."""
    texts: list[tuple[str, str]] = []
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is None or isinstance(view, QHeaderView):  # a header shows its table's model
            continue
        place = f"{where}: {view.objectName() or type(view).__name__}"
        columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()  # (a list's is private)
        for section in range(columns):
            texts.append((place, str(model.headerData(section, Qt.Orientation.Horizontal) or "")))
        for row in range(model.rowCount()):
            texts.append((place, str(model.headerData(row, Qt.Orientation.Vertical) or "")))
            for column in range(columns):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    texts.append((place, str(model.data(model.index(row, column), role) or "")))
    texts += [(f"{where}: label", label.text()) for label in root.findChildren(QLabel)]
    texts += [
        (f"{where}: text", line) for view in root.findChildren(QTextEdit) for line in view.toPlainText().splitlines()
    ]
    return texts


def form_texts(form: QWidget, where: str) -> list[tuple[str, str]]:
    """What a form shows: its labels, buttons, group titles, every choice of every drop-down (pickers included),
    what its lines hold or suggest, and the tooltips of all of them."""
    texts: list[tuple[str, str]] = []
    for widget in form.findChildren(QWidget):
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append((where, widget.text()))
        elif isinstance(widget, QGroupBox):
            texts.append((where, widget.title()))
        elif isinstance(widget, QComboBox):
            texts += [(where, widget.itemText(i)) for i in range(widget.count())]
            texts.append((where, widget.currentText()))
        elif isinstance(widget, QLineEdit):
            texts += [(where, widget.text()), (where, widget.placeholderText())]
        texts.append((where, widget.toolTip()))
    return texts


def write_older_entries(ctx: StoreContext, data: CaseExport) -> None:
    """Audit entries as versions before this one wrote them about the demo case's records: kinds by their codes,
    records by their ids or by a stored code (the log keeps them as written)."""
    case_id = data["case"]["id"]
    joined = data["allegation_victims"][0]
    older = [
        (Kind.ALLEGATION_VICTIM, joined["id"], f"created allegation_victim {joined['victim_id']}"),
        (Kind.PERPETRATOR, data["allegation_perpetrators"][0]["id"], "created perpetrator direct"),
        (Kind.ACCOUNT, data["accounts"][0]["id"], f"created account {data['accounts'][0]['witness_id']}"),
        (Kind.LINK, data["links"][0]["id"], "created link supports"),
        (
            Kind.ALLEGATION,
            data["allegations"][0]["id"],
            f"created allegation {data['allegations'][0]['violation_type']}",
        ),
        (Kind.ALLEGATION_VICTIM, str(uuid.uuid4()), f"deleted allegation_victim {uuid.uuid4()}"),
        ("evidence", str(uuid.uuid4()), "evidence transfer_out"),
    ]
    with ctx.write() as session:
        for kind, record_id, summary in older:
            action = AuditAction.DELETE if summary.startswith("deleted") else AuditAction.CREATE
            audit.record(
                session, "amina", action, entity_type=kind, entity_id=record_id, case_id=case_id, summary=summary
            )


@pytest.fixture
def window(qtbot, demo_ctx: StoreContext) -> MainWindow:
    data = CaseService(demo_ctx).export(DEMO_REFERENCE)
    case_id = uuid.UUID(data["case"]["id"])
    EvidenceService(demo_ctx).intake(case_id, io.BytesIO(b"convoy"), original_name="convoy-notes.txt")
    write_older_entries(demo_ctx, data)
    win = MainWindow(demo_ctx)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.workspace.loaded, timeout=10_000):
        win.show()
        win.refresh()
    return win


def test_every_page_of_the_demo_case_shows_words(qtbot, window: MainWindow) -> None:
    workspace = window.workspace
    texts: list[tuple[str, str]] = []
    for row, page in enumerate(workspace.pages):
        workspace.nav.setCurrentRow(row)
        workspace._fill_page(row)
        texts += view_texts(page, page.title)
        for table in page.tables():
            for record in range(table.model.rowCount()):  # each record selected: what depends on it shows
                table.table.selectRow(record)
                texts += view_texts(page, f"{page.title}, row {record + 1}")
    assert len(texts) > 1000
    audit_page = workspace.go_to(AuditPage)
    shown = [str(audit_page.model.data(audit_page.model.index(r, 7))) for r in range(audit_page.model.rowCount())]
    # The entries older versions wrote in codes are read as words, naming the records from the case.
    assert any(s.startswith("Created victim ") and " of allegation " in s and "amina" for s in shown)
    assert "Deleted victim of an allegation in ML-2025-004" in shown and "Sent in a bundle" in shown
    incidents = workspace.go_to(IncidentsPage)
    assert incidents.allegations.model.rowCount() > 0
    assert codes(texts) == []


def bad_values(data: CaseExport) -> dict[str, list[dict[str, Any]]]:
    """For each kind of record, values a person could type that the form refuses (several at once)."""
    perpetrator = data["allegation_perpetrators"][0]
    return {
        Kind.CASE: [{"reference": "ML 2025 004", "title": ""}, {"reference": DEMO_REFERENCE, "title": "Again"}],
        Kind.LOCATION: [{"name": "", "latitude": "100", "longitude": ""}, {"name": "Far", "latitude": "north"}],
        Kind.INCIDENT: [
            {"title": "", "start_date": "2025-03-02", "end_date": "2025-03-01", "fatalities_low": "30"},
            {"title": "T", "fatalities_low": "30", "fatalities_best": "24", "fatalities_high": "20"},
            {"title": "T", "start_date": "yesterday", "fatalities_best": "many", "date_precision": "exact"},
        ],
        Kind.ACTOR: [{"name": ""}],
        Kind.ALLEGATION: [{"violation_type": None, "incident_id": None}],
        Kind.PERPETRATOR: [
            {"allegation_id": perpetrator["allegation_id"], "actor_id": perpetrator["actor_id"]},
            {"allegation_id": None, "actor_id": None},
        ],
        Kind.VICTIM: [
            {"label": "", "kind": "individual", "count_best": "3"},
            {"label": "Group", "kind": "group", "count_low": "30", "count_best": "24", "count_women": "40"},
        ],
        Kind.ALLEGATION_VICTIM: [{"allegation_id": None, "victim_id": None}],
        Kind.WITNESS: [
            {"pseudonym": "W-01", "to_be_recorded": True, "how_given": ""},
            {"pseudonym": "", "given_on": "last week"},
        ],
        Kind.ACCOUNT: [
            {"witness_id": data["witnesses"][0]["id"], "narrative": "", "quotable": True},
            {"witness_id": None, "interview_date": "soon"},
        ],
        Kind.SOURCE: [
            {"title": "", "url": "not a url", "publication_date": "2025-03-02", "access_date": "2025-03-01"},
        ],
        Kind.LINK: [{"origin": None, "target": None}],
        Kind.FIGURE: [
            {"counted": None, "value": "", "source_id": None, "incident_id": None},
            {"qualifier": "range", "value": "60", "value_high": "40", "claimed_on": "last week"},
            {"qualifier": "about", "value": "many", "value_high": "90"},
        ],
    }


def test_every_form_shows_words_in_its_labels_choices_and_messages(qtbot, demo_ctx: StoreContext) -> None:
    data = CaseService(demo_ctx).export(DEMO_REFERENCE)
    case_id = uuid.UUID(data["case"]["id"])
    first = {  # a record of each kind to edit
        Kind.CASE: data["case"],
        Kind.LOCATION: data["locations"][0],
        Kind.INCIDENT: data["incidents"][0],
        Kind.ACTOR: data["actors"][0],
        Kind.ALLEGATION: data["allegations"][0],
        Kind.PERPETRATOR: data["allegation_perpetrators"][0],
        Kind.VICTIM: data["victims"][0],
        Kind.ALLEGATION_VICTIM: data["allegation_victims"][0],
        Kind.WITNESS: data["witnesses"][0],
        Kind.ACCOUNT: data["accounts"][0],
        Kind.SOURCE: data["sources"][0],
        Kind.LINK: data["links"][0],
        Kind.FIGURE: data["reported_figures"][0],
    }
    defaults = {
        Kind.ALLEGATION: {"incident_id": data["incidents"][1]["id"]},  # as New allegation opens under an incident
        Kind.ACCOUNT: {"witness_id": data["witnesses"][0]["id"]},
    }
    texts: list[tuple[str, str]] = []
    messages: list[tuple[str, str]] = []
    bad = bad_values(data)
    for kind in form_kinds():
        new = RecordForm(demo_ctx, kind, case_id, defaults=defaults.get(Kind(kind)))
        qtbot.addWidget(new)
        texts += form_texts(new, f"new {kind}")
        editing = RecordForm(demo_ctx, kind, case_id, uuid.UUID(first[Kind(kind)]["id"]))
        qtbot.addWidget(editing)
        texts += form_texts(editing, f"editing {kind}")
        for n, values in enumerate(bad[Kind(kind)]):
            form = RecordForm(demo_ctx, kind, case_id)
            qtbot.addWidget(form)
            form.restore_draft(values)
            assert not form.save(), (kind, values)
            said = [form.error_text(name) for name in form.errors] + [form.form_error.text()]
            assert any(said), (kind, values)
            messages += [(f"{kind} refused ({n + 1})", text) for text in said if text]
    assert len(messages) >= 25
    assert (
        "incident refused (2)",
        "Fatalities (best estimate) must be between the low and high estimates (30 and 20)",
    ) in messages
    assert codes(texts) == []
    assert codes(messages) == []


@pytest.mark.parametrize("who", list(Audience))
def test_the_demo_report_is_in_words(demo_ctx: StoreContext, who: Audience) -> None:
    pdf = ReportService(demo_ctx).render(DEMO_REFERENCE, who)
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Annefif" in text and "NGO report" in text
    assert codes(((f"{who.value} report", line) for line in text.splitlines()), whole=False) == []
