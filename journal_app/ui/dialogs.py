"""Every modal question the app asks goes through a `Dialogs` object, so tests can stub it.

File dialogs are Qt's own (never native: native ones feed the desktop's recent-files list), and
Qt's folder history in QtProject.conf is removed after each one (SECURITY.md). A place chosen
for a notebook, a backup or a bundle inside a cloud-synced folder (OneDrive, iCloud Drive,
Dropbox, Google Drive: core/synced.py) is named in a question before it is used.
"""

from __future__ import annotations

import contextlib
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.synced import DROPBOX, GOOGLE_DRIVE, ICLOUD, ONEDRIVE, SyncedFolder
from journal_app.core.synced import synced_folder as find_synced_folder
from journal_app.ui.widgets import name_buttons, with_reveal

# A plain name, so pyside6-lupdate collects translate("context", "text") calls.
translate = QCoreApplication.translate

_OPTIONS = QFileDialog.Option.DontUseNativeDialog | QFileDialog.Option.DontUseCustomDirectoryIcons


def forget_file_dialog_history() -> None:
    """Remove the folder history Qt's file dialog writes to QtProject.conf."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.remove("FileDialog")
    settings.remove("Qt/filedialog")
    settings.sync()
    path = Path(settings.fileName())
    remaining = settings.allKeys()
    del settings
    if not remaining:
        with contextlib.suppress(OSError):
            path.unlink()


def _as_path(name: str) -> Path | None:
    return Path(name) if name else None


class UnsavedChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class Place(Enum):
    """What is about to be saved, for the question about a synced folder."""

    NOTEBOOK = "notebook"
    BACKUP = "backup"
    BUNDLE = "bundle"


def _service_name(service: str) -> str:
    if service in (ONEDRIVE, ICLOUD, DROPBOX, GOOGLE_DRIVE):
        return service  # product names stay as they are in every language
    return translate("dialogs", "a cloud storage service")


def synced_box(parent: QWidget | None, found: SyncedFolder, place: Place) -> QMessageBox:
    """Use a place inside a synced folder anyway, or choose another (the default and Esc)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("dialogs", "This folder is copied to the internet"))
    box.setText(
        translate(
            "dialogs",
            "This place is inside {0} ({1}). It copies what is saved there to the internet, "
            "and keeps earlier versions of it.",
        ).format(_service_name(found.service), found.root)
    )
    if place is Place.BUNDLE:
        why = translate(
            "dialogs",
            "If the bundle has no password, anyone who can get into that account can read it. "
            "Even with a password, a copy stays there, and deleting it here may not delete "
            "it there.",
        )
    elif place is Place.BACKUP:
        why = translate(
            "dialogs",
            "The backup stays locked with your passphrase, but a copy would be kept in that "
            "account, where anyone who gets into it can see that it exists and try to guess "
            "the passphrase. A USB stick is safer.",
        )
    else:
        why = translate(
            "dialogs",
            "The notebook stays locked with your passphrase, but copies of it would be kept in "
            "that account, where anyone who gets into it can see that it exists and try to "
            "guess the passphrase. A folder on this computer only, or a USB stick, is safer.",
        )
    box.setInformativeText(why)
    use = box.addButton(
        translate("dialogs", "&Use this place anyway"), QMessageBox.ButtonRole.AcceptRole
    )
    use.setObjectName("use")
    other = box.addButton(
        translate("dialogs", "&Choose another place"), QMessageBox.ButtonRole.RejectRole
    )
    other.setObjectName("other")
    box.setDefaultButton(other)
    box.setEscapeButton(other)
    use.setAccessibleDescription(translate("dialogs", "Save here even though it is synced."))
    other.setAccessibleDescription(translate("dialogs", "Pick a place that is not synced."))
    for button in (use, other):
        button.setAccessibleName(button.text().replace("&", ""))
    return box


def delete_box(parent: QWidget | None, title: str) -> QMessageBox:
    """The calm question before deleting an entry. "Keep it" is the default and Esc."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("dialogs", "Delete this entry?"))
    box.setText(
        translate("dialogs", "Delete “{0}”?").format(title)
        if title
        else translate("dialogs", "Delete this entry?")
    )
    box.setInformativeText(
        translate(
            "dialogs",
            "The text and the files of this entry will be erased from the notebook.\n\n"
            "A dated marker stays in the history, showing that an entry was deleted and "
            "when, so the record stays honest.\n\n"
            "This cannot be undone.",
        )
    )
    delete = box.addButton(
        translate("dialogs", "&Delete the entry"), QMessageBox.ButtonRole.DestructiveRole
    )
    delete.setObjectName("delete")
    keep = box.addButton(translate("dialogs", "&Keep it"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    delete.setAccessibleDescription(
        translate("dialogs", "Erase this entry. This cannot be undone.")
    )
    keep.setAccessibleDescription(translate("dialogs", "Do not delete anything."))
    for button in (delete, keep):
        button.setAccessibleName(button.text().replace("&", ""))
    return box


def unsaved_box(parent: QWidget | None) -> QMessageBox:
    """Save / Leave without saving / Keep editing, before leaving an editor with changes."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("dialogs", "Changes not saved"))
    box.setText(translate("dialogs", "You have changes in this entry that are not saved yet."))
    box.setInformativeText(translate("dialogs", "Do you want to save them before you leave it?"))
    save = box.addButton(translate("dialogs", "&Save"), QMessageBox.ButtonRole.AcceptRole)
    save.setObjectName(UnsavedChoice.SAVE.value)
    discard = box.addButton(
        translate("dialogs", "&Leave without saving"), QMessageBox.ButtonRole.DestructiveRole
    )
    discard.setObjectName(UnsavedChoice.DISCARD.value)
    cancel = box.addButton(translate("dialogs", "&Keep editing"), QMessageBox.ButtonRole.RejectRole)
    cancel.setObjectName(UnsavedChoice.CANCEL.value)
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    save.setAccessibleDescription(translate("dialogs", "Save the changes, then go on."))
    discard.setAccessibleDescription(translate("dialogs", "Go on and lose the changes."))
    cancel.setAccessibleDescription(translate("dialogs", "Stay in this entry."))
    for button in (save, discard, cancel):
        button.setAccessibleName(button.text().replace("&", ""))
    return box


class Dialogs:
    """The real dialogs. Tests pass a subclass that returns canned answers."""

    def open_files(self, parent: QWidget | None, title: str) -> list[Path]:
        try:
            names, _ = QFileDialog.getOpenFileNames(parent, title, "", "", "", _OPTIONS)
        finally:
            forget_file_dialog_history()
        return [Path(n) for n in names]

    def open_file(self, parent: QWidget | None, title: str, name_filter: str = "") -> Path | None:
        try:
            name, _ = QFileDialog.getOpenFileName(parent, title, "", name_filter, "", _OPTIONS)
        finally:
            forget_file_dialog_history()
        return _as_path(name)

    def save_file(self, parent: QWidget | None, title: str, suggested: str) -> Path | None:
        try:
            name, _ = QFileDialog.getSaveFileName(parent, title, suggested, "", "", _OPTIONS)
        finally:
            forget_file_dialog_history()
        return _as_path(name)

    def choose_folder(self, parent: QWidget | None, title: str) -> Path | None:
        options = _OPTIONS | QFileDialog.Option.ShowDirsOnly
        try:
            name = QFileDialog.getExistingDirectory(parent, title, "", options)
        finally:
            forget_file_dialog_history()
        return _as_path(name)

    def confirm_synced(self, parent: QWidget | None, found: SyncedFolder, place: Place) -> bool:
        """True if the person chose to use a place inside a synced folder anyway."""
        box = synced_box(parent, found, place)
        box.exec()
        clicked = box.clickedButton()
        return clicked is not None and clicked.objectName() == "use"

    def save_file_checked(
        self, parent: QWidget | None, title: str, suggested: str, place: Place
    ) -> Path | None:
        """`save_file`, asking again while the person declines a synced place."""
        while True:
            chosen = self.save_file(parent, title, suggested)
            if chosen is None or self._accepted(parent, chosen, place):
                return chosen

    def choose_folder_checked(
        self, parent: QWidget | None, title: str, place: Place
    ) -> Path | None:
        """`choose_folder`, asking again while the person declines a synced place."""
        while True:
            chosen = self.choose_folder(parent, title)
            if chosen is None or self._accepted(parent, chosen, place):
                return chosen

    def _accepted(self, parent: QWidget | None, chosen: Path, place: Place) -> bool:
        found = find_synced_folder(chosen)
        return found is None or self.confirm_synced(parent, found, place)

    def ask_passphrase(self, parent: QWidget | None, title: str, prompt: str) -> str | None:
        dialog = PassphraseDialog(parent, title, prompt, confirm=False)
        return dialog.passphrase() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def ask_new_passphrase(self, parent: QWidget | None) -> tuple[str, str] | None:
        """(current passphrase, new passphrase), or None if the person cancelled."""
        dialog = PassphraseDialog(
            parent,
            translate("dialogs", "Change passphrase"),
            translate("dialogs", "Type your current passphrase, then the new one twice."),
            confirm=True,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.current(), dialog.passphrase()

    def confirm_delete(self, parent: QWidget | None, title: str) -> bool:
        """True only if the person chose to delete the entry called `title`."""
        box = delete_box(parent, title)
        box.exec()
        clicked = box.clickedButton()
        return clicked is not None and clicked.objectName() == "delete"

    def edit_transcript(self, parent: QWidget | None, name: str, text: str) -> str | None:
        """The typed transcript of the recording `name` (may be empty), or None if cancelled."""
        dialog = TranscriptDialog(parent, name, text)
        return dialog.text() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def ask_unsaved(self, parent: QWidget | None) -> UnsavedChoice:
        box = unsaved_box(parent)
        box.exec()
        clicked = box.clickedButton()
        name = clicked.objectName() if clicked is not None else ""
        return UnsavedChoice(name) if name else UnsavedChoice.CANCEL


class PassphraseDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, prompt: str, *, confirm: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        intro = QLabel(prompt)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        layout.addLayout(form)
        self._current = (
            self._field(form, translate("dialogs", "&Current passphrase:")) if confirm else None
        )
        label = (
            translate("dialogs", "&New passphrase:")
            if confirm
            else translate("dialogs", "&Passphrase:")
        )
        self._first = self._field(form, label)
        self._second = (
            self._field(form, translate("dialogs", "&Repeat new passphrase:")) if confirm else None
        )
        self._error = QLabel()
        self._error.setWordWrap(True)
        layout.addWidget(self._error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)
        layout.addWidget(name_buttons(buttons))

    @staticmethod
    def _field(form: QFormLayout, label: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setAccessibleName(label.replace("&", "").rstrip(":"))
        edit.setAccessibleDescription(
            translate("dialogs", "What you type is hidden unless you choose to show it.")
        )
        form.addRow(label, with_reveal(edit))
        return edit

    def _accept_if_valid(self) -> None:
        if not self._first.text():
            self._error.setText(translate("dialogs", "Please type a passphrase."))
        elif self._second is not None and self._second.text() != self._first.text():
            self._error.setText(translate("dialogs", "The two new passphrases are not the same."))
        else:
            self.accept()

    def passphrase(self) -> str:
        return self._first.text()

    def current(self) -> str:
        return self._current.text() if self._current is not None else ""


class TranscriptDialog(QDialog):
    """A plain text box for what a recording says, typed by the person who kept the journal.
    It becomes part of the entry's next version when the entry is saved."""

    def __init__(self, parent: QWidget | None, name: str, text: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("dialogs", "Transcript of {0}").format(name))
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "dialogs",
                "Type what is said in the recording, as closely as you can. It is kept with "
                "the entry when you save, and printed beside the recording in an evidence "
                "bundle. Leave it empty to remove it.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(translate("dialogs", "Transcript"))
        self.editor.setAccessibleDescription(
            translate("dialogs", "What is said in the recording, in your own typing.")
        )
        self.editor.setTabChangesFocus(True)
        self.editor.setPlainText(text)
        self.editor.setMinimumSize(420, 220)
        layout.addWidget(self.editor, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(name_buttons(buttons))

    def text(self) -> str:
        return self.editor.toPlainText()
