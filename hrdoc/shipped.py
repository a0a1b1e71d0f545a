"""Files shipped inside the hrdoc package, under ``hrdoc/resources``: the icons, the user guide, the fonts and the
compiled translations. They are found with :mod:`importlib.resources`, so an installed wheel or a bundled
application finds them where a source checkout does, and nothing is read from the source tree.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def shipped(*parts: str) -> Path:
    """The path of a shipped file or folder: ``shipped("icons", "lock.svg")``. hrdoc is a regular package on disk
    (a wheel, an editable install or a bundled application), so its resources are files with a path, which Qt
    and ReportLab need."""
    return Path(str(resources.files("hrdoc").joinpath("resources", *parts)))
