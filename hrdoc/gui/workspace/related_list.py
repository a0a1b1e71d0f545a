"""The records that refer to the one shown in the detail pane, listed under its form and added from there: an
incident's allegations, an allegation's perpetrators, victims and corroborating evidence, a witness's accounts,
a source's links, and so on.

Which records are related is read from the record registry (every field of a kind with a form that refers to the
shown kind), so a reference declared there is listed here with nothing to change. Only the headings and the words
of the Add buttons are chosen here, where the registry's kind label reads badly in the plural.

:class:`RelatedList` is the seam the detail pane uses (:data:`RelatedWidget`): another widget with the same
signals and ``show_related`` / ``clear`` can take its place. Its Add buttons show at once; the records listed are
read off the GUI thread (a few queries per kind listed, shown once they arrive), so moving from record to record
never waits for them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import shiboken6
from PySide6.QtCore import QSize, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QGridLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hrdoc.domain import registry
from hrdoc.domain.marks import N_
from hrdoc.domain.registry import Kind, Widget
from hrdoc.gui.background import one_at_a_time, run_in_background
from hrdoc.gui.forms.specs import choice_label, form_kinds, kind_name
from hrdoc.gui.i18n import tr
from hrdoc.gui.keyboard import give_mnemonics, reserved_letters
from hrdoc.gui.workspace.page import CaseData, listing, record_label
from hrdoc.services.cases import RecordRow
from hrdoc.services.errors import NotFound
from hrdoc.storage.errors import StoreError


@dataclass(frozen=True)
class Relation:
    """Records of ``kind`` whose field ``key`` refers to a record of ``parent``."""

    parent: str
    kind: str
    key: str

    def heading(self) -> str:
        words = _HEADINGS.get((self.parent, self.kind))
        return tr(words[0]) if words else kind_name(self.kind).capitalize()

    def add_text(self) -> str:
        words = _HEADINGS.get((self.parent, self.kind))
        return tr(words[1]) if words else tr("Add {kind}…").format(kind=kind_name(self.kind))


# Headings and Add buttons in words that read well under the record they belong to (translated where shown).
_HEADINGS: dict[tuple[str, str], tuple[str, str]] = {
    (Kind.INCIDENT, Kind.ALLEGATION): (N_("Allegations"), N_("Add allegation…")),
    (Kind.INCIDENT, Kind.LINK): (N_("Evidence bearing on the incident"), N_("Add evidence link…")),
    (Kind.ALLEGATION, Kind.PERPETRATOR): (N_("Alleged perpetrators"), N_("Add perpetrator…")),
    (Kind.ALLEGATION, Kind.ALLEGATION_VICTIM): (N_("Victims"), N_("Add victim…")),
    (Kind.ALLEGATION, Kind.LINK): (N_("Corroborating sources, accounts and files"), N_("Add corroboration…")),
    (Kind.WITNESS, Kind.ACCOUNT): (N_("Accounts"), N_("Add account…")),
    (Kind.ACCOUNT, Kind.LINK): (N_("What the account bears on"), N_("Add link…")),
    (Kind.SOURCE, Kind.LINK): (N_("What the source bears on"), N_("Add link…")),
    (Kind.LOCATION, Kind.INCIDENT): (N_("Incidents here"), N_("Add incident here…")),
    (Kind.ACTOR, Kind.PERPETRATOR): (N_("Alleged perpetrator in"), N_("Add to an allegation…")),
    (Kind.VICTIM, Kind.ALLEGATION_VICTIM): (N_("Victim in"), N_("Add to an allegation…")),
    (Kind.INCIDENT, Kind.FIGURE): (N_("Figures reported by sources"), N_("Add reported figure…")),
    (Kind.ALLEGATION, Kind.FIGURE): (N_("Figures reported by sources"), N_("Add reported figure…")),
    (Kind.SOURCE, Kind.FIGURE): (N_("Figures the source reports"), N_("Add reported figure…")),
    (Kind.ACCOUNT, Kind.FIGURE): (N_("Figures the account reports"), N_("Add reported figure…")),
}


def relations(parent: str) -> list[Relation]:
    """The kinds of record (with a form) that refer to ``parent``, and by which field, in registry order."""
    out: list[Relation] = []
    for kind in form_kinds():
        for field in registry.kind(kind).fields:
            if field.ref == parent and not field.system:
                out.append(Relation(parent, kind, field.name))
    return out


# Records listed under each heading at most: the rest are in their own table (a source with thousands of links).
SHOWN = 200
BUTTONS_A_ROW = 2


def row_text(relation: Relation, row: RecordRow, name: str = "") -> str:
    """A related record in words, leaving out the record it is listed under: a perpetrator by its actor and
    involvement, a link by its other end and how it bears on it; a record of its own by its ``name``. The names of
    the records a row refers to are read with it (``"_names"``)."""
    kind = registry.kind(relation.kind)
    names = row.get("_names", {})
    others = [
        names.get(f.name) or "?"
        for f in kind.fields
        if f.ref and f.name != relation.key and not f.system and row.get(f.name)
    ]
    if relation.kind == Kind.FIGURE:  # who says how many of whom: "At least 90 (Civilians) — UN inquiry"
        return " — ".join([figure_text(row), *others])
    if not others:
        return name or record_label(row)
    choices = [
        choice_label(str(row[f.name]), f.choices)
        for f in kind.fields
        if f.widget is Widget.CHOICE and row.get(f.name) and f.name != "visibility"  # how it joins, not who sees it
    ]
    return " — ".join(others) + (f" ({', '.join(choices)})" if choices else "")


def figure_text(row: RecordRow) -> str:
    """A reported figure as its source gives it, in words: its qualifier, value (a range as low–high) and whom
    it counts as the source characterises them ("About 60 (Civilians)")."""
    kind = registry.kind(Kind.FIGURE)
    value = str(row.get("value", "?"))
    if row.get("value_high") is not None:
        value += f"–{row['value_high']}"
    qualifier = choice_label(str(row.get("qualifier", "")), kind.field("qualifier").choices)
    whom = choice_label(str(row.get("of_whom", "")), kind.field("of_whom").choices)
    return f"{qualifier} {value} ({whom})"


class RelatedWidget(Protocol):
    """What the detail pane needs of the list of related records."""

    add_requested: SignalInstance  # (kind, defaults) a new record of kind, pre-filled with its parent
    open_requested: SignalInstance  # (kind, record id) go to a related record

    def show_related(
        self, kind: str, record_id: str, data: CaseData, *, leave_out: frozenset[str] = frozenset()
    ) -> None: ...

    def clear(self) -> None: ...


ROLE_TARGET = Qt.ItemDataRole.UserRole  # (kind, id) of a related record, or (kind, defaults) of a heading


class RelatedList(QWidget):
    """Related records grouped under headings, with an Add button per heading. Enter or a double-click on a record
    goes to it; on a heading it adds one."""

    add_requested = Signal(str, dict)
    open_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget()
        self.tree.setObjectName("relatedRecords")
        self.tree.setAccessibleName(tr("Related records"))
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.itemActivated.connect(self._activated)
        # Two Add buttons a row: three side by side (an incident's allegations, evidence and figures) are cut in
        # French in a pane of usual width.
        self.buttons = QGridLayout()
        self.buttons.setContentsMargins(0, 0, 0, 0)
        self.buttons.setColumnStretch(BUTTONS_A_ROW, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addLayout(self.buttons)
        self.add_buttons: dict[str, QPushButton] = {}  # by related kind
        self._generation = 0  # which showing the records being read are for

    def sizeHint(self) -> QSize:
        return QSize(300, 150)  # a few records: the form above has the room

    def show_related(
        self, kind: str, record_id: str, data: CaseData, *, leave_out: frozenset[str] = frozenset()
    ) -> None:
        """List the records referring to ``record_id``, but those of the kinds in ``leave_out`` (the first
        :data:`SHOWN` of each kind, read off the GUI thread: see the module)."""
        self.clear()
        pages = data["pages"]
        shown = [r for r in relations(kind) if r.kind not in leave_out]
        for relation in shown:
            if relation.kind not in self.add_buttons:
                defaults = {relation.key: record_id}
                button = QPushButton(relation.add_text())
                button.setObjectName(f"add_related_{relation.kind}")
                button.setToolTip(
                    tr("A new {kind} for this {parent}").format(kind=kind_name(relation.kind), parent=kind_name(kind))
                )
                button.clicked.connect(lambda _c=False, k=relation.kind, d=defaults: self.add_requested.emit(k, d))
                at = len(self.add_buttons)
                self.buttons.addWidget(button, at // BUTTONS_A_ROW, at % BUTTONS_A_ROW)
                self.add_buttons[relation.kind] = button
        give_mnemonics(self.add_buttons.values(), reserved_letters(self))  # those others leave
        if not shown:
            return
        wanted = [(relation, listing(data, relation.kind, **{relation.key: record_id})) for relation in shown]

        def read(_progress: object) -> list[tuple[int, list[RecordRow], dict[str, str]]]:
            out = []
            for relation, records in wanted:
                total, rows = pages.head(records, SHOWN)
                out.append((total, rows, pages.names({relation.kind: [r["id"] for r in rows]})))
            return out

        generation = self._generation
        run_in_background(
            None,
            "",
            read,
            lambda found: self._fill(generation, record_id, shown, found),
            lambda error: self._failed(generation, error),
            quiet=True,
            pool=one_at_a_time(),
        )

    def _failed(self, generation: int, error: BaseException) -> None:
        if shiboken6.isValid(self) and generation == self._generation and not isinstance(error, NotFound | StoreError):
            raise error  # else gone since, or the store locked: nothing to list

    def _fill(
        self,
        generation: int,
        record_id: str,
        shown: list[Relation],
        found: list[tuple[int, list[RecordRow], dict[str, str]]],
    ) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return  # another record is shown meanwhile
        for relation, (total, rows, names) in zip(shown, found, strict=True):
            heading = QTreeWidgetItem([f"{relation.heading()} ({total})"])
            heading.setData(0, ROLE_TARGET, ("add", relation.kind, {relation.key: record_id}))
            font = heading.font(0)
            font.setBold(True)
            heading.setFont(0, font)
            heading.setToolTip(0, relation.add_text())
            self.tree.addTopLevelItem(heading)
            for row in rows:
                text = row_text(relation, row, names.get(row["id"], ""))
                item = QTreeWidgetItem(["  " + text])
                item.setData(0, ROLE_TARGET, ("open", relation.kind, str(row["id"])))
                item.setToolTip(0, text + "\n" + tr("Enter or double-click to go to it"))
                heading.addChild(item)
            if total > len(rows):
                more = QTreeWidgetItem(["  " + tr("… and {count} more").format(count=total - len(rows))])
                more.setData(0, ROLE_TARGET, ("more", relation.kind, None))
                more.setToolTip(0, tr("The others are in the list of all of them"))
                heading.addChild(more)
            heading.setExpanded(True)

    def clear(self) -> None:
        self._generation += 1
        self.tree.clear()
        while self.buttons.count():
            item = self.buttons.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # at once: until it is deleted, its Alt+letter would clash with its replacement's
                widget.deleteLater()
        self.add_buttons.clear()

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        action, kind, target = item.data(0, ROLE_TARGET)
        if action == "open":
            self.open_requested.emit(kind, target)
        elif action == "add":
            self.add_requested.emit(kind, dict(target))

    def texts(self) -> dict[str, list[str]]:
        """What the list shows, heading by heading (for tests and the accessibility walk)."""
        out: dict[str, list[str]] = {}
        for i in range(self.tree.topLevelItemCount()):
            heading = self.tree.topLevelItem(i)
            assert heading is not None
            children = (heading.child(j) for j in range(heading.childCount()))
            out[heading.text(0)] = [c.text(0).strip() for c in children if c is not None]
        return out
