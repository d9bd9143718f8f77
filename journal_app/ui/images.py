"""Decode pictures in memory only, with bounded memory (SECURITY.md tests 16).

`QImageReader` on a `QBuffer`, an allocation limit, a pixel cap and a format allowlist; no temp
files, no thumbnail caches.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader

ALLOWED_FORMATS = frozenset({b"png", b"jpeg", b"jpg", b"gif", b"bmp", b"webp"})
ALLOCATION_LIMIT_MB = 256
MAX_PIXELS = 60_000_000
MAX_DECODE_BYTES = 64 * 1024 * 1024


def decode_image(data: bytes, max_side: int | None = None) -> QImage | None:
    """A QImage from `data`, scaled to fit `max_side` if given; None if not a safe picture."""
    if not data or len(data) > MAX_DECODE_BYTES:
        return None
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAllocationLimit(ALLOCATION_LIMIT_MB)
    reader.setAutoTransform(True)
    if bytes(reader.format().data()).lower() not in ALLOWED_FORMATS:
        return None
    size = reader.size()
    if not size.isValid() or size.width() * size.height() > MAX_PIXELS:
        return None
    if max_side is not None and max(size.width(), size.height()) > max_side:
        reader.setScaledSize(
            size.scaled(QSize(max_side, max_side), Qt.AspectRatioMode.KeepAspectRatio)
        )
    image = reader.read()
    buffer.close()
    return None if image.isNull() else image


def png_bytes(image: QImage) -> bytes:
    """Encode a pasted screenshot as PNG, in memory."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; only str works
    buffer.close()
    return bytes(buffer.data().data())
