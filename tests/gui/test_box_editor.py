"""Black boxes drawn in the Export dialog: a drag with the mouse becomes a box in the picture's
own pixels, the keyboard removes the last one and Escape cancels, and the exported bundle holds
the picture with that region black (read back with pypdf and Pillow)."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from journal_app.core.journal import Journal
from journal_app.core.models import AttachmentSource, Kind
from journal_app.export.boxes import Box
from journal_app.ui import i18n as ui_i18n
from journal_app.ui.box_editor import BoxEditor, make_editor
from journal_app.ui.export_dialog import ExportDialog
from tests.gui.conftest import StubDialogs, run_now
from tests.gui.screens import visible_texts
from tests.gui.test_accessibility import _keyboard_problems, _unnamed
from tests.gui.test_languages import _cut, _lay_out
from tests.support.helpers import fields


def picture(size: tuple[int, int] = (200, 120)) -> bytes:
    image = Image.new("RGB", size, (230, 200, 40))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def back_to_english() -> Iterator[None]:
    yield
    ui_i18n.install("en")


@pytest.fixture
def with_picture(journal: Journal) -> tuple[Journal, int]:
    entry = journal.add(
        Kind.INCIDENT,
        fields("Photo of the street"),
        [
            AttachmentSource("street.png", data=picture()),
            AttachmentSource("notes.txt", data=b"not a picture"),
        ],
    )
    return journal, journal.get(entry).current.attachments[0].id


def shown_editor(qtbot: QtBot, data: bytes, boxes: Sequence[Box] = ()) -> BoxEditor:
    editor = make_editor(None, data, "image/png", "street.png", boxes)
    assert editor is not None
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def on_screen(editor: BoxEditor, x: float, y: float) -> QPoint:
    """Where the picture's pixel (x, y) is drawn on the canvas."""
    target = editor.canvas.image_rect()
    width, height = 200, 120
    return QPoint(
        round(target.x() + x * target.width() / width),
        round(target.y() + y * target.height() / height),
    )


def drag(qtbot: QtBot, editor: BoxEditor, start: QPoint, end: QPoint) -> None:
    canvas = editor.canvas
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(canvas, QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2))
    qtbot.mouseMove(canvas, end)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=end)


def test_a_drag_draws_a_box_in_the_pictures_own_pixels(qtbot: QtBot) -> None:
    editor = shown_editor(qtbot, picture())
    assert editor.count.text() == "No boxes yet." and not editor.remove_last.isEnabled()
    drag(qtbot, editor, on_screen(editor, 20, 30), on_screen(editor, 120, 60))
    (box,) = editor.boxes()
    # within the width of one screen pixel, in picture pixels
    slack = 200 / editor.canvas.image_rect().width() + 1
    for got, wanted in zip((box.x, box.y, box.w, box.h), (20, 30, 100, 30), strict=True):
        assert abs(got - wanted) <= slack
    assert editor.count.text() == "1 box."
    # a click without a drag draws nothing
    qtbot.mouseClick(editor.canvas, Qt.MouseButton.LeftButton, pos=on_screen(editor, 150, 90))
    assert len(editor.boxes()) == 1


def test_keyboard_removes_the_last_box_and_escape_cancels(qtbot: QtBot) -> None:
    editor = shown_editor(qtbot, picture(), [Box(0, 0, 10, 10), Box(50, 50, 20, 20)])
    assert editor.count.text() == "2 boxes."
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    assert editor.canvas.hasFocus()
    qtbot.keyClick(editor.canvas, Qt.Key.Key_Backspace)
    assert editor.boxes() == [Box(0, 0, 10, 10)] and editor.count.text() == "1 box."
    qtbot.keyClick(editor.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.boxes() == [] and not editor.remove_last.isEnabled()
    qtbot.keyClick(editor.canvas, Qt.Key.Key_Escape)
    assert editor.result() == QDialog.DialogCode.Rejected and not editor.isVisible()


def test_the_editor_fits_a_small_screen_even_for_a_large_photo(qtbot: QtBot) -> None:
    editor = shown_editor(qtbot, picture((4000, 3000)))
    screen = editor.screen().availableGeometry()
    assert editor.width() <= max(1024, screen.width()) and editor.height() <= max(
        600, screen.height()
    )
    assert editor.width() <= screen.width() and editor.height() <= screen.height()


def test_boxes_drawn_in_the_export_dialog_are_in_the_bundle(
    qtbot: QtBot, with_picture: tuple[Journal, int], dialogs: StubDialogs, tmp_path: Path
) -> None:
    journal, attachment = with_picture
    dialog = ExportDialog(journal, dialogs, run_now)
    qtbot.addWidget(dialog)
    boxes_list = dialog.picture_boxes.pictures
    assert boxes_list.count() == 1  # the picture, not the text file
    assert not dialog.picture_boxes.black_out.isEnabled()
    opened: list[BoxEditor] = []

    def draw_one(
        parent: QWidget | None, data: bytes, mime: str, name: str, boxes: Sequence[Box]
    ) -> list[Box]:
        editor = make_editor(parent, data, mime, name, boxes)
        assert editor is not None
        qtbot.addWidget(editor)
        editor.show()
        qtbot.waitExposed(editor)
        opened.append(editor)
        drag(qtbot, editor, on_screen(editor, 10, 10), on_screen(editor, 90, 50))
        editor.accept()
        return editor.boxes()

    dialog.picture_boxes.edit = draw_one
    boxes_list.setCurrentRow(0)
    dialog.picture_boxes.black_out.click()
    assert len(opened) == 1 and "1 black box" in boxes_list.item(0).text()
    options = dialog.options()
    assert options.redactions.any and len(options.redactions.boxed[attachment]) == 1
    dialog.use_password.setChecked(False)
    dialogs.save_path = tmp_path / "boxed.pdf"
    dialog.export_button.click()
    assert dialog.result_path == tmp_path / "boxed.pdf", dialog.notice.text()
    files = {name: blobs[0] for name, blobs in PdfReader(dialog.result_path).attachments.items()}
    manifest = json.loads(files["manifest.json"])
    by_number = {e["number"]: e for e in manifest["exhibits"]}
    assert by_number[f"A{attachment}"]["regions_blacked_out"] == 1
    (box,) = options.redactions.boxed[attachment]
    with Image.open(io.BytesIO(files[f"A{attachment}.png"])) as back:
        rgb = back.convert("RGB")
    assert rgb.crop(box.edges).getextrema() == ((0, 0), (0, 0), (0, 0))
    assert rgb.getpixel((150, 100)) == (230, 200, 40)


def test_the_editor_is_named_keyboard_ready_and_speaks_spanish_and_portuguese(
    qtbot: QtBot, back_to_english: None
) -> None:
    editor = shown_editor(qtbot, picture(), [Box(0, 0, 10, 10)])
    assert _unnamed(editor) == [] and _keyboard_problems(editor) == []
    english = visible_texts(editor)
    for language, words in (("es", "recuadro"), ("pt_BR", "caixa")):
        ui_i18n.install(language)
        translated = shown_editor(qtbot, picture(), [Box(0, 0, 10, 10)])
        texts = visible_texts(translated)
        assert any(words in text for text in texts), texts
        assert not (texts & english) - {"OK", "Cancel", ""}, texts & english
        _lay_out(translated, qtbot, 1024, 600)
        assert _cut(translated) == []


def test_on_a_sideways_photo_the_box_lands_where_it_was_drawn(
    qtbot: QtBot, journal: Journal, dialogs: StubDialogs, tmp_path: Path
) -> None:
    """Stored 80 wide and 40 tall with an EXIF orientation that shows it upright, 40 by 80:
    a box drawn over the lower half of what is seen is black in the lower half of the copy."""
    exif = Image.Exif()
    exif[0x0112] = 6
    out = io.BytesIO()
    Image.new("RGB", (80, 40), (250, 250, 250)).save(out, "JPEG", quality=95, exif=exif.tobytes())
    entry = journal.add(
        Kind.INCIDENT, fields("Photo"), [AttachmentSource("photo.jpg", data=out.getvalue())]
    )
    attachment = journal.get(entry).current.attachments[0].id
    dialog = ExportDialog(journal, dialogs, run_now)
    qtbot.addWidget(dialog)

    def draw_lower_half(
        parent: QWidget | None, data: bytes, mime: str, name: str, boxes: Sequence[Box]
    ) -> list[Box]:
        editor = make_editor(parent, data, mime, name, boxes)
        assert editor is not None
        qtbot.addWidget(editor)
        editor.show()
        qtbot.waitExposed(editor)
        target = editor.canvas.image_rect()
        assert target.height() > target.width()  # shown upright
        start = QPoint(round(target.left()), round(target.center().y()))
        drag(qtbot, editor, start, target.bottomRight().toPoint() + QPoint(5, 5))
        return editor.boxes()

    dialog.picture_boxes.edit = draw_lower_half
    dialog.picture_boxes.pictures.setCurrentRow(0)
    qtbot.keyClick(dialog.picture_boxes.pictures, Qt.Key.Key_Return)  # Enter opens it too
    (box,) = dialog.options().redactions.boxed[attachment]
    assert (box.x, box.w) == (0, 40) and abs(box.y - 40) <= 1 and box.y + box.h == 80
    dialog.use_password.setChecked(False)
    dialogs.save_path = tmp_path / "photo.pdf"
    dialog.export_button.click()
    assert dialog.result_path is not None, dialog.notice.text()
    files = {name: blobs[0] for name, blobs in PdfReader(dialog.result_path).attachments.items()}
    with Image.open(io.BytesIO(files[f"A{attachment}.jpg"])) as back:
        grey = back.convert("L")
    assert grey.size == (40, 80)
    assert grey.crop((0, 42, 40, 80)).getextrema()[1] <= 8
    assert grey.crop((0, 0, 40, 38)).getextrema()[0] >= 240
