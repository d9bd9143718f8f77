"""Lock, quick exit, idle lock, clipboard hints, settings allowlist (SECURITY.md 13, 14, 22)."""

from __future__ import annotations

import gc
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from journal_app.core.errors import VaultClosed
from journal_app.core.models import Category, Kind
from journal_app.core.paths import default_vault_dir
from journal_app.ui.app import Session
from journal_app.ui.clipboard import KDE_HINT, WIN_EXCLUDE, ClipboardGuard
from journal_app.ui.dialogs import forget_file_dialog_history
from journal_app.ui.editor import IncidentEditor
from journal_app.ui.settings_store import ALLOWED_KEYS, Settings, SettingsStore
from tests.gui.conftest import QuitRecorder, StubDialogs, run_now, unlock
from tests.support.helpers import FAST_KDF, fields, files_containing

MARKER = "Marker-c0ffee-9d1"


def _journal_and_window(session: Session) -> tuple[object, object]:
    assert session.journal is not None and session.main_window is not None
    return session.journal, session.main_window


def test_lock_button_closes_the_vault_and_shows_the_unlock_screen(
    qtbot: QtBot, unlocked: Session
) -> None:
    journal, window = unlocked.journal, unlocked.main_window
    assert journal is not None and window is not None
    journal.add(Kind.INCIDENT, fields("Before lock"))
    with qtbot.waitSignal(unlocked.locked):
        window.lock_action.trigger()
    assert not window.isVisible()
    assert unlocked.unlock_window.isVisible()
    assert unlocked.unlock_window.passphrase.text() == ""
    with pytest.raises(VaultClosed):
        journal.count()


def test_ctrl_l_locks(qtbot: QtBot, unlocked: Session) -> None:
    window = unlocked.main_window
    assert window is not None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(unlocked.locked):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert unlocked.vault is None


def test_quick_exit_by_escape_twice_hides_everything_and_the_next_call_fails(
    qtbot: QtBot, unlocked: Session, quit_recorder: QuitRecorder
) -> None:
    """SECURITY.md test 22: quick exit -> the next database call fails."""
    journal, window = unlocked.journal, unlocked.main_window
    assert journal is not None and window is not None
    vault = unlocked.vault
    assert vault is not None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert vault.is_open  # one press alone does nothing
    with qtbot.waitSignal(unlocked.locked):
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()
    assert not unlocked.unlock_window.isVisible()
    assert quit_recorder.calls == 1
    assert not vault.is_open
    with pytest.raises(VaultClosed):
        journal.entries()
    with pytest.raises(VaultClosed):
        vault.connection.execute("SELECT 1")


def test_quick_exit_button_closes_open_editor_and_dialogs(
    qtbot: QtBot, unlocked: Session, quit_recorder: QuitRecorder
) -> None:
    window = unlocked.main_window
    assert window is not None
    window.incident_action.trigger()
    settings = window.open_settings()
    assert settings.isVisible()
    window.quick_exit_action.trigger()
    assert not settings.isVisible() and not window.isVisible()
    assert quit_recorder.calls == 1
    assert unlocked.vault is None


def test_idle_auto_lock(qtbot: QtBot, unlocked: Session) -> None:
    vault = unlocked.vault
    assert vault is not None
    unlocked.idle.set_timeout_ms(50)
    qtbot.waitUntil(lambda: not vault.is_open, timeout=5_000)
    assert unlocked.unlock_window.isVisible()
    assert unlocked.main_window is None


def test_input_postpones_idle_lock(qtbot: QtBot, unlocked: Session) -> None:
    window = unlocked.main_window
    assert window is not None
    unlocked.idle.set_timeout_ms(300)
    for _ in range(4):
        qtbot.wait(100)  # not a sleep: spins the event loop so the timer can fire if it would
        qtbot.keyClick(window.timeline.search, Qt.Key.Key_A)
    assert unlocked.vault is not None
    qtbot.waitUntil(lambda: unlocked.vault is None, timeout=5_000)


def test_clipboard_copies_carry_hints_and_are_cleared_on_lock(
    qtbot: QtBot, unlocked: Session
) -> None:
    """SECURITY.md test 14 (clipboard half)."""
    unlocked.clipboard.copy_text("a1b2c3 sha")
    mime = QGuiApplication.clipboard().mimeData()
    assert mime is not None
    assert bytes(mime.data(KDE_HINT).data()) == b"secret"
    assert mime.hasFormat(WIN_EXCLUDE)
    assert QGuiApplication.clipboard().text() == "a1b2c3 sha"
    assert unlocked.main_window is not None
    unlocked.main_window.lock_action.trigger()
    assert QGuiApplication.clipboard().text() == ""


def test_lock_leaves_other_programs_clipboard_alone() -> None:
    guard = ClipboardGuard()
    QGuiApplication.clipboard().setText("someone else's text")
    guard.clear()
    assert QGuiApplication.clipboard().text() == "someone else's text"


def test_settings_hold_only_allowlisted_keys(
    qtbot: QtBot, unlocked: Session, settings_path: Path
) -> None:
    """SECURITY.md test 14 (settings half): no content, only known keys."""
    window = unlocked.main_window
    assert window is not None
    window.incident_action.trigger()
    editor = window.editor
    assert isinstance(editor, IncidentEditor)
    editor.title.setText(MARKER)
    editor.category.set_chosen((Category.PHYSICAL,))
    with qtbot.waitSignal(editor.saved):
        editor.save_button.click()
    dialog = window.open_settings()
    dialog.idle.setValue(7)
    dialog.appearance.setCurrentIndex(dialog.appearance.findData("budget"))
    window.lock_action.trigger()
    data = json.loads(settings_path.read_text(encoding="utf-8"))
    assert set(data) <= ALLOWED_KEYS
    assert data["idle_minutes"] == 7
    assert data["disguise"] == "budget"
    assert data["vault_path"] == ""  # not remembered unless the person asks
    assert MARKER not in settings_path.read_text(encoding="utf-8")


def test_settings_file_with_unknown_keys_is_cleaned(settings_path: Path) -> None:
    settings_path.parent.mkdir(parents=True, exist_ok=True)
    settings_path.write_text(json.dumps({"idle_minutes": 3, "last_title": "x", "language": 5}))
    store = SettingsStore(settings_path)
    loaded = store.load()
    assert loaded.idle_minutes == 3 and loaded.language == ""
    store.save(loaded)
    assert set(json.loads(settings_path.read_text())) <= ALLOWED_KEYS
    assert "last_title" not in settings_path.read_text()
    assert Settings.from_json({"idle_minutes": True}).idle_minutes == 5


def test_remembered_folder_only_when_ticked(
    qtbot: QtBot, closed_vault: Path, session: Session, settings_path: Path
) -> None:
    session.unlock_window.remember_box.setChecked(True)
    unlock(qtbot, session)
    assert json.loads(settings_path.read_text())["vault_path"] == str(closed_vault)


def test_unticking_forgets_a_remembered_folder(
    qtbot: QtBot,
    closed_vault: Path,
    dialogs: StubDialogs,
    settings_path: Path,
    quit_recorder: QuitRecorder,
) -> None:
    store = SettingsStore(settings_path)
    store.save(Settings(remember_vault=True, vault_path=str(closed_vault)))
    first = Session(store=store, dialogs=dialogs, kdf=FAST_KDF, on_quit=quit_recorder)
    qtbot.addWidget(first.unlock_window)
    assert first.unlock_window.folder == closed_vault  # remembered, and shown ticked
    assert first.unlock_window.remember_box.isChecked()
    first.unlock_window.remember_box.setChecked(False)
    unlock(qtbot, first)
    data = json.loads(settings_path.read_text())
    assert data["vault_path"] == "" and data["remember_vault"] is False
    first.shutdown()
    later = Session(store=SettingsStore(settings_path), dialogs=dialogs, kdf=FAST_KDF)
    qtbot.addWidget(later.unlock_window)
    assert later.unlock_window.folder == default_vault_dir()
    assert not later.unlock_window.remember_box.isChecked()


def test_quick_exit_leaves_no_window_dialog_or_tray_icon(
    qtbot: QtBot, unlocked: Session, quit_recorder: QuitRecorder
) -> None:
    """Issue 5: nothing stays on screen behind a quick exit, and there is no tray icon."""
    window = unlocked.main_window
    assert window is not None
    window.run_task = run_now
    window.incident_action.trigger()
    settings = window.open_settings()
    settings.show_tab(settings.checkpoint_tab)
    export = window.open_export()
    check = window.open_verify()
    opened = [window, settings, export, check]
    assert all(w.isVisible() for w in opened)
    window.quick_exit_action.trigger()
    assert quit_recorder.calls == 1
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == []
    assert QApplication.activeModalWidget() is None and QApplication.activePopupWidget() is None
    trays = [o for o in gc.get_objects() if isinstance(o, QSystemTrayIcon)]
    assert trays == []


def test_file_dialog_history_is_forgotten(isolated_home: Path) -> None:
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.setValue("FileDialog/history", ["/secret/folder"])
    settings.setValue("FileDialog/lastVisited", "file:///secret/folder")
    settings.sync()
    path = Path(settings.fileName())
    del settings
    assert path.exists() and b"secret" in path.read_bytes()
    forget_file_dialog_history()
    assert not path.exists() or b"secret" not in path.read_bytes()


def test_no_marker_outside_the_vault_after_gui_flows(
    qtbot: QtBot, unlocked: Session, isolated_home: Path, tmp_path: Path
) -> None:
    """SECURITY.md test 13 for the flows here: nothing readable in the home or temp folders."""
    window = unlocked.main_window
    assert window is not None
    window.incident_action.trigger()
    editor = window.editor
    assert isinstance(editor, IncidentEditor)
    editor.title.setText(MARKER)
    editor.category.set_chosen((Category.PHYSICAL,))
    editor.body.setPlainText(MARKER * 3)
    with qtbot.waitSignal(editor.saved):
        editor.save_button.click()
    window.timeline.search.setText(MARKER)
    window.timeline.apply_filters()
    unlocked.clipboard.copy_text(MARKER)
    window.quick_exit_action.trigger()
    assert files_containing([isolated_home, tmp_path], MARKER.encode()) == []
