"""What the app puts on the clipboard is marked for clipboard managers to skip, and cleared on
lock and quit while it is still there.

SECURITY.md: mark copies as concealed and clear what the app put there when it locks. Every
copy goes through `ClipboardGuard.copy_text`: the copy buttons, and also Copy and Cut in the
app's own text fields (keyboard and context menu), which the guard intercepts before Qt's
unmarked copy would reach the clipboard. The markers:

- Windows: the registered formats `ExcludeClipboardContentFromMonitorProcessing` (present),
  `CanIncludeInClipboardHistory` and `CanUploadToCloudClipboard` (a DWORD 0), which keep the
  copy out of clipboard history (Win+V) and the cloud clipboard. Qt registers a MIME type
  `application/x-qt-windows-mime;value="NAME"` as the clipboard format NAME and passes the
  bytes as they are.
- macOS: `org.nspasteboard.ConcealedType` and `org.nspasteboard.TransientType`, written with
  AppKit (ui/mac_pasteboard.py; Qt cannot), for this Mac only (not Universal Clipboard).
- Linux (KDE's Klipper and others that read it): `x-kde-passwordManagerHint` = `secret`.

A copy made by Qt some other way (a selectable label's own menu, a spin box) is marked again as
soon as the clipboard reports it; on Windows that is after clipboard history has seen it.
Pictures pasted *into* the app came from another program: clipboard history already holds
them, and the app can only clear the clipboard itself (on lock, if the picture is still there).
On Linux the text selected in the app is also the X11 "primary selection"; it is cleared too.

Not verified here (Linux, offscreen): that Windows' clipboard history and macOS clipboard
managers honour the markers (documented by Microsoft and nspasteboard.org respectively).
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QEvent, QMimeData, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QClipboard, QContextMenuEvent, QGuiApplication, QImage, QKeyEvent
from PySide6.QtGui import QKeySequence as Keys
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from journal_app.ui import mac_pasteboard

KDE_HINT = "x-kde-passwordManagerHint"
# Qt maps `application/x-qt-windows-mime;value="NAME"` to the registered Windows format NAME.
WIN_EXCLUDE = 'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"'
WIN_NO_HISTORY = 'application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"'
WIN_NO_CLOUD = 'application/x-qt-windows-mime;value="CanUploadToCloudClipboard"'
DWORD_ZERO = b"\x00\x00\x00\x00"

CONCEALMENT_HINTS: dict[str, bytes] = {
    KDE_HINT: b"secret",
    WIN_EXCLUDE: DWORD_ZERO,
    WIN_NO_HISTORY: DWORD_ZERO,
    WIN_NO_CLOUD: DWORD_ZERO,
}

TextWidget = QLineEdit | QTextEdit | QPlainTextEdit
# Writes marked text natively and says whether it did (macOS); else Qt writes the MIME data.
NativeWriter = Callable[[str], bool]


def concealed_text(text: str) -> QMimeData:
    data = QMimeData()
    data.setText(text)
    for mime, value in CONCEALMENT_HINTS.items():
        data.setData(mime, QByteArray(value))
    return data


def _fingerprint_image(image: QImage) -> str:
    bits = image.constBits()
    raw = bytes(bits) if bits is not None else b""
    return hashlib.sha256(raw).hexdigest()


def _default_writer() -> NativeWriter | None:
    return mac_pasteboard.write_concealed if sys.platform == "darwin" else None


def _text_widget(widget: QObject) -> QWidget | None:
    """The widget whose selection Copy would take (a spin box's or combo box's line edit)."""
    if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit | QLabel):
        return widget
    if isinstance(widget, QComboBox) and widget.isEditable():
        return widget.lineEdit()
    if isinstance(widget, QAbstractSpinBox):
        return widget.findChild(QLineEdit)
    return None


def _menu_owner(watched: QObject) -> TextWidget | None:
    """The text field a context-menu event is for (a text edit's viewport receives it)."""
    if isinstance(watched, QLineEdit | QTextEdit | QPlainTextEdit):
        return watched
    parent = watched.parent()
    if isinstance(parent, QTextEdit | QPlainTextEdit) and parent.viewport() is watched:
        return parent
    return None


class ClipboardGuard(QObject):
    """Marks the app's copies, and remembers them (and pasted pictures) so lock can clear them.

    `install()` (done by the session) watches the application's text fields; `writer` is for
    tests and platforms: by default AppKit on macOS, Qt elsewhere."""

    def __init__(self, writer: NativeWriter | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._writer = writer if writer is not None else _default_writer()
        self._copied_text: str | None = None
        self._pasted_image: str | None = None
        self._installed = False
        self._menu_field: QWidget | None = None

    @staticmethod
    def _clipboard() -> QClipboard:
        return QGuiApplication.clipboard()

    def copy_text(self, text: str) -> None:
        self._copied_text = text
        if self._writer is not None and self._writer(text):
            return
        self._clipboard().setMimeData(concealed_text(text))

    def copy_secret(self, text: str, clear_after_ms: int) -> None:
        """Copy a secret (a PDF password), marked like every copy, and take it off the
        clipboard after `clear_after_ms` if it is still what the clipboard holds."""
        self.copy_text(text)
        QTimer.singleShot(clear_after_ms, self, lambda: self._clear_if_still(text))

    def _clear_if_still(self, text: str) -> None:
        clipboard = self._clipboard()
        if clipboard.text() == text:
            clipboard.clear()
        if self._copied_text == text:
            self._copied_text = None

    def note_pasted_image(self, image: QImage) -> None:
        """A screenshot pasted into the journal is evidence too: clear it on lock if unchanged."""
        self._pasted_image = _fingerprint_image(image)

    def clear(self) -> None:
        """Clear the clipboard if it still holds what the app put there or took from it, and
        the selection (Linux) if the app owns it."""
        clipboard = self._clipboard()
        mime = clipboard.mimeData()
        ours = mime is not None and mime.hasFormat(KDE_HINT)
        if (self._copied_text is not None and (ours or clipboard.text() == self._copied_text)) or (
            self._pasted_image is not None
            and mime is not None
            and mime.hasImage()
            and _fingerprint_image(clipboard.image()) == self._pasted_image
        ):
            clipboard.clear()
        if clipboard.supportsSelection() and clipboard.ownsSelection():
            clipboard.clear(QClipboard.Mode.Selection)
        self._copied_text = None
        self._pasted_image = None

    # ------------------------------------------------------------------ the app's text fields
    def install(self) -> None:
        app = QApplication.instance()
        if app is None or self._installed:
            return
        app.installEventFilter(self)
        self._clipboard().dataChanged.connect(self._changed)
        self._installed = True

    def dispose(self) -> None:
        app = QApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._clipboard().dataChanged.disconnect(self._changed)
        self._installed = False

    def copy_selection(self, widget: QWidget, *, cut: bool = False) -> bool:
        """Copy (or cut) the selected text of a text field, marked. False if nothing was
        selected or the field hides its text (a passphrase), as Qt itself would refuse."""
        target = _text_widget(widget)
        if isinstance(target, QLineEdit):
            if target.echoMode() != QLineEdit.EchoMode.Normal or not target.hasSelectedText():
                return False
            self.copy_text(target.selectedText())
            if cut and not target.isReadOnly():
                target.del_()
            return True
        if isinstance(target, QTextEdit | QPlainTextEdit):
            cursor = target.textCursor()
            if not cursor.hasSelection():
                return False
            self.copy_text(cursor.selection().toPlainText())
            if cut and not target.isReadOnly():
                cursor.removeSelectedText()
            return True
        if isinstance(target, QLabel) and target.hasSelectedText():
            self.copy_text(target.selectedText())
            return True
        return False

    def context_menu(self, widget: TextWidget, position: QPoint) -> QMenu:
        """The field's standard menu, with Copy and Cut made to copy through the guard."""
        menu = (
            widget.createStandardContextMenu()
            if isinstance(widget, QLineEdit)
            else widget.createStandardContextMenu(position)
        )
        self._menu_field = widget
        for action in menu.actions():
            slot = {"edit-copy": self._menu_copy, "edit-cut": self._menu_cut}.get(
                action.objectName()
            )
            if slot is not None:
                action.triggered.disconnect()
                action.triggered.connect(slot)
        return menu

    def _menu_copy(self) -> None:
        if self._menu_field is not None:
            self.copy_selection(self._menu_field)

    def _menu_cut(self) -> None:
        if self._menu_field is not None:
            self.copy_selection(self._menu_field, cut=True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            cut = event.matches(Keys.StandardKey.Cut)
            if (cut or event.matches(Keys.StandardKey.Copy)) and isinstance(watched, QWidget):
                return self.copy_selection(watched, cut=cut)
        elif kind == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent):
            field = _menu_owner(watched)
            if field is None:
                return False
            menu = self.context_menu(field, event.pos())
            menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # as the fields do it
            menu.popup(event.globalPos())
            return True
        return False

    def _changed(self) -> None:
        QTimer.singleShot(0, self._mark_own_copy)

    def _mark_own_copy(self) -> None:
        """Mark text the app put on the clipboard without the guard (a label's own menu)."""
        clipboard = self._clipboard()
        mime = clipboard.mimeData()
        if mime is None or not mime.hasText() or mime.hasFormat(KDE_HINT):
            return
        active = QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive
        if mime.text() != self._copied_text and (clipboard.ownsClipboard() or active):
            self.copy_text(mime.text())
