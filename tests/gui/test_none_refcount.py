"""PySide6 6.12 on Python 3.11 takes a reference from None for every call that returns nothing,
a null pointer or an empty QVariant, and one from True for every emit (ui/refcounts.py).

A long session must not use them up: the interface gives them room to spare before its first
Qt call.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.support.helpers import ROOT, cli_env

SESSIONS_TO_OUTLAST = 1_000_000


def test_a_long_session_neither_aborts_nor_uses_up_none_or_true(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tests.gui.long_session", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=cli_env({"QT_QPA_PLATFORM": "offscreen"}),
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-600:]
    report = json.loads(done.stdout.splitlines()[-1])
    assert report["listed"] == report["entries"] == 3
    for name, taken in report["taken"].items():
        assert report["left"][name] > SESSIONS_TO_OUTLAST * max(taken, 1), report


def test_many_qt_calls_that_hand_back_nothing_do_not_abort_the_interpreter() -> None:
    script = textwrap.dedent(
        """
        import journal_app.ui
        from PySide6.QtCore import QCoreApplication, QObject, Signal

        class Source(QObject):
            ping = Signal()

        app = QCoreApplication([])
        source = Source()
        for _ in range(20_000):
            source.setObjectName("x")  # returns nothing
            source.parent()  # a null pointer
            source.property("absent")  # an empty QVariant
        for _ in range(2_000):
            source.ping.emit()
        print("done")
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert (done.returncode, done.stdout.strip()) == (0, "done"), done.stderr[-600:]
