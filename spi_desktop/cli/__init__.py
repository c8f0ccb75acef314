"""The ``spi`` command line: one module per command group, registered in ``main.SUBCOMMANDS``."""

from spi_desktop.cli.main import main

__all__ = ["main"]
