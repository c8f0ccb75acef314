"""SPI mandiri estimate: the maths on a hand-worked example, answer labels, and bad input named by row/column.

The service, the shipped sample files and the CLI contract are in test_estimate_service.py.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from spi_desktop.db.session import Database
from spi_desktop.domain.errors import InputError
from spi_desktop.domain.estimate import SUBINDEX_RESPONDENTS, Respondent, estimate_group, estimate_population
from spi_desktop.domain.estimate_stats import Scale, mean_estimate, scale_score, t_975
from spi_desktop.domain.unit_match import name_lookup
from spi_desktop.importers.survey_answers import read_answers
from spi_desktop.importers.survey_map import load_map
from spi_desktop.services.estimate import estimate_spi
from spi_desktop.services.years import get_year

Q1 = "Q1. Informasi layanan diumumkan terbuka"
Q2 = "Q2. Seberapa sering informasi ditutup-tutupi?"
Q3 = "Q3. Promosi berdasarkan kinerja"
Q4 = "Q4. Persyaratan layanan jelas"

MAP = {
    "name": "Uji", "scale": {"min": 1, "max": 4}, "unit_column": "OPD",
    "group_column": {"column": "Kelompok", "values": {"Pegawai": "internal", "Pengguna layanan": "external"}},
    "questions": [
        {"column": Q1, "element": "transparansi", "group": "internal"},
        {"column": Q2, "element": "transparansi", "group": "internal", "reverse": True},
        {"column": Q3, "element": "pengelolaan_sdm", "group": "internal"},
        {"column": Q4, "element": "Transparansi", "group": "external"},
    ],
    "ignore_values": ["Tidak tahu"],
    "answer_labels": {"Sangat tidak setuju": 1, "Tidak setuju": 2, "Setuju": 3, "Sangat setuju": 4,
                      "Tidak pernah": 1, "Jarang": 2, "Sering": 3, "Selalu": 4},
}
HEADER = f'Timestamp,Nama,Email,OPD,Kelompok,"{Q1}","{Q2}","{Q3}","{Q4}"\n'
# Three employees and two service users of DINKES (written as code, name and short name).
ANSWERS = (
    "2024/06/03 08:01:02,Budi Contoh,budi@contoh.id,DINKES,Pegawai,Sangat setuju,Tidak pernah,3,\n"
    "2024/06/03 08:05:10,Sri Contoh,sri@contoh.id,Dinas Kesehatan,Pegawai,3,Jarang,3,\n"
    "2024/06/03 08:09:44,Agus Contoh,agus@contoh.id,dinkes,Pegawai,Tidak setuju,Tidak tahu,4,\n"
    "2024/06/03 09:00:00,Ani Contoh,ani@contoh.id,DINKES,Pengguna layanan,,,,4\n"
    "2024/06/03 09:30:00,Dedi Contoh,dedi@contoh.id,DINKES,Pengguna layanan,,,,3\n"
)


def write(tmp_path: Path, answers: str = ANSWERS, header: str = HEADER, questionnaire: dict | None = None
          ) -> tuple[Path, Path]:
    export, map_path = tmp_path / "jawaban.csv", tmp_path / "peta.json"
    export.write_text(header + answers, encoding="utf-8")
    map_path.write_text(json.dumps(questionnaire or MAP, ensure_ascii=False), encoding="utf-8")
    return export, map_path


def test_scales_map_linearly_onto_0_to_100_and_reverse_items_flip() -> None:
    assert [scale_score(v, Scale(1, 4)) for v in (1, 2, 3, 4)] == pytest.approx([0, 100 / 3, 200 / 3, 100])
    assert scale_score(2, Scale(1, 4), reverse=True) == pytest.approx(200 / 3)
    assert scale_score(3, Scale(1, 5)) == 50
    assert scale_score(4, Scale(1, 6)) == 60
    assert scale_score(10, Scale(1, 10)) == 100 and scale_score(1, Scale(1, 10), reverse=True) == 100
    with pytest.raises(ValueError, match="di luar skala 1–4"):
        scale_score(5, Scale(1, 4))


def test_t_table_and_a_plain_95_percent_interval() -> None:
    assert (t_975(1), t_975(2), t_975(4), t_975(30)) == (12.706, 4.303, 2.776, 2.042)
    assert 2.021 < t_975(35) < 2.042 and t_975(100_000) == pytest.approx(1.96, abs=0.001)
    # 70, 75, 80, 85, 90: mean 80, sd = √(250/4) = 7.9057, se = 7.9057/√5 = 3.5355, × t(4) 2.776 = 9.8146
    found = mean_estimate([70, 75, 80, 85, 90])
    assert found is not None and found.value == 80 and found.n == 5
    assert found.half_width == pytest.approx(9.8146, abs=1e-4)
    assert (found.low, found.high) == pytest.approx((70.1854, 89.8146), abs=1e-4)
    single = mean_estimate([55.0])
    assert single is not None and (single.low, single.high, single.half_width) == (None, None, None)


def test_hand_worked_example_through_the_service(tmp_path: Path, demo_database: Database) -> None:
    export, map_path = write(tmp_path)
    report = estimate_spi(demo_database, export, map_path, 2024, correction=2.5)
    # Scale 1–4: 1 -> 0, 2 -> 33.33, 3 -> 66.67, 4 -> 100; Q2 is reverse-coded (100 − score).
    # Employees, transparansi = mean(Q1, Q2):
    #   R1: Q1 4 -> 100, Q2 "Tidak pernah" 1 -> 100 − 0 = 100      -> 100
    #   R2: Q1 3 -> 66.67, Q2 "Jarang" 2 -> 100 − 33.33 = 66.67   -> 66.67
    #   R3: Q1 2 -> 33.33, Q2 "Tidak tahu" = not answered          -> 33.33
    #   mean 66.67; sd = 33.33; se = 33.33/√3 = 19.245; t(0.975, 2) = 4.303 -> ± 82.81
    # Employees, pengelolaan_sdm = Q3: 66.67, 66.67, 100 -> mean 77.78; sd = 19.245; se = 11.111 -> ± 47.81
    # Internal sub-index = (66.67 + 77.78) / 2 = 72.22, ± (82.81 + 47.81) / 2 = 65.31 (conservative)
    # Service users, transparansi = Q4: 100, 66.67 -> 83.33; sd 23.57; se 16.667; t(0.975, 1) = 12.706 -> ± 211.77
    # Weights 0.45 / 0.45 / 0.10, no experts -> 0.5 / 0.5; index = 0.5 × 72.22 + 0.5 × 83.33 − 2.5 = 75.28
    # (2024 bands: Waspada 73–<78); index ± 0.5 × 65.31 + 0.5 × 211.77 = 138.54 -> clamped to 0–100.
    (opd,) = report.units
    assert opd.code == "DINKES" and report.label == "ESTIMASI"
    assert set(opd.estimate.groups) == {"internal"}, "two service users are too few to show for one OPD"
    assert any("hanya 2 responden" in note for note in opd.estimate.notes)
    unit = report.institution  # the same five answer sheets, every group counted
    internal = unit.estimate.groups["internal"]
    transparency = internal.elements["transparansi"]
    assert (transparency.value, transparency.n) == (pytest.approx(200 / 3), 3)
    assert transparency.half_width == pytest.approx(4.303 * (100 / 3) / math.sqrt(3))
    assert transparency.high == 100 and transparency.low == 0
    hr = internal.elements["pengelolaan_sdm"]
    assert hr.value == pytest.approx(700 / 9) and hr.half_width == pytest.approx(4.303 * 100 / 9)
    assert internal.subindex.value == pytest.approx(650 / 9)
    assert internal.subindex.half_width == pytest.approx((4.303 * (100 / 3) / math.sqrt(3) + 4.303 * 100 / 9) / 2)
    external = unit.estimate.groups["external"].subindex
    assert external.value == pytest.approx(250 / 3) and external.half_width == pytest.approx(12.706 * 50 / 3)
    index = unit.estimate.index
    assert index is not None and index.value == pytest.approx(0.5 * 650 / 9 + 0.5 * 250 / 3 - 2.5)
    assert index.value == pytest.approx(75.2778, abs=1e-4) and (index.low, index.high) == (0, 100)
    assert unit.band == "Waspada" and unit.estimate.weights_used == {"internal": 0.5, "external": 0.5}
    assert opd.estimate.groups["internal"].subindex.value == pytest.approx(650 / 9)
    assert any("dinormalkan ulang" in note for note in unit.estimate.notes)
    # The seven elements pool all five answer sheets: transparansi = (100 + 66.67 + 33.33 + 100 + 66.67) / 5
    assert unit.estimate.elements["transparansi"].value == pytest.approx(220 / 3)
    assert unit.estimate.elements["transparansi"].n == 5


def test_respondent_based_sub_index_when_the_map_asks_for_it() -> None:
    # Same employees: respondent means (100 + 66.67)/2 = 83.33, (66.67 + 66.67)/2 = 66.67, (33.33 + 100)/2 = 66.67
    # mean 72.22; sd = √((123.46 + 30.86 + 30.86) / 2) = 9.6225; se = 5.5556; × 4.303 = 23.906
    sheets = [Respondent(2, "internal", "X", {"transparansi": [100, 100], "pengelolaan_sdm": [200 / 3]}),
              Respondent(3, "internal", "X", {"transparansi": [200 / 3, 200 / 3], "pengelolaan_sdm": [200 / 3]}),
              Respondent(4, "internal", "X", {"transparansi": [100 / 3], "pengelolaan_sdm": [100]})]
    found = estimate_group("internal", sheets, SUBINDEX_RESPONDENTS)
    assert found is not None and found.subindex.value == pytest.approx(650 / 9)
    assert found.subindex.half_width == pytest.approx(4.303 * (50 / 9), abs=1e-9)
    whole = estimate_population(sheets, {"internal": 0.45, "external": 0.45, "expert": 0.1}, correction=80)
    assert whole.index is not None and whole.index.value == 0  # 72.22 − 80 is clamped to 0


def test_labels_are_matched_without_case_or_spacing_and_numbers_with_a_decimal_comma(
        tmp_path: Path, demo_database: Database) -> None:
    answers = "t,n,e,DINKES,pegawai,  SANGAT   setuju ,tidak PERNAH,\"3,0\",\n"
    export, map_path = write(tmp_path, answers)
    year = get_year(demo_database, 2024)
    parsed = read_answers(export, load_map(map_path, year.elements), {"dinkes": "DINKES"})
    (sheet,) = parsed.rows
    assert parsed.problems == [] and sheet.unit == "DINKES" and sheet.group == "internal"
    assert sheet.items == {"transparansi": [100, 100], "pengelolaan_sdm": [pytest.approx(200 / 3)]}


def test_bad_answers_and_unknown_opd_are_row_problems_naming_row_and_column(
        tmp_path: Path, demo_database: Database) -> None:
    answers = ("t,n,e,DINKES,Pegawai,5,Kadang-kadang,3,\n"
               "t,n,e,Dinas Rahasia,Pegawai,3,3,3,\n"
               "t,n,e,DINKES,Tamu,3,3,3,\n")
    export, map_path = write(tmp_path, answers)
    report = estimate_spi(demo_database, export, map_path, 2024)
    messages = [(p.row, p.column, p.message) for p in report.problems]
    assert messages[0] == (2, f"F ({Q1})", "Jawaban 5 di luar skala 1–4")
    assert messages[1][:2] == (2, f"G ({Q2})") and "'Kadang-kadang' bukan angka 1–4" in messages[1][2]
    assert messages[2][:2] == (3, "D (OPD)") and "OPD 'Dinas Rahasia' tidak dikenal" in messages[2][2]
    assert messages[3][:2] == (4, "E (Kelompok)") and "'Tamu' tidak dikenal" in messages[3][2]
    assert str(report.problems[0]).startswith("jawaban.csv, baris 2, kolom F (")
    assert report.institution.estimate.respondents == 1  # row 2 still counts with its one good answer (Q3)


def test_a_broken_map_or_missing_columns_refuse_the_whole_file(tmp_path: Path, demo_database: Database) -> None:
    export, map_path = write(tmp_path, header=HEADER.replace(f'"{Q3}"', '"Pertanyaan lain"'))
    with pytest.raises(InputError, match=r"jawaban\.csv: 1 kolom dari peta kuesioner peta\.json tidak ada .*Q3\."):
        estimate_spi(demo_database, export, map_path, 2024)
    wrong = dict(MAP, questions=[*MAP["questions"][:1], {"column": Q2, "element": "budaya_organisasi",
                                                          "group": "internal"}])
    export, map_path = write(tmp_path, questionnaire=wrong)
    with pytest.raises(InputError, match=r"peta\.json, pertanyaan ke-2 \(kolom 'Q2\. .*'\): elemen "
                                         r"'budaya_organisasi' tidak dikenal"):
        estimate_spi(demo_database, export, map_path, 2024)
    identity = dict(MAP, unit_column="Email")
    export, map_path = write(tmp_path, questionnaire=identity)
    with pytest.raises(InputError, match="kolom 'Email' berisi identitas"):
        estimate_spi(demo_database, export, map_path, 2024)
    map_path.write_text('{"name": "x",\n "scale": }', encoding="utf-8")
    with pytest.raises(InputError, match=r"peta\.json, baris 2: bukan JSON yang sah"):
        estimate_spi(demo_database, export, map_path, 2024)
    export, map_path = write(tmp_path, questionnaire=dict(MAP, scale={"min": 4, "max": 1}))
    with pytest.raises(InputError, match="Skala 4–1 tidak sah"):
        estimate_spi(demo_database, export, map_path, 2024)


def test_ambiguous_opd_names_match_nothing() -> None:
    from spi_desktop.domain.unit_record import UnitRecord

    lookup = name_lookup([UnitRecord("A", "Dinas Satu", "Dinas"), UnitRecord("B", "Dinas Dua", "Dinas"),
                          UnitRecord("DINAS", "Dinas Tiga")])
    assert lookup["a"] == "A" and lookup["dinas dua"] == "B"
    assert lookup["dinas"] == "DINAS"  # a code wins over two short names
    assert name_lookup([UnitRecord("A", "X", "S"), UnitRecord("B", "Y", "S")])["s"] is None
