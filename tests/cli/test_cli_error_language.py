"""The command line's errors raised by the store, the services and the CLI itself, in the terminal's language
(issue 16, point 1), with the real French catalogue."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

import pytest

from hrdoc import cli
from hrdoc.cli import main, messages
from hrdoc.domain import validation
from hrdoc.domain.validation import ValidationError
from hrdoc.services import languages
from tests.real_catalogues import compile_real_catalogues

LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")


@pytest.fixture
def french(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(languages, "CATALOGUES", compile_real_catalogues(tmp_path / "translations", ("fr",)))
    for name in LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    monkeypatch.setattr(argparse, "_", argparse._)  # type: ignore[attr-defined]
    monkeypatch.setattr(argparse, "ngettext", argparse.ngettext)  # type: ignore[attr-defined]
    messages._catalogue.cache_clear()
    yield
    messages._catalogue.cache_clear()


def test_a_store_error_in_french(
    french: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("HRDOC_PASSPHRASE", "a passphrase long enough")
    missing = tmp_path / "none.db"
    assert main(["cases", "--db", str(missing)]) != 0
    err = capsys.readouterr().err
    assert f"hrdoc: erreur\u00a0: aucune base à l'emplacement {missing}\u00a0: créez-en d'abord une" in err


def test_a_cli_error_with_a_translated_term(french: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "passphrase.txt"
    empty.write_text("", encoding="utf-8")
    assert main(["cases", "--db", str(tmp_path / "case.db"), "--passphrase-file", str(empty)]) != 0
    err = capsys.readouterr().err
    assert f"le fichier de phrase secrète {empty} est vide" in err  # "passphrase", a Term, in French too


def test_no_passphrase_in_french(
    french: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A message made of two (why there is no passphrase, and that there is no terminal to ask on)."""
    monkeypatch.delenv("HRDOC_PASSPHRASE", raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main(["cases", "--db", str(tmp_path / "case.db")]) != 0
    err = capsys.readouterr().err
    assert "aucune phrase secrète\u00a0: définissez HRDOC_PASSPHRASE ou utilisez --passphrase-file" in err
    assert "(aucun terminal où la demander)" in err


def _breakdown_error() -> ValidationError:
    """The victims' breakdown adds up to more than the count (a field's message with two numbers in it)."""
    with pytest.raises(ValidationError) as failure:
        validation.check_victim({"label": "Civilians in the convoy", "count_best": 1200, "count_women": 1500})
    return failure.value


def test_a_field_message_writes_its_numbers_as_the_terminal_s_language_does(
    french: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """As the GUI's field messages do (tests/gui/test_field_message_numbers.py): "1 500" in French, not "1500"."""

    def refused(_args: argparse.Namespace, _out: object) -> int:
        raise _breakdown_error()

    monkeypatch.setitem(cli.COMMANDS, "cases", refused)
    assert main(["cases", "--db", str(tmp_path / "case.db")]) != 0
    err = capsys.readouterr().err
    assert "1\u202f500" in err and "1\u202f200" in err and "1500" not in err, err


def test_a_field_message_in_english_groups_its_thousands(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    said = messages.error_words(_breakdown_error())
    assert "adds up to 1,500, more than the best estimate of the count (1,200)" in said, said
    assert "1500" in str(_breakdown_error())  # the English text for logs keeps the plain digits
