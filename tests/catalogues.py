"""Test catalogues: a few translated messages compiled (PySide6's lrelease) into a folder laid out as the
package's, so that the code under test loads them as it loads the real ones. The real .ts files are never
written by the tests."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

LRELEASE = "import sys; from PySide6.scripts.pyside_tool import lrelease; lrelease()"


def compile_catalogue(folder: Path, language: str, messages: dict[str, str]) -> Path:
    """``folder/hrdoc_LANGUAGE.qm`` holding ``messages`` (English source -> translation), in lupdate's context
    for free tr() calls (the empty one)."""
    folder.mkdir(parents=True, exist_ok=True)
    body = "".join(
        f"<message><source>{escape(source)}</source><translation>{escape(text)}</translation></message>"
        for source, text in messages.items()
    )
    source = folder / f"hrdoc_{language}.ts"
    source.write_text(
        f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="{language}">'
        f"<context><name></name>{body}</context></TS>",
        encoding="utf-8",
    )
    target = folder / f"hrdoc_{language}.qm"
    subprocess.run([sys.executable, "-c", LRELEASE, "-silent", str(source), "-qm", str(target)], check=True)
    return target


def reporting_marks() -> set[str]:
    """Every text the report modules mark with N_, read from their source as lupdate reads it."""
    folder = Path(__file__).resolve().parent.parent / "hrdoc" / "services" / "reporting"
    return {
        node.args[0].value
        for module in folder.glob("*.py")
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "N_"
        and isinstance(node.args[0], ast.Constant)
    }
