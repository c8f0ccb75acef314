"""SPI Desktop: tools for the people who run KPK's Survei Penilaian Integritas inside a government.

The version lives in pyproject.toml only; ``spi_desktop.services.about.app_version()`` reads it."""
