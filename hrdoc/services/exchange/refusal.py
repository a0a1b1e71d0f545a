"""How a merge refuses an incoming copy of a case: one line naming what is wrong, and nothing merged.

Shared by the checks (services.exchange.checks, services.exchange.checks_logs) and the merge itself.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from sqlalchemy.exc import IntegrityError

from hrdoc.domain.errors import Phrase
from hrdoc.domain.marks import N_
from hrdoc.domain.validation import ValidationError

_BATCH = 500


@contextlib.contextmanager
def refusing_broken_rules() -> Iterator[None]:
    """A rule of the store that the checks (services.exchange.checks) did not foresee, broken by a merge,
    refuses the copy in one line (the constraint's name; never the values, which may be a witness's details)."""
    try:
        yield
    except IntegrityError as err:
        first_line = str(err.orig).strip().splitlines()[0] if str(err.orig).strip() else "a constraint"
        raise refuse(
            Phrase(N_("the copy breaks a rule of the store ({first_line})"), first_line=first_line[:200])
        ) from None


def refuse(message: str) -> ValidationError:
    """The one-line refusal of an incoming copy (the CLI prints ``refused: …``)."""
    return ValidationError.single("refused", Phrase(N_("{text}; nothing was merged"), text=message))


def batches(items: list[Any]) -> Iterator[list[Any]]:
    """Ids in batches small enough for one ``IN (…)`` query."""
    for start in range(0, len(items), _BATCH):
        yield items[start : start + _BATCH]
