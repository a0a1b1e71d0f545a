"""A field's message writes the numbers it names as the interface's language does (issue 16, point 4): the victims'
breakdown adding up to more than the count says "1 500" in French, not "1500"; its English text keeps the digits."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from hrdoc.domain import validation
from hrdoc.gui import i18n
from hrdoc.gui.errors_text import field_message

pytestmark = pytest.mark.gui

VICTIM = {"label": "Civilians in the convoy", "count_best": 1200, "count_women": 1500}


def _breakdown_error() -> validation.FieldError:
    with pytest.raises(validation.ValidationError) as failure:
        validation.check_victim(VICTIM)
    [error] = [e for e in failure.value.errors if e.field == "count_women"]
    return error


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    installed = i18n.install(qapp, "fr")
    yield
    installed.remove()


def test_the_english_text_keeps_the_digits() -> None:
    assert "adds up to 1500, more than the best estimate of the count (1200)" in str(_breakdown_error())


def test_french_groups_the_thousands(french: None) -> None:
    shown = field_message(_breakdown_error())
    assert "1\u202f500" in shown and "1\u202f200" in shown, shown
    assert "1500" not in shown
