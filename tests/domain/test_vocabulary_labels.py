"""Every built-in vocabulary term has a label in each language of the interface, in that language, and the
migration that seeds them into stores carries the same labels (docs/glossary.md gives the words)."""

from __future__ import annotations

import importlib.util
import re
import unicodedata
from pathlib import Path
from types import ModuleType

from hrdoc.domain.vocabularies import FIGURE_COUNT, LANGUAGES, SEED_TERMS, VOCABULARIES, VocabTerm, term, terms
from hrdoc.storage import migrate

VERSIONS = Path(migrate.__file__).parent / "migrations" / "versions"

# The only terms whose French label is the English one, letter for letter: the same word in both languages.
SAME_WORD_IN_FRENCH = {("violation_type", "pillage"), ("event_type", "grenade"), ("actor_kind", "organisation")}
ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")
LATIN_LETTER = re.compile(r"[A-Za-z]")


def migration(name: str) -> ModuleType:
    """A migration module, loaded from its file (alembic's ``op`` is imported but not used here)."""
    spec = importlib.util.spec_from_file_location(f"migration_{name}", VERSIONS / name)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def key(t: VocabTerm) -> tuple[str, str]:
    return t.vocabulary, t.code


def test_every_built_in_term_has_a_label_in_every_language() -> None:
    assert LANGUAGES == ("en", "fr", "ar")
    assert len(SEED_TERMS) == 60
    for t in SEED_TERMS:
        for language in LANGUAGES:
            words = t.label(language)
            assert words.strip() == words and words, (key(t), language)
            assert unicodedata.normalize("NFC", words) == words, (key(t), language)  # as typed, as searched
            assert len(words) <= 200, (key(t), language)  # the column's length


def test_french_labels_are_french_and_arabic_labels_arabic() -> None:
    for t in SEED_TERMS:
        assert not ARABIC_LETTER.search(t.label_en + t.label_fr), key(t)
        if key(t) in SAME_WORD_IN_FRENCH:
            assert t.label_fr == t.label_en, key(t)
        else:
            assert t.label_fr != t.label_en, f"{key(t)}: the French label is the English one ({t.label_en!r})"
        assert ARABIC_LETTER.search(t.label_ar) and not LATIN_LETTER.search(t.label_ar), (key(t), t.label_ar)
        # Arabic punctuation, not Latin (glossary): no Latin comma, question mark or semicolon.
        assert not re.search(r"[,;?]", t.label_ar), (key(t), t.label_ar)


def test_labels_tell_the_terms_of_a_vocabulary_apart_in_every_language() -> None:
    """A picker lists a vocabulary's terms by label: two terms worded alike could not be told apart (a sub-type
    only among its siblings, as a form shows them under the type chosen)."""
    for vocabulary in VOCABULARIES:
        for language in LANGUAGES:
            groups: dict[str | None, list[str]] = {}
            for t in terms(vocabulary):
                groups.setdefault(t.parent, []).append(t.label(language))
            for parent, labels in groups.items():
                assert len(set(labels)) == len(labels), (vocabulary, parent, language, labels)


def test_a_label_in_a_language_hrdoc_does_not_speak_is_english() -> None:
    execution = term("violation_type", "extrajudicial_execution")
    assert execution is not None
    assert execution.label("fr") == "Exécution extrajudiciaire ou sommaire"
    assert execution.label("ar") == "الإعدام خارج نطاق القضاء أو بإجراءات موجزة"
    assert execution.label("de") == execution.label("en") == "Extrajudicial or summary execution"


def test_migration_0010_seeds_the_labels_declared_here() -> None:
    """0010 carries its labels as of its revision (it imports no hrdoc code): the same as today's declaration,
    and 0002's French labels with 0010's rewording are today's French labels."""
    m0002 = migration("0002_search_vocabularies_audit_guards.py")
    m0010 = migration("0010_vocabulary_labels_ar.py")
    before_figures = [t for t in SEED_TERMS if t.vocabulary != FIGURE_COUNT]  # 0012 seeds those
    assert {(v, c): ar for v, c, ar in m0010.LABELS_AR} == {key(t): t.label_ar for t in before_figures}
    french = {(v, c): fr for v, c, _parent, _en, fr in m0002.SEED_TERMS}
    for v, c, before, after in m0010.FRENCH_REWORDED:
        assert french[(v, c)] == before
        french[(v, c)] = after
    assert french == {key(t): t.label_fr for t in before_figures}
    assert {(v, c): (p, en) for v, c, p, en, _fr in m0002.SEED_TERMS} == {
        key(t): (t.parent, t.label_en) for t in before_figures
    }


def test_migration_0012_seeds_what_a_reported_figure_counts_as_declared_here() -> None:
    m0012 = migration("0012_reported_figures.py")
    assert {(FIGURE_COUNT, c): (en, fr, ar) for c, en, fr, ar in m0012.FIGURE_COUNT_TERMS} == {
        key(t): (t.label_en, t.label_fr, t.label_ar) for t in terms(FIGURE_COUNT)
    }
    assert {t.code for t in terms(FIGURE_COUNT)} >= {"killed", "injured", "missing", "detained", "displaced"}
