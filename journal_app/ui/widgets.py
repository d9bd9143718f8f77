"""Small helpers shared by the screens: labelled rows, notices, scrolling pages."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
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
    """Accessible name (and, if given, a description that is also the tooltip)."""
    widget.setAccessibleName(plain(name))
    if description:
        widget.setAccessibleDescription(description)
        widget.setToolTip(description)
    return widget


def scaled_font(widget: QWidget, factor: float, *, bold: bool = True) -> QFont:
    """The widget's font, `factor` times larger: headings grow with the system font."""
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    if bold:
        font.setWeight(QFont.Weight.DemiBold)
    return font


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
        # Palette roles only, so the text keeps its contrast in light and dark themes; a
        # problem is marked by a thicker bar in the highlight colour, not by colour alone.
        bar = "5px solid palette(highlight)" if problem else "5px solid palette(mid)"
        self.setStyleSheet(
            "QLabel { background: palette(base); color: palette(text);"
            f" border: 1px solid palette(mid); border-left: {bar}; border-radius: 4px; }}"
        )
        self.setProperty("problem", problem)
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
    """Standard buttons get their visible text as accessible name, and a description."""
    for button in box.buttons():
        button.setAccessibleName(plain(button.text()))
        role = box.buttonRole(button)
        if not button.accessibleDescription():
            button.setAccessibleDescription(_ROLE_DESCRIPTIONS.get(role, _CLOSE)())
    return box


def _close() -> str:
    return QCoreApplication.translate("widgets", "Close this window.")


def _confirm() -> str:
    return QCoreApplication.translate("widgets", "Go ahead with what this window is for.")


_CLOSE = _close
_ROLE_DESCRIPTIONS = {
    QDialogButtonBox.ButtonRole.AcceptRole: _confirm,
    QDialogButtonBox.ButtonRole.YesRole: _confirm,
    QDialogButtonBox.ButtonRole.RejectRole: _close,
}
