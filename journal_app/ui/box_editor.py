"""Black boxes on pictures, drawn in the Export dialog for a disclosure copy.

`PictureBoxes` lists the pictures of the selection with "Black out parts…"; `BoxEditor` shows one
picture (decoded in memory, oriented as it is seen, scaled to fit a small screen) where the person
drags rectangles. Boxes are kept in the picture's own pixels; export/boxes.py fills them black in
the copy that goes into the bundle. They are not stored in the notebook: nothing about what a
person wanted hidden outlives the dialog, and the original is never changed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QImage,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.errors import JournalError
from journal_app.core.journal import Journal
from journal_app.core.models import AttachmentInfo
from journal_app.export.boxes import BOXABLE, Box, editing_view
from journal_app.ui.errors import message_for
from journal_app.ui.images import MAX_DECODE_BYTES, decode_image
from journal_app.ui.widgets import Notice, name_buttons, named, wrapped

_ID_ROLE = Qt.ItemDataRole.UserRole
VIEW_SIDE = 1600  # pixels: sharp enough on a large screen, light on a small one
# A drag shorter than this (screen pixels) is a click, not a box.
SMALLEST_DRAG = 3


class BoxCanvas(QWidget):
    """The picture, scaled to fit, with the boxes drawn on it as the copy will show them."""

    boxes_changed = Signal()

    def __init__(self, image: QImage, full_size: tuple[int, int], parent: QWidget | None = None):
        super().__init__(parent)
        self._image = image
        self._full = full_size
        self._boxes: list[Box] = []
        self._start: QPointF | None = None
        self._end: QPointF | None = None
        self.setMinimumSize(240, 160)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.CrossCursor)
        named(
            self,
            self.tr("The picture"),
            self.tr("Drag over a part of the picture to black it out."),
        )

    def boxes(self) -> list[Box]:
        return list(self._boxes)

    def set_boxes(self, boxes: Sequence[Box]) -> None:
        self._boxes = list(boxes)
        self.boxes_changed.emit()
        self.update()

    def remove_last(self) -> None:
        if self._boxes:
            self._boxes.pop()
            self.boxes_changed.emit()
            self.update()

    def image_rect(self) -> QRectF:
        """Where the picture is drawn: as large as fits, centred, its shape kept."""
        width, height = self._full
        scale = min(self.width() / width, self.height() / height)
        shown_w, shown_h = width * scale, height * scale
        return QRectF((self.width() - shown_w) / 2, (self.height() - shown_h) / 2, shown_w, shown_h)

    def _to_picture(self, point: QPointF) -> tuple[int, int]:
        target = self.image_rect()
        width, height = self._full
        x = (point.x() - target.x()) * width / target.width()
        y = (point.y() - target.y()) * height / target.height()
        return (min(max(round(x), 0), width), min(max(round(y), 0), height))

    def _to_screen(self, box: Box) -> QRectF:
        target = self.image_rect()
        sx, sy = target.width() / self._full[0], target.height() / self._full[1]
        return QRectF(target.x() + box.x * sx, target.y() + box.y * sy, box.w * sx, box.h * sy)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._start = self._end = event.position()
            self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._start is not None:
            self._end = event.position()
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._start is None or event.button() != Qt.MouseButton.LeftButton:
            return
        start, end = self._start, event.position()
        self._start = self._end = None
        if abs(end.x() - start.x()) >= SMALLEST_DRAG and abs(end.y() - start.y()) >= SMALLEST_DRAG:
            (x1, y1), (x2, y2) = self._to_picture(start), self._to_picture(end)
            box = Box(min(x1, x2), min(y1, y2), abs(x2 - x1), abs(y2 - y1))
            if box.w >= 1 and box.h >= 1:
                self._boxes.append(box)
                self.boxes_changed.emit()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(self.image_rect(), self._image)
        for box in self._boxes:
            painter.fillRect(self._to_screen(box), QColor("black"))
        if self._start is not None and self._end is not None:
            # The box being dragged: an outline in the highlight colour, then black on release.
            pen = QPen(self.palette().highlight().color(), 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawRect(QRectF(self._start, self._end).normalized())
        if self.hasFocus():
            painter.setPen(QPen(self.palette().highlight().color(), 2))
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.end()


class BoxEditor(QDialog):
    """One picture: drag rectangles, remove the last one, see how many; Escape cancels."""

    def __init__(
        self,
        image: QImage,
        full_size: tuple[int, int],
        name: str,
        boxes: Sequence[Box] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Black out parts of {0}").format(name))
        layout = QVBoxLayout(self)
        layout.addWidget(
            wrapped(
                self.tr(
                    "Drag over what must not be seen: a face, a street sign, a phone number. "
                    "In the bundle those parts are removed from the picture itself, not just "
                    "covered. The picture in your notebook does not change."
                )
            )
        )
        self.canvas = BoxCanvas(image, full_size, self)
        self.canvas.set_boxes(boxes)
        layout.addWidget(self.canvas, 1)
        row = QHBoxLayout()
        self.count = named(QLabel(), self.tr("Number of black boxes"))
        self.remove_last = named(
            QPushButton(self.tr("&Remove the last box")),
            self.tr("Remove the last box"),
            self.tr("Takes away the box drawn last (Backspace or Ctrl+Z)."),
        )
        self.remove_last.clicked.connect(self.canvas.remove_last)
        self.remove_all = named(
            QPushButton(self.tr("Remove &all boxes")),
            self.tr("Remove all boxes"),
            self.tr("Takes away every box on this picture."),
        )
        self.remove_all.clicked.connect(lambda: self.canvas.set_boxes(()))
        row.addWidget(self.count, 1)
        row.addWidget(self.remove_last)
        row.addWidget(self.remove_all)
        layout.addLayout(row)
        undo = QAction(self)
        undo.setShortcuts(
            [
                QKeySequence(Qt.Key.Key_Backspace),
                QKeySequence(Qt.Key.Key_Delete),
                QKeySequence(QKeySequence.StandardKey.Undo),
            ]
        )
        undo.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.triggered.connect(self.canvas.remove_last)
        self.addAction(undo)
        layout.addWidget(
            wrapped(self.tr("Boxes are not saved in the notebook: they are used for this bundle."))
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Use these boxes"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(name_buttons(buttons))
        self.canvas.boxes_changed.connect(self._show_count)
        self._show_count()
        self._fit_screen(full_size)
        self.canvas.setFocus()

    def boxes(self) -> list[Box]:
        return self.canvas.boxes()

    def _show_count(self) -> None:
        count = len(self.canvas.boxes())
        self.count.setText(
            self.tr("No boxes yet.")
            if count == 0
            else self.tr("1 box.")
            if count == 1
            else self.tr("{0} boxes.").format(count)
        )
        self.remove_last.setEnabled(count > 0)
        self.remove_all.setEnabled(count > 0)

    def _fit_screen(self, full_size: tuple[int, int]) -> None:
        """The picture as large as the screen allows, down to a 1024×600 one."""
        screen = self.screen()
        room_w, room_h = (1024, 600)
        if screen is not None:
            available = screen.availableGeometry()
            room_w, room_h = available.width(), available.height()
        width, height = full_size
        # Room for the text, the buttons and the window frame around the picture.
        scale = min(1.0, (room_w - 60) / width, (room_h - 230) / height)
        self.resize(
            max(420, min(room_w - 40, round(width * scale) + 40)),
            max(360, min(room_h - 40, round(height * scale) + 200)),
        )


# parent, picture bytes, MIME type, name, boxes so far -> the new boxes, or None if cancelled
EditBoxes = Callable[[QWidget | None, bytes, str, str, Sequence[Box]], "list[Box] | None"]


def make_editor(
    parent: QWidget | None, data: bytes, mime_type: str, name: str, boxes: Sequence[Box]
) -> BoxEditor | None:
    """The editor for one picture, or None when it cannot be shown safely."""
    view = editing_view(data, mime_type, VIEW_SIDE)
    if view is None:
        return None
    png, full_size = view
    image = decode_image(png)
    if image is None:
        return None
    return BoxEditor(image, full_size, name, boxes, parent)


def edit_boxes(
    parent: QWidget | None, data: bytes, mime_type: str, name: str, boxes: Sequence[Box]
) -> list[Box] | None:
    """Show the editor modally; the boxes if the person chose "Use these boxes"."""
    editor = make_editor(parent, data, mime_type, name, boxes)
    if editor is None:
        raise ValueError("not a picture that can be shown")
    return editor.boxes() if editor.exec() == QDialog.DialogCode.Accepted else None


class PictureBoxes(QWidget):
    """The Export dialog's list of pictures with "Black out parts…"."""

    changed = Signal()

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.edit: EditBoxes = edit_boxes
        self._boxes: dict[int, tuple[Box, ...]] = {}
        self._pictures: dict[int, AttachmentInfo] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.pictures = named(
            QListWidget(),
            self.tr("Pictures in the bundle"),
            self.tr("Choose a picture, then Black out parts… (or press Enter)."),
        )
        self.pictures.setMaximumHeight(90)
        self.pictures.itemActivated.connect(lambda _item: self.edit_current())
        self.pictures.currentItemChanged.connect(lambda *_a: self._enable())
        self.black_out = named(
            QPushButton(self.tr("&Black out parts…")),
            self.tr("Black out parts of the chosen picture"),
            self.tr("Draw black boxes over parts of the picture that must not be seen."),
        )
        self.black_out.clicked.connect(self.edit_current)
        self.notice = Notice(self)
        layout.addWidget(self.pictures)
        row = QHBoxLayout()
        row.addWidget(self.black_out)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(
            wrapped(
                self.tr(
                    "A black box makes this a copy for the other side, like the choices "
                    "above: every file in it is a copy with its hidden details removed."
                )
            )
        )
        layout.addWidget(self.notice)
        self._enable()

    def boxes(self) -> dict[int, tuple[Box, ...]]:
        return {i: b for i, b in self._boxes.items() if b and i in self._pictures}

    def set_boxes(self, attachment_id: int, boxes: Sequence[Box]) -> None:
        self._boxes[attachment_id] = tuple(boxes)
        self._refresh_labels()
        self.changed.emit()

    def set_pictures(self, infos: Sequence[AttachmentInfo]) -> None:
        """The pictures of the current selection; boxes stay with pictures still in it."""
        current = self.pictures.currentItem()
        chosen = current.data(_ID_ROLE) if current is not None else None
        self._pictures = {i.id: i for i in infos if i.mime_type in BOXABLE and i.is_image}
        self.pictures.blockSignals(True)
        self.pictures.clear()
        for info in self._pictures.values():
            item = QListWidgetItem(self.pictures)
            item.setData(_ID_ROLE, info.id)
            if info.id == chosen:
                self.pictures.setCurrentItem(item)
        self.pictures.blockSignals(False)
        self._refresh_labels()
        self._enable()

    def _refresh_labels(self) -> None:
        for row in range(self.pictures.count()):
            item = self.pictures.item(row)
            info = self._pictures[int(item.data(_ID_ROLE))]
            count = len(self._boxes.get(info.id, ()))
            label = f"A{info.id}  {info.original_name}"
            if count == 1:
                label += "  " + self.tr("(1 black box)")
            elif count:
                label += "  " + self.tr("({0} black boxes)").format(count)
            item.setText(label)

    def _enable(self) -> None:
        self.black_out.setEnabled(self.pictures.currentItem() is not None)
        self.pictures.setEnabled(self.pictures.count() > 0)

    def edit_current(self) -> None:
        item = self.pictures.currentItem()
        if item is None:
            return
        info = self._pictures[int(item.data(_ID_ROLE))]
        self.notice.clear_message()
        try:
            data = self.journal.attachment_bytes(info.id, limit=MAX_DECODE_BYTES)
            boxes = self.edit(
                self, data, info.mime_type, info.original_name, self._boxes.get(info.id, ())
            )
        except JournalError as exc:
            self.notice.say(message_for(exc), problem=True)
            return
        except ValueError:
            self.notice.say(
                self.tr("This picture cannot be shown safely, so no boxes can be drawn on it."),
                problem=True,
            )
            return
        if boxes is not None:
            self.set_boxes(info.id, boxes)
