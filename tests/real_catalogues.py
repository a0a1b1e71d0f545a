"""The real catalogues (``resources/translations/hrdoc_LANG.ts``) compiled into a test's own folder, laid out as the
package's, for tests that check what users read in French or Arabic with the translators' own words."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.catalogues import LRELEASE

TRANSLATIONS = Path(__file__).resolve().parents[1] / "resources" / "translations"


def compile_real_catalogues(folder: Path, languages: tuple[str, ...] = ("fr", "ar")) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for language in languages:
        source, target = TRANSLATIONS / f"hrdoc_{language}.ts", folder / f"hrdoc_{language}.qm"
        subprocess.run([sys.executable, "-c", LRELEASE, "-silent", str(source), "-qm", str(target)], check=True)
    return folder
