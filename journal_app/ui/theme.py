"""The look the app adds on top of the platform style: a clear focus frame, palette colours.

Every colour here is a palette role, so the app follows the light or dark system theme and
keeps its contrast; nothing is hard-coded. The focus frame uses the highlight colour, thick
enough to see from a step back, on every control a person can reach with Tab.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

FOCUS_FRAME = "2px solid palette(highlight)"

STYLE_SHEET = f"""
QPushButton, QToolButton {{
    border: 1px solid palette(dark); border-radius: 4px; padding: 4px 10px;
    background: palette(button); color: palette(button-text);
}}
QPushButton:hover, QToolButton:hover {{ border-color: palette(highlight); }}
QPushButton:pressed, QToolButton:pressed, QToolButton:checked {{ background: palette(mid); }}
QPushButton:default {{ border-width: 2px; padding: 3px 9px; }}
QPushButton:focus, QToolButton:focus {{ border: {FOCUS_FRAME}; padding: 3px 9px; }}
QLineEdit:focus, QPlainTextEdit:focus, QAbstractSpinBox:focus, QComboBox:focus,
QAbstractItemView:focus {{ border: {FOCUS_FRAME}; }}
QCheckBox:focus {{ border: {FOCUS_FRAME}; border-radius: 3px; }}
QCheckBox {{ border: 2px solid transparent; padding: 1px; }}
QTabBar::tab:focus {{ border: {FOCUS_FRAME}; }}
QToolButton#qt_toolbar_ext_button {{ padding: 0px; }}
"""


def apply(app: QApplication) -> None:
    app.setStyleSheet(STYLE_SHEET)
