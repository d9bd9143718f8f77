"""Python's cyclic garbage collector must never run in a worker thread: there it destroyed a
closed window's Qt objects, whose timers Qt cannot stop from another thread, and the next
timer event crashed the whole app (a segmentation fault the GUI suite met after a backup)."""

from __future__ import annotations

import gc
import threading
from typing import ClassVar

from pytestqt.qtbot import QtBot

from journal_app.ui.collector import MainThreadCollector


class _Cycle:
    """A reference cycle that says, when it is finally freed, which thread freed it."""

    freed_in: ClassVar[list[str]] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        _Cycle.freed_in.append(threading.current_thread().name)


def _busy_worker() -> None:
    # Allocates (and keeps) enough container objects to cross every collection threshold.
    kept = [[index] for index in range(200_000)]
    assert kept


def test_cycles_are_freed_on_the_gui_thread_not_in_a_worker(qtbot: QtBot) -> None:
    gc.collect()
    collector = MainThreadCollector(interval_ms=20)
    try:
        _Cycle.freed_in.clear()
        for _ in range(50):
            _Cycle()
        worker = threading.Thread(target=_busy_worker, name="worker")
        worker.start()
        worker.join()
        assert _Cycle.freed_in == []  # the worker's allocations collected nothing
        qtbot.waitUntil(lambda: len(_Cycle.freed_in) == 50, timeout=5000)
        assert set(_Cycle.freed_in) == {threading.main_thread().name}
    finally:
        collector.stop()


def test_without_it_the_worker_would_have_freed_them() -> None:
    """The attack the collector stops: with Python's default, the worker frees the cycles."""
    gc.collect()
    was_enabled = gc.isenabled()
    gc.enable()
    try:
        _Cycle.freed_in.clear()
        for _ in range(50):
            _Cycle()
        worker = threading.Thread(target=_busy_worker, name="worker")
        worker.start()
        worker.join()
        gc.collect()
        assert "worker" in _Cycle.freed_in
    finally:
        if not was_enabled:
            gc.disable()  # the suite's collector (tests/gui/conftest.py) keeps it off
