"""Every command's --help ends with examples that are real command lines on the demo store, and the README's
command table lists every command."""

from __future__ import annotations

import io
import re
import shlex
from pathlib import Path

import pytest

from hrdoc.cli import COMMANDS, main
from hrdoc.cli.common import PASSPHRASE_ENV
from hrdoc.cli.help import DEMO, EXAMPLES
from hrdoc.cli.parser import build_parser
from tests.helpers import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
# Examples that only read the demo store: run as they are written (on a copy of it).
READING = ("cases", "show", "search", "evidence", "audit", "conflicts", "verify")


def help_text(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as done:
        main([*argv, "--help"], out=io.StringIO())
    assert done.value.code == 0
    return capsys.readouterr().out


def command_lines(command: str) -> list[list[str]]:
    """The examples of ``command`` as argument lists (without what the shell does with the output)."""
    return [shlex.split(re.split(r" [|>] ", example)[0])[1:] for example in EXAMPLES[command]]


def test_every_command_has_examples_in_its_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert set(EXAMPLES) == set(COMMANDS)
    for command in COMMANDS:
        text = help_text(capsys, command)
        examples = text.split("\nExamples:\n", 1)[1]
        for example in EXAMPLES[command]:
            assert f"  {example}\n" in examples, (command, example)


def test_every_example_is_a_command_line_hrdoc_takes() -> None:
    parser = build_parser()
    for command in COMMANDS:
        for argv in command_lines(command):
            assert parser.parse_args(argv).command == command, argv


def test_the_main_help_has_examples_and_the_environment(capsys: pytest.CaptureFixture[str]) -> None:
    text = help_text(capsys)
    assert "\nExamples (the demo store made by `make run`; its passphrase is annefif-demo):\n" in text
    for line in text.split("\nExamples", 1)[1].splitlines():
        if line.startswith("  hrdoc ") and "COMMAND" not in line:
            build_parser().parse_args(shlex.split(line)[1:])
    assert "\nEnvironment:\n  HRDOC_PASSPHRASE " in text


def test_the_reading_examples_run_on_the_demo_store(
    capsys: pytest.CaptureFixture[str], demo_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    for command in READING:
        for argv in command_lines(command):
            if "--team" in argv or "--resolve" in argv:
                continue  # needs a team store, or a conflict
            argv = shlex.split(shlex.join(argv).replace(DEMO, f"--db {demo_copy}"))
            capsys.readouterr()
            code = main(argv, out=io.StringIO())
            assert code == 0, (argv, capsys.readouterr().err)


def test_the_readme_lists_every_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split("| command | what it does |", 1)[1].split("\n\n", 1)[0]
    listed = set(re.findall(r"^\| `hrdoc ([a-z-]+)", table, flags=re.MULTILINE))
    assert listed == set(COMMANDS) - {"gui"}, listed ^ (set(COMMANDS) - {"gui"})
