"""GUI fixtures: an isolated home, stubbed dialogs, and a session with a fast KDF."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from journal_app.core.synced import SyncedFolder
from journal_app.ui import theme, workers
from journal_app.ui.app import Session
from journal_app.ui.collector import MainThreadCollector
from journal_app.ui.dialogs import Dialogs, Place, UnsavedChoice
from journal_app.ui.settings_store import SettingsStore
from tests.support.helpers import FAST_KDF, PASSPHRASE


@pytest.fixture(scope="session", autouse=True)
def collected_on_the_gui_thread(qapp: QApplication) -> Iterator[None]:
    """As in the app (ui/collector.py): Python's cyclic collector never runs in a worker
    thread, where it could destroy a closed window's Qt objects and crash a later test."""
    collector = MainThreadCollector(qapp)
    yield
    collector.stop()


@pytest.fixture(autouse=True)
def collect_after_each_test() -> Iterator[None]:
    """What the app's timer would do between two people's actions, done at once."""
    yield
    gc.collect()


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings, Qt's own config and caches all land in tmp_path, never the real home."""
    home = tmp_path / "home"
    for name, sub in {
        "HOME": "",
        "XDG_CONFIG_HOME": ".config",
        "XDG_DATA_HOME": ".local/share",
        "XDG_CACHE_HOME": ".cache",
    }.items():
        (home / sub).mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(name, str(home / sub))
    # QSettings resolves its folders once per process; point it here for every test.
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(home / ".config"))
    return home


def run_now(
    _parent: object,
    _label: str,
    work: workers.Work,
    on_success: Callable[[Any], None],
    on_failure: Callable[[str], None],
) -> None:
    """A synchronous stand-in for workers.run_with_progress (no thread, no progress window)."""
    try:
        result = work(lambda _d, _t: None, lambda: False)
    except Exception as exc:  # the real relay turns errors into a sentence
        on_failure(str(exc))
    else:
        on_success(result)


class StubDialogs(Dialogs):
    """Canned answers instead of modal windows. `asked` records each question."""

    def __init__(self) -> None:
        self.files: list[Path] = []
        self.file: Path | None = None
        self.save_path: Path | None = None
        self.folder: Path | None = None
        self.passphrase: str | None = PASSPHRASE
        self.new_passphrase: tuple[str, str] | None = None
        self.delete_answer = False
        self.unsaved_answer = UnsavedChoice.CANCEL
        # Answers to "this place is synced: use it anyway?", in order; then "use it".
        self.synced_answers: list[bool] = []
        # What "Type transcript…" returns (None: cancelled); the text it was shown, per call.
        self.transcript: str | None = None
        self.transcripts_shown: list[str] = []
        self.asked: list[str] = []

    def open_files(self, parent: QWidget | None, title: str) -> list[Path]:
        self.asked.append("open_files")
        return list(self.files)

    def open_file(self, parent: QWidget | None, title: str, name_filter: str = "") -> Path | None:
        self.asked.append("open_file")
        return self.file

    def save_file(self, parent: QWidget | None, title: str, suggested: str) -> Path | None:
        self.asked.append("save_file")
        return self.save_path

    def choose_folder(self, parent: QWidget | None, title: str) -> Path | None:
        self.asked.append("choose_folder")
        return self.folder

    def ask_passphrase(self, parent: QWidget | None, title: str, prompt: str) -> str | None:
        self.asked.append("ask_passphrase")
        return self.passphrase

    def ask_new_passphrase(self, parent: QWidget | None) -> tuple[str, str] | None:
        self.asked.append("ask_new_passphrase")
        return self.new_passphrase

    def confirm_delete(self, parent: QWidget | None, title: str) -> bool:
        self.asked.append(f"confirm_delete {title}")
        return self.delete_answer

    def confirm_synced(self, parent: QWidget | None, found: SyncedFolder, place: Place) -> bool:
        self.asked.append(f"confirm_synced {found.service} {place.value}")
        return self.synced_answers.pop(0) if self.synced_answers else True

    def edit_transcript(self, parent: QWidget | None, name: str, text: str) -> str | None:
        self.asked.append(f"edit_transcript {name}")
        self.transcripts_shown.append(text)
        return self.transcript

    def ask_unsaved(self, parent: QWidget | None) -> UnsavedChoice:
        self.asked.append("ask_unsaved")
        return self.unsaved_answer


@pytest.fixture
def dialogs() -> StubDialogs:
    return StubDialogs()


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "home" / ".config" / "notebook" / "settings.json"


class QuitRecorder:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> None:
        self.calls += 1


@pytest.fixture
def quit_recorder() -> QuitRecorder:
    return QuitRecorder()


@pytest.fixture
def session(
    qtbot: QtBot,
    vault_dir: Path,
    dialogs: StubDialogs,
    settings_path: Path,
    quit_recorder: QuitRecorder,
) -> Iterator[Session]:
    made = Session(
        vault_dir,
        store=SettingsStore(settings_path),
        dialogs=dialogs,
        kdf=FAST_KDF,
        on_quit=quit_recorder,
    )
    qtbot.addWidget(made.unlock_window)
    made.start()
    yield made
    made.shutdown()
    workers.wait_all()


def unlock(qtbot: QtBot, session: Session, passphrase: str = PASSPHRASE) -> None:
    window = session.unlock_window
    window.passphrase.setText(passphrase)
    with qtbot.waitSignal(session.unlocked, timeout=10_000):
        window.unlock_button.click()


@pytest.fixture
def unlocked(qtbot: QtBot, closed_vault: Path, session: Session) -> Session:
    unlock(qtbot, session)
    assert session.main_window is not None
    qtbot.addWidget(session.main_window)
    return session


# The app in the light (system) theme and in a dark one: what must hold in both.
def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in {
        QPalette.ColorRole.Window: "#202124",
        QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#17181a",
        QPalette.ColorRole.AlternateBase: "#2a2b2e",
        QPalette.ColorRole.Text: "#e8eaed",
        QPalette.ColorRole.Button: "#303134",
        QPalette.ColorRole.ButtonText: "#e8eaed",
        QPalette.ColorRole.Highlight: "#8ab4f8",
        QPalette.ColorRole.HighlightedText: "#202124",
        QPalette.ColorRole.Mid: "#5f6368",
        QPalette.ColorRole.Dark: "#9aa0a6",
    }.items():
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture(params=["light", "dark"])
def themed(request: pytest.FixtureRequest) -> Iterator[str]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = app.palette()
    if request.param == "dark":
        app.setPalette(dark_palette())
    theme.apply(app)
    yield request.param
    app.setStyleSheet("")
    app.setPalette(original)
