"""The main window: a toolbar (new entries, export, check a bundle, settings, help, Lock,
Quick exit) over pages.

The window owns no storage logic and no lock logic: it asks the session (app.py) to lock or
to exit through signals, so the same path runs for the button, the shortcut and idle.
Leaving an editor with unsaved changes asks Save / Leave without saving / Keep editing; locking
and quick exit never ask (they must act at once).
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QByteArray, QElapsedTimer, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.journal import Journal
from journal_app.core.models import EntryFields, Kind
from journal_app.ui import disguise, workers
from journal_app.ui.clipboard import ClipboardGuard
from journal_app.ui.dialogs import Dialogs, UnsavedChoice
from journal_app.ui.editor import EntryEditor, IncidentEditor
from journal_app.ui.errors import message_for
from journal_app.ui.export_dialog import (
    ExportDialog,
    RunTask,
    VerifyDialog,
    open_export_dialog,
    open_verify_dialog,
)
from journal_app.ui.help import HelpPage
from journal_app.ui.import_view import ImportDialog, open_import_dialog
from journal_app.ui.message_editor import MessageEditor
from journal_app.ui.pattern_view import PatternPage, filter_timeline
from journal_app.ui.settings_dialog import SettingsDialog
from journal_app.ui.settings_store import Settings
from journal_app.ui.timeline_view import TimelinePage
from journal_app.ui.widgets import named, scaled_font, scrolling, wrapped
from journal_app.vault.kdf import KdfParams

DOUBLE_ESCAPE_MS = 800
# The private note (encrypted in the vault, outside the history chain) holding what was typed
# in an editor and not saved: kept a few seconds after typing stops and at every lock.
DRAFT_NOTE = "draft"


class MainWindow(QMainWindow):
    lock_requested = Signal()
    quick_exit_requested = Signal()
    settings_changed = Signal(object)

    def __init__(
        self,
        journal: Journal,
        settings: Settings,
        dialogs: Dialogs,
        clipboard: ClipboardGuard,
        *,
        kdf: KdfParams | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.journal = journal
        self._settings = settings
        self._dialogs = dialogs
        self._clipboard = clipboard
        self._kdf = kdf
        self.editor: EntryEditor | None = None
        self.settings_dialog: SettingsDialog | None = None
        self.export_dialog: ExportDialog | None = None
        self.verify_dialog: VerifyDialog | None = None
        self.import_dialog: ImportDialog | None = None
        # How the export and check dialogs run their long work (tests replace it).
        self.run_task: RunTask = workers.run_with_progress
        self._after_save: Callable[[], None] | None = None
        self._retired = False
        self.pages = QStackedWidget()
        self.timeline = TimelinePage(journal)
        self.help_page = HelpPage(journal)
        self.pages.addWidget(self.timeline)
        self.pages.addWidget(self.help_page)
        self.pattern = PatternPage(journal)
        # Scrolled, so its charts never make the window wider than the screen (and push Lock
        # and Quick exit off it).
        self.pattern_area = scrolling(self.pattern)
        self.pages.addWidget(self.pattern_area)
        self.pattern.show_entries.connect(self.show_pattern_entries)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self._draft_offer())
        column.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self._draft_written = False
        self.timeline.open_entry.connect(self.open_entry)
        self._build_toolbar()
        self._escape_clock = QElapsedTimer()
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self._escape_pressed)
        escape.setContext(Qt.ShortcutContext.WindowShortcut)
        self.escape_shortcut = escape
        self._restore_geometry()
        self._offer_kept_draft()
        self.apply_disguise()
        if journal.vault.slow_unlock:
            self.timeline.notice.say(self.slow_unlock_offer())

    def slow_unlock_offer(self) -> str:
        """Said when unlocking took long on this computer (a notebook moved to a slower one)."""
        return self.tr(
            "This notebook took a while to open on this computer. To make it open faster "
            "here, choose Settings, then Change passphrase; you may type the same "
            "passphrase again, and the app measures this computer anew."
        )

    def apply_disguise(self) -> None:
        """The title is only the chosen neutral name ("Notebook", "Recipes", …)."""
        self.setWindowTitle(disguise.name(self._settings.disguise))

    # ------------------------------------------------------------------ layout
    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main"))
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.setAccessibleName(self.tr("Main toolbar"))
        # The toolbar sits in a header row beside Lock and Quick exit, which are not in it: when
        # the window is narrow or the words long, the toolbar folds its own actions into its
        # "»" menu and the way out stays whole on screen (issue 14).
        header = QWidget()
        row = QHBoxLayout(header)
        row.setContentsMargins(0, 0, 4, 0)
        row.setSpacing(4)
        row.addWidget(bar, 1)
        self.setMenuWidget(header)
        self.list_action = self._action(
            bar,
            self.tr("&List"),
            self.tr("Show the list of entries."),
            self.show_timeline,
            "Ctrl+1",
        )
        self.pattern_action = self._action(
            bar,
            self.tr("&Pattern"),
            self.tr("Counts of entries over time: how often, which kinds, when."),
            self.show_pattern,
            "Ctrl+2",
        )
        self.incident_action = self._action(
            bar,
            self.tr("New &incident"),
            self.tr("Write down something that happened."),
            self.new_incident,
            "Ctrl+N",
        )
        self.message_action = self._action(
            bar,
            self.tr("New &message"),
            self.tr("Record a message, call or threat you received."),
            self.new_message,
            "Ctrl+M",
        )
        # Ctrl+Shift: plain Ctrl+E and Ctrl+K edit text in a line field on Linux.
        self.export_action = self._action(
            bar,
            self.tr("E&xport evidence…"),
            self.tr("Make a PDF of chosen entries to give to an advocate or a court."),
            self.open_export,
            "Ctrl+Shift+E",
        )
        self.verify_action = self._action(
            bar,
            self.tr("Chec&k a bundle…"),
            self.tr("Check that a PDF made by this app has not been changed."),
            self.open_verify,
            "Ctrl+Shift+K",
        )
        self.settings_action = self._action(
            bar,
            self.tr("&Settings"),
            self.tr("Language, lock time, backups and passphrases."),
            self.open_settings,
            "Ctrl+,",
        )
        self.help_action = self._action(
            bar,
            self.tr("&Help"),
            self.tr("Safety advice, and a place for support contacts."),
            self.show_help,
            "F1",
        )
        # Last in the bar: on a narrow window it is the first folded into the "»" menu,
        # before Export and Check, which a person needs in a hurry more often.
        self.import_action = self._action(
            bar,
            self.tr("Imp&ort messages…"),
            self.tr("Bring in a chat export: WhatsApp, an SMS backup, Telegram or e-mail."),
            self.open_import,
            "Ctrl+Shift+I",
        )
        self._label_overflow_button(bar)
        self.lock_action = self._action(
            None,
            self.tr("&Lock"),
            self.tr("Close the notebook now; the passphrase opens it again."),
            self.lock_requested.emit,
            "Ctrl+L",
        )
        self.quick_exit_action = self._action(
            None,
            self.tr("&Quick exit (Esc Esc)"),
            self.tr("Hide and close the app at once. Nothing saved is lost."),
            self.quick_exit_requested.emit,
            "Ctrl+Q",
        )
        for action in (self.lock_action, self.quick_exit_action):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setFont(scaled_font(button, 1.0))
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
            self._describe(button, action)
            row.addWidget(button)

    def _label_overflow_button(self, bar: QToolBar) -> None:
        """The toolbar's own "»" button, which holds the actions a narrow window folds away.
        It takes the bar's text-only style and has no text, so it showed as an empty button
        a person would never press (and its icon is black, lost on a dark theme): it shows
        "»" as text, in the theme's colour, and has a name screen readers say."""
        extension = bar.findChild(QToolButton, "qt_toolbar_ext_button")
        if extension is None:
            return
        extension.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        extension.setText("»")
        extension.setToolTip(self.tr("More actions that do not fit in the window."))
        extension.setAccessibleName(self.tr("More actions"))

    def _action(
        self, bar: QToolBar | None, text: str, description: str, slot: object, shortcut: str
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        keys = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
        action.triggered.connect(slot)
        action.setStatusTip(description)
        action.setToolTip(f"{description} ({keys})")
        if bar is not None:
            bar.addAction(action)
            button = bar.widgetForAction(action)
            if button is not None:
                self._describe(button, action)
        return action

    @staticmethod
    def _describe(button: QWidget, action: QAction) -> None:
        button.setAccessibleName(action.text().replace("&", "").replace("…", ""))
        button.setAccessibleDescription(action.statusTip())

    # ------------------------------------------------------------------ pages
    def show_timeline(self) -> None:
        self._leave_editor(self._show_timeline_now)

    def _show_timeline_now(self) -> None:
        self._close_editor()
        self.pages.setCurrentWidget(self.timeline)
        self.timeline.table.setFocus()

    def show_pattern(self) -> None:
        self._leave_editor(self._show_pattern_now)

    def _show_pattern_now(self) -> None:
        self._close_editor()
        self.pattern.refresh()
        self.pages.setCurrentWidget(self.pattern_area)
        self.pattern.granularity.setFocus()

    def show_pattern_entries(self, first: date, last: date, category: str) -> None:
        filter_timeline(self.timeline, first, last, category)
        self._show_timeline_now()

    def show_help(self) -> None:
        self._leave_editor(self._show_help_now)

    def _show_help_now(self) -> None:
        self._close_editor()
        self.pages.setCurrentWidget(self.help_page)
        self.help_page.contacts.setFocus()

    def new_incident(self) -> None:
        self._leave_editor(
            lambda: self._open_editor(IncidentEditor(self.journal, self._dialogs, self._clipboard))
        )

    def new_message(self) -> None:
        self._leave_editor(
            lambda: self._open_editor(MessageEditor(self.journal, self._dialogs, self._clipboard))
        )

    def open_entry(self, entry_id: int) -> None:
        self._leave_editor(lambda: self._open_entry_now(entry_id))

    def _open_entry_now(self, entry_id: int) -> None:
        try:
            kind = self.journal.get(entry_id).kind
            editor_class = MessageEditor if kind is Kind.MESSAGE else IncidentEditor
            editor = editor_class(self.journal, self._dialogs, self._clipboard, entry_id)
        except Exception as exc:
            self._show_timeline_now()
            self.timeline.notice.say(message_for(exc), problem=True)
            return
        self._open_editor(editor)

    def _leave_editor(self, then: Callable[[], None]) -> None:
        """Run `then` (which replaces the editor), asking first if the editor has changes."""
        editor = self.editor
        if editor is None or not editor.has_unsaved_changes():
            then()
            return
        choice = self._dialogs.ask_unsaved(self)
        if self._retired or self.editor is not editor:
            return  # locked while the question was open: nothing more to do
        if choice is UnsavedChoice.DISCARD:
            then()
        elif choice is UnsavedChoice.SAVE:
            self._after_save = then
            if not editor.save():
                self._after_save = None

    def _open_editor(self, editor: EntryEditor) -> None:
        self._close_editor()
        self.editor = editor
        editor.draft_due.connect(self.keep_draft)
        editor.saved.connect(self._entry_saved)
        editor.save_failed.connect(self._save_failed)
        editor.deleted.connect(self._entry_deleted)
        editor.closed.connect(self.show_timeline)
        self.pages.addWidget(editor)
        self.pages.setCurrentWidget(editor)
        editor.focusNextChild()

    def _close_editor(self) -> None:
        self._after_save = None
        if self.editor is not None:
            # Saved, discarded or unchanged: a draft this window kept is no longer needed.
            self.editor.stop_drafting()
            if self._draft_written and not self._retired:
                self._write_draft("")
            self.pages.removeWidget(self.editor)
            self.editor.deleteLater()
            self.editor = None

    def _entry_saved(self, _entry_id: int) -> None:
        self.timeline.refresh()
        self.keep_draft()
        then, self._after_save = self._after_save, None
        if then is not None:
            then()

    def _save_failed(self, _message: str) -> None:
        self._after_save = None  # stay in the editor: its notice says what went wrong

    def _entry_deleted(self, _entry_id: int) -> None:
        self.timeline.refresh()

    def open_settings(self) -> SettingsDialog:
        if self.settings_dialog is None:
            dialog = SettingsDialog(
                self.journal,
                self._settings,
                self._dialogs,
                clipboard=self._clipboard,
                kdf=self._kdf,
                parent=self,
            )
            dialog.settings_changed.connect(self.settings_changed)
            self.settings_dialog = dialog
        self.settings_dialog.show()
        self.settings_dialog.raise_()
        return self.settings_dialog

    def open_export(self) -> ExportDialog:
        """The Export dialog (one at a time; a second click brings it to the front)."""
        if self.export_dialog is None:
            dialog = open_export_dialog(
                self,
                self.journal,
                self._dialogs,
                self.run_task,
                self._clipboard,
                plain_name=self._settings.camouflage,
            )
            dialog.destroyed.connect(self._export_dialog_gone)
            self.export_dialog = dialog
        self.export_dialog.show()
        self.export_dialog.raise_()
        return self.export_dialog

    def _export_dialog_gone(self) -> None:
        self.export_dialog = None

    def open_import(self) -> ImportDialog:
        """The Import messages dialog (one at a time); new entries appear in the list."""
        if self.import_dialog is None:
            dialog = open_import_dialog(self, self.journal, self._dialogs)
            dialog.imported.connect(self._messages_imported)
            dialog.destroyed.connect(self._import_dialog_gone)
            self.import_dialog = dialog
        self.import_dialog.show()
        self.import_dialog.raise_()
        return self.import_dialog

    def _messages_imported(self, _entry_ids: object) -> None:
        self.timeline.refresh()

    def _import_dialog_gone(self) -> None:
        self.import_dialog = None

    def open_verify(self) -> VerifyDialog:
        """The "Check a bundle" dialog (one at a time)."""
        if self.verify_dialog is None:
            dialog = open_verify_dialog(self, self._dialogs, self.run_task)
            dialog.destroyed.connect(self._verify_dialog_gone)
            self.verify_dialog = dialog
        self.verify_dialog.show()
        self.verify_dialog.raise_()
        return self.verify_dialog

    def _verify_dialog_gone(self) -> None:
        self.verify_dialog = None

    # ------------------------------------------------------------------ drafts
    def _draft_offer(self) -> QWidget:
        self.draft_bar = QFrame()
        self.draft_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.draft_bar.setAccessibleName(self.tr("Unsaved writing kept"))
        row = QHBoxLayout(self.draft_bar)
        row.addWidget(
            wrapped(
                self.tr(
                    "What you were writing when the notebook closed was kept, locked inside "
                    "it. You can continue with it, or discard it."
                )
            ),
            1,
        )
        self.continue_draft_button = named(
            QPushButton(self.tr("&Continue writing")),
            self.tr("Continue writing"),
            self.tr("Open what you were writing, as it was."),
        )
        self.continue_draft_button.clicked.connect(self.continue_draft)
        self.discard_draft_button = named(
            QPushButton(self.tr("Discard it")),
            self.tr("Discard it"),
            self.tr("Forget what you were writing. Saved entries are not touched."),
        )
        self.discard_draft_button.clicked.connect(self.discard_draft)
        row.addWidget(self.continue_draft_button)
        row.addWidget(self.discard_draft_button)
        self.draft_bar.hide()
        return self.draft_bar

    def _kept_draft(self) -> tuple[Kind, int | None, EntryFields, bool] | None:
        try:
            text = self.journal.private_note(DRAFT_NOTE)
            if not text:
                return None
            data = json.loads(text)
            entry_id = data.get("entry_id")
            return (
                Kind(data["kind"]),
                entry_id if isinstance(entry_id, int) else None,
                EntryFields.from_json(data["fields"]),
                data.get("category_chosen", True) is not False,
            )
        except (ValueError, KeyError, TypeError, AttributeError):
            return None  # unreadable: offer nothing rather than fail to open

    def _offer_kept_draft(self) -> None:
        self.draft_bar.setVisible(self._kept_draft() is not None)

    def continue_draft(self) -> None:
        kept = self._kept_draft()
        self.draft_bar.hide()
        if kept is None:
            return
        kind, entry_id, fields, category_chosen = kept

        def reopen() -> None:
            editor_class = MessageEditor if kind is Kind.MESSAGE else IncidentEditor
            try:
                editor = editor_class(self.journal, self._dialogs, self._clipboard, entry_id)
            except Exception:  # the entry is gone: the words still come back, as a new one
                editor = editor_class(self.journal, self._dialogs, self._clipboard)
            self._open_editor(editor)
            self._draft_written = True
            editor.restore_draft(fields, category_chosen)

        self._leave_editor(reopen)

    def discard_draft(self) -> None:
        self.draft_bar.hide()
        self._write_draft("")

    def keep_draft(self) -> None:
        """Write the open editor's unsaved text into the vault (or clear the kept draft)."""
        if self.editor is None or self._retired:
            return
        text = self.editor.draft_text()
        if text or self._draft_written:
            self._write_draft(text)

    def _write_draft(self, text: str) -> None:
        with contextlib.suppress(Exception):  # a closed or damaged vault: nothing to keep it in
            self.journal.set_private_note(DRAFT_NOTE, text)
            self._draft_written = bool(text)

    def take_draft(self) -> str | None:
        """At a lock: the draft to write before the vault closes (None: leave the kept one).
        Only reads the form, so quick exit stays quick; the session writes it."""
        editor = self.editor
        if editor is None:
            return None
        editor.stop_drafting()
        text = editor.draft_text()
        return text if text or self._draft_written else None

    # ------------------------------------------------------------------ safety
    def _escape_pressed(self) -> None:
        if self._escape_clock.isValid() and self._escape_clock.elapsed() < DOUBLE_ESCAPE_MS:
            self._escape_clock.invalidate()
            self.quick_exit_requested.emit()
        else:
            self._escape_clock.start()

    def _restore_geometry(self) -> None:
        if self._settings.window_geometry:
            self.restoreGeometry(
                QByteArray.fromBase64(self._settings.window_geometry.encode("ascii"))
            )
        else:
            self.resize(1100, 700)
        self._fit_to_screen()

    def _fit_to_screen(self) -> None:
        """Never wider or taller than the screen's free area (a stored size may come from a
        larger screen): a window running off the edge hides Quick exit."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        free = screen.availableGeometry()
        frame = self.frameGeometry().size() - self.geometry().size()
        width = min(self.width(), free.width() - frame.width())
        height = min(self.height(), free.height() - frame.height())
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        if not free.contains(self.frameGeometry()):
            self.move(free.topLeft())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_to_screen()  # the frame's size is known only once the window exists

    def geometry_text(self) -> str:
        return bytes(self.saveGeometry().toBase64().data()).decode("ascii")

    def close_dialogs(self) -> None:
        for child in self.findChildren(QWidget):
            if child.isWindow() and child is not self:
                child.hide()

    def retire(self) -> None:
        """Called by the session when it locks: no more signals, questions or dialogs."""
        self._retired = True
        self._after_save = None
        self.blockSignals(True)
        self.close_dialogs()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing the window locks and leaves, like quick exit: nothing stays open behind it.
        self.quick_exit_requested.emit()
        event.accept()
