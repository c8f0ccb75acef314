"""Shared fixtures: offscreen Qt, a fresh workspace database per test, answered prompts."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything loads Qt

from collections.abc import Iterator  # noqa: E402
from contextlib import contextmanager  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import pytest  # noqa: E402

from spi_desktop.db.session import Database  # noqa: E402
from spi_desktop.services.database import open_database  # noqa: E402
from spi_desktop.services.demo import build_demo  # noqa: E402


def on_postgresql() -> bool:
    """Whether this run puts the workspaces of the tests on the test PostgreSQL server (SPI_TEST_ENGINE)."""
    return os.environ.get("SPI_TEST_ENGINE") == "postgresql"


def pytest_report_header(config: pytest.Config) -> str:
    """Say at the top of the run which engine the workspaces are on (CI shows both passes)."""
    if on_postgresql():
        return "workspace database: PostgreSQL (a server the tests start themselves; SPI_TEST_ENGINE=postgresql)"
    return "workspace database: SQLite (set SPI_TEST_ENGINE=postgresql for the PostgreSQL server)"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only(reason): about SQLite files by nature; skipped, giving the reason, on PostgreSQL")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        marker = item.get_closest_marker("sqlite_only")
        if marker is None:
            continue
        reason = marker.args[0] if marker.args else marker.kwargs.get("reason", "")
        if not reason:
            raise pytest.UsageError(f"{item.nodeid}: sqlite_only needs a reason")
        if on_postgresql():  # a skip mark (not pytest.skip in setup) so the report names the test's own line
            item.add_marker(pytest.mark.skip(reason=f"SQLite only: {reason}"))


LAPTOP_SCREEN = Path(__file__).parent / "support" / "laptop_screen.json"
"""The screen the GUI tests run on: 1366×768 with Windows' 40 px taskbar, i.e. 1366×728 available."""


@pytest.fixture(scope="session")
def qapp_args() -> list[str]:
    """pytest-qt's QApplication on the offscreen platform gets one screen the size of the users' laptops without
    their taskbar (the plugin's own screen is 800×600), so every window is sized by the code the app runs."""
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        return ["pytest-qt-qapp", "-platform", f"offscreen:configfile={LAPTOP_SCREEN}"]
    return ["pytest-qt-qapp"]


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where this test's workspace file lives."""
    return tmp_path / "workspace.sqlite"


@contextmanager
def _settings_under(folder: Path) -> Iterator[None]:
    """The settings folders kept under ``folder`` while a session fixture builds (it has no isolated_settings)."""
    with pytest.MonkeyPatch.context() as patch:
        for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            patch.setenv(variable, str(folder / variable.lower()))
        patch.delenv("SPI_DB", raising=False)
        patch.delenv("SPI_LANG", raising=False)
        yield


def copy_sqlite(source: Path, target: Path) -> None:
    """Copy a closed SQLite workspace file (with its -wal/-shm if any are left)."""
    import shutil

    for suffix in ("", "-wal", "-shm"):
        part = source.with_name(source.name + suffix)
        if part.exists():
            shutil.copyfile(part, target.with_name(target.name + suffix))


@pytest.fixture(scope="session")
def sqlite_templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A migrated workspace with the default survey years ("empty") and the same with the demo kabupaten
    ("demo"), each made once and copied for every test: a copy opens in 0.03 s where migrating a new file takes
    0.3 s and building the demo 0.5 s more."""
    folder = tmp_path_factory.mktemp("templates")
    empty, demo = folder / "empty.sqlite", folder / "demo.sqlite"
    with _settings_under(folder):
        open_database(empty).close()
        copy_sqlite(empty, demo)
        db = open_database(demo)
        build_demo(db)
        db.close()
    return {"empty": empty, "demo": demo}


def _wants_demo(request: pytest.FixtureRequest) -> bool:
    """Whether this test asked (directly or through another fixture) for the demo workspace."""
    return "demo_database" in request.fixturenames


@pytest.fixture
def database(request: pytest.FixtureRequest, db_path: Path) -> Iterator[Database]:
    """A new, migrated workspace with the default survey years (on PostgreSQL with SPI_TEST_ENGINE=postgresql),
    already holding the demo kabupaten when the test also asks for ``demo_database`` (the same workspace)."""
    if on_postgresql():
        yield request.getfixturevalue("pg_database")
        return
    templates = request.getfixturevalue("sqlite_templates")
    copy_sqlite(templates["demo" if _wants_demo(request) else "empty"], db_path)
    db = open_database(db_path)
    yield db
    db.close()


@pytest.fixture
def db_arg(request: pytest.FixtureRequest, db_path: Path) -> Iterator[str]:
    """The command line's ``--db`` value for this test's workspace.

    On SQLite the file ``database`` uses (the command line creates it when the test has no ``database``). On
    PostgreSQL the URL of the ``database`` fixture's database when the test uses it, else a new, empty database
    on the test server, which the command line migrates as it would a new file.
    """
    if not on_postgresql():
        yield str(db_path)
        return
    if "database" in request.fixturenames:
        yield request.getfixturevalue("database").url
        return
    import uuid

    server, name = request.getfixturevalue("postgres_server"), f"spi_{uuid.uuid4().hex[:12]}"
    yield server.create_database(name)
    server.drop_database(name)


@pytest.fixture
def demo_database(database: Database) -> Database:
    """The demo kabupaten with its 40 OPD (``database`` is made from a copy of it, see there)."""
    from spi_desktop.services.workspace import get_workspace

    if get_workspace(database) is None:  # asked for through getfixturevalue: ``database`` was made empty
        build_demo(database)
    return database


@dataclass
class AnsweredPrompts:
    """What the app asked the user, and the answers tests give."""

    infos: list[tuple[str, str]] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)
    open_file_answer: str | None = None
    confirm_answer: bool = True
    choice_answer: str | None = None
    choices: list[str] = field(default_factory=list)  # the texts of the questions asked
    save_file_answer: str | None = None
    folder_answer: str | None = None
    print_to: Path | None = None  # where a print goes (as PDF); None cancels the print dialog
    text_answer: str | None = None  # what ask_text returns (None: the user cancelled)
    texts: list[str] = field(default_factory=list)  # the labels of the texts asked for
    secret_answer: str | None = None  # what ask_secret returns (a passphrase; '' none; None cancelled)


@pytest.fixture
def answered_prompts(monkeypatch: pytest.MonkeyPatch) -> AnsweredPrompts:
    """Replace message boxes and file pickers so GUI tests never block."""
    from spi_desktop.views.prompts import prompts

    answers = AnsweredPrompts()
    monkeypatch.setattr(prompts, "info", lambda _p, title, text: answers.infos.append((title, text)))
    monkeypatch.setattr(prompts, "error", lambda _p, title, text: answers.errors.append((title, text)))
    monkeypatch.setattr(prompts, "crash", lambda _p, title, text, *_details: answers.errors.append((title, text)))
    monkeypatch.setattr(prompts, "confirm", lambda *_a: answers.confirm_answer)
    monkeypatch.setattr(prompts, "open_file", lambda *_a: answers.open_file_answer)

    def choose(_parent: object, _title: str, text: str, _options: object, cancel_text: str | None = None) -> str | None:
        answers.choices.append(text)
        return answers.choice_answer

    monkeypatch.setattr(prompts, "choose", choose)
    monkeypatch.setattr(prompts, "save_file", lambda *_a: answers.save_file_answer)
    monkeypatch.setattr(prompts, "choose_folder", lambda *_a: answers.folder_answer)

    def ask_text(_parent: object, _title: str, label: str, _text: str = "") -> str | None:
        answers.texts.append(label)
        return answers.text_answer

    monkeypatch.setattr(prompts, "ask_text", ask_text)
    monkeypatch.setattr(prompts, "ask_secret", lambda *_a, **_k: answers.secret_answer)

    def print_setup(_parent: object, printer: Any) -> bool:
        if answers.print_to is None:
            return False
        from PySide6.QtPrintSupport import QPrinter

        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(answers.print_to))
        return True

    monkeypatch.setattr(prompts, "print_setup", print_setup)
    return answers


@pytest.fixture(autouse=True)
def messages_never_block(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """In a GUI test, a message box nobody answers (an unexpected error or notice) is recorded instead of waiting
    for a click that never comes; ``answered_prompts`` replaces this where a test expects the box."""
    shown: list[tuple[str, str]] = []
    if "qtbot" not in request.fixturenames:
        return shown
    from spi_desktop.views.prompts import prompts

    monkeypatch.setattr(prompts, "error", lambda _p, title, text: shown.append((title, text)))
    monkeypatch.setattr(prompts, "info", lambda _p, title, text: shown.append((title, text)))
    monkeypatch.setattr(prompts, "crash", lambda _p, title, text, *_details: shown.append((title, text)))
    return shown


@pytest.fixture
def english(qapp: Any) -> Iterator[None]:
    """The display language is English for the test, Indonesian again afterwards."""
    from spi_desktop.views.language import install_language, remove_language

    assert install_language(qapp, "en") is not None
    try:
        yield
    finally:
        remove_language(qapp)


@pytest.fixture(autouse=True)
def language_restored(request: pytest.FixtureRequest) -> Iterator[None]:
    """A GUI test that switches the window language leaves it as it found it: later tests (and the dates and
    texts they read) never depend on which test ran before."""
    if "qtbot" not in request.fixturenames:
        yield
        return
    from PySide6.QtWidgets import QApplication

    from spi_desktop.views.language import current_language, install_language, remove_language

    before = current_language()
    yield
    if current_language() != before:
        app = QApplication.instance()
        assert app is not None
        if before == "id":
            remove_language(app)
        else:
            install_language(app, before)


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep QSettings, the default database and written-out evidence out of the real user folders."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))  # the crash log
    monkeypatch.delenv("SPI_DB", raising=False)
    monkeypatch.delenv("SPI_LANG", raising=False)


@pytest.fixture(autouse=True, scope="session")
def gui_thread_garbage_collection() -> Iterator[None]:
    """As in the app (views/shell/gui_gc.py): cycles are collected on the main thread only, here after each
    test, never by a worker thread that happens to allocate (Qt crashes when it deletes objects there)."""
    import gc

    gc.disable()
    yield
    gc.unfreeze()  # what the per-test freeze set aside is collected once at the end (see collect_on_main_thread)
    gc.collect()
    gc.enable()


@pytest.fixture(autouse=True)
def collect_on_main_thread() -> Iterator[None]:
    """Collect the test's cyclic garbage on the main thread once its jobs are done.

    What survives is then frozen (moved out of the collector's sight; reference counting still frees it), so the
    next test's collection looks only at what that test made: without it each collection walked the whole heap of
    the session so far, and teardowns grew to seconds late in the run."""
    yield
    import gc

    gc.collect()
    gc.freeze()


@pytest.fixture(autouse=True)
def no_leftover_jobs() -> Iterator[None]:
    """Every background job a test started is finished (or cancelled) before the next test."""
    yield
    import sys

    if "spi_desktop.views.workers" in sys.modules:
        from spi_desktop.views.workers import shutdown_workers

        assert shutdown_workers(), "a background job did not stop when cancelled"


@pytest.fixture(autouse=True)
def no_leaked_windows(request: pytest.FixtureRequest) -> Iterator[None]:
    """A GUI test (one using qtbot) fails when it leaves a top-level window open (as napari's
    _find_dangling_widgets): a window left behind keeps its pages, their jobs and its database alive."""
    if "qtbot" not in request.fixturenames:
        yield
        return
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    def visible() -> set[Any]:
        return {w for w in QApplication.topLevelWidgets() if w.isVisible()}

    before = visible()
    yield
    # The widgets qtbot closed are deleted now, and the dialogs they own with them; no event loop runs
    # between tests to do it.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    leaked = visible() - before
    for window in leaked:  # closed, so the next test starts with none
        window.close()
    assert not leaked, "top-level windows left open: " + ", ".join(
        sorted(f"{type(w).__name__} '{w.windowTitle()}'" for w in leaked))


@pytest.fixture
def shell(qtbot) -> Iterator[Any]:  # type: ignore[no-untyped-def]
    """The window shell a test's main windows are opened through, as in the app."""
    from spi_desktop.views.shell.windows import Windows

    windows = Windows()
    yield windows
    windows.close_all()


def open_window(qtbot, shell: Any, database: Database, timeout: int = 10_000) -> Any:  # type: ignore[no-untyped-def]
    """A main window on ``database`` opened as the app opens its first one (its header read in the background)."""
    job = shell.open(database, first=True)
    qtbot.waitUntil(lambda: job.done, timeout=timeout)
    window = shell.windows[-1]
    qtbot.addWidget(window)
    return window


@pytest.fixture
def main_window(qtbot, shell, demo_database: Database, answered_prompts: AnsweredPrompts):  # type: ignore[no-untyped-def]
    """The main window on the demo workspace."""
    window = open_window(qtbot, shell, demo_database)
    yield window
    # Closed before the database goes (its teardown comes later): a page's late answer must never reach a
    # workspace that is gone (on PostgreSQL the test's database is dropped).
    from PySide6.QtWidgets import QApplication

    from spi_desktop.views.workers import shutdown_workers

    window.close()
    shutdown_workers()
    QApplication.processEvents()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[Any]:
    """A PostgreSQL server of its own for the session (skipped, saying why, where none is installed)."""
    from tests.support.postgres_server import PostgresServer, server_binaries

    binaries = server_binaries()
    if binaries is None:
        pytest.skip("PostgreSQL is not installed (Debian: apt-get install postgresql); the SQLite tests still ran")
    server = PostgresServer(binaries)
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def pg_template(postgres_server: Any) -> str:
    """A migrated workspace with the default survey years, copied for each test: CREATE DATABASE … TEMPLATE is
    twice as fast as migrating every test's database (0.27 s against 0.58 s)."""
    name = "spi_template"
    open_database(postgres_server.create_database(name)).close()  # closed: a template must have no connections
    return name


@pytest.fixture(scope="session")
def pg_demo_template(postgres_server: Any, pg_template: str, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The same with the demo kabupaten, for the tests that ask for ``demo_database``."""
    name = "spi_demo_template"
    with _settings_under(tmp_path_factory.mktemp("pg_demo")):
        db = open_database(postgres_server.create_database(name, template=pg_template))
        build_demo(db)
        db.close()
    return name


@pytest.fixture
def pg_database(request: pytest.FixtureRequest, postgres_server: Any, pg_template: str) -> Iterator[Database]:
    """A new, migrated workspace in a database of its own on the test PostgreSQL server (the demo one when the
    test asks for ``demo_database``)."""
    import uuid

    template = request.getfixturevalue("pg_demo_template") if _wants_demo(request) else pg_template
    name = f"spi_{uuid.uuid4().hex[:12]}"
    db = open_database(postgres_server.create_database(name, template=template))
    yield db
    db.close()
    postgres_server.drop_database(name)


def _built_demo(db: str, folder: Path) -> None:
    """`spi --db DB demo`, with the settings folders kept under ``folder`` (a session fixture has no
    isolated_settings of its own)."""
    import io
    from contextlib import redirect_stderr, redirect_stdout

    from spi_desktop.cli import main

    out, err = io.StringIO(), io.StringIO()
    with _settings_under(folder), redirect_stdout(out), redirect_stderr(err):
        code = main(["--db", db, "demo"])
    assert code == 0, err.getvalue()


CORPUS_TEMPLATE = "spi_corpus_demo"


@pytest.fixture(scope="session")
def demo_template(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The demo workspace built once for the corpora, copied for every file: a SQLite file, or on PostgreSQL a
    template database (CREATE DATABASE … TEMPLATE). Defined here, once, so both corpora share it."""
    folder = tmp_path_factory.mktemp("corpus_demo")
    if not on_postgresql():
        _built_demo(str(folder / "demo.sqlite"), folder)
        return str(folder / "demo.sqlite")
    import psycopg

    server = request.getfixturevalue("postgres_server")
    _built_demo(server.create_database(CORPUS_TEMPLATE), folder)
    with psycopg.connect(f"host=127.0.0.1 port={server.port} user=spi dbname=postgres", autocommit=True) as conn:
        conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s "
                     "AND pid <> pg_backend_pid()", (CORPUS_TEMPLATE,))  # a template must have no connections
    return CORPUS_TEMPLATE


@pytest.fixture
def workspace(request: pytest.FixtureRequest, tmp_path: Path, demo_template: str) -> Iterator[str]:
    """A fresh copy of the corpora's demo workspace for this test; the --db value."""
    if not on_postgresql():
        target = tmp_path / "workspace.sqlite"
        copy_sqlite(Path(demo_template), target)
        yield str(target)
        return
    import uuid

    server, name = request.getfixturevalue("postgres_server"), f"spi_corpus_{uuid.uuid4().hex[:12]}"
    yield server.create_database(name, template=demo_template)
    server.drop_database(name)
