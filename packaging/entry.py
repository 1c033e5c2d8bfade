"""The frozen application's entry point: the same `rundabord` command the venv installs."""

import sys

from ui.launcher import main

if __name__ == "__main__":
    sys.exit(main())
