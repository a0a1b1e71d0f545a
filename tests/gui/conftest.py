"""GUI tests never read or write the user's own settings: QSettings goes to a temporary folder. Application
controllers made by a test are shut down after it, whatever happened (see ``controllers``). As in the app,
cyclic garbage is collected on the GUI thread only while the GUI tests run (hrdoc.gui.collector)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from hrdoc.gui.app import AppController
from hrdoc.gui.collector import GuiThreadCollector


@pytest.fixture(scope="package", autouse=True)
def _collect_on_the_gui_thread(qapp: QApplication) -> Iterator[None]:
    collector = GuiThreadCollector(qapp)
    yield
    collector.stop()
    collector.deleteLater()


@pytest.fixture(autouse=True)
def _isolated_settings(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    folder = tmp_path_factory.mktemp("qsettings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder / scope.name))
    QCoreApplication.setOrganizationName("hrdoc-test")
    QCoreApplication.setApplicationName("hrdoc-test")
    yield


@pytest.fixture
def controllers() -> Iterator[Callable[..., AppController]]:
    """Makes AppControllers (same arguments) and shuts each down after the test, passed or failed: a controller
    watches every event of the application until it is shut down."""
    made: list[AppController] = []

    def make(*args: object, **kwargs: object) -> AppController:
        controller = AppController(*args, **kwargs)  # type: ignore[arg-type]
        made.append(controller)
        return controller

    yield make
    for controller in made:
        controller.shutdown()
