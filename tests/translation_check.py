"""What a translation catalogue (``resources/translations/hrdoc_LANG.ts``) must hold (issue 16, point 2): every
message translated, and each translation keeping its source's placeholders and tags, no more and no fewer.

Kept, as a multiset: Python's format fields (``{0}``, ``{name}``, ``{count:,}``), Qt's ``%n`` and ``%1``..``%99``,
printf's ``%s``, ``%r``, ``%d`` and ``%(name)s`` (argparse's words), and HTML tags (``<b>``, ``</a>``,
``<br/>``). Not compared: ``&`` mnemonics (each language picks its own letter), ``&&``, and words. In a plural
message (numerus forms) a form may leave ``%n`` out ("يومان", two days), but keeps every other placeholder.

    python -m tests.translation_check     # each language's unfinished messages, and the placeholders it breaks
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "ar")

_PLACEHOLDER = re.compile(
    r"\{\{|\}\}"  # escaped braces: text, not fields (left out below)
    r"|\{[^{}]*\}"  # {0}, {name}, {count:,}
    r"|%%"  # an escaped percent sign (left out below)
    r"|%\(\w+\)[-#0+]*\d*(?:\.\d+)?[sdirfgx]"  # %(name)s
    r"|%[-#0+]*\d*(?:\.\d+)?[sdirfgx](?![a-zA-Z])"  # %s %d %r, not the word "%of"
    r"|%L?n|%L?\d{1,2}"  # Qt's %n, %Ln, %1
    r"|</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>"  # HTML tags
)
_NOT_KEPT = frozenset({"{{", "}}", "%%"})
COUNT = ("%n", "%Ln")


def placeholders(text: str) -> list[str]:
    """What of ``text`` a translation must keep, sorted (a multiset)."""
    return sorted(found for found in _PLACEHOLDER.findall(text) if found not in _NOT_KEPT)


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    disambiguation: str
    translations: tuple[str, ...]  # one, or one per plural form
    unfinished: bool
    plural: bool


def read(path: Path) -> list[Message]:
    """The messages of a .ts file."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = tuple(f.text or "" for f in translation.iter("numerusform")) if translation is not None else ()
            texts = forms or ((translation.text or "",) if translation is not None else ())
            state = translation.get("type") if translation is not None else "unfinished"
            found.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    disambiguation=message.findtext("comment") or "",
                    translations=texts,
                    unfinished=state in ("unfinished", "vanished", "obsolete") or not any(t.strip() for t in texts),
                    plural=message.get("numerus") == "yes",
                )
            )
    return found


def unfinished(path: Path) -> tuple[int, int]:
    """How many of the messages of ``path`` are unfinished (or empty), and how many there are."""
    messages = read(path)
    return sum(m.unfinished for m in messages), len(messages)


def placeholder_problems(path: Path) -> list[str]:
    """One line per translation (finished or not, if written) that drops or adds a placeholder or a tag."""
    problems = []
    for message in read(path):
        want = placeholders(message.source)
        for text in message.translations:
            if not text.strip():
                continue
            have, want_here = placeholders(text), want
            if message.plural:  # a plural form may leave the count out
                have, want_here = [p for p in have if p not in COUNT], [p for p in want if p not in COUNT]
            if have != want_here:
                dropped = sorted(set(want_here) - set(have)) or "-"
                added = sorted(set(have) - set(want_here)) or "-"
                problems.append(
                    f"{path.name}: {message.source[:70]!r} -> {text[:70]!r}: dropped {dropped}, added {added}"
                )
    return problems


def main() -> int:
    bad = 0
    for language in LANGUAGES:
        path = SOURCES / f"hrdoc_{language}.ts"
        left, total = unfinished(path)
        problems = placeholder_problems(path)
        print(f"{language}: {left} of {total} messages unfinished; {len(problems)} with placeholders changed")
        for line in problems:
            print("  " + line)
        bad += left + len(problems)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
