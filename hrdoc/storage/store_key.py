"""An encrypted store's key, derived from its passphrase once per opening (see :class:`StoreKey`).

Free of SQLAlchemy and SQLCipher, so that the app can start deriving the key as soon as it has the passphrase
and import the database libraries meanwhile (:func:`derive_in_background`).
"""

from __future__ import annotations

import hashlib
import secrets
import threading
from pathlib import Path

from hrdoc.domain.marks import N_
from hrdoc.storage.errors import StoreError, WrongPassphrase

# SQLCipher 4's key derivation, which every encrypted store hrdoc made uses (the library's defaults:
# ``PRAGMA cipher_default_kdf_algorithm`` and ``cipher_default_kdf_iter``, checked by tests/storage/test_store_key.py):
# PBKDF2-HMAC-SHA512 over the passphrase's UTF-8 bytes and the 16-byte random salt SQLCipher keeps as the file's
# first 16 bytes, giving the 32-byte page key. SQLCipher derives the key of the pages' HMAC from that key itself
# (2 rounds), so a raw key sets up a connection exactly as the passphrase does, and a store keyed either way is the
# same store: the sqlcipher shell or an older hrdoc opens it with the passphrase.
KDF_HASH = "sha512"
KDF_ITERATIONS = 256_000
KEY_BYTES = 32
SALT_BYTES = 16


class StoreKey:
    """An encrypted store's key, derived once from its passphrase and salt, as SQLCipher's raw-key ``PRAGMA key``.

    Derivation is deliberately slow (about 0.1 s here); SQLCipher given the passphrase repeats it for every
    connection it opens (the pool's, a backup's check), and every engine would have to keep the passphrase for
    as long as it may open one. With the derived key the passphrase is needed once per unlock and kept nowhere:
    the key opens this store (and its backups, copies of the same file), not anything else the passphrase opens,
    and is dropped with the engine when the app locks. It is never shown (``repr`` hides it).
    """

    __slots__ = ("_pragma",)

    def __init__(self, key: bytes, salt: bytes) -> None:
        if len(key) != KEY_BYTES or len(salt) != SALT_BYTES:
            raise ValueError("a store key has 32 bytes and its salt 16")
        self._pragma = f"\"x'{key.hex()}{salt.hex()}'\""

    @classmethod
    def derive(cls, passphrase: str, salt: bytes) -> StoreKey:
        """The key SQLCipher derives from ``passphrase`` for a store whose salt is ``salt``."""
        if "\x00" in passphrase:
            raise StoreError(N_("the passphrase contains a NUL character; choose another one"))
        try:
            secret = passphrase.encode("utf-8")
        except UnicodeEncodeError:
            raise StoreError(N_("the passphrase holds characters that are not text; type it again")) from None
        # hashlib hands the work to OpenSSL without holding the GIL: other threads run meanwhile.
        return cls(hashlib.pbkdf2_hmac(KDF_HASH, secret, salt, KDF_ITERATIONS, KEY_BYTES), salt)

    @property
    def pragma(self) -> str:
        """The value of ``PRAGMA key`` for it."""
        return self._pragma

    def __repr__(self) -> str:
        return "StoreKey(<hidden>)"


# What opens an encrypted store: its passphrase, or the key derived from it (StoreKey).
Secret = str | StoreKey


def store_salt(path: Path) -> bytes | None:
    """The salt of the encrypted store at ``path`` (its first 16 bytes), or None if there is no file yet."""
    try:
        with path.open("rb") as fh:
            salt = fh.read(SALT_BYTES)
    except FileNotFoundError:
        return None
    except OSError as err:
        raise StoreError(
            N_("cannot read {path}: {cause}"), path=path, cause=err.strerror or type(err).__name__
        ) from None
    if len(salt) < SALT_BYTES:
        raise WrongPassphrase()  # too short to be an encrypted store
    return salt


def derive_key(path: Path, passphrase: str) -> StoreKey:
    """The key of the store at ``path`` (derived once: see :class:`StoreKey`); for a store not yet created, a key
    with a new random salt, which its first connection writes into the new file."""
    return StoreKey.derive(passphrase, store_salt(path) or secrets.token_bytes(SALT_BYTES))


class KeyInBackground:
    """An encrypted store's key being derived in a thread (:func:`derive_in_background`)."""

    def __init__(self, path: Path, passphrase: str) -> None:
        self._result: list[StoreKey | BaseException] = []
        self._thread = threading.Thread(
            target=self._run, args=(path, passphrase), name="hrdoc-key-derivation", daemon=True
        )
        self._thread.start()

    def _run(self, path: Path, passphrase: str) -> None:
        try:
            self._result.append(derive_key(path, passphrase))
        except BaseException as err:  # noqa: BLE001 - handed to the thread that waits for the key
            self._result.append(err)

    def ready(self) -> bool:
        """Whether the derivation is over (wait() then returns at once)."""
        return not self._thread.is_alive()

    def wait(self) -> StoreKey:
        """The key, once derived (or what the derivation raised)."""
        self._thread.join()
        outcome = self._result[0]
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome


def derive_in_background(path: Path, passphrase: str) -> KeyInBackground:
    """Start deriving the key of the store at ``path`` in a thread. The derivation leaves the GIL free, so what
    the caller does meanwhile (importing the modules the open store needs, drawing the window's icons) costs no
    time."""
    return KeyInBackground(path, passphrase)
