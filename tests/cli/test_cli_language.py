"""The command line speaks the terminal's language (issue 16, point 1): LC_ALL, then LC_MESSAGES, then LANG (and
GNU's LANGUAGE), its errors and argparse's through the interface's catalogue. A test catalogue of a few messages
stands in for the real one (tests/catalogues.py) where a test checks the mechanism; the tests of what the command
line says (its help, show, cases, verify, counts, dates and numbers) read the translators' own catalogues."""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from hrdoc.cli import INTERRUPTED, main, messages
from hrdoc.cli.common import EXIT_STATUSES, PASSPHRASE_ENV, tell
from hrdoc.cli.counts import WITNESSES
from hrdoc.cli.help import ENVIRONMENT, OWN_STATUS
from hrdoc.cli.messages import Counted
from hrdoc.cli.parser import build_parser
from hrdoc.services import languages
from hrdoc.services.languages import messages_language
from hrdoc.services.records import RecordService
from hrdoc.services.session import new_store
from tests.catalogues import compile_catalogue
from tests.helpers import PASSPHRASE, make_case, make_incident, run_cli
from tests.real_catalogues import compile_real_catalogues

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
CASE = "ML-2025-004"


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


# -- everything the command line says for people, with the translators' own catalogues --------------------------

LOCALES = {"en": "C.UTF-8", "fr": "fr_FR.UTF-8", "ar": "ar_SY.UTF-8"}
NNBSP, NBSP = "\u202f", "\u00a0"


@pytest.fixture(scope="module")
def real_catalogues(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return compile_real_catalogues(tmp_path_factory.mktemp("translations"))


@pytest.fixture
def speak(real_catalogues: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], None]]:
    """``speak("fr")``: the terminal's language from now on (LANG), with the real catalogues."""
    monkeypatch.setattr(languages, "CATALOGUES", real_catalogues)
    for name in LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(argparse, "_", argparse._)  # type: ignore[attr-defined]
    monkeypatch.setattr(argparse, "ngettext", argparse.ngettext)  # type: ignore[attr-defined]
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    messages._catalogue.cache_clear()
    yield lambda language: monkeypatch.setenv("LANG", LOCALES[language])
    messages._catalogue.cache_clear()


def flat(text: str) -> str:
    """``text`` with every run of white space one space (argparse wraps help lines where it likes)."""
    return " ".join(text.split())


def english_left(output: str, texts: list[str]) -> list[str]:
    """Which of ``texts`` (English) ``output`` still holds, each as a whole (words wrapped anywhere)."""
    shown = flat(output)
    return [t for t in texts if re.search(rf"(?<!\w){re.escape(flat(t))}(?!\w)", shown)]


def as_marked(text: str) -> str:
    """A help text as it is marked in the code, before the environment variable it names was put in."""
    return re.sub(r"HRDOC_[A-Z_]+", "{variable}", text)


def our_help_texts(command: str | None = None) -> list[str]:
    """Every help text of ours that ``hrdoc --help`` (or ``hrdoc COMMAND --help``) prints, in English."""
    parser = build_parser(only=command)
    [sub] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    parsers = [sub.choices[command]] if command else [parser]
    texts = [str(p.description) for p in parsers]
    texts += [str(a.help) for p in parsers for a in p._actions if a.help and a.help != argparse.SUPPRESS]
    if command is None:
        texts += [str(choice.help) for choice in sub._choices_actions]
        texts += [meaning for _, meaning in ENVIRONMENT] + [meaning for _, meaning in EXIT_STATUSES]
        texts += ["Environment:", "Exit statuses:", "(each command's options, with examples)"]
    else:
        texts += [
            "Examples:",
            "Exit statuses: see `hrdoc --help`.",
            *([OWN_STATUS[command]] if command in OWN_STATUS else []),
        ]
    return [t for t in texts if t not in ("show this help message and exit",)]  # argparse's own, checked apart


def help_of(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as stopped:
        main([*argv, "--help"])
    assert stopped.value.code == 0
    return capsys.readouterr().out


# Help texts that read the same in a language (a list of the command's own words).
SAME = {"fr": {"incident, allegation, perpetrator, location, actor, victim, ..."}, "ar": set()}


@pytest.mark.parametrize("language", ["fr", "ar"])
@pytest.mark.parametrize("command", [None, "show", "verify", "report"])
def test_help_holds_no_english_of_ours(
    speak: Callable[[str], None], capsys: pytest.CaptureFixture[str], language: str, command: str | None
) -> None:
    speak("en")
    texts = our_help_texts(command)
    english = help_of(capsys, *([command] if command else []))
    assert english_left(english, texts) == texts, "the check finds each English text where it is printed"
    speak(language)
    said = help_of(capsys, *([command] if command else []))
    left = [t for t in english_left(said, texts) if t not in SAME[language]]
    assert left == [], f"English left in hrdoc {command or ''} --help under LANG={LOCALES[language]}"
    unmarked = [t for t in texts if messages.tr(as_marked(t)) == as_marked(t) and t not in SAME[language]]
    assert unmarked == [], "help texts the catalogue does not translate"
    # argparse's own words ("options" is French too)
    assert english_left(said, ["show this help message and exit", "usage:", "positional arguments"]) == []


def test_a_help_text_left_in_english_is_found(capsys: pytest.CaptureFixture[str]) -> None:
    """The check above fails where a text is printed as written: here, a planted English sentence, wrapped."""
    said = "  --team DB   vérifier aussi que le journal\n           also check that this team store's audit log\n was"
    texts = ["also check that this team store's audit log was", "vérifier aussi que", "log was not"]
    assert english_left(said, texts) == texts[:2]
    assert english_left("the dialog", ["log"]) == []  # a word, not part of one


def test_specific_help_texts(speak: Callable[[str], None], capsys: pytest.CaptureFixture[str]) -> None:
    speak("fr")
    said = flat(help_of(capsys))
    assert said.startswith("utilisation : hrdoc")
    assert "lister les dossiers avec le nombre de leurs fiches" in said
    assert "Codes de sortie :" in said and "3 verify a trouvé une altération" in said  # flat: NBSP is a space
    speak("ar")
    said = flat(help_of(capsys, "cases"))
    assert "سرد القضايا مع عدد سجلاتها" in said and "عرض JSON" in said and "أمثلة:" in said


def test_completion_reads_the_same_commands_in_any_language(
    speak: Callable[[str], None], capsys: pytest.CaptureFixture[str]
) -> None:
    """The completion scripts are made from the parser whatever the language: the same commands and options (zsh
    describes them in the terminal's language, its brackets and colons escaped all the same)."""
    scripts = {}
    for language in ("en", "fr", "ar"):
        speak(language)
        for shell in ("bash", "zsh"):
            code, out, err = run_cli(capsys, "completion", shell)
            assert code == 0, err
            scripts[language, shell] = out
    assert scripts["fr", "bash"] == scripts["en", "bash"] == scripts["ar", "bash"]
    assert "'--json[عرض JSON]'" in scripts["ar", "zsh"] and "'cases:lister les dossiers" in scripts["fr", "zsh"]
    options = {language: set(re.findall(r"--[a-z-]+", scripts[language, "zsh"])) for language in ("en", "fr", "ar")}
    assert options["fr"] == options["en"] == options["ar"] and "--passphrase-file" in options["fr"]
    commands = {language: re.findall(r"^ +([a-z-]+)\) _hrdoc_", scripts[language, "zsh"], re.M) for language in options}
    assert commands["fr"] == commands["en"] == commands["ar"] and "acled-import" in commands["ar"]


def labels(text: str) -> set[str]:
    """The labels of ``show``'s lines ("Status" of "  Status: Open"), and its headings (lines of one phrase)."""
    found = {m.group(1) for m in re.finditer(rf"^ +(?:\* )?([^:\n]+?)[ {NBSP}]?: ", text, re.M)}
    return found | set(re.findall(r"^([^\s:—-][^:\n—]*)$", text, re.M))


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_show_and_cases_hold_no_english_of_ours(
    speak: Callable[[str], None], capsys: pytest.CaptureFixture[str], demo_db: Path, language: str
) -> None:
    speak("en")
    english = run_cli(capsys, "show", CASE, "--db", demo_db)[1]
    known = known_labels()
    ours = labels(english) & known.keys()
    assert {"Status", "Incidents", "Fatalities", "Kind of source", "Witnesses", "Evidence files"} <= ours
    speak(language)
    code, said, err = run_cli(capsys, "show", CASE, "--db", demo_db)
    assert code == 0, err
    translated = {label for label in ours if messages.tr(known[label]) != known[label]}
    assert translated == ours - SAME_LABELS[language], "labels the catalogue leaves in English"
    assert labels(said) & translated == set(), "labels printed in English"
    for english_words in ("best 14, low", "unknown", "(also Anefis", "(involvement:", "people;", "version 1 of 1"):
        assert english_words not in said
    code, listed, err = run_cli(capsys, "cases", "--db", demo_db)
    assert code == 0, err
    assert listed.split("\t")[3].rstrip("\n") == CASES[language]
    assert listed.split("\t")[2] == {"fr": "[Ouvert]", "ar": "[مفتوحة]"}[language]


def known_labels() -> dict[str, str]:
    """The labels our code puts on ``show``'s lines (every record field's, every heading, the lines it composes),
    each with the text marked for the catalogue (a kind's name is marked in lower case and printed capitalised)."""
    from hrdoc.cli import render
    from hrdoc.domain import registry

    marked = {f.label for kind in registry.KINDS.values() for f in kind.fields}
    marked |= {k.label for k in registry.KINDS.values()}
    marked |= {*render.HEADINGS.values(), render.FATALITIES, render.IDENTITY, render.CONSENT}
    return {label[:1].upper() + label[1:]: label for label in marked} | {label: label for label in marked}


SAME_LABELS = {"fr": {"Description", "Source", "Affiliation", "Incidents", "Sources", "URL"}, "ar": {"URL"}}
CASES = {
    "fr": "2 incidents, 2 allégations, 3 acteurs, 2 victimes, 1 témoin, 1 témoignage, 4 sources, 0 élément de preuve",
    "ar": "2 حادثتان، 2 ادعاءان، 3 جهات فاعلة، 2 ضحيتان، 1 شاهد، 1 إفادة، 4 مصادر، 0 ملف دليل",
}


@pytest.fixture
def dated(tmp_path: Path) -> Path:
    """A store whose case has an incident dated 1-27 March 2022 with 1,234 deaths as the best estimate."""
    path = tmp_path / "dated.db"
    ctx = new_store(path, PASSPHRASE, user="amina")
    try:
        r = RecordService(ctx)
        case = make_case(r, reference="SY-2022-001", title="Siege")
        make_incident(r, case, title="Shelling", start_date="2022-03-01", end_date="2022-03-27", fatalities_best=1234)
    finally:
        ctx.close()
    return path


@pytest.mark.parametrize(
    ("language", "start", "end", "deaths"),
    [
        ("en", "Start date: 1 March 2022", "End date: 27 March 2022", "Fatalities: best 1,234, low unknown"),
        (
            "fr",
            f"Date de début{NBSP}: 1er mars 2022",
            f"Date de fin{NBSP}: 27 mars 2022",
            f"probable{NBSP}: 1{NNBSP}234",
        ),
        ("ar", "تاريخ البدء: 1 آذار/مارس 2022", "تاريخ الانتهاء: 27 آذار/مارس 2022", "الوفيات: الأرجح 1,234، الأدنى"),
    ],
)
def test_show_writes_dates_and_numbers_as_the_language_does(
    speak: Callable[[str], None],
    capsys: pytest.CaptureFixture[str],
    dated: Path,
    language: str,
    start: str,
    end: str,
    deaths: str,
) -> None:
    speak(language)
    code, said, err = run_cli(capsys, "show", "SY-2022-001", "--db", dated)
    assert code == 0, err
    assert start in said and end in said and deaths in said
    assert "2022-03-01" not in said


@pytest.mark.parametrize(("language", "ok"), [("en", "ok: "), ("fr", f"ok{NBSP}: "), ("ar", "سليم: ")])
def test_verify_says_ok_in_the_language(
    speak: Callable[[str], None], capsys: pytest.CaptureFixture[str], demo_db: Path, language: str, ok: str
) -> None:
    """verify's own word on each line; what each line says is the verify service's (see the report)."""
    speak(language)
    code, said, err = run_cli(capsys, "verify", "--db", demo_db)
    assert code == 0, err
    assert said and all(line.startswith(ok) for line in said.splitlines())


@pytest.mark.parametrize(
    ("language", "counts"),
    [
        ("en", ["0 witnesses", "1 witness", "2 witnesses", "3 witnesses", "11 witnesses", "100 witnesses"]),
        ("fr", ["0 témoin", "1 témoin", "2 témoins", "3 témoins", "11 témoins", "100 témoins"]),
        ("ar", ["0 شاهد", "1 شاهد", "2 شاهدان", "3 شهود", "11 شاهداً", "100 شاهد"]),
    ],
)
def test_counts_take_each_language_s_plural_forms(
    speak: Callable[[str], None], language: str, counts: list[str]
) -> None:
    speak(language)
    assert [WITNESSES(n) for n in (0, 1, 2, 3, 11, 100)] == counts
    assert WITNESSES(1103) == {"en": "1,103 witnesses", "fr": f"1{NNBSP}103 témoins", "ar": "1,103 شهود"}[language]


def test_a_count_declares_its_arabic_forms() -> None:
    with pytest.raises(ValueError, match="mark its forms"):
        Counted(messages.N_("{n} thing"), messages.N_("{n} things"))


@pytest.mark.parametrize(
    ("language", "made", "added"),
    [
        ("fr", "dossier {case} créé", f"Fiches ajoutées{NBSP}: 37 ("),
        ("ar", "أُنشئت القضية {case}", "السجلات المضافة: 37 ("),
    ],
)
def test_import_says_what_it_merged_in_the_language(
    speak: Callable[[str], None],
    capsys: pytest.CaptureFixture[str],
    demo_db: Path,
    tmp_path: Path,
    language: str,
    made: str,
    added: str,
) -> None:
    speak("en")
    bundle = tmp_path / "case.hrdoc"
    assert run_cli(capsys, "export", CASE, "-o", bundle, "--db", demo_db)[0] == 0
    empty = tmp_path / "empty.db"
    new_store(empty, PASSPHRASE, user="bakary").close()
    speak(language)
    code, said, err = run_cli(capsys, "import", bundle, "--db", empty)
    assert code == 0, err
    case = re.search(r"[0-9a-f]{8}-[0-9a-f-]{27}", said)
    assert case is not None and said.splitlines()[0] == made.format(case=case.group()) and added in said
    assert english_left(said, ["Records added", "Records updated", "Unchanged", "created case"]) == []
