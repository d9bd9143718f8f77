"""The camouflage (issue 15): with it on, the app is a small notes pad that works.

The pad shows the chosen neutral name and icon (ui/disguise.py) and nothing else: notes to
write, edit, delete and search. It never names what it hides. The way in is the passphrase
typed into the pad's own search box and confirmed with Enter: every search confirmed that way
is also tried, in the background (ui/workers.py), as a passphrase. A wrong guess is just the
search it looks like: the list filters as it does for any word, no message appears, and the
pad stays usable while the try runs.

Two kinds of notes (docs/threat-model.md, "Camouflage"):
- `FileNotes`: the pad's own notes, a plain JSON file beside the app's settings. They are
  cover, not secrets, and are NOT locked; the Settings text says so.
- `JournalNotes`: the decoy the second passphrase opens, the same pad with notes kept locked
  inside the separate notebook (one private note, outside its history), so what someone who
  forced the passphrase out sees is consistent with the pad.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QElapsedTimer, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.journal import Journal
from journal_app.ui import disguise, workers
from journal_app.ui.widgets import named
from journal_app.vault.files import atomic_write

# The private note, inside the separate notebook, that holds the decoy pad's notes.
PAD_NOTE = "pad"
NOTES_FILE = "notes.json"
SAVE_DELAY_MS = 600
DOUBLE_ESCAPE_MS = 800

# Tries `text` as a passphrase (in a worker thread); returns what opened, or raises.
Door = Callable[[str, workers.Progress, workers.CancelCheck], object]


@dataclass
class Note:
    title: str = ""
    body: str = ""


def encode(notes: list[Note]) -> str:
    return json.dumps(
        {"notes": [{"title": n.title, "body": n.body} for n in notes]}, ensure_ascii=False
    )


def decode(text: str) -> list[Note]:
    """Notes from `encode`'s text; anything unreadable gives no notes rather than an error."""
    try:
        data: Any = json.loads(text)
    except ValueError:
        return []
    rows = data.get("notes") if isinstance(data, dict) else None
    if not isinstance(rows, list):
        return []
    return [
        Note(str(row.get("title", "")), str(row.get("body", "")))
        for row in rows
        if isinstance(row, dict)
    ]


class NoteStore(Protocol):
    def load(self) -> list[Note]: ...

    def save(self, notes: list[Note]) -> None: ...


class FileNotes:
    """The pad's own notes: plain text in a small file beside the settings (not locked)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> list[Note]:
        try:
            return decode(self.path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            return []

    def save(self, notes: list[Note]) -> None:
        """Atomic and owner-only; a failure is not fatal (the pad keeps working)."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(self.path, encode(notes).encode("utf-8"))
        except OSError:
            return


class JournalNotes:
    """The decoy's notes, locked inside the separate notebook the second passphrase opens."""

    def __init__(self, journal: Journal) -> None:
        self.journal = journal

    def load(self) -> list[Note]:
        try:
            return decode(self.journal.private_note(PAD_NOTE))
        except Exception:  # a damaged vault: an empty pad, never an error that names it
            return []

    def save(self, notes: list[Note]) -> None:
        try:
            self.journal.set_private_note(PAD_NOTE, encode(notes))
        except Exception:
            return


class NotePad(QWidget):
    """The pad. `door` (the plain pad only) tries a confirmed search as a passphrase.

    Signals: `opened(result)` when the door opened; `looked()` when a background try ended
    without opening (tests wait on it); `lock_requested` (Ctrl+L) and `quick_exit_requested`
    (Esc twice, or closing the window) for the session, as the main window has.
    """

    opened = Signal(object)
    looked = Signal()
    lock_requested = Signal()
    quick_exit_requested = Signal()

    def __init__(
        self,
        store: NoteStore,
        appearance: str,
        *,
        door: Door | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self._door = door
        self._task: workers.Task | None = None
        self._tried = ""
        self._waiting: str | None = None
        self._loading = False
        self.notes: list[Note] = []
        self._current: int | None = None
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.flush)
        self._build()
        self._shortcuts()
        self.apply_disguise(appearance)
        self.reload()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        self.search = named(
            QLineEdit(),
            self.tr("Search notes"),
            self.tr("Show only the notes that contain these words."),
        )
        self.search.setPlaceholderText(self.tr("Search notes"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._refill)
        self.search.returnPressed.connect(self._search_confirmed)
        self.new_button = named(
            QPushButton(self.tr("&New note")),
            self.tr("New note"),
            self.tr("Start a new, empty note (Ctrl+N)."),
        )
        self.new_button.clicked.connect(self.new_note)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)

        self.list = named(QListWidget(), self.tr("Notes"), self.tr("Your notes, newest first."))
        self.list.currentItemChanged.connect(self._picked)
        self.title = named(QLineEdit(), self.tr("Note title"))
        self.title.setPlaceholderText(self.tr("Title"))
        self.title.textEdited.connect(self._edited)
        self.body = named(QPlainTextEdit(), self.tr("Note text"))
        self.body.setPlaceholderText(self.tr("Write your note here."))
        self.body.textChanged.connect(self._edited)
        editor = QWidget()
        column = QVBoxLayout(editor)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title)
        column.addWidget(self.body, 1)
        split = QSplitter()
        split.addWidget(self.list)
        split.addWidget(editor)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)

        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Notes shown"))
        self.delete_button = named(
            QPushButton(self.tr("&Delete note")),
            self.tr("Delete note"),
            self.tr("Delete the note that is open."),
        )
        self.delete_button.clicked.connect(self.delete_note)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.delete_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)

    def _shortcuts(self) -> None:
        context = Qt.ShortcutContext.WindowShortcut
        for keys, slot in (
            ("Ctrl+N", self.new_note),
            ("Ctrl+F", self.search.setFocus),
            ("Ctrl+L", self.lock_requested.emit),
            ("Ctrl+Q", self.quick_exit_requested.emit),
            (QKeySequence(Qt.Key.Key_Escape), self._escape_pressed),
        ):
            shortcut = QShortcut(QKeySequence(keys), self, slot)
            shortcut.setContext(context)
        self._escape_clock = QElapsedTimer()

    def apply_disguise(self, key: str) -> None:
        self.setWindowTitle(disguise.name(key))
        self.setWindowIcon(disguise.icon(key))

    # ------------------------------------------------------------------ notes
    def reload(self) -> None:
        """Notes as stored, no search, nothing open (at start and after a lock)."""
        self._save_timer.stop()
        self.notes = self.store.load()
        self._current = None
        self.blank_search()
        self._refill()
        self._open_note(None)

    def blank_search(self) -> None:
        """Empty the search box and forget its undo history: clear() is undoable, and Ctrl+Z
        after a lock would otherwise type the passphrase back in for the next person."""
        self.search.setText("")

    def _matches(self) -> list[int]:
        words = self.search.text().casefold().split()
        return [
            index
            for index, note in enumerate(self.notes)
            if all(w in note.title.casefold() or w in note.body.casefold() for w in words)
        ]

    def _shown_title(self, note: Note) -> str:
        first = note.title.strip() or next(iter(note.body.strip().splitlines()), "")
        return first[:80] or self.tr("Untitled note")

    def _refill(self) -> None:
        matches = self._matches()
        self.list.blockSignals(True)
        self.list.clear()
        for index in matches:
            item = QListWidgetItem(self._shown_title(self.notes[index]))
            item.setData(Qt.ItemDataRole.UserRole, index)
            self.list.addItem(item)
            if index == self._current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._update_status(len(matches))

    def _update_status(self, shown: int) -> None:
        total = len(self.notes)
        if total == 0:
            text = self.tr("No notes yet. Press “New note” to start one.")
        elif not self.search.text().strip():
            text = self.tr("1 note") if total == 1 else self.tr("{0} notes").format(total)
        elif shown == 0:
            text = self.tr("No notes match your search.")
        else:
            text = self.tr("{0} of {1} notes match").format(shown, total)
        self.status.setText(text)

    def _picked(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        index = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        self._open_note(index if isinstance(index, int) else None)

    def _open_note(self, index: int | None) -> None:
        self._current = index
        note = self.notes[index] if index is not None else Note()
        self._loading = True
        self.title.setText(note.title)
        self.body.setPlainText(note.body)
        self._loading = False
        for widget in (self.title, self.body, self.delete_button):
            widget.setEnabled(index is not None)

    def _edited(self, *_args: object) -> None:
        if self._loading or self._current is None:
            return
        note = self.notes[self._current]
        note.title = self.title.text()
        note.body = self.body.toPlainText()
        item = self.list.currentItem()
        if item is not None:
            item.setText(self._shown_title(note))
        self._save_timer.start()

    def new_note(self) -> None:
        self.notes.insert(0, Note())
        self._current = 0
        self.search.blockSignals(True)
        self.blank_search()
        self.search.blockSignals(False)
        self._refill_keeping(0)
        self.title.setFocus()
        self._save_timer.start()

    def _refill_keeping(self, index: int) -> None:
        # Indices moved: rebuild, then open `index`.
        self._current = index
        self._refill()
        self._open_note(index)

    def delete_note(self) -> None:
        if self._current is None:
            return
        del self.notes[self._current]
        self._current = None
        self._refill()
        self._open_note(None)
        self.flush()

    def take_text(self) -> str:
        """At a lock: the notes as text, for the session to write before the vault closes."""
        self._save_timer.stop()
        return encode(self.notes)

    def flush(self) -> None:
        """Save now (edits are otherwise saved a moment after typing stops)."""
        self._save_timer.stop()
        self.store.save(self.notes)

    # ------------------------------------------------------------------ the way in
    def _search_confirmed(self) -> None:
        """Enter in the search box: open the first match, as any notes pad would; and, in the
        background, try the words as a passphrase."""
        if self.list.count():
            self.list.setCurrentRow(0)
        text = self.search.text()
        if self._door is None or not text or text == self._tried:
            return
        if self._task is not None:
            self._waiting = text
            return
        self._try(text)

    def _try(self, text: str) -> None:
        door = self._door
        assert door is not None
        self._tried = text

        def work(progress: workers.Progress, cancelled: workers.CancelCheck) -> object:
            return door(text, progress, cancelled)

        self._task = workers.start(work, self._door_opened, self._door_stayed_shut)

    @property
    def trying(self) -> bool:
        return self._task is not None

    def _door_opened(self, result: object) -> None:
        self._task = None
        self._waiting = None
        self._tried = ""
        self.blank_search()
        self.opened.emit(result)

    def _door_stayed_shut(self, _message: str) -> None:
        # Whatever went wrong (wrong words, or no notebook where it was), nothing is said.
        self._task = None
        waiting, self._waiting = self._waiting, None
        if waiting is not None and waiting != self._tried:
            self._try(waiting)
            return
        self.looked.emit()

    def forget_tries(self) -> None:
        """After a lock: the same words may be tried again."""
        self._tried = ""
        self._waiting = None

    # ------------------------------------------------------------------ leaving
    def _escape_pressed(self) -> None:
        if self._escape_clock.isValid() and self._escape_clock.elapsed() < DOUBLE_ESCAPE_MS:
            self._escape_clock.invalidate()
            self.quick_exit_requested.emit()
        else:
            self._escape_clock.start()

    def sizeHint(self) -> QSize:
        return QSize(820, 560)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        self.quick_exit_requested.emit()
        event.accept()
