"""Settings: idle time, language, passphrase change, backup, restore and the integrity check.

Long tasks run in workers with a progress window and Cancel; results appear as a sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.errors import WrongPassphrase
from journal_app.core.journal import CheckReport, Journal
from journal_app.ui import workers
from journal_app.ui.dialogs import Dialogs
from journal_app.ui.settings_store import LANGUAGES, Settings
from journal_app.ui.widgets import Notice, buddy_label, name_buttons, named, scrolling, wrapped
from journal_app.vault.backup import restore_backup, write_backup
from journal_app.vault.kdf import KdfParams


def describe_check(report: CheckReport) -> str:
    tr = SettingsDialog.translate
    if report.ok:
        return tr("Everything checks out: {0} versions and {1} files match their records.").format(
            report.versions_checked, report.attachments_checked
        )
    lines = [tr("The check found a problem. Nothing was changed.")]
    lines += report.integrity[:5] + report.problems[:5]
    lines.append(tr("If you have a backup, you can restore it into a new folder."))
    return "\n".join(lines)


class SettingsDialog(QDialog):
    """Emits `task_done(message)` when a long task ends (tests wait on it)."""

    task_done = Signal(str)
    settings_changed = Signal(object)

    def __init__(
        self,
        journal: Journal,
        settings: Settings,
        dialogs: Dialogs,
        *,
        kdf: KdfParams | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._journal = journal
        self._settings = settings
        self._dialogs = dialogs
        self._kdf = kdf
        self.task: workers.Task | None = None
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self._general_box())
        layout.addWidget(self._safety_box())
        self.notice = Notice()
        layout.addWidget(self.notice)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addWidget(scrolling(page), 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        outer.addWidget(name_buttons(buttons))
        self.resize(640, 520)  # fits a 1024×600 screen with its title bar

    @staticmethod
    def translate(text: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("SettingsDialog", text)

    # ------------------------------------------------------------------ layout
    def _general_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("General"))
        form = QFormLayout(box)
        self.idle = named(QSpinBox(), self.tr("Lock after this many idle minutes"))
        self.idle.setRange(1, 240)
        self.idle.setSuffix(self.tr(" minutes"))
        self.idle.setValue(self._settings.idle_minutes)
        self.idle.valueChanged.connect(self._idle_changed)
        self.language = named(QComboBox(), self.tr("Language"))
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setToolTip(self.tr("More languages are coming."))
        form.addRow(buddy_label(self.tr("&Lock when idle for:"), self.idle), self.idle)
        form.addRow(buddy_label(self.tr("Lan&guage:"), self.language), self.language)
        return box

    def _safety_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Passphrase, backup and checks"))
        layout = QVBoxLayout(box)
        layout.addWidget(
            wrapped(
                self.tr(
                    "A backup is one locked file. Keep it somewhere safe, away from this "
                    "computer. It opens with the passphrase you have now."
                )
            )
        )
        self.passphrase_button = self._button(
            self.tr("Change &passphrase…"), self.change_passphrase
        )
        self.backup_button = self._button(self.tr("Save a &backup…"), self.backup)
        self.restore_button = self._button(
            self.tr("&Restore a backup into a new folder…"), self.restore
        )
        self.check_button = self._button(self.tr("C&heck the notebook"), self.check)
        for button in self._buttons():
            layout.addWidget(button)
        return box

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = named(QPushButton(text), text.replace("…", ""))
        button.clicked.connect(slot)
        return button

    def _buttons(self) -> list[QPushButton]:
        return [self.passphrase_button, self.backup_button, self.restore_button, self.check_button]

    # ------------------------------------------------------------------ behaviour
    def _idle_changed(self, minutes: int) -> None:
        self._settings.idle_minutes = minutes
        self.settings_changed.emit(self._settings)

    def _start(self, label: str, work: workers.Work) -> None:
        self.notice.say(label)
        self._set_enabled(False)
        self.task = workers.run_with_progress(self, label, work, self._succeeded, self._failed)

    def _set_enabled(self, enabled: bool) -> None:
        for button in self._buttons():
            button.setEnabled(enabled)

    def _succeeded(self, message: object) -> None:
        self._finish(str(message), problem=False)

    def _failed(self, message: str) -> None:
        self._finish(message, problem=True)

    def _finish(self, message: str, *, problem: bool) -> None:
        self.task = None
        self._set_enabled(True)
        self.notice.say(message, problem=problem)
        self.task_done.emit(message)

    def change_passphrase(self) -> None:
        answer = self._dialogs.ask_new_passphrase(self)
        if answer is None:
            return
        current, new = answer
        vault, kdf = self._journal.vault, self._kdf
        done = self.tr("The passphrase was changed. Use the new one from now on.")

        def work(progress: workers.Progress, cancelled: workers.CancelCheck) -> str:
            # One key derivation, off the GUI thread: someone at an unlocked screen who does
            # not know the passphrase cannot change it and lock the owner out.
            if not vault.verify_passphrase(current):
                raise WrongPassphrase()
            vault.change_passphrase(new, kdf=kdf, progress=progress)
            return done

        self._start(self.tr("Changing the passphrase…"), work)

    def backup(self) -> None:
        target = self._dialogs.save_file(self, self.tr("Save a backup"), "notebook.backup")
        if target is None:
            return
        passphrase = self._dialogs.ask_passphrase(
            self, self.tr("Save a backup"), self.tr("Type your passphrase to seal the backup.")
        )
        if passphrase is None:
            return
        vault = self._journal.vault
        done = self.tr("The backup was saved to {0}.").format(target)

        def work(progress: workers.Progress, cancelled: workers.CancelCheck) -> str:
            write_backup(vault, passphrase, target, progress=progress, cancelled=cancelled)
            return done

        self._start(self.tr("Saving the backup…"), work)

    def restore(self) -> None:
        source = self._dialogs.open_file(self, self.tr("Choose a backup file"))
        if source is None:
            return
        folder = self._dialogs.choose_folder(
            self, self.tr("Choose an empty folder to restore into")
        )
        if folder is None:
            return
        passphrase = self._dialogs.ask_passphrase(
            self, self.tr("Restore a backup"), self.tr("Type the passphrase of the backup.")
        )
        if passphrase is None:
            return
        done = self.tr(
            "The backup was restored into {0}. To use it, lock and choose that folder."
        ).format(folder)

        def work(progress: workers.Progress, cancelled: workers.CancelCheck) -> str:
            restore_backup(
                Path(source), Path(folder), passphrase, progress=progress, cancelled=cancelled
            )
            return done

        self._start(self.tr("Restoring the backup…"), work)

    def check(self) -> None:
        journal = self._journal

        def work(progress: workers.Progress, cancelled: workers.CancelCheck) -> str:
            return describe_check(journal.check(progress=progress, cancelled=cancelled))

        self._start(self.tr("Checking the notebook…"), work)
