"""Vocabulary labels in the reader's language (English, French, Arabic): built-in terms in all three, a term
users added in English where it has no label in that language; its Arabic label travels with a copy, and an
allegation is found by its violation's label in any of the three."""

from __future__ import annotations

import dataclasses
import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from hrdoc.domain import countries
from hrdoc.domain.registry import Kind
from hrdoc.domain.vocabularies import EVENT_TYPE, VIOLATION_TYPE, label_in
from hrdoc.services.context import StoreContext
from hrdoc.services.exchange.bundles import export_case, import_bundle
from hrdoc.services.exchange.snapshot import take_snapshot
from hrdoc.services.record_keys import Key
from hrdoc.services.record_pages import Listing, RecordPages
from hrdoc.services.records import RecordService
from hrdoc.services.search import SearchService
from hrdoc.services.session import new_store
from hrdoc.services.vocab import VocabularyService
from tests.helpers import PASSPHRASE, make_allegation, make_case, make_incident


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[StoreContext]:
    ctx = new_store(tmp_path / "a.db", PASSPHRASE, user="amina")
    yield ctx
    ctx.close()


def add_term(ctx: StoreContext, code: str, label_en: str, label_fr: str, label_ar: str = "") -> uuid.UUID:
    return RecordService(ctx).create(
        "vocabulary_term",
        vocabulary=VIOLATION_TYPE,
        code=code,
        label_en=label_en,
        label_fr=label_fr,
        label_ar=label_ar,
    )


def test_label_in_falls_back_to_english() -> None:
    assert label_in("fr", "Forced eviction", "Expulsion forcée", "") == "Expulsion forcée"
    assert label_in("ar", "Forced eviction", "Expulsion forcée", "") == "Forced eviction"
    assert label_in("ar", "Forced eviction", "Expulsion forcée", "  ") == "Forced eviction"
    assert label_in("ar", "Forced eviction", "", "الإخلاء القسري") == "الإخلاء القسري"
    assert label_in("de", "Forced eviction", "Expulsion forcée", "الإخلاء القسري") == "Forced eviction"


def test_built_in_terms_in_each_language(ctx: StoreContext) -> None:
    vocab = VocabularyService(ctx)
    assert vocab.labels(VIOLATION_TYPE)["enforced_disappearance"] == "Enforced disappearance"
    assert vocab.labels(VIOLATION_TYPE, language="fr")["enforced_disappearance"] == "Disparition forcée"
    assert vocab.labels(VIOLATION_TYPE, language="ar")["enforced_disappearance"] == "الاختفاء القسري"
    # A sub-type keeps its parent whatever the language.
    [clash] = [t for t in vocab.terms(EVENT_TYPE, language="ar") if t.code == "armed_clash"]
    assert (clash.parent, clash.label) == ("battles", "اشتباك مسلح")


def test_terms_are_listed_in_the_order_of_their_labels_in_that_language(ctx: StoreContext) -> None:
    vocab = VocabularyService(ctx)
    for language in ("en", "fr", "ar"):
        listed = [t.label for t in vocab.terms(VIOLATION_TYPE, language=language)]
        assert listed == sorted(listed, key=lambda label: (countries.fold(label), label.casefold())), language
    french = [t.code for t in vocab.terms(VIOLATION_TYPE, language="fr")]
    assert french.index("indiscriminate_attack") < french.index("forced_displacement")  # Attaque… < Déplacement…
    assert french.index("forced_displacement") < french.index("enforced_disappearance")  # Déplacement < Disparition


def test_a_user_term_without_an_arabic_label_reads_in_english_in_arabic(ctx: StoreContext) -> None:
    add_term(ctx, "forced_eviction", "Forced eviction", "Expulsion forcée")
    add_term(ctx, "starvation", "Starvation of civilians", "Famine infligée aux civils", "تجويع المدنيين")
    vocab = VocabularyService(ctx)
    arabic = vocab.labels(VIOLATION_TYPE, language="ar")
    assert (arabic["forced_eviction"], arabic["starvation"]) == ("Forced eviction", "تجويع المدنيين")
    assert vocab.labels(VIOLATION_TYPE, language="fr")["forced_eviction"] == "Expulsion forcée"


def test_an_allegation_is_found_by_its_violation_in_each_language(ctx: StoreContext) -> None:
    add_term(ctx, "starvation", "Starvation of civilians", "Famine infligée aux civils", "تجويع المدنيين")
    r = RecordService(ctx)
    case_id = make_case(r)
    incident = make_incident(r, case_id)
    built_in = make_allegation(r, case_id, incident, violation_type="enforced_disappearance")
    added = make_allegation(r, case_id, incident, violation_type="starvation")
    search = SearchService(ctx)
    for words, wanted in (
        ("disappearance", built_in),
        ("disparition", built_in),
        ("القسري", built_in),
        ("famine", added),
        ("تجويع", added),
    ):
        assert wanted in {hit.record_id for hit in search.search(words)}, words


def test_an_arabic_label_travels_with_a_copy_and_an_empty_one_is_not_written(
    laptop: StoreContext, ctx: StoreContext, tmp_path: Path
) -> None:
    """An empty Arabic label is left out of the copy (a reader before migration 0010 refuses a field it does
    not know); the receiving store then holds an empty one, shown in English."""
    add_term(laptop, "forced_eviction", "Forced eviction", "Expulsion forcée")
    add_term(laptop, "starvation", "Starvation of civilians", "Famine infligée aux civils", "تجويع المدنيين")
    r = RecordService(laptop)
    case_id = make_case(r)
    incident = make_incident(r, case_id)
    make_allegation(r, case_id, incident, violation_type="forced_eviction")
    make_allegation(r, case_id, incident, violation_type="starvation")

    copied = json.loads(json.dumps(dataclasses.asdict(take_snapshot(laptop, case_id))))
    written = {t["code"]: t for t in copied["vocabulary_terms"]}
    assert "label_ar" not in written["forced_eviction"]
    assert written["starvation"]["label_ar"] == "تجويع المدنيين"

    bundle = tmp_path / "case.hrdoc"
    export_case(laptop, case_id, bundle, audience="internal")
    import_bundle(ctx, bundle)
    arabic = VocabularyService(ctx).labels(VIOLATION_TYPE, language="ar")
    assert (arabic["forced_eviction"], arabic["starvation"]) == ("Forced eviction", "تجويع المدنيين")


def test_a_case_s_lists_sort_and_filter_by_the_labels_in_their_language(ctx: StoreContext) -> None:
    """The workspace's lists (services.record_pages) sort and filter vocabulary columns by the labels shown."""
    r = RecordService(ctx)
    case_id = make_case(r)
    incident = make_incident(r, case_id)
    # English: Arbitrary detention < Enforced disappearance < Torture or ill-treatment.
    # French: Détention arbitraire < Disparition forcée < Torture ou mauvais traitements.
    # Arabic: الاحتجاز التعسفي < الاختفاء القسري < التعذيب أو سوء المعاملة.
    for code in ("torture", "enforced_disappearance", "arbitrary_detention"):
        make_allegation(r, case_id, incident, violation_type=code)
    key = Key.of("violation_type")
    for language, first, word, found in (
        ("en", "arbitrary_detention", "disappearance", "enforced_disappearance"),
        ("fr", "arbitrary_detention", "disparition", "enforced_disappearance"),
        ("ar", "arbitrary_detention", "القسري", "enforced_disappearance"),
    ):
        pages = RecordPages(ctx, language=language)
        listed = Listing(Kind.ALLEGATION, case_id, sort=((key, False),))
        assert pages.rows(listed, pages.order(listed))[0]["violation_type"] == first, language
        search = Listing(Kind.ALLEGATION, case_id, text=word, search=(key,))
        assert [a["violation_type"] for a in pages.rows(search, pages.order(search))] == [found], language
    # Typed without its accents, a French label is found all the same.
    french = RecordPages(ctx, language="fr")
    unaccented = Listing(Kind.ALLEGATION, case_id, text="detention", search=(key,))
    assert [a["violation_type"] for a in french.rows(unaccented, french.order(unaccented))] == ["arbitrary_detention"]
    # In French, "disparition" names no term in English: an English list does not find it.
    assert RecordPages(ctx).order(Listing(Kind.ALLEGATION, case_id, text="disparition", search=(key,))) == []
