"""`python -m landscape_gui` does what the `landscape-gui` command does."""

import sys

from landscape_gui.cli import main

# Guarded: the compute process is started with "spawn", which imports the main module again.
if __name__ == "__main__":
    sys.exit(main())
