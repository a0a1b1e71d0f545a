"""The interface's language (issue 16, point 1): chosen in Preferences, put in place at the next start with hrdoc's
catalogue, Qt's own (its standard buttons), the locale's dates and numbers, and right to left in Arabic.

hrdoc's catalogues here are test catalogues of a few messages (tests/catalogues.py), so that these tests do not
wait on the translators; the real ones are checked in tests/test_translations.py."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from hrdoc.gui import i18n, settings
from hrdoc.gui.i18n import tr
from hrdoc.gui.preferences import NEXT_START, PreferencesDialog
from hrdoc.services import languages
from tests.catalogues import compile_catalogue

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
FRENCH = {
    "&File": "&Fichier",
    "Create": "Créer",
    NEXT_START: "Votre choix prendra effet au prochain démarrage de hrdoc.",
}
ARABIC = {"&File": "&ملف", "Create": "أنشئ"}


@pytest.fixture
def catalogues(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "translations"
    compile_catalogue(folder, "fr", FRENCH)
    compile_catalogue(folder, "ar", ARABIC)
    monkeypatch.setattr(languages, "CATALOGUES", folder)
    return folder


@pytest.fixture
def start(qapp: QApplication) -> Iterator[list[i18n.Installed]]:
    """i18n.install() as a start does; whatever it put in place is taken out after the test."""
    made: list[i18n.Installed] = []
    yield made
    for installed in reversed(made):
        installed.remove()


def cancel_text() -> str:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    try:
        return box.button(QDialogButtonBox.StandardButton.Cancel).text()
    finally:
        box.deleteLater()


def test_french_chosen_in_preferences_is_the_next_starts_language(
    qtbot, qapp: QApplication, catalogues: Path, start: list[i18n.Installed]
) -> None:
    settings.LANGUAGE.set("en")
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names == ["English", "Français", "العربية"]  # each in its own language
    assert dialog.language.currentData() == "en" and dialog.language_note.isHidden()
    dialog.investigator.setText("A. Diallo")
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    # Said at once, in the interface's language and in the one chosen.
    assert not dialog.language_note.isHidden()
    assert dialog.language_note.text().splitlines() == [NEXT_START, f"\u200e{FRENCH[NEXT_START]}\u200e"]
    dialog.accept()
    assert settings.LANGUAGE.get() == "fr"
    assert tr("&File") == "&File"  # this run keeps its language

    start.append(i18n.install(qapp))  # the next start reads Preferences
    assert i18n.running == "fr"
    assert tr("&File") == "&Fichier"
    assert cancel_text() == "Annuler"  # Qt's own translation, shipped with PySide6
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QLocale().language() == QLocale.Language.French
    assert QLocale().toString(1234) == "1\u202f234"
    assert QLocale().toString(QDate(2022, 3, 27), "d MMMM yyyy") == "27 mars 2022"
    assert i18n.number_text(1234) == "1\u202f234" and i18n.number_text(0.5, 1) == "0,5"
    assert i18n.date_text(dt.date(2022, 3, 1)) == "1er mars 2022"
    again = PreferencesDialog()  # French running, French chosen: nothing to say
    qtbot.addWidget(again)
    assert again.language.currentData() == "fr" and again.language_note.isHidden()


def test_arabic_lays_out_right_to_left(qapp: QApplication, catalogues: Path, start: list[i18n.Installed]) -> None:
    start.append(i18n.install(qapp, "ar"))
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert tr("&File") == ARABIC["&File"]
    assert cancel_text() not in ("Cancel", "&Cancel")
    assert QLocale().language() == QLocale.Language.Arabic
    assert QLocale().toString(1234) == "1,234"  # the digits of UN Arabic documents and of the reports
    start.pop().remove()
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight and tr("&File") == "&File"


def test_english_loads_nothing(qapp: QApplication, catalogues: Path, start: list[i18n.Installed]) -> None:
    start.append(i18n.install(qapp, "en"))
    assert start[0].translators == [] and cancel_text() == "Cancel"
    assert QLocale().language() == QLocale.Language.English


def test_the_default_is_the_systems_language(monkeypatch: pytest.MonkeyPatch) -> None:
    assert settings.LANGUAGE.get() == ""  # none chosen yet
    for system, expected in (("fr_CA", "fr"), ("ar_SD", "ar"), ("de_DE", "en"), ("en_US", "en")):
        monkeypatch.setattr(QLocale, "system", staticmethod(lambda name=system: QLocale(name)))
        assert i18n.chosen_language() == expected
    settings.LANGUAGE.set("ar")
    assert i18n.chosen_language() == "ar"


def test_saving_other_preferences_does_not_fix_the_systems_language(qtbot) -> None:
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == i18n.system_language()
    dialog.investigator.setText("A. Diallo")
    dialog.accept()
    assert settings.LANGUAGE.get() == ""  # it goes on following the system's


# A start of `hrdoc gui` with French chosen: once the unlock dialog is painted, what it shows.
DRIVER = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from hrdoc.services import languages

languages.CATALOGUES = Path(sys.argv[2])
app = QApplication(["hrdoc"])

class Watch(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and type(watched).__name__ == "UnlockDialog":
            app.removeEventFilter(self)
            QTimer.singleShot(0, lambda: report(watched))
        return False

def report(dialog):
    box = dialog.findChild(QDialogButtonBox)
    print(json.dumps({
        "buttons": [b.text() for b in box.buttons()],
        "direction": app.layoutDirection().name,
        "locale": QLocale().name(),
    }))
    sys.stdout.flush()
    QCoreApplication.exit(0)

watch = Watch(app)
app.installEventFilter(watch)
from hrdoc.cli import main
main(["gui", "--db", sys.argv[1]])
"""


@pytest.mark.slow
@pytest.mark.parametrize("language", ["fr", "ar"])
def test_hrdoc_gui_starts_in_the_chosen_language(tmp_path: Path, catalogues: Path, language: str) -> None:
    config = tmp_path / "config"
    (config / "hrdoc").mkdir(parents=True)
    (config / "hrdoc" / "hrdoc.conf").write_text(
        f"[preferences]\ninvestigator=A. Diallo\nlanguage={language}\n", encoding="utf-8"
    )
    env = {**os.environ, "XDG_CONFIG_HOME": str(config), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", DRIVER, str(tmp_path / "new.db"), str(catalogues)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    shown = json.loads(done.stdout.splitlines()[-1])
    buttons = sorted(text.replace("&", "") for text in shown["buttons"])
    assert not (tmp_path / "new.db").exists()
    if language == "fr":
        assert buttons == ["Annuler", "Créer"]  # hrdoc's catalogue, and Qt's for its standard Cancel
        assert (shown["direction"], shown["locale"]) == ("LeftToRight", "fr_FR")
    else:
        assert ARABIC["Create"] in buttons and "Cancel" not in buttons
        assert (shown["direction"], shown["locale"]) == ("RightToLeft", "ar_001")
