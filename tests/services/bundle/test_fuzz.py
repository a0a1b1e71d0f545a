"""Fuzzing the bundle reader: whatever the bytes, it returns a fully checked bundle or raises BundleError."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hrdoc.services.exchange.bundle import Bundle, BundleError, open_bundle
from hrdoc.services.exchange.bundle.container import MANIFEST
from tests.services.bundle import craft

PASSPHRASE = "fuzz"
FUZZ = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])

Mutation = tuple[str, int, int, int]
MUTATIONS = st.lists(
    st.tuples(st.sampled_from(["flip", "set", "insert", "delete"]), st.integers(0, 2**32), st.integers(0, 255),
              st.integers(1, 40)),
    min_size=1,
    max_size=4,
)  # fmt: skip


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@pytest.fixture(scope="module")
def plain(workdir: Path) -> bytes:
    craft.make_bundle(workdir / "plain.hrdoc", incidents=1)
    return (workdir / "plain.hrdoc").read_bytes()


@pytest.fixture(scope="module")
def sealed(workdir: Path) -> bytes:
    craft.make_bundle(workdir / "sealed.hrdoc", passphrase=PASSPHRASE, incidents=1)
    return (workdir / "sealed.hrdoc").read_bytes()


def mutate(data: bytes, mutations: list[Mutation]) -> bytes:
    out = bytearray(data)
    for action, where, value, length in mutations:
        at = where % (len(out) + 1)
        if action == "flip" and at < len(out):
            out[at] ^= 1 << (value % 8)
        elif action == "set" and at < len(out):
            out[at] = value
        elif action == "insert":
            out[at:at] = bytes([value]) * length
        elif action == "delete":
            del out[at : at + length]
    return bytes(out)


def check_consistent(bundle: Bundle) -> None:
    """What open_bundle accepted reads back exactly as its manifest says."""
    assert bundle.manifest["format"] == "hrdoc-bundle"
    for name, member in bundle.members().items():
        data = bundle.read(name)
        assert len(data) == member.size
        assert hashlib.sha256(data).hexdigest() == member.sha256
        if name.endswith(".json"):
            assert isinstance(bundle.json(name), list)
    assert bundle.json(MANIFEST) == bundle.manifest


def open_or_refuse(path: Path, data: bytes, passphrase: str | None = None) -> bool:
    path.write_bytes(data)
    try:
        bundle = open_bundle(path, passphrase=passphrase)
    except BundleError as err:
        assert str(err)
        return False
    with bundle:
        check_consistent(bundle)
    return True


@settings(FUZZ, max_examples=200)
@given(data=st.binary(max_size=4000))
def test_random_bytes(workdir: Path, data: bytes) -> None:
    assert not open_or_refuse(workdir / "random.hrdoc", data)


@settings(FUZZ, max_examples=200)
@given(data=st.binary(max_size=2000))
def test_random_bytes_after_a_zip_signature(workdir: Path, data: bytes) -> None:
    assert not open_or_refuse(workdir / "random.hrdoc", b"PK\x03\x04" + data)


@settings(FUZZ, max_examples=400)
@given(mutations=MUTATIONS)
def test_mutations_of_a_plain_bundle(workdir: Path, plain: bytes, mutations: list[Mutation]) -> None:
    changed = mutate(plain, mutations)
    accepted = open_or_refuse(workdir / "mutated.hrdoc", changed)
    if changed == plain:
        assert accepted


@settings(FUZZ, max_examples=150)
@given(mutations=MUTATIONS)
def test_mutations_of_an_encrypted_bundle(workdir: Path, sealed: bytes, mutations: list[Mutation]) -> None:
    changed = mutate(sealed, mutations)
    accepted = open_or_refuse(workdir / "mutated-sealed.hrdoc", changed, PASSPHRASE)
    assert accepted == (changed == sealed)  # every change to a sealed bundle fails authentication


@settings(FUZZ, max_examples=150)
@given(mutations=MUTATIONS)
def test_mutations_inside_the_zip_directory(workdir: Path, plain: bytes, mutations: list[Mutation]) -> None:
    """Mutations aimed at the archive's directory and end record, where parsing is most delicate."""
    directory_at = plain.index(b"PK\x01\x02")
    tail = mutate(plain[directory_at:], mutations)
    open_or_refuse(workdir / "mutated-directory.hrdoc", plain[:directory_at] + tail)
