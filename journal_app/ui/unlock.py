"""The first screen: unlock the notebook, create one, or restore one from a backup file.

It names nothing about its purpose: its title and heading are the neutral name the person
chose (ui/disguise.py), with the matching picture. Restore is here because someone whose
computer was wiped may have nothing left but the backup file on a USB stick.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.errors import Cancelled
from journal_app.core.paths import (
    installed_vault_dir,
    legacy_vault_dir,
    move_vault_folder,
    portable_vault_dir,
)
from journal_app.ui import disguise, workers
from journal_app.ui.dialogs import Dialogs, Place
from journal_app.ui.widgets import (
    Notice,
    buddy_label,
    hide_typed,
    named,
    scaled_font,
    scrolling,
    with_reveal,
    wrapped,
)
from journal_app.vault.kdf import KdfParams
from journal_app.vault.restore import is_free_for_restore, restore_backup
from journal_app.vault.vault import Vault, vault_exists

# A plain name, so pyside6-lupdate collects translate("context", "text") calls.
translate = QCoreApplication.translate
MIN_LENGTH = 8


def strength_hint(passphrase: str) -> str:
    """A gentle hint, not a gate: long phrases of ordinary words are strong and memorable."""
    words = len(passphrase.split())
    if not passphrase:
        return ""
    if len(passphrase) < MIN_LENGTH:
        return translate("UnlockWindow", "Too short. Several ordinary words together work well.")
    if len(passphrase) < 16 and words < 3:
        return translate(
            "UnlockWindow", "Fair. Adding one or two more words makes it much stronger."
        )
    if len(passphrase) < 24 and words < 4:
        return translate("UnlockWindow", "Good.")
    return translate("UnlockWindow", "Strong.")


def is_empty_folder(folder: Path) -> bool:
    """Free to restore into (see vault.restore.is_free_for_restore)."""
    return is_free_for_restore(folder)


def _password_field(name: str, description: str) -> QLineEdit:
    edit = named(QLineEdit(), name, description)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return with_reveal(edit)


class UnlockWindow(QWidget):
    """Emits `unlocked(Vault)` once the notebook is open. `kdf` is for tests only."""

    unlocked = Signal(object)
    folder_changed = Signal(object)

    def __init__(
        self,
        folder: Path,
        dialogs: Dialogs,
        *,
        remember_folder: bool = False,
        appearance: str = disguise.DEFAULT_DISGUISE,
        kdf: KdfParams | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.folder = Path(folder)
        self._dialogs = dialogs
        self._kdf = kdf
        # Runs in the unlock task before the vault is opened; the session sets it so that a
        # vault locked a moment ago has finished closing first.
        self.before_open: Callable[[], None] = lambda: None
        # The folder beside a standalone build's executable; None when running from source.
        self._portable_folder = portable_vault_dir()
        # A notebook left in Windows' roaming AppData by an older version, and where it can move
        # (only when the person asks). None elsewhere; tests set both.
        self.legacy_folder: Path | None = legacy_vault_dir()
        self.local_folder: Path = installed_vault_dir()
        self._task: workers.Task | None = None
        self._restore_target = self.folder
        self._build(remember_folder)
        self.apply_disguise(appearance)
        self._show_mode()

    # ------------------------------------------------------------------ layout
    def _build(self, remember_folder: bool) -> None:
        page = QWidget()
        page.setMaximumWidth(680)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 24, 24, 24)
        title_row = QHBoxLayout()
        self.heading_icon = QLabel()
        self.heading_icon.setFixedSize(QSize(40, 40))
        self.heading = QLabel()
        self.heading.setFont(scaled_font(self.heading, 2.0))
        title_row.addWidget(self.heading_icon)
        title_row.addWidget(self.heading, 1)
        layout.addLayout(title_row)
        layout.addWidget(self._folder_row(remember_folder))
        self.pages = QStackedWidget()
        self.unlock_page = self._unlock_page()
        self.create_page = self._create_page()
        self.pages.addWidget(self.unlock_page)
        self.pages.addWidget(self.create_page)
        layout.addWidget(self.pages)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        named(self.busy, self.tr("Opening, please wait"))
        self.busy.hide()
        layout.addWidget(self.busy)
        self.notice = Notice()
        layout.addWidget(self.notice)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        centred = QWidget()
        row = QHBoxLayout(centred)
        row.addStretch(1)
        row.addWidget(page, 4)
        row.addStretch(1)
        outer.addWidget(scrolling(centred))

    def apply_disguise(self, key: str) -> None:
        """Show the chosen neutral name and picture (title, heading)."""
        shown = disguise.name(key)
        self.setWindowTitle(shown)
        self.heading.setText(shown)
        self.heading.setAccessibleName(shown)
        self.heading_icon.setPixmap(disguise.icon(key).pixmap(QSize(40, 40)))

    def _folder_row(self, remember_folder: bool) -> QWidget:
        row = QWidget()
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.folder_label = wrapped("")
        self.folder_label.setAccessibleName(self.tr("Folder"))
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        self.choose_folder_button = named(
            QPushButton(self.tr("Choose another &folder…")),
            self.tr("Choose another folder"),
            self.tr("Open or create a notebook in another folder, for example on a USB stick."),
        )
        self.choose_folder_button.clicked.connect(self.choose_folder)
        self.remember_box = named(
            QCheckBox(self.tr("Re&member this folder")),
            self.tr("Remember this folder"),
            self.tr("Open this folder next time without choosing it again."),
        )
        self.remember_box.setChecked(remember_folder)
        self.restore_button = named(
            QPushButton(self.tr("Restore from a &backup file…")),
            self.tr("Restore from a backup file"),
            self.tr("Open a backup file (for example from a USB stick) into an empty folder."),
        )
        self.restore_button.clicked.connect(self.restore_from_backup)
        buttons.addWidget(self.choose_folder_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        layout.addWidget(self.folder_label)
        layout.addLayout(buttons)
        layout.addWidget(self.remember_box)
        layout.addWidget(self._move_row())
        return row

    def _move_row(self) -> QWidget:
        self.move_row = QWidget()
        layout = QVBoxLayout(self.move_row)
        layout.setContentsMargins(0, 8, 0, 0)
        self.move_hint = wrapped(
            self.tr(
                "This notebook is in a folder that computers run by a workplace or school may "
                "copy to their server when you sign in and out. You can move it to a folder "
                "that stays on this computer. Nothing in it changes, and your passphrase stays "
                "the same."
            )
        )
        self.move_button = named(
            QPushButton(self.tr("Mo&ve it to this computer only")),
            self.tr("Move it to this computer only"),
            self.tr("Move the notebook out of the folder that may be copied to a server."),
        )
        self.move_button.clicked.connect(self.move_legacy_notebook)
        layout.addWidget(self.move_hint)
        layout.addWidget(self.move_button, 0, Qt.AlignmentFlag.AlignLeft)
        return self.move_row

    def move_legacy_notebook(self) -> None:
        """Move the notebook from the roaming folder to the local one, at the person's word.
        One rename: it is either wholly moved or left where it was (and still opens there)."""
        source = self.legacy_folder
        if source is None or self.folder != source or self._task is not None:
            return
        try:
            move_vault_folder(source, self.local_folder)
        except OSError:
            self.notice.say(
                self.tr(
                    "The notebook could not be moved (another program may be using it). It "
                    "is still where it was and opens as before."
                ),
                problem=True,
            )
            return
        self.legacy_folder = None
        self._use_folder(self.local_folder)
        self.notice.say(self.tr("The notebook was moved to {0}.").format(self.local_folder))

    def _unlock_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 12, 0, 0)
        form = QFormLayout()
        self.passphrase = _password_field(
            self.tr("Passphrase"), self.tr("Type the passphrase that opens this notebook.")
        )
        form.addRow(buddy_label(self.tr("&Passphrase:"), self.passphrase), self.passphrase)
        layout.addLayout(form)
        self.unlock_button = named(
            QPushButton(self.tr("&Unlock")),
            self.tr("Unlock"),
            self.tr("Open the notebook with this passphrase."),
        )
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        self.passphrase.returnPressed.connect(self.unlock)
        layout.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    def _create_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addWidget(
            wrapped(
                self.tr(
                    "There is no notebook in this folder yet. Choose a passphrase to create one. "
                    "A few ordinary words together are easy to remember and hard to guess."
                )
            )
        )
        warning = wrapped(
            self.tr(
                "Important: if you forget this passphrase, nobody can open the notebook — "
                "not you, not us, not anyone. There is no reset."
            )
        )
        warning.setFont(scaled_font(warning, 1.0))
        layout.addWidget(warning)
        form = QFormLayout()
        self.new_passphrase = _password_field(
            self.tr("New passphrase"), self.tr("Choose a passphrase of at least 8 characters.")
        )
        self.repeat_passphrase = _password_field(
            self.tr("Repeat passphrase"), self.tr("Type the same passphrase again, to be sure.")
        )
        form.addRow(
            buddy_label(self.tr("&New passphrase:"), self.new_passphrase), self.new_passphrase
        )
        form.addRow(
            buddy_label(self.tr("&Repeat passphrase:"), self.repeat_passphrase),
            self.repeat_passphrase,
        )
        self.strength = wrapped("")
        self.strength.setAccessibleName(self.tr("Passphrase strength"))
        form.addRow(self.tr("Strength:"), self.strength)
        self.new_passphrase.textChanged.connect(self._update_strength)
        layout.addLayout(form)
        self.create_button = named(
            QPushButton(self.tr("&Create notebook")),
            self.tr("Create notebook"),
            self.tr("Create a new locked notebook in this folder."),
        )
        self.create_button.clicked.connect(self.create_notebook)
        self.repeat_passphrase.returnPressed.connect(self.create_notebook)
        layout.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignLeft)
        # Only a standalone build (e.g. on a USB stick) can keep its notebook beside itself.
        self.portable_button = named(
            QPushButton(self.tr("&Keep it beside this app (USB stick)")),
            self.tr("Keep it beside this app"),
            self.tr(
                "Create the notebook in a folder next to this program, so it travels with it "
                "on a USB stick and nothing stays on this computer's own folders."
            ),
        )
        self.portable_button.clicked.connect(self.use_portable_folder)
        layout.addWidget(self.portable_button, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    def use_portable_folder(self) -> None:
        folder = self._portable_folder
        if folder is not None:
            self._use_folder(folder)

    # ------------------------------------------------------------------ behaviour
    @property
    def creating(self) -> bool:
        return not vault_exists(self.folder)

    def _show_mode(self) -> None:
        self.folder_label.setText(self.tr("Folder: {0}").format(self.folder))
        portable = self._portable_folder
        self.portable_button.setVisible(portable is not None and portable != self.folder)
        legacy = self.legacy_folder
        self.move_row.setVisible(legacy is not None and self.folder == legacy)
        current = self.create_page if self.creating else self.unlock_page
        for page in (self.unlock_page, self.create_page):
            # The stack sizes itself to its tallest page; let the hidden one take no room.
            policy = QSizePolicy.Policy.Preferred if page is current else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)
        self.pages.setCurrentWidget(current)
        self.pages.adjustSize()
        self.notice.clear_message()
        self.focus_passphrase()

    def focus_passphrase(self) -> None:
        (self.new_passphrase if self.creating else self.passphrase).setFocus()

    def reset(self) -> None:
        """Back to a blank screen, as after a lock."""
        for edit in (self.passphrase, self.new_passphrase, self.repeat_passphrase):
            edit.clear()
            hide_typed(edit)
        self._set_busy(False)
        self._show_mode()

    def _update_strength(self, text: str) -> None:
        self.strength.setText(strength_hint(text))

    def choose_folder(self) -> None:
        chosen = self._dialogs.choose_folder_checked(
            self, self.tr("Choose a folder for the notebook"), Place.NOTEBOOK
        )
        if chosen is not None:
            self.folder = chosen
            self.folder_changed.emit(chosen)
            self._show_mode()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (
            self.pages,
            self.choose_folder_button,
            self.restore_button,
            self.remember_box,
        ):
            widget.setEnabled(not busy)

    def unlock(self) -> None:
        if self._task is not None:
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self.notice.say(self.tr("Please type your passphrase."), problem=True)
            return
        folder, before_open = self.folder, self.before_open

        def work(progress: workers.Progress, cancelled: workers.CancelCheck) -> Vault:
            before_open()
            return Vault.open(folder, passphrase, progress=progress, cancelled=cancelled)

        self._run(work)

    def create_notebook(self) -> None:
        if self._task is not None:
            return
        first, second = self.new_passphrase.text(), self.repeat_passphrase.text()
        if len(first) < MIN_LENGTH:
            self.notice.say(
                self.tr("Please choose a passphrase of at least {0} characters.").format(
                    MIN_LENGTH
                ),
                problem=True,
            )
            return
        if first != second:
            self.notice.say(
                self.tr("The two passphrases are not the same. Please type them again."),
                problem=True,
            )
            return
        folder, kdf = self.folder, self._kdf
        self._run(
            lambda progress, cancelled: Vault.create(folder, first, kdf=kdf, progress=progress)
        )

    def _run(self, work: workers.Work) -> None:
        self.notice.say(self.tr("Opening… this takes a moment."))
        self._set_busy(True)
        self._task = workers.start(work, self._opened, self._failed)

    def _opened(self, vault: object) -> None:
        self._task = None
        self.reset()
        self.unlocked.emit(vault)

    def _failed(self, message: str) -> None:
        self._task = None
        self._set_busy(False)
        self.passphrase.selectAll()
        self.notice.say(message, problem=True)
        self.focus_passphrase()

    # ------------------------------------------------------------------ restore
    def restore_from_backup(self) -> None:
        if self._task is not None:
            return
        source = self._dialogs.open_file(self, self.tr("Choose the backup file"))
        if source is None:
            return
        target = self._dialogs.choose_folder_checked(
            self, self.tr("Choose an empty folder for the restored notebook"), Place.NOTEBOOK
        )
        if target is None:
            return
        if not is_empty_folder(target):
            self.notice.say(
                self.tr(
                    "The folder {0} is not empty. Please choose an empty folder (or make a new "
                    "one), so nothing in it is overwritten."
                ).format(target),
                problem=True,
            )
            return
        passphrase = self._dialogs.ask_passphrase(
            self,
            self.tr("Restore from a backup file"),
            self.tr("Type the passphrase the backup was made with."),
        )
        if not passphrase:
            return

        def work(progress: workers.Progress, cancelled: workers.CancelCheck) -> Vault:
            restore_backup(source, target, passphrase, progress=progress, cancelled=cancelled)
            if cancelled():
                raise Cancelled()
            return Vault.open(target, passphrase, progress=progress, cancelled=cancelled)

        self.notice.say(self.tr("Restoring the backup… this takes a moment."))
        self._set_busy(True)
        self._restore_target = target
        self._task = workers.run_with_progress(
            self, self.tr("Restoring the backup…"), work, self._restored, self._restore_failed
        )

    def _restored(self, vault: object) -> None:
        self._use_folder(self._restore_target)
        self._opened(vault)

    def _restore_failed(self, message: str) -> None:
        if vault_exists(self._restore_target):
            # Restored but not opened (e.g. cancelled at the very end): it is there to unlock.
            self._use_folder(self._restore_target)
            message = self.tr("The backup was restored into {0}. {1}").format(
                self._restore_target, message
            )
        self._failed(message)

    def _use_folder(self, folder: Path) -> None:
        self.folder = folder
        self.folder_changed.emit(folder)
        self._show_mode()
