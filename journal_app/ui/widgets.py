"""Small helpers shared by the screens: labelled rows, notices, scrolling pages."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFrame, QLabel, QScrollArea, QWidget

W = TypeVar("W", bound=QWidget)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation in `context` without translating it yet.

    Named like Qt's macro so `pyside6-lupdate` collects the string; typed, unlike PySide's.
    Translate it where it is shown: QCoreApplication.translate(context, text).
    """
    return text


def plain(label: str) -> str:
    """A label without its mnemonic marker or trailing colon, for accessible names."""
    return label.replace("&", "").rstrip(":").strip()


def named(widget: W, name: str, description: str = "") -> W:
    widget.setAccessibleName(plain(name))
    if description:
        widget.setAccessibleDescription(description)
        widget.setToolTip(description)
    return widget


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def wrapped(text: str, *, rich: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    return label


class Notice(QLabel):
    """An inline message (never a modal box): kind words, plain colours, read by screen readers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(self.tr("Message"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMargin(8)
        self.hide()

    def say(self, text: str, *, problem: bool = False) -> None:
        colour = "#fff4e5" if problem else "#eef6ee"
        self.setStyleSheet(f"QLabel {{ background: {colour}; color: #222; border-radius: 4px; }}")
        self.setText(text)
        self.setAccessibleDescription(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.setText("")
        self.hide()


def scrolling(page: QWidget) -> QScrollArea:
    """Wrap a page so it stays usable on a 1024×600 screen."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(page)
    return area


def name_buttons(box: QDialogButtonBox) -> QDialogButtonBox:
    """Standard buttons get their visible text as accessible name."""
    for button in box.buttons():
        button.setAccessibleName(plain(button.text()))
    return box
