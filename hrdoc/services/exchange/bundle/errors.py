"""The one error a bundle raises when it cannot be written or read: its message is for the user."""

from __future__ import annotations

from typing import Final, Literal

from hrdoc.domain.errors import UserError
from hrdoc.domain.marks import N_

Reason = Literal["invalid", "encrypted", "passphrase", "newer", "io"]

ENCRYPTED_MESSAGE: Final = N_(
    "this bundle is encrypted; give its passphrase (--bundle-passphrase-file or HRDOC_BUNDLE_PASSPHRASE)"
)
WRONG_PASSPHRASE_MESSAGE: Final = N_("wrong bundle passphrase, or the bundle is damaged")
TRUNCATED_MESSAGE: Final = N_("the bundle is incomplete or damaged (truncated?)")


class BundleError(UserError):
    """A bundle is refused or cannot be written. ``str(err)`` says what is wrong and, where it helps, what to do.

    ``reason`` lets a caller react without parsing the message:

    * ``"encrypted"``: the bundle is encrypted and no passphrase was given (ask for one);
    * ``"passphrase"``: the passphrase is wrong, or the bundle's header is damaged (ask again);
    * ``"newer"``: the bundle was made by a newer hrdoc (format version above the one this hrdoc reads);
    * ``"io"``: the file could not be read or written (missing, permissions, disk full);
    * ``"invalid"``: anything else: a damaged, incomplete, inconsistent or hostile bundle.
    """

    def __init__(self, message: str, /, *, reason: Reason = "invalid", **params: object) -> None:
        super().__init__(message, **params)
        self.reason: Reason = reason

    def __str__(self) -> str:
        return str(self.args[0])
