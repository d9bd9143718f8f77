"""Issue 14, the small ones in the editor: "Add a person" puts the cursor in the new row; a
pasted picture attaches from any field, one-line fields included; the same file twice is
pointed out and kept once; confirmations show where the person is looking (on screen at
1024×600) and are gone after saving."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget
from pytestqt.qtbot import QtBot

from journal_app.core.models import Category
from journal_app.ui.app import Session
from journal_app.ui.attachments import HASH_AT_ONCE_MAX
from journal_app.ui.editor import IncidentEditor
from tests.gui.conftest import StubDialogs


def _editor(qtbot: QtBot, session: Session, size: tuple[int, int] = (1366, 768)) -> IncidentEditor:
    window = session.main_window
    assert window is not None
    window.resize(*size)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.incident_action.trigger()
    editor = window.editor
    assert isinstance(editor, IncidentEditor)
    return editor


def _copy_picture(colour: str = "blue") -> None:
    image = QImage(30, 20, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    mime = QMimeData()
    mime.setImageData(image)
    QGuiApplication.clipboard().setMimeData(mime)


def _on_screen(widget: QWidget) -> bool:
    """The widget is shown and lies inside its window's visible area (not scrolled away)."""
    window = widget.window()
    top_left = widget.mapTo(window, QPoint(0, 0))
    return widget.isVisible() and window.rect().contains(QRect(top_left, widget.size()))


def test_add_a_person_puts_the_cursor_in_the_new_row(qtbot: QtBot, unlocked: Session) -> None:
    editor = _editor(qtbot, unlocked)
    told = editor.told
    told.add_button.setFocus()
    told.add_button.click()
    assert told.table.rowCount() == 1
    assert told.table.state() == QAbstractItemView.State.EditingState
    focus = QApplication.focusWidget()
    assert focus is not None and told.table.isAncestorOf(focus)
    qtbot.keyClicks(focus, "Police")
    qtbot.keyClick(focus, Qt.Key.Key_Tab)  # on to the next field; the name is kept
    assert told.value()[0].who == "Police"


def test_a_picture_pasted_in_a_one_line_field_is_attached(qtbot: QtBot, unlocked: Session) -> None:
    editor = _editor(qtbot, unlocked)
    for field, colour in zip(
        (editor.title, editor.location, editor.people), ("red", "green", "blue"), strict=True
    ):
        _copy_picture(colour)
        field.setFocus()
        before = editor.attachments.list.count()
        qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        assert editor.attachments.list.count() == before + 1, field.accessibleName()
    assert editor.title.text() == "" and editor.location.text() == ""


def test_text_pasted_in_a_field_is_still_text(qtbot: QtBot, unlocked: Session) -> None:
    editor = _editor(qtbot, unlocked)
    QGuiApplication.clipboard().setText("Kitchen")
    editor.location.setFocus()
    qtbot.keyClick(editor.location, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert editor.location.text() == "Kitchen"
    assert editor.attachments.list.count() == 0


def test_the_same_file_twice_is_pointed_out_and_kept_once(
    qtbot: QtBot, unlocked: Session, dialogs: StubDialogs, tmp_path: Path
) -> None:
    editor = _editor(qtbot, unlocked)
    first = tmp_path / "photo.jpg"
    first.write_bytes(b"the same bytes" * 1000)
    copy = tmp_path / "photo (copy).jpg"
    copy.write_bytes(first.read_bytes())
    other = tmp_path / "other.jpg"
    other.write_bytes(b"other bytes!!!" * 1000)  # same size, other content
    dialogs.files = [first]
    editor.attachments.pick_files()
    dialogs.files = [copy, first, other]
    editor.attachments.pick_files()
    assert editor.attachments.list.count() == 2
    assert "already attached" in editor.notice.text().lower()
    assert "photo (copy).jpg" in editor.notice.text()
    editor.title.setText("Twice")
    editor.category.set_chosen((Category.PHYSICAL,))
    with qtbot.waitSignal(editor.saved, timeout=5_000):
        editor.save()
    # Once saved, the same file again is still pointed out.
    dialogs.files = [copy]
    editor.attachments.pick_files()
    assert editor.attachments.list.count() == 2
    assert "already attached" in editor.notice.text().lower()
    assert unlocked.journal is not None and editor.entry_id is not None
    assert len(unlocked.journal.get(editor.entry_id).current.attachments) == 2


def test_a_confirmation_shows_on_screen_and_goes_after_saving(
    qtbot: QtBot, unlocked: Session
) -> None:
    editor = _editor(qtbot, unlocked, (1024, 600))
    editor.title.setText("Threat by text")
    editor.category.set_chosen((Category.PHYSICAL,))
    _copy_picture()
    editor.title.setFocus()
    qtbot.keyClick(editor.title, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    shown = [
        n for n in editor.findChildren(QWidget) if "Screenshot added" in (n.property("text") or "")
    ]
    assert shown and all(_on_screen(n) for n in shown), [n.isVisible() for n in shown]
    with qtbot.waitSignal(editor.saved, timeout=5_000):
        editor.save()
    assert not [
        n
        for n in editor.findChildren(QWidget)
        if n.isVisible() and "Screenshot added" in (n.property("text") or "")
    ]


def test_the_same_long_video_chosen_twice_is_pointed_out_at_once(
    qtbot: QtBot, unlocked: Session, dialogs: StubDialogs, tmp_path: Path
) -> None:
    # Chosen twice, the same file is known to be the same without reading it: a 2 GB video
    # was read twice over on the GUI thread to find out.
    editor = _editor(qtbot, unlocked)
    video = tmp_path / "doorbell.mp4"
    video.write_bytes(b"\0" * (HASH_AT_ONCE_MAX + 1))
    dialogs.files = [video]
    editor.attachments.pick_files()
    editor.attachments.pick_files()
    assert editor.attachments.list.count() == 1
    assert "“doorbell.mp4” is already in the list." in editor.notice.text()


def test_a_listed_file_gone_from_disk_does_not_stop_another_of_its_size(
    qtbot: QtBot, unlocked: Session, dialogs: StubDialogs, tmp_path: Path
) -> None:
    editor = _editor(qtbot, unlocked)
    gone = tmp_path / "first.jpg"
    gone.write_bytes(b"a" * 5000)
    dialogs.files = [gone]
    editor.attachments.pick_files()
    gone.unlink()  # moved away after it was added
    other = tmp_path / "second.jpg"
    other.write_bytes(b"b" * 5000)  # the same size, so the two are compared
    dialogs.files = [other]
    editor.attachments.pick_files()
    assert editor.attachments.list.count() == 2
    assert "second.jpg" in editor.attachments.list.item(1).text()
