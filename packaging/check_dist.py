"""Checks the built application as a person runs it (``make dist-check``, after ``make dist``; not part of
``make test``: it needs the build, an X server and a few minutes).

The archive (dist/hrdoc-VERSION-linux-x86_64.tar.gz) is unpacked into a temporary folder and its ``hrdoc`` is
run with an empty environment, as ``env -i`` gives: a fresh HOME, PATH an empty folder (no Python, no virtual
environment to be found), no LANG, and nothing else but the DISPLAY of an Xvfb server this script starts and the
variables each step names. Steps:

1. what the bundle holds: Qt's platform plugins (xcb, offscreen), image formats, the SVG icon engine,
   SQLCipher, the fonts, the compiled translations, the Alembic migrations as files, the bundle schema, the
   user guide and the icons;
2. ``hrdoc --version``; ``hrdoc demo`` makes an encrypted store (every migration run by Alembic from the
   bundled files); ``hrdoc report`` makes the demo case's report in French and in English, whose text
   (pdfminer) must name the case, with the fonts embedded; on Linux, ``hrdoc --install-desktop-entry`` writes
   an entry that starts the bundle's ``hrdoc``;
3. the window, on Xvfb through Qt's xcb plugin: the app started on the demo store with its passphrase paints
   its main window with the demo case open; the startup probe (hrdoc.gui.startup_probe, with
   HRDOC_STARTUP_PROBE_ICONS=1) reports every icon drawn, the toolbar's buttons with their icons, and the
   French and Arabic interfaces translated;
4. the download's size (the archive, and unpacked), and the start time to that painted main window against the
   same hrdoc installed from its wheel (tests/wheels.py: built from this checkout, installed into a fresh
   virtual environment outside it), as medians of interleaved starts. Goal: within 1.5x.

Usage: .venv/bin/python packaging/check_dist.py [ARCHIVE] [--repeats N]

The Windows and macOS builds (.github/workflows/dist.yml) run it on the folder PyInstaller built, with Qt's
offscreen platform instead of Xvfb and without the comparison with the wheel (which needs the Linux paths of a
virtual environment): ``python packaging/check_dist.py --folder dist/hrdoc --offscreen --no-compare``.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

from pdfminer.high_level import extract_text

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from hrdoc import __version__  # noqa: E402
from tests.wheels import installed_checkout  # noqa: E402

PASSPHRASE = "dist-check passphrase"
CASE = "ML-2025-004"  # the demo case
GOAL_RATIO = 1.5
PROBE_LINE = re.compile(r"^hrdoc-startup (\w+) ([0-9.]+)", re.MULTILINE)
ICONS_LINE = re.compile(r"^hrdoc-startup-icons (.*)$", re.MULTILINE)
LINUX, WINDOWS = sys.platform.startswith("linux"), sys.platform == "win32"
# What must be in the bundle's _internal folder, as (description, glob pattern); Qt's plugins are named and placed
# a little differently on each platform.
BUNDLED = (
    *([("Qt platform plugin xcb", "PySide6/**/platforms/*qxcb*")] if LINUX else []),
    ("Qt platform plugin offscreen", "PySide6/**/platforms/*qoffscreen*"),
    ("Qt image formats", "PySide6/**/imageformats/*q*"),
    ("Qt SVG icon engine", "PySide6/**/iconengines/*qsvgicon*"),
    ("Qt's own translations", "PySide6/**/translations/qtbase_fr.qm"),
    ("SQLCipher", "sqlcipher3/_sqlite3*"),
    ("fonts", "hrdoc/resources/fonts/*.ttf"),
    ("compiled translations", "hrdoc/resources/translations/hrdoc_*.qm"),
    ("Alembic environment", "hrdoc/storage/migrations/env.py"),
    ("Alembic migrations", "hrdoc/storage/migrations/versions/*.py"),
    ("bundle JSON schema", "hrdoc/services/exchange/bundle/bundle.schema.json"),
    ("user guide", "hrdoc/resources/help/guide.html"),
    ("icons", "hrdoc/resources/icons/*.svg"),
    ("desktop icon", "hrdoc/resources/desktop/hrdoc.svg"),
)


class Failed(Exception):
    """A check that did not hold; its message says which."""


def check(condition: bool, message: str) -> None:
    if not condition:
        raise Failed(message)
    print(f"  ok  {message}")


def folder_size(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if not p.is_dir() or p.is_symlink())


def mib(size: int) -> str:
    return f"{size / 2**20:.1f} MiB"


def unpack(archive: Path, into: Path) -> Path:
    """The application folder unpacked from ``archive``."""
    with tarfile.open(archive) as tar:
        tar.extractall(into, filter="tar")
    (folder,) = into.iterdir()
    return folder


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    """An Xvfb server on a free display (Xvfb picks it and writes its number), and that display."""
    if shutil.which("Xvfb") is None:
        raise Failed("no Xvfb: install Debian's xvfb (apt-get install xvfb), or check with --offscreen")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    if not number:
        server.kill()
        raise Failed("Xvfb did not start")
    return server, f":{number}"


def empty_environment(home: Path, display: str, **extra: str) -> dict[str, str]:
    """What ``env -i`` leaves, plus a fresh HOME, the display (or Qt's offscreen platform where ``display`` is
    empty) and ``extra``: PATH is an empty folder. Windows cannot start a program without its own few variables."""
    empty_path = home / "empty-path"
    empty_path.mkdir(parents=True, exist_ok=True)
    env = {"HOME": str(home), "PATH": str(empty_path), **extra}
    env |= {"DISPLAY": display} if display else {"QT_QPA_PLATFORM": "offscreen"}
    if WINDOWS:
        env |= {name: os.environ[name] for name in ("SYSTEMROOT", "WINDIR") if name in os.environ}
        env |= {"USERPROFILE": str(home), "APPDATA": str(home / "AppData" / "Roaming")}
        env |= {"LOCALAPPDATA": str(home / "AppData" / "Local"), "TEMP": str(home), "TMP": str(home)}
    return env


def run(args: list[str], env: dict[str, str], cwd: Path, timeout: float = 300) -> str:
    done = subprocess.run(args, env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout)
    if done.returncode != 0:
        raise Failed(f"{' '.join(args)} ended with {done.returncode}:\n{done.stdout[-1500:]}\n{done.stderr[-1500:]}")
    return done.stdout


def check_contents(app: Path) -> None:
    print("What the bundle holds:")
    internal = app / "_internal"
    for description, pattern in BUNDLED:
        found = sorted(internal.glob(pattern))
        check(bool(found), f"{description}: {len(found)} file(s) {pattern}")
    shipped = {p.name for p in (ROOT / "hrdoc/storage/migrations/versions").glob("*.py")}
    bundled = {p.name for p in (internal / "hrdoc/storage/migrations/versions").glob("*.py")}
    check(shipped == bundled, f"every migration of the checkout is in the bundle ({len(bundled)})")


def check_commands(hrdoc: Path, home: Path, display: str) -> Path:
    """Version, demo store and reports; the store."""
    print("Commands, with an empty environment:")
    env = empty_environment(home, display, HRDOC_PASSPHRASE=PASSPHRASE)
    check(
        run([str(hrdoc), "--version"], env, home).strip() == f"hrdoc {__version__}", f"hrdoc --version: {__version__}"
    )
    store = home / "demo.db"
    run([str(hrdoc), "demo", "--db", str(store)], env, home)
    check(store.is_file() and store.read_bytes()[:16] != b"SQLite format 3\0", "hrdoc demo made an encrypted store")
    for language, audience, words in (("fr", "partners", "Référence du dossier"), ("en", "public", "Case reference")):
        pdf = home / f"report-{language}.pdf"
        command = [str(hrdoc), "--db", str(store), "report", CASE, "-o", str(pdf)]
        run([*command, "--audience", audience, "--language", language], env, home)
        data = pdf.read_bytes()
        text = extract_text(str(pdf), maxpages=3)
        check(data.startswith(b"%PDF") and b"/FontFile2" in data, f"report ({language}): a PDF with its fonts embedded")
        check(CASE in text and words.lower() in text.lower(), f"report ({language}) names {CASE} ({len(text)} chars)")
    if LINUX:
        run([str(hrdoc), "--install-desktop-entry"], env, home)
        entry = (home / ".local/share/applications/hrdoc.desktop").read_text(encoding="utf-8")
        check(
            f"Exec={hrdoc} gui %f" in entry.splitlines(), "hrdoc --install-desktop-entry: the entry starts this hrdoc"
        )
    return store


def probe(command: list[str], env: dict[str, str], cwd: Path) -> tuple[float, str]:
    """Start the app with the startup probe; (seconds to its first window's paint, its icons line or '')."""
    env = env | {"HRDOC_STARTUP_PROBE": "1"}
    started = time.monotonic()
    out = run(command, env, cwd, timeout=120)
    painted = PROBE_LINE.search(out)
    if painted is None or painted.group(1) != "MainWindow":
        raise Failed(f"the main window was not painted first: {out!r}")
    icons = ICONS_LINE.search(out)
    return float(painted.group(2)) - started, icons.group(1) if icons else ""


def check_window(hrdoc: Path, store: Path, home: Path, display: str) -> None:
    platform = "xcb" if display else "offscreen"
    print(f"The window, on Qt's {platform} platform:")
    for lang, language in (("", "en"), ("fr_FR.UTF-8", "fr"), ("ar_EG.UTF-8", "ar")):
        extra = {"HRDOC_PASSPHRASE": PASSPHRASE, "HRDOC_USER": "check", "HRDOC_STARTUP_PROBE_ICONS": "1"}
        env = empty_environment(home, display, **extra, **({"LANG": lang} if lang else {}))
        seconds, line = probe([str(hrdoc), "--db", str(store)], env, home)
        fields = dict(item.split("=", 1) for item in line.split())
        drawn, total = fields.get("drawn", "0/1").split("/")
        with_icon, buttons = (int(n) for n in fields.get("buttons", "0/0").split("/"))
        check(fields.get("platform") == platform, f"{language}: main window painted ({platform}) in {seconds:.2f} s")
        check(drawn == total and fields.get("null") == "-", f"{language}: every icon drawn ({drawn}/{total})")
        check(with_icon > 0 and with_icon == buttons, f"{language}: toolbar buttons with icons ({with_icon}/{buttons})")
        wanted = "no" if language == "en" else "yes"
        check(
            fields.get("language") == language and fields.get("translated") == wanted, f"{language}: interface {line}"
        )


def compare_start(hrdoc: Path, store: Path, home: Path, display: str, repeats: int) -> float:
    """Median start times of the bundle and of the wheel-installed app, interleaved; their ratio."""
    print("Start time to the painted main window (demo store, passphrase given):")
    base = Path(tempfile.mkdtemp(prefix="hrdoc-wheel-"))
    try:
        python, _session, _work = installed_checkout(base)
        commands = {"bundle": [str(hrdoc)], "wheel": [str(python.parent / "hrdoc")]}
        env = empty_environment(home, display, HRDOC_PASSPHRASE=PASSPHRASE, HRDOC_USER="check")
        times: dict[str, list[float]] = {name: [] for name in commands}
        for repeat in range(repeats + 1):  # the first round warms the disk cache and is not counted
            order = list(commands)
            random.shuffle(order)
            for name in order:
                seconds, _ = probe([*commands[name], "--db", str(store)], env, home)
                if repeat:
                    times[name].append(seconds)
    finally:
        shutil.rmtree(base, ignore_errors=True)
    medians = {name: statistics.median(values) for name, values in times.items()}
    for name, values in times.items():
        print(f"  {name:7} median {medians[name]:.2f} s  ({', '.join(f'{v:.2f}' for v in values)})")
    return medians["bundle"] / medians["wheel"]


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    default = ROOT / "dist" / f"hrdoc-{__version__}-linux-x86_64.tar.gz"
    parser.add_argument("archive", nargs="?", type=Path, default=default)
    parser.add_argument("--folder", type=Path, help="check this built folder instead of unpacking an archive")
    parser.add_argument("--offscreen", action="store_true", help="Qt's offscreen platform instead of Xvfb")
    parser.add_argument("--no-compare", action="store_true", help="no start-time comparison with the wheel")
    parser.add_argument("--repeats", type=int, default=7, help="interleaved starts of each app (default 7)")
    return parser.parse_args()


def main() -> int:
    args = arguments()
    if args.folder is None and not args.archive.is_file():
        print(f"no {args.archive}: build it first with make dist", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="hrdoc-dist-check-"))
    server, display = None, ""
    try:
        if not args.offscreen:
            server, display = start_xvfb()
        app = args.folder.resolve() if args.folder else unpack(args.archive, work / "unpacked")
        hrdoc = app / ("hrdoc.exe" if WINDOWS else "hrdoc")
        home = work / "home"
        check_contents(app)
        store = check_commands(hrdoc, home, display)
        check_window(hrdoc, store, home, display)
        ratio = None if args.no_compare else compare_start(hrdoc, store, home, display, args.repeats)
    except Failed as failed:
        print(f"FAILED: {failed}", file=sys.stderr)
        return 1
    finally:
        if server is not None:
            server.terminate()
            server.wait()
    archive = f"{args.archive.name} {mib(args.archive.stat().st_size)}, " if args.folder is None else ""
    print(f"Download: {archive}unpacked {mib(folder_size(app))}")
    if ratio is not None:
        verdict = "within" if ratio <= GOAL_RATIO else "NOT within"
        print(f"Start time: bundle / wheel = {ratio:.2f} ({verdict} the goal of {GOAL_RATIO}x)")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
