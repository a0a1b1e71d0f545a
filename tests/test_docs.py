"""The documentation promises field names; hold it to them."""

from __future__ import annotations

import re
from pathlib import Path

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


def test_readme_starts_with_the_two_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first_commands = re.findall(r"^make \w+", readme, flags=re.MULTILINE)[:2]
    assert first_commands == ["make run", "make test"]
    assert "cannot be recovered" in readme
