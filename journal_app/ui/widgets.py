"""Small helpers shared by the screens: labelled rows, notices, scrolling pages."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QFont,
    QIcon,
    QKeySequence,
    QPainter,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QWidget,
)

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


def _eye(widget: QWidget, *, crossed: bool) -> QIcon:
    """An eye drawn in the field's text colour (no icon theme is needed on any system)."""
    side = 32
    pixmap = QPixmap(side, side)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = widget.palette().text().color()
    painter.setPen(QPen(colour, 2.5))
    painter.drawEllipse(QRectF(3, 9, 26, 14))
    painter.setBrush(colour)
    painter.drawEllipse(QPointF(16, 16), 4, 4)
    if crossed:
        painter.drawLine(QPointF(5, 27), QPointF(27, 5))
    painter.end()
    return QIcon(pixmap)


def with_reveal(edit: QLineEdit) -> QLineEdit:
    """An eye at the end of a hidden field shows what is typed, and hides it again."""
    show = QCoreApplication.translate("widgets", "Show the passphrase")
    hide = QCoreApplication.translate("widgets", "Hide the passphrase")
    action = QAction(_eye(edit, crossed=False), show, edit)
    action.setObjectName("reveal")
    action.setCheckable(True)
    # A key too, for people who do not use a mouse; only while the field has the cursor.
    action.setShortcut(QKeySequence("Ctrl+Shift+H"))
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    action.setToolTip(show + " (Ctrl+Shift+H)")

    def toggled(on: bool) -> None:
        edit.setEchoMode(QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password)
        action.setText(hide if on else show)
        action.setToolTip((hide if on else show) + " (Ctrl+Shift+H)")
        action.setIcon(_eye(edit, crossed=on))

    action.toggled.connect(toggled)
    edit.addAction(action, QLineEdit.ActionPosition.TrailingPosition)
    return edit


def hide_typed(edit: QLineEdit) -> None:
    """Hide a revealed field again (after a lock, for whoever comes to the screen next)."""
    action = edit.findChild(QAction, "reveal")
    if isinstance(action, QAction):
        action.setChecked(False)


class ReflowGrid(QWidget):
    """Widgets in as many columns as fit, up to `most`, filled row by row: one row of buttons on
    a wide screen, two or one column on a narrow one, so a long translation never makes a page
    scroll sideways."""

    def __init__(self, widgets: Sequence[QWidget], most: int, parent: QWidget | None = None):
        super().__init__(parent)
        self._widgets = list(widgets)
        self._most = max(1, most)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._columns = 0
        self.arrange(1)

    def arrange(self, columns: int) -> None:
        columns = max(1, min(self._most, columns))
        if columns == self._columns:
            return
        self._columns = columns
        for widget in self._widgets:
            self._grid.removeWidget(widget)
        for index, widget in enumerate(self._widgets):
            row, column = divmod(index, columns)
            self._grid.addWidget(widget, row, column, Qt.AlignmentFlag.AlignLeading)
        self.updateGeometry()

    def _cell_width(self) -> int:
        return max((w.sizeHint().width() for w in self._widgets), default=0)

    def minimumSizeHint(self) -> QSize:
        """One column wide: the grid narrows to one column before anything is cut off."""
        return QSize(self._cell_width(), self._grid.minimumSize().height())

    def sizeHint(self) -> QSize:
        return QSize(self._grid.sizeHint().width(), self._grid.minimumSize().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        spacing = max(0, self._grid.horizontalSpacing())
        self.arrange((event.size().width() + spacing) // max(1, self._cell_width() + spacing))
        super().resizeEvent(event)


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
