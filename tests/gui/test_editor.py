"""Recording entries: every incident field, files, a pasted screenshot, edits and history."""

from __future__ import annotations

import hashlib
from datetime import date, time
from pathlib import Path

from PySide6.QtCore import QDate, QMimeData, Qt, QTime
from PySide6.QtGui import QColor, QGuiApplication, QImage
from pytestqt.qtbot import QtBot

from journal_app.core.journal import Journal
from journal_app.core.models import Category, Channel, Disclosure, Kind
from journal_app.ui.app import Session
from journal_app.ui.clipboard import ClipboardGuard
from journal_app.ui.editor import IncidentEditor
from journal_app.ui.message_editor import MessageEditor
from tests.gui.conftest import StubDialogs
from tests.support.helpers import fields


def _save(qtbot: QtBot, editor: IncidentEditor | MessageEditor) -> int:
    with qtbot.waitSignal(editor.saved, timeout=3_000) as blocker:
        editor.save_button.click()
    entry_id = blocker.args[0] if blocker.args else None
    assert isinstance(entry_id, int)
    return entry_id


def _fill_every_field(editor: IncidentEditor) -> None:
    editor.title.setText("Took my passport")
    editor.when.date.setDate(QDate(2026, 3, 1))
    editor.when.time.setTime(QTime(21, 30))
    editor.when.approximate.setChecked(True)
    editor.category.set_chosen((Category.IMMIGRATION,))
    editor.body.setPlainText("He said he would call immigration.\nMarker-7f3a")
    editor.location.setText("Kitchen")
    editor.people.setPlainText("Partner\nhis brother")
    editor.witnesses.setPlainText("Neighbour upstairs\nMy sister")
    editor.injuries.setPlainText("Bruised wrist")
    editor.medical.setText("GP next morning")
    editor.told.add_row("Police", "CAD 1234")
    editor.told.add_row("Advocate", "")
    editor.tags.setText("passport, Immigration")
    editor.severity.setCurrentIndex(editor.severity.findData(4))


def test_new_incident_with_every_field_and_a_file(
    qtbot: QtBot, unlocked: Session, dialogs: StubDialogs, tmp_path: Path
) -> None:
    main = unlocked.main_window
    assert main is not None
    photo = tmp_path / "photo.bin"
    photo.write_bytes(b"original bytes \x00\x01\x02" * 100)
    dialogs.files = [photo]
    main.incident_action.trigger()
    editor = main.editor
    assert isinstance(editor, IncidentEditor)
    _fill_every_field(editor)
    editor.attachments.pick_files()
    assert editor.attachments.list.count() == 1

    entry_id = _save(qtbot, editor)
    journal = unlocked.journal
    assert journal is not None
    entry = journal.get(entry_id)
    saved = entry.latest_fields
    assert saved is not None
    assert saved.title == "Took my passport"
    assert saved.occurred.day == date(2026, 3, 1)
    assert saved.occurred.at == time(21, 30)
    assert saved.occurred.approximate
    assert saved.categories == (Category.IMMIGRATION,)
    assert saved.body.endswith("Marker-7f3a")
    assert saved.location == "Kitchen"
    assert saved.people == ("Partner", "his brother")
    assert saved.witnesses == ("Neighbour upstairs", "My sister")
    assert saved.injuries == "Bruised wrist"
    assert saved.medical_care == "GP next morning"
    assert saved.told == (Disclosure("Police", "CAD 1234"), Disclosure("Advocate", ""))
    assert saved.tags == ("passport", "immigration")
    assert saved.severity == 4
    (attachment,) = entry.current.attachments
    assert attachment.sha256 == hashlib.sha256(photo.read_bytes()).hexdigest()
    assert journal.attachment_bytes(attachment.id) == photo.read_bytes()
    assert "Version 1" in editor.notice.text() or editor.history.version_count() == 1
    assert main.timeline.model.total == 1


def test_time_unknown_saves_a_date_only(
    qtbot: QtBot, journal: Journal, dialogs: StubDialogs
) -> None:
    editor = IncidentEditor(journal, dialogs, ClipboardGuard())
    qtbot.addWidget(editor)
    editor.title.setText("Untimed")
    editor.category.set_chosen((Category.PHYSICAL,))
    editor.when.time_unknown.setChecked(True)
    assert not editor.when.time.isEnabled()
    entry = journal.get(_save(qtbot, editor))
    assert entry.latest_fields is not None and entry.latest_fields.occurred.at is None


def test_missing_title_is_explained_and_nothing_saved(
    qtbot: QtBot, journal: Journal, dialogs: StubDialogs
) -> None:
    editor = IncidentEditor(journal, dialogs, ClipboardGuard())
    qtbot.addWidget(editor)
    editor.category.set_chosen((Category.PHYSICAL,))
    editor.save_button.click()
    qtbot.waitUntil(lambda: "title" in editor.notice.text())
    assert journal.count() == 0
    assert editor.save_button.isEnabled()


def test_edit_adds_a_second_version_shown_in_history(
    qtbot: QtBot, journal: Journal, dialogs: StubDialogs
) -> None:
    entry_id = journal.add(Kind.INCIDENT, fields("First words", body="first"))
    editor = IncidentEditor(journal, dialogs, ClipboardGuard(), entry_id)
    qtbot.addWidget(editor)
    assert editor.title.text() == "First words"
    assert editor.history.version_count() == 1
    editor.body.setPlainText("first, and more I remembered")
    _save(qtbot, editor)
    assert editor.history.version_count() == 2
    lines = [editor.history.list.item(i).text() for i in range(editor.history.list.count())]
    assert lines[0].startswith("Version 1") and "first written" in lines[0]
    assert lines[1].startswith("Version 2") and "what happened" in lines[1]
    versions = journal.get(entry_id).versions
    assert [v.fields.body for v in versions if v.fields] == [
        "first",
        "first, and more I remembered",
    ]


def _red_image() -> QImage:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    return image


def test_paste_a_screenshot_from_the_clipboard(
    qtbot: QtBot, journal: Journal, dialogs: StubDialogs
) -> None:
    clipboard = ClipboardGuard()
    editor = IncidentEditor(journal, dialogs, clipboard)
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.title.setText("Screenshot of the threat")
    editor.category.set_chosen((Category.PHYSICAL,))
    mime = QMimeData()
    mime.setImageData(_red_image())
    QGuiApplication.clipboard().setMimeData(mime)
    editor.attachments.list.setFocus()
    qtbot.keyClick(editor.attachments.list, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: editor.attachments.list.count() == 1)
    (source,) = editor.attachments.pending_sources()
    assert source.data is not None and source.data.startswith(b"\x89PNG")
    assert source.path is None
    entry = journal.get(_save(qtbot, editor))
    (attachment,) = entry.current.attachments
    assert attachment.mime_type == "image/png"
    assert (attachment.image_width, attachment.image_height) == (40, 30)
    assert editor.attachments.list.item(0).icon().isNull() is False


def test_pasting_a_picture_into_the_text_attaches_it(
    qtbot: QtBot, journal: Journal, dialogs: StubDialogs
) -> None:
    editor = IncidentEditor(journal, dialogs, ClipboardGuard())
    qtbot.addWidget(editor)
    mime = QMimeData()
    mime.setImageData(_red_image())
    QGuiApplication.clipboard().setMimeData(mime)
    editor.body.paste()
    assert editor.attachments.list.count() == 1
    assert editor.body.toPlainText() == ""


def test_message_with_channel_sender_and_checklist(
    qtbot: QtBot, journal: Journal, dialogs: StubDialogs
) -> None:
    editor = MessageEditor(journal, dialogs, ClipboardGuard())
    qtbot.addWidget(editor)
    editor.channel.setCurrentIndex(editor.channel.findData(Channel.WHATSAPP.value))
    editor.sender_edit.setText("+44 7700 900123")
    editor.body.setPlainText("You will regret this")
    editor.category.set_chosen((Category.THREATS,))
    entry = journal.get(_save(qtbot, editor))
    assert entry.kind is Kind.MESSAGE
    saved = entry.latest_fields
    assert saved is not None
    assert saved.channel == "whatsapp" and saved.sender == "+44 7700 900123"
    assert saved.title == "WhatsApp from +44 7700 900123"
    assert saved.categories == (Category.THREATS,)
    texts = [w.text() for w in editor.findChildren(type(editor.title_label))]
    assert any("number" in t and "contact name" in t for t in texts)


def test_opening_a_message_from_the_timeline_uses_the_message_editor(
    qtbot: QtBot, unlocked: Session
) -> None:
    assert unlocked.journal is not None and unlocked.main_window is not None
    entry_id = unlocked.journal.add(Kind.MESSAGE, fields("", channel="sms", sender="+1 555"))
    unlocked.main_window.open_entry(entry_id)
    editor = unlocked.main_window.editor
    assert isinstance(editor, MessageEditor)
    assert editor.sender_edit.text() == "+1 555"
