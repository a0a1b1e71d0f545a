"""Case bundles: one self-describing, hash-checked file (``.hrdoc``) per exported case.

This package is the container: writing members (container.py), reading them back after every check
(reader.py), encryption with a bundle passphrase (crypto.py). What goes into a bundle and how it is applied
to a store is decided elsewhere (export and import services). The format: docs/bundle-format.md.
"""

from hrdoc.services.exchange.bundle.container import (
    AUDIENCES,
    FORMAT,
    FORMAT_VERSION,
    BundleWriter,
    Limits,
    Member,
    is_encrypted_bundle,
)
from hrdoc.services.exchange.bundle.errors import BundleError
from hrdoc.services.exchange.bundle.reader import Bundle, open_bundle

__all__ = [
    "AUDIENCES",
    "FORMAT",
    "FORMAT_VERSION",
    "Bundle",
    "BundleError",
    "BundleWriter",
    "Limits",
    "Member",
    "is_encrypted_bundle",
    "open_bundle",
]
