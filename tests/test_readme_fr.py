"""README.fr.md is the README in French (issue 16, point 8): the two link to each other, and the French one keeps
every command, option, path and example of the English one, its sections and its table of exit statuses, so that
a change to README.md that is not carried into README.fr.md fails here. Its French follows docs/glossary.md's
typography: a no-break space before : ; ! ? and inside « »."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENGLISH = ROOT / "README.md"
FRENCH = ROOT / "README.fr.md"
FENCED = re.compile(r"^```\n(.*?)^```", re.DOTALL | re.MULTILINE)


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def code(text: str) -> tuple[list[str], Counter[str]]:
    """The fenced blocks in order, and every `code span` outside them (spaces collapsed: lines wrap elsewhere)."""
    blocks = FENCED.findall(text)
    spans = re.findall(r"`([^`]+)`", FENCED.sub("", text))
    return blocks, Counter(" ".join(span.split()) for span in spans)


def outline(text: str) -> tuple[list[str], list[str], list[str]]:
    """Heading levels, images and exit statuses."""
    levels = re.findall(r"^(#+) ", FENCED.sub("", text), flags=re.MULTILINE)
    images = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text)
    statuses = re.findall(r"^\| (\d+) \|", text, flags=re.MULTILINE)
    return levels, images, statuses


def test_each_readme_links_to_the_other() -> None:
    assert "[README.fr.md](README.fr.md)" in read(ENGLISH).split("\n## ")[0]
    assert "[README.md](README.md)" in read(FRENCH).split("\n## ")[0]


def test_the_french_readme_keeps_every_command_of_the_english_one() -> None:
    english, french = read(ENGLISH), read(FRENCH)
    english_blocks, english_spans = code(english)
    french_blocks, french_spans = code(french)
    assert french_blocks == english_blocks, "README.fr.md's commands differ from README.md's"
    missing, added = english_spans - french_spans, french_spans - english_spans
    assert not missing and not added, f"in README.md only: {sorted(missing)}; in README.fr.md only: {sorted(added)}"
    assert outline(french) == outline(english), "README.fr.md's sections, images or exit statuses differ"


def test_the_french_readme_has_french_typography() -> None:
    prose = FENCED.sub("", read(FRENCH))
    prose = re.sub(r"`[^`]*`|\]\([^)]*\)|!\[", "", prose)  # code, link targets, image marks
    prose = prose.replace("English: ", "")  # the link to README.md, in English
    prose = prose.replace("read-only store: this unlock", "")  # a message the app prints in English, quoted
    wrong = re.findall(r".{0,20}(?: [:;!?»]|« |[^\s\u00a0|][;!?»]|\w:(?!/)).{0,10}", prose)
    assert not wrong, f"a no-break space (U+00A0) is missing: {wrong}"
    assert prose.count("«") == prose.count("»")
