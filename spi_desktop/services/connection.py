"""This PC's database connection: a local SQLite file or a shared PostgreSQL server.

The choice lives in ``koneksi.json`` in the user's config folder (``$SPI_CONFIG_DIR`` overrides it); the
server password never goes there: it is kept in the OS keyring when one is available, else asked at each start.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import URL, create_engine, inspect, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from spi_desktop.db.migrate import head_revision, is_known_revision
from spi_desktop.db.session import APP_NAME
from spi_desktop.domain.errors import InputError

CONFIG_FILENAME = "koneksi.json"
KEYRING_SERVICE = "spi-desktop"
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
CONNECT_TIMEOUT_S = 5

# Schema states a connection test reports ("foreign": tables, but no SPI Desktop schema revision).
SCHEMA_EMPTY, SCHEMA_CURRENT, SCHEMA_OLDER = "empty", "current", "older"
SCHEMA_NEWER, SCHEMA_FOREIGN = "newer", "foreign"


@dataclass(frozen=True, kw_only=True)
class ConnectionSettings:
    """Where the PostgreSQL server is and who signs in to it (the password is kept apart)."""

    host: str
    port: int = 5432
    database: str
    user: str
    sslmode: str = "prefer"

    def __post_init__(self) -> None:
        if not self.host.strip():
            raise InputError("Isi host server PostgreSQL (nama atau alamat IP)")
        if not self.database.strip():
            raise InputError("Isi nama basis data")
        if not self.user.strip():
            raise InputError("Isi nama pengguna basis data")
        if not 1 <= self.port <= 65535:
            raise InputError("Port harus 1 sampai 65535")
        if self.sslmode not in SSL_MODES:
            raise InputError(f"Mode SSL '{self.sslmode}' tidak dikenal")

    @property
    def where(self) -> str:
        """host:port/database, for messages."""
        return f"{self.server}/{self.database}"

    @property
    def server(self) -> str:
        """host:port (an IPv6 address in brackets)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"

    @property
    def keyring_user(self) -> str:
        """The key the password is filed under in the keyring: user@host:port/database."""
        return f"{self.user}@{self.where}"


@dataclass(frozen=True)
class ConnectionCheck:
    """The outcome of trying a connection: whether it may be used, and one Indonesian sentence why."""

    ok: bool
    message: str
    server_version: str | None = None
    schema: str | None = None  # SCHEMA_EMPTY, SCHEMA_CURRENT, …; None when no connection was made


def config_dir() -> Path:
    """The per-PC folder holding ``koneksi.json``."""
    return Path(os.environ.get("SPI_CONFIG_DIR") or platformdirs.user_config_dir(APP_NAME, appauthor=False))


def config_path() -> Path:
    """The connection settings file."""
    return config_dir() / CONFIG_FILENAME


def load_connection() -> ConnectionSettings | None:
    """The saved PostgreSQL connection, or None (local file chosen, nothing saved, or an unreadable file)."""
    try:
        data = json.loads(config_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("engine") != "postgresql":
        return None
    try:
        return ConnectionSettings(host=str(data["host"]), database=str(data["database"]), user=str(data["user"]),
                                  port=int(data.get("port", 5432)), sslmode=str(data.get("sslmode", "prefer")))
    except (KeyError, TypeError, ValueError, InputError):
        return None


def save_connection(settings: ConnectionSettings, password: str, remember: bool) -> bool:
    """Use this PostgreSQL server from now on; with ``remember`` (and a keyring) keep the password there.

    Returns whether the password was stored. Any password kept for the previous connection is removed.
    """
    previous = load_connection()
    stored = False
    if remember and keyring_available():
        _keyring_call("set_password", KEYRING_SERVICE, settings.keyring_user, password)
        stored = True
    else:
        _forget_password(settings)
    if previous is not None and previous.keyring_user != settings.keyring_user:
        _forget_password(previous)
    _write({"engine": "postgresql", "host": settings.host, "port": settings.port, "database": settings.database,
            "user": settings.user, "sslmode": settings.sslmode})
    return stored


def forget_connection() -> None:
    """Go back to the local SQLite file; the saved server password is removed from the keyring."""
    previous = load_connection()
    if previous is not None:
        _forget_password(previous)
    _write({"engine": "sqlite"})


def _write(data: dict[str, Any]) -> None:
    path = config_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(path.name + ".baru")
        temporary.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
        os.replace(temporary, path)
    except OSError as error:
        raise InputError(f"Pengaturan koneksi tidak dapat disimpan di {path}: {error.strerror or error}") from error


def keyring_available() -> bool:
    """Whether a real OS keyring backend is there (not keyring's "fail" or "null" stand-ins)."""
    try:
        import keyring
        from keyring.backends import fail, null
    except ImportError:
        return False
    try:
        backend = keyring.get_keyring()
        return not isinstance(backend, fail.Keyring | null.Keyring) and float(backend.priority) > 0
    except Exception:  # a broken backend counts as none
        return False


def stored_password(settings: ConnectionSettings) -> str | None:
    """The password kept in the keyring for ``settings``, or None (none kept, or no keyring)."""
    if not keyring_available():
        return None
    try:
        value = _keyring_call("get_password", KEYRING_SERVICE, settings.keyring_user)
    except InputError:
        return None  # a locked or broken keyring: the password is then asked for
    return value if isinstance(value, str) else None


def _forget_password(settings: ConnectionSettings) -> None:
    if not keyring_available():
        return
    with contextlib.suppress(InputError):  # nothing was stored under that key
        _keyring_call("delete_password", KEYRING_SERVICE, settings.keyring_user)


def _keyring_call(name: str, *args: str) -> Any:
    import keyring
    from keyring.errors import KeyringError

    try:
        return getattr(keyring, name)(*args)
    except KeyringError as error:
        raise InputError(f"Keyring sistem menolak: {error}") from error


def connection_url(settings: ConnectionSettings, password: str | None) -> str:
    """The SQLAlchemy URL (password included, escaped) to hand to ``open_database``."""
    url = URL.create("postgresql+psycopg", username=settings.user, password=password or None, host=settings.host,
                     port=settings.port, database=settings.database, query={"sslmode": settings.sslmode})
    return url.render_as_string(hide_password=False)


def startup_database_url(explicit: str | None) -> str | None:
    """The saved server's URL when the app starts without --db and $SPI_DB and its password is in the keyring.

    None otherwise: the caller then opens --db / $SPI_DB / the local file, or asks for the server password
    when ``load_connection()`` names a server.
    """
    if explicit or os.environ.get("SPI_DB"):
        return None
    settings = load_connection()
    if settings is None:
        return None
    password = stored_password(settings)
    return None if password is None else connection_url(settings, password)


def test_connection(settings: ConnectionSettings, password: str | None) -> ConnectionCheck:
    """Connect (at most 5 s), read the server version and the workspace schema revision."""
    from alembic.runtime.migration import MigrationContext  # here, not at import: it is slow to load at start

    engine = create_engine(connection_url(settings, password), connect_args={"connect_timeout": CONNECT_TIMEOUT_S},
                           hide_parameters=True, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            version = str(connection.exec_driver_sql("SHOW server_version").scalar() or "").split(" ")[0]
            revision = MigrationContext.configure(connection).get_current_revision()
            has_tables = bool(inspect(connection).get_table_names())
    except Exception as error:
        return ConnectionCheck(False, explain_error(settings, password, error))
    finally:
        engine.dispose()
    return _schema_check(settings, version, revision, has_tables)


def _schema_check(settings: ConnectionSettings, version: str, revision: str | None,
                  has_tables: bool) -> ConnectionCheck:
    reached = f"Tersambung ke {settings.where} (PostgreSQL {version})."
    if revision is None and not has_tables:
        return ConnectionCheck(True, f"{reached} Basis data kosong — akan disiapkan saat dibuka.", version,
                               SCHEMA_EMPTY)
    if revision is None:
        return ConnectionCheck(False, f"{reached} Basis data ini sudah berisi tabel lain, bukan ruang kerja SPI "
                                      "Desktop. Pilih basis data kosong atau basis data SPI Desktop.",
                               version, SCHEMA_FOREIGN)
    if not is_known_revision(revision):
        return ConnectionCheck(False, f"{reached} Skema basis data server lebih baru dari aplikasi ini; "
                                      "perbarui SPI Desktop sebelum memakainya.", version, SCHEMA_NEWER)
    if revision == head_revision():
        return ConnectionCheck(True, f"{reached} Ruang kerja SPI Desktop dengan skema yang sama dengan aplikasi "
                                     "ini.", version, SCHEMA_CURRENT)
    return ConnectionCheck(True, f"{reached} Ruang kerja dengan skema versi lama — akan diperbarui saat dibuka.",
                           version, SCHEMA_OLDER)


def explain_error(settings: ConnectionSettings, password: str | None, error: BaseException) -> str:
    """One clear Indonesian sentence for a failed connection, naming host:port/database, never the password."""
    original = error.orig if isinstance(error, DBAPIError) and error.orig is not None else error
    text = str(original).strip()
    if password:
        text = text.replace(password, "***")
    lowered = text.lower()
    where, server, user = settings.where, settings.server, settings.user
    for needles, message in (
        (("failed to resolve host", "could not translate host name", "name or service not known",
          "nodename nor servname"),
         f"Host '{settings.host}' tidak ditemukan. Periksa nama server atau alamat IP-nya."),
        (("connection refused",),
         f"Server {server} menolak sambungan: PostgreSQL tidak berjalan di port itu atau tidak menerima sambungan "
         "dari jaringan. Periksa host dan port."),
        (("timeout expired", "timed out"),
         f"Server {server} tidak menjawab dalam {CONNECT_TIMEOUT_S} detik. Periksa host, port, jaringan dan "
         "firewall."),
        (("password authentication failed",),
         f"Kata sandi pengguna '{user}' ditolak oleh server {where}. Periksa nama pengguna dan kata sandi."),
        (("no password supplied",),
         f"Server {where} meminta kata sandi untuk pengguna '{user}'. Isi kata sandinya."),
        ((f'role "{user.lower()}" does not exist',),
         f"Pengguna '{user}' tidak dikenal di server {server}. Periksa nama pengguna."),
        ((f'database "{settings.database.lower()}" does not exist',),
         f"Basis data '{settings.database}' tidak ada di server {server}. Periksa namanya atau minta admin "
         "server membuatnya."),
        (("ssl off", "no encryption"),
         f"Server {where} hanya menerima sambungan terenkripsi (SSL). Pilih mode SSL 'require' atau yang lebih "
         "ketat."),
        (("server does not support ssl",),
         f"Server {server} tidak mendukung SSL, padahal mode SSL '{settings.sslmode}' mewajibkannya. Pilih mode "
         "'prefer' atau minta admin server menyalakan SSL."),
        (("root certificate", "certificate verify failed", "does not match host name"),
         f"Sertifikat SSL server {server} tidak dapat dipastikan (mode '{settings.sslmode}'). Pasang sertifikat "
         "akar server di PC ini atau pilih mode 'require'."),
        (("no pg_hba.conf entry",),
         f"Server {where} tidak mengizinkan sambungan dari PC ini untuk pengguna '{user}' (pg_hba.conf). Minta "
         "admin server menambahkan izin."),
        (("permission denied",),
         f"Pengguna '{user}' tidak diizinkan memakai basis data {where}. Minta admin server memberi hak akses."),
    ):
        if any(needle in lowered for needle in needles):
            return message
    first_line = text.splitlines()[0] if text else original.__class__.__name__
    return f"Tidak dapat tersambung ke {where}: {first_line}"


def explain_open_failure(location: str | None, error: InputError) -> str:
    """Why opening ``location`` failed: open_database's message, or for the server saved on this PC a plainer
    sentence naming host:port/database (see ``explain_error``)."""
    settings = load_connection()
    cause = error.__cause__
    if settings is None or not location or "://" not in location or not isinstance(cause, DBAPIError):
        return str(error)
    typed = make_url(location).password
    password = None if typed is None else str(typed)
    if location != connection_url(settings, password):
        return str(error)  # another server than the saved one
    return explain_error(settings, password, cause)
