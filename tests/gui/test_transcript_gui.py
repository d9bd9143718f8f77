"""Typing a recording's transcript in the editor (issue 13): "Type transcript…" on a sound or
video file, kept with the next saved version, shown in the history, printed beside the
recording in the bundle, and rechecked by verify."""

from __future__ import annotations

import hashlib
from pathlib import Path

from pytestqt.qtbot import QtBot

from journal_app.core.models import Category
from journal_app.export.bundle import export_bundle
from journal_app.export.selection import ExportOptions
from journal_app.export.verify import verify_bundle
from journal_app.ui.app import Session
from journal_app.ui.attachments import HASH_AT_ONCE_MAX
from journal_app.ui.editor import IncidentEditor
from journal_app.ui.message_editor import MessageEditor
from tests.gui.conftest import StubDialogs
from tests.gui.test_accessibility import _keyboard_problems
from tests.integration.test_export_media import flat_text, voicemail

SAID = "Pick up the phone or I come round tonight. Marker-transcript-51c2"


def _save(qtbot: QtBot, editor: IncidentEditor | MessageEditor) -> int:
    with qtbot.waitSignal(editor.saved, timeout=5_000) as blocker:
        editor.save_button.click()
    assert isinstance(blocker.args[0], int)
    return blocker.args[0]


def test_a_transcript_typed_in_the_editor_is_saved_shown_in_history_and_printed(
    qtbot: QtBot, unlocked: Session, dialogs: StubDialogs, tmp_path: Path
) -> None:
    main, journal = unlocked.main_window, unlocked.journal
    assert main is not None and journal is not None
    wav = tmp_path / "voicemail.wav"
    wav.write_bytes(voicemail(4))
    note = tmp_path / "note.txt"
    note.write_bytes(b"not a recording")
    digest = hashlib.sha256(wav.read_bytes()).hexdigest()
    main.message_action.trigger()
    editor = main.editor
    assert isinstance(editor, MessageEditor)
    editor.sender_edit.setText("+44 7700 900123")
    editor.category.set_chosen((Category.THREATS,))
    panel = editor.attachments
    assert panel.transcript_button.isHidden()
    dialogs.files = [note, wav]
    panel.buttons[0].click()  # Add files…
    assert not panel.transcript_button.isHidden()
    assert _keyboard_problems(editor) == []  # its key (Alt+Y) is used by nothing else
    panel.list.setCurrentRow(0)  # the note: no transcript for it
    assert not panel.transcript_button.isEnabled()
    panel.list.setCurrentRow(1)
    assert panel.transcript_button.isEnabled()
    assert "No transcript yet" in panel.list.item(1).text()
    dialogs.transcript = SAID
    panel.transcript_button.click()
    assert "Transcript typed" in panel.list.item(1).text()
    assert editor.has_unsaved_changes()
    entry_id = _save(qtbot, editor)

    saved = journal.get(entry_id)
    assert saved.current.fields is not None
    assert saved.current.fields.transcript_of(digest) == SAID
    # Opened again: the dialog shows the kept text; changing it adds a version whose
    # history line names what changed.
    main.open_entry(entry_id)
    editor = main.editor
    assert isinstance(editor, MessageEditor)
    row = next(
        i
        for i in range(editor.attachments.list.count())
        if "voicemail" in editor.attachments.list.item(i).text()
    )
    editor.attachments.list.setCurrentRow(row)
    dialogs.transcript = SAID + " (then he hung up)"
    editor.attachments.transcript_button.click()
    assert dialogs.transcripts_shown[-1] == SAID
    _save(qtbot, editor)
    history = editor.history.list
    assert history.item(1).text().startswith("Version 2")
    assert "changed: transcripts of recordings" in history.item(1).text()
    # Reading version 2 shows the new text beside the file's name, marked as changed.
    editor.show_version(1)
    assert editor.version_view.value_text("transcripts") == (
        f"voicemail.wav:\n{SAID} (then he hung up)"
    )
    assert "transcripts" in editor.version_view.marked()
    editor.show_current()

    pdf = tmp_path / "bundle.pdf"
    export_bundle(journal, ExportOptions(), pdf)
    text = flat_text(pdf)
    mark = next(a.id for a in journal.get(entry_id).current.attachments if a.sha256 == digest)
    sheet = text[text.index(f"Exhibit A{mark} Original name voicemail.wav") :]
    assert "Transcript typed by the person who kept the journal" in sheet
    assert f"From entry {entry_id}, version 2." in sheet
    assert SAID + " (then he hung up)" in sheet
    result = verify_bundle(pdf)
    assert result.intact and result.content_checked == 2, result.problems


def test_removing_a_recording_takes_its_transcript_off_the_next_version(
    qtbot: QtBot, unlocked: Session, dialogs: StubDialogs, tmp_path: Path
) -> None:
    main, journal = unlocked.main_window, unlocked.journal
    assert main is not None and journal is not None
    wav = tmp_path / "call.wav"
    wav.write_bytes(voicemail(2))
    main.incident_action.trigger()
    editor = main.editor
    assert isinstance(editor, IncidentEditor)
    editor.title.setText("Call at night")
    editor.category.set_chosen((Category.THREATS,))
    dialogs.files = [wav]
    editor.attachments.buttons[0].click()
    assert _keyboard_problems(editor) == []
    dialogs.transcript = SAID
    editor.attachments.transcript_button.click()
    entry_id = _save(qtbot, editor)
    editor.attachments.list.setCurrentRow(0)
    editor.attachments.remove_current()
    assert editor.attachments.transcript_button.isHidden()
    _save(qtbot, editor)
    latest = journal.get(entry_id).current
    assert latest.attachments == () and latest.fields is not None
    assert latest.fields.transcripts == ()
    assert journal.check().ok


def _new_message_with(unlocked: Session, dialogs: StubDialogs, files: list[Path]) -> MessageEditor:
    main = unlocked.main_window
    assert main is not None
    main.message_action.trigger()
    editor = main.editor
    assert isinstance(editor, MessageEditor)
    editor.sender_edit.setText("+44 7700 900123")
    editor.category.set_chosen((Category.THREATS,))
    dialogs.files = files
    editor.attachments.buttons[0].click()  # Add files…
    editor.attachments.list.setCurrentRow(0)
    return editor


def test_a_long_video_is_read_in_the_background_before_its_transcript_is_typed(
    qtbot: QtBot, unlocked: Session, dialogs: StubDialogs, tmp_path: Path
) -> None:
    # A transcript is bound to the file's SHA-256; a file not saved yet must be read for it.
    # A long video read on the GUI thread froze the editor for seconds.
    video = tmp_path / "doorbell-camera.mp4"
    with video.open("wb") as handle:
        for block in range(HASH_AT_ONCE_MAX // (1 << 20) + 8):
            handle.write(bytes([block % 251]) * (1 << 20))
    digest = hashlib.sha256(video.read_bytes()).hexdigest()
    editor = _new_message_with(unlocked, dialogs, [video])
    panel = editor.attachments
    dialogs.transcript = SAID
    panel.transcript_button.click()
    # The click returned before the file was read: the question comes when reading is done.
    assert "edit_transcript doorbell-camera.mp4" not in dialogs.asked
    qtbot.waitUntil(lambda: "Transcript typed" in panel.list.item(0).text(), timeout=10_000)
    assert dialogs.asked.count("edit_transcript doorbell-camera.mp4") == 1
    entry_id = _save(qtbot, editor)
    journal = unlocked.journal
    assert journal is not None
    fields = journal.get(entry_id).current.fields
    assert fields is not None and fields.transcript_of(digest) == SAID


def test_a_recording_gone_from_disk_gets_one_line_and_no_transcript_question(
    qtbot: QtBot, unlocked: Session, dialogs: StubDialogs, tmp_path: Path
) -> None:
    small = tmp_path / "voicemail.wav"
    small.write_bytes(voicemail(2))
    large = tmp_path / "long-call.mp4"
    large.write_bytes(b"\0" * (HASH_AT_ONCE_MAX + 1))
    editor = _new_message_with(unlocked, dialogs, [small, large])
    panel = editor.attachments
    small.unlink()  # the USB stick was pulled out, or the file was moved
    large.unlink()
    for row in (0, 1):
        panel.list.setCurrentRow(row)
        panel.notice.clear_message()
        panel.transcript_button.click()
        qtbot.waitUntil(lambda: panel.notice.isVisible(), timeout=10_000)
        assert panel.notice.property("problem") is True
        assert "\n" not in panel.notice.text() and "Traceback" not in panel.notice.text()
    assert not any(line.startswith("edit_transcript") for line in dialogs.asked)
