"""Lock the notebook when the computer locks, sleeps or switches user.

One `SystemLockWatcher` emits `lock_requested`; the session locks on it. What it listens to:

- everywhere: a timer that notices the computer slept (or its clock jumped): when far more wall
  time passed between two ticks than the interval, the machine was not running in between;
- Windows: session notifications (WTSRegisterSessionNotification on a hidden window:
  WTS_SESSION_LOCK for Win+L, WTS_CONSOLE_DISCONNECT / WTS_REMOTE_DISCONNECT for a switch of
  user) and power broadcasts (PBT_APMSUSPEND before sleep; the console display turning off,
  which is how "modern standby" laptops go to sleep when the lid closes), read in a Qt native
  event filter;
- macOS (no PyObjC): each tick asks CoreGraphics for the session's state
  (CGSessionCopyCurrentDictionary: `CGSSessionScreenIsLocked`, `kCGSSessionOnConsoleKey`), so
  a screen lock or a switch of user is noticed within one tick;
- Linux, over D-Bus when there is a bus: logind's PrepareForSleep(true) and a session's Lock
  signal, and the screensaver's ActiveChanged(true) (freedesktop and GNOME names).

Not run on Windows or macOS here: there the native calls follow Microsoft's and Apple's
documentation; the tests feed the filter a fake MSG, call the D-Bus slots, fake the macOS probe
and jump the clock.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import sys
import time
import uuid
from collections.abc import Callable

from PySide6.QtCore import (
    SLOT,
    QAbstractNativeEventFilter,
    QByteArray,
    QCoreApplication,
    QObject,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QWindow

Clock = Callable[[], float]
TICK_MS = 2_000
# More than this beyond the tick interval between two ticks: the computer was asleep.
JUMP_SECONDS = 30.0

WM_WTSSESSION_CHANGE = 0x02B1
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x0004
PBT_POWERSETTINGCHANGE = 0x8013
WTS_CONSOLE_DISCONNECT = 0x2
WTS_REMOTE_DISCONNECT = 0x4
WTS_SESSION_LOCK = 0x7
NOTIFY_FOR_THIS_SESSION = 0
DEVICE_NOTIFY_WINDOW_HANDLE = 0
GUID_CONSOLE_DISPLAY_STATE = uuid.UUID("6fe69556-704a-47a0-8f24-c28d936fda47")


class MSG(ctypes.Structure):
    """Win32 MSG, laid out for the platform it runs on."""

    _fields_ = (
        ("hwnd", ctypes.c_void_p),
        ("message", ctypes.c_uint32),
        ("wParam", ctypes.c_size_t),
        ("lParam", ctypes.c_ssize_t),
        ("time", ctypes.c_uint32),
        ("pt_x", ctypes.c_int32),
        ("pt_y", ctypes.c_int32),
    )


def _display_off(lparam: int) -> bool:
    """A POWERBROADCAST_SETTING for the console display with state 0 (off)."""
    if not lparam:
        return False
    guid = ctypes.string_at(lparam, 16)
    length = ctypes.c_uint32.from_address(lparam + 16).value
    if guid != GUID_CONSOLE_DISPLAY_STATE.bytes_le or length < 4:
        return False
    return ctypes.c_uint32.from_address(lparam + 20).value == 0


def is_windows_lock(message: int, wparam: int, lparam: int) -> bool:
    """Does this Windows message mean the session locked, switched away or is going to sleep?"""
    if message == WM_WTSSESSION_CHANGE:
        return wparam in (WTS_SESSION_LOCK, WTS_CONSOLE_DISCONNECT, WTS_REMOTE_DISCONNECT)
    if message == WM_POWERBROADCAST:
        return wparam == PBT_APMSUSPEND or (
            wparam == PBT_POWERSETTINGCHANGE and _display_off(lparam)
        )
    return False


class WindowsSessionEvents(QAbstractNativeEventFilter):
    """Reads every Windows message Qt dispatches; never consumes one."""

    def __init__(self, on_lock: Callable[[], None]) -> None:
        super().__init__()
        self._on_lock = on_lock

    def nativeEventFilter(
        self, event_type: QByteArray | bytes | bytearray | memoryview, message: object
    ) -> object:
        kind = bytes(event_type.data()) if isinstance(event_type, QByteArray) else bytes(event_type)
        if kind in (b"windows_generic_MSG", b"windows_dispatcher_MSG"):
            try:
                address = int(message)  # type: ignore[call-overload]  # a shiboken VoidPtr
            except (TypeError, ValueError):
                address = 0
            if address:
                msg = MSG.from_address(address)
                if is_windows_lock(msg.message, msg.wParam, msg.lParam):
                    self._on_lock()
        return False, 0  # PySide6 reads (handled, result); False lets Qt go on as usual


def _register_windows(window: QWindow) -> None:
    """Ask Windows to send session and display notifications to this hidden window."""
    hwnd = ctypes.c_void_p(int(window.winId()))
    windll = ctypes.windll  # type: ignore[attr-defined]
    windll.wtsapi32.WTSRegisterSessionNotification(hwnd, NOTIFY_FOR_THIS_SESSION)
    guid = (ctypes.c_ubyte * 16).from_buffer_copy(GUID_CONSOLE_DISPLAY_STATE.bytes_le)
    register = windll.user32.RegisterPowerSettingNotification
    register.restype = ctypes.c_void_p
    register(hwnd, ctypes.byref(guid), DEVICE_NOTIFY_WINDOW_HANDLE)


def mac_session_locked() -> bool:
    """Is the macOS screen locked, or this user's session switched away from the screen?"""
    cg = ctypes.CDLL(ctypes.util.find_library("CoreGraphics") or "CoreGraphics")
    cf = ctypes.CDLL(ctypes.util.find_library("CoreFoundation") or "CoreFoundation")
    cg.CGSessionCopyCurrentDictionary.restype = ctypes.c_void_p
    cf.CFDictionaryGetValue.restype = ctypes.c_void_p
    cf.CFDictionaryGetValue.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    cf.CFStringCreateWithCString.restype = ctypes.c_void_p
    cf.CFStringCreateWithCString.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_uint32]
    cf.CFBooleanGetValue.restype = ctypes.c_bool
    cf.CFBooleanGetValue.argtypes = [ctypes.c_void_p]
    cf.CFRelease.argtypes = [ctypes.c_void_p]
    session = cg.CGSessionCopyCurrentDictionary()
    if not session:
        return True  # no window-server session for this user: not on screen
    try:

        def flag(name: bytes) -> bool | None:
            key = cf.CFStringCreateWithCString(None, name, 0x08000100)
            try:
                value = cf.CFDictionaryGetValue(session, key)
            finally:
                cf.CFRelease(key)
            return bool(cf.CFBooleanGetValue(value)) if value else None

        locked = flag(b"CGSSessionScreenIsLocked") is True
        return locked or flag(b"kCGSSessionOnConsoleKey") is False
    finally:
        cf.CFRelease(session)


def _slot(signature: str) -> bytes:
    return SLOT(signature).encode("ascii")


class SystemLockWatcher(QObject):
    """Emits `lock_requested` when the computer locks, sleeps or switches user (see above).

    Tests pass `clock` (wall time), `platform` and `mac_probe`."""

    lock_requested = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        clock: Clock = time.time,
        tick_ms: int = TICK_MS,
        platform: str = sys.platform,
        mac_probe: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._last = clock()
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self.tick)
        self._timer.start()
        self._mac_probe = mac_probe or (mac_session_locked if platform == "darwin" else None)
        self._mac_locked = False
        self._filter: WindowsSessionEvents | None = None
        self._window: QWindow | None = None
        self.dbus_connected = False
        if platform == "win32":
            self._watch_windows()
        elif platform.startswith("linux"):
            self._watch_dbus()

    def request_lock(self) -> None:
        self.lock_requested.emit()

    def tick(self) -> None:
        now = self._clock()
        elapsed, self._last = now - self._last, now
        if elapsed > self._timer.interval() / 1000 + JUMP_SECONDS:
            self.request_lock()  # asleep (or the clock was moved) since the last tick
        if self._mac_probe is not None:
            try:
                locked = self._mac_probe()
            except (OSError, AttributeError, ValueError):
                locked = False
            if locked and not self._mac_locked:
                self.request_lock()
            self._mac_locked = locked

    # ------------------------------------------------------------------ Windows
    def _watch_windows(self) -> None:
        app = QCoreApplication.instance()
        if app is None:
            return
        self._filter = WindowsSessionEvents(self.request_lock)
        app.installNativeEventFilter(self._filter)
        self._window = QWindow()  # never shown: only a handle for the notifications
        with contextlib.suppress(OSError, AttributeError):  # the sleep timer still works
            _register_windows(self._window)

    # ------------------------------------------------------------------ Linux
    def _watch_dbus(self) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return
        system, session = QDBusConnection.systemBus(), QDBusConnection.sessionBus()
        connected = False
        if system.isConnected():
            login = "org.freedesktop.login1"
            connected |= system.connect(
                login,
                "/org/freedesktop/login1",
                "org.freedesktop.login1.Manager",
                "PrepareForSleep",
                self,
                _slot("prepare_for_sleep(bool)"),
            )
            connected |= system.connect(
                login, "", "org.freedesktop.login1.Session", "Lock", self, _slot("session_lock()")
            )
        if session.isConnected():
            for interface in ("org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver"):
                connected |= session.connect(
                    "", "", interface, "ActiveChanged", self, _slot("screensaver_active(bool)")
                )
        self.dbus_connected = connected

    @Slot(bool)
    def prepare_for_sleep(self, starting: bool) -> None:
        if starting:
            self.request_lock()

    @Slot()
    def session_lock(self) -> None:
        self.request_lock()

    @Slot(bool)
    def screensaver_active(self, active: bool) -> None:
        if active:
            self.request_lock()

    def dispose(self) -> None:
        self._timer.stop()
        app = QCoreApplication.instance()
        if self._filter is not None and app is not None:
            app.removeNativeEventFilter(self._filter)
        self._filter = None
        if self._window is not None:
            self._window.destroy()
            self._window = None
