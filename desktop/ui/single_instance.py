"""One Tandem window per data dir: a second launch asks the first to come to the front."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from desktop.store.paths import DataDir

_ACTIVATE = b"activate\n"


def server_name(data_dir: DataDir) -> str:
    """A local-socket name unique to this data dir (the path itself may be too long or contain anything)."""
    digest = hashlib.sha256(str(data_dir.root.expanduser().resolve()).encode()).hexdigest()[:24]
    return f"tandem-{digest}"


class SingleInstance(QObject):
    """The first instance `listen()`s; a later one calls `request_activation()` and exits."""

    activate_requested = Signal()

    def __init__(self, data_dir: DataDir, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(data_dir)
        self._server: QLocalServer | None = None

    def listen(self) -> bool:
        """Serve activation requests. Call only while holding the data dir's SingleWriterLock.

        Holding the lock proves no other instance is serving, so a socket left by a crash is removed first.
        """
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(self.name)
        if not server.listen(self.name):
            server.deleteLater()
            return False
        server.newConnection.connect(self._accept)
        self._server = server
        return True

    def request_activation(self, timeout_ms: int = 2000) -> bool:
        """Ask the running instance to show its window; False when no instance answers."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(_ACTIVATE)
        sent = socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            socket.waitForDisconnected(timeout_ms)
        return sent

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None

    def _accept(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            connection.readyRead.connect(self._read_ready)
            self._read(connection)

    def _read_ready(self) -> None:
        connection = self.sender()
        if isinstance(connection, QLocalSocket):
            self._read(connection)

    def _read(self, connection: QLocalSocket) -> None:
        while connection.canReadLine():
            if bytes(connection.readLine().data()) == _ACTIVATE:
                connection.disconnectFromServer()
                connection.deleteLater()
                self.activate_requested.emit()
                return
