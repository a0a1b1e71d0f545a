"""The reports' Qt-free reader of the compiled catalogues (hrdoc.services.catalogue) agrees with QTranslator on
every message of the real catalogues, compiled here from resources/translations/*.ts as the build compiles them."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from hrdoc.services.catalogue import Catalogue, elf_hash
from tests.catalogues import LRELEASE, compile_catalogue

SOURCES = Path(__file__).resolve().parents[2] / "resources" / "translations"


def _compiled(tmp_path: Path, language: str) -> Path:
    target = tmp_path / f"hrdoc_{language}.qm"
    source = SOURCES / f"hrdoc_{language}.ts"
    subprocess.run([sys.executable, "-c", LRELEASE, "-silent", str(source), "-qm", str(target)], check=True)
    return target


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_reader_agrees_with_qtranslator_on_every_message(tmp_path: Path, language: str) -> None:
    from PySide6.QtCore import QTranslator

    path = _compiled(tmp_path, language)
    translator = QTranslator()
    assert translator.load(str(path))
    ours = Catalogue.load(path)
    asked = 0
    for message in ET.parse(SOURCES / f"hrdoc_{language}.ts").getroot().iter("message"):
        source, comment = message.findtext("source") or "", message.findtext("comment") or ""
        for text, disambiguation in ((source, comment), (source, ""), (source + " (not in the catalogue)", "")):
            theirs = translator.translate("", text, disambiguation or None) or None
            assert ours.lookup(text, disambiguation) == theirs, (text, disambiguation)
            asked += 1
    assert asked > 1000
    assert ours.translate("Chronology (not a message)") == "Chronology (not a message)"


def test_disambiguation_and_missing_translations(tmp_path: Path) -> None:
    """Two translations of one text told apart by a comment (lrelease then keeps the comment), an empty
    translation (the text itself is returned), and a text sharing nothing with the catalogue."""
    from PySide6.QtCore import QTranslator

    folder = tmp_path / "c"
    folder.mkdir()
    ts = folder / "hrdoc_fr.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="fr">'
        "<context><name></name>"
        "<message><source>Open</source><comment>verb</comment><translation>Ouvrir</translation></message>"
        "<message><source>Open</source><comment>state</comment><translation>Ouvert</translation></message>"
        "<message><source>Open</source><translation>Ouvrir (défaut)</translation></message>"
        '<message><source>Later</source><translation type="unfinished"></translation></message>'
        "</context></TS>",
        encoding="utf-8",
    )
    qm = folder / "hrdoc_fr.qm"
    subprocess.run([sys.executable, "-c", LRELEASE, "-silent", str(ts), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    ours = Catalogue.load(qm)
    assert ours.lookup("Open", "verb") == "Ouvrir"
    assert ours.lookup("Open", "state") == "Ouvert"
    assert ours.lookup("Open") == "Ouvrir (défaut)"
    assert ours.lookup("Open", "other") == "Ouvrir (défaut)"  # QTranslator's fallback: without the comment
    for text, comment in (("Open", "verb"), ("Open", "state"), ("Open", ""), ("Open", "other"), ("Later", "")):
        assert ours.lookup(text, comment) == (translator.translate("", text, comment or None) or None)
    assert ours.translate("Later") == "Later"


def test_arabic_and_a_catalogue_from_the_test_helper(tmp_path: Path) -> None:
    path = compile_catalogue(
        tmp_path, "ar", {"Contents": "المحتويات", "Page {page} of {pages}": "الصفحة {page} من {pages}"}
    )
    ours = Catalogue.load(path)
    assert ours.translate("Contents") == "المحتويات"
    assert ours.translate("Page {page} of {pages}") == "الصفحة {page} من {pages}"


def test_elf_hash_and_bad_files() -> None:
    assert elf_hash(b"") == 1  # lrelease never files a message under 0
    assert elf_hash(b"A") == 0x41
    with pytest.raises(ValueError):
        Catalogue(b"not a catalogue at all")
    assert not Catalogue()
    assert Catalogue().translate("Contents") == "Contents"
