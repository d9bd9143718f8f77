"""The Export dialog (make an evidence bundle) and the "Check a bundle" dialog.

Both run their long work through `run_task` (by default `workers.run_with_progress`, which
shows progress with Cancel off the GUI thread); tests pass their own. Files are chosen through
the stubbable `Dialogs`. The bundle is never opened in another program (SECURITY.md).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal_app import i18n
from journal_app.core.errors import JournalError
from journal_app.core.journal import Journal
from journal_app.core.models import Category, EntryFilter
from journal_app.export.bundle import ExportResult, export_bundle, generate_password
from journal_app.export.selection import (
    ExportOptions,
    Plan,
    Redactions,
    exposed_old_entry,
    plan_export,
)
from journal_app.export.verify import (
    BundlePasswordError,
    VerifyResult,
    unchecked_lines,
    verify_bundle,
)
from journal_app.ui import i18n as ui_i18n
from journal_app.ui import workers
from journal_app.ui.box_editor import PictureBoxes
from journal_app.ui.clipboard import ClipboardGuard
from journal_app.ui.dialogs import Dialogs, Place
from journal_app.ui.errors import message_for
from journal_app.ui.labels import category_label
from journal_app.ui.past_exports import PastExportsDialog
from journal_app.ui.widgets import (
    Notice,
    buddy_label,
    name_buttons,
    named,
    scrolling,
    wrapped,
)

RunTask = Callable[
    [QWidget | None, str, workers.Work, Callable[[Any], None], Callable[[str], None]], Any
]
_ID_ROLE = Qt.ItemDataRole.UserRole
# A copied PDF password leaves the clipboard after this long, if it is still there.
SECRET_ON_CLIPBOARD_MS = 30_000


def _checkable(list_widget: QListWidget, text: str, value: object) -> QListWidgetItem:
    item = QListWidgetItem(text, list_widget)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Unchecked)
    item.setData(_ID_ROLE, value)
    return item


def _day(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


def _checked(list_widget: QListWidget) -> list[Any]:
    return [
        list_widget.item(i).data(_ID_ROLE)
        for i in range(list_widget.count())
        if list_widget.item(i).checkState() == Qt.CheckState.Checked
    ]


BUNDLE_NAME = "evidence-bundle.pdf"
PLAIN_BUNDLE_NAME = "notes.pdf"


class ExportDialog(QDialog):
    def __init__(
        self,
        journal: Journal,
        dialogs: Dialogs,
        run_task: RunTask = workers.run_with_progress,
        parent: QWidget | None = None,
        clipboard: ClipboardGuard | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Make an evidence bundle"))
        self.journal = journal
        self._clipboard = clipboard if clipboard is not None else ClipboardGuard(parent=self)
        self.clear_after_ms = SECRET_ON_CLIPBOARD_MS
        self._dialogs = dialogs
        self._run_task = run_task
        # The name offered in the save dialog; the camouflage offers a plain one, since a
        # file's name shows in folders and "recent files" lists (see `open_export_dialog`).
        self.suggested_name = BUNDLE_NAME
        self.result_path: Path | None = None
        self.past_exports: PastExportsDialog | None = None
        self._recount = QTimer(self)
        self._recount.setSingleShot(True)
        self._recount.setInterval(250)
        self._recount.timeout.connect(self.update_preview)

        form_page = QWidget()
        form_layout = QVBoxLayout(form_page)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addWidget(
            wrapped(
                self.tr(
                    "Choose what to put in the bundle. It is a PDF you can give to an advocate, "
                    "a solicitor or the police. It is saved only where you choose and is never "
                    "opened automatically."
                )
            )
        )
        form_layout.addWidget(self._selection_box())
        form_layout.addWidget(self._redaction_box())
        form_layout.addWidget(self._cover_box())
        form_layout.addWidget(self._language_box())
        # The form scrolls, so the counts and the Export button stay in view on a small screen.
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(form_page), 1)
        self.preview = named(QLabel(), self.tr("What the bundle will contain"))
        self.preview.setWordWrap(True)
        layout.addWidget(self.preview)
        self.notice = Notice(self)
        layout.addWidget(self.notice)
        buttons = QDialogButtonBox()
        self.export_button = buttons.addButton(
            self.tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.past_button = buttons.addButton(
            self.tr("Past e&xports…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.past_button.clicked.connect(self.show_past_exports)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.start_export)
        buttons.rejected.connect(self.reject)
        layout.addWidget(name_buttons(buttons))
        self.update_preview()
        self._fit_screen(form_page)

    def _fit_screen(self, form_page: QWidget) -> None:
        """As tall as the form needs, but never taller than the screen (1024×600 included)."""
        wanted = form_page.sizeHint().height() + 140
        screen = self.screen()
        room = screen.availableGeometry().height() - 60 if screen is not None else wanted
        self.resize(max(520, form_page.sizeHint().width() + 64), max(360, min(wanted, room)))

    # ------------------------------------------------------------------ form
    def _selection_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Which entries"))
        form = QFormLayout(box)
        self.limit_dates = named(
            QCheckBox(self.tr("Only between these dates")),
            self.tr("Only between these dates"),
            self.tr("Leave it unticked to include entries of every date."),
        )
        self.date_from = named(
            QDateEdit(QDate.currentDate().addYears(-1)),
            self.tr("From"),
            self.tr("The first day to include."),
        )
        self.date_to = named(
            QDateEdit(QDate.currentDate()), self.tr("To"), self.tr("The last day to include.")
        )
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self._changed)
        self.limit_dates.toggled.connect(self._changed)
        dates = QHBoxLayout()
        for widget in (self.limit_dates, self.date_from, QLabel("–"), self.date_to):
            dates.addWidget(widget)
        form.addRow(dates)
        self.categories = named(
            QListWidget(),
            self.tr("Categories (none ticked: all)"),
            self.tr("Tick the kinds of entries to include. None ticked includes all."),
        )
        for category in Category:
            _checkable(self.categories, category_label(category), category.value)
        self.categories.setMaximumHeight(110)
        self.categories.itemChanged.connect(self._changed)
        form.addRow(self.tr("Categories:"), self.categories)
        self.tags = named(
            QLineEdit(),
            self.tr("Tags, separated by commas (all must match)"),
            self.tr("Only entries with every one of these tags."),
        )
        self.tags.textChanged.connect(self._changed)
        form.addRow(self.tr("Tags:"), self.tags)
        self.entries = named(
            QListWidget(),
            self.tr("Only these entries (none ticked: all)"),
            self.tr("Tick single entries to include only those."),
        )
        for summary in self.journal.entries(EntryFilter(newest_first=False)):
            label = f"{summary.occurred.day.isoformat()}  {summary.title}"
            _checkable(self.entries, label, summary.id)
        self.entries.setMaximumHeight(120)
        self.entries.itemChanged.connect(self._changed)
        form.addRow(self.tr("Entries:"), self.entries)
        self.history = named(
            QCheckBox(self.tr("Include earlier versions of amended entries")),
            self.tr("Include earlier versions of amended entries"),
            self.tr("Shows what was changed in an entry, and when."),
        )
        self.history.setChecked(True)
        self.history.toggled.connect(self._changed)
        form.addRow(self.history)
        self.pattern = named(
            QCheckBox(self.tr("Add a pattern summary after the chronology")),
            self.tr("Add a pattern summary after the chronology"),
            self.tr("Counts per month and category, with charts and tables: facts only."),
        )
        form.addRow(self.pattern)
        self.transcripts = named(
            QCheckBox(self.tr("Show imported messages also as a conversation")),
            self.tr("Show imported messages also as a conversation"),
            self.tr(
                "A transcript of each imported chat, in the style of the chat, with each "
                "message's entry number. Only drawn when imported messages are chosen."
            ),
        )
        self.transcripts.setChecked(True)
        form.addRow(self.transcripts)
        return box

    def _redaction_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Leave out (for a copy that may reach the other person)"))
        form = QFormLayout(box)
        self.redact_locations = named(
            QCheckBox(self.tr("Locations")),
            self.tr("Leave out locations"),
            self.tr("The place fields are left out of the bundle."),
        )
        self.redact_people = named(
            QCheckBox(self.tr("Names of people involved, witnesses and people told")),
            self.tr("Leave out names"),
            self.tr("The name fields are left out of the bundle."),
        )
        for box_ in (self.redact_locations, self.redact_people):
            box_.toggled.connect(self._changed)
            form.addRow(box_)
        self.attachments = named(
            QListWidget(),
            self.tr("Files to leave out"),
            self.tr("Tick files that must not be in the bundle."),
        )
        self.attachments.setMaximumHeight(90)
        self.attachments.itemChanged.connect(self._changed)
        form.addRow(self.tr("Files to leave out:"), self.attachments)
        self.picture_boxes = PictureBoxes(self.journal, self)
        self.picture_boxes.changed.connect(self._changed)
        form.addRow(self.tr("Black boxes:"), self.picture_boxes)
        form.addRow(
            wrapped(
                self.tr(
                    "The bundle says what was left out. Names or places written in the text "
                    "itself are not removed."
                )
            )
        )
        # Entries with versions from before per-field salts: shown only when some would be
        # redacted, with leaving them out ticked (export/selection.py, exposed_old_entry).
        self.old_notice = wrapped("")
        self.leave_out_old = named(
            QCheckBox(self.tr("Leave those entries out of this copy (recommended)")),
            self.tr("Leave out entries written with an earlier version of the app"),
            self.tr(
                "What an earlier version of the app recorded about them would let someone "
                "holding this copy guess the names and places you leave out."
            ),
        )
        self.leave_out_old.setChecked(True)
        self.leave_out_old.toggled.connect(self._changed)
        self.old_notice.hide()
        self.leave_out_old.hide()
        form.addRow(self.old_notice)
        form.addRow(self.leave_out_old)
        return box

    def _cover_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Cover and password"))
        form = QFormLayout(box)
        self.name = named(
            QLineEdit(),
            self.tr("Name or initials on the cover (optional)"),
            self.tr("Shown on the first page. You can leave it empty."),
        )
        form.addRow(self.tr("Name or initials:"), self.name)
        self.use_password = named(
            QCheckBox(self.tr("Protect the PDF with a password")),
            self.tr("Protect the PDF with a password"),
            self.tr("Nobody can open the PDF without the password."),
        )
        self.use_password.setChecked(True)
        self.password = named(
            QLineEdit(), self.tr("PDF password"), self.tr("At least 8 characters.")
        )
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.generate = named(
            QPushButton(self.tr("&Generate a strong password")),
            self.tr("Generate a strong password"),
            self.tr("Make a long password of ordinary words, shown so you can write it down."),
        )
        self.generate.clicked.connect(self.fill_generated_password)
        self.copy_password = named(
            QPushButton(self.tr("Cop&y password")),
            self.tr("Copy the password"),
            self.tr("Put the password on the clipboard. It is taken off again after 30 seconds."),
        )
        self.copy_password.setEnabled(False)
        self.copy_password.clicked.connect(self._copy_password)
        self.password.textChanged.connect(self._password_changed)
        self.copied_note = wrapped("")
        self.copied_note.hide()
        # The password has a row of its own, full width, so a generated one is seen whole.
        buttons = QHBoxLayout()
        buttons.addWidget(self.generate)
        buttons.addWidget(self.copy_password)
        buttons.addStretch(1)
        self.use_password.toggled.connect(self.password.setEnabled)
        self.use_password.toggled.connect(self.generate.setEnabled)
        self.use_password.toggled.connect(self._password_changed)
        form.addRow(self.use_password)
        form.addRow(buddy_label(self.tr("&Password:"), self.password), self.password)
        form.addRow(buttons)
        form.addRow(self.copied_note)
        form.addRow(
            wrapped(
                self.tr(
                    "Give the password separately: say it on the phone or in person, never in "
                    "the same email or message as the file."
                )
            )
        )
        return box

    def _language_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Language of the bundle"))
        form = QFormLayout(box)
        self.language = named(
            QComboBox(),
            self.tr("Language of the bundle"),
            self.tr("The PDF can be in a language other than the app's, for the reader."),
        )
        for code in i18n.LANGUAGES:
            self.language.addItem(i18n.LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(ui_i18n.current_language())))
        form.addRow(buddy_label(self.tr("&Language:"), self.language), self.language)
        return box

    def fill_generated_password(self) -> None:
        self.use_password.setChecked(True)
        self.password.setText(generate_password())
        self.password.setEchoMode(QLineEdit.EchoMode.Normal)  # so it can be written down

    def _password_changed(self, *_args: object) -> None:
        self.copy_password.setEnabled(self.use_password.isChecked() and bool(self.password.text()))
        self.copied_note.hide()

    def _copy_password(self) -> None:
        self._clipboard.copy_secret(self.password.text(), self.clear_after_ms)
        self.copied_note.setText(
            self.tr(
                "Copied. It is taken off the clipboard after 30 seconds, or when the notebook "
                "locks."
            )
        )
        self.copied_note.show()

    def _changed(self, *_args: object) -> None:
        self._recount.start()

    # ------------------------------------------------------------------ options
    def options(self) -> ExportOptions:
        limit = self.limit_dates.isChecked()
        tags = tuple(t.strip() for t in self.tags.text().split(",") if t.strip())
        password = self.password.text() if self.use_password.isChecked() else None
        return ExportOptions(
            date_from=_day(self.date_from) if limit else None,
            date_to=_day(self.date_to) if limit else None,
            categories=tuple(Category(c) for c in _checked(self.categories)),
            tags=tags,
            entry_ids=tuple(int(i) for i in _checked(self.entries)),
            include_history=self.history.isChecked(),
            include_pattern=self.pattern.isChecked(),
            include_transcripts=self.transcripts.isChecked(),
            redactions=Redactions(
                locations=self.redact_locations.isChecked(),
                people=self.redact_people.isChecked(),
                attachment_ids=frozenset(int(i) for i in _checked(self.attachments)),
                boxes=self.picture_boxes.boxes(),
            ),
            name=self.name.text().strip(),
            password=password,
            language=str(self.language.currentData() or i18n.ENGLISH),
            include_old_versions=not self.leave_out_old.isChecked(),
        )

    def update_preview(self) -> None:
        options = self.options()
        try:
            plan = plan_export(self.journal, options)
        except JournalError as exc:
            self.preview.setText(message_for(exc))
            self.export_button.setEnabled(False)
            return
        left_out = set(options.redactions.attachment_ids)
        self.attachments.blockSignals(True)
        self.attachments.clear()
        shown: set[int] = set()
        for item in plan.entries:
            for version in item.versions:
                for info in version.attachments:
                    if info.id in shown:
                        continue
                    shown.add(info.id)
                    row = _checkable(self.attachments, f"{info.original_name}", info.id)
                    if info.id in left_out:
                        row.setCheckState(Qt.CheckState.Checked)
        self.attachments.blockSignals(False)
        self.picture_boxes.set_pictures([exhibit.info for exhibit in plan.exhibits])
        self._show_old_entries(plan, options)
        self.preview.setText(
            self.tr("The bundle will contain {0} entries and {1} exhibits.").format(
                len(plan.entries), len(plan.exhibits)
            )
        )
        self.export_button.setEnabled(bool(plan.entries))

    def _show_old_entries(self, plan: Plan, options: ExportOptions) -> None:
        old = plan.left_out_old + [
            item.number
            for item in plan.entries
            if exposed_old_entry(item.entry, options.redactions)
        ]
        self.old_notice.setVisible(bool(old))
        self.leave_out_old.setVisible(bool(old))
        if old:
            self.old_notice.setText(
                self.tr(
                    "Entries {0} were written with an earlier version of the app. A copy "
                    "that leaves out names or places cannot hide them safely for those "
                    "entries: someone holding it could work them out by trying likely ones."
                ).format(", ".join(str(n) for n in sorted(old)))
            )

    # ------------------------------------------------------------------ export
    def show_past_exports(self) -> PastExportsDialog | None:
        """The export log: what was disclosed before, and each file's SHA-256."""
        try:
            records = self.journal.exports()
        except JournalError as exc:
            self.notice.say(message_for(exc), problem=True)
            return None
        dialog = PastExportsDialog(records, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.past_exports = dialog
        return dialog

    def start_export(self) -> None:
        options = self.options()
        if options.password is not None and len(options.password) < 8:
            self.notice.say(
                self.tr("Please choose a password of at least 8 characters, or generate one."),
                problem=True,
            )
            return
        chosen = self._dialogs.save_file_checked(
            self, self.tr("Save the evidence bundle"), self.suggested_name, Place.BUNDLE
        )
        if chosen is None:
            return
        path = chosen if chosen.suffix.lower() == ".pdf" else chosen.with_suffix(".pdf")
        self.export_button.setEnabled(False)
        self.notice.clear_message()

        def work(progress: workers.Progress, cancelled: workers.CancelCheck) -> ExportResult:
            return export_bundle(
                self.journal, options, path, progress=progress, cancelled=cancelled
            )

        self._run_task(self, self.tr("Making the evidence bundle…"), work, self._done, self._failed)

    def _done(self, result: ExportResult) -> None:
        self.result_path = result.path
        self.export_button.setEnabled(True)
        text = self.tr("The bundle was saved as {0} ({1} entries, {2} exhibits).").format(
            str(result.path), result.entries, result.exhibits
        )
        if result.left_out_old:
            text += " " + self.tr(
                "Entries {0}, written with an earlier version of the app, were left out; the "
                "bundle says so on its cover."
            ).format(", ".join(str(n) for n in result.left_out_old))
        text += " " + self.tr(
            "It is recorded under Past exports as {0}; SHA-256 of the file: {1}."
        ).format(result.export_id, result.sha256)
        if result.encrypted:
            text += " " + self.tr("Remember to give the password separately, not with the file.")
        else:
            text += " " + self.tr("It has no password: anyone with the file can read it.")
        self.notice.say(text)

    def _failed(self, message: str) -> None:
        self.export_button.setEnabled(True)
        self.notice.say(message, problem=True)


class VerifyDialog(QDialog):
    """Check a bundle someone received: choose the PDF, give its password if it has one."""

    def __init__(
        self,
        dialogs: Dialogs,
        run_task: RunTask = workers.run_with_progress,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check a bundle"))
        self._dialogs = dialogs
        self._run_task = run_task
        self.path: Path | None = None
        self.last: VerifyResult | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(
            wrapped(
                self.tr(
                    "Checks that the files and entries in an evidence bundle are exactly as "
                    "they were when it was made."
                )
            )
        )
        row = QHBoxLayout()
        self.file_label = named(QLabel(self.tr("No file chosen.")), self.tr("Bundle file"))
        choose = named(
            QPushButton(self.tr("&Choose the PDF…")),
            self.tr("Choose the PDF"),
            self.tr("Pick the bundle file to check."),
        )
        choose.clicked.connect(self.choose_file)
        row.addWidget(self.file_label, 1)
        row.addWidget(choose)
        layout.addLayout(row)
        form = QFormLayout()
        self.password = named(
            QLineEdit(),
            self.tr("PDF password, if it has one"),
            self.tr("Leave it empty if the bundle has no password."),
        )
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Password (if any):"), self.password)
        layout.addLayout(form)
        self.report = named(
            QPlainTextEdit(),
            self.tr("Result of the check"),
            self.tr("What the check found, in plain words."),
        )
        self.report.setReadOnly(True)
        layout.addWidget(self.report)
        buttons = QDialogButtonBox()
        self.check_button = buttons.addButton(
            self.tr("C&heck"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.start_check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(name_buttons(buttons))
        self.resize(560, 420)

    def choose_file(self) -> None:
        chosen = self._dialogs.open_file(
            self, self.tr("Choose the bundle"), self.tr("PDF files (*.pdf)")
        )
        if chosen is not None:
            self.path = chosen
            self.file_label.setText(str(chosen))

    def start_check(self) -> None:
        if self.path is None:
            self.choose_file()
        if self.path is None:
            return
        path = self.path
        password = self.password.text() or None

        def work(_progress: workers.Progress, _cancelled: workers.CancelCheck) -> object:
            try:
                return verify_bundle(path, password)
            except BundlePasswordError as exc:
                return exc

        self.report.setPlainText(self.tr("Checking…"))
        self._run_task(self, self.tr("Checking the bundle…"), work, self._done, self._failed)

    def _done(self, outcome: object) -> None:
        if isinstance(outcome, BundlePasswordError):
            self.report.setPlainText(
                self.tr("This bundle has a password. Type it above, then check again.")
                if not self.password.text()
                else self.tr("That password does not open this bundle.")
            )
            return
        assert isinstance(outcome, VerifyResult)
        self.last = outcome
        # The verdict and notes come from the core in English; the catalogue shared with the
        # command line translates them (anything it lacks stays English, never hidden).
        catalogue = i18n.translator(ui_i18n.current_language())
        lines = [catalogue(outcome.verdict), ""]
        lines += [self.tr("Does not match: {0}").format(catalogue(p)) for p in outcome.problems]
        lines += [catalogue(note) for note in outcome.notes]
        lines += unchecked_lines(outcome, catalogue)
        if outcome.export_id:
            lines.append(
                self.tr("Export {0}, made {1}: {2} entries, {3} exhibits.").format(
                    outcome.export_id, outcome.created_at, outcome.entries, outcome.exhibits
                )
            )
            lines.append(self.tr("Signing key fingerprint: {0}").format(outcome.fingerprint))
        self.report.setPlainText("\n".join(lines))

    def _failed(self, message: str) -> None:
        self.report.setPlainText(message)


def open_export_dialog(
    parent: QWidget | None,
    journal: Journal,
    dialogs: Dialogs,
    run_task: RunTask = workers.run_with_progress,
    clipboard: ClipboardGuard | None = None,
    *,
    plain_name: bool = False,
) -> ExportDialog:
    """Show the Export dialog (not modal, so progress and Cancel stay usable). `plain_name`
    (with the camouflage on) offers "notes.pdf" instead of a name that says what it is."""
    dialog = ExportDialog(journal, dialogs, run_task, parent, clipboard)
    if plain_name:
        dialog.suggested_name = PLAIN_BUNDLE_NAME
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def open_verify_dialog(
    parent: QWidget | None, dialogs: Dialogs, run_task: RunTask = workers.run_with_progress
) -> VerifyDialog:
    dialog = VerifyDialog(dialogs, run_task, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
