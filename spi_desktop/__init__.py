"""SPI Desktop: tools for the people who run KPK's Survei Penilaian Integritas inside a government."""

__version__ = "0.1.0"
