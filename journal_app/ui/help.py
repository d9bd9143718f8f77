"""A short, kind help page, and a place for local support contacts.

Support contacts could reveal what this notebook is for, so they live inside the encrypted
vault (a private note), never in the settings file. They save themselves shortly after each
edit, and the session writes any last edit just before the vault closes on lock.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QGroupBox, QPlainTextEdit, QVBoxLayout, QWidget

from journal_app.core.journal import Journal
from journal_app.ui.errors import message_for
from journal_app.ui.widgets import Notice, named, scrolling, wrapped

SUPPORT_CONTACTS = "support_contacts"
SAVE_DELAY_MS = 800

SECTIONS = [
    (
        "What this notebook protects",
        "Everything you write here, and every file you add, is locked with your passphrase. "
        "Without it, nobody can read the notebook — not even if they copy the folder. "
        "Each entry keeps its history: if you change something, the earlier version stays, "
        "so nobody can say it was rewritten later.",
    ),
    (
        "What it cannot protect",
        "If someone has put spying software on this computer, or watches the screen, or knows "
        "your passphrase, they may still see what you write. If you think this computer is "
        "watched, use a safer device if you can, and talk to a support worker.",
    ),
    (
        "Leaving quickly",
        "Press Esc twice, or the Quick exit button, to close the notebook at once. "
        "Ctrl+L locks it. It also locks by itself when you stop using it for a while. "
        "Nothing saved is deleted when it closes. But an entry you are still writing and "
        "have not saved is left out, so that nothing stays open behind the lock: "
        "press Save (Ctrl+S) before you leave the computer.",
    ),
    (
        "Keep a backup somewhere safe",
        "A computer can break or be taken. In Settings you can save a locked backup file. "
        "Keep it somewhere the other person cannot reach: a USB stick you hide, or with "
        "someone you trust. The backup opens only with your passphrase.",
    ),
    (
        "What makes a record useful later",
        "Write the date, and the time if you know it. If you are not sure, tick "
        "'Approximately' — that is fine. Keep the original screenshots and files. "
        "For messages, write the sender's number or address exactly as shown, not only "
        "their name. Write down who you told and any reference number they gave you. "
        "Short notes written soon are worth more than perfect ones written much later.",
    ),
]


class HelpPage(QWidget):
    """Emits nothing; `journal` is None only in previews without a notebook."""

    def __init__(self, journal: Journal | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._dirty = False
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_contacts)
        page = QWidget()
        layout = QVBoxLayout(page)
        for title, text in SECTIONS:
            box = QGroupBox(self.tr(title))
            inner = QVBoxLayout(box)
            label = wrapped(self.tr(text))
            label.setAccessibleName(self.tr(title))
            inner.addWidget(label)
            layout.addWidget(box)
        contacts = QGroupBox(self.tr("Local support contacts"))
        inner = QVBoxLayout(contacts)
        inner.addWidget(
            wrapped(
                self.tr(
                    "You can note helplines or people you trust here. They are kept inside the "
                    "locked notebook, like your entries, and saved as you type."
                )
            )
        )
        self.contacts = named(QPlainTextEdit(), self.tr("Local support contacts"))
        self.contacts.setTabChangesFocus(True)
        self.contacts.setPlaceholderText(self.tr("Name and phone number, one per line"))
        self.contacts.setMinimumHeight(self.contacts.fontMetrics().lineSpacing() * 5 + 16)
        inner.addWidget(self.contacts)
        self.notice = Notice()
        inner.addWidget(self.notice)
        layout.addWidget(contacts)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(page))
        self._load()
        self.contacts.textChanged.connect(self._edited)

    def _load(self) -> None:
        if self._journal is None:
            return
        try:
            self.contacts.setPlainText(self._journal.private_note(SUPPORT_CONTACTS))
        except Exception as exc:
            self.notice.say(message_for(exc), problem=True)

    def _edited(self) -> None:
        self._dirty = True
        self._save_timer.start()

    def save_contacts(self) -> bool:
        """Write the contacts into the vault now. False if they could not be written yet."""
        if not self._dirty or self._journal is None:
            return True
        guard = self._journal.vault.guard
        # A background task (a big file being saved) may hold the notebook for a while; never
        # freeze the window waiting for it: try again a little later.
        if not guard.acquire(blocking=False):
            self._save_timer.start()
            return False
        try:
            self._journal.set_private_note(SUPPORT_CONTACTS, self.contacts.toPlainText())
        except Exception as exc:
            self.notice.say(message_for(exc), problem=True)
            return False
        finally:
            guard.release()
        self._dirty = False
        self.notice.clear_message()
        return True

    def take_unsaved_contacts(self) -> str | None:
        """The text not yet written (for the session to write before the vault closes)."""
        self._save_timer.stop()
        return self.contacts.toPlainText() if self._dirty else None
