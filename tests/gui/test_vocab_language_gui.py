"""The GUI shows vocabulary terms in the interface's language: a form's violation, event type and sub-type
drop-downs in French or Arabic, a term users added with no Arabic label in English."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox

from hrdoc.gui.forms.dialog import RecordDialog
from hrdoc.gui.vocab_language import interface_language
from hrdoc.services.context import StoreContext
from hrdoc.services.records import RecordService

pytestmark = pytest.mark.gui


@pytest.fixture
def in_language() -> Iterator[object]:
    """Sets the default locale as the interface's language does at start (hrdoc.gui.i18n), and puts it back."""
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(before)


def entries(dialog: RecordDialog, name: str) -> dict[str, str]:
    combo = dialog.widgets[name]
    assert isinstance(combo, QComboBox)
    return {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}


def test_the_interface_language_is_the_default_locale_s(in_language) -> None:
    for name, language in (("fr_FR", "fr"), ("fr_CA", "fr"), ("ar_001", "ar"), ("en_GB", "en"), ("de_DE", "en")):
        in_language(name)
        assert interface_language() == language, name


@pytest.mark.parametrize(
    ("locale", "violation", "event_type"),
    [
        ("en_GB", "Enforced disappearance", "Battles"),
        ("fr_FR", "Disparition forcée", "Batailles"),
        ("ar_001", "الاختفاء القسري", "المعارك"),
    ],
)
def test_a_form_lists_vocabulary_terms_in_the_interface_language(
    qtbot, in_language, ctx: StoreContext, locale: str, violation: str, event_type: str
) -> None:
    in_language(locale)
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
    assert violations["forced_eviction"] == ("Expulsion forcée" if locale == "fr_FR" else "Forced eviction")
    incident = RecordDialog(ctx, "incident", case, None)
    qtbot.addWidget(incident)
    assert entries(incident, "event_type")["battles"] == event_type
