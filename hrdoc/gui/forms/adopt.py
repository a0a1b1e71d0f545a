"""Actors of the store's other cases in an actor picker: a known armed group entered once, chosen in any case.

Typing in an actor picker also finds the actors the store's other cases hold (by name or alias), listed after the
case's own as "Wagner Group — from ML-2024-001". Picking one copies it into the form's case
(:func:`hrdoc.services.actors_shared.adopt`: a record of that case, with the same name, aliases and the rest, the
audit log saying where it came from) and the picker holds the copy. Which actors are offered is the sharing
policy's to say (:func:`hrdoc.services.actors_shared.known_actors`).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtWidgets import QApplication, QMessageBox

from hrdoc.domain.errors import UserError
from hrdoc.domain.registry import Kind
from hrdoc.gui.errors_text import error_text
from hrdoc.gui.forms.picker import Adoptable
from hrdoc.gui.i18n import tr
from hrdoc.services.actors_shared import adopt, known_actors
from hrdoc.services.context import StoreContext


def adoptable_options(
    ctx: StoreContext, kind: str, case_id: uuid.UUID, *, then: Callable[[], None] | None = None
) -> list[tuple[str, Any]]:
    """The records of other cases a picker of ``kind`` in case ``case_id`` offers to copy into it, as (label,
    :class:`~hrdoc.gui.forms.picker.Adoptable`): the actors known in the store; nothing for another kind. ``then``,
    for a picker whose entries are read once (a row of the allegation form's perpetrators), reads them again once a
    copy is made, so that the picker can hold it."""
    if kind != Kind.ACTOR:
        return []
    return [
        (known.name, Adoptable(known.source, partial(_take, ctx, known.actor_id, case_id, then), known.aliases))
        for known in known_actors(ctx, case_id)
    ]


def _take(
    ctx: StoreContext, actor_id: uuid.UUID, case_id: uuid.UUID, then: Callable[[], None] | None
) -> uuid.UUID | None:
    """Copy the actor into the case: the copy's id, or None (and the reason shown) if it cannot be."""
    try:
        made = adopt(ctx, actor_id, case_id)
    except UserError as err:
        QMessageBox.warning(QApplication.activeWindow(), tr("Actor not added"), error_text(err))
        return None
    if then is not None:
        then()
    return made
