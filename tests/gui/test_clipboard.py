"""Issue 11 item 6: every copy the app makes is marked for clipboard managers to skip, also
Copy and Cut in its own text fields, and is cleared on lock (real widgets, offscreen)."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMenu, QPlainTextEdit, QTextEdit
from pytestqt.qtbot import QtBot

from journal_app.core.errors import VaultClosed
from journal_app.ui import mac_pasteboard
from journal_app.ui.app import Session
from journal_app.ui.clipboard import (
    CONCEALMENT_HINTS,
    KDE_HINT,
    WIN_EXCLUDE,
    WIN_NO_CLOUD,
    WIN_NO_HISTORY,
    ClipboardGuard,
)
from journal_app.ui.editor import IncidentEditor

SECRET = "he said he would find me"


@pytest.fixture
def guard() -> Iterator[ClipboardGuard]:
    made = ClipboardGuard()
    made.install()
    QGuiApplication.clipboard().setText("before")
    yield made
    made.dispose()
    QGuiApplication.clipboard().clear()


def assert_marked(text: str) -> None:
    clipboard = QGuiApplication.clipboard()
    mime = clipboard.mimeData()
    assert mime is not None and clipboard.text() == text
    assert bytes(mime.data(KDE_HINT).data()) == b"secret"
    assert mime.hasFormat(WIN_EXCLUDE)
    for dword in (WIN_NO_HISTORY, WIN_NO_CLOUD):
        assert bytes(mime.data(dword).data()) == b"\x00\x00\x00\x00"  # a DWORD 0
    assert set(CONCEALMENT_HINTS) <= set(mime.formats())


def focused(qtbot: QtBot, widget: QLineEdit | QPlainTextEdit | QTextEdit) -> None:
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def test_ctrl_c_in_a_line_edit_copies_marked_text(qtbot: QtBot, guard: ClipboardGuard) -> None:
    edit = QLineEdit(f"Title: {SECRET}")
    focused(qtbot, edit)
    edit.setSelection(7, len(SECRET))
    qtbot.keyClick(edit, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert_marked(SECRET)
    assert edit.text() == f"Title: {SECRET}"


def test_ctrl_x_in_a_text_area_cuts_marked_text_and_can_be_undone(
    qtbot: QtBot, guard: ClipboardGuard
) -> None:
    area = QPlainTextEdit(f"first line\n{SECRET}")
    focused(qtbot, area)
    area.selectAll()
    qtbot.keyClick(area, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert_marked(f"first line\n{SECRET}")
    assert area.toPlainText() == ""
    area.undo()
    assert area.toPlainText() == f"first line\n{SECRET}"


def test_copy_from_a_rich_text_edit_is_marked(qtbot: QtBot, guard: ClipboardGuard) -> None:
    edit = QTextEdit()
    edit.setPlainText(SECRET)
    focused(qtbot, edit)
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert_marked(SECRET)


def test_a_passphrase_field_copies_nothing(qtbot: QtBot, guard: ClipboardGuard) -> None:
    edit = QLineEdit(SECRET)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    focused(qtbot, edit)
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "before"


def test_the_context_menu_copy_and_cut_go_through_the_guard(
    qtbot: QtBot, guard: ClipboardGuard
) -> None:
    edit = QLineEdit(SECRET)
    focused(qtbot, edit)
    edit.selectAll()
    menu = guard.context_menu(edit, QPoint(1, 1))
    actions = {a.objectName(): a for a in menu.actions()}
    actions["edit-copy"].trigger()
    assert_marked(SECRET)
    QGuiApplication.clipboard().setText("before")
    actions["edit-cut"].trigger()
    assert_marked(SECRET)
    assert edit.text() == ""


def test_a_right_click_in_a_text_area_opens_the_guarded_menu(
    qtbot: QtBot, guard: ClipboardGuard
) -> None:
    area = QPlainTextEdit(SECRET)
    focused(qtbot, area)
    area.selectAll()
    viewport = area.viewport()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, QPoint(5, 5), viewport.mapToGlobal(QPoint(5, 5))
    )
    QApplication.sendEvent(viewport, event)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    copy = next(a for a in menu.actions() if a.objectName() == "edit-copy")
    copy.trigger()
    menu.close()
    assert_marked(SECRET)


def test_text_qt_copies_by_itself_is_marked_again(qtbot: QtBot, guard: ClipboardGuard) -> None:
    label = QLabel(SECRET)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    qtbot.addWidget(label)
    label.show()
    label.activateWindow()
    qtbot.waitUntil(
        lambda: QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive
    )
    QGuiApplication.clipboard().setText(SECRET)  # as a label's own menu would, unmarked
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().mimeData().hasFormat(KDE_HINT))
    assert_marked(SECRET)


def test_a_native_writer_takes_the_copy_when_it_can(qtbot: QtBot) -> None:
    written: list[str] = []

    def accepts(text: str) -> bool:
        written.append(text)
        return True

    QGuiApplication.clipboard().setText("before")
    ClipboardGuard(writer=accepts).copy_text(SECRET)
    assert written == [SECRET] and QGuiApplication.clipboard().text() == "before"
    ClipboardGuard(writer=lambda _text: False).copy_text(SECRET)
    assert_marked(SECRET)  # the native write failed: Qt writes the marked data instead


@pytest.mark.skipif(sys.platform == "darwin", reason="AppKit is there on a Mac")
def test_without_appkit_the_native_writer_declines_and_qt_writes() -> None:
    assert not mac_pasteboard.available()
    assert mac_pasteboard.write_concealed(SECRET) is False


def test_text_copied_from_an_entry_is_cleared_when_the_notebook_locks(
    qtbot: QtBot, unlocked: Session
) -> None:
    window = unlocked.main_window
    assert window is not None
    window.incident_action.trigger()
    editor = window.editor
    assert isinstance(editor, IncidentEditor)
    editor.body.setPlainText(SECRET)
    editor.body.setFocus()
    qtbot.waitUntil(editor.body.hasFocus)
    editor.body.selectAll()
    qtbot.keyClick(editor.body, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert_marked(SECRET)
    journal = unlocked.journal
    assert journal is not None
    window.lock_action.trigger()
    assert QGuiApplication.clipboard().text() == ""
    with pytest.raises(VaultClosed):
        journal.count()


def test_the_session_stops_watching_when_it_shuts_down(qtbot: QtBot, session: Session) -> None:
    edit = QLineEdit(SECRET)
    focused(qtbot, edit)
    session.shutdown()
    QGuiApplication.clipboard().setText("before")
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    mime = QGuiApplication.clipboard().mimeData()
    assert mime is not None and not mime.hasFormat(KDE_HINT)  # Qt's own copy: unwatched
