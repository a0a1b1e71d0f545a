"""The ``hrdoc`` command and ``python -m hrdoc``.

The command-line module is imported here, inside a guard, so that Ctrl-C pressed while the program is still
loading ends with one line, like everywhere else, instead of a traceback.
"""

import sys


def run() -> int:
    try:
        from hrdoc.cli import main
    except KeyboardInterrupt:  # nothing was opened yet, so nothing was saved
        print("hrdoc: interrupted; nothing was saved", file=sys.stderr)
        return 130
    return main()


if __name__ == "__main__":
    sys.exit(run())
