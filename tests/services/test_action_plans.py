"""Action plans: checks, overdue, evidence copied into the workspace, the home-screen counts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from spi_desktop.db.session import Database
from spi_desktop.domain.errors import InputError
from spi_desktop.services.action_plans import (
    ActionEdit,
    action_summary,
    add_evidence,
    add_recommendation,
    evidence_files,
    list_actions,
    ready_evidence,
    save_action,
)
from spi_desktop.services.overview import home_summary

TODAY = dt.date(2026, 11, 21)


def test_demo_plans_show_overdue_and_counts_reach_the_home_screen(demo_database: Database) -> None:
    rows = list_actions(demo_database, 2025, TODAY)
    assert len(rows) == 6 and [r.due_date for r in rows] == sorted(r.due_date for r in rows if r.due_date)
    overdue = {r.activity for r in rows if r.overdue}
    assert "Audit pemecahan paket tahun anggaran 2025" in overdue
    assert "Menyusun Perbup benturan kepentingan" not in overdue, "done is never overdue"
    assert action_summary(demo_database, 2025, TODAY) == {"total": 6, "belum": 2, "berjalan": 3, "selesai": 1,
                                                          "terlambat": 4}
    summary = home_summary(demo_database, 2025, TODAY)
    assert summary.actions["terlambat"] == 4 and summary.official_index == 72.15 and summary.official_band == "Rentan"


def test_a_bad_action_is_refused_whole(demo_database: Database) -> None:
    recommendation = add_recommendation(demo_database, 2025, "DINKES", "Publikasikan standar pelayanan",
                                        "transparansi")
    with pytest.raises(InputError) as error:
        save_action(demo_database, ActionEdit(recommendation, " ", status="selesai", progress=120))
    for fragment in ("Kegiatan wajib diisi", "Kemajuan harus 0–100 %", "kemajuan 100 %"):
        assert fragment in str(error.value)
    assert len(list_actions(demo_database, 2025, TODAY)) == 6
    with pytest.raises(InputError, match="OPD dengan kode ENTAH tidak ada"):
        add_recommendation(demo_database, 2025, "ENTAH", "x")


def test_evidence_is_copied_and_kept_when_the_original_goes(demo_database: Database, tmp_path: Path) -> None:
    action = list_actions(demo_database, 2025, TODAY)[0]
    original = tmp_path / "Perbup 12 2026.pdf"
    original.write_bytes(b"%PDF-1.4 bukti")
    add_evidence(demo_database, action.id, original)
    original.unlink()
    [(name, stored)] = evidence_files(demo_database, action.id)
    stored = ready_evidence(demo_database, stored)
    assert name == "Perbup 12 2026.pdf" and stored.read_bytes() == b"%PDF-1.4 bukti"
    if demo_database.path is not None:
        assert stored.parent.name == "workspace-bukti", "next to the workspace file"
    else:  # a server keeps the file in the database; it is written out to this PC's cache (XDG_CACHE_HOME)
        assert stored.parent.parent.name == "bukti" and stored.is_relative_to(tmp_path / "cache")
    assert list_actions(demo_database, 2025, TODAY)[0].evidence == 1
    with pytest.raises(InputError, match="tidak ditemukan"):
        add_evidence(demo_database, action.id, tmp_path / "hilang.pdf")


def test_deleting_an_activity_removes_its_evidence_files(demo_database: Database, tmp_path: Path) -> None:
    from spi_desktop.services.action_plans import delete_action

    action = list_actions(demo_database, 2025, TODAY)[0]
    original = tmp_path / "foto.jpg"
    original.write_bytes(b"jpeg")
    add_evidence(demo_database, action.id, original)
    [(_name, stored)] = evidence_files(demo_database, action.id)
    delete_action(demo_database, action.id)
    assert not stored.exists() and len(list_actions(demo_database, 2025, TODAY)) == 5
