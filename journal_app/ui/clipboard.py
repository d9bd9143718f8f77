"""Clipboard copies that clipboard managers are asked not to keep, and clearing on lock.

SECURITY.md: mark copies as concealed (KDE's password-manager hint, the macOS concealed type,
the Windows exclusion formats) and clear what the app put there when it locks.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QByteArray, QMimeData
from PySide6.QtGui import QClipboard, QGuiApplication, QImage

KDE_HINT = "x-kde-passwordManagerHint"
MAC_CONCEALED = "application/x-nspasteboard-concealed-type"
MAC_CONCEALED_UTI = "org.nspasteboard.ConcealedType"
# Qt maps `application/x-qt-windows-mime;value="NAME"` to the registered Windows format NAME.
WIN_EXCLUDE = 'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"'
WIN_NO_HISTORY = 'application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"'
WIN_NO_CLOUD = 'application/x-qt-windows-mime;value="CanUploadToCloudClipboard"'

CONCEALMENT_HINTS: dict[str, bytes] = {
    KDE_HINT: b"secret",
    MAC_CONCEALED: b"",
    MAC_CONCEALED_UTI: b"",
    WIN_EXCLUDE: b"\x00\x00\x00\x00",
    WIN_NO_HISTORY: b"\x00\x00\x00\x00",
    WIN_NO_CLOUD: b"\x00\x00\x00\x00",
}


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


class ClipboardGuard:
    """Remembers what the app put on (or took from) the clipboard so lock can clear it."""

    def __init__(self) -> None:
        self._copied_text: str | None = None
        self._pasted_image: str | None = None

    @staticmethod
    def _clipboard() -> QClipboard:
        return QGuiApplication.clipboard()

    def copy_text(self, text: str) -> None:
        self._clipboard().setMimeData(concealed_text(text))
        self._copied_text = text

    def note_pasted_image(self, image: QImage) -> None:
        """A screenshot pasted into the journal is evidence too: clear it on lock if unchanged."""
        self._pasted_image = _fingerprint_image(image)

    def clear(self) -> None:
        """Clear the clipboard if it still holds what the app put there or took from it."""
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
        self._copied_text = None
        self._pasted_image = None
