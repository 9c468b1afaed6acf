"""One window per database: the file lock decides, a local socket brings the first window forward.

The lock (store.lock) is the authority — it dies with the process, so a crash never
leaves the file "in use". The QLocalServer only carries the "come forward" request.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from qs_desktop.store.lock import InstanceLock, acquire_instance_lock, instance_key

_RAISE = b"raise\n"


class SingleInstance(QObject):
    """Holds the database's lock; emits `activated` when a second copy asks us to come forward."""

    activated = Signal()

    def __init__(self, db_path: Path, lock: InstanceLock) -> None:
        super().__init__()
        self.lock = lock
        self.server = QLocalServer(self)
        key = instance_key(db_path)
        QLocalServer.removeServer(key)  # a name left by a crashed copy; we hold the lock now
        self.server.listen(key)
        self.server.newConnection.connect(self._on_connection)

    @classmethod
    def claim(cls, db_path: Path) -> SingleInstance | None:
        """Our claim on `db_path`, or None when another copy of the app has it open.

        Raises DatabaseError when no lock can be made (read-only folder).
        """
        lock = acquire_instance_lock(db_path)
        return cls(db_path, lock) if lock else None

    def release(self) -> None:
        self.server.close()
        self.lock.release()

    def _on_connection(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._on_request(s))

    def _on_request(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll()).startswith(_RAISE.strip()):
            self.activated.emit()
        socket.disconnectFromServer()


def ask_first_window_forward(db_path: Path, timeout_ms: int = 1500) -> bool:
    """Ask the copy that holds `db_path` to show its window; False if nobody answered."""
    socket = QLocalSocket()
    socket.connectToServer(instance_key(db_path))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(_RAISE)
    ok = socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return ok
