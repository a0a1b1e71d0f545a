"""``--json`` output has documented, stable keys: each command that has --json has a JSON Schema in
docs/cli-json/, and what it prints on the demo store (and after adding evidence, a capture, a conflict) is valid
against it. A key added, renamed or removed fails here until the schema and docs/cli-json.md say so."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from hrdoc.cli import main
from hrdoc.cli.common import PASSPHRASE_ENV
from hrdoc.cli.parser import build_parser
from tests.cli.cli_json_schemas import SCHEMAS, SHOW, schema_text, show_schema
from tests.cli.test_cli_evidence import jpeg_with_gps
from tests.helpers import PASSPHRASE
from tests.services.evidence.http_fixture import LoopbackSite, loopback_site

__all__ = ["loopback_site"]  # a fixture, imported for pytest
ROOT = Path(__file__).resolve().parents[2]
CASE = "ML-2025-004"


@pytest.fixture(autouse=True)
def _passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)


def schema(command: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((SCHEMAS / f"{command}.schema.json").read_text(encoding="utf-8"))
    return loaded


def valid(command: str, data: Any) -> Any:
    """``data`` if it is valid against the command's schema; else the first error, as a test failure."""
    validator = Draft202012Validator(schema(command), format_checker=Draft202012Validator.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    assert not errors, f"{command} --json: {errors[0].message} at {list(errors[0].absolute_path)}"
    return data


def json_of(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> Any:
    capsys.readouterr()
    out = io.StringIO()
    code = main([str(a) for a in (*argv, "--json")], out=out)
    assert code == 0, capsys.readouterr().err
    return json.loads(out.getvalue())


def commands_with_json() -> set[str]:
    """The commands whose parser has a --json option."""
    [sub] = [a for a in build_parser()._actions if a.dest == "command"]
    choices: dict[str, Any] = getattr(sub, "choices", {})
    return {name for name, p in choices.items() if any("--json" in a.option_strings for a in p._actions)}


def test_every_command_with_json_has_a_schema_and_a_documented_section() -> None:
    documented = (ROOT / "docs" / "cli-json.md").read_text(encoding="utf-8")
    files = {p.name.removesuffix(".schema.json") for p in SCHEMAS.glob("*.schema.json")}
    assert files == commands_with_json()
    for command in files:
        Draft202012Validator.check_schema(schema(command))
        assert f"\n## `hrdoc {command}" in documented, command
        assert f"cli-json/{command}.schema.json" in documented, command
        for key in _top_keys(schema(command)):
            assert f"`{key}`" in documented.split(f"\n## `hrdoc {command}", 1)[1].split("\n## ", 1)[0], (command, key)


def _top_keys(of: dict[str, Any]) -> list[str]:
    record = of["items"] if of.get("type") == "array" else of
    return list(record.get("properties", {}))


def test_the_show_schema_is_made_from_the_models() -> None:
    assert SHOW.read_text(encoding="utf-8") == schema_text(show_schema()), (
        "docs/cli-json/show.schema.json is out of date: run `python -m tests.cli.cli_json_schemas`"
    )


def test_reading_commands_on_the_demo_store(capsys: pytest.CaptureFixture[str], demo_copy: Path) -> None:
    db = ("--db", demo_copy)
    [case] = valid("cases", json_of(capsys, "cases", *db))
    assert case["reference"] == CASE
    data = valid("show", json_of(capsys, "show", CASE, *db))
    assert data["witnesses"][0]["identity"]["legal_name"] == "[protected]"
    revealed = valid("show", json_of(capsys, "show", CASE, *db, "--reveal", "--reason", "schema test"))
    assert revealed["witnesses"][0]["identity"]["legal_name"] != "[protected]"
    for audience in ("internal", "partners", "public"):
        assert valid("search", json_of(capsys, "search", "Anefis", *db, "--audience", audience))
    assert valid("search", json_of(capsys, "search", "xylophone", *db)) == []
    assert valid("evidence", json_of(capsys, "evidence", CASE, *db)) == []
    assert valid("conflicts", json_of(capsys, "conflicts", CASE, *db)) == []
    entries = valid("audit", json_of(capsys, "audit", CASE, *db))
    assert {e["action"] for e in entries} >= {"create", "reveal"}


def test_evidence_commands(
    capsys: pytest.CaptureFixture[str], demo_copy: Path, tmp_path: Path, loopback_site: LoopbackSite
) -> None:
    db = ("--db", demo_copy)
    photo = tmp_path / "convoy.jpg"
    photo.write_bytes(jpeg_with_gps())
    added = valid("attach", json_of(capsys, "attach", CASE, photo, *db))
    copy = tmp_path / "convoy-cropped.jpg"
    copy.write_bytes(jpeg_with_gps()[:-2] + b"\xff\xd9")
    valid("attach", json_of(capsys, "attach", CASE, copy, *db, "--copy-of", added["id"], "--alteration", "cropped"))
    captured = valid("capture", json_of(capsys, "capture", CASE, loopback_site.url("/redirect"), *db))
    assert [hop["status"] for hop in captured["capture"]["hops"]][:1] == [302]
    items = valid("evidence", json_of(capsys, "evidence", CASE, *db))
    assert len(items) == 3 and sum(item["working_copy_of"] == added["id"] for item in items) == 1
    chain = valid("custody", json_of(capsys, "custody", added["id"], *db))
    assert [entry["action"] for entry in chain][:2] == ["intake", "copy"]
