"""``python -m spi_desktop``: start the GUI."""

import sys

from spi_desktop.app import main

sys.exit(main())
