"""A user's error in the user's language: the template is looked up, then filled in (issue 16, point 1)."""

from __future__ import annotations

from hrdoc.domain.errors import Term, UserError

FRENCH = {
    "cannot read {path}: {reason}": "impossible de lire {path} : {reason}",
    "there is no {kind} {ref}": "aucune fiche {kind} {ref}",
    "incident": "incident (fr)",
}


def french(text: str) -> str:
    return FRENCH.get(text, text)


def test_str_is_the_english_message_filled_in() -> None:
    err = UserError("cannot read {path}: {reason}", path="/media/usb/case.hrdoc", reason="no such file")
    assert str(err) == "cannot read /media/usb/case.hrdoc: no such file"
    assert err.words(french) == "impossible de lire /media/usb/case.hrdoc : no such file"


def test_only_parameters_marked_as_terms_are_translated() -> None:
    """A kind of record is a word of the interface; what the user typed (here, a reference) is not."""
    err = UserError("there is no {kind} {ref}", kind=Term("incident"), ref="incident")
    assert err.words(french) == "aucune fiche incident (fr) incident"


def test_a_message_without_parameters_is_looked_up_whole_or_shown_as_it_is() -> None:
    assert UserError("cannot read {path}: {reason}").words(french) == "impossible de lire {path} : {reason}"
    assert UserError("a message the catalogue lacks").words(french) == "a message the catalogue lacks"


def test_a_translation_whose_placeholders_do_not_fit_falls_back_to_english() -> None:
    err = UserError("broken {x}", x=1)
    assert err.words(lambda _text: "cassé {y}") == "broken 1"


def test_braces_in_a_message_given_filled_in_are_kept() -> None:
    assert str(UserError("the value {not a placeholder} was refused")) == "the value {not a placeholder} was refused"
