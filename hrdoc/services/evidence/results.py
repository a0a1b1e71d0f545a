"""What the evidence service returns and raises: the result of an intake or an export, a GPS placement, a
verification finding, the progress callback and the cancel error.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hrdoc.domain.errors import Cancelled
from hrdoc.storage.errors import StoreError

Progress = Callable[[int, int], bool]
"""Called with (bytes done, bytes in all, 0 if unknown); returning False cancels the work."""


class IntakeCancelled(StoreError, Cancelled):
    def __init__(self) -> None:
        super().__init__("cancelled; nothing was added or written")


@dataclass(frozen=True, slots=True)
class IntakeResult:
    evidence_id: uuid.UUID
    sha256: str
    size: int
    mime_type: str
    metadata: dict[str, Any]


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    sha256: str  # of the copy written
    size: int
    cleaned: bool  # a copy cleaned for the audience (the public), not the evidentiary original
    removed: list[str]
    note: str


@dataclass(frozen=True, slots=True)
class GpsPlacement:
    """A place made at a photo's GPS position and given to an incident (what undo needs to reverse it)."""

    location_id: uuid.UUID
    location: dict[str, Any]  # the new place's fields, as created
    previous_location_id: uuid.UUID | None  # the incident's place before


@dataclass
class EvidenceCheck:
    checks: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    swept: list[str] = field(default_factory=list)


def _reporting(chunks: Iterator[bytes], total: int, progress: Progress) -> Iterator[bytes]:
    done = 0
    for chunk in chunks:
        done += len(chunk)
        if progress(done, total) is False:
            raise IntakeCancelled()  # the partial copy is removed by _write_atomically
        yield chunk
