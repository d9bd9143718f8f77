"""Python's garbage collector runs only on the GUI thread.

The cyclic collector runs in whichever thread happens to allocate when a threshold is crossed.
When that is a worker thread (an export, a backup, an unlock), it can destroy Qt objects that
belonged to a closed window: Qt cannot stop their timers from another thread, and the next
timer event then reaches a freed object and the app crashes. The test suite met exactly that
(a segmentation fault in QTimerInfoList::activateTimers after a backup ran in a worker).

So automatic collection is switched off and this object collects on the GUI thread instead, on
a short timer, generation by generation as the thresholds say (the way large PyQt apps such as
calibre do it). Reference counting, which frees almost everything, is untouched.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start()

    def collect_due(self) -> None:
        """Collect the oldest generation whose count passed its threshold (as gc would), and
        the youngest at every tick that saw allocations: a worker's allocations can cross the
        threshold and be freed again before the tick, leaving garbage that no count shows."""
        counts = gc.get_count()
        for generation in (2, 1):
            if counts[generation] > self._thresholds[generation]:
                gc.collect(generation)
                return
        if counts[0] > 0:
            gc.collect(0)

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()
