"""Run long core work off the GUI thread and turn its callbacks into Qt signals.

The core takes plain `progress(done, total)` and `cancelled()` callables (STYLE.md); a `Task`
passes its own, so the window never freezes and every long task can be cancelled.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from journal_app.ui.errors import message_for

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]
Work = Callable[[Progress, CancelCheck], Any]

_running: set[Task] = set()


class TaskSignals(QObject):
    # object, not int: byte counts of big attachments overflow a C++ int.
    progress = Signal(object, object)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()


class Task(QRunnable):
    """One piece of work for the thread pool. Keep it referenced until `finished`."""

    def __init__(self, work: Work) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = TaskSignals()
        self._work = work
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _report(self, done: int, total: int) -> None:
        self.signals.progress.emit(done, total)

    def run(self) -> None:
        try:
            result = self._work(self._report, self.is_cancelled)
        except BaseException as exc:  # every failure is reported, none escapes the thread
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)
        finally:
            self.signals.finished.emit()


def start(work: Work) -> Task:
    """Start `work` on the global pool; the task stays alive until it has finished."""
    task = Task(work)
    _running.add(task)
    task.signals.finished.connect(lambda: _running.discard(task))
    QThreadPool.globalInstance().start(task)
    return task


def wait_all(timeout_ms: int = 30_000) -> bool:
    """Wait for running tasks (used when the app quits, so no thread outlives the vault)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)


class ProgressDialog(QProgressDialog):
    """A calm progress window with Cancel, tied to one task."""

    def __init__(self, parent: QWidget | None, label: str, task: Task) -> None:
        super().__init__(label, self.tr("Cancel"), 0, 0, parent)
        self.setWindowTitle(self.tr("Please wait"))
        self.setAccessibleName(label)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(300)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self._task = task
        self.canceled.connect(task.cancel)
        task.signals.progress.connect(self._on_progress)
        task.signals.finished.connect(self._done)

    def _on_progress(self, done: object, total: object) -> None:
        if isinstance(done, int) and isinstance(total, int) and total > 0:
            self.setMaximum(1000)
            self.setValue(min(1000, done * 1000 // total))

    def _done(self) -> None:
        self.canceled.disconnect(self._task.cancel)
        self.reset()
        self.hide()
        self.deleteLater()


def run_with_progress(
    parent: QWidget | None,
    label: str,
    work: Work,
    on_success: Callable[[Any], None],
    on_failure: Callable[[str], None],
) -> Task:
    """Start `work` with a progress dialog; results come back on the GUI thread."""
    task = start(work)
    ProgressDialog(parent, label, task)
    task.signals.succeeded.connect(on_success)
    task.signals.failed.connect(lambda exc: on_failure(message_for(exc)))
    return task
