"""The Qt part of `--self-test`: the widgets load offscreen and the unlock window builds."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QApplication

from journal_app.ui.dialogs import Dialogs
from journal_app.ui.unlock import UnlockWindow


def build_unlock_window_offscreen(folder: Path) -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication([])
    window = UnlockWindow(folder, Dialogs())
    title = window.windowTitle()
    window.deleteLater()
    app.processEvents()
    return f"PySide6 widgets and the unlock window ('{title}')"
