"""The interface's catalogues (issue 16, points 1 and 2): built into the package and loadable; no translation drops
or adds a placeholder or a tag (tests/translation_check.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from hrdoc.services import languages
from tests.translation_check import LANGUAGES, ROOT, SOURCES, placeholder_problems, placeholders, unfinished

FIXTURE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context><name></name>
<message><source>&amp;File</source><translation>&amp;Fichier</translation></message>
<message><source>Open case {name}</source><translation>Ouvrir le dossier</translation></message>
<message><source>{0} of {1}</source><translation type="unfinished"></translation></message>
<message><source>Delete?</source><translation>Supprimer ? {0}</translation></message>
<message><source>&lt;b&gt;Warning&lt;/b&gt;: %s</source><translation>Avertissement : %s</translation></message>
<message><source>%(prog)s: error: %(message)s</source>
  <translation>%(prog)s : erreur : %(message)s</translation></message>
<message numerus="yes"><source>%n day(s) in {case}</source><translation>
  <numerusform>un jour dans {case}</numerusform><numerusform>%n jours dans {case}</numerusform></translation></message>
<message><source>Draft</source><translation type="unfinished">Brouillon</translation></message>
</context>
</TS>
"""


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_catalogues_are_built_into_the_package_and_load(language: str) -> None:
    """`make` (and a wheel's build, setup.py) compiles each .ts into the package: run `make qm` if this fails."""
    assert (SOURCES / f"hrdoc_{language}.ts").exists()
    compiled = languages.catalogue(language)
    assert compiled is not None and compiled.exists(), f"{compiled} was not built: run `make qm`"
    translator = QTranslator()
    assert translator.load(str(compiled)) and not translator.isEmpty()
    assert translator.language().split("_")[0] == language


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_translation_drops_or_adds_a_placeholder(language: str) -> None:
    assert placeholder_problems(SOURCES / f"hrdoc_{language}.ts") == []


def test_the_checker(tmp_path: Path) -> None:
    path = tmp_path / "hrdoc_fr.ts"
    path.write_text(FIXTURE, encoding="utf-8")
    assert unfinished(path) == (2, 8)  # empty, and marked unfinished
    problems = placeholder_problems(path)
    assert len(problems) == 3, problems
    assert "dropped ['{name}']" in problems[0]
    assert "added ['{0}']" in problems[1]
    assert "dropped ['</b>', '<b>']" in problems[2]
    assert placeholders("{{literal}} {0:,} 100%% %1 %Ln <br/> <a href='x'>") == [
        "%1",
        "%Ln",
        "<a href='x'>",
        "<br/>",
        "{0:,}",
    ]


@pytest.mark.slow
def test_every_message_of_the_code_is_translated_in_every_language() -> None:
    """Nothing unfinished in either catalogue, and each holds exactly the texts the code has now (a fresh lupdate
    run, by tools/translations.py --check): a new or changed text fails here until it is translated."""
    for language in LANGUAGES:
        assert unfinished(SOURCES / f"hrdoc_{language}.ts")[0] == 0, f"python -m tests.translation_check ({language})"
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "translations.py"), "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
