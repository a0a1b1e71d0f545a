"""Writing a file whole or not at all (after qutebrowser's ``savefile_open``).

The content goes to a temporary name in the target's folder, is flushed and fsynced, and only then renamed
over the target; the folder is fsynced so the rename itself survives a power cut. A reader therefore sees the
old file, or the whole new one, never a truncated one under the real name. On an error the temporary file is
removed; after a kill it stays behind under a name that begins with ``.`` and ends with :data:`TEMP_SUFFIX`
(see :func:`temp_files_for`), never under the target's name.
"""

from __future__ import annotations

import os
import secrets
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

TEMP_SUFFIX = ".tmp"
COPY_CHUNK = 1024 * 1024


def _temp_name(target: Path) -> Path:
    return target.with_name(f".{target.name}.{secrets.token_hex(4)}{TEMP_SUFFIX}")


def temp_files_for(folder: Path, name_glob: str) -> list[Path]:
    """Temporary files left by killed writes of targets named like ``name_glob`` in ``folder``."""
    return sorted(folder.glob(f".{name_glob}.*{TEMP_SUFFIX}"))


def fsync_folder(folder: Path) -> None:
    """Make a rename or an unlink in ``folder`` durable (a no-op where folders cannot be opened, on Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems do not fsync folders; the rename is still atomic
    finally:
        os.close(fd)


@contextmanager
def atomic_write(target: Path, *, mode: int = 0o600) -> Iterator[BinaryIO]:
    """Open a binary file that becomes ``target`` when the ``with`` block ends without an error."""
    temp = _temp_name(target)
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), mode)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    fsync_folder(target.parent)


def atomic_copy(source: Path, target: Path) -> None:
    """Copy ``source`` to ``target`` whole or not at all; the copy gets the source's permission bits."""
    with source.open("rb") as src, atomic_write(target, mode=source.stat().st_mode & 0o777) as dst:
        shutil.copyfileobj(src, dst, COPY_CHUNK)
