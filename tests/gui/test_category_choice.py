"""Issue 14: no preselected category. A new entry starts at "Choose…" and is not saved until a
category is chosen, with a message that says so; a kept draft remembers that none was chosen."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from journal_app.core.models import Category, Kind
from journal_app.ui.app import Session
from journal_app.ui.editor import IncidentEditor
from journal_app.ui.main_window import MainWindow
from journal_app.ui.message_editor import MessageEditor
from tests.gui.conftest import unlock
from tests.support.helpers import fields


def _new_incident(session: Session) -> IncidentEditor:
    window = session.main_window
    assert window is not None
    window.incident_action.trigger()
    editor = window.editor
    assert isinstance(editor, IncidentEditor)
    return editor


def test_a_new_incident_has_no_category_until_one_is_chosen(
    qtbot: QtBot, unlocked: Session
) -> None:
    editor = _new_incident(unlocked)
    window = unlocked.main_window
    assert window is not None
    window.show()
    assert editor.category.currentText() == "Choose…"
    assert editor.category.currentData() == ""
    editor.title.setText("He pushed me")
    assert editor.save() is False
    assert unlocked.journal is not None and unlocked.journal.count() == 0
    assert editor.notice.isVisibleTo(editor)
    assert "Choose a category" in editor.notice.text()
    assert editor.notice.property("problem")
    assert editor.category.hasFocus()

    editor.category.setCurrentIndex(editor.category.findData(Category.THREATS.value))
    with qtbot.waitSignal(editor.saved, timeout=3_000):
        assert editor.save() is True
    entry_id = editor.entry_id
    assert entry_id is not None
    saved = unlocked.journal.get(entry_id).latest_fields
    assert saved is not None and saved.category is Category.THREATS


def test_a_new_message_has_no_category_either(unlocked: Session) -> None:
    window = unlocked.main_window
    assert window is not None
    window.message_action.trigger()
    assert isinstance(window.editor, MessageEditor)
    assert window.editor.category.currentData() == ""


def test_an_entry_opens_with_its_own_category(unlocked: Session) -> None:
    journal, window = unlocked.journal, unlocked.main_window
    assert journal is not None and window is not None
    entry_id = journal.add(Kind.INCIDENT, fields("Money", category=Category.FINANCIAL))
    window.open_entry(entry_id)
    assert isinstance(window.editor, IncidentEditor)
    assert window.editor.category.currentData() == Category.FINANCIAL.value
    assert not window.editor.has_unsaved_changes()
    # Choosing nothing is not a change anyone can save.
    window.editor.category.setCurrentIndex(0)
    assert window.editor.save() is False


def test_choosing_other_is_a_change(unlocked: Session) -> None:
    editor = _new_incident(unlocked)
    assert not editor.has_unsaved_changes()
    editor.category.setCurrentIndex(editor.category.findData(Category.OTHER.value))
    assert editor.has_unsaved_changes()


def test_a_kept_draft_still_has_no_category(qtbot: QtBot, unlocked: Session) -> None:
    editor = _new_incident(unlocked)
    editor.title.setText("He took my keys")
    assert unlocked.main_window is not None
    with qtbot.waitSignal(unlocked.locked):
        unlocked.main_window.lock_action.trigger()
    unlock(qtbot, unlocked)
    window = unlocked.main_window
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    window.continue_draft_button.click()
    editor = window.editor  # type: ignore[assignment]
    assert isinstance(editor, IncidentEditor)
    assert editor.title.text() == "He took my keys"
    assert editor.category.currentData() == ""
