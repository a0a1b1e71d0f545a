"""The quarantine beside a vault: finished evidence files the store had no record of, moved aside, never deleted.

A vault file the store does not know is either evidence recorded in a newer copy of the store (an older copy was
restored after damage), or something hrdoc did not write. Neither is hrdoc's to delete: it goes to
``NAME.vault-quarantine/``, on the same disk, with a note beside it (``ITEM.hrv.txt``) saying when and why.
The file stays encrypted with the store's vault key and named by its item id, so once a store that records it is
back in place, ``Vault.sweep`` moves it back into the vault.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

SUFFIX = ".hrv"
NOTE = ".txt"


@dataclass(frozen=True, slots=True)
class Quarantined:
    """One file waiting in quarantine."""

    item_id: uuid.UUID
    path: Path

    @property
    def note(self) -> Path:
        return self.path.with_name(self.path.name + NOTE)


def folder_for(vault_root: Path) -> Path:
    """``NAME.vault-quarantine`` beside the vault ``NAME.vault``."""
    return vault_root.with_name(vault_root.name + "-quarantine")


def _item_of(path: Path) -> uuid.UUID | None:
    """``ITEM.hrv``, or ``ITEM.N.hrv`` when the same item was put aside more than once."""
    if path.suffix != SUFFIX:
        return None
    try:
        return uuid.UUID(hex=path.name.split(".", 1)[0])
    except ValueError:
        return None


def waiting(folder: Path) -> list[Quarantined]:
    """The files in quarantine, oldest name first; an absent folder holds none."""
    if not folder.is_dir():
        return []
    found = []
    for entry in sorted(folder.iterdir()):
        item_id = _item_of(entry)
        if item_id is not None and entry.is_file():
            found.append(Quarantined(item_id, entry))
    return found


def _free_name(folder: Path, item_id: uuid.UUID) -> Path:
    candidate = folder / f"{item_id.hex}{SUFFIX}"
    n = 1
    while candidate.exists() or candidate.with_name(candidate.name + NOTE).exists():
        n += 1
        candidate = folder / f"{item_id.hex}.{n}{SUFFIX}"
    return candidate


def _note_text(source: Path, item_id: uuid.UUID, size: int, when: dt.datetime) -> str:
    return (
        f"hrdoc moved this file out of the evidence vault on {when:%Y-%m-%d %H:%M:%S} UTC.\n"
        f"\n"
        f"Where it was: {source}\n"
        f"Evidence item id: {item_id}\n"
        f"Size: {size} bytes (encrypted)\n"
        f"\n"
        f"Why: the store beside the vault has no record of this item, and no intake was writing it. Nothing was\n"
        f"deleted. Usually this means an older copy of the store was put back (after damage, from a backup) and\n"
        f"the item was added after that copy was made; or the file was put in the vault by something else.\n"
        f"\n"
        f"What you can do:\n"
        f"- If you have the newer copy of the store that recorded this item, put it back in place and run\n"
        f"  `hrdoc verify`: the file is moved back into the vault by itself.\n"
        f"- The file is encrypted with this store's vault key and cannot be opened on its own; its name, case\n"
        f"  and chain of custody were only in the store that recorded it.\n"
        f"- If you are sure it is not evidence of yours, you may delete this file and this note.\n"
    )


def put_aside(source: Path, item_id: uuid.UUID, folder: Path) -> Quarantined:
    """Move ``source`` into the quarantine ``folder`` (same disk: a rename), then write its note beside it.

    Raises OSError; the file is then still where it was, or already in quarantine without its note.
    """
    folder.mkdir(mode=0o700, exist_ok=True)
    target = _free_name(folder, item_id)
    size = source.stat().st_size
    os.rename(source, target)
    moved = Quarantined(item_id, target)
    text = _note_text(source, item_id, size, dt.datetime.now(dt.UTC))
    partial = moved.note.with_name(moved.note.name + ".partial")
    with partial.open("w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(partial, moved.note)
    return moved


def take_back(entry: Quarantined, target: Path) -> None:
    """Move a quarantined file back to ``target`` in the vault (which must not exist) and drop its note."""
    if target.exists():
        raise FileExistsError(target)
    os.rename(entry.path, target)
    entry.note.unlink(missing_ok=True)
