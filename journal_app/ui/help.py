"""A short, kind help and safety page, and a place for local support contacts.

The sections are the same whichever notebook is open (nothing here depends on it).

Support contacts could reveal what this notebook is for, so they live inside the encrypted
vault (a private note), never in the settings file. They save themselves shortly after each
edit, and the session writes any last edit just before the vault closes on lock.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QGroupBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from journal_app.core.journal import Journal
from journal_app.core.paths import default_vault_dir
from journal_app.ui.errors import message_for
from journal_app.ui.settings_store import default_settings_path
from journal_app.ui.widgets import QT_TRANSLATE_NOOP, Notice, named, scrolling, wrapped

SUPPORT_CONTACTS = "support_contacts"
SAVE_DELAY_MS = 800


# Plain language, short sentences. No phone numbers are invented: people add their own below.
SECTIONS = [
    (
        QT_TRANSLATE_NOOP("HelpPage", "What this notebook protects"),
        QT_TRANSLATE_NOOP(
            "HelpPage",
            "Everything you write here, and every file you add, is locked with your passphrase. "
            "Without it, nobody can read the notebook — not even if they copy the folder. "
            "Each entry keeps its history: if you change something, the earlier version stays, "
            "so nobody can say it was rewritten later.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("HelpPage", "What it cannot protect"),
        QT_TRANSLATE_NOOP(
            "HelpPage",
            "If someone has put spying software on this computer, or watches the screen, or knows "
            "your passphrase, they may still see what you write. If you think this computer is "
            "watched, use a safer device if you can, and talk to a support worker.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("HelpPage", "Signs that this computer may be watched"),
        QT_TRANSLATE_NOOP(
            "HelpPage",
            "The other person knows things you only wrote here, searched for, or said in private "
            "messages. There are programs or browser add-ons you did not install. They set up, "
            "“fixed” or gave you this computer or phone, or they know your passwords. "
            "None of these proves anything, and spying software is often invisible. If you are "
            "worried, use a computer they have never touched (at a library, a friend’s, or your "
            "advocate’s office), and ask a local domestic-abuse service or a trusted "
            "tech-safety helper to check your devices with you. Removing spying software yourself "
            "can warn the other person, so get advice first.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("HelpPage", "Leaving quickly"),
        QT_TRANSLATE_NOOP(
            "HelpPage",
            "Press Esc twice, or the Quick exit button, to close the notebook at once. "
            "Ctrl+L locks it. It also locks by itself when you stop using it for a while. "
            "Nothing saved is deleted when it closes. But an entry you are still writing and "
            "have not saved is left out, so that nothing stays open behind the lock: "
            "press Save (Ctrl+S) before you leave the computer.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("HelpPage", "Keep a backup somewhere safe"),
        QT_TRANSLATE_NOOP(
            "HelpPage",
            "A computer can break or be taken. Make a backup from time to time: open Settings, "
            "then “Backup and checks”, then “Save a backup…”, and choose a "
            "USB stick (or any folder). The backup is one locked file. Keep it somewhere the other "
            "person cannot reach: a USB stick you hide, or with someone you trust. It opens only "
            "with the passphrase you had when you saved it. To use it on another computer, choose "
            "“Restore from a backup file…” on the first screen.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("HelpPage", "Checkpoint codes"),
        QT_TRANSLATE_NOOP(
            "HelpPage",
            "Settings, then “Checkpoint”, shows a short code that records how much the "
            "notebook holds today. Write it down or save the printable page, and give it to your "
            "advocate or someone you trust, every few weeks. Later, “Check against this "
            "code” shows whether the notebook still holds everything it held that day. If "
            "someone swapped your notebook for an older copy, the check says so. The code says "
            "nothing about what you wrote.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("HelpPage", "A second passphrase, and its limits"),
        QT_TRANSLATE_NOOP(
            "HelpPage",
            "In Settings, under “Second passphrase”, you can choose a second passphrase. "
            "Typed on the first screen, it opens a separate notebook that you can fill with "
            "ordinary notes. Choose it while your usual notebook is open. It does not hide your "
            "usual notebook: someone who knows this app knows a second passphrase can exist, and "
            "someone who copies the folder at different times can see which notebook changes. "
            "Choosing a second passphrase again empties the separate notebook.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("HelpPage", "What someone looking at the computer can tell"),
        QT_TRANSLATE_NOOP(
            "HelpPage",
            "A quick look: the notebook folder always holds two notebook files, whether or not "
            "you chose a second passphrase, and both show the same time. Opening takes the "
            "same time whichever passphrase is typed, a wrong one too. A backup holds both "
            "notebooks and is the same whichever one was open. "
            "A careful look: the two files can differ in size, and someone who copies the "
            "folder or your backups at different times can see which file changed in between. "
            "A forensic examination of the computer can find more, for example which file was "
            "written most recently.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("HelpPage", "Nothing is deleted by itself"),
        QT_TRANSLATE_NOOP(
            "HelpPage",
            "The app never deletes or wipes anything on its own: not after wrong passphrases, not "
            "when it locks, not after a while. Something that wiped the notebook automatically "
            "could be used by someone else to destroy your record.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("HelpPage", "What makes a record useful later"),
        QT_TRANSLATE_NOOP(
            "HelpPage",
            "Write the date, and the time if you know it. If you are not sure, tick "
            "'Approximately' — that is fine. Keep the original screenshots and files. "
            "For messages, write the sender's number or address exactly as shown, not only "
            "their name. Write down who you told and any reference number they gave you. "
            "Short notes written soon are worth more than perfect ones written much later.",
        ),
    ),
]

REMOVE_TITLE = QT_TRANSLATE_NOOP("HelpPage", "Removing the app and the notebook")


def removal_text(default_folder: Path, open_folder: Path | None, settings_file: Path) -> str:
    """How to remove everything, with the folders of this computer filled in."""
    translate = QCoreApplication.translate
    lines = [
        translate(
            "HelpPage",
            "If it becomes safer to have nothing on this computer, you can remove it all. "
            "Nothing is removed unless you do it yourself:",
        ),
        translate(
            "HelpPage",
            "1. If you may want your record later, first save a backup and keep it elsewhere.",
        ),
        translate("HelpPage", "2. Delete the app (uninstall it, or delete its folder)."),
        translate("HelpPage", "3. Delete the notebook folder. On this computer it is usually:"),
        f"        {default_folder}",
    ]
    if open_folder is not None and open_folder != default_folder:
        lines += [
            translate("HelpPage", "    The notebook open now is in:"),
            f"        {open_folder}",
        ]
    lines += [
        translate("HelpPage", "4. Delete the small settings file too:"),
        f"        {settings_file}",
        translate(
            "HelpPage",
            "5. Delete any backup files (for example notebook.backup) and any saved bundles "
            "(PDF files) you do not want to keep, including copies on USB sticks.",
        ),
        translate(
            "HelpPage",
            "6. Empty the recycle bin (trash). Deleted files can sometimes be brought back "
            "with special tools; a computer with full-disk encryption makes that much harder.",
        ),
    ]
    return "\n".join(lines)


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
        self.sections: dict[str, QLabel] = {}
        for title, text in SECTIONS:
            self._add_section(layout, title, self.tr(text))
        open_folder = journal.vault.folder if journal is not None else None
        self.removal = self._add_section(
            layout,
            REMOVE_TITLE,
            removal_text(default_vault_dir(), open_folder, default_settings_path()),
        )
        self.removal.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        contacts = QGroupBox(self.tr("Local support contacts"))
        inner = QVBoxLayout(contacts)
        inner.addWidget(
            wrapped(
                self.tr(
                    "You can note helplines or people you trust here. They are kept inside the "
                    "locked notebook, like your entries, and saved as you type.",
                )
            )
        )
        self.contacts = named(
            QPlainTextEdit(),
            self.tr("Local support contacts"),
            self.tr("Helplines or people you trust. Kept locked inside the notebook."),
        )
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

    @staticmethod
    def translate(text: str) -> str:
        return QCoreApplication.translate("HelpPage", text)

    def _add_section(self, layout: QVBoxLayout, title: str, text: str) -> QLabel:
        box = QGroupBox(self.tr(title))
        inner = QVBoxLayout(box)
        label = wrapped(text)
        label.setAccessibleName(self.tr(title))
        inner.addWidget(label)
        layout.addWidget(box)
        self.sections[title] = label
        return label

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
