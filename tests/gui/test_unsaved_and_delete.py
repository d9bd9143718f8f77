"""Leaving an editor with changes asks first; lock does not; Delete asks, then leaves a marker."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from journal_app.core.models import Category, Kind
from journal_app.ui.app import Session
from journal_app.ui.dialogs import UnsavedChoice
from journal_app.ui.editor import IncidentEditor
from journal_app.ui.help import SECTIONS
from journal_app.ui.main_window import MainWindow
from tests.gui.conftest import StubDialogs
from tests.support.helpers import fields


def _editing(unlocked: Session, title: str = "Draft") -> tuple[MainWindow, IncidentEditor]:
    window = unlocked.main_window
    assert window is not None
    window.incident_action.trigger()
    editor = window.editor
    assert isinstance(editor, IncidentEditor)
    assert "unsaved" not in editor.title_label.text()
    editor.title.setText(title)
    editor.category.set_chosen((Category.PHYSICAL,))
    return window, editor


def test_editor_heading_marks_unsaved_changes(qtbot: QtBot, unlocked: Session) -> None:
    _window, editor = _editing(unlocked)
    assert "unsaved changes" in editor.title_label.text()
    with qtbot.waitSignal(editor.saved):
        editor.save_button.click()
    assert "unsaved" not in editor.title_label.text()
    editor.body.setPlainText("more")
    assert "unsaved changes" in editor.title_label.text()
    editor.body.setPlainText("")
    assert "unsaved" not in editor.title_label.text()  # back to what is stored


def test_back_with_changes_and_keep_editing_stays(
    qtbot: QtBot, unlocked: Session, dialogs: StubDialogs
) -> None:
    window, editor = _editing(unlocked)
    dialogs.unsaved_answer = UnsavedChoice.CANCEL
    editor.back_button.click()
    assert dialogs.asked == ["ask_unsaved"]
    assert window.editor is editor and window.pages.currentWidget() is editor
    assert editor.title.text() == "Draft"


def test_back_and_leave_without_saving_discards(
    qtbot: QtBot, unlocked: Session, dialogs: StubDialogs
) -> None:
    window, editor = _editing(unlocked)
    dialogs.unsaved_answer = UnsavedChoice.DISCARD
    editor.back_button.click()
    assert window.editor is None and window.pages.currentWidget() is window.timeline
    assert unlocked.journal is not None and unlocked.journal.count() == 0


def test_new_entry_with_changes_and_save_saves_then_opens_the_new_one(
    qtbot: QtBot, unlocked: Session, dialogs: StubDialogs
) -> None:
    window, editor = _editing(unlocked, "Saved on the way out")
    dialogs.unsaved_answer = UnsavedChoice.SAVE
    with qtbot.waitSignal(editor.saved):
        window.message_action.trigger()
    qtbot.waitUntil(lambda: window.editor is not editor)
    assert window.editor is not None and window.editor.KIND is Kind.MESSAGE
    assert unlocked.journal is not None
    assert [s.title for s in unlocked.journal.entries()] == ["Saved on the way out"]


def test_save_that_fails_keeps_the_editor_open(
    qtbot: QtBot, unlocked: Session, dialogs: StubDialogs
) -> None:
    window, editor = _editing(unlocked, "")
    editor.body.setPlainText("no title yet")
    dialogs.unsaved_answer = UnsavedChoice.SAVE
    window.list_action.trigger()
    qtbot.waitUntil(lambda: "title" in editor.notice.text())
    assert window.editor is editor


def test_an_unchanged_editor_leaves_without_asking(
    qtbot: QtBot, unlocked: Session, dialogs: StubDialogs
) -> None:
    assert unlocked.journal is not None and unlocked.main_window is not None
    entry_id = unlocked.journal.add(Kind.INCIDENT, fields("Stored"))
    unlocked.main_window.open_entry(entry_id)
    editor = unlocked.main_window.editor
    assert editor is not None and not editor.has_unsaved_changes()
    editor.back_button.click()
    assert dialogs.asked == [] and unlocked.main_window.editor is None


@pytest.mark.parametrize("how", ["lock", "quick_exit", "idle"])
def test_lock_never_asks_and_discards_the_draft(
    qtbot: QtBot, unlocked: Session, dialogs: StubDialogs, how: str
) -> None:
    window, _editor = _editing(unlocked, "Half written")
    journal = unlocked.journal
    assert journal is not None
    vault = journal.vault
    if how == "lock":
        window.lock_action.trigger()
    elif how == "quick_exit":
        window.quick_exit_action.trigger()
    else:
        unlocked.idle.set_timeout_ms(20)
        qtbot.waitUntil(lambda: unlocked.vault is None, timeout=5_000)
    assert dialogs.asked == []
    assert not isValid(window) or not window.isVisible()
    assert not vault.is_open
    assert "before you leave the computer" in " ".join(text for _, text in SECTIONS)


def _stored_entry(unlocked: Session) -> tuple[MainWindow, IncidentEditor, int]:
    assert unlocked.journal is not None and unlocked.main_window is not None
    entry_id = unlocked.journal.add(Kind.INCIDENT, fields("Took my keys", body="secret text"))
    unlocked.main_window.timeline.refresh()
    unlocked.main_window.open_entry(entry_id)
    editor = unlocked.main_window.editor
    assert isinstance(editor, IncidentEditor)
    return unlocked.main_window, editor, entry_id


def test_delete_asks_first_and_keeping_it_changes_nothing(
    qtbot: QtBot, unlocked: Session, dialogs: StubDialogs
) -> None:
    _window, editor, entry_id = _stored_entry(unlocked)
    assert not editor.delete_button.isHidden()
    dialogs.delete_answer = False
    editor.delete_button.click()
    assert dialogs.asked == ["confirm_delete Took my keys"]
    assert unlocked.journal is not None
    assert not unlocked.journal.get(entry_id).deleted


def test_delete_erases_the_text_and_leaves_a_dated_marker(
    qtbot: QtBot, unlocked: Session, dialogs: StubDialogs
) -> None:
    window, editor, entry_id = _stored_entry(unlocked)
    dialogs.delete_answer = True
    with qtbot.waitSignal(editor.deleted):
        editor.delete_button.click()
    assert unlocked.journal is not None
    entry = unlocked.journal.get(entry_id)
    assert entry.deleted and entry.latest_fields is None
    assert "marker stays in the history" in editor.notice.text()
    assert editor.delete_button.isHidden() and not editor.save_button.isEnabled()
    history = [editor.history.list.item(i).text() for i in range(editor.history.list.count())]
    assert any(line.startswith("Version 2") and "deleted" in line for line in history)
    assert window.timeline.model.total == 0  # the list shows what is kept, not tombstones


def test_delete_box_explains_what_happens(qtbot: QtBot) -> None:
    from journal_app.ui.dialogs import delete_box

    box = delete_box(None, "Took my keys")
    qtbot.addWidget(box)
    text = (box.text() + " " + box.informativeText()).lower()
    assert "took my keys" in text
    assert "text and the files" in text and "erased" in text
    assert "dated marker stays in the history" in text
    assert "cannot be undone" in text
    assert box.escapeButton() is box.defaultButton()  # Esc and Enter both keep the entry
