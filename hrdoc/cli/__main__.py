"""``python -m hrdoc.cli``: the same as the ``hrdoc`` command (the reliability benchmarks run it this way)."""

import sys

from hrdoc.cli import main

if __name__ == "__main__":
    sys.exit(main())
