"""Run long core work off the GUI thread and turn its callbacks into Qt signals.

The core takes plain `progress(done, total)` and `cancelled()` callables (STYLE.md); a `Task`
passes its own, so the window never freezes and every long task can be cancelled.

Locking never waits for a task: `drop_all` cancels every running task and makes sure its result
is never delivered, and `when_done` runs a callback (closing the vault) once those tasks return.
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
_done_waiters: list[tuple[set[Task], Callable[[], None]]] = []


class TaskSignals(QObject):
    """Lives on the GUI thread, so every slot connected to it runs there (queued)."""

    # object, not int: byte counts of big attachments overflow a C++ int.
    progress = Signal(object, object)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()


class _Relay(QObject):
    """Calls plain Python callables on the GUI thread when the task reports."""

    def __init__(
        self,
        task: Task,
        on_success: Callable[[Any], None],
        on_failure: Callable[[str], None],
    ) -> None:
        super().__init__(task.signals)
        self._on_success = on_success
        self._on_failure = on_failure
        task.signals.succeeded.connect(self.succeeded)
        task.signals.failed.connect(self.failed)
        task.signals.finished.connect(self.forget)
        self._task = task

    def succeeded(self, result: object) -> None:
        if not self._task.dropped:
            self._on_success(result)

    def failed(self, exc: object) -> None:
        if not self._task.dropped:
            self._on_failure(message_for(exc) if isinstance(exc, BaseException) else str(exc))

    def forget(self) -> None:
        _running.discard(self._task)
        _notify_done_waiters(self._task)


class Task(QRunnable):
    """One piece of work for the thread pool. Keep it referenced until `finished`."""

    def __init__(self, work: Work) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = TaskSignals()
        self._work = work
        self._cancel = threading.Event()
        self.dropped = False

    def cancel(self) -> None:
        self._cancel.set()

    def drop(self) -> None:
        """Cancel, and never deliver the result: the screen that asked for it is gone."""
        self.dropped = True
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


def start(
    work: Work,
    on_success: Callable[[Any], None],
    on_failure: Callable[[str], None],
    *,
    before_start: Callable[[Task], None] | None = None,
) -> Task:
    """Start `work` on the global pool; results come back on the GUI thread.

    Everything is connected before the task starts, so a very fast task loses no signal.
    """
    task = Task(work)
    _Relay(task, on_success, on_failure)
    if before_start is not None:
        before_start(task)
    _running.add(task)
    QThreadPool.globalInstance().start(task)
    return task


def running() -> list[Task]:
    return list(_running)


def drop_all() -> list[Task]:
    """Cancel every running task and drop its result. Returns the tasks still running."""
    tasks = list(_running)
    for task in tasks:
        task.drop()
    return tasks


def when_done(tasks: list[Task], callback: Callable[[], None]) -> None:
    """Call `callback` once every task in `tasks` has returned (now, if none still runs).

    Tasks started later (such as the next unlock) do not delay it.
    """
    pending = {task for task in tasks if task in _running}
    if pending:
        _done_waiters.append((pending, callback))
    else:
        callback()


def _notify_done_waiters(finished: Task) -> None:
    ready: list[Callable[[], None]] = []
    for pending, callback in list(_done_waiters):
        pending.discard(finished)
        if not pending:
            _done_waiters[:] = [w for w in _done_waiters if w[0] is not pending]
            ready.append(callback)
    for callback in ready:
        callback()


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
    """Start `work` with a progress dialog that offers Cancel."""

    def attach_dialog(task: Task) -> None:
        ProgressDialog(parent, label, task)

    return start(work, on_success, on_failure, before_start=attach_dialog)
