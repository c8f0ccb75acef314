"""Pengguna & Audit in the window: the first Admin, roles shaping the window, sign-in, the audit viewer."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from spi_desktop.db.session import Database
from spi_desktop.services import accounts
from spi_desktop.services.access import accounts_exist
from spi_desktop.services.audit import audit_lines
from spi_desktop.views.admin.account_dialog import NewAccountDialog
from spi_desktop.views.admin.sign_in_dialog import SignInDialog
from spi_desktop.views.shell.main_window import MainWindow
from spi_desktop.views.shell.windows import Windows
from tests.conftest import open_window
from tests.support.stored import wait_stored


def _open_window(qtbot, shell: Windows, database: Database) -> MainWindow:  # type: ignore[no-untyped-def]
    window: MainWindow = open_window(qtbot, shell, database)
    return window


def test_first_admin_is_created_in_the_window_and_then_names_every_action(qtbot, main_window,  # type: ignore[no-untyped-def]
                                                                          demo_database: Database,
                                                                          answered_prompts) -> None:
    assert main_window.admin is not None  # the local user of a workspace without accounts is Admin
    assert "Pengguna lokal" in main_window.user_label.text()
    users = main_window.admin.users
    qtbot.waitUntil(lambda: users.last_job.done)
    assert "Buat akun Admin pertama" in users.add_button.text().replace("&", "")
    dialog = users.add_account()
    assert isinstance(dialog, NewAccountDialog)
    assert not dialog.role.isEnabled()  # the first account is an Admin, no choice
    dialog.name.setText("ratna")
    dialog.password.setText("sandi-rahasia-1")
    dialog.repeat.setText("sandi-rahasia-2")
    dialog.try_save()
    wait_stored(qtbot, dialog)
    assert "tidak sama" in dialog.message.text() and not accounts_exist(demo_database)
    dialog.repeat.setText("sandi-rahasia-1")
    dialog.try_save()
    wait_stored(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert accounts_exist(demo_database)
    qtbot.waitUntil(lambda: "Masuk sebagai ratna (Admin)" in main_window.user_label.text(), timeout=5_000)
    assert main_window.sign_out_button.isVisibleTo(main_window)
    qtbot.waitUntil(lambda: users.last_job.done and bool(users.model.rows()))
    assert [a.name for a in users.model.rows()] == ["ratna"]
    assert "Tambah pengguna" in users.add_button.text().replace("&", "")
    assert any("Akun Admin dibuat" in text for _title, text in answered_prompts.infos)


def test_a_viewer_window_has_no_admin_area_and_says_who_is_signed_in(qtbot, shell: Windows,  # type: ignore[no-untyped-def]
                                                                     demo_database: Database) -> None:
    accounts.create_account(demo_database, "ratna", "sandi-rahasia-1", "admin")
    accounts.create_account(demo_database, "vina", "sandi-viewer-1", "viewer")
    accounts.sign_in(demo_database, "vina", "sandi-viewer-1")
    window = _open_window(qtbot, shell, demo_database)
    assert window.admin is None
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert "Pengguna & Audit" not in titles
    assert "Masuk sebagai vina (Viewer)" in window.user_label.text()
    assert not window.units.import_button.isVisibleTo(window) and not window.units.add_button.isVisibleTo(window)
    assert not window.settings.workspace.isEnabled() and not window.settings.years.isEnabled()
    assert window.results.scorecards.isEnabled()  # a Viewer prints scorecards


def test_sign_in_dialog_refuses_a_wrong_password_then_signs_in(qtbot, database: Database) -> None:  # type: ignore[no-untyped-def]
    accounts.create_account(database, "ratna", "sandi-rahasia-1", "admin")
    database.actor = None
    dialog = SignInDialog(database)
    qtbot.addWidget(dialog)
    dialog.name.setText("ratna")
    dialog.password.setText("salah-sandi")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_stored(qtbot, dialog)
    assert "salah" in dialog.message.text() and dialog.password.text() == ""
    assert database.actor is None
    dialog.password.setText("sandi-rahasia-1")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_stored(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert database.actor is not None and database.actor.name == "ratna"


def test_audit_viewer_filters_shows_old_and_new_and_exports(qtbot, main_window, demo_database: Database,  # type: ignore[no-untyped-def]
                                                           answered_prompts, tmp_path: Path) -> None:
    accounts.create_account(demo_database, "ratna", "sandi-rahasia-1", "admin")
    accounts.create_account(demo_database, "budi", "sandi-operator-1", "operator")
    accounts.update_account(demo_database, "budi", role="viewer")
    page = main_window.admin.audit
    main_window.admin.tabs.setCurrentWidget(page)
    main_window.show_area(main_window.navigation.count() - 1)
    qtbot.waitUntil(lambda: page.last_job is not None and page.last_job.done)
    assert page.total == len(audit_lines(demo_database, limit=None)[0])
    page.action.setCurrentIndex(page.action.findData("users"))
    qtbot.waitUntil(lambda: page.last_job.done and page.model.rowCount() == 3)
    changed = next(row for row in range(3) if "diubah" in page.model.row_at(row).summary)
    page.table.selectRow(changed)
    assert "role: operator" in page.details.toPlainText() and "role: viewer" in page.details.toPlainText()
    answered_prompts.save_file_answer = str(tmp_path / "audit.xlsx")
    job = page.choose_export()
    qtbot.waitUntil(lambda: job.done, timeout=10_000)
    sheet = load_workbook(tmp_path / "audit.xlsx").active
    assert sheet.max_row == 1 + 3  # header and the three account lines the filter shows
    assert any("jejak audit diekspor" in line.summary.lower() for line in audit_lines(demo_database)[0])


def test_pic_contacts_are_masked_until_revealed_and_the_reveal_is_logged(qtbot, main_window,  # type: ignore[no-untyped-def]
                                                                        demo_database: Database) -> None:
    page = main_window.units
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10_000)  # the OPD list is read in the background
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    phone_column = headers.index("HP PIC")
    shown = page.model.index(0, phone_column).data()
    assert "***" in shown and not shown.startswith("+62")
    page.reveal.setChecked(True)
    assert "***" in page.model.index(0, phone_column).data(), "shown only once the reveal is in the audit trail"
    wait_stored(qtbot, page)
    revealed = page.model.index(0, phone_column).data()
    assert revealed.startswith("+62") and "*" not in revealed
    lines = [line for line in audit_lines(demo_database)[0] if line.action == "reveal"]
    assert len(lines) == 1 and lines[0].area == "OPD" and revealed not in str(lines[0].details)


def test_backup_then_restore_from_the_window_brings_the_data_back(qtbot, main_window, demo_database: Database,  # type: ignore[no-untyped-def]
                                                                  answered_prompts, tmp_path: Path) -> None:
    from spi_desktop.services import units

    shell = main_window.shell
    page = main_window.admin.backup
    answered_prompts.save_file_answer = str(tmp_path / "kantor")
    answered_prompts.secret_answer = "frasa-rahasia-panjang"
    job = page.choose_backup_file()
    qtbot.waitUntil(lambda: job.done, timeout=20_000)
    file = tmp_path / "kantor.spibak"
    assert file.exists() and b"Dinas Kesehatan" not in file.read_bytes()  # encrypted
    assert any("terenkripsi" in text for _title, text in answered_prompts.infos)
    units.set_unit_active(demo_database, "DINKES", main_window.context.year, False)
    answered_prompts.open_file_answer = str(file)
    answered_prompts.secret_answer = "frasa-salah-sekali"
    job = page.choose_restore_file()
    qtbot.waitUntil(lambda: job.done, timeout=20_000)
    assert any("Frasa sandi salah" in text for _title, text in answered_prompts.errors)
    assert not units.get_unit(demo_database, "DINKES", main_window.context.year).active  # nothing changed
    answered_prompts.secret_answer = "frasa-rahasia-panjang"
    job = page.choose_restore_file()
    qtbot.waitUntil(lambda: job.done, timeout=20_000)
    qtbot.waitUntil(lambda: len(shell.windows) > 1)
    replacement = shell.windows[-1]
    qtbot.addWidget(replacement)
    assert units.get_unit(demo_database, "DINKES", main_window.context.year).active
    qtbot.waitUntil(lambda: replacement.admin.backup.refresh_job.done)
    assert [e.kind for e in replacement.admin.backup.model.rows()] == ["sebelum-pulihkan"]
    restored = [line for line in audit_lines(demo_database)[0] if line.action == "restore"]
    assert len(restored) == 1 and "kantor.spibak" in restored[0].summary


def test_purging_a_finished_year_from_the_window_keeps_the_counts(qtbot, main_window, demo_database: Database,  # type: ignore[no-untyped-def]
                                                                  answered_prompts, tmp_path: Path) -> None:
    from spi_desktop.services.population import import_population, population_summary
    from spi_desktop.services.population_browse import browse_population
    from tests.support.population_files import internal_xlsx

    file, _expected = internal_xlsx(tmp_path)
    import_population(demo_database, file, 2025, "internal")
    before = population_summary(demo_database, 2025)
    page = main_window.admin.backup
    qtbot.waitUntil(lambda: page.refresh_job.done)
    page.purge_year.setCurrentIndex(page.purge_year.findData(2025))
    answered_prompts.confirm_answer = False
    job = page.purge_selected_year()
    qtbot.waitUntil(lambda: job.done)
    assert browse_population(demo_database, 2025, "internal").rows[0].name != "(dihapus)", "cancelled: nothing gone"
    answered_prompts.confirm_answer = True
    page.purge_selected_year()
    qtbot.waitUntil(lambda: "Dihapus:" in page.purge_note.text(), timeout=20_000)
    assert population_summary(demo_database, 2025) == before
    assert {row.name for row in browse_population(demo_database, 2025, "internal").rows} == {"(dihapus)"}
    qtbot.waitUntil(lambda: page.refresh_job.done and "sudah dihapus" in page.purge_year.itemText(
        page.purge_year.findData(2025)))
