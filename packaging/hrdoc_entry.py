"""The bundled application's entry point (packaging/hrdoc.spec): the ``hrdoc`` command, as ``python -m hrdoc``.

``freeze_support`` first: a process that hrdoc starts with ``spawn`` (the ACLED reader,
hrdoc.services.acled_worker) is this same executable started again, and must run its task instead of the app.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from hrdoc.__main__ import run

    sys.exit(run())
