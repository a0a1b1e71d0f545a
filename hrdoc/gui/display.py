"""Before Qt starts: is there a screen, and can Qt's X11 plugin load? (Qt-free, so it runs first.)

Without this, a machine with no display or without Debian's X libraries kills the app with Qt's own
"could not load the Qt platform plugin" abort. We say instead what is missing and how to get it.
"""

from __future__ import annotations

import os
import sys

# Shared libraries Qt 6's xcb platform plugin loads, with the Debian package that provides each.
XCB_LIBRARIES: dict[str, str] = {
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-image": "libxcb-image0",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-xkb": "libxcb-xkb1",
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "xcb-shape": "libxcb-shape0",
}
HEADLESS_PLATFORMS = ("offscreen", "minimal", "vnc", "eglfs", "linuxfb")
# The exit status of ``hrdoc`` when no window can open, after saying why (one of the CLI's exit statuses,
# hrdoc.cli.common.EXIT_STATUSES): the Makefile's ``run`` ends there with that explanation alone.
NO_SCREEN = 9


def display_problem(environ: dict[str, str] | None = None, platform: str | None = None) -> str | None:
    """A message saying what is missing for a window to open, or None when all is in place."""
    env = dict(os.environ) if environ is None else environ
    if (platform or sys.platform) != "linux":
        return None
    qpa = env.get("QT_QPA_PLATFORM", "")
    if qpa.startswith(HEADLESS_PLATFORMS):
        return None
    wants_wayland = qpa.startswith("wayland") or (not qpa and env.get("WAYLAND_DISPLAY"))
    if wants_wayland and env.get("WAYLAND_DISPLAY"):
        return None
    if not env.get("DISPLAY"):
        return (
            "no display: hrdoc is a desktop application and this session has no screen (DISPLAY is not set). "
            "Run it from a desktop session, or over SSH with X forwarding (ssh -X). On a server you can try "
            "it on a virtual screen: apt-get install xvfb, then xvfb-run make run."
        )
    import ctypes.util  # here: only an X11 display needs it (it imports subprocess, among others)

    missing = sorted(pkg for lib, pkg in XCB_LIBRARIES.items() if ctypes.util.find_library(lib) is None)
    if missing:
        return (
            "Qt cannot open a window: the X11 libraries it needs are missing. On Debian or Ubuntu install them "
            f"with: sudo apt-get install {' '.join(missing)}"
        )
    return None
