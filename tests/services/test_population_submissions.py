"""Submission tracking: which OPD owe which list, received on time or late, validated; Beranda counts."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from spi_desktop.cli import main
from spi_desktop.db.session import Database
from spi_desktop.domain.errors import InputError
from spi_desktop.services.population import import_population
from spi_desktop.services.population_submissions import mark_validated, submission_counts, submission_statuses


def import_list(database: Database, tmp_path: Path, unit: str, group: str = "internal") -> None:
    path = tmp_path / f"{unit}_{group}.csv"
    path.write_text(f"Nama;No. HP\nSri {unit};0812{abs(hash(unit + group)) % 10**8:08d}\n", encoding="utf-8")
    import_population(database, path, 2024, group, unit_code=unit)


def test_statuses_follow_receipt_deadline_and_validation(demo_database: Database, tmp_path: Path) -> None:
    import_list(demo_database, tmp_path, "DINKES")
    import_list(demo_database, tmp_path, "RSUD", "external")
    mark_validated(demo_database, 2024, "DINKES", "internal")
    # Imports happen today, long after the 2024 deadline (30 June 2024): they count as received late.
    statuses = {(s.unit_code, s.group): s for s in submission_statuses(demo_database, 2024)}
    assert len(statuses) == 80, "40 OPD owe an internal and an external list"
    assert statuses[("DINKES", "internal")].status == "tervalidasi"
    assert statuses[("RSUD", "external")].status == "diterima_terlambat"
    assert statuses[("RSUD", "internal")].status == "terlambat"
    before_deadline = {(s.unit_code, s.group): s for s in submission_statuses(demo_database, 2024,
                                                                             today=dt.date(2024, 6, 1))}
    assert before_deadline[("RSUD", "internal")].status == "belum"
    assert submission_counts(demo_database, 2024) == {"required": 80, "received": 2, "late": 79, "validated": 1,
                                                      "missing": 78, "sent": 0}


def test_a_list_not_received_cannot_be_validated(demo_database: Database) -> None:
    with pytest.raises(InputError, match="belum diterima"):
        mark_validated(demo_database, 2024, "DINKES", "external")


def test_cli_lists_submissions(capsys: pytest.CaptureFixture[str], demo_database: Database, db_arg: str,
                               tmp_path: Path) -> None:
    import_list(demo_database, tmp_path, "DINKES")
    assert main(["--db", db_arg, "population", "submissions", "--year", "2024", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["counts"]["received"] == 1
    row = next(r for r in data["submissions"] if r["code"] == "DINKES" and r["group"] == "internal")
    assert row["rows"] == 1 and row["status"] == "diterima_terlambat"


def test_submission_tab_and_home_card(qtbot, main_window, demo_database: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    main_window.year_box.setCurrentIndex(main_window.year_box.findData(2024))
    import_list(demo_database, tmp_path, "DINKES")
    main_window.context.notify("population")
    view = main_window.population.submissions
    qtbot.waitUntil(lambda: view.last_job.done and view.model.rowCount() == 80, timeout=10_000)
    received = [view.model.row_at(i) for i in range(80) if view.model.row_at(i).rows]
    assert [(s.unit_code, s.group) for s in received] == [("DINKES", "internal")]
    qtbot.waitUntil(lambda: main_window.home.last_job.done, timeout=10_000)
    assert main_window.home.lists_label.text() == "1/80"
    assert "80 terlambat" in main_window.home.lists_detail.text()  # the one received also came late


def test_export_writes_phones_the_way_the_years_template_says(demo_database: Database, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from spi_desktop.services import population_export

    import_list(demo_database, tmp_path, "DINKES")
    real = population_export.load_json

    def template_with_national_phones(*parts: str):  # type: ignore[no-untyped-def]
        data = real(*parts)
        data["2024"] = {**data["default"], "phone_format": "0"}
        return data

    monkeypatch.setattr(population_export, "load_json", template_with_national_phones)
    out = tmp_path / "kpk.csv"
    assert population_export.export_population(demo_database, 2024, "internal", out, reason="uji") == 1
    mark, _header, line = out.read_text(encoding="utf-8-sig").splitlines()
    assert "DATA DEMO PELATIHAN" in mark  # a demo workspace's export says so on its first line
    assert ",0812" in line and "+62" not in line
