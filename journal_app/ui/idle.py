"""Auto-lock: a timer that any keyboard or mouse input in the application resets.

Time asleep counts as idle: a Qt timer stands still while the computer sleeps on macOS and
Linux, so the wall-clock time since the last input is also compared with the limit every few
seconds and whenever the application becomes active or inactive (as after waking up).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

CHECK_MS = 2_000

_INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    """Emits `idle` after `timeout_ms` without input while started."""

    idle = Signal()

    def __init__(
        self,
        timeout_ms: int,
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._last_input = clock()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(1, timeout_ms))
        self._timer.timeout.connect(self._timed_out)
        self._check = QTimer(self)
        self._check.setInterval(CHECK_MS)
        self._check.timeout.connect(self.check)
        self._disposed = False
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._state_changed)

    def set_timeout_ms(self, timeout_ms: int) -> None:
        self._timer.setInterval(max(1, timeout_ms))
        if self._timer.isActive():
            self._timer.start()

    def timeout_ms(self) -> int:
        return self._timer.interval()

    def start(self) -> None:
        self._last_input = self._clock()
        self._timer.start()
        self._check.start()

    def stop(self) -> None:
        self._timer.stop()
        self._check.stop()

    def check(self) -> None:
        """Idle if the wall-clock time since the last input reached the limit (sleep counts)."""
        if self._timer.isActive() and (
            (self._clock() - self._last_input) * 1000 >= self._timer.interval()
        ):
            self._timed_out()

    def _state_changed(self, _state: Qt.ApplicationState) -> None:
        self.check()

    def _timed_out(self) -> None:
        self.stop()
        self.idle.emit()

    def is_active(self) -> bool:
        return self._timer.isActive()

    def dispose(self) -> None:
        self.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        if isinstance(app, QGuiApplication) and not self._disposed:
            app.applicationStateChanged.disconnect(self._state_changed)
        self._disposed = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and self._timer.isActive():
            self._last_input = self._clock()
            self._timer.start()
        return False
