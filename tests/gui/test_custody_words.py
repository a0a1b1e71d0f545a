"""A custody entry's details, and a file's kind and size, in the interface's language (issue 16): the audience of
an exported copy or of a bundle by its name in words, never its code, a bundle's coming and going in sentences, not
as keys, and "texte brut", "11 octets"."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from hrdoc.gui import i18n
from hrdoc.gui.evidence.common import custody_details_text

pytestmark = pytest.mark.gui


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    installed = i18n.install(qapp, "fr")
    yield
    installed.remove()


def test_a_bundles_coming_and_going_in_words(french: None) -> None:
    left = custody_details_text("transfer_out", {"bundle": "ML-2025-004.hrdoc", "audience": "partners"})
    assert left.replace("\u00a0", " ") == "dans le paquet ML-2025-004.hrdoc, destinataires : partenaires"
    came = custody_details_text("transfer_in", {"bundle": "ML-2025-004.hrdoc", "from": "1f2e3d4c"})
    assert came == "reçu dans le paquet ML-2025-004.hrdoc"


def test_an_exported_copy_names_its_audience_in_words(french: None) -> None:
    said = custody_details_text("export", {"audience": "public", "copy_sha256": "ab" * 32, "removed": []})
    assert "public" in said and "destinataires" in said
    assert "bundle" not in said and "audience" not in said


def test_a_files_kind_and_size_in_words(french: None) -> None:
    from hrdoc.gui.evidence.common import human_size, mime_text

    assert human_size(11) == "11 octets"
    assert human_size(1536 * 1024) == "1,5 Mo"
    assert mime_text("text/plain") == "texte brut"
    assert mime_text("image/x-sony-arw") == "image (sony-arw)"
