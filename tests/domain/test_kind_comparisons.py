"""Record kinds are compared with the registry's :class:`~hrdoc.domain.registry.Kind` enum, or asked of the
registry (``identity_of``, ``travels``), never with a kind's name written out again as a string: a misspelt
string is silently never equal, a misspelt enum member fails at once, and a search for ``Kind.WITNESS`` finds
every place that treats witnesses apart.

The scan reads hrdoc's source: a comparison (``==``, ``!=``, ``in``, ``not in``, ``match``) or a dict looked
up (``{...}[kind]``, ``{...}.get(kind)``) between something named like a kind (``kind``, ``…_kind``,
``kind_…``, ``spec.name``; ``k`` only against two kinds or more, as ``k`` is as often a field's key) and string
literals that all name record kinds. The registry declares the names; frozen migrations carry their own
copies of them by design.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

from hrdoc.domain.registry import Kind

ROOT = Path(__file__).resolve().parents[2]
KIND_NAMES = frozenset(k.value for k in Kind)

# Where the names are declared, or must stay as they were written (migrations import no live code).
DECLARED = ("hrdoc/domain/registry/", "hrdoc/storage/migrations/versions/")

# Code still being moved to the enum. Remove an entry once its code compares with Kind; never add one.
NOT_YET = ("hrdoc/services/exchange/",)


def _kind_like(node: ast.expr) -> bool:
    """An expression that holds a kind of record, by its name: ``kind``, ``attached_kind``, ``kind_name``,
    ``row.kind``, ``spec.name``."""
    if isinstance(node, ast.Name | ast.Attribute):
        name = node.id if isinstance(node, ast.Name) else node.attr
        if name == "kind" or name.endswith("_kind") or name.startswith("kind_"):
            return True
        return (
            isinstance(node, ast.Attribute)
            and name == "name"
            and isinstance(node.value, ast.Name)
            and node.value.id in ("spec", "kind", "k")
        )
    return False


def _compared(operands: list[ast.expr]) -> list[str]:
    """The kinds named as strings in a comparison of something named like a kind (``k`` with two or more)."""
    named = [name for o in operands for name in _kind_strings(o)]
    if any(_kind_like(o) for o in operands):
        return named
    if any(isinstance(o, ast.Name) and o.id == "k" for o in operands) and len(named) >= 2:
        return named
    return []


def _kind_strings(node: ast.expr) -> list[str]:
    """The kinds ``node`` names as string literals: a string, or a tuple, list or set of strings, every one of
    them a kind's name (a collection mixing in other words is about something else)."""
    elements = node.elts if isinstance(node, ast.Tuple | ast.List | ast.Set) else [node]
    strings = [e.value for e in elements if isinstance(e, ast.Constant) and isinstance(e.value, str)]
    if not strings or len(strings) != len(elements) or not set(strings) <= KIND_NAMES:
        return []
    return strings


def _dict_lookup(node: ast.expr) -> ast.Dict | None:
    """The dict literal that ``node`` looks something up in by a kind (``{...}[kind]``, ``{...}.get(kind)``)."""
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Dict) and _kind_like(node.slice):
        return node.value
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "get"
        and isinstance(node.func.value, ast.Dict)
        and node.args
        and _kind_like(node.args[0])
    ):
        return node.func.value
    return None


def string_kind_comparisons(source: str) -> Iterator[tuple[int, list[str]]]:
    """Each comparison of a kind with kind names written as strings in ``source``: (line, the names)."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Compare):
            if named := _compared([node.left, *node.comparators]):
                yield node.lineno, named
        elif isinstance(node, ast.Match) and _kind_like(node.subject):
            for case in node.cases:
                named = [
                    p.value.value
                    for p in ast.walk(case.pattern)
                    if isinstance(p, ast.MatchValue) and isinstance(p.value, ast.Constant)
                    if p.value.value in KIND_NAMES
                ]
                if named:
                    yield case.pattern.lineno, named
        elif isinstance(node, ast.expr) and (table := _dict_lookup(node)) is not None:
            keys = [k for k in table.keys if k is not None]
            named = [name for k in keys for name in _kind_strings(k)]
            if named:
                yield node.lineno, named


def test_the_scan_finds_string_comparisons_and_passes_the_enum() -> None:
    found = sorted(
        line
        for line, _ in string_kind_comparisons(
            "kind == 'case'\n"  # 1
            "spec.name != 'witness'\n"  # 2
            "row.attached_kind in ('incident', 'source')\n"  # 3
            "model = {'witness': 1, 'victim': 2}.get(kind)\n"  # 4
            "match kind:\n    case 'account':\n        pass\n"  # 6
            "kind == Kind.CASE\n"
            "kind in (Kind.WITNESS, Kind.VICTIM)\n"
            "k not in ('case', 'vocabulary_term')\n"  # 10
            "k not in ('identity', 'consent', 'versions')\n"  # record keys, not kinds
            "k != 'lineage'\n"  # a record's key, as often as a kind
            "victim.kind != 'individual'\n"
            "name == 'case'\n"
        )
    )
    assert found == [1, 2, 3, 4, 6, 10]


def test_record_kinds_are_compared_with_the_enum_not_strings() -> None:
    found = []
    for path in sorted((ROOT / "hrdoc").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if rel.startswith(DECLARED + NOT_YET):
            continue
        for line, names in sorted(string_kind_comparisons(path.read_text(encoding="utf-8"))):
            found.append(f"{rel}:{line}: {', '.join(names)}")
    assert not found, (
        "compare record kinds with hrdoc.domain.registry.Kind (kind == Kind.CASE), or ask the registry "
        "(identity_of, travels...), not with strings:\n" + "\n".join(found)
    )


def test_the_allow_list_names_only_code_that_still_needs_it() -> None:
    """An entry is removed once its code is moved, so it cannot quietly shelter new string comparisons."""
    for prefix in NOT_YET:
        paths = sorted((ROOT / prefix).rglob("*.py"))
        assert paths, f"{prefix} no longer exists: remove it from NOT_YET"
        assert any(list(string_kind_comparisons(p.read_text(encoding="utf-8"))) for p in paths), (
            f"{prefix} compares no kinds with strings any more: remove it from NOT_YET"
        )
