"""PySide6 6.12 on Python 3.11 takes a reference from None for every call that returns nothing,
a null pointer or an empty QVariant, and one from True for every emit (ui/refcounts.py).

A long session must not use them up, and the app's own reads of what a person chose must take
nothing at all. Ordinary Python work moves None's count by a few either way; a leak of one per
call over hundreds of calls cannot hide under TOLERANCE.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from journal_app.core.models import EntryFilter
from journal_app.ui.app import Session
from journal_app.ui.editor import IncidentEditor
from journal_app.ui.export_dialog import ExportDialog
from journal_app.ui.message_editor import MessageEditor
from tests.gui.conftest import run_now
from tests.gui.long_session import fill
from tests.support.helpers import ROOT, cli_env

READS = 300
TOLERANCE = 10
SESSIONS_TO_OUTLAST = 1_000_000


def _taken_from_none(read: Callable[[], object]) -> int:
    read()  # the first call may fill caches
    before = sys.getrefcount(None)
    for _ in range(READS):
        read()
    return before - sys.getrefcount(None)


def test_reading_back_choices_and_rows_takes_nothing_from_none(
    qtbot: QtBot, unlocked: Session
) -> None:
    window, journal = unlocked.main_window, unlocked.journal
    assert window is not None and journal is not None
    fill(journal)
    window.timeline.refresh()
    window.timeline.model.fetchMore()
    assert window.timeline.model.rowCount() == 3
    dialogs, clipboard = unlocked.dialogs, unlocked.clipboard
    incident = IncidentEditor(journal, dialogs, clipboard)  # severity "not set", no files yet
    message = MessageEditor(journal, dialogs, clipboard)
    with_file = journal.entries(EntryFilter(text="Followed"))[0].id
    stored = IncidentEditor(journal, dialogs, clipboard, with_file)
    export = ExportDialog(journal, dialogs, run_now)
    for widget in (incident, message, stored, export):
        qtbot.addWidget(widget)
    readers: dict[str, Callable[[], object]] = {
        "timeline filter": window.timeline.current_filter,
        # Qt asks the timeline model for every role of every cell it paints.
        "timeline painted": window.timeline.table.viewport().grab,
        "incident fields": incident.collect,
        "message fields": message.collect,
        "unsaved changes with a file": stored.has_unsaved_changes,
        "export choices": export.options,
    }
    taken = {name: _taken_from_none(read) for name, read in readers.items()}
    assert all(count <= TOLERANCE for count in taken.values()), taken

    # The choices that now carry stand-in data still mean what they say.
    assert incident.collect().severity is None
    chosen = window.timeline.current_filter()
    assert (chosen.categories, chosen.tags) == ((), ())
    files = stored.attachments
    files.list.setCurrentRow(-1)
    files.remove_current()  # nothing chosen: nothing happens
    assert files.removed_ids() == [] and not stored.has_unsaved_changes()
    files.list.setCurrentRow(0)
    files.remove_current()
    assert len(files.removed_ids()) == 1 and stored.has_unsaved_changes()


def test_a_long_session_neither_aborts_nor_uses_up_none_or_true(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tests.gui.long_session", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=cli_env({"QT_QPA_PLATFORM": "offscreen"}),
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-600:]
    report = json.loads(done.stdout.splitlines()[-1])
    assert report["listed"] == report["entries"] == 3
    for name, taken in report["taken"].items():
        assert report["left"][name] > SESSIONS_TO_OUTLAST * max(taken, 1), report


def test_many_qt_calls_that_hand_back_nothing_do_not_abort_the_interpreter() -> None:
    script = textwrap.dedent(
        """
        import journal_app.ui
        from PySide6.QtCore import QCoreApplication, QObject, Signal

        class Source(QObject):
            ping = Signal()

        app = QCoreApplication([])
        source = Source()
        for _ in range(20_000):
            source.setObjectName("x")  # returns nothing
            source.parent()  # a null pointer
            source.property("absent")  # an empty QVariant
        for _ in range(2_000):
            source.ping.emit()
        print("done")
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert (done.returncode, done.stdout.strip()) == (0, "done"), done.stderr[-600:]
