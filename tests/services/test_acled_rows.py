"""ACLED import, reading: each row is handed on as a tuple of ACLED's columns picked by position (issue 15,
point 6: less work per row). The tuples must be what the earlier reading gave, a dict of every ACLED column
filled from the row's cells by column name, on files of every shape."""

from __future__ import annotations

import csv
import io
import random

import pytest

from hrdoc.services.acled_read import AcledImportReport, _read_rows
from hrdoc.services.acled_values import ACLED_COLUMNS


def previous_rows(data: bytes) -> tuple[list[tuple[int, tuple[str, ...]]], list[str], list[str]]:
    """The rows as the reading before the change gave them (by column name), then as tuples in ACLED_COLUMNS'
    order; the rejected and skipped rows' reports."""
    text = data.decode("utf-8").lstrip("\ufeff")
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader)
    columns = [h.strip().casefold() for h in header]
    blank = dict.fromkeys(ACLED_COLUMNS, "")
    rows, rejected, skipped = [], [], []
    previous = reader.line_num
    for cells in reader:
        line, previous = previous + 1, reader.line_num
        if not "".join(cells).strip():
            skipped.append(f"line {line}: empty row")
            continue
        if len(cells) > len(columns) and any(c.strip() for c in cells[len(columns) :]):
            rejected.append(f"line {line}")
            continue
        values = blank.copy()
        values.update(zip(columns, cells, strict=False))
        rows.append((line, tuple(values[c] for c in ACLED_COLUMNS)))
    return rows, rejected, skipped


def varied_file(rng: random.Random, columns: list[str], newline: str) -> bytes:
    cells = ["", " ", "x", "Gao", "12.5", "-0.04", "a; b", 'say "hi"', "two\nlines", "trois,\r\nlignes", "é عربي"]
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator=newline)
    writer.writerow(columns)
    for _ in range(400):
        width = rng.choice([len(columns)] * 6 + [0, 1, len(columns) // 2, len(columns) + 1, len(columns) + 2])
        row = [rng.choice(cells) for _ in range(width)]
        if width > len(columns) and rng.random() < 0.5:
            row[len(columns) :] = [rng.choice(["", " "]) for _ in row[len(columns) :]]  # extra cells, empty
        writer.writerow(row)
    return ("\ufeff" if rng.random() < 0.5 else "").encode() + out.getvalue().encode()


@pytest.mark.parametrize("seed", range(6))
def test_rows_are_the_cells_the_earlier_reading_found_by_column_name(seed: int) -> None:
    rng = random.Random(seed)
    columns = list(ACLED_COLUMNS)
    rng.shuffle(columns)
    columns = columns[: rng.randrange(12, len(columns) + 1)]  # some columns missing
    for required in ("event_date", "event_type", "location"):
        if required not in columns:
            columns.append(required)
    columns.insert(rng.randrange(len(columns)), "not_acled")
    columns = [c.upper() if rng.random() < 0.2 else c for c in columns]
    if seed % 2:  # a column named twice: its cell is the last one the row reaches
        columns.insert(rng.randrange(len(columns)), rng.choice(columns).upper())
    for newline in ("\r\n", "\n", "\r"):
        data = varied_file(rng, columns, newline)
        report = AcledImportReport(file_name="events.csv")
        got = list(_read_rows(io.BytesIO(data), "events.csv", report, lambda _columns: None))
        rows, rejected, skipped = previous_rows(data)
        assert got == rows
        assert [str(p).split(":")[0] for p in report.rejected] == rejected
        assert [str(p) for p in report.skipped] == skipped
        assert len(rows) > 200
