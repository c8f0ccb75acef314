"""One running SPI Desktop per user: a second start hands over to the first and ends.

The first start listens on a ``QLocalServer`` whose name is made from the user name and a hash of the user's data
folder (a Unix socket on Linux, a named pipe on Windows, where pipes are machine-wide and so must carry the user);
the server accepts only this user's connections. A later start connects to it, asks it to bring its window
forward, and exits 0 before any database is opened. A socket file left behind by a crashed first start answers no
one: the later start removes it (``QLocalServer.removeServer``) and becomes the first.

A second start with ``--db`` does not open that workspace in a second window. Two windows of one program on two
workspaces, each with its own sign-in, backups and background jobs, is what one instance is meant to prevent, and
the running window already switches workspace through Pengaturan › Koneksi basis data (after asking who signs
in). So the request carries the location asked for; the running window comes forward and, when that location is
not the workspace it shows, says that SPI Desktop is already open and where to switch. The message appears in the
running window, not the exiting one: on Windows a GUI start has no console to print to, and the second process
must end at once rather than wait for a click.
"""

from __future__ import annotations

import getpass
import hashlib
import os
import re
import sys

import platformdirs
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

SERVER_PREFIX = "spi-desktop"
DATA_FOLDER_NAME = "spi-desktop"  # the platformdirs name of the workspaces' folder (db/session.APP_NAME)
CONNECT_MS = 500  # a live first start answers within milliseconds; a stale socket refuses at once
SEND_MS = 1000


def server_name(user: str | None = None, data_folder: str | None = None) -> str:
    """The per-user server name: readable user part plus a short hash of user and data folder.

    Kept short and to [A-Za-z0-9_-]: Unix socket paths are limited to about 100 characters."""
    user = user if user is not None else _user_name()
    folder = data_folder if data_folder is not None else platformdirs.user_data_dir(DATA_FOLDER_NAME, appauthor=False)
    digest = hashlib.sha256(f"{user}\n{os.path.normcase(folder)}".encode()).hexdigest()[:16]
    readable = re.sub(r"[^A-Za-z0-9_-]", "_", user)[:24]
    return f"{SERVER_PREFIX}-{readable}-{digest}"


def _user_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (a container without a passwd entry)
        return str(os.getuid()) if hasattr(os, "getuid") else "user"


def _let_the_running_one_come_forward() -> None:
    """On Windows only the foreground process may put a window in front; the start the user just clicked is it,
    so it lends that right on (else the running window merely flashes in the taskbar)."""
    if sys.platform == "win32":
        import ctypes

        asfw_any = -1
        ctypes.windll.user32.AllowSetForegroundWindow(asfw_any)  # type: ignore[attr-defined]


def requested_location(db: str | None) -> str:
    """What to send for ``--db``: a path made absolute (the running start has another working folder), a URL as
    is, "" for none."""
    if not db:
        return ""
    return db if "://" in db else os.path.abspath(os.path.expanduser(db))


class SingleInstance(QObject):
    """Claims the per-user server; ``raise_requested(location)`` fires when a later start asks for the window
    (``location``: that start's ``--db``, absolute, or "")."""

    raise_requested = Signal(str)

    def __init__(self, name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name or server_name()
        self.server: QLocalServer | None = None

    def claim(self, location: str = "") -> bool:
        """True when this start is the first (it now listens); False after asking the running one to come forward
        with ``location``."""
        if self._ask_running(location):
            return False
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            # Either a stale socket file, or another start won the race between our connect and listen.
            if self._ask_running(location):
                return False
            QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                return True  # no single instance this time rather than no program
        server.newConnection.connect(self._accept)
        self.server = server
        return True

    def close(self) -> None:
        """Stop listening (removes the socket file on Unix)."""
        if self.server is not None:
            self.server.close()
            self.server.deleteLater()
            self.server = None

    def _ask_running(self, location: str) -> bool:
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(CONNECT_MS):
            return False
        _let_the_running_one_come_forward()
        socket.write(f"raise\n{location}\n".encode())
        socket.waitForBytesWritten(SEND_MS)
        socket.disconnectFromServer()
        if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            socket.waitForDisconnected(SEND_MS)
        return True

    def _accept(self) -> None:
        assert self.server is not None
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.setParent(self)
            buffer = bytearray()
            socket.readyRead.connect(lambda s=socket, b=buffer: b.extend(bytes(s.readAll().data())))
            socket.disconnected.connect(lambda s=socket, b=buffer: self._received(s, b))
            socket.errorOccurred.connect(lambda error, s=socket, b=buffer: self._failed(error, s, b))

    def _failed(self, error: QLocalSocket.LocalSocketError, socket: QLocalSocket, buffer: bytearray) -> None:
        if error == QLocalSocket.LocalSocketError.PeerClosedError:
            return  # the usual end of a request: disconnected follows
        socket.deleteLater()

    def _received(self, socket: QLocalSocket, buffer: bytearray) -> None:
        buffer.extend(bytes(socket.readAll().data()))
        socket.deleteLater()
        lines = buffer.decode("utf-8", "replace").split("\n")
        if lines and lines[0] == "raise":
            location = lines[1] if len(lines) > 1 else ""
            # Not from inside the socket's handler: the slot may show a modal message.
            QTimer.singleShot(0, lambda: self.raise_requested.emit(location))
