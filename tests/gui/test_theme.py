"""Focus is visible, and the colours the app sets keep their contrast in light and dark themes."""

from __future__ import annotations

from collections import Counter

from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from journal_app.ui import theme
from journal_app.ui.widgets import Notice


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(first: QColor, second: QColor) -> float:
    high, low = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _colours(image: QImage) -> Counter[int]:
    return Counter(
        image.pixel(x, y) for x in range(0, image.width(), 2) for y in range(image.height())
    )


def test_notices_draw_text_with_enough_contrast(qtbot: QtBot, themed: str) -> None:
    for problem in (False, True):
        notice = Notice()
        qtbot.addWidget(notice)
        notice.say("Mmmm Wwww " * 4, problem=problem)
        notice.resize(400, 60)
        notice.show()
        qtbot.waitExposed(notice)
        assert "#" not in notice.styleSheet()  # palette roles only, never fixed colours
        pixels = _colours(notice.grab().toImage())
        background = QColor(pixels.most_common(1)[0][0])
        text = max((QColor(p) for p in pixels), key=lambda c: contrast(c, background))
        assert contrast(text, background) >= 4.5, (themed, problem)


def test_the_palette_text_roles_the_app_uses_have_enough_contrast(themed: str) -> None:
    palette = QApplication.palette()
    for text, back in (
        (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
        (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
        (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
    ):
        assert contrast(palette.color(text), palette.color(back)) >= 4.5, (themed, text)


def test_focus_draws_a_frame_in_the_highlight_colour(qtbot: QtBot, themed: str) -> None:
    assert ":focus" in theme.STYLE_SHEET and "palette(highlight)" in theme.FOCUS_FRAME
    window = QWidget()
    layout = QVBoxLayout(window)
    first, second = QPushButton("First"), QLineEdit()
    layout.addWidget(first)
    layout.addWidget(second)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    highlight = QApplication.palette().color(QPalette.ColorRole.Highlight).rgb()
    for widget in (first, second):
        before = widget.grab().toImage()
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
        after = widget.grab().toImage()
        assert before != after
        assert _colours(after)[highlight] > _colours(before)[highlight]
