"""The interface's compiled catalogues (``hrdoc_LANG.qm``) read without Qt, for the reports: one source of truth,
the ``.ts`` files the GUI's translations come from, compiled by the build into the package (see
:mod:`hrdoc.services.languages`), so a report can be made in any language whatever the interface's.

A ``.qm`` file, as ``lrelease`` writes it and ``QTranslator`` reads it (qtbase's ``qtranslator.cpp``): a 16-byte
magic number, then sections, each a tag byte, a 32-bit big-endian length and its bytes. Two sections matter here:

- *hashes*: (hash, offset) pairs of 32-bit integers sorted by hash, the hash being the ELF hash of the source
  text's UTF-8 bytes followed by the comment's (the disambiguation);
- *messages*: at each offset a record of tagged fields up to an end tag: each translation (numerus forms in
  order) as UTF-16BE, and only as much of comment, source text and context as the file needs to tell apart
  messages sharing a hash (a field left out matches anything; an empty comment matches any).

The lookup is QTranslator's: the hash of (source, comment), each record at that hash checked against the fields it
holds; if none matches and a comment was given, again without it. A text the catalogue lacks is returned as it is
(English, the source language). Numerus forms are not chosen by a count here: the reports use none; the first
form is the one a lookup without a count gives, as in QTranslator.
"""

from __future__ import annotations

import bisect
import struct
from functools import cache
from pathlib import Path

from hrdoc.services.languages import ENGLISH
from hrdoc.services.languages import catalogue as catalogue_path

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_HASHES, _MESSAGES = 0x42, 0x69  # section tags
_END, _TRANSLATION, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT = 1, 3, 5, 6, 7, 8  # message tags
CONTEXT = ""  # the context of free tr() calls and N_ marks: the only one hrdoc uses (hrdoc.gui.i18n)


def elf_hash(data: bytes) -> int:
    """The ELF hash lrelease files messages under (never 0: 0 becomes 1)."""
    h = 0
    for byte in data:
        h = ((h << 4) + byte) & 0xFFFFFFFF
        g = h & 0xF0000000
        if g:
            h ^= g >> 24
        h &= ~g & 0xFFFFFFFF
    return h or 1


class Catalogue:
    """One language's messages, read from a compiled catalogue (or none: English, the source texts)."""

    def __init__(self, data: bytes = b"") -> None:
        self._hashes: list[int] = []
        self._offsets: list[int] = []
        self._messages = b""
        if not data:
            return
        if data[:16] != MAGIC:
            raise ValueError("not a compiled Qt catalogue (.qm)")
        at = 16
        while at + 5 <= len(data):
            tag, length = data[at], struct.unpack_from(">I", data, at + 1)[0]
            body = data[at + 5 : at + 5 + length]
            if tag == _HASHES:
                pairs = struct.unpack(f">{len(body) // 4}I", body[: len(body) // 8 * 8])
                self._hashes, self._offsets = list(pairs[0::2]), list(pairs[1::2])
            elif tag == _MESSAGES:
                self._messages = body
            at += 5 + length

    @classmethod
    def load(cls, path: Path) -> Catalogue:
        return cls(path.read_bytes())

    def __bool__(self) -> bool:
        return bool(self._hashes)

    def _record(self, offset: int, context: bytes, source: bytes, comment: bytes) -> str | None:
        """The first translation of the record at ``offset`` if the fields it holds match, else None."""
        data, at = self._messages, offset
        found: str | None = None
        while at < len(data):
            tag = data[at]
            at += 1
            if tag == _END:
                return found
            if tag == _OBSOLETE1:
                at += 4
                continue
            length = struct.unpack_from(">I", data, at)[0]
            at += 4
            if tag == _TRANSLATION:
                if length & 1:  # 0xFFFFFFFF: a null translation
                    return None
                if found is None:
                    found = data[at : at + length].decode("utf-16-be")
            elif tag in (_SOURCE, _CONTEXT, _COMMENT):
                field = data[at : at + length]
                wanted = {_SOURCE: source, _CONTEXT: context, _COMMENT: comment}[tag]
                if field != wanted and not (tag == _COMMENT and not field):
                    return None
            else:
                return None  # a field this reader does not know: QTranslator gives up on the record too
            at += length
        return found

    def lookup(self, text: str, disambiguation: str = "", context: str = CONTEXT) -> str | None:
        """The translation of ``text`` (with its disambiguation), or None if the catalogue lacks it."""
        source, comment, where = text.encode(), disambiguation.encode(), context.encode()
        while True:
            h = elf_hash(source + comment)
            at = bisect.bisect_left(self._hashes, h)
            while at < len(self._hashes) and self._hashes[at] == h:
                found = self._record(self._offsets[at], where, source, comment)
                if found is not None:
                    return found
                at += 1
            if not comment:
                return None
            comment = b""

    def translate(self, text: str, disambiguation: str = "") -> str:
        """``text`` translated, or ``text`` itself where the catalogue lacks it or leaves it empty."""
        return self.lookup(text, disambiguation) or text


@cache
def catalogue(language: str) -> Catalogue:
    """The catalogue of ``language`` as installed with hrdoc; an empty one (every text as written) for English,
    for a language hrdoc does not speak, or where the build has not compiled it."""
    path = catalogue_path(language) if language != ENGLISH else None
    if path is None or not path.is_file():
        return Catalogue()
    return Catalogue.load(path)
