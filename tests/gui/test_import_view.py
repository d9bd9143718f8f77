"""Import messages in the app (issue 16): the conversation laid out, a choice, Import with
progress and Cancel, against a real vault and the fixtures in tests/fixtures/imports."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from pytestqt.qtbot import QtBot

from journal_app.core.journal import Journal
from journal_app.core.models import EntryFilter, Kind
from journal_app.ui import i18n as ui_i18n
from journal_app.ui import workers
from journal_app.ui.app import Session
from journal_app.ui.import_model import CHOSEN, MEDIA, SENDER, TEXT, TIME
from journal_app.ui.import_view import ImportDialog
from journal_app.vault.vault import Vault
from tests.gui.conftest import StubDialogs, run_now
from tests.support.helpers import PASSPHRASE

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "imports"
PICTURE = b"\xff\xd8\xff\xe0 synthetic jpeg bytes"


def whatsapp_zip(folder: Path) -> Path:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "WhatsApp Chat with Marco Ruiz.txt",
            (FIXTURES / "whatsapp_android_dmy.txt").read_bytes(),
        )
        archive.writestr("IMG-20240113-WA0003.jpg", PICTURE)
    path = folder / "WhatsApp Chat with Marco Ruiz.zip"
    path.write_bytes(buffer.getvalue())
    return path


def long_chat(path: Path, count: int) -> Path:
    moment = datetime(2024, 1, 13, 8, 0)
    lines = []
    for number in range(count):
        moment += timedelta(minutes=1)
        lines.append(f"{moment:%d/%m/%Y, %H:%M} - Marco Ruiz: message {number}\n")
    path.write_text("".join(lines), encoding="utf-8")
    return path


def opened(qtbot: QtBot, journal: Journal, dialogs: StubDialogs, path: Path) -> ImportDialog:
    dialog = ImportDialog(journal, dialogs)
    qtbot.addWidget(dialog)
    dialog.show()
    dialogs.file = path
    dialog.choose_button.click()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20_000)
    return dialog


def cell(dialog: ImportDialog, row: int, column: int) -> str:
    return str(dialog.model.data(dialog.model.index(row, column)) or "")


def run_import(qtbot: QtBot, dialog: ImportDialog) -> None:
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=60_000)


def test_the_conversation_is_laid_out_as_in_the_export(
    qtbot: QtBot, journal: Journal, dialogs: StubDialogs, tmp_path: Path
) -> None:
    dialog = opened(qtbot, journal, dialogs, whatsapp_zip(tmp_path))
    model = dialog.model
    assert model.rowCount() == 8
    assert cell(dialog, 0, SENDER) == "Marco Ruiz"
    assert cell(dialog, 0, TIME).startswith("12/01/2024, 21:15 (")  # as written, plus the zone
    assert "I know where she lives." in cell(dialog, 3, TEXT)
    assert cell(dialog, 5, MEDIA) == "IMG-20240113-WA0003.jpg"
    assert cell(dialog, 6, SENDER) == "Марко"
    assert "read in:" in dialog.zone_label.text()
    assert dialog.summary.text() == "0 of 8 messages chosen, 0 already in the journal."
    assert not dialog.import_button.isEnabled()
    dialog.all_button.click()
    assert dialog.summary.text() == "8 of 8 messages chosen, 0 already in the journal."
    # A single message, by its check box.
    model.setData(model.index(1, CHOSEN), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert dialog.summary.text() == "7 of 8 messages chosen, 0 already in the journal."
    # A range of dates: the 13th only.
    dialog.from_date.setDate(QDate(2024, 1, 13))
    dialog.to_date.setDate(QDate(2024, 1, 13))
    dialog.dates_button.click()
    assert [model.is_chosen(row) for row in range(8)] == [False] * 4 + [True] * 2 + [False] * 2
    dialog.none_button.click()
    assert model.chosen_count == 0 and not dialog.import_button.isEnabled()


def test_one_sender_from_a_zip_becomes_exactly_those_entries_with_their_media(
    qtbot: QtBot, unlocked: Session, dialogs: StubDialogs, tmp_path: Path
) -> None:
    window = unlocked.main_window
    assert window is not None
    journal = window.journal
    window.import_action.trigger()
    dialog = window.import_dialog
    assert dialog is not None and dialog.isVisible()
    dialogs.file = whatsapp_zip(tmp_path)
    dialog.choose_button.click()
    qtbot.waitUntil(lambda: dialog.task is None and dialog.model.rowCount() == 8, timeout=20_000)
    dialog.sender_combo.setCurrentIndex(dialog.sender_combo.findData("Marco Ruiz"))
    dialog.sender_button.click()
    assert dialog.summary.text().startswith("5 of 8 messages chosen")
    with qtbot.waitSignal(dialog.imported, timeout=60_000) as imported:
        dialog.import_button.click()
    ids = imported.args[0]
    entries = [journal.get(i) for i in ids]
    assert [e.current.fields.sender for e in entries] == ["Marco Ruiz"] * 5  # type: ignore[union-attr]
    first = entries[0].current.fields
    assert first is not None and first.body == "Where are you? Answer me now"
    with_media = [e for e in entries if len(e.current.attachments) == 2]
    assert len(with_media) == 1
    media = with_media[0].current.attachments[1]
    assert media.original_name == "IMG-20240113-WA0003.jpg"
    assert b"".join(journal.attachment_chunks(media.id)) == PICTURE
    assert journal.count(EntryFilter(kinds=(Kind.MESSAGE,))) == 5
    # The list behind the dialog shows them, and the dialog now marks them as in the journal.
    assert window.timeline.model.rowCount() == 5
    assert "5 messages were imported" in dialog.notice.text()
    assert dialog.summary.text() == "0 of 8 messages chosen, 5 already in the journal."
    assert journal.check().ok


def test_reopening_the_same_file_shows_everything_already_imported(
    qtbot: QtBot, journal: Journal, dialogs: StubDialogs, tmp_path: Path
) -> None:
    path = whatsapp_zip(tmp_path)
    first = opened(qtbot, journal, dialogs, path)
    first.all_button.click()
    run_import(qtbot, first)
    count = journal.count()
    again = opened(qtbot, journal, dialogs, path)
    model = again.model
    assert again.summary.text() == "0 of 8 messages chosen, 8 already in the journal."
    assert all(cell(again, row, CHOSEN) == "In the journal" for row in range(8))
    assert not model.flags(model.index(0, CHOSEN)) & Qt.ItemFlag.ItemIsUserCheckable
    again.all_button.click()  # nothing can be chosen
    assert model.chosen_count == 0 and not again.import_button.isEnabled()
    assert journal.count() == count


def test_cancel_midway_adds_nothing(
    qtbot: QtBot, journal: Journal, dialogs: StubDialogs, tmp_path: Path
) -> None:
    dialog = opened(qtbot, journal, dialogs, long_chat(tmp_path / "chat.txt", 5000))
    head = journal.head()
    dialog.all_button.click()
    dialog.import_button.click()
    assert dialog.cancel_button.isVisible() and dialog.progress.isVisible()
    qtbot.waitUntil(lambda: dialog.progress.value() > 0, timeout=60_000)
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=60_000)
    assert dialog.notice.text() == "Cancelled. Nothing was changed."
    assert journal.count() == 0 and journal.head() == head
    assert journal.imported_message_keys() == set()
    assert dialog.summary.text() == "5,000 of 5,000 messages chosen, 0 already in the journal."


@pytest.mark.parametrize("case", ["traversal", "laughs"])
def test_a_hostile_file_gives_one_calm_line_and_adds_nothing(
    qtbot: QtBot, journal: Journal, dialogs: StubDialogs, tmp_path: Path, case: str
) -> None:
    if case == "traversal":
        path = tmp_path / "chat.zip"
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("WhatsApp Chat.txt", b"12/01/2024, 21:15 - M: hi\n")
            archive.writestr("../../.bashrc", b"echo owned")
    else:
        path = tmp_path / "sms.xml"
        path.write_text(
            '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
            '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
            '<smses count="1"><sms address="&lol2;" date="1" type="1" body="x"/></smses>',
            encoding="utf-8",
        )
    dialog = opened(qtbot, journal, dialogs, path)
    text = dialog.notice.text()
    assert dialog.notice.isVisible() and dialog.notice.property("problem")
    assert "\n" not in text and "Traceback" not in text and text.endswith(".")
    assert "nothing was imported" in text or "not imported" in text, text
    assert dialog.model.rowCount() == 0 and not dialog.import_button.isEnabled()
    assert journal.count() == 0
    assert not (tmp_path.parent / ".bashrc").exists()


def test_a_file_whose_dates_read_both_ways_asks_and_is_read_day_first(
    qtbot: QtBot, journal: Journal, dialogs: StubDialogs
) -> None:
    dialog = opened(qtbot, journal, dialogs, FIXTURES / "whatsapp_ambiguous.txt")
    assert dialog.date_order_row.isVisible()
    assert dialog.model.rowCount() == 0
    dialog.date_order_combo.setCurrentIndex(dialog.date_order_combo.findData("dmy"))
    qtbot.waitUntil(lambda: dialog.task is None and dialog.model.rowCount() > 0, timeout=20_000)
    first = dialog.model.item(0)
    assert first.occurred.day.month == 4 and first.occurred.day.day == 3  # 03/04 = 3 April


def test_an_export_dropped_on_the_dialog_is_read(
    qtbot: QtBot, journal: Journal, dialogs: StubDialogs
) -> None:
    dialog = ImportDialog(journal, dialogs)
    qtbot.addWidget(dialog)
    dialog.show()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(FIXTURES / "whatsapp_iphone_mdy.txt"))])
    where, action = QPointF(QPoint(20, 20)), Qt.DropAction.CopyAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(20, 20), action, mime, buttons, keys)
    enter.ignore()
    dialog.dragEnterEvent(enter)
    assert enter.isAccepted()
    # Offscreen Qt has no drag manager to route a synthetic drop, so it is handed over as the
    # window system would.
    dialog.dropEvent(QDropEvent(where, action, mime, buttons, keys))
    qtbot.waitUntil(lambda: dialog.task is None and dialog.model.rowCount() == 4, timeout=20_000)
    assert dialog.file_label.text() == "whatsapp_iphone_mdy.txt"


def test_locking_during_an_import_cancels_it_and_keeps_nothing(
    qtbot: QtBot, unlocked: Session, dialogs: StubDialogs, tmp_path: Path, vault_dir: Path
) -> None:
    window = unlocked.main_window
    assert window is not None
    dialog = window.open_import()
    dialogs.file = long_chat(tmp_path / "chat.txt", 5000)
    dialog.choose_button.click()
    qtbot.waitUntil(lambda: dialog.task is None and dialog.model.rowCount() == 5000, timeout=20_000)
    dialog.all_button.click()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.progress.value() > 0, timeout=60_000)
    unlocked.lock()
    assert not window.isVisible() and unlocked.unlock_window.isVisible()
    qtbot.waitUntil(unlocked.closed.is_set, timeout=60_000)
    assert not workers.running()
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        assert Journal(vault).count() == 0


def test_the_export_dialog_shows_imported_messages_as_a_conversation_unless_unticked(
    qtbot: QtBot, unlocked: Session, dialogs: StubDialogs, tmp_path: Path
) -> None:
    window = unlocked.main_window
    assert window is not None
    importer = window.open_import()
    dialogs.file = whatsapp_zip(tmp_path)
    importer.choose_button.click()
    qtbot.waitUntil(lambda: importer.task is None and importer.model.rowCount() == 8)
    importer.all_button.click()
    with qtbot.waitSignal(importer.imported, timeout=60_000):
        importer.import_button.click()
    importer.close()
    window.run_task = run_now
    for ticked in (True, False):
        dialog = window.open_export()
        assert dialog.transcripts.isChecked()  # on by default
        dialog.transcripts.setChecked(ticked)
        dialog.use_password.setChecked(False)
        dialogs.save_path = tmp_path / f"bundle-{ticked}.pdf"
        dialog.export_button.click()
        text = "".join(p.extract_text() for p in PdfReader(dialogs.save_path).pages)
        assert ("Transcript 1: WhatsApp Chat with Marco Ruiz.zip" in text) is ticked
        dialog.close()
        qtbot.waitUntil(lambda: window.export_dialog is None)


def test_the_zone_the_phone_was_in_can_be_said_and_is_recorded(
    qtbot: QtBot, journal: Journal, dialogs: StubDialogs
) -> None:
    dialog = opened(qtbot, journal, dialogs, FIXTURES / "whatsapp_android_dmy.txt")
    dialog.zone_combo.setCurrentIndex(dialog.zone_combo.findData("America/Sao_Paulo"))
    qtbot.waitUntil(lambda: dialog.task is None and dialog.model.rowCount() == 8)
    assert cell(dialog, 0, TIME) == "12/01/2024, 21:15 (-03:00)"  # as written, zone assumed
    assert "America/Sao_Paulo" in dialog.zone_label.text()
    dialog.all_button.click()
    with qtbot.waitSignal(dialog.imported, timeout=60_000) as imported:
        dialog.import_button.click()
    fields = journal.get(imported.args[0][0]).current.fields
    assert fields is not None and fields.source is not None
    assert fields.source.zone == "America/Sao_Paulo" and fields.occurred.utc_offset == "-03:00"
    assert fields.source.written == "12/01/2024, 21:15"


def test_one_e_mail_is_spoken_of_as_one_message(
    qtbot: QtBot, journal: Journal, dialogs: StubDialogs
) -> None:
    dialog = opened(qtbot, journal, dialogs, FIXTURES / "email_plain.eml")
    assert dialog.zone_label.text().startswith("1 message. Times are as the export writes them")
    dialog.all_button.click()
    run_import(qtbot, dialog)
    assert dialog.notice.text() == "1 message was imported into the journal."
    assert dialog.summary.text() == "0 of 1 message chosen, 1 already in the journal."
    assert journal.count(EntryFilter(kinds=(Kind.MESSAGE,))) == 1


@pytest.fixture
def in_spanish() -> Iterator[None]:
    ui_i18n.install("es")
    yield
    ui_i18n.install("en")


def test_the_zone_line_speaks_the_persons_language_and_the_record_stays_as_before(
    qtbot: QtBot, journal: Journal, dialogs: StubDialogs, in_spanish: None
) -> None:
    # "Etc/UTC (this computer's zone)" stood in English in the middle of a Spanish sentence.
    dialog = opened(qtbot, journal, dialogs, FIXTURES / "whatsapp_android_dmy.txt")
    line = dialog.zone_label.text()
    assert "(la zona de este ordenador)" in line and "computer" not in line
    dialog.all_button.click()
    run_import(qtbot, dialog)
    first = journal.get(1).current.fields
    # What each message records of the zone assumed is the same words as every import before.
    assert first is not None and first.source is not None
    assert first.source.zone.endswith(" (this computer's zone)")
