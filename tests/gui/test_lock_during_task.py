"""Lock and quick exit never wait on a background task (a slow file import held mid-way).

The file's bytes come through a pipe, like a slow USB stick: the worker has read one chunk and
is waiting for more while still holding the notebook. Locking must hide the window and show the
unlock screen at once, cancel the worker, drop its result, and close the vault when it returns.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from journal_app.core import journal as journal_module
from journal_app.core.journal import Journal
from journal_app.core.models import AttachmentSource, Category
from journal_app.ui import workers
from journal_app.ui.app import Session
from journal_app.ui.editor import IncidentEditor
from journal_app.vault.attachments import CHUNK_BYTES
from journal_app.vault.vault import Vault
from tests.gui.conftest import QuitRecorder
from tests.support.helpers import PASSPHRASE


class SlowSource:
    """An ordinary file whose bytes arrive through a pipe: one chunk and a bit, then nothing
    more until `finish` (the app refuses named pipes themselves, so the pipe is handed to it
    in place of the file's contents)."""

    def __init__(self, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.path = folder / "slow-video.mp4"
        self.path.write_bytes(b"v" * (CHUNK_BYTES + 1))  # the size the app expects
        self._read_fd, self._write_fd = os.pipe()
        self._writer = threading.Thread(
            target=os.write, args=(self._write_fd, b"v" * (CHUNK_BYTES + 1)), daemon=True
        )
        self._writer.start()
        monkeypatch.setattr(
            journal_module,
            "open_regular_file",
            lambda _path: os.fdopen(os.dup(self._read_fd), "rb"),
        )

    def finish(self) -> None:
        """Let the reader see the end of the file (it then notices it was cancelled).

        If the reader stopped early (a failed or slow run), the writer would block for ever on
        a full pipe: drain it through our own read end so this never hangs.
        """
        if self._write_fd < 0:
            return
        os.set_blocking(self._read_fd, False)
        while self._writer.is_alive():
            with contextlib.suppress(BlockingIOError):
                os.read(self._read_fd, 1 << 16)
            self._writer.join(timeout=0.05)
        os.close(self._write_fd)
        os.close(self._read_fd)
        self._write_fd = -1


@pytest.fixture
def slow_source(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[SlowSource]:
    source = SlowSource(tmp_path, monkeypatch)
    yield source
    source.finish()


def _start_slow_save(qtbot: QtBot, unlocked: Session, slow: SlowSource) -> IncidentEditor:
    window = unlocked.main_window
    assert window is not None
    window.incident_action.trigger()
    editor = window.editor
    assert isinstance(editor, IncidentEditor)
    editor.title.setText("With a long video")
    editor.category.set_chosen((Category.PHYSICAL,))
    editor.attachments.add_source(AttachmentSource.from_path(slow.path), 0)
    editor.save_button.click()

    def progress_shown() -> bool:
        dialogs = editor.findChildren(workers.ProgressDialog)
        return any(d.maximum() == 1000 for d in dialogs)

    # One chunk read and written: the worker now holds the notebook, waiting for more.
    qtbot.waitUntil(progress_shown, timeout=60_000)
    return editor


@pytest.mark.parametrize("how", ["lock", "quick_exit"])
def test_lock_does_not_wait_for_a_running_import(
    qtbot: QtBot,
    unlocked: Session,
    slow_source: SlowSource,
    vault_dir: Path,
    quit_recorder: QuitRecorder,
    how: str,
) -> None:
    window = unlocked.main_window
    assert window is not None
    editor = _start_slow_save(qtbot, unlocked, slow_source)
    vault = unlocked.vault
    assert vault is not None
    (task,) = workers.running()
    saved: list[int] = []
    editor.saved.connect(saved.append)

    if how == "lock":
        window.lock_action.trigger()
        assert unlocked.unlock_window.isVisible()
    else:
        window.quick_exit_action.trigger()
        assert quit_recorder.calls == 1
    # We got here while the worker is still blocked reading: nothing waited for it.
    assert not window.isVisible()
    assert unlocked.vault is None and unlocked.main_window is None
    assert task.is_cancelled()
    assert vault.is_open  # the worker still holds it; it closes as soon as the worker returns

    # (The worker may already have seen the cancel before its next read; either way it
    # returns once the pipe ends, and only then does the vault close.)
    slow_source.finish()
    qtbot.waitUntil(lambda: not vault.is_open, timeout=20_000)
    assert workers.running() == []
    assert saved == []  # the result was dropped
    with Vault.open(vault_dir, PASSPHRASE) as reopened:
        assert Journal(reopened).count() == 0  # cancelled mid-way: nothing half-saved


def test_a_result_arriving_after_lock_is_dropped(qtbot: QtBot, unlocked: Session) -> None:
    """Even a task that finishes its work after the lock delivers nothing to the old screens."""
    delivered: list[object] = []
    gate = threading.Event()

    def work(progress: workers.Progress, cancelled: workers.CancelCheck) -> str:
        gate.wait(10)
        return "late result"

    task = workers.start(work, delivered.append, delivered.append)
    assert unlocked.main_window is not None
    unlocked.main_window.lock_action.trigger()
    assert unlocked.vault is None
    with qtbot.waitSignal(task.signals.finished, timeout=60_000):
        gate.set()
    assert delivered == []


def test_unlocking_again_at_once_waits_for_the_old_vault_to_close(
    qtbot: QtBot, unlocked: Session, slow_source: SlowSource
) -> None:
    """Lock during a stuck import, then unlock straight away: no "open in another window"."""
    window = unlocked.main_window
    assert window is not None
    _start_slow_save(qtbot, unlocked, slow_source)
    old_vault = unlocked.vault
    assert old_vault is not None
    window.lock_action.trigger()
    assert old_vault.is_open  # the stuck import still holds it

    unlocked.unlock_window.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(unlocked.unlocked, timeout=60_000):
        unlocked.unlock_window.unlock_button.click()
        slow_source.finish()  # the import returns; the old vault closes; the unlock goes on
    assert not old_vault.is_open
    assert unlocked.vault is not None and unlocked.vault is not old_vault
    assert "another window" not in unlocked.unlock_window.notice.text()
