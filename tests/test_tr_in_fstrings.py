"""A text handed to tr() (or marked N_()) inside an f-string is not extracted: lupdate does not read inside
f-strings, so such a text reaches the catalogues only if the same text is written out elsewhere, and otherwise
stays English in every language ("In the menus" in the user guide, "Open conflicts" in the conflicts window).
tr(f"...") is never translated at all (it is looked up after it is filled in)."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MARKS = {"tr", "N_"}


def marked(node: ast.AST) -> str | None:
    """The name of the translation function ``node`` calls, if it is one."""
    if isinstance(node, ast.Call):
        name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
        return name if name in MARKS else None
    return None


def calls_lupdate_misses() -> tuple[list[tuple[str, str]], list[str]]:
    """(where, text) of every literal marked inside an f-string; where tr() is given an f-string."""
    inside: list[tuple[str, str]] = []
    formatted: list[str] = []
    for path in sorted((ROOT / "hrdoc").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        where = path.relative_to(ROOT)
        for node in ast.walk(tree):
            if marked(node) and isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.JoinedStr):
                formatted.append(f"{where}:{node.lineno}")
            if not isinstance(node, ast.JoinedStr):
                continue
            for call in ast.walk(node):
                if marked(call) and isinstance(call, ast.Call) and call.args:
                    first = call.args[0]
                    if isinstance(first, ast.Constant) and isinstance(first.value, str):
                        inside.append((f"{where}:{call.lineno}", first.value))
    return inside, formatted


def test_no_text_is_put_into_words_where_lupdate_cannot_see_it() -> None:
    inside, formatted = calls_lupdate_misses()
    assert not formatted, f"tr() of an f-string is never translated: {formatted}"
    for language in ("fr", "ar"):
        catalogue = ROOT / "resources" / "translations" / f"hrdoc_{language}.ts"
        sources = {m.findtext("source") for m in ET.parse(catalogue).getroot().iter("message")}
        missing = [f"{where}: {text!r}" for where, text in inside if text not in sources]
        assert not missing, f"tr() inside an f-string, not extracted (take it out of the f-string): {missing}"


def test_the_scan_finds_a_text_inside_an_f_string() -> None:
    tree = ast.parse("x = f\"<b>{tr('Hidden')}</b>\"\ny = tr(f'{n} cases')\nz = tr('Seen')")
    found = [c.args[0].value for n in ast.walk(tree) if isinstance(n, ast.JoinedStr) for c in ast.walk(n) if marked(c)]
    assert found == ["Hidden"]
