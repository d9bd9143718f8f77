"""Issue 14: history you can read. Choosing a version in the history list (click or keyboard)
shows it read-only, as it was, with what changed from the version before marked in words as
well as colour, and a clear way back to the current version."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from journal_app.core.models import Kind
from journal_app.ui.app import Session
from journal_app.ui.editor import EntryEditor, IncidentEditor
from tests.gui.screens import typable_fields
from tests.support.helpers import fields


def _open_amended_twice(unlocked: Session) -> IncidentEditor:
    journal, window = unlocked.journal, unlocked.main_window
    assert journal is not None and window is not None
    entry_id = journal.add(Kind.INCIDENT, fields("First title", body="First body"))
    journal.edit(entry_id, fields("Second title", body="First body"))
    journal.edit(entry_id, fields("Third title", body="Third body", location="Kitchen"))
    window.open_entry(entry_id)
    editor = window.editor
    assert isinstance(editor, IncidentEditor)
    return editor


def _choose_with_keyboard(qtbot: QtBot, editor: EntryEditor, row: int) -> None:
    history = editor.history.list
    history.setFocus()
    history.setCurrentRow(row)
    qtbot.keyClick(history, Qt.Key.Key_Return)


def _click(qtbot: QtBot, editor: EntryEditor, row: int) -> None:
    history = editor.history.list
    rect = history.visualItemRect(history.item(row))
    qtbot.mouseClick(history.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_an_earlier_version_is_shown_read_only_with_changes_marked(
    qtbot: QtBot, unlocked: Session
) -> None:
    editor = _open_amended_twice(unlocked)
    view = editor.version_view
    assert not view.isVisibleTo(editor)

    _choose_with_keyboard(qtbot, editor, 0)
    assert view.isVisibleTo(editor)
    assert not editor.save_button.isVisibleTo(editor)
    assert not editor.delete_button.isVisibleTo(editor)
    assert typable_fields(editor) == []
    assert view.value_text("title") == "First title"
    assert view.value_text("body") == "First body"
    assert "Version 1 of 3" in view.heading.text()
    assert view.marked() == []  # nothing came before the first version

    _click(qtbot, editor, 1)
    assert view.value_text("title") == "Second title"
    assert view.value_text("body") == "First body"
    assert view.marked() == ["title"]
    assert "changed" in view.marker_text("title").lower()
    assert view.marker_text("body") == ""

    _click(qtbot, editor, 2)
    assert sorted(view.marked()) == ["body", "location", "title"]
    assert view.value_text("location") == "Kitchen"

    view.back_button.click()
    assert not view.isVisibleTo(editor)
    assert editor.save_button.isVisibleTo(editor)
    assert editor.title.text() == "Third title"
    assert editor.body.toPlainText() == "Third body"
    assert "Title" in typable_fields(editor)
    assert not editor.has_unsaved_changes()


def test_reading_a_version_keeps_unsaved_typing(qtbot: QtBot, unlocked: Session) -> None:
    editor = _open_amended_twice(unlocked)
    editor.title.setText("Typed but not saved")
    _choose_with_keyboard(qtbot, editor, 0)
    assert editor.version_view.value_text("title") == "First title"
    assert not editor.save(), "nothing is saved while an earlier version is shown"
    # Not Esc: a double Esc is the quick exit, and must stay that while a version is read.
    editor.version_view.back_button.click()
    assert not editor.version_view.isVisibleTo(editor)
    assert editor.title.text() == "Typed but not saved"
    assert editor.has_unsaved_changes()


def test_a_deleted_entrys_versions_say_they_were_erased(qtbot: QtBot, unlocked: Session) -> None:
    journal, window = unlocked.journal, unlocked.main_window
    assert journal is not None and window is not None
    entry_id = journal.add(Kind.INCIDENT, fields("He broke the door"))
    journal.edit(entry_id, fields("He broke the door again"))
    journal.delete(entry_id)
    window.open_entry(entry_id)
    editor = window.editor
    assert isinstance(editor, EntryEditor)
    _click(qtbot, editor, 0)
    view = editor.version_view
    assert view.isVisibleTo(editor)
    assert "erased" in view.erased.text()
    assert view.erased.isVisibleTo(editor)
    assert "He broke the door" not in view.erased.text()
    assert typable_fields(editor) == []
    view.back_button.click()
    assert editor.tombstone.isVisibleTo(editor)
    assert not editor.save_button.isVisibleTo(editor)
