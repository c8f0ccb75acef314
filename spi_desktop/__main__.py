"""``python -m spi_desktop``: start the GUI."""

import sys

from spi_desktop.app import main

# The guard matters: the scorecard batch's worker processes import the main module again ("spawn").
if __name__ == "__main__":
    sys.exit(main())
