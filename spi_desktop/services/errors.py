"""Turn any error a use case can raise into one clear Indonesian sentence for the user.

Bad input (``InputError``) speaks for itself; database, driver and file errors are named plainly,
so neither the CLI nor the GUI ever shows a Python traceback.
"""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError, NoSuchModuleError, OperationalError, SQLAlchemyError
from sqlalchemy.orm.exc import StaleDataError

from spi_desktop.db.session import ClosedWorkspaceError
from spi_desktop.domain.errors import InputError


def user_message(error: BaseException) -> str:
    """What to tell the user about ``error``."""
    if isinstance(error, InputError):
        return str(error)
    if isinstance(error, StaleDataError):  # an import or batch edit met a row someone else saved meanwhile
        return ("Sebagian data baru saja diubah pengguna lain, jadi tidak ada yang disimpan. Muat ulang data "
                "terbaru lalu ulangi.")
    if isinstance(error, OperationalError) and "locked" in str(error.orig).lower():
        return "Basis data sedang dipakai proses lain (terkunci). Tunggu sebentar lalu coba lagi."
    if isinstance(error, ClosedWorkspaceError):  # a job of a window whose workspace was reset or replaced
        return ("Ruang kerja ini sudah ditutup (misalnya karena data pelatihan sedang direset), jadi pekerjaan "
                "ini dihentikan. Buka lagi ruang kerjanya lalu ulangi.")
    if isinstance(error, NoSuchModuleError | ModuleNotFoundError | ImportError):
        return f"Jenis basis data ini tidak didukung atau drivernya belum terpasang ({error})."
    if isinstance(error, DBAPIError):
        return f"Basis data menolak perintah: {str(error.orig).strip().splitlines()[0]}"
    if isinstance(error, SQLAlchemyError):
        return f"Kesalahan basis data: {error.__class__.__name__}: {error}"
    if isinstance(error, OSError):
        where = f" ({error.filename})" if error.filename else ""
        return f"Berkas tidak dapat dipakai{where}: {error.strerror or error}"
    return f"Terjadi kesalahan tak terduga ({error.__class__.__name__}): {error}"
