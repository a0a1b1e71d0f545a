"""Help → User guide (F1): a short guide shipped with the app (``hrdoc/resources/help/guide.html``), shown in a
window.

The guide's text is English source text, passed through the translation function as it is shown, element by
element (:func:`guide_html`); :func:`guide_strings` lists what a translator translates. Two parts are written
from the app's own declarations so that they cannot disagree with it: who sees what, from the sharing policy
(:mod:`hrdoc.services.sharing`), and the keyboard shortcuts, from :mod:`hrdoc.gui.shortcuts` and the menus.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMenuBar, QTextBrowser, QVBoxLayout, QWidget

from hrdoc.domain.enums import GeoPrecision, Visibility
from hrdoc.domain.registry import Kind
from hrdoc.gui import window_fit
from hrdoc.gui.forms.specs import choice_label
from hrdoc.gui.i18n import number_text, tr
from hrdoc.gui.keyboard import box_mnemonics
from hrdoc.gui.shortcuts import in_columns, right_to_left, shortcuts_html, table_start
from hrdoc.services import sharing
from hrdoc.services.records_kinds import KINDS, column_defaults
from hrdoc.services.sharing import Audience
from hrdoc.shipped import shipped

GUIDE_FILE = shipped("help", "guide.html")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_BLOCK = re.compile(r"<(h1|h2|h3|p|li|td|th)((?:\s[^>]*)?)>(.*?)</\1>", re.DOTALL)
_PART = re.compile(r"\{\{(\w+)\}\}")


def _source(path: Path = GUIDE_FILE) -> str:
    try:
        return _COMMENT.sub("", path.read_text(encoding="utf-8"))
    except OSError as err:  # a broken installation: say so in the window rather than fail
        said = tr("The user guide cannot be read: {error}").format(error=err.strerror or err)  # lupdate skips f-strings
        return f"<p>{html.escape(said)}</p>"


def _normal(text: str) -> str:
    return " ".join(text.split())


def guide_strings(path: Path = GUIDE_FILE) -> list[str]:
    """The guide's text, element by element, as the translation function receives it."""
    return [_normal(match.group(3)) for match in _BLOCK.finditer(_source(path))]


# -- who sees what, from the sharing policy ---------------------------------------------------------------


def _records_seen(audience: Audience) -> str:
    seen = sharing.visibilities(audience)
    if seen == frozenset(v.value for v in Visibility):
        return tr("Every record")
    labels = [choice_label(v.value, Visibility) for v in Visibility if v.value in seen]
    listed = (
        labels[0] if len(labels) == 1 else tr("{first} or {last}").format(first=", ".join(labels[:-1]), last=labels[-1])
    )
    return tr("Records marked {visibility}").format(visibility=listed)


def _accounts_seen(audience: Audience) -> str:
    """What the policy's consent rule (:func:`sharing.account_rule`) lets the audience have of an account."""
    if sharing.account_rule(audience, shared=False, quoted=False, quotable=False) is not None:
        return tr("Every account, the witness's words included")
    if sharing.account_rule(audience, shared=True, quoted=False, quotable=False):
        return tr("Accounts whose witness agreed to sharing beyond the team, their words included")
    return tr(
        "Accounts whose witness agreed to sharing beyond the team; their words only where the witness also agreed "
        "to be quoted and the account is marked quotable"
    )


def _identities(audience: Audience) -> str:
    if sharing.identities_travel(audience):
        return tr("Never in a report or table; in an internal bundle, which the app offers to encrypt")
    return tr("Never")


def _positions_seen(audience: Audience) -> str:
    """How precisely the audience sees a place's position, as :data:`sharing.POSITIONS` declares it."""
    rule = sharing.POSITIONS[audience]
    if rule.decimals is None:
        return tr("As recorded")
    degrees = number_text(10.0**-rule.decimals, rule.decimals)
    km = number_text(round(111.32 * 10.0**-rule.decimals))  # a degree of latitude is about 111 km
    if rule.finest == GeoPrecision.EXACT:
        return tr("Rounded to {degrees}° (about {km} km)").format(degrees=degrees, km=km)
    return tr("Rounded to {degrees}° (about {km} km); a position is never said to be finer than “{precision}”").format(
        degrees=degrees, km=km, precision=choice_label(rule.finest.value, GeoPrecision)
    )


def audiences_html() -> str:
    """A table of the three audiences and what each receives, read from the sharing policy."""
    headers = (
        tr("Audience"),
        tr("Records"),
        tr("Witnesses' accounts"),
        tr("Legal names and contacts"),
        tr("Places' positions"),
        tr("Marked"),
    )
    side = "right" if right_to_left() else "left"
    head = "".join(in_columns([f"<th align='{side}'>{html.escape(h)}</th>" for h in headers]))
    rows = []
    for audience in Audience:
        cells = (
            tr(audience.label),
            _records_seen(audience),
            _accounts_seen(audience),
            _identities(audience),
            _positions_seen(audience),
            tr(audience.banner) if audience.banner else tr("Nothing: a public report carries no banner"),
        )
        rows.append("<tr>" + "".join(in_columns([f"<td valign='top'>{html.escape(c)}</td>" for c in cells])) + "</tr>")
    table = table_start("border='1' cellspacing='0' cellpadding='4'") + f"<tr>{head}</tr>{''.join(rows)}</table>"
    start = column_defaults(KINDS[Kind.INCIDENT].model).get("visibility") or Visibility.RESTRICTED.value
    default = tr("A new record starts as {start}: a public report holds only what someone marked {public}.").format(
        start=choice_label(str(start), Visibility), public=choice_label(Visibility.PUBLIC.value, Visibility)
    )
    return f"{table}<p>{html.escape(default)}</p>"


# -- the guide --------------------------------------------------------------------------------------------


def guide_html(menu_bar: QMenuBar | None = None, path: Path = GUIDE_FILE) -> str:
    """The guide as shown: every element translated, and its generated parts written in."""

    def translated(match: re.Match[str]) -> str:
        tag, attributes, text = match.group(1), match.group(2), _normal(match.group(3))
        return f"<{tag}{attributes}>{tr(text)}</{tag}>"

    text = _BLOCK.sub(translated, _source(path))
    parts: dict[str, Callable[[], str]] = {"audiences": audiences_html, "shortcuts": lambda: shortcuts_html(menu_bar)}
    return _PART.sub(lambda m: parts[m.group(1)]() if m.group(1) in parts else "", text)


class UserGuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, menu_bar: QMenuBar | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userGuide")
        self.setWindowTitle(tr("hrdoc user guide"))
        self.text = QTextBrowser()
        self.text.setObjectName("userGuideText")
        self.text.setAccessibleName(tr("User guide"))
        self.text.setOpenExternalLinks(False)  # the guide links only to its own sections
        self.text.setHtml(guide_html(menu_bar))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box_mnemonics(buttons)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        screen, frame = window_fit.available_geometry(parent or self), window_fit.FRAME
        self.resize(min(820, screen.width() - frame.width()), min(680, screen.height() - frame.height()))

    def show_section(self, anchor: str) -> None:
        self.text.scrollToAnchor(anchor)

    @classmethod
    def show_for(cls, parent: QWidget | None = None, menu_bar: QMenuBar | None = None, section: str = "") -> None:
        dialog = cls(parent, menu_bar)
        try:
            if section:
                dialog.show_section(section)
            dialog.exec()
        finally:
            dialog.deleteLater()
