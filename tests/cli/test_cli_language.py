"""The command line speaks the terminal's language (issue 16, point 1): LC_ALL, then LC_MESSAGES, then LANG (and
GNU's LANGUAGE), its errors and argparse's through the interface's catalogue. A test catalogue of a few messages
stands in for the real one (tests/catalogues.py), which the translators are still filling in."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from hrdoc.cli import INTERRUPTED, main, messages
from hrdoc.cli.common import tell
from hrdoc.services import languages
from hrdoc.services.languages import messages_language
from tests.catalogues import compile_catalogue

ROOT = Path(__file__).resolve().parents[2]
FRENCH = {
    "error: ": "erreur : ",
    "note: ": "remarque : ",
    INTERRUPTED: "interrompu ; rien n'a été enregistré",
    "usage: ": "utilisation : ",
    "%(prog)s: error: %(message)s\n": "%(prog)s : erreur : %(message)s\n",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s : %(message)s",
    "expected one argument": "un argument est attendu",
}
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")


@pytest.fixture
def french(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "translations"
    compile_catalogue(folder, "fr", FRENCH)
    monkeypatch.setattr(languages, "CATALOGUES", folder)
    for name in LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    # argparse's gettext names are put back after the test (argparse_speaks replaces them).
    monkeypatch.setattr(argparse, "_", argparse._)  # type: ignore[attr-defined]
    monkeypatch.setattr(argparse, "ngettext", argparse.ngettext)  # type: ignore[attr-defined]
    messages._catalogue.cache_clear()
    yield folder
    messages._catalogue.cache_clear()


def test_messages_follow_the_terminals_locale(french: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tell(INTERRUPTED)
    tell("a message no catalogue holds", prefix="note: ")
    assert capsys.readouterr().err.splitlines() == [
        "hrdoc: interrompu ; rien n'a été enregistré",
        "hrdoc: remarque : a message no catalogue holds",  # as it is where the catalogue lacks it
    ]


def test_argparse_errors_in_french(french: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["cases", "--db"])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("utilisation : hrdoc")
    assert err.splitlines()[-1].endswith("erreur : argument --db : un argument est attendu")


def test_english_without_a_french_locale(french: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.setenv("LC_ALL", "C")  # LC_ALL first: LANG=fr_FR is not read
    tell(INTERRUPTED)
    assert capsys.readouterr().err == f"hrdoc: {INTERRUPTED}\n"


@pytest.mark.slow
def test_the_hrdoc_command_with_lang_fr(french: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    driver = "import sys; from pathlib import Path; from hrdoc.services import languages; "
    driver += "languages.CATALOGUES = Path(sys.argv[1]); from hrdoc.cli import main; sys.exit(main(['show']))"
    done = subprocess.run(
        [sys.executable, "-c", driver, str(french)], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 2
    assert "erreur : " in done.stderr.splitlines()[-1]


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "fr_FR.UTF-8"}, "fr"),
        ({"LANG": "ar_SY.UTF-8"}, "ar"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({}, "en"),
        ({"LC_ALL": "C", "LANG": "fr_FR.UTF-8"}, "en"),
        ({"LC_ALL": "", "LC_MESSAGES": "ar_EG.UTF-8", "LANG": "fr_FR.UTF-8"}, "ar"),
        ({"LC_ALL": "fr_BE.UTF-8", "LC_MESSAGES": "ar_EG.UTF-8"}, "fr"),
        ({"LANG": "en_GB.UTF-8", "LANGUAGE": "de:fr:en"}, "fr"),
        ({"LANG": "C", "LANGUAGE": "fr"}, "en"),  # as GNU gettext: LANGUAGE is ignored in the C locale
        ({"LANG": "POSIX"}, "en"),
    ],
)
def test_which_language(environ: dict[str, str], expected: str) -> None:
    assert messages_language(environ) == expected
