"""In Arabic, whatever fills a message's placeholder reads as one piece (issue 16, point 3).

A path, a file name or a French place name put into an Arabic sentence is left to right; without isolating it,
the bidi algorithm lets its neutral characters join the sentence, so "/tmp/demo.db" shows as "tmp/demo.db/".
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from hrdoc.gui import i18n
from hrdoc.gui.i18n import FSI, PDI, isolated, tr
from hrdoc.services import languages
from tests.catalogues import compile_catalogue

pytestmark = pytest.mark.gui

UNLOCK = "Enter the passphrase of the store at {0}."
ARABIC = {UNLOCK: "يُرجى إدخال عبارة مرور قاعدة البيانات في {0}."}
FRENCH = {UNLOCK: "Saisissez la phrase secrète de la base {0}."}


@pytest.fixture
def language(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> Iterator[Callable[[str], None]]:
    folder = tmp_path / "translations"
    compile_catalogue(folder, "ar", ARABIC)
    compile_catalogue(folder, "fr", FRENCH)
    monkeypatch.setattr(languages, "CATALOGUES", folder)
    made: list[i18n.Installed] = []

    def start(code: str) -> None:
        made.append(i18n.install(qapp, code))

    yield start
    for installed in reversed(made):
        installed.remove()


def test_an_arabic_message_isolates_what_fills_it(language: Callable[[str], None]) -> None:
    language("ar")
    shown = tr(UNLOCK).format("/tmp/lg/demo.db")
    assert shown == f"يُرجى إدخال عبارة مرور قاعدة البيانات في {FSI}/tmp/lg/demo.db{PDI}."


def test_left_to_right_languages_are_left_as_they_are(language: Callable[[str], None]) -> None:
    language("fr")
    assert tr(UNLOCK).format("/tmp/x.db") == "Saisissez la phrase secrète de la base /tmp/x.db."


def test_isolated_wraps_replacement_fields_only() -> None:
    assert isolated("{0} — {name} ({1:.6f}) {{literal}}") == (
        f"{FSI}{{0}}{PDI} — {FSI}{{name}}{PDI} ({FSI}{{1:.6f}}{PDI}) {{{{literal}}}}"
    )
    assert isolated("{{literal}}").format() == "{literal}"
