"""Every control a person can reach by keyboard has an accessible name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from journal_app.ui.app import Session

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QPlainTextEdit,
    QAbstractItemView,
)


def _inside_compound(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractSpinBox | QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def _unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or widget.objectName().startswith("qt_"):
            continue
        if _inside_compound(widget):
            continue  # the inner parts of a spin box or a combo box's popup list
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if not widget.accessibleName():
            missing.append(f"{type(widget).__name__} {getattr(widget, 'text', lambda: '')()!r}")
    return missing


def test_every_screen_names_its_controls(qtbot: QtBot, unlocked: Session) -> None:
    assert _unnamed(unlocked.unlock_window) == []
    window = unlocked.main_window
    assert window is not None
    assert _unnamed(window) == []
    for action in (window.incident_action, window.message_action):
        action.trigger()
        assert window.editor is not None
        assert _unnamed(window.editor) == []
    window.show_help()
    assert _unnamed(window.help_page) == []
    assert _unnamed(window.open_settings()) == []


def test_unlock_screen_works_from_the_keyboard(
    qtbot: QtBot, closed_vault: object, session: Session
) -> None:
    window = session.unlock_window
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.focus_passphrase()
    assert window.passphrase.hasFocus()
    qtbot.keyClicks(window.passphrase, "correct horse battery staple")
    with qtbot.waitSignal(session.unlocked, timeout=10_000):
        qtbot.keyClick(window.passphrase, Qt.Key.Key_Return)
