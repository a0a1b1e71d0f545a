"""The one declaration of countries: every ISO 3166-1 alpha-2 code with its English and French names, and what a
person types (a code in any case, a name in either language, accents and case aside) resolved to the code."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from hrdoc.domain import countries
from hrdoc.domain.errors import UserError

ISO_CODES = Path("/usr/share/iso-codes/json/iso_3166-1.json")


def test_every_country_has_a_unique_code_and_names() -> None:
    codes = [c.alpha2 for c in countries.COUNTRIES]
    assert len(codes) == len(set(codes)) == 250  # the 249 of ISO 3166-1, and Kosovo (XK)
    for c in countries.COUNTRIES:
        assert re.fullmatch(r"[A-Z]{2}", c.alpha2), c
        assert c.name.strip() and c.french.strip() and c.acled.strip(), c
        assert all(n.strip() for n in c.other_names), c
    numerics = [c.numeric for c in countries.COUNTRIES]
    assert len(numerics) == len(set(numerics))


def test_no_name_stands_for_two_countries() -> None:
    """A name (folded as resolve compares it) names one country only, or resolve would pick one of two."""
    names = Counter(countries.fold(n) for c in countries.COUNTRIES for n in {countries.fold(m) for m in c.names})
    assert [n for n, times in names.items() if times > 1] == []


@pytest.mark.skipif(not ISO_CODES.exists(), reason="Debian's iso-codes is not installed")
def test_the_codes_are_iso_3166_1s() -> None:
    listed = {e["alpha_2"]: int(e["numeric"]) for e in json.loads(ISO_CODES.read_text("utf-8"))["3166-1"]}
    ours = {c.alpha2: c.numeric for c in countries.COUNTRIES if c.alpha2 != "XK"}
    assert ours == listed


@pytest.mark.parametrize(
    ("code", "english", "french"),
    [
        ("BF", "Burkina Faso", "Burkina Faso"),
        ("CI", "Côte d'Ivoire", "Côte d'Ivoire"),
        ("ML", "Mali", "Mali"),
        ("DE", "Germany", "Allemagne"),
        ("NE", "Niger", "Niger"),
        ("NG", "Nigeria", "Nigeria"),
        ("CD", "Democratic Republic of the Congo", "République démocratique du Congo"),
        ("CF", "Central African Republic", "République centrafricaine"),
        ("TD", "Chad", "Tchad"),
        ("SN", "Senegal", "Sénégal"),
        ("GB", "United Kingdom", "Royaume-Uni"),
        ("US", "United States", "États-Unis"),
        ("RU", "Russia", "Russie"),
        ("MM", "Myanmar", "Birmanie"),
        ("XK", "Kosovo", "Kosovo"),
    ],
)
def test_known_names(code: str, english: str, french: str) -> None:
    country = countries.by_alpha2(code)
    assert country is not None
    assert (country.name, country.french) == (english, french)
    assert countries.name(code) == english and countries.name(code, "fr") == french
    assert countries.label(code) == f"{english} ({code})"


def test_acled_keeps_its_own_names() -> None:
    assert countries.by_alpha2("CI").acled == "Ivory Coast"  # type: ignore[union-attr]
    assert countries.by_alpha2("CD").acled == "Democratic Republic of Congo"  # type: ignore[union-attr]
    assert countries.by_alpha2("ML").acled == "Mali"  # type: ignore[union-attr]
    assert countries.by_name("Ivory Coast") is countries.by_alpha2("CI")


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("BF", "BF"),
        ("bf", "BF"),
        (" Ml ", "ML"),
        ("Burkina Faso", "BF"),
        ("burkina   faso", "BF"),
        ("cote d'ivoire", "CI"),
        ("Côte d’Ivoire", "CI"),
        ("COTE D IVOIRE", "CI"),
        ("Ivory Coast", "CI"),
        ("Allemagne", "DE"),
        ("germany", "DE"),
        ("guinee bissau", "GW"),
        ("Guinée-Bissau", "GW"),
        ("Etats-Unis", "US"),
        ("Tchad", "TD"),
        ("Burkina Faso (BF)", "BF"),
        ("(bf)", "BF"),
        ("", ""),
        ("   ", ""),
    ],
)
def test_what_a_person_types_resolves_to_the_code(typed: str, code: str) -> None:
    assert countries.resolve(typed) == code


@pytest.mark.parametrize("typed", ["Atlantis", "ZZ", "MLI", "France (BF)", "Burkina"])
def test_what_names_no_country_is_refused_saying_what_to_give(typed: str) -> None:
    with pytest.raises(countries.UnknownCountry) as caught:
        countries.resolve(typed)
    message = str(caught.value)
    assert isinstance(caught.value, UserError)
    assert repr(typed) in message and "English, French or Arabic" in message and "code" in message
    assert "\n" not in message


def test_a_near_miss_is_offered() -> None:
    with pytest.raises(countries.UnknownCountry, match=r"did you mean Burkina Faso \(BF\)"):
        countries.resolve("Burkna Faso")


def test_search_finds_by_code_english_french_and_other_names_best_first() -> None:
    def codes(text: str) -> list[str]:
        return [c.alpha2 for c in countries.search(text)]

    assert codes("ml")[0] == "ML"
    assert codes("allem") == ["DE"]
    assert codes("cote") == ["CI"]
    assert codes("ivoire") == ["CI"]
    found = codes("gui")
    english_first = ["GN", "GW"]  # Guinea, Guinea-Bissau: their English names start with it
    assert found[:2] == english_first and {"GQ", "PG"} <= set(found)
    assert found.index("GQ") > found.index("GW")  # Guinée équatoriale: its French name does
    assert len(codes("")) == 250 and codes("")[0] == "AF"
    assert codes("zzz") == []


def test_every_country_has_an_arabic_name() -> None:
    """Its CLDR short name, in Arabic letters (tools/country_names.py writes them)."""
    for c in countries.COUNTRIES:
        assert c.arabic and any("\u0621" <= ch <= "\u064a" for ch in c.arabic), c.alpha2
        assert not any("a" <= ch.casefold() <= "z" for ch in c.arabic), c.alpha2


@pytest.mark.parametrize(
    ("code", "arabic"),
    [("ML", "مالي"), ("BF", "بوركينا فاسو"), ("DZ", "الجزائر"), ("SD", "السودان"), ("XK", "كوسوفو")],
)
def test_a_country_in_arabic(code: str, arabic: str) -> None:
    assert countries.name(code, "ar") == arabic
    assert countries.label(code, "ar") == f"{arabic} ({code})"
    assert countries.resolve(arabic) == code
    assert countries.resolve(f"{arabic} ({code})") == code


@pytest.mark.parametrize(
    "typed",
    ["مالي", "مَالِي", "مـالي", "  مالى "],  # as written; with vowel marks; with a tatweel; alif maqsura for ya
)
def test_an_arabic_name_is_found_without_its_marks_or_tatweel(typed: str) -> None:
    assert countries.resolve(typed) == "ML"
    assert countries.search(typed, "ar")[0].alpha2 == "ML"


def test_an_arabic_name_is_found_without_its_hamza() -> None:
    assert countries.resolve("اثيوبيا") == countries.resolve("إثيوبيا") == "ET"


def test_search_in_arabic_lists_by_arabic_name() -> None:
    listed = countries.search("", "ar")
    assert len(listed) == len(countries.COUNTRIES)
    assert [countries.fold(c.arabic) for c in listed] == sorted(countries.fold(c.arabic) for c in listed)
    assert {c.alpha2 for c in countries.search("مال", "ar")[:2]} == {"ML", "MT"}  # Mali, Malta (مالطا)
    assert "DZ" in [c.alpha2 for c in countries.search("الجزا", "ar")]
