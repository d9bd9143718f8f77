"""A short, kind help page, and a place for local support contacts.

Support contacts could reveal what this notebook is for, so they are never written to the
settings file. The core has no public API to store them in the vault's meta table yet, so for
now they live in memory for this session only (the page says so).
"""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QPlainTextEdit, QVBoxLayout, QWidget

from journal_app.ui.widgets import named, scrolling, wrapped

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
        "Nothing is deleted when it closes.",
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
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
                    "You can note helplines or people you trust here. They are kept only until "
                    "the notebook locks, and never written to the computer's settings."
                )
            )
        )
        self.contacts = named(QPlainTextEdit(), self.tr("Local support contacts"))
        self.contacts.setTabChangesFocus(True)
        self.contacts.setPlaceholderText(self.tr("Name and phone number, one per line"))
        inner.addWidget(self.contacts)
        layout.addWidget(contacts)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(page))
