"""Settings: idle time, language, appearance, passphrase, backup, restore, the integrity check,
a second passphrase and checkpoint codes.

Long tasks run in workers (a progress window with Cancel where the core can stop, otherwise a
busy bar in the dialog); results appear as a sentence in the notice under the tabs.

The second-passphrase tab looks and behaves the same whichever notebook is open. From the
notebook that a second passphrase opens, setting one fails with the same calm, generic sentence
any unexpected failure gets, after about as much work as a real attempt: nothing on the screen
says which notebook is open (see `SECOND_UNAVAILABLE`).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.errors import WrongPassphrase
from journal_app.core.integrity import CheckReport
from journal_app.core.journal import Journal
from journal_app.evidence.checkpoint import Checkpoint, CheckpointResult
from journal_app.evidence.signing import fingerprint
from journal_app.export.checkpoint_pdf import write_checkpoint_pdf
from journal_app.i18n import LANGUAGE_NAMES, LANGUAGES
from journal_app.ui import disguise, workers
from journal_app.ui import i18n as ui_i18n
from journal_app.ui.clipboard import ClipboardGuard
from journal_app.ui.dialogs import Dialogs, Place
from journal_app.ui.errors import message_for
from journal_app.ui.settings_store import Settings
from journal_app.ui.widgets import (
    Notice,
    buddy_label,
    name_buttons,
    named,
    scrolling,
    with_reveal,
    wrapped,
)
from journal_app.vault.backup import restore_backup, write_backup
from journal_app.vault.kdf import KdfParams
from journal_app.vault.vault import MAIN, Vault, set_alternate_passphrase

# A plain name, so pyside6-lupdate collects translate("context", "text") calls.
translate = QCoreApplication.translate

MIN_SECOND_LENGTH = 8
CODE_RETRY_MS = 500


def describe_check(report: CheckReport) -> str:
    if report.ok:
        return translate(
            "SettingsDialog",
            "Everything checks out: {0} versions and {1} files match their records.",
        ).format(report.versions_checked, report.attachments_checked)
    lines = [translate("SettingsDialog", "The check found a problem. Nothing was changed.")]
    lines += report.integrity[:5] + report.problems[:5]
    lines.append(
        translate("SettingsDialog", "If you have a backup, you can restore it into a new folder.")
    )
    return "\n".join(lines)


@dataclass(frozen=True)
class CodeCheck:
    """What the GUI needs to say how a kept code compares with the notebook now."""

    point: Checkpoint
    result: CheckpointResult
    size_now: int
    same_key: bool


def describe_code_check(check: CodeCheck) -> str:
    """One plain sentence (translated here, not taken from the core's English message)."""
    day = check.point.day.isoformat()
    if check.result.ok:
        return translate(
            "SettingsDialog",
            "All is well: the notebook still holds everything it held on {0} "
            "({1} versions then, {2} added since).",
        ).format(day, check.point.size, check.size_now - check.point.size)
    if not check.same_key:
        return translate(
            "SettingsDialog",
            "This code belongs to a different notebook, so it cannot be checked here.",
        )
    if check.size_now < check.point.size:
        return translate(
            "SettingsDialog",
            "This notebook now holds fewer versions ({0}) than on {1} ({2}). It may have been "
            "replaced by an older copy. Nothing was changed. Talk to your advocate, and keep "
            "your backups.",
        ).format(check.size_now, day, check.point.size)
    return translate(
        "SettingsDialog",
        "The history up to {0} no longer matches this code: it was changed or damaged since. "
        "Nothing was changed. Talk to your advocate, and keep your backups.",
    ).format(day)


@dataclass(frozen=True)
class Problem:
    """A task's result that is a problem to report (not an error: the task itself worked)."""

    text: str


def _same_passphrase(first: str, second: str) -> bool:
    return unicodedata.normalize("NFC", first) == unicodedata.normalize("NFC", second)


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
        clipboard: ClipboardGuard | None = None,
        kdf: KdfParams | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._journal = journal
        self._settings = settings
        self._dialogs = dialogs
        self._clipboard = clipboard or ClipboardGuard()
        self._kdf = kdf
        self.task: workers.Task | None = None
        self._code_timer = QTimer(self)
        self._code_timer.setSingleShot(True)
        self._code_timer.setInterval(CODE_RETRY_MS)
        self._code_timer.timeout.connect(self.refresh_code)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Settings sections"))
        self.general_tab = self._tab(self._general_page(), self.tr("General"))
        self.backup_tab = self._tab(self._backup_page(), self.tr("Backup and checks"))
        self.second_tab = self._tab(self._second_page(), self.tr("Second passphrase"))
        self.checkpoint_tab = self._tab(self._checkpoint_page(), self.tr("Checkpoint"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.busy = named(QProgressBar(), self.tr("Working, please wait"))
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.notice = Notice()
        outer = QVBoxLayout(self)
        outer.addWidget(self.tabs, 1)
        outer.addWidget(self.busy)
        outer.addWidget(self.notice)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        outer.addWidget(name_buttons(buttons))
        self.resize(680, 520)  # fits a 1024×600 screen with its title bar

    @staticmethod
    def translate(text: str) -> str:
        return translate("SettingsDialog", text)

    # ------------------------------------------------------------------ layout
    def _tab(self, page: QWidget, title: str) -> QWidget:
        area = scrolling(page)
        area.setAccessibleName(title)
        self.tabs.addTab(area, title)
        return area

    def _general_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        form = QFormLayout()
        self.idle = named(
            QSpinBox(),
            self.tr("Lock after this many idle minutes"),
            self.tr("The notebook locks itself when nobody uses it for this long."),
        )
        self.idle.setRange(1, 240)
        self.idle.setSuffix(self.tr(" minutes"))
        self.idle.setValue(self._settings.idle_minutes)
        self.idle.valueChanged.connect(self._idle_changed)
        self.language = named(
            QComboBox(),
            self.tr("Language"),
            self.tr("The language of the app. It changes the next time the app opens."),
        )
        for code in LANGUAGES:
            # Each language by its own name, so a person can find theirs whatever is shown.
            self.language.addItem(LANGUAGE_NAMES[code], code)
        shown = self._settings.language or ui_i18n.current_language()
        self.language.setCurrentIndex(max(0, self.language.findData(shown)))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.appearance = named(
            QComboBox(),
            self.tr("Appears as"),
            self.tr("The name and picture the app shows, so it looks ordinary."),
        )
        self.appearance.setIconSize(QSize(24, 24))
        for key in disguise.choices():
            self.appearance.addItem(disguise.icon(key), disguise.name(key), key)
        self.appearance.setCurrentIndex(max(0, self.appearance.findData(self._settings.disguise)))
        self.appearance.currentIndexChanged.connect(self._appearance_changed)
        form.addRow(buddy_label(self.tr("&Lock when idle for:"), self.idle), self.idle)
        form.addRow(buddy_label(self.tr("Lan&guage:"), self.language), self.language)
        form.addRow(buddy_label(self.tr("&Appears as:"), self.appearance), self.appearance)
        layout.addLayout(form)
        self.language_note = wrapped(
            self.tr(
                "A new language is used the next time you open the app. A bundle can be made "
                "in any language: choose it in the Export window."
            )
        )
        layout.addWidget(self.language_note)
        layout.addWidget(
            wrapped(
                self.tr(
                    "“Appears as” sets the name and picture shown on the window, the taskbar "
                    "and the first screen. It changes at once. The program file and the folder "
                    "on the computer keep their plain names (“notebook”)."
                )
            )
        )
        layout.addSpacing(12)
        self.camouflage = named(
            QCheckBox(self.tr("Start as a working notes pa&d")),
            self.tr("Start as a working notes pad"),
            self.tr("The app opens as a simple notes pad under the name above."),
        )
        self.camouflage.setChecked(self._settings.camouflage)
        self.camouflage.toggled.connect(self._camouflage_changed)
        layout.addWidget(self.camouflage)
        layout.addWidget(
            wrapped(
                self.tr(
                    "When this is on, the app opens as a notes pad that works: notes can be "
                    "written, changed, deleted and searched, and nothing on it shows that "
                    "anything else is there. To open this notebook, type your passphrase into "
                    "the pad's search box and press Enter; a wrong guess is just a search. "
                    "Locking, idle time and Quick exit all go back to the pad. Your second "
                    "passphrase, typed the same way, opens the same pad with the notes you "
                    "keep in the separate notebook. This notebook's folder is remembered, so "
                    "the pad knows where to look."
                )
            )
        )
        layout.addWidget(
            wrapped(
                self.tr(
                    "<b>The pad's own notes are not locked.</b> They are kept in a plain file "
                    "beside the app's settings, where anyone using this computer can read "
                    "them. Write nothing private there: they are only there to make the pad "
                    "look used."
                ),
                rich=True,
            )
        )
        layout.addStretch(1)
        return page

    def _backup_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(
            wrapped(
                self.tr(
                    "A backup is one locked file. Keep it somewhere safe, away from this "
                    "computer: a USB stick you keep hidden, or with someone you trust. It opens "
                    "with the passphrase you have now."
                )
            )
        )
        self.passphrase_button = self._button(
            self.tr("Change &passphrase…"),
            self.tr("Choose a new passphrase for this notebook."),
            self.change_passphrase,
        )
        self.backup_button = self._button(
            self.tr("Save a &backup…"),
            self.tr("Save the whole notebook as one locked file."),
            self.backup,
        )
        self.restore_button = self._button(
            self.tr("&Restore a backup into a new folder…"),
            self.tr("Open a backup file into an empty folder. This notebook is not changed."),
            self.restore,
        )
        self.check_button = self._button(
            self.tr("C&heck the notebook"),
            self.tr("Check that everything stored still matches its record."),
            self.check,
        )
        for button in (
            self.passphrase_button,
            self.backup_button,
            self.restore_button,
            self.check_button,
        ):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return page

    def _second_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(
            wrapped(
                self.tr(
                    "You can choose a second passphrase. Typed on the first screen instead of "
                    "your usual one, it opens a separate notebook that looks just like this "
                    "one and starts empty. You can fill it with ordinary notes you would not "
                    "mind anyone seeing."
                )
            )
        )
        limits = wrapped(
            self.tr(
                "<b>Please know its limits.</b> It does not hide this notebook: someone who "
                "knows this app knows a second passphrase can exist, and someone who copies "
                "the folder at different times can see which notebook changes. Choosing a "
                "second passphrase again empties that separate notebook and starts it afresh. "
                "Your usual notebook is never changed by it."
            ),
            rich=True,
        )
        layout.addWidget(limits)
        form = QFormLayout()
        self.second_passphrase = self._password(
            self.tr("Second passphrase"), self.tr("At least 8 characters, different from yours.")
        )
        self.second_repeat = self._password(
            self.tr("Repeat the second passphrase"), self.tr("The same second passphrase again.")
        )
        self.second_current = self._password(
            self.tr("Your current passphrase"),
            self.tr("The passphrase you use now, to show it is you."),
        )
        form.addRow(
            buddy_label(self.tr("Seco&nd passphrase:"), self.second_passphrase),
            self.second_passphrase,
        )
        form.addRow(buddy_label(self.tr("Repea&t it:"), self.second_repeat), self.second_repeat)
        form.addRow(
            buddy_label(self.tr("Your &current passphrase:"), self.second_current),
            self.second_current,
        )
        layout.addLayout(form)
        self.second_button = self._button(
            self.tr("&Use this second passphrase"),
            self.tr("Set up the second passphrase and its separate, empty notebook."),
            self.set_second_passphrase,
        )
        self.second_current.returnPressed.connect(self.second_button.click)
        layout.addWidget(self.second_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return page

    def _checkpoint_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(
            wrapped(
                self.tr(
                    "A checkpoint code is one short line that records how much this notebook "
                    "holds today. Write it down or save the printable page, and give it to an "
                    "advocate or someone you trust. Later, the code shows whether the notebook "
                    "still holds everything it held that day — for example, if someone swapped "
                    "it for an older copy. The code says nothing about what you wrote."
                )
            )
        )
        form = QFormLayout()
        self.code = named(
            QLineEdit(),
            self.tr("Checkpoint code for today"),
            self.tr("Write this code down, or copy it, and give it to someone you trust."),
        )
        self.code.setReadOnly(True)
        self.code.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.copy_button = self._button(
            self.tr("C&opy"),
            self.tr("Copy the code. It is cleared when the notebook locks."),
            self.copy_code,
        )
        row = QHBoxLayout()
        row.addWidget(self.code, 1)
        row.addWidget(self.copy_button)
        form.addRow(self.tr("Today’s code:"), row)
        layout.addLayout(form)
        self.print_button = self._button(
            self.tr("&Save a printable page…"),
            self.tr("Save a PDF page with today's code, to print."),
            self.save_page,
        )
        layout.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignLeft)
        check_form = QFormLayout()
        self.kept_code = named(
            QLineEdit(),
            self.tr("A code you kept"),
            self.tr("Type or paste a code you saved earlier, to check the notebook."),
        )
        self.kept_code.setPlaceholderText("CP2-…")
        self.kept_code.returnPressed.connect(self.check_code)
        check_form.addRow(buddy_label(self.tr("A code you &kept:"), self.kept_code), self.kept_code)
        layout.addSpacing(12)
        layout.addLayout(check_form)
        self.check_code_button = self._button(
            self.tr("Ch&eck against this code"),
            self.tr("Check that the notebook still holds everything it held that day."),
            self.check_code,
        )
        layout.addWidget(self.check_code_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return page

    @staticmethod
    def _password(name: str, description: str) -> QLineEdit:
        edit = named(QLineEdit(), name, description)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        return with_reveal(edit)

    def _button(self, text: str, description: str, slot: Callable[[], None]) -> QPushButton:
        button = named(QPushButton(text), text.replace("…", ""), description)
        button.clicked.connect(slot)
        return button

    def _buttons(self) -> list[QPushButton]:
        return [
            self.passphrase_button,
            self.backup_button,
            self.restore_button,
            self.check_button,
            self.second_button,
            self.print_button,
            self.check_code_button,
        ]

    # ------------------------------------------------------------------ behaviour
    def show_tab(self, tab: QWidget) -> None:
        self.tabs.setCurrentWidget(tab)

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.checkpoint_tab:
            self.refresh_code()

    def _idle_changed(self, minutes: int) -> None:
        self._settings.idle_minutes = minutes
        self.settings_changed.emit(self._settings)

    def _language_changed(self, _index: int) -> None:
        code = self.language.currentData()
        if isinstance(code, str) and code != self._settings.language:
            self._settings.language = code
            self.settings_changed.emit(self._settings)

    def _appearance_changed(self, _index: int) -> None:
        key = self.appearance.currentData()
        if isinstance(key, str) and key != self._settings.disguise:
            self._settings.disguise = key
            self.settings_changed.emit(self._settings)

    def _camouflage_changed(self, on: bool) -> None:
        self._settings.camouflage = on
        self.settings_changed.emit(self._settings)

    def _start(self, label: str, work: workers.Work, *, cancellable: bool = True) -> None:
        """Run `work`: with a progress window and Cancel, or (when the core cannot stop
        half-way) with the busy bar in this dialog."""
        self.notice.say(label)
        self._set_enabled(False)
        if cancellable:
            self.task = workers.run_with_progress(self, label, work, self._succeeded, self._failed)
        else:
            self.busy.setAccessibleDescription(label)
            self.busy.show()
            self.task = workers.start(work, self._succeeded, self._failed)

    def _set_enabled(self, enabled: bool) -> None:
        for button in self._buttons():
            button.setEnabled(enabled)

    def _succeeded(self, message: object) -> None:
        if isinstance(message, Problem):
            self._finish(message.text, problem=True)
        else:
            self._finish(str(message), problem=False)

    def _failed(self, message: str) -> None:
        self._finish(message, problem=True)

    def _finish(self, message: str, *, problem: bool) -> None:
        self.task = None
        self.busy.hide()
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
        target = self._dialogs.save_file_checked(
            self, self.tr("Save a backup"), "notebook.backup", Place.BACKUP
        )
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
        folder = self._dialogs.choose_folder_checked(
            self, self.tr("Choose an empty folder to restore into"), Place.NOTEBOOK
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

    # ------------------------------------------------------------------ second passphrase
    def set_second_passphrase(self) -> None:
        if self.task is not None:
            return
        second, repeat = self.second_passphrase.text(), self.second_repeat.text()
        current = self.second_current.text()
        problem = ""
        if len(second) < MIN_SECOND_LENGTH:
            problem = self.tr(
                "Please choose a second passphrase of at least {0} characters."
            ).format(MIN_SECOND_LENGTH)
        elif second != repeat:
            problem = self.tr("The two second passphrases are not the same. Please type again.")
        elif not current:
            problem = self.tr("Please type your current passphrase as well.")
        elif _same_passphrase(second, current):
            problem = self.tr("The second passphrase must be different from your passphrase.")
        if problem:
            self.notice.say(problem, problem=True)
            return
        vault = self._journal.vault
        done = self.tr(
            "The second passphrase is ready. On the first screen it opens a separate, empty "
            "notebook. Your usual passphrase still opens this one."
        )

        def work(_progress: workers.Progress, _cancelled: workers.CancelCheck) -> str:
            if not vault.verify_passphrase(current):
                raise WrongPassphrase()
            set_second_passphrase(vault, second)
            return done

        for edit in (self.second_passphrase, self.second_repeat, self.second_current):
            edit.clear()
        self._start(self.tr("Setting up the second passphrase…"), work, cancellable=False)

    # ------------------------------------------------------------------ checkpoints
    def refresh_code(self) -> None:
        """Show today's code. Never waits for a background task holding the notebook."""
        guard = self._journal.vault.guard
        if not guard.acquire(blocking=False):
            self.code.setText("…")
            self._code_timer.start()
            return
        try:
            self.code.setText(self._journal.checkpoint().code)
        except Exception as exc:
            self.code.clear()
            self.notice.say(message_for(exc), problem=True)
        finally:
            guard.release()

    def copy_code(self) -> None:
        if not self.code.text() or self.code.text() == "…":
            self.refresh_code()
        code = self.code.text()
        if code and code != "…":
            self._clipboard.copy_text(code)
            self.notice.say(self.tr("The code was copied. It is cleared when the notebook locks."))

    def save_page(self) -> None:
        target = self._dialogs.save_file(
            self, self.tr("Save a printable checkpoint page"), "checkpoint.pdf"
        )
        if target is None:
            return
        path = target if target.suffix.lower() == ".pdf" else target.with_suffix(".pdf")
        journal = self._journal
        done = self.tr(
            "The page was saved as {0}. Print it and give it to someone you trust. The file is "
            "not locked, but it says nothing about what you wrote."
        ).format(path)

        def work(_progress: workers.Progress, _cancelled: workers.CancelCheck) -> str:
            point = journal.checkpoint()
            head = journal.head()
            write_checkpoint_pdf(point, head.head, fingerprint(journal.signing_public_key()), path)
            return done

        self._start(self.tr("Saving the checkpoint page…"), work, cancellable=False)
        self.refresh_code()

    def check_code(self) -> None:
        if self.task is not None:
            return
        code = self.kept_code.text().strip()
        if not code:
            self.notice.say(self.tr("Please type or paste the code you kept."), problem=True)
            return
        journal = self._journal

        def work(_progress: workers.Progress, _cancelled: workers.CancelCheck) -> str | Problem:
            point = Checkpoint.parse(code)
            result = journal.verify_checkpoint(point)
            key = fingerprint(journal.signing_public_key()).replace(" ", "")
            check = CodeCheck(point, result, journal.head().size, key.startswith(point.key_prefix))
            sentence = describe_code_check(check)
            return sentence if result.ok else Problem(sentence)

        self._start(self.tr("Checking the notebook against the code…"), work, cancellable=False)


def set_second_passphrase(vault: Vault, passphrase: str) -> None:
    """`set_alternate_passphrase`, or, from the notebook a second passphrase opens, a failure
    after about the same work (two key derivations), so neither the words nor the wait differ.

    The failure is not a JournalError on purpose: ui/errors.py gives it, word for word, the
    sentence any unexpected failure gets ("Something went wrong and it was not finished…"), so
    the screen never says which notebook is open. The help page tells the owner to choose a
    second passphrase while the usual notebook is open.
    """
    if vault.stem == MAIN:
        set_alternate_passphrase(vault, passphrase)
        return
    vault.verify_passphrase(passphrase)
    vault.verify_passphrase(passphrase)
    raise SecondPassphraseUnavailable()


class SecondPassphraseUnavailable(Exception):
    """Raised from the notebook a second passphrase opens (see `set_second_passphrase`)."""
