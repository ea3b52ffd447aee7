"""`python -m landscape_gui` does what the `landscape-gui` command does."""

import sys

from landscape_gui.cli import main

sys.exit(main())
