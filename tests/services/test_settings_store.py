"""The workspace settings store: one key-value table, every key named once, and the raw read a file probe uses."""

from __future__ import annotations

import pytest

from spi_desktop.db import sqlite_file
from spi_desktop.db.session import Database
from spi_desktop.services import settings_store


def test_a_setting_is_stored_replaced_and_read_back(database: Database) -> None:
    assert settings_store.read(database, settings_store.BACKUP_KEEP_KEY, 7) == 7
    with database.Session.begin() as session:
        settings_store.put(session, settings_store.BACKUP_KEEP_KEY, 3)
    with database.Session.begin() as session:
        assert settings_store.get(session, settings_store.BACKUP_KEEP_KEY) == 3
        settings_store.put(session, settings_store.BACKUP_KEEP_KEY, 5)
    assert settings_store.read(database, settings_store.BACKUP_KEEP_KEY) == 5


def test_settings_are_found_by_prefix(database: Database) -> None:
    settings_store.write(database, f"{settings_store.PURGED_PREFIX}2024", {"at": "2025-01-02"})
    settings_store.write(database, f"{settings_store.PURGED_PREFIX}2025", {"at": "2026-01-02"})
    settings_store.write(database, settings_store.PSEUDONYM_KEY, "ab")
    with database.Session() as session:
        assert settings_store.with_prefix(session, settings_store.PURGED_PREFIX) == {
            "privacy.purged.2024": {"at": "2025-01-02"}, "privacy.purged.2025": {"at": "2026-01-02"}}


def test_every_key_is_named_once() -> None:
    keys = [value for name, value in vars(settings_store).items() if name.endswith(("_KEY", "_PREFIX"))]
    assert len(keys) == len(set(keys)) == 11


@pytest.mark.sqlite_only("reads the workspace file with sqlite3")
def test_the_file_probe_reads_a_setting_and_the_demo_mark_without_a_session(database: Database) -> None:
    assert database.path is not None
    assert sqlite_file.setting_in_file(database.path, settings_store.THRESHOLDS_KEY) is None
    assert sqlite_file.file_kind(database.path) == "empty"
    settings_store.write(database, settings_store.THRESHOLDS_KEY, {"red_below": 0.4, "green_from": 1.0})
    settings_store.write(database, settings_store.DEMO_KEY, True)
    assert sqlite_file.setting_in_file(database.path, settings_store.THRESHOLDS_KEY) == {"red_below": 0.4,
                                                                                          "green_from": 1.0}
    assert sqlite_file.file_kind(database.path) == "demo"
