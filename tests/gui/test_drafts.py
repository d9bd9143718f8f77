"""Issue 14: drafts that survive. What is typed in an editor is kept as an encrypted draft in
the vault (a private note, not a version in the history chain) a few seconds after typing
stops and at every lock, quick exit and idle lock; after unlocking the window offers to
continue with it or discard it."""

from __future__ import annotations

import time

from pytestqt.qtbot import QtBot

from journal_app.core.models import Category
from journal_app.ui.app import Session
from journal_app.ui.editor import IncidentEditor
from journal_app.ui.main_window import DRAFT_NOTE, MainWindow
from tests.gui.conftest import QuitRecorder, unlock


def _type_a_draft(session: Session) -> IncidentEditor:
    window = session.main_window
    assert window is not None
    window.incident_action.trigger()
    editor = window.editor
    assert isinstance(editor, IncidentEditor)
    editor.title.setText("He took my phone")
    editor.category.set_chosen((Category.PHYSICAL,))
    editor.body.setPlainText("He said that if I ever")
    return editor


def _continue(qtbot: QtBot, session: Session) -> IncidentEditor:
    unlock(qtbot, session)
    window = session.main_window
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    assert window.draft_bar.isVisibleTo(window)
    window.continue_draft_button.click()
    assert not window.draft_bar.isVisibleTo(window)
    editor = window.editor
    assert isinstance(editor, IncidentEditor)
    return editor


def test_lock_keeps_the_draft_and_unlocking_offers_it(qtbot: QtBot, unlocked: Session) -> None:
    _type_a_draft(unlocked)
    assert unlocked.main_window is not None
    with qtbot.waitSignal(unlocked.locked):
        unlocked.main_window.lock_action.trigger()
    editor = _continue(qtbot, unlocked)
    assert editor.title.text() == "He took my phone"
    assert editor.body.toPlainText() == "He said that if I ever"
    assert editor.has_unsaved_changes()
    assert unlocked.journal is not None and unlocked.journal.count() == 0  # not an entry
    with qtbot.waitSignal(editor.saved):
        editor.save_button.click()
    assert unlocked.journal.private_note(DRAFT_NOTE) == ""  # saved: no draft left


def test_quick_exit_keeps_the_draft_and_stays_quick(
    qtbot: QtBot, unlocked: Session, quit_recorder: QuitRecorder
) -> None:
    _type_a_draft(unlocked)
    assert unlocked.main_window is not None
    started = time.perf_counter()
    unlocked.main_window.quick_exit_action.trigger()
    elapsed = time.perf_counter() - started
    assert quit_recorder.calls == 1
    assert elapsed < 0.1, elapsed
    editor = _continue(qtbot, unlocked)
    assert editor.body.toPlainText() == "He said that if I ever"


def test_idle_lock_keeps_the_draft(qtbot: QtBot, unlocked: Session) -> None:
    _type_a_draft(unlocked)
    with qtbot.waitSignal(unlocked.locked):
        unlocked.idle.idle.emit()
    assert _continue(qtbot, unlocked).title.text() == "He took my phone"


def test_the_draft_is_kept_a_few_seconds_after_typing_stops(
    qtbot: QtBot, unlocked: Session
) -> None:
    editor = _type_a_draft(unlocked)
    journal = unlocked.journal
    assert journal is not None
    assert journal.private_note(DRAFT_NOTE) == ""
    qtbot.waitUntil(
        lambda: "He said that if I ever" in journal.private_note(DRAFT_NOTE), timeout=6000
    )
    editor.body.setPlainText("")
    editor.title.setText("")  # back to an empty form: nothing to keep
    editor.category.set_chosen(())
    qtbot.waitUntil(lambda: journal.private_note(DRAFT_NOTE) == "", timeout=6000)


def test_discarding_the_offer_forgets_the_draft(qtbot: QtBot, unlocked: Session) -> None:
    _type_a_draft(unlocked)
    assert unlocked.main_window is not None
    with qtbot.waitSignal(unlocked.locked):
        unlocked.main_window.lock_action.trigger()
    unlock(qtbot, unlocked)
    window = unlocked.main_window
    assert window is not None
    qtbot.addWidget(window)
    window.discard_draft_button.click()
    assert not window.draft_bar.isVisibleTo(window)
    assert unlocked.journal is not None and unlocked.journal.private_note(DRAFT_NOTE) == ""
    assert window.editor is None
