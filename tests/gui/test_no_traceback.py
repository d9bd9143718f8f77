"""An error escaping a Qt slot in the app prints one line: no traceback, no message text."""

from __future__ import annotations

import subprocess
import sys

from tests.support.helpers import ROOT, cli_env

SCRIPT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from journal_app.ui.app import _quiet_excepthook

sys.excepthook = _quiet_excepthook
app = QApplication([])

def broken_slot():
    raise ValueError("He said MARKER-IN-MESSAGE")

QTimer.singleShot(0, broken_slot)
QTimer.singleShot(50, app.quit)
app.exec()
"""


def test_a_failing_slot_prints_one_calm_line() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=cli_env({"QT_QPA_PLATFORM": "offscreen"}),
        timeout=60,
        check=False,
    )
    assert "Traceback" not in result.stderr
    assert "MARKER-IN-MESSAGE" not in result.stderr
    assert "journal-app: unexpected error (ValueError)" in result.stderr
