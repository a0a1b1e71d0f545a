"""The JSON the CLI prints is json.dumps(indent=2) character for character, written a record at a time; text made
safe to print is what the translation tables say, whatever characters it holds."""

from __future__ import annotations

import io
import json
import random
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hrdoc.cli import render
from hrdoc.cli.common import PASSPHRASE_ENV, print_json
from tests.helpers import PASSPHRASE, run_cli

# Any text: every control character, line ends, non-ASCII letters, and characters far from ASCII.
TEXT = st.lists(
    st.characters(codec="utf-8") | st.sampled_from(["\r\n", "\x1b", "\x85", "\x7f", "\u2028", "é", "ع"])
).map("".join)
SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | TEXT
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(TEXT | st.integers(), inner, max_size=5),
    max_leaves=30,
)


def dumps(data: object) -> str:
    """What the CLI printed before it wrote JSON in pieces."""
    return json.dumps(data, ensure_ascii=False, indent=2).translate(render._JSON_ESCAPED)


@settings(max_examples=300, deadline=None)
@given(VALUES)
def test_json_is_what_json_dumps_writes(data: Any) -> None:
    assert render.json_text(data) == dumps(data)


@pytest.mark.parametrize(
    "data",
    [{}, [], (), {"a": []}, [{}], [[], [1]], (1, (2, {"x": ()})), {None: 1, True: 2, 2.5: [3]}, float("inf"), "\x9b"],
)
def test_json_edge_cases(data: object) -> None:
    assert render.json_text(data) == dumps(data)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_printable_text_is_the_translation(text: str) -> None:
    assert render.printable(text) == text.replace("\r\n", "\n").translate(render._SHOWN)
    assert render.one_line(text) == text.replace("\r\n", "\n").translate(render._SHOWN_ON_ONE_LINE)


def test_every_character_below_u3000_is_shown_as_the_tables_say() -> None:
    every = "".join(map(chr, range(0x3000)))
    assert render.printable(every) == every.translate(render._SHOWN)
    assert render.one_line(every) == every.translate(render._SHOWN_ON_ONE_LINE)
    assert render.json_text(every) == dumps(every)


class Writes(io.StringIO):
    def __init__(self) -> None:
        super().__init__()
        self.calls = 0

    def write(self, text: str) -> int:
        self.calls += 1
        return super().write(text)


def test_json_is_written_in_large_pieces_whatever_the_output_buffers(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(7)
    records = [
        {f"field_{k}": rng.choice([None, True, rng.random(), rng.randrange(99), "text é\x85"]) for k in range(12)}
        for _ in range(500)
    ]
    data = {"case": {"reference": "X", "tags": ["a", "b"]}, "allegations": records, "links": records[:100]}
    # Pieces: one per record, plus the few around them; json.dumps's own encoder yields ~26 per record.
    assert sum(1 for _ in render.json_pieces(data)) < len(records) + 100 + 20
    assert sum(1 for _ in json.JSONEncoder(indent=2).iterencode(data)) > 20 * (len(records) + 100)
    monkeypatch.setattr(render, "WRITE_CHARS", 4096)
    out = Writes()
    print_json(out, data)
    assert out.getvalue() == dumps(data) + "\n"
    assert out.calls <= len(out.getvalue()) // 4096 + 2  # each write gathers 4096 characters or more


def test_show_json_of_the_demo_case_is_as_before(
    demo_db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from hrdoc.services.cases import CaseService
    from hrdoc.services.session import unlock_store

    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    ctx = unlock_store(demo_db, PASSPHRASE, user="tester", record_unlock=False)
    try:
        data = CaseService(ctx).export("ML-2025-004")
    finally:
        ctx.close()
    code, out, _ = run_cli(capsys, "show", "ML-2025-004", "--json", "--db", demo_db)
    assert code == 0
    assert out == dumps(data) + "\n"
