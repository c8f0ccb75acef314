"""The main window's areas in navigation order, and how each page is built.

Each builder imports its page module when it runs, not when this module loads: the page modules bring the
services (SQLAlchemy, pandas, the readers), which the window's frame must not wait for.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from spi_desktop.views.context import AppContext, Place

HOME, UNITS, POPULATION, MONITORING, RESULTS, SETTINGS, ADMIN = range(7)
PLACES = {Place.HOME: HOME, Place.UNITS: UNITS, Place.POPULATION: POPULATION, Place.MONITORING: MONITORING,
          Place.RESULTS: RESULTS, Place.SETTINGS: SETTINGS}


def build_home(context: AppContext) -> QWidget:
    """Beranda."""
    from spi_desktop.views.home.home_page import HomePage

    return HomePage(context)


def build_units(context: AppContext) -> QWidget:
    """Instansi & OPD."""
    from spi_desktop.views.units.units_page import UnitsPage

    return UnitsPage(context)


def build_population(context: AppContext) -> QWidget:
    """Populasi."""
    from spi_desktop.views.population.population_page import PopulationPage

    return PopulationPage(context)


def build_monitoring(context: AppContext) -> QWidget:
    """Pemantauan."""
    from spi_desktop.views.monitoring.monitoring_page import MonitoringPage

    return MonitoringPage(context)


def build_results(context: AppContext) -> QWidget:
    """Hasil & Rencana Aksi."""
    from spi_desktop.views.results.results_page import ResultsPage

    return ResultsPage(context)


def build_settings(context: AppContext) -> QWidget:
    """Pengaturan."""
    from spi_desktop.views.settings.settings_page import SettingsPage

    return SettingsPage(context)


def build_admin(context: AppContext) -> QWidget:
    """Pengguna & Audit (only for whoever may manage users)."""
    from spi_desktop.views.admin.admin_page import AdminPage

    return AdminPage(context)


BUILDERS: tuple[Callable[[AppContext], QWidget], ...] = (
    build_home, build_units, build_population, build_monitoring, build_results, build_settings, build_admin)
