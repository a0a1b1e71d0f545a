"""The results of the search dialog (:mod:`hrdoc.gui.search_dialog`): hits grouped by kind under a header
each, drawn with the words found in bold, and which workspace page shows a hit's kind.

Every piece of user text is HTML-escaped before the search highlights become ``<b>``, so markup in a title is
shown as typed, never interpreted.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QFont, QPainter, QPalette, QResizeEvent, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView

from hrdoc.gui import colours
from hrdoc.gui.i18n import tr
from hrdoc.services.search import HIGHLIGHT_END, HIGHLIGHT_START, SearchHit

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

# Workspace pages (see hrdoc.gui.workspace.pages.build_pages), in navigation order.
OVERVIEW, INCIDENTS, ACTORS, VICTIMS, WITNESSES, SOURCES, EVIDENCE_LINKS, CHRONOLOGY, AUDIT = range(9)
_PAGE_FOR_KIND = {
    "case": OVERVIEW,
    "incident": INCIDENTS,
    "allegation": INCIDENTS,
    "location": INCIDENTS,  # places are shown with the incidents that happened there
    "actor": ACTORS,
    "victim": VICTIMS,
    "witness": WITNESSES,
    "account": WITNESSES,
    "source": SOURCES,
    "link": EVIDENCE_LINKS,
    "evidence": EVIDENCE_LINKS,
    "figure": INCIDENTS,  # listed under its incident or allegation (opened in its form: workspace.show_record)
}

# Group order in the results; kinds the index may grow later go last, under their own name.
KINDS: tuple[str, ...] = (
    *("incident", "allegation", "actor", "witness", "account", "source"),
    *("location", "victim", "evidence", "link", "figure", "case"),
)
_MARKED = re.compile(re.escape(HIGHLIGHT_START) + "(.*?)" + re.escape(HIGHLIGHT_END), re.DOTALL)


def page_for_kind(kind: str) -> int:
    """The workspace page that shows records of this kind (the overview for anything unknown)."""
    return _PAGE_FOR_KIND.get(kind, OVERVIEW)


def group_label(kind: str) -> str:
    labels = {
        "incident": tr("Incidents"),
        "allegation": tr("Allegations"),
        "actor": tr("Actors"),
        "witness": tr("Witnesses"),
        "account": tr("Accounts"),
        "source": tr("Sources"),
        "location": tr("Locations"),
        "victim": tr("Victims"),
        "evidence": tr("Evidence"),
        "link": tr("Links"),
        "figure": tr("Reported figures"),
        "case": tr("Cases"),
    }
    return labels.get(kind, kind.replace("_", " ").capitalize())


def _one_line(text: str) -> str:
    """Index bodies keep one field per line; in a result they read better as one line."""
    return " · ".join(part for line in text.splitlines() if (part := " ".join(line.split())))


def snippet_html(snippet: str) -> str:
    """The snippet as safe HTML: everything escaped, then the highlighted words in bold."""
    escaped = html.escape(_one_line(snippet), quote=False)
    bold = _MARKED.sub(lambda m: f"<b>{m.group(1)}</b>", escaped)
    return bold.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "")  # stray markers from odd input


def snippet_text(snippet: str) -> str:
    """The snippet as plain text, with the highlighted words between « and »."""
    return _one_line(snippet).replace(HIGHLIGHT_START, "«").replace(HIGHLIGHT_END, "»")


def hit_title(hit: SearchHit) -> str:
    title = " ".join(hit.title.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "").split())
    return title or tr("(untitled {kind})").format(kind=group_label(hit.kind).lower())


def hit_html(hit: SearchHit, muted: str = "") -> str:
    """Two lines: the record's title with its case reference (in ``muted``, the palette's secondary colour by
    default), then the snippet with the matches in bold."""
    muted = muted or colours.secondary().name()
    title = html.escape(hit_title(hit), quote=False)
    reference = html.escape(hit.case_reference, quote=False)
    return (
        f"{title}&nbsp;&nbsp;<span style='color:{muted}'>{reference}</span>"
        f"<br><span style='font-size:small'>{snippet_html(hit.snippet)}</span>"
    )


class Role(IntEnum):
    KIND = Qt.ItemDataRole.UserRole + 1
    RECORD_ID = Qt.ItemDataRole.UserRole + 2
    CASE_ID = Qt.ItemDataRole.UserRole + 3
    HIT = Qt.ItemDataRole.UserRole + 4
    HTML = Qt.ItemDataRole.UserRole + 5
    SNIPPET_TEXT = Qt.ItemDataRole.UserRole + 6
    IS_GROUP = Qt.ItemDataRole.UserRole + 7


class SearchResultsModel(QAbstractItemModel):
    """Two levels: one row per kind that has hits ("Incidents (2)"), the hits of that kind beneath it.

    A hit's index carries its group's row + 1 as internal id; a group's carries 0.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[tuple[str, list[SearchHit]]] = []

    def set_hits(self, hits: Sequence[SearchHit]) -> None:
        by_kind: dict[str, list[SearchHit]] = {}
        for hit in hits:  # hits arrive best first; keep that order within each group
            by_kind.setdefault(hit.kind, []).append(hit)
        order = [k for k in KINDS if k in by_kind] + sorted(k for k in by_kind if k not in KINDS)
        self.beginResetModel()
        self._groups = [(kind, by_kind[kind]) for kind in order]
        self.endResetModel()

    def clear(self) -> None:
        self.set_hits([])

    def hit_count(self) -> int:
        return sum(len(hits) for _kind, hits in self._groups)

    def group_row(self, kind: str) -> int:
        return next((row for row, (k, _hits) in enumerate(self._groups) if k == kind), -1)

    def hit(self, index: Index) -> SearchHit | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        group = index.internalId() - 1
        if not 0 <= group < len(self._groups) or not 0 <= index.row() < len(self._groups[group][1]):
            return None
        return self._groups[group][1][index.row()]

    def first_hit(self) -> QModelIndex:
        return self.index(0, 0, self.index(0, 0)) if self._groups else QModelIndex()

    # -- QAbstractItemModel ----------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        if parent.internalId() == 0:
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, child: Index | None = None) -> Any:  # also QObject.parent()
        if child is None:
            return super().parent()
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = _ROOT) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0 and 0 <= parent.row() < len(self._groups):
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == 0:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            if not 0 <= index.row() < len(self._groups):
                return None
            return self._group_data(index.row(), role)
        hit = self.hit(index)
        if hit is None:
            return None
        return self._hit_data(hit, role)

    def _group_data(self, row: int, role: int) -> Any:
        """A group's header row: the kind of record and how many hits, in bold."""
        kind, hits = self._groups[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return tr("{group} ({count})").format(group=group_label(kind), count=len(hits))
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Role.KIND:
            return kind
        if role == Role.IS_GROUP:
            return True
        return None

    @staticmethod
    def _hit_data(hit: SearchHit, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{hit_title(hit)} — {hit.case_reference}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{hit_title(hit)} — {hit.case_reference}\n{snippet_text(hit.snippet)}"
        if role == Role.KIND:
            return hit.kind
        if role == Role.RECORD_ID:
            return str(hit.record_id)
        if role == Role.CASE_ID:
            return str(hit.case_id)
        if role == Role.HIT:
            return hit
        if role == Role.HTML:
            return hit_html(hit)
        if role == Role.SNIPPET_TEXT:
            return snippet_text(hit.snippet)
        if role == Role.IS_GROUP:
            return False
        return None


class HitDelegate(QStyledItemDelegate):
    """Draws a hit as two lines of (escaped) rich text; group rows are drawn as usual."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view

    def _document(self, hit: SearchHit, option: QStyleOptionViewItem, width: int) -> QTextDocument:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = option.palette
        doc = QTextDocument()
        doc.setDocumentMargin(3)
        doc.setDefaultFont(option.font)
        muted = palette.color(QPalette.ColorRole.HighlightedText) if selected else colours.secondary(palette)
        doc.setHtml(hit_html(hit, muted.name()))
        doc.setTextWidth(max(width, 50))
        return doc

    def _width(self, index: Index) -> int:
        depth = 1 if index.parent().isValid() else 0
        return self.view.viewport().width() - depth * self.view.indentation() - 2

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        hit = index.data(Role.HIT)
        if not isinstance(hit, SearchHit):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = opt.rect
        doc = self._document(hit, opt, rect.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        if opt.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(
                QPalette.ColorRole.Text,
                opt.palette.color(QPalette.ColorRole.HighlightedText),
            )
        painter.save()
        painter.translate(rect.topLeft())
        painter.setClipRect(rect.translated(-rect.topLeft()))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hit = index.data(Role.HIT)
        if not isinstance(hit, SearchHit):
            return super().sizeHint(option, index)
        # A fixed height (title and two lines of snippet) instead of laying out every hit's rich text:
        # with a hundred hits that layout froze the window for a tenth of a second (docs/benchmarks.md).
        lines = option.fontMetrics.lineSpacing()
        return QSize(self._width(index), 3 * lines + 8)


class ResultsView(QTreeView):
    """A tree whose rows are laid out again when its width changes (hit rows wrap to the width)."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()
