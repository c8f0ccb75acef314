"""Targets grid and files, vendor layouts, typed snapshots, history, the lagging list and reminders."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from urllib.parse import unquote

import pytest

from spi_desktop.cli import main
from spi_desktop.db.session import Database
from spi_desktop.domain.errors import InputError
from spi_desktop.domain.progress import ProgressRow
from spi_desktop.services.preferences import (
    DEFAULT_TEMPLATES,
    get_templates,
    get_thresholds,
    set_template,
    set_thresholds,
    steering_phrases,
)
from spi_desktop.services.progress import (
    import_progress,
    inspect_progress,
    preview_progress,
    progress_matrix,
    record_progress,
)
from spi_desktop.services.progress_chasing import lagging_report, reminders, reminders_closed, whatsapp_link
from spi_desktop.services.progress_history import delete_snapshot, list_snapshots, unit_history
from spi_desktop.services.progress_targets import TargetEdit, import_targets, save_targets, target_rows

AUG = dt.date(2024, 8, 1)


def stored_targets(database: Database, year: int) -> dict[tuple[str, str], int | None]:
    return {(r.code, r.group): r.sample_target for r in target_rows(database, year) if r.stored}


def test_target_grid_lists_every_opd_and_group_and_saves_all_or_nothing(demo_database: Database) -> None:
    rows = target_rows(demo_database, 2024)
    assert len(rows) == 40 * 2 + 1 and rows[-1].group == "expert" and rows[-1].code == ""
    save_targets(demo_database, 2024, [TargetEdit("DINKES", "internal", 120, population_sent=400)])
    with pytest.raises(InputError) as error:
        save_targets(demo_database, 2024, [TargetEdit("DISDIK", "internal", 90),
                                           TargetEdit("ENTAH", "internal", 5),
                                           TargetEdit("RSUD", "external", 50, population_sent=20)])
    assert "ENTAH tidak ada" in str(error.value) and "lebih besar dari populasi" in str(error.value)
    assert stored_targets(demo_database, 2024) == {("DINKES", "internal"): 120}, "a bad edit stores nothing"
    save_targets(demo_database, 2024, [TargetEdit("DINKES", "internal", None)])
    assert stored_targets(demo_database, 2024) == {}, "an emptied target goes back to the rule"


def test_target_file_is_stored_whole_or_refused_with_row_and_column(demo_database: Database, tmp_path: Path) -> None:
    good = tmp_path / "target.csv"
    good.write_text("Kode OPD;Kelompok Responden;Target Sampel;Populasi\nDINKES;Pegawai;80;300\n"
                    "DINKES;Pengguna Layanan;150;900\nInstansi;Eksper;30;\n", encoding="utf-8")
    assert import_targets(demo_database, good, 2024) == 3
    assert stored_targets(demo_database, 2024) == {("DINKES", "internal"): 80, ("DINKES", "external"): 150,
                                                  ("", "expert"): 30}
    bad = tmp_path / "salah.csv"
    bad.write_text("Kode;Kelompok;Target\nDISDIK;internal;70\nDISDIK;eksternal;tujuh\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"salah.csv, baris 3, kolom C \(Target\).*'tujuh'"):
        import_targets(demo_database, bad, 2024)
    assert ("DISDIK", "internal") not in stored_targets(demo_database, 2024)


def test_a_vendor_layout_is_read_through_the_users_mapping(demo_database: Database, tmp_path: Path) -> None:
    vendor = tmp_path / "vendor.csv"
    vendor.write_text("Rekap harian vendor\n\nSatker,Jumlah Link,Submit Lengkap\nDINKES,200,61\nDISDIK,150,40\n",
                      encoding="utf-8")
    inspection = inspect_progress(vendor)
    assert inspection.header_row == 3 and "Submit Lengkap" in inspection.headers, "headers shown even unmapped"
    with pytest.raises(InputError, match="Kolom yang wajib ada: Kode, Selesai"):
        import_progress(demo_database, vendor, 2024, AUG)
    mapping = {"unit": "Satker", "invited": "Jumlah Link", "completed": "Submit Lengkap"}
    result = import_progress(demo_database, vendor, 2024, AUG, mapping=mapping, group="internal")
    assert (result.read, result.imported, result.rejected) == (2, 2, 0)
    counts = {(r.code, r.group): r.completed for r in progress_matrix(demo_database, 2024)[1]}
    assert counts[("DINKES", "internal")] == 61 and counts[("DISDIK", "internal")] == 40


def test_typed_counts_are_one_snapshot_with_the_same_date_rules(demo_database: Database) -> None:
    rows = [ProgressRow(1, "DINKES", "external", 100, 12, 30), ProgressRow(2, "DISDIK", "external", 10, 0, 11)]
    result = record_progress(demo_database, 2024, AUG, rows)
    assert (result.imported, result.rejected) == (1, 1) and "lebih besar dari diundang" in str(result.problems[0])
    with pytest.raises(InputError, match="Sudah ada data kemajuan"):
        record_progress(demo_database, 2024, AUG, rows[:1])
    record_progress(demo_database, 2024, AUG, [ProgressRow(1, "DINKES", "external", 100, 5, 35)], on_existing="keep")
    assert len(list_snapshots(demo_database, 2024)) == 2, "keep both: nothing overwritten"
    targets, history = unit_history(demo_database, 2024, "DINKES")
    assert [p.completed for p in history["external"]] == [35], "the later snapshot of a day counts"


def test_history_is_per_group_oldest_first_and_a_snapshot_can_be_removed(demo_database: Database) -> None:
    targets, history = unit_history(demo_database, 2025, "DINKES")
    assert set(history) == {"internal", "external"} and len(history["internal"]) == 90
    dates = [p.date for p in history["internal"]]
    assert dates == sorted(dates) and targets["internal"] > 0
    newest = list_snapshots(demo_database, 2025)[0]
    removed = delete_snapshot(demo_database, newest.id)
    assert removed.date == newest.date and len(list_snapshots(demo_database, 2025)) == 89
    assert len(unit_history(demo_database, 2025, "DINKES")[1]["internal"]) == 89


def test_lagging_list_is_sorted_by_gap_and_leaves_out_opd_on_target(demo_database: Database) -> None:
    report = lagging_report(demo_database, 2025, today=dt.date(2025, 10, 20))
    gaps = [row.gap for row in report.rows]
    assert gaps == sorted(gaps, reverse=True) and all(gap > 0 for gap in gaps)
    assert [row.rank for row in report.rows] == list(range(1, len(report.rows) + 1))
    assert report.days_left == 12 and report.as_of == dt.date(2025, 10, 29)
    first = report.rows[0]
    assert first.gap == sum(max((g.target or 0) - g.completed, 0) for g in first.groups.values())


def test_reminders_are_neutral_filled_and_link_to_the_pic_only(demo_database: Database) -> None:
    report = lagging_report(demo_database, 2025, today=dt.date(2025, 10, 20))
    found = reminders(demo_database, 2025, "external", report)
    assert found and found[0].gap >= found[-1].gap
    first = found[0]
    row = next(r for r in report.rows if r.code == first.code)
    assert row.name in first.text and str(row.groups["external"].target) in first.text and "{" not in first.text
    assert first.link is not None and first.link.startswith("https://wa.me/62")
    assert unquote(first.link.split("?text=")[1]) == first.text
    for text in DEFAULT_TEMPLATES.values():
        assert steering_phrases(text) == [], "the shipped templates never suggest an answer"
    assert steering_phrases("Mohon beri nilai baik ya") == ["beri nilai", "nilai baik"]
    assert whatsapp_link("021-555-1234", "x") is None, "a landline has no WhatsApp"


def test_templates_and_thresholds_are_kept_per_workspace(demo_database: Database) -> None:
    set_template(demo_database, "internal", "Yth. {pic}: SPI {tahun} di {opd} masih dibuka sampai {batas}.")
    assert get_templates(demo_database)["internal"].startswith("Yth. {pic}: SPI")
    with pytest.raises(InputError, match=r"Penanda tidak dikenal: \{nama\}"):
        set_template(demo_database, "internal", "Halo {nama}")
    set_template(demo_database, "internal", "")
    assert get_templates(demo_database)["internal"] == DEFAULT_TEMPLATES["internal"]
    with pytest.raises(InputError, match="batas merah < batas hijau"):
        set_thresholds(demo_database, 0.9, 0.6)
    set_thresholds(demo_database, 0.7, 0.9)
    assert get_thresholds(demo_database).red_below == 0.7
    lights = {r.light for r in progress_matrix(demo_database, 2025)[1] if r.attainment and 0.9 <= r.attainment < 1}
    assert lights <= {"hijau"}, "the matrix uses the stored thresholds"


def test_cli_lagging_targets_and_mapped_import(capsys: pytest.CaptureFixture[str], db_arg: str,
                                               demo_database: Database, tmp_path: Path) -> None:
    out = tmp_path / "tertinggal.xlsx"
    assert main(["--db", db_arg, "progress", "lagging", "--year", "2025", "--out", str(out), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert out.exists() and data["units"][0]["rank"] == 1 and data["out"] == str(out)
    assert main(["--db", db_arg, "progress", "lagging", "--year", "2025", "--out", "x.doc"]) == 2
    assert "tidak didukung" in capsys.readouterr().err
    assert main(["--db", db_arg, "progress", "targets", "show", "--year", "2025", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)["targets"]) == 81
    vendor = tmp_path / "vendor.csv"
    vendor.write_text("Satker;Submit Lengkap\nDINKES;61\n", encoding="utf-8")
    assert main(["--db", db_arg, "progress", "import", str(vendor), "--year", "2024", "--date", "2024-08-01",
                 "--group", "external", "--map", "unit=Satker", "--map", "completed=Submit Lengkap", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["imported"] == 1
    assert main(["--db", db_arg, "progress", "import", str(vendor), "--year", "2024", "--map", "kode"]) == 2


def test_replace_checks_every_row_before_touching_the_stored_snapshot(demo_database: Database, tmp_path: Path) -> None:
    before = list_snapshots(demo_database, 2025)[0]
    bad = tmp_path / "salah.csv"
    bad.write_text("Kode,Kelompok,Diundang,Selesai\nXXX,internal,10,5\n", encoding="utf-8")
    with pytest.raises(InputError, match="Tidak ada baris yang dapat disimpan; tidak ada yang diubah"):
        import_progress(demo_database, bad, 2025, before.date, on_existing="replace")
    assert list_snapshots(demo_database, 2025)[0] == before, "the earlier snapshot is untouched"


def test_duplicate_lines_inactive_opd_and_per_opd_experts_are_refused(demo_database: Database,
                                                                      tmp_path: Path) -> None:
    from spi_desktop.services.units import get_unit, save_unit

    info = get_unit(demo_database, "BAPENDA", 2024)
    save_unit(demo_database, info.record, original_code="BAPENDA", year=2024, active=False)
    path = tmp_path / "k.csv"
    path.write_text("Kode;Kelompok;Selesai\nDINKES;internal;9\nDINKES;pegawai;10\nBAPENDA;internal;5\n"
                    "DISDIK;eksper;3\n;internal;4\n", encoding="utf-8")
    result = preview_progress(demo_database, path, 2024, AUG)
    reasons = [str(p) for p in result.problems]
    assert result.imported == 1 and result.rejected == 4
    assert any("sudah ada di baris 2" in r for r in reasons)
    assert any("BAPENDA' tidak ikut SPI 2024" in r for r in reasons)
    assert any("eksper dihitung untuk instansi" in r for r in reasons)
    assert any("Kode OPD kosong" in r for r in reasons)
    assert list_snapshots(demo_database, 2024) == [], "a preview stores nothing"
    assert all(r.code != "BAPENDA" for r in progress_matrix(demo_database, 2024)[1])
    with pytest.raises(InputError, match="target eksper berlaku untuk instansi"):
        save_targets(demo_database, 2024, [TargetEdit("DISDIK", "expert", 5)])


def test_a_typed_target_keeps_the_population_check(demo_database: Database, tmp_path: Path) -> None:
    from spi_desktop.services.population import import_population

    population = tmp_path / "pop.csv"
    population.write_text("Nama;Perangkat Daerah;No. HP\n" + "".join(f"Pegawai {i};DINKES;0812{i:08d}\n"
                                                                      for i in range(40)), encoding="utf-8")
    import_population(demo_database, population, 2024, "internal")
    save_targets(demo_database, 2024, [TargetEdit("DINKES", "internal", 20)])
    path = tmp_path / "k.csv"
    path.write_text("Kode;Kelompok;Selesai\nDINKES;internal;50\n", encoding="utf-8")
    result = preview_progress(demo_database, path, 2024, AUG)
    assert result.rejected == 1 and "populasi yang dikirim (40)" in str(result.problems[0])


def test_templates_refuse_format_specs_that_would_break_or_bloat_reminders(demo_database: Database) -> None:
    for text in ("{selesai:d} selesai", "{opd:>99999999}", "{opd!r}", "{}"):
        with pytest.raises(InputError):
            set_template(demo_database, "internal", text)
    assert get_templates(demo_database)["internal"] == DEFAULT_TEMPLATES["internal"]
    expert = reminders(demo_database, 2025, "expert", today=dt.date(2025, 10, 20))[0]
    assert expert.text.startswith("Yth. Bapak/Ibu koordinator narasumber eksper"), "addressed to a PIC"


@pytest.mark.parametrize(("today", "says", "never"), [
    (dt.date(2025, 7, 20), "(dimulai 1 Agustus 2025)", "sisa"),  # before the window opens
    (dt.date(2025, 10, 20), "(sisa 12 hari)", "hari terakhir"),
    (dt.date(2025, 10, 30), "(sisa 2 hari)", "sisa 0"),
    (dt.date(2025, 10, 31), "(hari terakhir)", "sisa"),  # the last day
])
def test_the_reminder_text_fits_the_day(demo_database: Database, today: dt.date, says: str, never: str) -> None:
    for group in ("internal", "external", "expert"):
        found = reminders(demo_database, 2025, group, today=today)
        assert found and all(says in reminder.text and never not in reminder.text for reminder in found), group


def test_no_reminder_is_offered_once_the_window_closed(demo_database: Database) -> None:
    report = lagging_report(demo_database, 2025, today=dt.date(2025, 11, 1))
    assert reminders_closed(report) and report.rows, "the lagging list itself stays"
    assert all(reminders(demo_database, 2025, group, report) == [] for group in ("internal", "external", "expert"))


def test_a_template_saved_with_the_old_countdown_fits_the_day_too(demo_database: Database) -> None:
    set_template(demo_database, "internal", "Yth. {pic}, isi sebelum {batas} (sisa {sisa_hari} hari).")
    text = reminders(demo_database, 2025, "internal", today=dt.date(2025, 10, 31))[0].text
    assert text.endswith("(hari terakhir).")
    first = reminders(demo_database, 2025, "internal", today=dt.date(2025, 10, 20))[0]
    assert first.text.endswith("(sisa 12 hari).") and first.whatsapp_number and first.whatsapp_number.startswith("+62")
