"""The two kinds of failure every layer shares.

* :class:`UserError` — something the user can put right (a wrong passphrase, a full disk, a refused bundle, a
  field out of range). ``str(err)`` is one line that says what is wrong and what to do. The CLI and every
  dialog catch this one class; anything else that escapes is a bug, for the crash handler.
* :class:`Cancelled` — the user stopped a long piece of work (an import, a report, an intake); nothing of it was
  kept. The work's progress raises it (:mod:`hrdoc.domain.progress`); the work lets it through, and whoever
  started the work catches it.
"""

from __future__ import annotations

from collections.abc import Callable


class Term(str):
    """A parameter of a message that is itself a word of the interface (a kind of record, a field's label), to
    be translated with the message; any other parameter (a file name, a number, what the user typed) is not."""

    __slots__ = ()


class Number(int):
    """A number inside a message that a person reads (a count, a total): the GUI writes it as the reader's language
    does ("1 234" in French, :func:`hrdoc.gui.errors_text.field_message`); as text it is its plain digits."""

    __slots__ = ()


class Phrase(str):
    """Words made of a template marked for translation and its parameters, like a :class:`UserError`'s message,
    where they are put together before the error is raised (a field's message, a part of a longer message):
    as a ``str`` it is the English text; as a parameter of a message, or as the message of an error, it is put
    into the user's language with it."""

    template: str
    params: dict[str, object]

    def __new__(cls, template: str, /, **params: object) -> Phrase:
        phrase = super().__new__(cls, _filled(template, params, template))
        phrase.template = template
        phrase.params = params
        return phrase

    @classmethod
    def of(cls, error: BaseException) -> str:
        """What ``error`` says, as a phrase to pass on (a :class:`UserError`'s template and parameters), or
        ``str(error)`` for any other exception."""
        return cls(error.message, **error.params) if isinstance(error, UserError) and error.message else str(error)

    def words(self, translate: Callable[[str], str]) -> str:
        """The words in the language ``translate`` looks texts up in."""
        return _filled(translate(self.template), _said(self.params, translate), str(self))


class Sensed(Phrase):
    """A word of the interface whose translation has a sense of its own (``sense``, the disambiguation it is
    translated under: an audit entry's action "Create" is not the button's), as a parameter of a message."""

    sense: str

    def __new__(cls, text: str, sense: str) -> Sensed:
        word = str.__new__(cls, text)
        word.template = text
        word.params = {}
        word.sense = sense
        return word

    def words(self, translate: Callable[..., str]) -> str:
        try:
            return translate(self.template, self.sense)
        except TypeError:  # a translation that takes no sense (a test's, say): the word without it
            return translate(self.template)


class UserError(Exception):
    """A failure the user can put right; ``str(err)`` is the one-line message, in English.

    A message is written as a template marked for translation and its parameters, apart:
    ``UserError(N_("cannot read {path}: {reason}"), path=p, reason=r)`` (``N_``: :mod:`hrdoc.domain.registry`).
    The GUI and the CLI put it in the user's language with :meth:`words`; logs and tests read ``str(err)``.
    A message given already filled in (no parameters) is looked up whole, and shown as it is when the
    catalogue lacks it. A :class:`Phrase` given as the message brings its own template and parameters.
    """

    def __init__(self, message: str = "", /, **params: object) -> None:
        if isinstance(message, Phrase) and not params:
            params = message.params
            message = message.template
        self.message = message
        self.params = params
        super().__init__(_filled(message, params, message))

    def words(self, translate: Callable[[str], str]) -> str:
        """The message in the language ``translate`` looks texts up in (``hrdoc.gui.i18n.tr``, the CLI's own)."""
        if not self.message:
            return str(self)
        return _filled(translate(self.message), _said(self.params, translate), str(self))


class Cancelled(Exception):
    """The user cancelled; nothing of the work was kept."""


def _said(params: dict[str, object], translate: Callable[[str], str]) -> dict[str, object]:
    """Parameters in the user's language: :class:`Term` looked up, :class:`Phrase` and :class:`UserError` (an
    error told inside another's message) put into words, the rest as they are."""
    return {
        k: translate(v) if isinstance(v, Term) else v.words(translate) if isinstance(v, Phrase | UserError) else v
        for k, v in params.items()
    }


def _filled(template: str, params: dict[str, object], fallback: str) -> str:
    """``template`` with ``params`` in; ``fallback`` if a translation's placeholders do not fit them (a broken
    translation must never turn an error into a crash)."""
    if not params:
        return template
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError, AttributeError):
        return fallback if fallback != template else template
