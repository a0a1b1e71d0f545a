"""Preferences: saved through the settings registry, invalid input explained beside its field; and the icons."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from hrdoc.gui import i18n, icons, settings
from hrdoc.gui.preferences import PreferencesDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def temp_settings(qapp: QApplication, tmp_path: Path) -> Iterator[Path]:
    """QSettings() writes to an INI file under tmp_path, never to the user's own settings."""
    old_format = QSettings.defaultFormat()
    old_names = QCoreApplication.organizationName(), QCoreApplication.applicationName()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(tmp_path / scope.name))
    QCoreApplication.setOrganizationName("hrdoc-test")
    QCoreApplication.setApplicationName("hrdoc-test")
    yield tmp_path
    QSettings.setDefaultFormat(old_format)
    QCoreApplication.setOrganizationName(old_names[0])
    QCoreApplication.setApplicationName(old_names[1])
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):  # somewhere harmless, not back home
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(tmp_path / "after" / scope.name))


def save_button(dialog: PreferencesDialog) -> QDialogButtonBox:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_settings_stay_in_the_temporary_directory(temp_settings: Path) -> None:
    QSettings().setValue("probe", 1)
    QSettings().sync()
    assert QSettings().fileName().startswith(str(temp_settings))
    assert list(temp_settings.rglob("*.ini"))


def test_defaults_are_shown(qtbot, temp_settings: Path) -> None:
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    assert dialog.investigator.text() == settings.INVESTIGATOR.default
    assert dialog.autolock.value() == 10
    assert dialog.organisation.text() == ""
    assert dialog.language.currentData() == i18n.system_language()  # none chosen: the system's
    assert dialog.language_note.isHidden() == (i18n.system_language() == i18n.running)
    # No name is assumed (never the computer's login name): Save waits for one.
    assert settings.INVESTIGATOR.default == "" and not save_button(dialog).isEnabled()
    assert "Enter your name" in dialog.investigator_error.text()
    dialog.investigator.setText("A. Diallo")
    assert save_button(dialog).isEnabled()


def test_saved_preferences_are_read_back(qtbot, temp_settings: Path) -> None:
    def drive() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PreferencesDialog) and w.isVisible())
        dialog.investigator.setText("  A. Investigator ")
        dialog.autolock.setValue(45)
        dialog.organisation.setText("Sahel Documentation Project")
        dialog.language.setCurrentIndex(dialog.language.findData("fr"))
        assert dialog.language_note.isVisible() and "next starts" in dialog.language_note.text()
        save_button(dialog).click()

    QTimer.singleShot(0, drive)
    assert PreferencesDialog.ask() is True
    assert settings.INVESTIGATOR.get() == "A. Investigator"
    assert settings.AUTOLOCK_MINUTES.get() == 45
    assert settings.ORGANISATION.get() == "Sahel Documentation Project"
    assert settings.LANGUAGE.get() == "fr"
    again = PreferencesDialog()  # and a new dialog starts from them
    qtbot.addWidget(again)
    assert (again.investigator.text(), again.autolock.value()) == ("A. Investigator", 45)
    assert (again.organisation.text(), again.language.currentData()) == ("Sahel Documentation Project", "fr")


def test_cancel_saves_nothing(qtbot, temp_settings: Path) -> None:
    def drive() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PreferencesDialog) and w.isVisible())
        dialog.autolock.setValue(200)
        dialog.reject()

    QTimer.singleShot(0, drive)
    assert PreferencesDialog.ask() is False
    assert settings.AUTOLOCK_MINUTES.get() == 10


def test_invalid_input_is_explained_beside_the_field(qtbot, temp_settings: Path) -> None:
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.investigator.setText("   ")
    assert dialog.investigator_error.isVisible()
    assert "Enter your name" in dialog.investigator_error.text()
    assert not save_button(dialog).isEnabled()
    dialog.accept()  # even if forced, nothing is saved and the dialog stays
    assert dialog.isVisible()
    assert settings.INVESTIGATOR.get() == settings.INVESTIGATOR.default

    dialog.investigator.setText("x" * 201)
    assert "At most 200" in dialog.investigator_error.text()
    dialog.investigator.setText("B. Field")
    assert dialog.investigator_error.isHidden()

    dialog.autolock.lineEdit().setText("0 min")  # what is left after deleting the digits of "10"
    assert dialog.autolock_error.isVisible()
    assert "from 1 to 240" in dialog.autolock_error.text()
    assert not save_button(dialog).isEnabled()
    dialog.autolock.setValue(240)
    assert dialog.autolock_error.isHidden() and save_button(dialog).isEnabled()


def test_autolock_is_kept_within_range(qtbot, temp_settings: Path) -> None:
    settings.AUTOLOCK_MINUTES.set(100_000)
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    assert dialog.autolock.value() == 240
    dialog.autolock.setValue(0)
    assert dialog.autolock.value() == 1


@pytest.mark.parametrize("name", sorted(icons.NAMES))
def test_every_icon_exists_and_renders(qapp: QApplication, name: str) -> None:
    assert icons.icon_path(name).is_file()
    icon = icons.icon(name)
    assert not icon.isNull()
    image = icon.pixmap(24, 24).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    assert image.width() == 24
    inked = sum(1 for x in range(24) for y in range(24) if image.pixelColor(x, y).alpha() > 0)
    assert 20 < inked < 24 * 24 * 0.8, f"{name}: {inked} visible pixels"


def test_unknown_icon_names_are_a_programming_error() -> None:
    with pytest.raises(ValueError, match="no icon called 'lok'"):
        icons.icon_path("lok")


def test_icon_files_are_small_line_drawings() -> None:
    files = sorted(icons.ICON_DIR.glob("*.svg"))
    assert {f.stem for f in files} == set(icons.NAMES)
    for file in files:
        text = file.read_text(encoding="utf-8")
        assert 'viewBox="0 0 24 24"' in text and 'stroke="currentColor"' in text and 'fill="none"' in text
