import sys

from hrdoc.cli import main

sys.exit(main())
