"""In the Arabic interface, text follows the direction of what is written (issue 16, point 3).

A field takes the direction of the text typed into it, not the window's: a Latin name or an English quote typed
in an Arabic window reads left to right, from the left, its full stop at its end; Arabic reads right to left,
from the right. A Latin case title heading an Arabic window is aligned as the layout is, on the right.
Italic Arabic (the user guide's) is drawn, not shown as empty boxes, whatever fonts the system has.
"""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import QDateTime, QEvent, Qt
from PySide6.QtGui import QFont, QGuiApplication, QImage, QKeyEvent, QTextLayout
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from hrdoc.gui import i18n
from hrdoc.gui.evidence.dialogs import _WhenEdit
from hrdoc.gui.forms.dialog import RecordDialog
from hrdoc.gui.i18n import LRI, PDI, RLM, in_layout_direction, right_to_left_paragraph
from hrdoc.services.context import StoreContext
from hrdoc.services.records import RecordService

pytestmark = pytest.mark.gui

LATIN = "Annefif, Gao region."
ARABIC = "قُتل ثلاثة مدنيين قرب أنفيف."
RTL, LTR = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight


def inked(image: QImage) -> tuple[int, int]:
    """The leftmost and rightmost columns of ``image`` holding dark pixels (text), inside its frame."""
    columns = [
        x
        for x in range(3, image.width() - 3)
        if any(image.pixelColor(x, y).lightness() < 100 for y in range(3, image.height() - 3))
    ]
    return min(columns), max(columns)


def typed(qtbot, ctx: StoreContext, direction: Qt.LayoutDirection, field: str, text: str) -> QImage:
    """``text`` typed into a new incident form's ``field`` in a window laid out in ``direction``, as drawn."""
    case = RecordService(ctx).create("case", reference=f"T-{uuid.uuid4().hex[:6]}", title="Test case")
    dialog = RecordDialog(ctx, "incident", case, None)
    qtbot.addWidget(dialog)
    dialog.setLayoutDirection(direction)
    dialog.show()
    qtbot.waitExposed(dialog)
    edit = dialog.widgets[field]
    assert isinstance(edit, (QLineEdit, QPlainTextEdit))
    edit.setFocus()
    for char in text:  # as a keyboard sends them, Arabic letters too (qtbot.keyClicks knows only ASCII)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(edit, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))
    assert (edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()) == text
    edit.clearFocus()
    image = edit.grab().toImage()
    edit.clear()  # nothing to ask about when the test closes the form
    return image


@pytest.mark.parametrize("field", ["title", "description"])  # a QLineEdit, a QPlainTextEdit
@pytest.mark.parametrize("text", [LATIN, ARABIC])
def test_a_field_in_an_arabic_window_takes_the_direction_of_what_is_typed(
    qtbot, ctx: StoreContext, field: str, text: str
) -> None:
    in_arabic = typed(qtbot, ctx, RTL, field, text)
    in_english = typed(qtbot, ctx, LTR, field, text)
    left, right = inked(in_arabic)
    if text == LATIN:  # from the left
        assert left < 12 < in_arabic.width() - right
    else:  # from the right
        assert in_arabic.width() - right < 12 < left
    # Laid out the same as in a left-to-right window: the direction is the text's, not the window's.
    assert inked(in_arabic) == inked(in_english)


def test_a_latin_title_heads_an_arabic_window_on_the_right(qtbot) -> None:
    title = "ML-2025-004 — Annefif convoy killings"
    window = QWidget()
    window.setLayoutDirection(RTL)
    qtbot.addWidget(window)
    heading = QLabel()
    QVBoxLayout(window).addWidget(heading)
    window.resize(700, 60)
    window.show()
    heading.setText(in_layout_direction(title, heading))
    assert heading.text() == RLM + title
    left, right = inked(heading.grab().toImage())
    assert heading.width() - right < 10 < left  # aligned right, as the Arabic labels around it
    english = QLabel()
    assert in_layout_direction(title, english) == title  # left to right, as it is


def test_arabic_text_beginning_with_a_latin_word_is_laid_out_right_to_left() -> None:
    def made(latin: str, rest: str) -> str:
        return f"{RLM}{LRI}{latin}{PDI}{rest}"

    assert right_to_left_paragraph("YYYY-MM-DD، أو يُترك فارغاً") == made("YYYY-MM-DD", "، أو يُترك فارغاً")
    assert right_to_left_paragraph("https://… (يُقرأ من ملف)") == made("https://…", " (يُقرأ من ملف)")
    assert right_to_left_paragraph("Alt+حرف") == made("Alt", "+حرف")
    assert right_to_left_paragraph("A — موثوق تماماً") == made("A", " — موثوق تماماً")
    isolated = i18n.isolated("{0} ليس ملفاً")  # the isolated value does not count: Arabic comes first
    for same in ("أو يُترك فارغاً", "Ctrl+N", "<b>الحوادث</b> Ctrl+N", isolated, "A — B"):
        assert right_to_left_paragraph(same) == same


def test_a_date_and_time_field_reads_left_to_right_in_arabic(qtbot) -> None:
    previous = QGuiApplication.layoutDirection()
    QGuiApplication.setLayoutDirection(RTL)  # as in the Arabic interface, when the field is made
    try:
        when = _WhenEdit("unknown")
        qtbot.addWidget(when)
        when.edit.setDateTime(QDateTime.fromString("2026-12-03 18:41", "yyyy-MM-dd HH:mm"))
        assert when.edit.layoutDirection() == LTR
        assert when.edit.lineEdit().displayText() == "2026-12-03 18:41"  # Qt showed "41:18 03-12-2026"
        assert when.unknown.layoutDirection() == RTL  # the rest of the row follows the window
    finally:
        QGuiApplication.setLayoutDirection(previous)


def test_italic_arabic_is_drawn_with_the_shipped_arabic_font(qapp: QApplication) -> None:
    i18n.add_arabic_fonts()
    font = QFont(qapp.font())
    font.setItalic(True)
    layout = QTextLayout("علني أو مقيّد أو سري", font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    glyphs = [g for run in layout.glyphRuns() for g in run.glyphIndexes()]
    assert glyphs and 0 not in glyphs  # glyph 0 is the empty box of a font without the letter
