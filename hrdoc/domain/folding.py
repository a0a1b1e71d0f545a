"""How typed text is compared with names: one folding for every search by name that is not the search index's
(a country's name, an entry of a record picker), so that what finds a name in one finds it in the other."""

from __future__ import annotations

import re
import unicodedata

# Tatweel (a stretching stroke, not a letter) goes; alif maqsura and ta marbuta read as ya and ha.
_ARABIC_LETTERS = str.maketrans({"\u0640": "", "\u0649": "\u064a", "\u0629": "\u0647"})


def fold(text: str) -> str:
    """``text`` as names are compared: without accents, case, hyphens, apostrophes or doubled spaces (so
    ``cote d’ivoire`` and ``COTE D IVOIRE`` find Côte d'Ivoire, ``guinee bissau`` Guinea-Bissau); in Arabic,
    without vowel marks, shadda, hamza or madda over a letter or tatweel, and alif maqsura and ta marbuta read
    as ya and ha, as people often type them (``مَالِي`` and ``مـالي`` find مالي, ``اثيوبيا`` إثيوبيا)."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_ARABIC_LETTERS))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return " ".join(re.sub(r"[-'`´\u2018\u2019\u02bc]", " ", plain).split())
