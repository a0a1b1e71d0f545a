"""``hrdoc completion bash|zsh`` completes what the argument parser declares: every command, every option of
each, the values of options with a fixed set, file names where a file is named. Run in real shells."""

from __future__ import annotations

import io
import re
import shlex
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from hrdoc.cli import COMMANDS, main
from hrdoc.cli.completion import read_parser
from hrdoc.cli.parser import build_parser


def script(shell: str) -> str:
    out = io.StringIO()
    assert main(["completion", shell], out=out) == 0
    return out.getvalue()


@pytest.fixture(scope="module")
def bash_script(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("completion") / "hrdoc.bash"
    path.write_text(script("bash"), encoding="utf-8")
    return path


def bash_complete(script_path: Path, *words: str, cwd: Path | None = None) -> list[str]:
    """What bash offers for the last of ``words`` (the command line typed so far, the word being completed last)."""
    line = " ".join(shlex.quote(w) for w in words)
    program = (
        f"source {shlex.quote(str(script_path))}\n"
        f"COMP_WORDS=({line}); COMP_CWORD=$((${{#COMP_WORDS[@]}} - 1)); COMPREPLY=()\n"
        '_hrdoc; printf "%s\\n" "${COMPREPLY[@]}"\n'
    )
    done = subprocess.run(["bash", "-c", program], capture_output=True, text=True, cwd=cwd, timeout=30, check=True)
    return [line for line in done.stdout.splitlines() if line]


def test_bash_completes_every_command_name(bash_script: Path) -> None:
    assert sorted(bash_complete(bash_script, "hrdoc", "")) == sorted(COMMANDS)
    assert bash_complete(bash_script, "hrdoc", "s") == ["show", "search", "sync"]
    assert bash_complete(bash_script, "hrdoc", "--db", "demo.db", "acled-") == ["acled-export", "acled-import"]


def test_bash_completes_every_option_of_every_command(bash_script: Path) -> None:
    top, commands = read_parser(build_parser())
    assert sorted(bash_complete(bash_script, "hrdoc", "-")) == sorted(n for o in top for n in o.names)
    for command in commands:
        declared = sorted(n for o in command.options for n in o.names)
        assert sorted(bash_complete(bash_script, "hrdoc", command.name, "ML-2025-004", "-")) == declared, command.name
    assert bash_complete(bash_script, "hrdoc", "show", "--r") == ["--reveal", "--reason"]


def test_bash_completes_values_and_files(bash_script: Path, tmp_path: Path) -> None:
    (tmp_path / "demo.db").write_bytes(b"")
    (tmp_path / "demo.db-wal").write_bytes(b"")
    assert bash_complete(bash_script, "hrdoc", "report", "X", "--audience", "p") == ["public", "partners"]
    assert bash_complete(bash_script, "hrdoc", "conflicts", "X", "--keep", "") == ["local", "incoming"]
    assert bash_complete(bash_script, "hrdoc", "completion", "") == ["bash", "zsh"]
    files = ["demo.db", "demo.db-wal"]
    assert sorted(bash_complete(bash_script, "hrdoc", "cases", "--db", "demo.d", cwd=tmp_path)) == files
    assert sorted(bash_complete(bash_script, "hrdoc", "attach", "X", "dem", cwd=tmp_path)) == files
    assert bash_complete(bash_script, "hrdoc", "show", "--reason", "") == []  # free text: nothing to offer


def test_zsh_script_declares_every_command_and_option() -> None:
    text = script("zsh")
    assert text.startswith("#compdef hrdoc\n")
    _top, commands = read_parser(build_parser())
    for command in commands:
        function = "_hrdoc_" + command.name.replace("-", "_")
        body = text.split(f"\n{function}() {{\n", 1)[1].split("\n}\n", 1)[0]
        for option in command.options:
            for name in option.names:
                assert f"{name}[" in body, (command.name, name)
        assert f"                {command.name}) {function} ;;\n" in text
    report = text.split("\n_hrdoc_report() {\n", 1)[1].split("\n}\n", 1)[0]
    assert "]:audience:(public partners internal)'" in report


def zsh_complete(folder: Path, typed: str, until: str) -> str:
    """What an interactive zsh shows after ``typed`` and a Tab, with the script installed as _hrdoc: read until
    it shows ``until`` (or 40 s pass: a loaded machine may take seconds to load compinit)."""
    (folder / "_hrdoc").write_text(script("zsh"), encoding="utf-8")
    driver = folder / "drive.zsh"
    driver.write_text(
        "setopt extendedglob; zmodload zsh/zpty\n"
        "zpty z 'zsh -f -i'\n"
        f"zpty -w z 'PS1=\"\"; fpath=({folder} $fpath); autoload -U compinit; compinit -u -D'\n"
        f"zpty -w -n z {shlex.quote(typed)}$'\\t'\n"
        f"until={shlex.quote(until)}\n"
        'out=""; for i in {1..200}; do\n'
        "  sleep 0.2; while zpty -r -t z chunk; do out+=$chunk; done\n"
        "  [[ ${out//$'\\e'\\[[0-9;?]#[A-Za-z]/} == *$until* ]] && break\n"
        "done\n"
        'print -r -- "$out"\n'
        "zpty -d z\n",
        encoding="utf-8",
    )
    began = time.monotonic()
    done = subprocess.run(["zsh", "-f", str(driver)], capture_output=True, text=True, timeout=90, check=False)
    assert time.monotonic() - began < 90
    return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", done.stdout)  # what the terminal shows, without its escapes


@pytest.mark.skipif(shutil.which("zsh") is None, reason="zsh is not installed")
def test_zsh_completes_commands_and_option_values(tmp_path: Path) -> None:
    subprocess.run(["zsh", "-n", "-c", script("zsh")], check=True, timeout=30)
    shown = "show    -- print one case with all its records"
    listed = zsh_complete(tmp_path, "hrdoc s", until="print one case")
    for line in ("search  -- full-text search across all cases", shown):
        assert line in listed
    completed = "hrdoc report X -o r.pdf --audience public "
    assert completed in zsh_complete(tmp_path, "hrdoc report X -o r.pdf --audience pu", until="public ")
