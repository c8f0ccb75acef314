"""The field names the command line lists without loading the readers are the readers' own keys."""

from __future__ import annotations

from spi_desktop.domain.import_fields import POPULATION_FIELDS, PROGRESS_FIELDS
from spi_desktop.domain.survey_year import GROUPS
from spi_desktop.importers.population_columns import GROUP_COLUMNS
from spi_desktop.importers.progress import PROGRESS_COLUMNS


def test_population_fields_are_the_population_readers_keys_in_order() -> None:
    assert {group: tuple(spec.key for spec in specs) for group, specs in GROUP_COLUMNS.items()} == POPULATION_FIELDS
    assert tuple(GROUP_COLUMNS) == GROUPS


def test_progress_fields_are_the_progress_readers_keys_in_order() -> None:
    assert tuple(spec.key for spec in PROGRESS_COLUMNS) == PROGRESS_FIELDS
