"""The real catalogues (``resources/translations/hrdoc_LANG.ts``) compiled into a test's own folder, laid out as the
package's, for tests that check what users read in French or Arabic with the translators' own words."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.catalogues import LRELEASE

TRANSLATIONS = Path(__file__).resolve().parents[1] / "resources" / "translations"


def compile_real_catalogues(folder: Path, languages: tuple[str, ...] = ("fr", "ar")) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for language in languages:
        source, target = TRANSLATIONS / f"hrdoc_{language}.ts", folder / f"hrdoc_{language}.qm"
        subprocess.run([sys.executable, "-c", LRELEASE, "-silent", str(source), "-qm", str(target)], check=True)
    return folder


@contextmanager
def terminal_speaks(language: str, folder: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The command line in ``language`` (LANG set, the other locale variables unset) with the real catalogue,
    argparse's words put back afterwards."""
    import argparse

    from hrdoc.cli import messages
    from hrdoc.services import languages

    monkeypatch.setattr(languages, "CATALOGUES", compile_real_catalogues(folder, (language,)))
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", {"fr": "fr_FR.UTF-8"}.get(language, language))
    monkeypatch.setattr(argparse, "_", argparse._)  # type: ignore[attr-defined]
    monkeypatch.setattr(argparse, "ngettext", argparse.ngettext)  # type: ignore[attr-defined]
    messages._catalogue.cache_clear()
    try:
        yield
    finally:
        messages._catalogue.cache_clear()
