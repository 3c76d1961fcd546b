"""``python -m coregs``: the command line."""

import sys

from coregs.cli import main

sys.exit(main())
