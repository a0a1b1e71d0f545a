"""The two kinds of failure every layer shares.

* :class:`UserError` — something the user can put right (a wrong passphrase, a full disk, a refused bundle, a
  field out of range). ``str(err)`` is one line that says what is wrong and what to do. The CLI and every
  dialog catch this one class; anything else that escapes is a bug, for the crash handler.
* :class:`Cancelled` — the user stopped a long piece of work (an import, a report, an intake); nothing of it was
  kept. The work's progress raises it (:mod:`hrdoc.domain.progress`); the work lets it through, and whoever
  started the work catches it.
"""

from __future__ import annotations


class UserError(Exception):
    """A failure the user can put right; ``str(err)`` is the one-line message."""


class Cancelled(Exception):
    """The user cancelled; nothing of the work was kept."""
