"""This PC's database connection: the settings file, the keyring, the connection test, the dialog."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import psycopg
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import PasswordDeleteError
from sqlalchemy.engine import make_url

from spi_desktop.services import connection
from spi_desktop.services.connection import ConnectionSettings
from spi_desktop.services.database import open_database

SECRET = "p@ss:w/rd%"


class MemoryKeyring(KeyringBackend):
    """A keyring that keeps passwords in a dict, for tests."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.secrets.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture(autouse=True)
def memory_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    """Settings in the test's folder, passwords in memory (never the real keyring of the PC)."""
    monkeypatch.setenv("SPI_CONFIG_DIR", str(tmp_path / "spi-config"))
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def _server(**changes: Any) -> ConnectionSettings:
    values: dict[str, Any] = {"host": "db.kantor.local", "port": 5433, "database": "spi", "user": "inspektorat"}
    values.update(changes)
    return ConnectionSettings(**values)


def test_the_settings_file_never_holds_the_password(memory_keyring: MemoryKeyring) -> None:
    settings = _server(sslmode="require")
    assert connection.save_connection(settings, SECRET, remember=True)
    text = connection.config_path().read_text(encoding="utf-8")
    assert SECRET not in text and "rd" not in text
    assert json.loads(text) == {"engine": "postgresql", "host": "db.kantor.local", "port": 5433, "database": "spi",
                                "user": "inspektorat", "sslmode": "require"}
    assert connection.load_connection() == settings
    assert memory_keyring.secrets == {("spi-desktop", "inspektorat@db.kantor.local:5433/spi"): SECRET}
    assert connection.stored_password(settings) == SECRET


def test_not_remembering_keeps_no_password(memory_keyring: MemoryKeyring) -> None:
    settings = _server()
    connection.save_connection(settings, SECRET, remember=True)
    assert not connection.save_connection(settings, SECRET, remember=False)
    assert connection.stored_password(settings) is None and not memory_keyring.secrets
    assert connection.startup_database_url(None) is None  # the caller asks for the password
    assert connection.load_connection() == settings


def test_another_server_or_the_local_file_drops_the_old_password(memory_keyring: MemoryKeyring) -> None:
    connection.save_connection(_server(), "satu", remember=True)
    connection.save_connection(_server(host="10.0.0.5"), "dua", remember=True)
    assert list(memory_keyring.secrets.values()) == ["dua"]
    connection.forget_connection()
    assert not memory_keyring.secrets
    assert json.loads(connection.config_path().read_text(encoding="utf-8")) == {"engine": "sqlite"}
    assert connection.load_connection() is None and connection.startup_database_url(None) is None


def test_without_a_keyring_the_password_is_asked_for() -> None:
    keyring.set_keyring(fail.Keyring())
    assert not connection.keyring_available()
    settings = _server()
    assert not connection.save_connection(settings, SECRET, remember=True)
    assert connection.load_connection() == settings
    assert connection.stored_password(settings) is None
    assert connection.startup_database_url(None) is None


def test_startup_url_comes_from_the_keyring_unless_db_or_spi_db_says_otherwise(monkeypatch: pytest.MonkeyPatch) -> None:
    connection.save_connection(_server(), SECRET, remember=True)
    url = connection.startup_database_url(None)
    assert url is not None and make_url(url).password == SECRET
    assert connection.startup_database_url("lain.sqlite") is None
    monkeypatch.setenv("SPI_DB", "/tmp/lain.sqlite")
    assert connection.startup_database_url(None) is None


def test_an_unreadable_settings_file_means_the_local_file() -> None:
    connection.config_path().parent.mkdir(parents=True)
    connection.config_path().write_text("{bukan json", encoding="utf-8")
    assert connection.load_connection() is None
    connection.config_path().write_text('{"engine": "postgresql", "host": ""}', encoding="utf-8")
    assert connection.load_connection() is None


def test_special_characters_in_the_password_survive_the_url() -> None:
    url = make_url(connection.connection_url(_server(sslmode="verify-full"), SECRET))
    assert (url.drivername, url.username, url.password, url.host, url.port, url.database) == (
        "postgresql+psycopg", "inspektorat", SECRET, "db.kantor.local", 5433, "spi")
    assert url.query == {"sslmode": "verify-full"}
    assert make_url(connection.connection_url(_server(), "")).password is None


@pytest.mark.parametrize("changes", [{"host": " "}, {"database": ""}, {"user": ""}, {"port": 0},
                                     {"sslmode": "kadang"}])
def test_incomplete_settings_are_refused(changes: dict[str, Any]) -> None:
    from spi_desktop.domain.errors import InputError

    with pytest.raises(InputError):
        _server(**changes)


@pytest.mark.parametrize(("server_text", "expected"), [
    ('connection failed: FATAL:  password authentication failed for user "inspektorat"', "Kata sandi"),
    ('connection failed: FATAL:  database "spi" does not exist', "Basis data 'spi' tidak ada"),
    ('connection failed: FATAL:  role "inspektorat" does not exist', "Pengguna 'inspektorat' tidak dikenal"),
    ('FATAL:  no pg_hba.conf entry for host "10.1.1.2", user "inspektorat", database "spi", no encryption',
     "hanya menerima sambungan terenkripsi"),
    ("server does not support SSL, but SSL was required", "tidak mendukung SSL"),
    ("connection failed: timeout expired", "tidak menjawab dalam 5 detik"),
    ("failed to resolve host 'db.kantor.local': [Errno -2] Name or service not known", "tidak ditemukan"),
])
def test_failures_are_explained_in_indonesian(server_text: str, expected: str) -> None:
    message = connection.explain_error(_server(), SECRET, psycopg.OperationalError(server_text + " " + SECRET))
    assert expected in message and SECRET not in message
    assert "db.kantor.local" in message


def test_connection_to_the_server_reports_version_and_schema(postgres_server: Any) -> None:
    name = f"spi_{uuid.uuid4().hex[:12]}"
    postgres_server.create_database(name)
    settings = ConnectionSettings(host="127.0.0.1", port=postgres_server.port, database=name, user="spi")
    try:
        check = connection.test_connection(settings, "tidak-dipakai")
        assert check.ok and check.schema == connection.SCHEMA_EMPTY and check.server_version
        assert "kosong — akan disiapkan saat dibuka" in check.message
        open_database(connection.connection_url(settings, None)).close()
        check = connection.test_connection(settings, None)
        assert check.ok and check.schema == connection.SCHEMA_CURRENT
        with psycopg.connect(f"host=127.0.0.1 port={postgres_server.port} user=spi dbname={name}",
                             autocommit=True) as conn:
            conn.execute("UPDATE alembic_version SET version_num = '9999'")
        check = connection.test_connection(settings, None)
        assert not check.ok and check.schema == connection.SCHEMA_NEWER
        assert "Skema basis data server lebih baru dari aplikasi ini; perbarui SPI Desktop" in check.message
    finally:
        postgres_server.drop_database(name)


def test_a_wrong_port_or_missing_database_says_so_plainly(postgres_server: Any) -> None:
    wrong_port = ConnectionSettings(host="127.0.0.1", port=1, database="spi", user="spi")
    check = connection.test_connection(wrong_port, SECRET)
    assert not check.ok and check.schema is None
    assert "Server 127.0.0.1:1 menolak sambungan" in check.message and SECRET not in check.message
    missing = ConnectionSettings(host="127.0.0.1", port=postgres_server.port, database="tidak_ada", user="spi")
    check = connection.test_connection(missing, SECRET)
    assert not check.ok and f"Basis data 'tidak_ada' tidak ada di server 127.0.0.1:{postgres_server.port}" in (
        check.message)


def _fill(dialog: Any, port: int, database: str) -> None:
    dialog.server.setChecked(True)
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(port)
    dialog.database.setText(database)
    dialog.user.setText("spi")
    dialog.password.setText(SECRET)


def test_the_dialog_saves_only_what_was_tested(qtbot, postgres_server: Any, memory_keyring: MemoryKeyring) -> None:  # type: ignore[no-untyped-def]
    from spi_desktop.views.settings.connection_dialog import ConnectionDialog

    name = f"spi_{uuid.uuid4().hex[:12]}"
    postgres_server.create_database(name)
    try:
        dialog = ConnectionDialog()
        qtbot.addWidget(dialog)
        assert dialog.local.isChecked() and dialog.save_button.isEnabled() and not dialog.test_button.isEnabled()
        _fill(dialog, postgres_server.port, name)
        assert not dialog.save_button.isEnabled() and dialog.remember.isEnabled() and dialog.remember.isChecked()
        dialog.test_button.click()
        qtbot.waitUntil(lambda: dialog.last_job.done, timeout=15_000)
        assert dialog.save_button.isEnabled() and "kosong" in dialog.outcome.text()
        dialog.database.setText(name + "x")
        assert not dialog.save_button.isEnabled() and not dialog.outcome.text()
        dialog.database.setText(name)
        assert dialog.save_button.isEnabled()  # exactly the tested values again
        dialog.password.setText("lain")
        assert not dialog.save_button.isEnabled()
        dialog.password.setText(SECRET)
        dialog.sslmode.setCurrentIndex(dialog.sslmode.findData("disable"))
        assert not dialog.save_button.isEnabled()
        dialog.test_button.click()
        qtbot.waitUntil(lambda: dialog.last_job.done, timeout=15_000)
        dialog.save_button.click()
        assert dialog.result() == dialog.DialogCode.Accepted
        saved = connection.load_connection()
        assert saved == ConnectionSettings(host="127.0.0.1", port=postgres_server.port, database=name, user="spi",
                                           sslmode="disable")
        assert SECRET not in connection.config_path().read_text(encoding="utf-8")
        assert memory_keyring.secrets == {("spi-desktop", f"spi@127.0.0.1:{postgres_server.port}/{name}"): SECRET}
        assert make_url(dialog.location()).password == SECRET
        again = ConnectionDialog()  # opens on the saved server, the password from the keyring
        qtbot.addWidget(again)
        assert again.server.isChecked() and again.password.text() == SECRET and again.database.text() == name
    finally:
        postgres_server.drop_database(name)


def test_the_dialog_shows_a_failed_test_and_keeps_simpan_off(qtbot, postgres_server: Any) -> None:  # type: ignore[no-untyped-def]
    from spi_desktop.views.settings.connection_dialog import ConnectionDialog

    dialog = ConnectionDialog()
    qtbot.addWidget(dialog)
    _fill(dialog, 1, "spi")
    job = dialog.run_test()
    qtbot.waitUntil(lambda: job.done, timeout=15_000)
    assert "127.0.0.1:1 menolak sambungan" in dialog.outcome.text() and not dialog.save_button.isEnabled()
    dialog.host.setText("")
    assert dialog.run_test() is None and "host" in dialog.outcome.text()


def test_without_a_keyring_the_dialog_says_why_the_box_is_off(qtbot) -> None:  # type: ignore[no-untyped-def]
    from spi_desktop.views.settings.connection_dialog import ConnectionDialog

    keyring.set_keyring(fail.Keyring())
    dialog = ConnectionDialog()
    qtbot.addWidget(dialog)
    assert not dialog.remember.isEnabled() and not dialog.remember.isChecked()
    assert "ditanyakan setiap kali" in dialog.keyring_note.text()


def test_choosing_the_local_file_forgets_the_server(qtbot, memory_keyring: MemoryKeyring) -> None:  # type: ignore[no-untyped-def]
    from spi_desktop.db.session import default_database_path
    from spi_desktop.views.settings.connection_dialog import ConnectionDialog

    connection.save_connection(_server(), SECRET, remember=True)
    dialog = ConnectionDialog()
    qtbot.addWidget(dialog)
    assert dialog.server.isChecked() and not dialog.save_button.isEnabled()
    dialog.local.setChecked(True)
    assert dialog.save_button.isEnabled() and not dialog.server_box.isEnabled()
    dialog.save_button.click()
    assert connection.load_connection() is None and not memory_keyring.secrets
    assert dialog.location() == str(default_database_path())


def test_start_uses_the_saved_server_and_asks_for_a_missing_password(monkeypatch: pytest.MonkeyPatch) -> None:
    from spi_desktop.views.settings import server_password_dialog
    from spi_desktop.views.shell import application

    asked: list[ConnectionSettings] = []
    answer: list[str | None] = [None]

    def ask(settings: ConnectionSettings, _parent: object = None) -> str | None:
        asked.append(settings)
        return answer[0]

    monkeypatch.setattr(server_password_dialog, "ask_server_password", ask)
    assert application.startup_location(None) == (True, None)  # nothing saved: the local file
    connection.save_connection(_server(), SECRET, remember=True)
    go_on, url = application.startup_location(None)
    assert go_on and url is not None and make_url(url).password == SECRET and not asked
    assert application.startup_location("kerja.sqlite") == (True, "kerja.sqlite")
    connection.save_connection(_server(), SECRET, remember=False)
    assert application.startup_location(None) == (False, None) and asked == [_server()]
    assert application.open_startup_database(None) == 0  # cancelling the password question ends the app
    answer[0] = "diketik"
    go_on, url = application.startup_location(None)
    assert go_on and url is not None and make_url(url).password == "diketik"


def test_an_open_failure_is_explained_only_for_the_saved_server(memory_keyring: MemoryKeyring) -> None:
    from sqlalchemy.exc import OperationalError

    from spi_desktop.domain.errors import InputError

    def failure(cause: BaseException | None) -> InputError:
        error = InputError("Tidak dapat membuka basis data.")
        error.__cause__ = cause
        return error

    refused = OperationalError("connect", {}, Exception("connection refused"))
    saved_url = connection.connection_url(_server(), SECRET)
    assert connection.explain_open_failure(saved_url, failure(refused)) == "Tidak dapat membuka basis data."
    connection.save_connection(_server(), SECRET, remember=False)
    assert "Server db.kantor.local:5433 menolak sambungan" in connection.explain_open_failure(saved_url,
                                                                                             failure(refused))
    other_url = connection.connection_url(_server(host="lain.local"), SECRET)
    assert connection.explain_open_failure(other_url, failure(refused)) == "Tidak dapat membuka basis data."
    assert connection.explain_open_failure(saved_url, failure(None)) == "Tidak dapat membuka basis data."
    assert connection.explain_open_failure("kerja.sqlite", failure(refused)) == "Tidak dapat membuka basis data."


def test_a_failing_saved_server_offers_the_connection_dialog(answered_prompts, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
                                                             tmp_path: Path) -> None:
    from spi_desktop.views.shell import application

    connection.save_connection(_server(host="127.0.0.1", port=1), SECRET, remember=True)
    answered_prompts.choice_answer = None
    assert application.open_startup_database(None) == 2
    assert "Server 127.0.0.1:1 menolak sambungan" in answered_prompts.choices[0]
    assert SECRET not in answered_prompts.choices[0]
    answered_prompts.choice_answer = "change"
    monkeypatch.setattr(application, "_ask_connection", lambda: str(tmp_path / "lokal.sqlite"))
    database = application.open_startup_database(None)
    assert not isinstance(database, int) and database.path == tmp_path / "lokal.sqlite"
    database.close()


def test_settings_page_switches_the_window_to_another_database(qtbot, main_window, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                               answered_prompts) -> None:
    shell = main_window.shell
    form = main_window.settings.connection
    assert form.change.isEnabled() and "Berkas lokal" in form.saved.text()
    other = tmp_path / "lain.sqlite"
    job = form.reopen(str(other))
    qtbot.waitUntil(lambda: job.done, timeout=20_000)
    qtbot.waitUntil(lambda: len(shell.windows) > 1)
    replacement = shell.windows[-1]
    qtbot.addWidget(replacement)
    assert replacement.context.database.path == other and not main_window.isVisible()
    shell.close_all()
