"""Issue 14: an eye in each passphrase field shows what is typed, and hides it again; a lock
hides it for the next person at the screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from journal_app.ui.app import Session
from journal_app.ui.dialogs import PassphraseDialog
from journal_app.ui.settings_dialog import SettingsDialog


def _reveal(edit: QLineEdit) -> QAction:
    action = edit.findChild(QAction, "reveal")
    assert isinstance(action, QAction), edit.accessibleName()
    assert action in edit.actions()
    assert not action.icon().isNull()
    assert not action.shortcut().isEmpty()
    return action


def test_the_unlock_screen_can_show_the_passphrase(qtbot: QtBot, session: Session) -> None:
    window = session.unlock_window
    for edit in (window.passphrase, window.new_passphrase, window.repeat_passphrase):
        action = _reveal(edit)
        assert edit.echoMode() == QLineEdit.EchoMode.Password
        assert action.text() == "Show the passphrase"
        action.trigger()
        assert edit.echoMode() == QLineEdit.EchoMode.Normal
        assert action.text() == "Hide the passphrase"
    window.reset()
    assert window.passphrase.echoMode() == QLineEdit.EchoMode.Password
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    shown = window.new_passphrase if window.creating else window.passphrase
    window.focus_passphrase()
    qtbot.waitUntil(shown.hasFocus)
    qtbot.keyClick(
        shown, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert shown.echoMode() == QLineEdit.EchoMode.Normal
    _reveal(shown).trigger()
    assert shown.echoMode() == QLineEdit.EchoMode.Password


def test_passphrase_dialogs_can_show_it_too(qtbot: QtBot) -> None:
    dialog = PassphraseDialog(None, "Change", "Type them", confirm=True)
    qtbot.addWidget(dialog)
    edits = dialog.findChildren(QLineEdit)
    assert len(edits) == 3
    for edit in edits:
        _reveal(edit).trigger()
        assert edit.echoMode() == QLineEdit.EchoMode.Normal


def test_the_settings_passphrase_fields_have_it(qtbot: QtBot, unlocked: Session) -> None:
    assert unlocked.main_window is not None
    dialog = unlocked.main_window.open_settings()
    assert isinstance(dialog, SettingsDialog)
    for edit in (dialog.second_passphrase, dialog.second_repeat, dialog.second_current):
        _reveal(edit)
