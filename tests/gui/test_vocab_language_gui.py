"""The GUI shows vocabulary terms in the interface's language: a form's violation, event type and sub-type
drop-downs in French or Arabic, a term users added with no Arabic label in English."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox

from hrdoc.gui import i18n
from hrdoc.gui.forms.dialog import RecordDialog
from hrdoc.gui.vocab_language import interface_language
from hrdoc.services.context import StoreContext
from hrdoc.services.records import RecordService

pytestmark = pytest.mark.gui


@pytest.fixture
def in_language(monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """Puts a language in place as hrdoc.gui.i18n.install does at start, its running language and its default
    locale (no catalogue: the vocabulary labels come from the store), and puts them back."""
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(i18n.ui_locale(name))
        monkeypatch.setattr(i18n, "running", name)

    yield use
    QLocale.setDefault(before)


def entries(dialog: RecordDialog, name: str) -> dict[str, str]:
    combo = dialog.widgets[name]
    assert isinstance(combo, QComboBox)
    return {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}


def test_the_interface_language_is_the_running_one_whatever_the_default_locale(in_language) -> None:
    for language in ("fr", "ar", "en"):
        in_language(language)
        assert interface_language() == language
    for name in ("fr_FR", "ar_001", "de_DE"):  # a locale alone (a test's, a library's) does not change it
        QLocale.setDefault(QLocale(name))
        assert interface_language() == "en"


@pytest.mark.parametrize(
    ("language", "violation", "event_type"),
    [
        ("en", "Enforced disappearance", "Battles"),
        ("fr", "Disparition forcée", "Batailles"),
        ("ar", "الاختفاء القسري", "المعارك"),
    ],
)
def test_a_form_lists_vocabulary_terms_in_the_interface_language(
    qtbot, in_language, ctx: StoreContext, language: str, violation: str, event_type: str
) -> None:
    in_language(language)
    records = RecordService(ctx)
    records.create(
        "vocabulary_term",
        vocabulary="violation_type",
        code="forced_eviction",
        label_en="Forced eviction",
        label_fr="Expulsion forcée",
    )
    case = records.create("case", reference="T-1", title="Test case")
    allegation = RecordDialog(ctx, "allegation", case, None)
    qtbot.addWidget(allegation)
    violations = entries(allegation, "violation_type")
    assert violations["enforced_disappearance"] == violation
    assert violations["forced_eviction"] == ("Expulsion forcée" if language == "fr" else "Forced eviction")
    incident = RecordDialog(ctx, "incident", case, None)
    qtbot.addWidget(incident)
    assert entries(incident, "event_type")["battles"] == event_type
