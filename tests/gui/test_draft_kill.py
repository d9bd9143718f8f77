"""Issue 14: a `kill -9` while writing loses at most the last few seconds. A real GUI process
(offscreen) types into a new incident, pauses, types more, and is killed with SIGKILL right
after; the vault then holds the draft as it was a few seconds earlier."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from journal_app.core.journal import Journal
from journal_app.ui.main_window import DRAFT_NOTE
from journal_app.vault.vault import Vault
from tests.support.helpers import PASSPHRASE, cli_env

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")

WRITER = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from journal_app.core.journal import Journal
from journal_app.ui.clipboard import ClipboardGuard
from journal_app.ui.dialogs import Dialogs
from journal_app.ui.editor import DRAFT_DELAY_MS
from journal_app.ui.main_window import MainWindow
from journal_app.ui.settings_store import Settings
from journal_app.vault.vault import Vault
from tests.support.helpers import PASSPHRASE

app = QApplication([])
journal = Journal(Vault.open(sys.argv[1], PASSPHRASE))
window = MainWindow(journal, Settings(), Dialogs(), ClipboardGuard())
window.show()
window.incident_action.trigger()
editor = window.editor
editor.title.setText("Kept before the crash")
editor.body.setPlainText("The first words")


def more() -> None:
    editor.body.setPlainText("The first words, and the last ones")
    print("typed more", flush=True)


QTimer.singleShot(DRAFT_DELAY_MS + 1500, more)
app.exec()
"""


def test_kill_9_while_writing_loses_only_the_last_seconds(
    closed_vault: Path, tmp_path: Path
) -> None:
    env = cli_env({"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)})
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(closed_vault)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "typed more"
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.kill()
        child.wait(30)
    vault = Vault.open(closed_vault, PASSPHRASE)
    try:
        draft = Journal(vault).private_note(DRAFT_NOTE)
    finally:
        vault.close()
    assert "Kept before the crash" in draft
    assert "The first words" in draft
