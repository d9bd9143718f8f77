"""Start the desktop app, and the session that moves between the unlock screen and the notebook.

Lock (button, Ctrl+L, idle, and the computer's own lock, sleep or switch of user: see
ui/system_lock.py): close the vault, clear the app's clipboard content, drop the main window
and show the unlock screen. Quick exit (Esc twice, button): the same, but the window is
hidden first, at once, and the app then quits; the unlock screen shows at the next start.

Neither ever waits: the window is hidden before anything else, a running background task is
cancelled and its result dropped, and the vault closes as soon as that task returns. Unsaved
text in an open editor is kept as a draft (main_window.DRAFT_NOTE), and the support contacts,
which save themselves, are written into the vault just before it closes.

With the camouflage on (ui/camouflage.py), the first screen is a working notes pad instead of
the unlock screen, and every lock returns to it: a passphrase confirmed in the pad's search box
opens the notebook, and the second passphrase opens the decoy, the same pad with the notes kept
in the separate notebook. The unlock screen is then never shown.
"""

from __future__ import annotations

import contextlib
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from journal_app import i18n
from journal_app.core.journal import Journal
from journal_app.core.paths import default_vault_dir
from journal_app.ui import disguise, theme, workers
from journal_app.ui import i18n as ui_i18n
from journal_app.ui.camouflage import NOTES_FILE, PAD_NOTE, FileNotes, JournalNotes, NotePad
from journal_app.ui.clipboard import ClipboardGuard
from journal_app.ui.collector import MainThreadCollector
from journal_app.ui.dialogs import Dialogs
from journal_app.ui.help import SUPPORT_CONTACTS
from journal_app.ui.idle import IdleWatcher
from journal_app.ui.main_window import DRAFT_NOTE, MainWindow
from journal_app.ui.settings_store import Settings, SettingsStore
from journal_app.ui.system_lock import SystemLockWatcher
from journal_app.ui.unlock import UnlockWindow
from journal_app.vault.kdf import KdfParams
from journal_app.vault.vault import ALTERNATE, Vault

# The application's fixed internal name (Qt uses it for its own paths). What people see is the
# display name, set from the chosen disguise (ui/disguise.py) by the session.
APP_NAME = "Notebook"


class Session(QObject):
    """Owns the open vault (if any) and the windows. `kdf`, `clock` (wall time, for the idle
    and sleep checks) and `platform` are for tests only."""

    locked = Signal()
    unlocked = Signal()

    def __init__(
        self,
        vault_dir: Path | None = None,
        *,
        store: SettingsStore | None = None,
        dialogs: Dialogs | None = None,
        kdf: KdfParams | None = None,
        on_quit: Callable[[], None] | None = None,
        clock: Callable[[], float] = time.time,
        platform: str = sys.platform,
    ) -> None:
        super().__init__()
        self.store = store or SettingsStore()
        self.settings: Settings = self.store.load()
        self.dialogs = dialogs or Dialogs()
        self.clipboard = ClipboardGuard(parent=self)
        self.clipboard.install()
        self._kdf = kdf
        self._on_quit = on_quit
        self.vault: Vault | None = None
        self.journal: Journal | None = None
        # Locked journals whose vault closes once the last background task returns, with the
        # private notes to write just before (support contacts, the editor's draft, the
        # decoy pad's notes).
        self._closing: list[tuple[Journal, list[tuple[str, str]]]] = []
        # Set while no locked vault is still waiting to close (see wait_until_closed).
        self.closed = threading.Event()
        self.closed.set()
        self.main_window: MainWindow | None = None
        # The camouflage: the pad (made when first needed) and the decoy while it is open.
        self.pad: NotePad | None = None
        self.decoy: NotePad | None = None
        self.idle = IdleWatcher(self._idle_ms(), self, clock=clock)
        self.idle.idle.connect(self.lock)
        # The computer's own lock, sleep and switch of user lock the notebook too.
        self.system_lock = SystemLockWatcher(self, clock=clock, platform=platform)
        self.system_lock.lock_requested.connect(self.lock)
        folder = vault_dir or self._remembered_folder() or default_vault_dir()
        self.unlock_window = UnlockWindow(
            folder,
            self.dialogs,
            remember_folder=self.settings.remember_vault,
            appearance=self.settings.disguise,
            kdf=kdf,
        )
        self.unlock_window.before_open = self.wait_until_closed
        self.unlock_window.unlocked.connect(self._open)
        self.unlock_window.resize(720, 520)
        self.apply_disguise()

    def _idle_ms(self) -> int:
        return self.settings.idle_minutes * 60_000

    def _remembered_folder(self) -> Path | None:
        if self.settings.remember_vault and self.settings.vault_path:
            return Path(self.settings.vault_path)
        return None

    def start(self) -> None:
        if self.settings.camouflage:
            self._show_pad()
            return
        self.unlock_window.show()
        self.unlock_window.focus_passphrase()

    # ------------------------------------------------------------------ camouflage
    def _make_pad(self) -> NotePad:
        if self.pad is None:
            screen = self.unlock_window
            pad = NotePad(
                FileNotes(self.store.beside(NOTES_FILE)), self.settings.disguise, door=self._door
            )
            pad.opened.connect(self._open)
            pad.quick_exit_requested.connect(self.quick_exit)
            pad.resize(pad.sizeHint().expandedTo(screen.size()))
            self.pad = pad
        return self.pad

    def _door(
        self, passphrase: str, progress: workers.Progress, cancelled: workers.CancelCheck
    ) -> Vault:
        """Runs in the pad's background try: the same work as the unlock screen's."""
        folder = self.unlock_window.folder
        self.wait_until_closed()
        return Vault.open(folder, passphrase, progress=progress, cancelled=cancelled)

    def _show_pad(self) -> None:
        pad = self._make_pad()
        pad.forget_tries()
        pad.reload()
        pad.show()
        pad.raise_()
        pad.search.setFocus()

    def _open_decoy(self, journal: Journal) -> None:
        decoy = NotePad(JournalNotes(journal), self.settings.disguise)
        decoy.lock_requested.connect(self.lock)
        decoy.quick_exit_requested.connect(self.quick_exit)
        if self.pad is not None:
            decoy.setGeometry(self.pad.geometry())
            self.pad.hide()
        self.decoy = decoy
        decoy.show()
        decoy.search.setFocus()
        self.idle.start()
        self.unlocked.emit()

    # ------------------------------------------------------------------ unlocked
    def _open(self, vault: object) -> None:
        if not isinstance(vault, Vault):
            return
        self.vault = vault
        self.journal = Journal(vault)
        if self.settings.camouflage:
            if vault.stem == ALTERNATE:
                self._open_decoy(self.journal)
                return
        else:
            self._remember_folder(vault.folder)
        window = MainWindow(
            self.journal, self.settings, self.dialogs, self.clipboard, kdf=self._kdf
        )
        window.lock_requested.connect(self.lock)
        window.quick_exit_requested.connect(self.quick_exit)
        window.settings_changed.connect(self._settings_changed)
        self.main_window = window
        self.unlock_window.hide()
        if self.pad is not None:
            self.pad.hide()
        window.show()
        window.timeline.table.setFocus()
        if vault.settings_notice:
            # The settings file had been altered; said once, in the catalogue's words.
            translate = i18n.translator(ui_i18n.current_language())
            window.timeline.notice.say(translate(vault.settings_notice), problem=True)
        self.idle.start()
        self.unlocked.emit()

    def _remember_folder(self, folder: Path) -> None:
        remember = self.unlock_window.remember_box.isChecked()
        self.settings.remember_vault = remember
        self.settings.vault_path = str(folder) if remember else ""
        self.store.save(self.settings)

    def _settings_changed(self, _settings: object) -> None:
        self.idle.set_timeout_ms(self._idle_ms())
        if self.settings.camouflage and self.vault is not None:
            # The pad has no way to choose a folder: it looks where this notebook is.
            self.settings.remember_vault = True
            self.settings.vault_path = str(self.vault.folder)
            self.unlock_window.remember_box.setChecked(True)
        self.apply_disguise()
        self.store.save(self.settings)

    def apply_disguise(self) -> None:
        """The chosen neutral name and icon, at once, everywhere: the application's display
        name (Qt adds it to window titles), the taskbar icon, the main window, the lock screen."""
        key = self.settings.disguise
        disguise.apply_to_application(key)
        self.unlock_window.apply_disguise(key)
        for pad in (self.pad, self.decoy):
            if pad is not None:
                pad.apply_disguise(key)
        if self.main_window is not None:
            self.main_window.apply_disguise()

    # ------------------------------------------------------------------ locking
    def _close_everything(self) -> None:
        """Hide first (the screen is what someone walking in sees), then lock. Never waits."""
        self.idle.stop()
        window = self.main_window
        self.main_window = None
        notes: list[tuple[str, str | None]] = []
        if window is not None:
            window.retire()
            window.hide()
            notes.append((SUPPORT_CONTACTS, window.help_page.take_unsaved_contacts()))
            notes.append((DRAFT_NOTE, window.take_draft()))
            self.settings.window_geometry = window.geometry_text()
            window.deleteLater()
        decoy, self.decoy = self.decoy, None
        if decoy is not None:
            decoy.hide()
            decoy.blockSignals(True)
            notes.append((PAD_NOTE, decoy.take_text()))
            if self.pad is not None:
                self.pad.setGeometry(decoy.geometry())
            decoy.deleteLater()
        self.clipboard.clear()
        if self.journal is not None:
            kept = [(name, text) for name, text in notes if text is not None]
            self._closing.append((self.journal, kept))
        self.vault = None
        self.journal = None
        if self._closing:
            self.closed.clear()
        # Close once the tasks that used this vault return; a new unlock does not delay it.
        workers.when_done(workers.drop_all(), self.finish_closing)
        self.store.save(self.settings)

    def finish_closing(self) -> None:
        """Close the vaults of locked sessions (called once no background task uses them)."""
        closing, self._closing = self._closing, []
        for journal, notes in closing:
            for name, text in notes:
                with contextlib.suppress(Exception):  # the vault may already be unusable
                    journal.set_private_note(name, text)
            journal.vault.close()
        if not self._closing:
            self.closed.set()

    def wait_until_closed(self, timeout: float = 60.0) -> None:
        """Called from an unlock task: let a just-locked vault finish closing first, so that
        unlocking again at once never meets our own lock ("open in another window")."""
        self.closed.wait(timeout)

    def lock(self) -> None:
        if self.vault is None:
            return
        self._close_everything()
        self.unlock_window.reset()
        if self.settings.camouflage:
            self._show_pad()
        else:
            self.unlock_window.show()
            self.unlock_window.raise_()
        self.locked.emit()

    def quick_exit(self) -> None:
        if self.pad is not None:
            self.pad.hide()
        self._close_everything()
        self.unlock_window.reset()
        self.unlock_window.hide()
        if self.pad is not None:
            self.pad.flush()  # after every window is gone: a small file write
        self.locked.emit()
        if self._on_quit is not None:
            self._on_quit()

    def shutdown(self) -> None:
        """At the very end: lock, let running tasks return, and close what they held open."""
        self.quick_exit()
        self.idle.dispose()
        self.system_lock.dispose()
        self.clipboard.dispose()
        workers.wait_all()
        self.finish_closing()


def _quiet_excepthook(
    kind: type[BaseException], exc: BaseException, traceback: TracebackType | None
) -> None:
    """An error escaping a Qt slot prints one line, never a traceback or its message (which
    could quote what the person wrote). Worker errors already become sentences on screen."""
    print(
        f"journal-app: unexpected error ({kind.__name__}); nothing further was changed.",
        file=sys.stderr,
    )


def run_gui(vault_dir: Path | None, language: str | None = None) -> int:
    """`language` (from `--language`) wins over the saved setting, for this run only."""
    sys.excepthook = _quiet_excepthook
    QApplication.setApplicationName(APP_NAME)
    QApplication.setApplicationDisplayName(APP_NAME)
    QApplication.setOrganizationName("")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(True)
    # Cycles are collected on this thread only: never a window's objects from a worker.
    collector = MainThreadCollector(app)
    # The language is set before any window is built (a change applies at the next start).
    ui_i18n.install(ui_i18n.resolve(language or SettingsStore().load().language))
    theme.apply(app)
    session = Session(vault_dir, on_quit=app.quit)
    session.start()
    code = app.exec()
    session.shutdown()
    collector.stop()
    return int(code)
