"""Service errors as the dialogs show them: in sentences, without mangling the names they start with."""

from __future__ import annotations

import pytest

from hrdoc.domain.validation import FieldError, ValidationError
from hrdoc.gui.dialogs import error_text

pytestmark = pytest.mark.gui


def test_each_problem_becomes_a_sentence() -> None:
    error = ValidationError([FieldError("title", "is required"), FieldError("start_date", "must be a date.")])
    assert error_text(error) == "Is required. Must be a date."


def test_a_message_that_starts_with_a_name_keeps_it() -> None:
    assert error_text(ValueError("events.csv is not UTF-8 text")) == "events.csv is not UTF-8 text."
    assert error_text(ValueError("iPhone photos need no conversion!")) == "iPhone photos need no conversion!"


def test_a_file_system_error_names_the_file() -> None:
    error = PermissionError(13, "Permission denied", "/media/usb/case.hrdoc")
    assert error_text(error) == "Permission denied: /media/usb/case.hrdoc."
