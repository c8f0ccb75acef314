"""``python -m spi_desktop.cli``: run one ``spi`` command."""

import sys

from spi_desktop.cli.main import main

# The guard matters: the scorecard batch's worker processes import the main module again ("spawn").
if __name__ == "__main__":
    sys.exit(main())
