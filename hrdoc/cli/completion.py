"""``hrdoc completion bash|zsh``: a shell completion script made from the argument parser itself, so it
completes exactly the commands and options ``hrdoc`` has: command names, each command's options, the values
of options that take a fixed set (``--audience public|partners|internal``), file names where an option or
argument names a file.

Install it once (``hrdoc completion --help`` says where); make it again after upgrading hrdoc.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from typing import TextIO

# Arguments whose value is a file or a folder (by their metavar), completed with file names.
FILE_METAVARS = frozenset({"PATH", "FILE", "FILE.hrdoc", "FILE.pdf", "FILE.csv", "DB"})


@dataclass(frozen=True)
class Option:
    names: tuple[str, ...]
    help: str
    takes_value: bool
    choices: tuple[str, ...]
    files: bool
    repeatable: bool


@dataclass(frozen=True)
class Command:
    name: str
    help: str
    options: tuple[Option, ...]
    positionals: tuple[Option, ...]


def _option(action: argparse.Action) -> Option:
    metavar = action.metavar if isinstance(action.metavar, str) else ""
    return Option(
        names=tuple(action.option_strings) or (action.dest,),
        help=(action.help or "").replace("%(default)s", str(action.default)),
        takes_value=action.nargs != 0,
        choices=tuple(str(c) for c in action.choices or ()),
        files=metavar in FILE_METAVARS,
        repeatable=isinstance(action, argparse._AppendAction),
    )


def _options(parser: argparse.ArgumentParser) -> tuple[tuple[Option, ...], tuple[Option, ...]]:
    options = tuple(_option(a) for a in parser._actions if a.option_strings and a.help != argparse.SUPPRESS)
    positionals = tuple(
        _option(a) for a in parser._actions if not a.option_strings and not isinstance(a, argparse._SubParsersAction)
    )
    return options, positionals


def read_parser(parser: argparse.ArgumentParser) -> tuple[tuple[Option, ...], tuple[Command, ...]]:
    """The top-level options and every command, with its options and arguments, as the parser declares them."""
    [sub] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    helps = {choice.dest: choice.help or "" for choice in sub._choices_actions}
    commands = []
    for name, command in sub.choices.items():
        options, positionals = _options(command)
        commands.append(Command(name, helps.get(name, ""), options, positionals))
    return _options(parser)[0], tuple(commands)


# -- bash -----------------------------------------------------------------------------------------------------


FILES = 'compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- "$cur"))'


def _words(items: list[str]) -> str:
    return " ".join(items)


def bash_script(parser: argparse.ArgumentParser) -> str:
    top, commands = read_parser(parser)
    names = [c.name for c in commands]
    by_action: dict[str, list[str]] = {}  # what completes an option's value -> the "command option" it follows
    for command in (Command("", "", top, ()), *commands):
        for option in command.options:
            if not option.takes_value:
                continue
            if option.choices:
                action = f'COMPREPLY=($(compgen -W "{_words(list(option.choices))}" -- "$cur"))'
            elif option.files:
                action = FILES
            else:
                action = "COMPREPLY=()"
            by_action.setdefault(action, []).extend(f'"{command.name} {name}"' for name in option.names)
    value_cases = [
        f"        {'|'.join(patterns)})\n            {action}; return ;;" for action, patterns in by_action.items()
    ]
    option_cases = [f'        {c.name}) opts="{_words([n for o in c.options for n in o.names])}" ;;' for c in commands]
    positional_cases = []
    for c in commands:
        choices = [choice for p in c.positionals for choice in p.choices]
        if choices:
            positional_cases.append(
                f'        {c.name}) COMPREPLY=($(compgen -W "{_words(choices)}" -- "$cur")); return ;;'
            )
    top_options = _words([n for o in top for n in o.names])
    return "\n".join(
        [
            "# bash completion for hrdoc: made by `hrdoc completion bash` from hrdoc's own argument parser.",
            "# Install: hrdoc completion bash > ~/.local/share/bash-completion/completions/hrdoc",
            "_hrdoc() {",
            "    local cur prev command i",
            '    cur="${COMP_WORDS[COMP_CWORD]}"',
            '    prev=""',
            '    [ "$COMP_CWORD" -gt 0 ] && prev="${COMP_WORDS[COMP_CWORD-1]}"',
            f'    local commands="{_words(names)}"',
            '    command=""',
            "    for ((i = 1; i < COMP_CWORD; i++)); do",
            '        if [[ " $commands " == *" ${COMP_WORDS[i]} "* ]]; then command="${COMP_WORDS[i]}"; break; fi',
            "    done",
            '    case "$command $prev" in',
            *value_cases,
            "    esac",
            '    if [[ "$cur" == -* ]]; then',
            f'        local opts="{top_options}"',
            '        case "$command" in',
            *option_cases,
            "        esac",
            '        COMPREPLY=($(compgen -W "$opts" -- "$cur"))',
            "        return",
            "    fi",
            '    if [ -z "$command" ]; then',
            '        COMPREPLY=($(compgen -W "$commands" -- "$cur"))',
            "        return",
            "    fi",
            '    case "$command" in',
            *positional_cases,
            "    esac",
            f"    {FILES}",
            "}",
            "complete -F _hrdoc hrdoc",
            "",
        ]
    )


# -- zsh ------------------------------------------------------------------------------------------------------


def _zsh_quoted(text: str) -> str:
    """``text`` inside single quotes in a zsh script."""
    return "'" + text.replace("'", "'\\''") + "'"


def _zsh_described(text: str) -> str:
    """A description inside an _arguments spec's brackets, or after a colon: its brackets and colons escaped."""
    return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]").replace(":", "\\:")


def _zsh_value(option: Option, label: str) -> str:
    if option.choices:
        return f":{_zsh_described(label)}:({' '.join(option.choices)})"
    return f":{_zsh_described(label)}:" + ("_files" if option.files else " ")


def _zsh_option(option: Option) -> str:
    value = _zsh_value(option, option.names[-1].lstrip("-")) if option.takes_value else ""
    described = f"[{_zsh_described(option.help)}]{value}"
    if option.repeatable:
        return " ".join(_zsh_quoted(f"*{name}{described}") for name in option.names)
    if len(option.names) == 1:
        return _zsh_quoted(f"{option.names[0]}{described}")
    exclusive = f"({' '.join(option.names)})"
    return " ".join(_zsh_quoted(f"{exclusive}{name}{described}") for name in option.names)


def zsh_script(parser: argparse.ArgumentParser) -> str:
    top, commands = read_parser(parser)
    out = [
        "#compdef hrdoc",
        "# zsh completion for hrdoc: made by `hrdoc completion zsh` from hrdoc's own argument parser.",
        "# Install: hrdoc completion zsh > ~/.zfunc/_hrdoc (with fpath+=(~/.zfunc) before compinit in ~/.zshrc)",
        "",
    ]
    for command in commands:
        specs = [_zsh_option(o) for o in command.options]
        specs += [_zsh_quoted(_zsh_value(p, p.names[0])) for p in command.positionals]
        function = "_hrdoc_" + command.name.replace("-", "_")
        out += [
            f"{function}() {{",
            "    _arguments -s \\",
            *(f"        {spec} \\" for spec in specs),
            "        && return 0",
            "}",
            "",
        ]
    described = [_zsh_quoted(f"{c.name}:{_zsh_described(c.help)}") for c in commands]
    out += [
        "_hrdoc() {",
        "    local curcontext=$curcontext state line",
        "    local -a commands",
        "    commands=(",
        *(f"        {d}" for d in described),
        "    )",
        "    _arguments -C -s \\",
        *(f"        {_zsh_option(o)} \\" for o in top),
        "        '1: :->command' \\",
        "        '*:: :->arguments' && return 0",
        "    case $state in",
        "        command) _describe -t commands 'hrdoc command' commands ;;",
        "        arguments)",
        "            case $words[1] in",
        *(f"                {c.name}) _hrdoc_{c.name.replace('-', '_')} ;;" for c in commands),
        "            esac ;;",
        "    esac",
        "}",
        "",
        '_hrdoc "$@"',
        "",
    ]
    return "\n".join(out)


def cmd_completion(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.cli.parser import build_parser

    script = bash_script if args.shell == "bash" else zsh_script
    out.write(script(build_parser()))
    return 0
