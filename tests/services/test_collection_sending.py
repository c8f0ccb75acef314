"""Sending the kit: a folder per OPD (its templates and the PIC's message), all or none, never over a file; each
sending recorded with an audit line; the board says *dikirim* until the list comes back."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from spi_desktop.cli import main
from spi_desktop.db.session import Database
from spi_desktop.domain.collection_message import MESSAGE_FILE
from spi_desktop.domain.errors import InputError, NotFoundError
from spi_desktop.importers.template_marker import read_marker
from spi_desktop.services import accounts, collection_sending
from spi_desktop.services.access import PermissionDenied
from spi_desktop.services.audit import AuditFilter, audit_lines
from spi_desktop.services.collection_sending import (
    mark_sent,
    prepare_kits,
    save_return_contact,
    sendings,
    undo_sent,
)
from spi_desktop.services.population import import_population
from spi_desktop.services.population_submissions import submission_counts, submission_statuses
from spi_desktop.services.units import get_unit

YEAR = 2024
BEFORE_DEADLINE = dt.date(2024, 6, 1)  # the demo's 2024 lists are due on 30 June 2024


def test_each_opd_gets_a_folder_with_its_templates_and_message(demo_database: Database, tmp_path: Path) -> None:
    save_return_contact(demo_database, "  inspektorat@sukamajukab.go.id  atau WA 0812 0000 1111 ")
    out = tmp_path / "kirim"
    kits = prepare_kits(demo_database, YEAR, ["internal", "external"], out, ["DINKES", "RSUD"])
    assert [kit.folder.name for kit in kits] == ["DINKES - Dinas Kesehatan",
                                                 "RSUD - Rumah Sakit Umum Daerah Sukamaju"]
    assert sorted(path.name for path in out.iterdir()) == [kit.folder.name for kit in kits]  # no scratch left
    dinkes = kits[0]
    assert [path.name for path in dinkes.files] == ["DINKES-internal-2024.xlsx", "DINKES-eksternal-2024.xlsx",
                                                    MESSAGE_FILE]
    assert sorted(path.name for path in dinkes.folder.iterdir()) == sorted(path.name for path in dinkes.files)
    marker = read_marker(dinkes.files[1])
    assert marker is not None and (marker.unit_code, marker.group) == ("DINKES", "external")
    text = (dinkes.folder / MESSAGE_FILE).read_text(encoding="utf-8")
    assert text.strip() == dinkes.message.text
    assert "dikirim ke inspektorat@sukamajukab.go.id atau WA 0812 0000 1111." in text
    assert "Batas pengiriman kembali: 30 Juni 2024." in text
    pic = get_unit(demo_database, "DINKES").record.pic_phone
    assert pic and dinkes.message.whatsapp
    assert dinkes.message.whatsapp.startswith(f"https://wa.me/{pic.lstrip('+')}?text=")
    assert sendings(demo_database, YEAR) == []  # writing the folders is not sending them


def test_a_folder_already_there_stops_everything(demo_database: Database, tmp_path: Path) -> None:
    out = tmp_path / "kirim"
    (out / "RSUD - Rumah Sakit Umum Daerah Sukamaju").mkdir(parents=True)
    (out / "RSUD - Rumah Sakit Umum Daerah Sukamaju" / "DINKES-internal-2024.xlsx").write_bytes(b"diisi OPD")
    with pytest.raises(InputError, match="RSUD - Rumah Sakit Umum Daerah Sukamaju"):
        prepare_kits(demo_database, YEAR, ["internal"], out, ["DINKES", "RSUD"])
    assert sorted(path.name for path in out.iterdir()) == ["RSUD - Rumah Sakit Umum Daerah Sukamaju"]
    assert (out / "RSUD - Rumah Sakit Umum Daerah Sukamaju" / "DINKES-internal-2024.xlsx").read_bytes() == b"diisi OPD"


def test_a_failure_half_way_leaves_no_folder(demo_database: Database, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    real = collection_sending.write_templates
    calls = []

    def failing(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(args)
        if len(calls) == 2:
            raise OSError("disk penuh")
        return real(*args, **kwargs)

    monkeypatch.setattr(collection_sending, "write_templates", failing)
    out = tmp_path / "kirim"
    with pytest.raises(OSError):
        prepare_kits(demo_database, YEAR, ["internal"], out, ["DINKES", "RSUD"])
    assert list(out.iterdir()) == []


def test_wrong_groups_and_units_are_refused(demo_database: Database, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="eksper|expert"):
        prepare_kits(demo_database, YEAR, ["expert"], tmp_path)
    with pytest.raises(NotFoundError, match="TIDAKADA"):
        prepare_kits(demo_database, YEAR, ["internal"], tmp_path, ["TIDAKADA"])
    with pytest.raises(InputError, match="Cara kirim"):
        mark_sent(demo_database, YEAR, "DINKES", via="pos")


def test_a_sending_is_recorded_audited_and_shown_until_the_list_comes_back(demo_database: Database,
                                                                             tmp_path: Path) -> None:
    sent = mark_sent(demo_database, YEAR, "DINKES", ["internal"], via="wa")
    assert [(s.unit, s.group, s.via) for s in sent] == [("DINKES", "internal", "wa")]
    assert [(s.unit, s.group) for s in sendings(demo_database, YEAR)] == [("DINKES", "internal")]
    (line,), _total = audit_lines(demo_database, AuditFilter(text="dikirim"))
    assert "DINKES" in line.summary and line.details["via"] == "wa" and line.action == "edit"

    def board() -> dict[tuple[str, str], str]:
        return {(s.unit_code, s.group): s.status for s in submission_statuses(demo_database, YEAR, BEFORE_DEADLINE)}

    assert board()[("DINKES", "internal")] == "dikirim"
    assert board()[("DINKES", "external")] == "belum"
    assert submission_counts(demo_database, YEAR, BEFORE_DEADLINE)["sent"] == 1
    # after the deadline a list still missing is late, whether or not its kit was sent
    assert {(s.unit_code, s.group): s.status for s in submission_statuses(
        demo_database, YEAR, dt.date(2024, 7, 1))}[("DINKES", "internal")] == "terlambat"
    path = tmp_path / "dinkes.csv"
    path.write_text("Nama;No. HP\nSri Wahyuni;081234560001\n", encoding="utf-8")
    import_population(demo_database, path, YEAR, "internal", unit_code="DINKES")
    assert board()[("DINKES", "internal")].startswith("diterima")  # received wins over sent
    assert submission_counts(demo_database, YEAR, BEFORE_DEADLINE)["sent"] == 0


def test_a_mark_set_by_mistake_is_taken_back_with_an_audit_line(demo_database: Database) -> None:
    earlier = mark_sent(demo_database, YEAR, "DISDIK", ["internal"], via="email")
    wrong = mark_sent(demo_database, YEAR, "DINKES", ["internal", "external"], via="wa")
    assert undo_sent(demo_database, YEAR, "DINKES", wrong) == 2
    assert [(s.unit, s.group, s.record) for s in sendings(demo_database, YEAR)] == [
        ("DISDIK", "internal", earlier[0].record)]  # another OPD's sending is untouched
    (line,), _total = audit_lines(demo_database, AuditFilter(text="dibatalkan"))
    assert "DINKES" in line.summary and line.details["groups"] == ["internal", "external"]
    with pytest.raises(NotFoundError):  # taken back already
        undo_sent(demo_database, YEAR, "DINKES", wrong)
    with pytest.raises(NotFoundError):  # another OPD's marks are not this OPD's to take back
        undo_sent(demo_database, YEAR, "DINKES", earlier)
    assert len(sendings(demo_database, YEAR)) == 1


def test_a_viewer_cannot_mark_a_kit_sent(demo_database: Database) -> None:
    accounts.create_account(demo_database, "admin", "rahasia-admin", "admin")
    accounts.create_account(demo_database, "vina", "rahasia-viewer", "viewer")
    accounts.sign_out(demo_database)
    accounts.sign_in(demo_database, "vina", "rahasia-viewer")
    with pytest.raises(PermissionDenied):
        mark_sent(demo_database, YEAR, "DINKES")
    assert sendings(demo_database, YEAR) == []


def test_cli_kit_and_mark_sent(capsys: pytest.CaptureFixture[str], demo_database: Database, db_arg: str,
                               tmp_path: Path) -> None:
    out = tmp_path / "kirim"
    assert main(["population", "kit", "--year", str(YEAR), "--unit", "DINKES", "--group", "internal",
                 "--out", str(out), "--return-to", "WA 0812 0000 1111", "--json", "--db", db_arg]) == 0
    data = json.loads(capsys.readouterr().out)
    (unit,) = data["units"]
    assert unit["unit"] == "DINKES" and Path(unit["folder"]).name == "DINKES - Dinas Kesehatan"
    assert [Path(f).name for f in unit["files"]] == ["DINKES-internal-2024.xlsx", MESSAGE_FILE]
    assert all(Path(f).is_file() for f in unit["files"])
    assert "WA 0812 0000 1111" in unit["message"] and unit["email_body"] == unit["message"]
    assert unit["whatsapp"].startswith("https://wa.me/62") and unit["email_subject"].endswith("Dinas Kesehatan")
    assert main(["population", "mark-sent", "--year", str(YEAR), "--unit", "DINKES", "--via", "email", "--json",
                 "--db", db_arg]) == 0
    sent = json.loads(capsys.readouterr().out)["sent"]
    assert [(s["unit"], s["group"], s["via"]) for s in sent] == [("DINKES", "internal", "email"),
                                                                  ("DINKES", "external", "email")]
