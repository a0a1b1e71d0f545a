"""Services' and the store's errors in the user's language (issue 16, point 1): each family of errors is raised by
the code that raises it for real, and put into French and Arabic with the real catalogues' translations; every
message the store, the services and the CLI mark for translation is translated in both."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest

from hrdoc.domain.errors import Phrase, UserError
from hrdoc.domain.marks import N_
from hrdoc.domain.validation import ValidationError, check_case
from hrdoc.services.acled_read import AcledImportReport, RowProblem, _check_head
from hrdoc.services.evidence.capture_http import _web_address
from hrdoc.services.exchange.bundle.reader import open_bundle
from hrdoc.services.passphrase import check_new_passphrase
from hrdoc.storage.errors import TEAM_BUSY, StoreBusy, WrongPassphrase, stopped_answering

ROOT = Path(__file__).resolve().parents[2]
NBSP = "\u00a0"


@cache
def catalogue(language: str) -> dict[str, str]:
    """The finished translations of ``resources/translations/hrdoc_LANGUAGE.ts`` (English -> translation)."""
    found: dict[str, str] = {}
    for message in ET.parse(ROOT / "resources" / "translations" / f"hrdoc_{language}.ts").getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") is None and translation.text:
            found[message.findtext("source") or ""] = translation.text
    return found


def translator(language: str) -> Callable[[str], str]:
    texts = catalogue(language)
    return lambda text: texts.get(text, text)


def raised(action: Callable[[], object]) -> UserError:
    with pytest.raises(UserError) as caught:
        action()
    return caught.value


def test_a_wrong_passphrase_in_french_and_arabic() -> None:
    err = WrongPassphrase()
    assert str(err) == "wrong passphrase, or not an hrdoc store"
    assert err.words(translator("fr")) == "phrase secrète erronée, ou ce n'est pas une base hrdoc"
    assert err.words(translator("ar")) == "عبارة مرور خاطئة، أو ليست قاعدة بيانات hrdoc"


def test_a_new_passphrase_too_short() -> None:
    err = raised(lambda: check_new_passphrase("short"))
    assert str(err).startswith("the passphrase is too short: use at least ")
    french = err.words(translator("fr"))
    assert french.startswith(f"la phrase secrète est trop courte{NBSP}: utilisez au moins ") and "caractères" in french


def test_a_bundle_refused(tmp_path: Path) -> None:
    empty = tmp_path / "case.hrdoc"
    empty.write_bytes(b"")
    err = raised(lambda: open_bundle(empty))
    assert str(err) == "case.hrdoc is empty: it is not an hrdoc bundle"
    assert err.words(translator("fr")) == f"case.hrdoc est vide{NBSP}: ce n'est pas un paquet hrdoc"
    assert err.words(translator("ar")) == "case.hrdoc فارغ: ليس حزمة hrdoc"


def test_field_messages_and_their_labels() -> None:
    err = raised(lambda: check_case({"reference": "ML 2025", "title": "", "status": "open", "visibility": "public"}))
    assert isinstance(err, ValidationError)
    assert str(err) == (
        "Title: is required and cannot be empty; "
        "Reference: may contain only letters, digits and . _ / - (for example ML-2025-004)"
    )
    french = err.words(translator("fr"))
    assert "ne peut contenir que des lettres, des chiffres" in french
    assert f"{NBSP}: est obligatoire et ne peut pas être vide" in french
    assert "English" not in french and "required" not in french
    assert err.errors[0].said(translator("fr")) == "est obligatoire et ne peut pas être vide"


def test_a_capture_refused() -> None:
    err = raised(lambda: _web_address("  "))
    assert err.words(translator("fr")).startswith(f"aucune adresse indiquée{NBSP}: tapez ou collez")
    assert err.words(translator("ar")).startswith("لم يُقدَّم عنوان")


def test_a_csv_file_refused() -> None:
    err = raised(lambda: _check_head("events.csv", b""))
    assert str(err) == "events.csv is empty"
    assert err.words(translator("fr")) == "events.csv est vide"
    assert err.words(translator("ar")) == "events.csv فارغ"


def test_sync_errors() -> None:
    assert StoreBusy(TEAM_BUSY).words(translator("fr")).startswith(f"la base d'équipe est occupée{NBSP}:")
    err = stopped_answering("db.example.org", 2.5)
    assert str(err).startswith("the team store at db.example.org stopped answering (nothing for 2.5 seconds)")
    assert err.words(translator("fr")).startswith("la base d'équipe sur db.example.org ne répond plus (rien depuis 2.5")


def marked_texts(folder: Path) -> set[str]:
    """The texts marked N_("...") in the Python files under ``folder``."""
    return set().union(*(marked_texts_of(path) for path in folder.rglob("*.py")))


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_every_error_message_is_translated(language: str) -> None:
    """Every text the store, the CLI and the services (but reports, which have their own languages) mark."""
    services = ROOT / "hrdoc" / "services"
    marked = marked_texts(ROOT / "hrdoc" / "storage") | marked_texts(ROOT / "hrdoc" / "cli")
    for folder in services.iterdir():
        if folder.name != "reporting" and folder.is_dir():
            marked |= marked_texts(folder)
    for path in services.glob("*.py"):
        marked |= marked_texts_of(path)
    missing = sorted(text for text in marked if text not in catalogue(language))
    assert not missing, f"{len(missing)} messages untranslated in {language}: {missing[:5]}"


def marked_texts_of(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        marked = isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "N_"
        if marked and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
            found.add(node.args[0].value)
    return found


def test_an_acled_import_report() -> None:
    """The report's summary and each rejected row, as the CLI prints them and the app lists them."""
    report = AcledImportReport("events.csv", rows=3, imported=1, committed=True)
    report.created.update(locations=1, actors=2, sources=1, links=1)
    problems = [
        Phrase(N_("{column}: {message}"), column="event_date", message=Phrase(N_("is required"))),
        Phrase(N_("{column}: {message}"), column="fatalities", message=Phrase(N_("cannot be negative"))),
    ]
    report.rejected.append(RowProblem(2, Phrase(N_("{first}; {second}"), first=problems[0], second=problems[1])))
    report.skipped.append(RowProblem(3, N_("empty row")))
    english = report.lines()
    assert english[1:] == [
        "line 2: event_date: is required; fatalities: cannot be negative",
        "line 3: empty row (skipped)",
    ]
    assert english[0].startswith("imported 1 of 3 rows from events.csv as incidents; created 1 places, 2 actors")
    french = report.lines(translator("fr"))
    assert french[0].startswith(f"1 lignes sur 3 importées de events.csv comme incidents{NBSP};")
    assert french[1:] == [
        f"ligne 2{NBSP}: event_date{NBSP}: est obligatoire{NBSP}; fatalities{NBSP}: ne peut pas être négatif",
        f"ligne 3{NBSP}: ligne vide (ignorée)",
    ]
    assert report.lines(translator("ar"))[2] == "السطر 3: سطر فارغ (تم تخطيه)"
