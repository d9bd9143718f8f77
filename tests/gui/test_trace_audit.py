"""SECURITY.md test 13 as one GUI flow: no marker anywhere outside the vault afterwards.

Every folder the app (or Qt) could write to is pointed at a fresh folder; the person creates a
notebook, records an incident, pastes a screenshot, imports a text file, searches, views the
file, locks, unlocks and leaves with quick exit. Then every file there, and every file in the
real /tmp touched during the test, is scanned for the markers (also as UTF-16).
"""

from __future__ import annotations

import os
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from journal_app.core.models import Category
from journal_app.core.paths import default_vault_dir
from journal_app.ui import workers
from journal_app.ui.app import Session
from journal_app.ui.editor import IncidentEditor
from journal_app.vault.vault import db_path
from tests.gui.conftest import QuitRecorder, StubDialogs, unlock
from tests.support.helpers import FAST_KDF, PASSPHRASE, files_containing

MARKER = f"TraceMarker-{uuid.uuid4().hex[:12]}"
FILE_MARKER = f"FileMarker-{uuid.uuid4().hex[:12]}"
REAL_TMP = Path("/tmp")
LARGE = 64 * 1024 * 1024


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "fresh"
    dirs = {
        "HOME": "home",
        "XDG_CONFIG_HOME": "home/.config",
        "XDG_DATA_HOME": "home/.local/share",
        "XDG_CACHE_HOME": "home/.cache",
        "XDG_STATE_HOME": "home/.local/state",
        "XDG_RUNTIME_DIR": "run",
        "TMPDIR": "tmp",
    }
    for name, sub in dirs.items():
        folder = root / sub
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        monkeypatch.setenv(name, str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(root / "tmp"))
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(root / "home/.config"))
    return root


@pytest.fixture
def fresh_session(qtbot: QtBot, fresh: Path, dialogs: StubDialogs) -> Iterator[Session]:
    # No store, no folder: the app finds its settings and notebook where it would for real.
    quit_recorder = QuitRecorder()
    made = Session(dialogs=dialogs, kdf=FAST_KDF, on_quit=quit_recorder)
    qtbot.addWidget(made.unlock_window)
    made.start()
    yield made
    made.shutdown()
    workers.wait_all()


def _touched_since(root: Path, start: float) -> list[Path]:
    found: list[Path] = []
    for folder, _dirs, names in os.walk(root, onerror=lambda _error: None):
        for name in names:
            path = Path(folder) / name
            try:
                if path.is_file() and not path.is_symlink() and path.stat().st_mtime >= start:
                    found.append(path)
            except OSError:
                continue
    return found


def _large_file_contains(path: Path, needles: list[bytes]) -> bool:
    """A chunked scan for big files (other tests may leave gigabyte files in /tmp)."""
    overlap = max(len(n) for n in needles)
    tail = b""
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(8 * 1024 * 1024):
                window = tail + chunk
                if any(n in window for n in needles):
                    return True
                tail = window[-overlap:]
    except OSError:
        return False
    return False


def _hits(paths: list[Path], marker: str) -> list[Path]:
    needles = [marker.encode(), marker.encode("utf-16-le")]
    small = [p for p in paths if _size(p) <= LARGE]
    large = [p for p in paths if _size(p) > LARGE]
    return files_containing(small, marker.encode()) + [
        p for p in large if _large_file_contains(p, needles)
    ]


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _screenshot() -> QImage:
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("darkblue"))
    return image


def test_no_trace_outside_the_vault_after_the_main_flows(
    qtbot: QtBot, fresh: Path, fresh_session: Session, dialogs: StubDialogs
) -> None:
    start = time.time() - 1
    session = fresh_session
    home = fresh / "home"
    source = home / "Documents" / "message-copy.txt"
    source.parent.mkdir()
    source.write_text(f"He wrote: {FILE_MARKER}\n", encoding="utf-8")

    # Create a notebook in the default place (inside the fresh home).
    window = session.unlock_window
    assert window.folder == default_vault_dir()
    window.new_passphrase.setText(PASSPHRASE)
    window.repeat_passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(session.unlocked, timeout=10_000):
        window.create_button.click()
    main = session.main_window
    assert main is not None
    qtbot.addWidget(main)

    # Record an incident with a pasted screenshot and an imported text file.
    main.incident_action.trigger()
    editor = main.editor
    assert isinstance(editor, IncidentEditor)
    editor.title.setText(f"Title {MARKER}")
    editor.category.set_chosen((Category.PHYSICAL,))
    editor.body.setPlainText(f"Body {MARKER}\n" * 3)
    mime = QMimeData()
    mime.setImageData(_screenshot())
    QGuiApplication.clipboard().setMimeData(mime)
    assert editor.attachments.paste_from_clipboard()
    dialogs.files = [source]
    editor.attachments.pick_files()
    assert editor.attachments.list.count() == 2
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        editor.save_button.click()

    # Open the viewer on the text file.
    names = [editor.attachments.list.item(i).text() for i in range(2)]
    editor.attachments.list.setCurrentRow(next(i for i, n in enumerate(names) if ".txt" in n))
    editor.attachments.view_current()
    (viewer,) = editor.attachments.viewers
    shown = viewer.findChild(QPlainTextEdit)
    assert shown is not None and FILE_MARKER in shown.toPlainText()
    viewer.close()

    # Back to the list and search for the marker.
    editor.back_button.click()
    main.timeline.search.setText(MARKER)
    main.timeline.apply_filters()
    assert main.timeline.model.total == 1

    # Lock, unlock, quick exit.
    main.lock_action.trigger()
    assert session.vault is None
    unlock(qtbot, session)
    assert session.main_window is not None
    qtbot.addWidget(session.main_window)
    session.main_window.activateWindow()
    qtbot.waitUntil(session.main_window.isActiveWindow)
    with qtbot.waitSignal(session.locked):
        qtbot.keyClick(session.main_window, Qt.Key.Key_Escape)
        qtbot.keyClick(session.main_window, Qt.Key.Key_Escape)
    assert session.vault is None
    qtbot.waitUntil(lambda: workers.running() == [])

    # Scan: the fresh home and temp folders completely, the real /tmp for files touched now.
    vault_db = db_path(default_vault_dir())
    assert vault_db.exists() and home in vault_db.parents
    scanned = [p for p in fresh.rglob("*") if p.is_file()] + _touched_since(REAL_TMP, start)
    scanned = list(dict.fromkeys(p for p in scanned if p != source))
    assert len(scanned) > 3
    for marker in (MARKER, FILE_MARKER):
        assert _hits(scanned, marker) == [], marker

    # The usual places a desktop leaks to hold nothing (or do not exist).
    for leak in (
        home / ".config" / "QtProject.conf",
        home / ".local" / "share" / "recently-used.xbel",
        home / ".cache" / "thumbnails",
    ):
        assert not leak.exists() or _hits([leak, *leak.rglob("*")], MARKER) == []
        assert not leak.exists() or _hits([leak, *leak.rglob("*")], FILE_MARKER) == []
