"""Draw the disguise icons (original artwork, made only with QPainter shapes).

    QT_QPA_PLATFORM=offscreen .venv/bin/python resources/icons/make_icons.py

Writes one 256×256 PNG per disguise next to this file. Qt scales them down for the taskbar
and the window corner. Nothing is downloaded; the shapes below are the whole design.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

SIZE = 256
HERE = Path(__file__).resolve().parent


def _pen(colour: str, width: float) -> QPen:
    pen = QPen(QColor(colour), width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def notebook(p: QPainter) -> None:
    """A blue notebook with a spiral binding and ruled lines."""
    p.setPen(_pen("#1f3f66", 8))
    p.setBrush(QColor("#3f74b5"))
    p.drawRoundedRect(QRectF(52, 24, 164, 208), 14, 14)
    p.setBrush(QColor("#f4f1e8"))
    p.setPen(_pen("#1f3f66", 4))
    p.drawRoundedRect(QRectF(84, 52, 108, 152), 6, 6)
    p.setPen(_pen("#9bb3d1", 5))
    for y in range(84, 190, 24):
        p.drawLine(QPointF(98, y), QPointF(178, y))
    p.setPen(_pen("#d9dde3", 9))
    p.setBrush(Qt.BrushStyle.NoBrush)
    for y in range(44, 220, 30):
        p.drawArc(QRectF(34, y, 36, 18), 0, 180 * 16)


def notes(p: QPainter) -> None:
    """A yellow sticky note with a folded corner and a few lines."""
    path = QPainterPath()
    path.moveTo(36, 36)
    path.lineTo(220, 36)
    path.lineTo(220, 170)
    path.lineTo(170, 220)
    path.lineTo(36, 220)
    path.closeSubpath()
    p.setPen(_pen("#a88a17", 8))
    p.setBrush(QColor("#f7d84a"))
    p.drawPath(path)
    fold = QPainterPath()
    fold.moveTo(220, 170)
    fold.lineTo(170, 170)
    fold.lineTo(170, 220)
    fold.closeSubpath()
    p.setBrush(QColor("#e3bf2c"))
    p.drawPath(fold)
    p.setPen(_pen("#8c7414", 9))
    for y, end in ((84, 188), (120, 188), (156, 140)):
        p.drawLine(QPointF(68, y), QPointF(end, y))


def recipes(p: QPainter) -> None:
    """A cooking pot with steam."""
    p.setPen(_pen("#6b2c1c", 8))
    p.setBrush(QColor("#d0603f"))
    p.drawRoundedRect(QRectF(48, 112, 160, 104), 22, 22)
    p.drawLine(QPointF(28, 132), QPointF(48, 132))
    p.drawLine(QPointF(208, 132), QPointF(228, 132))
    p.setBrush(QColor("#e9866a"))
    p.drawRoundedRect(QRectF(40, 98, 176, 22), 10, 10)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(_pen("#8a8f98", 8))
    for x in (92, 128, 164):
        steam = QPainterPath()
        steam.moveTo(x, 84)
        steam.cubicTo(x - 16, 66, x + 16, 54, x, 30)
        p.drawPath(steam)


def budget(p: QPainter) -> None:
    """Three rising bars on a baseline, with a coin."""
    p.setPen(_pen("#1f5a3a", 8))
    for x, top, colour in ((44, 150, "#7cc49a"), (100, 108, "#4fa674"), (156, 62, "#2f8556")):
        p.setBrush(QColor(colour))
        p.drawRoundedRect(QRectF(x, top, 44, 206 - top), 6, 6)
    p.drawLine(QPointF(28, 212), QPointF(228, 212))
    p.setPen(_pen("#8a6a10", 7))
    p.setBrush(QColor("#f2c744"))
    p.drawEllipse(QRectF(38, 40, 72, 72))
    p.setPen(_pen("#8a6a10", 6))
    p.drawLine(QPointF(74, 58), QPointF(74, 94))


def reading(p: QPainter) -> None:
    """An open book with a red bookmark."""
    p.setPen(_pen("#4a3a66", 8))
    for side in (-1, 1):
        page = QPainterPath()
        page.moveTo(128, 70)
        page.cubicTo(128 + side * 40, 50, 128 + side * 80, 50, 128 + side * 100, 62)
        page.lineTo(128 + side * 100, 196)
        page.cubicTo(128 + side * 80, 184, 128 + side * 40, 184, 128, 204)
        page.closeSubpath()
        p.setBrush(QColor("#f4f1e8"))
        p.drawPath(page)
    p.drawLine(QPointF(128, 70), QPointF(128, 204))
    p.setPen(_pen("#9c94b0", 5))
    for y in (96, 120, 144, 168):
        p.drawLine(QPointF(48, y), QPointF(110, y - 6))
        p.drawLine(QPointF(146, y - 6), QPointF(208, y))
    p.setPen(_pen("#8c1d1d", 4))
    p.setBrush(QBrush(QColor("#d13b3b")))
    mark = QPainterPath()
    mark.moveTo(168, 40)
    mark.lineTo(196, 40)
    mark.lineTo(196, 112)
    mark.lineTo(182, 98)
    mark.lineTo(168, 112)
    mark.closeSubpath()
    p.drawPath(mark)


ICONS: dict[str, Callable[[QPainter], None]] = {
    "notebook": notebook,
    "notes": notes,
    "recipes": recipes,
    "budget": budget,
    "reading": reading,
}


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for name, draw in ICONS.items():
        image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        draw(painter)
        painter.end()
        target = HERE / f"{name}.png"
        image.save(str(target), "PNG")
        print(target)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
