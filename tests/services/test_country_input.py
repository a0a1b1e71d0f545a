"""A country is given as a person knows it (its name in English or French, its code in any case) to the record
service, which every way in shares (forms, the command line, imports), and stored as its ISO code; a name that
names no country is refused on its field, saying what to give."""

from __future__ import annotations

import pytest

from hrdoc.domain import registry
from hrdoc.domain.registry import Widget
from hrdoc.domain.validation import ValidationError
from hrdoc.services.records import RecordService
from tests.helpers import make_case


def test_the_registry_declares_the_country_fields() -> None:
    declared = {(k.name, f.name) for k, f in registry.all_fields() if f.widget is Widget.COUNTRY}
    assert declared == {("location", "country_code"), ("actor", "country_code")}


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("ML", "ML"),
        ("bf", "BF"),
        ("Burkina Faso", "BF"),
        ("cote d'ivoire", "CI"),
        ("Allemagne", "DE"),
        ("", ""),
        (None, ""),
    ],
)
def test_a_place_and_an_actor_take_a_country_by_name_or_code(r: RecordService, typed: str | None, stored: str) -> None:
    case_id = make_case(r)
    place = r.create("location", case_id=case_id, name="Somewhere", country_code=typed)
    group = r.create("actor", case_id=case_id, name="Some group", country_code=typed)
    assert r.get("location", place).country_code == stored
    assert r.get("actor", group).country_code == stored
    r.update("location", place, country_code="niger")
    assert r.get("location", place).country_code == "NE"


def test_a_name_that_names_no_country_is_refused_on_its_field(r: RecordService) -> None:
    case_id = make_case(r)
    with pytest.raises(ValidationError) as refused:
        r.create("location", case_id=case_id, name="Somewhere", country_code="Burkna Faso")
    [message] = refused.value.for_field("country_code")
    assert "'Burkna Faso' is not a country" in message and "did you mean Burkina Faso (BF)?" in message
    assert r.records("location", case_id) == []
