"""`python -m clientgen.overlay`: see cli.py."""

import sys

from .cli import main

sys.exit(main())
