"""The store passphrase's rules, in one place for the CLI, the app and the services.

A new store's passphrase has at least :data:`MIN_LENGTH` characters, however it is given (prompt, dialog,
``HRDOC_PASSPHRASE``, a file): :func:`~hrdoc.services.session.new_store` checks it. A passphrase file holds
the passphrase on its first line; the byte-order mark Windows Notepad puts at the start of a file is not part
of it, and neither is the line end (``\\n`` or ``\\r\\n``).
"""

from __future__ import annotations

import codecs

from hrdoc.domain.errors import Phrase
from hrdoc.domain.marks import N_
from hrdoc.storage.errors import StoreError

MIN_LENGTH = 8
TOO_SHORT = Phrase(
    N_("the passphrase is too short: use at least {count} characters (a few words is best)"), count=MIN_LENGTH
)


class PassphraseProblem(StoreError):
    """A passphrase that cannot be used as given (too short, unreadable file)."""


def check_new_passphrase(passphrase: str) -> None:
    """Refuse a passphrase too weak to protect a new store."""
    if len(passphrase) < MIN_LENGTH:
        raise PassphraseProblem(TOO_SHORT)
    if "\x00" in passphrase:
        raise PassphraseProblem(N_("the passphrase contains a NUL character; choose another one"))


def decode_secret(data: bytes) -> str:
    """A secret file's text: UTF-8, or UTF-16 with its mark; a byte-order mark is dropped, not kept.

    Raises :class:`UnicodeDecodeError` for anything else.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")  # Notepad's "Unicode"; the codec reads and drops the mark
    return data.decode("utf-8-sig")  # drops a UTF-8 mark if there is one


def passphrase_from_bytes(data: bytes, source: str) -> str:
    """The passphrase in a file's content: its first line, without a byte-order mark or line end."""
    try:
        text = decode_secret(data)
    except UnicodeDecodeError:
        raise PassphraseProblem(
            N_("the passphrase file {source} is not UTF-8 text: save it as UTF-8 (plain text) and try again"),
            source=source,
        ) from None
    lines = text.splitlines()
    passphrase = lines[0] if lines else ""
    if not passphrase:
        raise PassphraseProblem(
            N_("the passphrase file {source} is empty: put the passphrase on its first line"), source=source
        )
    return passphrase
