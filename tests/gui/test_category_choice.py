"""Issue 14: categories. Nothing is ticked on a new entry, and it is not saved until at least
one category is ticked, with a message that says so; an entry can carry several (a threat
during an assault), which come back ticked when it is opened again, show in the timeline, and
are found by the category filter and by search; a kept draft remembers that none was ticked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from journal_app.core.models import Category, Kind
from journal_app.ui.app import Session
from journal_app.ui.editor import IncidentEditor
from journal_app.ui.main_window import MainWindow
from journal_app.ui.message_editor import MessageEditor
from journal_app.ui.timeline_model import COLUMN_CATEGORY, COLUMN_TITLE
from tests.gui.conftest import unlock
from tests.support.helpers import fields
from tests.support.schema2 import add_schema2_entry


def _new_incident(session: Session) -> IncidentEditor:
    window = session.main_window
    assert window is not None
    window.incident_action.trigger()
    editor = window.editor
    assert isinstance(editor, IncidentEditor)
    return editor


def _ticked(editor: IncidentEditor | MessageEditor) -> list[Category]:
    return [
        c for c, line in editor.category.lines.items() if line.checkState() == Qt.CheckState.Checked
    ]


def _click(qtbot: QtBot, editor: IncidentEditor, category: Category) -> None:
    """A click on the category's name, as a person would (not only on the small box)."""
    choice = editor.category
    rect = choice.visualItemRect(choice.lines[category])
    qtbot.mouseClick(choice.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_new_incident_has_no_category_until_one_is_ticked(
    qtbot: QtBot, unlocked: Session
) -> None:
    editor = _new_incident(unlocked)
    window = unlocked.main_window
    assert window is not None
    window.show()
    assert _ticked(editor) == []
    editor.title.setText("He pushed me")
    assert editor.save() is False
    assert unlocked.journal is not None and unlocked.journal.count() == 0
    assert editor.notice.isVisibleTo(editor)
    assert "Choose at least one category" in editor.notice.text()
    assert editor.notice.property("problem")
    assert editor.category.hasFocus()

    window.activateWindow()
    qtbot.waitUntil(editor.category.hasFocus)
    # From the keyboard: arrows move down the list, Space ticks.
    for _ in range(3):
        qtbot.keyClick(editor.category, Qt.Key.Key_Down)
    qtbot.keyClick(editor.category, Qt.Key.Key_Space)
    assert _ticked(editor) == [Category.THREATS]
    with qtbot.waitSignal(editor.saved, timeout=3_000):
        assert editor.save() is True
    entry_id = editor.entry_id
    assert entry_id is not None
    saved = unlocked.journal.get(entry_id).latest_fields
    assert saved is not None and saved.categories == (Category.THREATS,)


def test_two_categories_are_saved_and_come_back_ticked(qtbot: QtBot, unlocked: Session) -> None:
    window, journal = unlocked.main_window, unlocked.journal
    assert window is not None and journal is not None
    journal.add(Kind.INCIDENT, fields("Unrelated", category=Category.FINANCIAL))
    editor = _new_incident(unlocked)
    window.show()
    qtbot.waitExposed(window)
    editor.title.setText("Threatened me while he hit me")
    _click(qtbot, editor, Category.PHYSICAL)
    _click(qtbot, editor, Category.THREATS)
    with qtbot.waitSignal(editor.saved, timeout=3_000):
        editor.save()
    entry_id = editor.entry_id
    assert entry_id is not None
    window.show_timeline()
    window.open_entry(entry_id)
    reopened = window.editor
    assert isinstance(reopened, IncidentEditor) and reopened is not editor
    assert _ticked(reopened) == [Category.PHYSICAL, Category.THREATS]
    assert not reopened.has_unsaved_changes()

    # The timeline shows both, and filtering by either one finds the entry.
    window.show_timeline()
    timeline = window.timeline
    for category in (Category.THREATS, Category.PHYSICAL):
        timeline.category.setCurrentIndex(timeline.category.findData(category.value))
        timeline.apply_filters()
        model = timeline.model
        qtbot.waitUntil(lambda: timeline.model.rowCount() == 1, timeout=3_000)
        shown = model.index(0, COLUMN_CATEGORY).data()
        assert "Physical" in shown and "Threats" in shown
    timeline.category.setCurrentIndex(timeline.category.findData(Category.FINANCIAL.value))
    timeline.apply_filters()
    qtbot.waitUntil(lambda: timeline.model.rowCount() == 1, timeout=3_000)
    assert "Unrelated" in str(timeline.model.index(0, COLUMN_TITLE).data())


def test_a_new_message_has_no_category_either(unlocked: Session) -> None:
    window = unlocked.main_window
    assert window is not None
    window.message_action.trigger()
    assert isinstance(window.editor, MessageEditor)
    assert _ticked(window.editor) == []


def test_an_entry_opens_with_its_own_category(unlocked: Session) -> None:
    journal, window = unlocked.journal, unlocked.main_window
    assert journal is not None and window is not None
    entry_id = journal.add(Kind.INCIDENT, fields("Money", category=Category.FINANCIAL))
    window.open_entry(entry_id)
    assert isinstance(window.editor, IncidentEditor)
    assert _ticked(window.editor) == [Category.FINANCIAL]
    assert not window.editor.has_unsaved_changes()
    # Unticking the last one is not a change anyone can save.
    window.editor.category.set_chosen(())
    assert window.editor.save() is False


def test_ticking_other_is_a_change(unlocked: Session) -> None:
    editor = _new_incident(unlocked)
    assert not editor.has_unsaved_changes()
    editor.category.lines[Category.OTHER].setCheckState(Qt.CheckState.Checked)
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
    assert _ticked(editor) == []


def test_the_history_reads_categories_and_marks_only_a_real_change(
    qtbot: QtBot, unlocked: Session
) -> None:
    """Version 1 stored one `category` the way the app wrote it before; version 2 changes only
    the title (stored as a list, same category: not marked); version 3 adds a category."""
    journal, window = unlocked.journal, unlocked.main_window
    assert journal is not None and window is not None
    connection = journal.vault.connection
    entry_id = add_schema2_entry(connection, "He said he would burn it", "threats")
    connection.execute(
        "INSERT INTO entry_categories (entry_id, position, category) VALUES (?, 0, 'threats')",
        (entry_id,),
    )
    journal.edit(entry_id, fields("He said he'd burn the flat", category=Category.THREATS))
    both = (Category.THREATS, Category.PHYSICAL)
    journal.edit(entry_id, fields("He said he'd burn the flat", categories=both))
    assert journal.check().ok
    window.open_entry(entry_id)
    editor = window.editor
    assert isinstance(editor, IncidentEditor)
    assert "categories" not in editor.history.list.item(1).text()
    assert "categories" in editor.history.list.item(2).text()
    view = editor.version_view
    editor.show_version(0)
    assert view.value_text("categories") == "Threats"
    editor.show_version(1)
    assert view.marked() == ["title"]
    editor.show_version(2)
    assert view.marked() == ["categories"]
    assert view.value_text("categories") == "Threats\nPhysical"
