"""Issue 11 item 5: the computer's lock, sleep and switch of user lock the notebook, and time
asleep counts as idle. Native signals are simulated: a fake Windows MSG through the native
event filter, the D-Bus slots called as the bus would, a faked macOS probe, a jumped clock."""

from __future__ import annotations

import ctypes
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from journal_app.core.errors import VaultClosed
from journal_app.ui import workers
from journal_app.ui.app import Session
from journal_app.ui.settings_store import SettingsStore
from journal_app.ui.system_lock import (
    GUID_CONSOLE_DISPLAY_STATE,
    MSG,
    PBT_APMSUSPEND,
    PBT_POWERSETTINGCHANGE,
    WM_POWERBROADCAST,
    WM_WTSSESSION_CHANGE,
    WTS_SESSION_LOCK,
    SystemLockWatcher,
    WindowsSessionEvents,
)
from tests.gui.conftest import QuitRecorder, StubDialogs, unlock
from tests.support.helpers import FAST_KDF


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def opened(
    qtbot: QtBot,
    closed_vault: Path,
    dialogs: StubDialogs,
    settings_path: Path,
    quit_recorder: QuitRecorder,
    clock: FakeClock,
) -> Iterator[Session]:
    made = Session(
        closed_vault,
        store=SettingsStore(settings_path),
        dialogs=dialogs,
        kdf=FAST_KDF,
        on_quit=quit_recorder,
        clock=clock,
    )
    qtbot.addWidget(made.unlock_window)
    made.start()
    unlock(qtbot, made)
    assert made.main_window is not None
    qtbot.addWidget(made.main_window)
    yield made
    made.shutdown()
    workers.wait_all()


def assert_locked(session: Session) -> None:
    assert session.main_window is None and session.vault is None
    assert session.unlock_window.isVisible()


def send(events: WindowsSessionEvents, message: int, wparam: int, lparam: int = 0) -> object:
    msg = MSG(None, message, wparam, lparam, 0, 0, 0)
    return events.nativeEventFilter(QByteArray(b"windows_generic_MSG"), ctypes.addressof(msg))


def test_win_l_locks_the_notebook(opened: Session) -> None:
    journal = opened.journal
    assert journal is not None
    events = WindowsSessionEvents(opened.system_lock.request_lock)
    assert send(events, WM_WTSSESSION_CHANGE, 0x8) == (False, 0)  # WTS_SESSION_UNLOCK: nothing
    assert opened.vault is not None
    assert send(events, WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK) == (False, 0)  # never consumed
    assert_locked(opened)
    with pytest.raises(VaultClosed):
        journal.count()


def test_windows_sleep_locks_the_notebook(opened: Session) -> None:
    events = WindowsSessionEvents(opened.system_lock.request_lock)
    send(events, WM_POWERBROADCAST, 0x12)  # PBT_APMRESUMEAUTOMATIC: nothing
    assert opened.vault is not None
    send(events, WM_POWERBROADCAST, PBT_APMSUSPEND)
    assert_locked(opened)


def _display_setting(state: int) -> ctypes.Array[ctypes.c_char]:
    payload = GUID_CONSOLE_DISPLAY_STATE.bytes_le + (4).to_bytes(4, "little")
    return ctypes.create_string_buffer(payload + state.to_bytes(4, "little"))


def test_the_display_turning_off_locks_but_dimming_does_not(opened: Session) -> None:
    """Modern-standby laptops sleep by turning the display off when the lid closes."""
    events = WindowsSessionEvents(opened.system_lock.request_lock)
    dimmed = _display_setting(2)
    send(events, WM_POWERBROADCAST, PBT_POWERSETTINGCHANGE, ctypes.addressof(dimmed))
    assert opened.vault is not None
    off = _display_setting(0)
    send(events, WM_POWERBROADCAST, PBT_POWERSETTINGCHANGE, ctypes.addressof(off))
    assert_locked(opened)


def test_other_native_event_kinds_are_ignored(opened: Session) -> None:
    events = WindowsSessionEvents(opened.system_lock.request_lock)
    msg = MSG(None, WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK, 0, 0, 0, 0)
    assert events.nativeEventFilter(b"xcb_generic_event_t", ctypes.addressof(msg)) == (False, 0)
    assert opened.vault is not None


def test_linux_sleep_and_screensaver_signals_lock(opened: Session, qtbot: QtBot) -> None:
    watcher = opened.system_lock
    watcher.prepare_for_sleep(False)  # waking up: nothing
    watcher.screensaver_active(False)
    assert opened.vault is not None
    watcher.prepare_for_sleep(True)
    assert_locked(opened)
    unlock(qtbot, opened)
    watcher.screensaver_active(True)
    assert_locked(opened)
    unlock(qtbot, opened)
    watcher.session_lock()
    assert_locked(opened)


def test_a_jump_of_the_wall_clock_means_the_computer_slept(
    opened: Session, clock: FakeClock
) -> None:
    clock.now += 2.0
    opened.system_lock.tick()  # an ordinary tick
    assert opened.vault is not None
    clock.now += 3 * 3600  # the lid was closed for three hours
    opened.system_lock.tick()  # the first tick after waking
    assert_locked(opened)


def test_time_asleep_counts_as_idle(opened: Session, clock: FakeClock) -> None:
    """On macOS a Qt timer stands still during sleep; the wall clock does not."""
    clock.now += opened.settings.idle_minutes * 60 - 5
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    assert opened.vault is not None  # not yet
    clock.now += 10
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    assert_locked(opened)


def test_macos_screen_lock_is_noticed_once_per_lock(qtbot: QtBot) -> None:
    states = [False, True, True, False, True]
    watcher = SystemLockWatcher(platform="darwin", mac_probe=lambda: states.pop(0))
    requests: list[int] = []
    watcher.lock_requested.connect(lambda: requests.append(1))
    for _ in range(5):
        watcher.tick()
    assert len(requests) == 2  # on each change from unlocked to locked
    watcher.dispose()
