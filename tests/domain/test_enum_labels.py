"""Every value of every closed set reads as words where people read it (forms, tables, reports, ``hrdoc show``):
no code, acronyms in capitals, and a value two sets share worded as its own set words it."""

from __future__ import annotations

import re
from enum import StrEnum

from hrdoc.domain import enums
from hrdoc.domain.enums import AuditAction, CustodyAction, SourceKind, StandardOfProof, label
from hrdoc.domain.vocabularies import SEED_TERMS

ENUMS = [e for e in vars(enums).values() if isinstance(e, type) and issubclass(e, StrEnum) and e is not StrEnum]
ACRONYMS = ("NGO", "UN", "IED")


def test_every_value_of_every_enum_is_words() -> None:
    assert len(ENUMS) >= 20
    for enum in ENUMS:
        for member in enum:
            words = label(member, enum)
            assert "_" not in words and words[:1] == words[:1].upper(), (enum.__name__, member.value, words)
            assert words not in ("None", "True", "False"), (enum.__name__, member.value)  # a program's value
            for acronym in ACRONYMS:
                assert not re.search(rf"\b{acronym}\b", words, re.IGNORECASE) or acronym in words, words


def test_acronyms_and_grades_are_declared_with_their_values() -> None:
    assert [label(k) for k in (SourceKind.NGO_REPORT, SourceKind.UN_DOCUMENT, SourceKind.AUDIO_VIDEO)] == [
        "NGO report",
        "UN document",
        "Audio or video",
    ]
    assert label("B") == "B — usually reliable" and label("6") == "6 — truth cannot be judged"
    assert label("reasonable_suspicion") == "Reasonable suspicion"
    assert label("none", StandardOfProof) == "Not met"  # never a bare "None"


def test_a_value_two_enums_share_is_worded_as_its_enum_words_it() -> None:
    assert label("export", CustodyAction) == "Copy exported"
    assert label("export", AuditAction) == "Export"
    assert label("export") == "Export"  # without its enum, never another enum's words
    assert label("transfer_in") == "Received in a bundle"  # only one enum holds it


def test_built_in_vocabulary_terms_are_words_in_both_languages() -> None:
    """The seeded terms' labels (stored as they are declared; forms, tables and ``hrdoc show`` read them)."""
    for term in SEED_TERMS:
        for words, acronyms in ((term.label_en, ACRONYMS), (term.label_fr, ("ONG", "ONU", "EEI"))):
            assert "_" not in words and words[:1] == words[:1].upper(), (term.vocabulary, term.code, words)
            for acronym in acronyms:
                assert not re.search(rf"\b{acronym}\b", words, re.IGNORECASE) or acronym in words, words
