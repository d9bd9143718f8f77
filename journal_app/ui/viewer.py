"""A simple viewer for one attachment: the picture or text, its size, type and SHA-256."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.models import AttachmentInfo
from journal_app.ui.clipboard import ClipboardGuard
from journal_app.ui.images import decode_image
from journal_app.ui.widgets import name_buttons, named, wrapped

MAX_TEXT_PREVIEW = 2 * 1024 * 1024
MAX_VIEW_SIDE = 4096


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} bytes"


def _looks_textual(data: bytes) -> bool:
    if b"\x00" in data[:4096]:
        return False
    try:
        data[:4096].decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start >= min(len(data), 4096) - 3
    return True


class AttachmentViewer(QDialog):
    def __init__(
        self,
        name: str,
        size: int,
        info: AttachmentInfo | None,
        data: bytes | None,
        clipboard: ClipboardGuard,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(name)
        self._clipboard = clipboard
        self.sha256 = (
            info.sha256 if info is not None else (hashlib.sha256(data).hexdigest() if data else "")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self._content(data), 1)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), wrapped(name))
        form.addRow(self.tr("Size:"), QLabel(human_size(size)))
        if info is not None:
            form.addRow(self.tr("Type:"), QLabel(info.mime_type))
            if info.captured_at:
                form.addRow(self.tr("Taken:"), QLabel(info.captured_at))
        self.sha_label = wrapped(self.sha256 or self.tr("Computed when you save."))
        self.sha_label.setAccessibleName(self.tr("SHA-256 fingerprint"))
        self.sha_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("SHA-256:"), self.sha_label)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = named(
            QPushButton(self.tr("&Copy SHA-256")),
            self.tr("Copy SHA-256"),
            self.tr("Copy the file's fingerprint, to compare it elsewhere."),
        )
        self.copy_button.setEnabled(bool(self.sha256))
        self.copy_button.clicked.connect(lambda: self._clipboard.copy_text(self.sha256))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(name_buttons(buttons))
        self.resize(720, 520)

    def _content(self, data: bytes | None) -> QWidget:
        image = decode_image(data, MAX_VIEW_SIDE) if data else None
        if image is not None:
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setAccessibleName(self.tr("Picture"))
            area = QScrollArea()
            area.setWidget(label)
            area.setAlignment(Qt.AlignmentFlag.AlignCenter)
            return area
        if data and _looks_textual(data):
            text = QPlainTextEdit(data[:MAX_TEXT_PREVIEW].decode("utf-8", errors="replace"))
            text.setReadOnly(True)
            text.setAccessibleName(self.tr("File text"))
            text.setAccessibleDescription(self.tr("The text inside the file, read-only."))
            return text
        return wrapped(
            self.tr("This kind of file cannot be shown here. It is kept unchanged in the notebook.")
        )
