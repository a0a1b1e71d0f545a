"""The form dialog: one :class:`~hrdoc.gui.forms.form.RecordForm` in a window with Save and Cancel, for creating
a record or editing one away from the workspace's detail pane (a restored draft, the case's details).

The form does the work (fields, validation, drafts, undo, protected identity); the dialog adds the window, its
buttons and the keyboard of :class:`~hrdoc.gui.forms.keys.KeyboardForm`: the first field has the focus, Return
moves on, Ctrl+Enter saves, Esc on a changed form asks first; the wheel changes no drop-down it scrolls past.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from hrdoc.domain.validation import FieldError
from hrdoc.gui import shortcuts, window_fit
from hrdoc.gui.forms.form import RecordForm
from hrdoc.gui.forms.keys import KeyboardForm
from hrdoc.gui.forms.picker import CreateInline, typed_defaults
from hrdoc.gui.forms.specs import kind_name
from hrdoc.gui.i18n import tr
from hrdoc.gui.keyboard import box_mnemonics
from hrdoc.gui.undo import RecordUndoStack
from hrdoc.services.context import StoreContext
from hrdoc.services.drafts import DraftInfo

# Told of each record a picker's "New …" made and saved (its kind and id), whether or not the form it was made from
# is saved then: the workspace's lists show it at once.
Made = Callable[[str, uuid.UUID], None]


class RecordDialog(KeyboardForm):
    """Create or edit one record in a window. ``form`` is the :class:`RecordForm`; ``widgets``, ``errors``,
    ``specs`` and the form's methods are reachable on the dialog too. ``made`` is told of the records its pickers
    make ("New place…"), and of those their own forms' pickers make."""

    def __init__(
        self,
        ctx: StoreContext,
        kind: str,
        case_id: uuid.UUID | None,
        record_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
        *,
        defaults: dict[str, Any] | None = None,
        undo_stack: RecordUndoStack | None = None,
        draft: DraftInfo | None = None,
        made: Made | None = None,
    ) -> None:
        super().__init__(parent)
        self.form = RecordForm(
            ctx,
            kind,
            case_id,
            record_id,
            self,
            defaults=defaults,
            undo_stack=undo_stack,
            draft=draft,
            create_inline=inline_creator(self, ctx, case_id, undo_stack, made),
        )
        self.kind = kind
        self.case_id = case_id
        self.record_id = record_id
        self.widgets = self.form.widgets
        self.errors = self.form.errors
        self.specs = self.form.specs
        self.form_error = self.form.form_error
        self.field_area = self.form.field_area
        self.setObjectName(f"recordDialog_{kind}")
        what = kind_name(kind)
        self.setWindowTitle(
            tr("New {kind}").format(kind=what) if record_id is None else tr("Edit {kind}").format(kind=what)
        )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip(shortcuts.tip(tr("Save the {kind}").format(kind=what), shortcuts.SAVE_FORM))
        box_mnemonics(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.buttons)
        self._fit_screen(self.form.form_host)

    def _fit_screen(self, content: QWidget) -> None:
        available = window_fit.available_geometry(self)
        width = max(560, content.sizeHint().width() + 60)
        height = content.sizeHint().height() + 110
        if available.isValid():
            width = min(width, available.width() - 40)
            height = min(height, available.height() - 80)
        self.resize(width, height)

    # -- the form's state and actions, on the dialog ------------------------------------------------

    @property
    def saved_id(self) -> uuid.UUID | None:
        return self.form.saved_id

    @property
    def keep_draft(self) -> bool:
        return self.form.keep_draft

    @keep_draft.setter
    def keep_draft(self, keep: bool) -> None:
        self.form.keep_draft = keep

    def collect(self) -> tuple[dict[str, Any], list[FieldError]]:
        return self.form.collect()

    def raw_values(self) -> dict[str, Any]:
        return self.form.raw_values()

    def is_changed(self) -> bool:
        return self.form.is_changed()

    def discard_question(self) -> str:
        return self.form.discard_question()

    def save_draft(self) -> None:
        self.form.save_draft()

    def keep_as_draft(self) -> None:
        """Save what is typed now and keep it when the dialog closes (used when the app locks)."""
        self.form.keep_as_draft()

    def discarded(self) -> None:
        self.form.discarded()

    def show_errors(self, errors: list[FieldError]) -> None:
        self.form.show_errors(errors)

    def error_text(self, field: str) -> str:
        return self.form.error_text(field)

    def reveal(self, reason: str) -> None:
        self.form.reveal(reason)

    def accept(self) -> None:
        if self.form.save():
            super().accept()

    # -- entry point ------------------------------------------------------------------------------

    @classmethod
    def ask(
        cls,
        ctx: StoreContext,
        kind: str,
        case_id: uuid.UUID | None,
        record_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
        *,
        defaults: dict[str, Any] | None = None,
        undo_stack: RecordUndoStack | None = None,
        draft: DraftInfo | None = None,
        made: Made | None = None,
    ) -> uuid.UUID | None:
        """Show the form; the saved record's id, or None if cancelled."""
        dialog = cls(
            ctx, kind, case_id, record_id, parent, defaults=defaults, undo_stack=undo_stack, draft=draft, made=made
        )
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.saved_id
            return None
        finally:
            dialog.deleteLater()


def inline_creator(
    parent: QWidget,
    ctx: StoreContext,
    case_id: uuid.UUID | None,
    undo_stack: RecordUndoStack | None,
    made: Made | None = None,
) -> CreateInline:
    """What a form's pickers call to make the record they lack ("New place…"): the form of that kind, over
    ``parent``, in the same case, with what was typed in its name field; the new record's id once saved, which
    ``made`` is told at once (the record is saved even if the form it was made from is then cancelled)."""

    def create(kind: str, typed: str) -> uuid.UUID | None:
        defaults = typed_defaults(ctx, kind, typed)
        saved = RecordDialog.ask(ctx, kind, case_id, None, parent, defaults=defaults, undo_stack=undo_stack, made=made)
        if saved is not None and made is not None:
            made(kind, saved)
        return saved

    return create
