"""What the evidence service returns: the result of an intake or an export, a GPS placement, a verification
finding; and the stream that tells an export's progress.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hrdoc.domain.progress import Progress


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
    """``chunks`` as they are, ``progress`` told the bytes passed so far (a cancel it raises leaves the partial
    copy to _write_atomically, which removes it)."""
    done = 0
    for chunk in chunks:
        done += len(chunk)
        progress(done, total, "writing the copy")
        yield chunk
