"""The app shows services' errors in the interface's language (issue 16, point 1), with the real catalogues: a
dialog's message (error_text) and a field's message beside its field (field_message)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from hrdoc.domain.validation import ValidationError, check_case
from hrdoc.gui import dialogs, i18n
from hrdoc.gui.errors_text import error_text, field_message
from hrdoc.services import languages
from hrdoc.services.exchange.bundle.errors import BundleError
from hrdoc.storage.errors import WrongPassphrase
from tests.real_catalogues import compile_real_catalogues

pytestmark = pytest.mark.gui


@pytest.fixture
def installed(qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[i18n.Installed]]:
    monkeypatch.setattr(languages, "CATALOGUES", compile_real_catalogues(tmp_path / "translations"))
    made: list[i18n.Installed] = []
    yield made
    for one in reversed(made):
        one.remove()


def invalid_case() -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        check_case({"reference": "ML 2025", "title": "Sahel", "status": "open", "visibility": "public"})
    return caught.value


def test_errors_in_french(qapp: QApplication, installed: list[i18n.Installed]) -> None:
    installed.append(i18n.install(qapp, "fr"))
    assert error_text(WrongPassphrase()) == "phrase secrète erronée, ou ce n'est pas une base hrdoc"
    bundle = BundleError("the member {name} appears twice in the bundle", name="records/case.json")
    assert error_text(bundle) == "le membre records/case.json apparaît deux fois dans le paquet"
    err = invalid_case()
    assert field_message(err.errors[0]).startswith("ne peut contenir que des lettres, des chiffres")
    assert error_text(err).startswith("Référence\u00a0: ne peut contenir que des lettres")
    assert dialogs.error_text(err).startswith("Ne peut contenir que des lettres")  # a dialog's sentences
    assert error_text(ValueError("a bug's words")) == "a bug's words"  # anything else as it is


def test_errors_in_arabic(qapp: QApplication, installed: list[i18n.Installed]) -> None:
    installed.append(i18n.install(qapp, "ar"))
    assert error_text(WrongPassphrase()) == "عبارة مرور خاطئة، أو ليست قاعدة بيانات hrdoc"
    assert field_message(invalid_case().errors[0]).startswith("لا يجوز أن يحتوي إلا على حروف")


def test_english_unchanged(qapp: QApplication, installed: list[i18n.Installed]) -> None:
    installed.append(i18n.install(qapp, "en"))
    assert error_text(WrongPassphrase()) == str(WrongPassphrase())
    assert error_text(invalid_case()) == str(invalid_case())
