"""The store's key is derived from the passphrase once per opening (not once per pooled connection), and is
the key SQLCipher itself derives: a store keyed either way opens the other way."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from hrdoc.services.session import unlock_store
from hrdoc.storage import engine as engine_module
from hrdoc.storage.errors import WrongPassphrase
from hrdoc.storage.store_key import KDF_ITERATIONS, StoreKey, derive_key, store_salt
from tests.helpers import PASSPHRASE

WRONG_MESSAGE = "wrong passphrase, or not an hrdoc store"


@pytest.fixture
def store(demo_store_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "store.db"
    shutil.copyfile(demo_store_template, path)
    return path


class Counted:
    """Counts key derivations and records every ``PRAGMA key`` value a connection was keyed with."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.derivations = 0
        self.keys: list[str | None] = []
        derive = StoreKey.derive.__func__  # type: ignore[attr-defined]
        key_and_check = engine_module._key_and_check

        def counting_derive(cls: type[StoreKey], passphrase: str, salt: bytes) -> StoreKey:
            self.derivations += 1
            result: StoreKey = derive(cls, passphrase, salt)
            return result

        def recording_key_and_check(cur: Any, key: str | None) -> None:
            self.keys.append(key)
            key_and_check(cur, key)

        monkeypatch.setattr(StoreKey, "derive", classmethod(counting_derive))
        monkeypatch.setattr(engine_module, "_key_and_check", recording_key_and_check)


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> Iterator[Counted]:
    yield Counted(monkeypatch)


def test_sqlcipher_derives_as_hrdoc_does() -> None:
    """The library's defaults are the derivation's settings; if an upgrade of SQLCipher changed them, stores
    keyed with the derived key would no longer open with the passphrase in other SQLCipher programs."""
    conn = sqlcipher.connect(":memory:")
    try:
        assert conn.execute("PRAGMA cipher_default_kdf_algorithm").fetchone()[0] == "PBKDF2_HMAC_SHA512"
        assert int(conn.execute("PRAGMA cipher_default_kdf_iter").fetchone()[0]) == KDF_ITERATIONS
    finally:
        conn.close()


def test_opening_derives_the_key_once_for_all_connections(store: Path, counted: Counted) -> None:
    ctx = unlock_store(store, PASSPHRASE, user="tester")
    try:
        with ExitStack() as held:  # connections held at once: the pool opens a new one for each
            for _ in range(5):
                held.enter_context(ctx.engine.connect()).exec_driver_sql("SELECT count(*) FROM cases").one()
    finally:
        ctx.close()
    assert counted.derivations == 1
    assert len(counted.keys) >= 6  # the proof of the key, then at least 5 pooled connections
    assert len(set(counted.keys)) == 1
    key = counted.keys[0]
    assert key is not None and key.startswith("\"x'") and len(key) == len("\"x''\"") + 2 * (32 + 16)
    assert PASSPHRASE not in key


def test_wrong_passphrase_is_one_line_after_one_derivation(store: Path, counted: Counted) -> None:
    with pytest.raises(WrongPassphrase) as caught:
        unlock_store(store, "not the passphrase at all", user="tester")
    assert str(caught.value) == WRONG_MESSAGE
    assert counted.derivations == 1


def test_a_store_keyed_with_the_passphrase_opens_with_the_derived_key(tmp_path: Path) -> None:
    """As SQLCipher made stores before hrdoc derived keys itself (and as the sqlcipher shell makes them)."""
    path = tmp_path / "by-sqlcipher.db"
    conn = sqlcipher.connect(str(path))
    conn.execute("PRAGMA key = 'a passphrase of several words'")
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES (42)")
    conn.commit()
    conn.close()
    salt = store_salt(path)
    assert salt is not None
    conn = sqlcipher.connect(str(path))
    try:
        conn.execute(f"PRAGMA key = {StoreKey.derive('a passphrase of several words', salt).pragma}")
        assert conn.execute("SELECT x FROM t").fetchall() == [(42,)]
    finally:
        conn.close()


def test_a_store_made_by_hrdoc_opens_with_its_passphrase_elsewhere(store: Path) -> None:
    conn = sqlcipher.connect(str(store))
    try:
        conn.execute("PRAGMA key = '" + PASSPHRASE.replace("'", "''") + "'")
        assert conn.execute("SELECT count(*) FROM cases").fetchone()[0] >= 1
    finally:
        conn.close()


def test_the_key_is_never_shown(store: Path) -> None:
    key = derive_key(store, PASSPHRASE)
    assert repr(key) == str(key) == "StoreKey(<hidden>)"
