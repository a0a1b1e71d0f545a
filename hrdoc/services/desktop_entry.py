"""hrdoc on a Linux desktop: an entry in the applications menu with hrdoc's icon, and the file type of case bundles
(``.hrdoc``), so that opening a bundle (a double-click in a file manager) starts hrdoc on Import case….

The files follow the freedesktop.org specifications (desktop entries, the icon theme, shared MIME info) and are
written for the person who asks (``hrdoc --install-desktop-entry``) under ``$XDG_DATA_HOME`` (``~/.local/share``);
an AppImage carries the same entry and icon. The entry starts the ``hrdoc`` command that wrote it by its full
path, so it works from a menu, where a terminal's ``PATH`` (a virtual environment, pipx's folder) is not set.
Its name and description are in the three languages of the interface, from the same catalogues.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Mapping
from pathlib import Path

from hrdoc import APP_ID
from hrdoc.domain.marks import N_
from hrdoc.services.catalogue import catalogue
from hrdoc.services.exchange.bundle.crypto import MAGIC  # an encrypted bundle's first bytes (a plain one is a zip)
from hrdoc.services.languages import ENGLISH, LANGUAGES
from hrdoc.shipped import shipped
from hrdoc.storage.atomic import atomic_write

MIME_TYPE = "application/x-hrdoc-bundle"
BUNDLE_MAGIC = (
    "HRDBUNDL"  # an encrypted bundle's first bytes (services/exchange/bundle/crypto.py); a plain one is a zip
)

GENERIC_NAME = N_("Case manager for human-rights investigations")
COMMENT = N_("Record incidents, allegations, witnesses, sources and evidence, offline and encrypted")
BUNDLE_NAME = N_("hrdoc case bundle")


def data_home(environ: Mapping[str, str] = os.environ) -> Path:
    """Where a user's desktop data lives (the XDG base directory specification)."""
    given = environ.get("XDG_DATA_HOME", "")
    if given and Path(given).is_absolute():
        return Path(given)
    return Path(environ.get("HOME", "~")).expanduser() / ".local" / "share"


def _in_languages(key: str, text: str) -> list[str]:
    """``key=text`` and its translations (``key[fr]=…``), one line each, as a desktop entry lists them."""
    lines = [f"{key}={text}"]
    for code, _name in LANGUAGES:
        translated = catalogue(code).translate(text) if code != ENGLISH else text
        if translated != text:
            lines.append(f"{key}[{code}]={translated}")
    return lines


def _quoted(argument: str) -> str:
    """An argument of an ``Exec`` line, quoted as the specification asks if it must be."""
    if not any(c in argument for c in " \t\n\"'\\><~|&;$*?#()`"):
        return argument
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in argument)
    return f'"{escaped}"'


def desktop_entry(command: str) -> str:
    """The text of ``hrdoc.desktop`` for the ``hrdoc`` command at ``command`` (a full path)."""
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.4",
        "Name=hrdoc",
        *_in_languages("GenericName", GENERIC_NAME),
        *_in_languages("Comment", COMMENT),
        f"TryExec={_quoted(command)}",
        f"Exec={_quoted(command)} gui %f",  # a bundle opened from a file manager is offered for import
        f"Icon={APP_ID}",
        "Terminal=false",
        "Categories=Office;Database;",
        f"MimeType={MIME_TYPE};",
        f"StartupWMClass={APP_ID}",
        "Keywords=human rights;investigation;case;evidence;witness;",
    ]
    return "\n".join(lines) + "\n"


def mime_info() -> str:
    """The shared MIME-info file that names ``.hrdoc`` files as case bundles."""
    comments = [f"    <comment>{_xml(BUNDLE_NAME)}</comment>"]
    for code, _name in LANGUAGES:
        translated = catalogue(code).translate(BUNDLE_NAME) if code != ENGLISH else BUNDLE_NAME
        if translated != BUNDLE_NAME:
            comments.append(f'    <comment xml:lang="{code}">{_xml(translated)}</comment>')
    return "\n".join(
        [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">',
            f'  <mime-type type="{MIME_TYPE}">',
            *comments,
            f'    <icon name="{APP_ID}"/>',
            '    <glob pattern="*.hrdoc"/>',
            f'    <magic priority="60"><match type="string" offset="0" value="{MAGIC.decode("ascii")}"/></magic>',
            "  </mime-type>",
            "</mime-info>",
            "",
        ]
    )


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def install(command: str, environ: Mapping[str, str] = os.environ) -> list[Path]:
    """Write the entry, the icon and the bundle type under the user's data folder; the files written. Each is
    written whole or not at all, and writing them again replaces them (a new version, another ``command``)."""
    home = data_home(environ)
    files = {
        home / "applications" / f"{APP_ID}.desktop": desktop_entry(command).encode("utf-8"),
        home / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg": shipped("desktop", "hrdoc.svg").read_bytes(),
        home / "mime" / "packages" / f"{APP_ID}.xml": mime_info().encode("utf-8"),
    }
    for path, data in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        with atomic_write(path, mode=0o644) as fh:  # read by the desktop, not secret
            fh.write(data)
    # The desktop's caches, where their tools are installed; without them the desktop reads the files itself,
    # at its next start.
    for tool, folder in (("update-mime-database", home / "mime"), ("update-desktop-database", home / "applications")):
        found = shutil.which(tool, path=environ.get("PATH"))
        if found is not None:
            subprocess.run([found, str(folder)], capture_output=True, check=False, timeout=60)
    return list(files)
