"""The command line names one command, and only that command's options are built (hrdoc.cli.parser): what is
parsed must be exactly what the parser of every command parses."""

from __future__ import annotations

import pytest

from hrdoc.cli import COMMANDS
from hrdoc.cli.parser import build_parser, command_in

NAMES = list(COMMANDS)

LINES = [
    [],
    ["gui"],
    ["--db", "store.db"],
    ["--db", "cases", "show", "ML-1"],  # "cases" is the store's name here, "show" the command
    ["--db=cases", "show", "ML-1", "--json"],
    ["--us", "gui", "cases", "--json"],  # --user, shortened
    ["--passphrase-file", "p", "--no-encryption", "--debug", "search", "convoy", "--kind", "incident"],
    ["report", "ML-1", "-o", "out.pdf", "--audience", "public"],
    ["completion", "bash"],
    ["--user", "report", "export", "ML-1", "-o", "x.hrdoc"],
]


@pytest.mark.parametrize("argv", LINES, ids=" ".join)
def test_the_command_named_parses_as_with_every_command(argv: list[str]) -> None:
    only = command_in(argv, NAMES, default="gui")
    assert only is not None
    assert vars(build_parser(only=only).parse_args(argv)) == vars(build_parser().parse_args(argv))
    assert build_parser(only=only).parse_args(argv).command in (only, None)


def test_help_and_unknown_commands_get_every_command() -> None:
    lines = (["-h"], ["--he"], ["--db", "x", "--help", "show"], ["bogus"], ["--debug", "shw", "X"], ["--", "show"])
    for argv in lines:
        assert command_in(argv, NAMES, default="gui") is None


def test_only_the_command_named_is_built() -> None:
    sub = next(a for a in build_parser(only="show")._actions if a.dest == "command")
    assert list(sub.choices) == ["show"]  # type: ignore[union-attr]
    sub_all = next(a for a in build_parser()._actions if a.dest == "command")
    assert sorted(sub_all.choices) == sorted(NAMES)  # type: ignore[union-attr]
