"""Issue 14: deleted means read-only. A deleted entry opens as a tombstone (when recorded,
when deleted, "content erased") with no Save and nothing to type into; after Delete in the
editor the form takes no more typing."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from journal_app.core.models import Kind
from journal_app.ui.app import Session
from journal_app.ui.editor import EntryEditor, IncidentEditor
from tests.gui.conftest import StubDialogs
from tests.gui.screens import typable_fields
from tests.support.helpers import fields


def _is_tombstone(editor: EntryEditor) -> None:
    assert not editor.save_button.isVisibleTo(editor)
    assert not editor.delete_button.isVisibleTo(editor)
    assert typable_fields(editor) == []
    text = editor.tombstone.text()
    assert editor.tombstone.isVisibleTo(editor)
    assert "Recorded" in text and "Deleted" in text and "erased" in text


def test_a_deleted_entry_opens_as_a_tombstone(qtbot: QtBot, unlocked: Session) -> None:
    journal, window = unlocked.journal, unlocked.main_window
    assert journal is not None and window is not None
    entry_id = journal.add(Kind.INCIDENT, fields("He broke the door"))
    journal.delete(entry_id)
    window.open_entry(entry_id)
    editor = window.editor
    assert isinstance(editor, IncidentEditor)
    _is_tombstone(editor)
    assert not editor.has_unsaved_changes()


def test_after_delete_the_form_takes_no_typing(
    qtbot: QtBot, unlocked: Session, dialogs: StubDialogs
) -> None:
    journal, window = unlocked.journal, unlocked.main_window
    assert journal is not None and window is not None
    entry_id = journal.add(Kind.INCIDENT, fields("He broke the door"))
    window.open_entry(entry_id)
    editor = window.editor
    assert isinstance(editor, IncidentEditor)
    assert "Title" in typable_fields(editor)
    dialogs.delete_answer = True
    with qtbot.waitSignal(editor.deleted):
        editor.delete_button.click()
    _is_tombstone(editor)
