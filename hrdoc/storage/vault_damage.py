"""What happened to a vault file that fails to decrypt, said as precisely as the file's format allows.

Every chunk is sealed with AES-GCM over the header, its index and whether it is the last one (see
``storage.vault``). A chunk that fails authentication can mean several things; trying the same bytes under the
other hypotheses tells most of them apart:

- a chunk that authenticates as "not the last" where the file ends: the file was cut after it;
- a prefix of the bytes that authenticates as "the last": bytes were added after the end;
- the first chunk failing while the second authenticates: the first chunk was altered; both failing: the header
  (its salt) was altered, or the file was not written with this store's vault key;
- otherwise the chunk's bytes were altered, or, for the last chunk, the file may also have been cut short inside
  it (nothing in the format records the plaintext's length, so these two cannot be told apart).
"""

from __future__ import annotations

from collections.abc import Callable

# Trying whether a prefix of the last chunk authenticates costs one decryption per byte tried: bounded by this
# many bytes decrypted in all (about a tenth of a second), so a damaged file is still reported promptly.
TRIM_BUDGET = 64 * 1024 * 1024
MAX_TRIM = 65536

Opens = Callable[[bytes, int, bool], bool]
"""``opens(block, index, last)``: does ``block`` authenticate as chunk ``index`` (last or not)?"""


def _added(n: int) -> str:
    return "1 byte was added" if n == 1 else f"{n} bytes were added"


def _added_after_end(opens: Opens, block: bytes, index: int, tag_size: int) -> int | None:
    """How many bytes at the end of ``block`` follow a complete last chunk, if a prefix authenticates as one."""
    most = min(len(block) - tag_size, MAX_TRIM, TRIM_BUDGET // max(len(block), 1))
    for extra in range(1, most + 1):
        if opens(block[:-extra], index, True):
            return extra
    return None


def explain(opens: Opens, *, index: int, block: bytes, following: bytes, rest: int, tag_size: int) -> str:
    """Why chunk ``index`` (0-based, bytes ``block``) failed; ``following`` is the next block read, ``rest`` the
    number of bytes after it."""
    number = index + 1
    if following:  # not the last block in the file
        if opens(block, index, True):
            return f"{_added(len(following) + rest)} after the end of the file (after chunk {number})"
        if not rest:  # the last chunk and bytes added after it may straddle two blocks as read
            extra = _added_after_end(opens, block + following, index, tag_size)
            if extra is not None:
                return f"{_added(extra)} after the end of the file (after chunk {number})"
        if index == 0 and not opens(following, 1, False) and not opens(following, 1, True):
            return (
                "it cannot be decrypted: its header was altered (its salt), "
                "or it was not written with this store's vault key"
            )
        return f"chunk {number} fails authentication (its content was altered, or chunks were moved)"
    if not block:
        where = "right after its header" if index == 0 else f"after chunk {index}, which is not its last"
        return f"the end of the file is missing: it stops {where}"
    if opens(block, index, False):
        return f"the end of the file is missing: it stops after chunk {number}, which is not its last"
    extra = _added_after_end(opens, block, index, tag_size)
    if extra is not None:
        return f"{_added(extra)} after the end of the file (after chunk {number})"
    if index == 0:
        return (
            "chunk 1 fails authentication (it is the only one: the file was altered, in that chunk or in its "
            "header's salt, or cut short inside it, or was not written with this store's vault key)"
        )
    return (
        f"chunk {number} fails authentication "
        "(it is the last one: its content was altered, or the file was cut short inside it)"
    )
