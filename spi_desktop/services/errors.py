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
    """What to tell the user about ``error`` (an unexpected one named by its kind and text, for the CLI's
    technical users; a window words it without them, see ``views.errors``)."""
    known = known_message(error)
    return known if known is not None else f"Terjadi kesalahan tak terduga ({error.__class__.__name__}): {error}"


def unexpected(error: BaseException) -> bool:
    """True for an error no rule of ``known_message`` words: a fault of the program, for its crash log."""
    return known_message(error) is None


def known_message(error: BaseException) -> str | None:
    """The sentence for an error the program expects (bad input, a busy or refusing database, a file that
    cannot be used); None for any other."""
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
    return None
