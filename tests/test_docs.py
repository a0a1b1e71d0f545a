"""The documentation promises field names and who may see each; hold it to them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from hrdoc.domain import registry
from hrdoc.storage import models  # noqa: F401  (registers the tables)
from hrdoc.storage.base import Base

ROOT = Path(__file__).resolve().parent.parent


def _sections(text: str) -> dict[str, str]:
    parts = re.split(r"^#{2,3} ", text, flags=re.MULTILINE)
    return {part.split()[0]: part for part in parts[1:]}


def test_every_column_of_every_table_is_documented() -> None:
    sections = _sections((ROOT / "docs" / "data-model.md").read_text(encoding="utf-8"))
    record_fields = {"id", "created_at", "updated_at", "created_by", "visibility", "notes", "version"}
    missing = []
    for table in Base.metadata.sorted_tables:
        section = sections.get(table.name)
        if section is None:
            missing.append(f"table {table.name}")
            continue
        is_record = "*(record)*" in section.splitlines()[0]
        for column in table.columns:
            if is_record and column.name in record_fields:
                continue
            if f"`{column.name}`" not in section:
                missing.append(f"{table.name}.{column.name}")
    assert not missing, f"undocumented in docs/data-model.md: {', '.join(missing)}"


def _field_rows(text: str) -> Iterator[tuple[list[str], str]]:
    """The rows of the field tables in ``text``: the field names of the first cell, and the last cell."""
    for line in text.splitlines():
        cells = [cell.strip() for cell in line.strip().split("|")]
        if len(cells) >= 3 and cells[1].startswith("`"):
            assert len(cells) == 5, f"a field row without its sensitivity: {line.strip()}"
            yield re.findall(r"`(\w+)`", cells[1]), cells[3]


def test_every_fields_sensitivity_is_the_registrys() -> None:
    """docs/data-model.md says, for every field of every table, who may see it: what the record registry
    declares (and the sharing policy applies)."""
    text = (ROOT / "docs" / "data-model.md").read_text(encoding="utf-8")
    sections = _sections(text)
    every_record = {name: said for names, said in _field_rows(text.split("\n## ")[0]) for name in names}
    problems = []
    for kind in registry.KINDS.values():
        section = sections.get(kind.table, "")
        documented = {name: said for names, said in _field_rows(section) for name in names}
        if "*(record)*" in section.split("\n")[0]:
            documented = {**{n: s for n, s in every_record.items() if n in kind.names}, **documented}
        for fld in kind.fields:
            said = documented.pop(fld.name, None)
            if said is None:
                problems.append(f"{kind.table}.{fld.name}: no sensitivity given")
            elif said != fld.sensitivity.value:
                problems.append(f"{kind.table}.{fld.name}: {said} here, {fld.sensitivity.value} in the registry")
        problems.extend(f"{kind.table}.{name}: not a field the registry declares" for name in documented)
    assert not problems, "docs/data-model.md and hrdoc/domain/registry/ disagree:\n" + "\n".join(problems)


def test_readme_starts_with_the_two_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first_commands = re.findall(r"^make \w+", readme, flags=re.MULTILINE)[:2]
    assert first_commands == ["make run", "make test"]
    assert "cannot be recovered" in readme
