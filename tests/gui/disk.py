"""What tests of "nothing decrypted reaches the disk" compare: the files under some folders, before and after."""

from __future__ import annotations

import os
from pathlib import Path

Snapshot = dict[Path, tuple[int, int]]


def snapshot(roots: list[Path]) -> Snapshot:
    """Every file under ``roots`` with its modification time (ns) and size."""
    found: Snapshot = {}
    for root in roots:
        for folder, _dirs, files in os.walk(root):
            for name in files:
                path = Path(folder) / name
                try:
                    if not path.is_symlink():
                        stat = path.stat()
                        found[path] = (stat.st_mtime_ns, stat.st_size)
                except OSError:
                    continue
    return found


def touched(before: Snapshot, roots: list[Path]) -> list[Path]:
    """Files created or changed since ``before`` was taken (not merely recent: earlier tests wrote files too)."""
    return [path for path, state in snapshot(roots).items() if before.get(path) != state]
