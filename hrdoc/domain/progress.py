"""How long work says how far it has got, and how the user stops it: one callable type for every service.

A :data:`Progress` is called as ``progress(done, total, what)``: ``done`` units of ``total`` so far (bytes, rows,
parts of a report; ``total`` is 0 while it is not known) and ``what``, the step under way in a few lower-case
words ("checking the bundle", "adding photo.jpg"). The CLI prints it as it is (``hrdoc.cli.common.Meter``);
the GUI shows it in the user's language (``hrdoc.gui.background.Progress``). Both are passed to a service as
they are. A service takes ``progress: Progress | None`` and calls it between units of its work.

Cancelling has one rule: the progress raises :class:`~hrdoc.domain.errors.Cancelled` (the GUI's does once
Cancel was pressed) and the service lets it through, keeping nothing of the work: its unit of work is rolled
back, its file written atomically is never put in place. A service neither catches it nor raises its own.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int, str], None]
"""``progress(done, total, what)``; raises :class:`~hrdoc.domain.errors.Cancelled` to stop the work."""


def within(progress: Progress, start: int, size: int, total: int) -> Progress:
    """``progress`` for one part of a larger piece of work, which takes ``size`` of its ``total`` from ``start``
    on: the part's ``(done, of)`` is told as ``start + done * size / of`` of ``total``.

    Adding files of 10, 20 and 30 bytes, the second one's progress is ``within(progress, 10, 20, 60)``. A part
    that does not know its own size (``of`` 0) is taken to count in the parent's units.
    """

    def part(done: int, of: int, what: str) -> None:
        share = min(done, of) * size // of if of > 0 else min(done, size)
        progress(start + share, total, what)

    return part


def labelled(progress: Progress, what: str) -> Progress:
    """``progress`` told in the caller's own words for the step (the GUI's, naming the file or the audience)."""

    def told(done: int, total: int, _what: str) -> None:
        progress(done, total, what)

    return told
