"""Import messages (issue 16): pick or drop an export, see the conversation as it was, choose
messages, import them with progress and Cancel.

The same back end as `journal-app import` (importers/): the file is read and planned in a worker,
nothing is written until Import, and the import is one transaction, so Cancel, a lock or quick
exit (which cancel every running task) keep nothing. Every refusal is the back end's one
sentence, shown in the dialog's notice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from zoneinfo import available_timezones

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.journal import Journal
from journal_app.core.models import Category
from journal_app.importers import FORMATS, DateOrderUnknown, ParseOptions, read_export
from journal_app.importers.base import ParsedExport
from journal_app.importers.store import ImportPlan, ImportResult, Zone, apply, plan, zone
from journal_app.ui import workers
from journal_app.ui.dialogs import Dialogs
from journal_app.ui.import_model import CHOSEN, MEDIA, SENDER, TEXT, TIME, ImportModel
from journal_app.ui.labels import category_label
from journal_app.ui.widgets import Notice, buddy_label, named, wrapped

# A plain name, so pyside6-lupdate collects translate("context", "text") calls.
translate = QCoreApplication.translate

# What the file picker offers; the format is still decided from the content.
_NAME_FILTER = "*.txt *.zip *.xml *.json *.eml *.mbox"


@dataclass(frozen=True)
class _NeedsDateOrder:
    """The file's dates read both day-first and month-first: the person is asked."""


def read_and_plan(
    journal: Journal, path: Path, export_format: str | None, date_order: str, zone_name: str
) -> ImportPlan | _NeedsDateOrder:
    """Parse the export and mark what the journal already holds (run in a worker)."""
    try:
        parsed = read_export(path, export_format, ParseOptions(date_order))
    except DateOrderUnknown:
        return _NeedsDateOrder()
    return replan(journal, parsed, zone_name)


def replan(journal: Journal, parsed: ParsedExport, zone_name: str) -> ImportPlan:
    """The plan in the zone assumed ("": this computer's), against the journal as it is now."""
    return plan(parsed, zone(zone_name or None), journal.imported_message_keys())


class ImportDialog(QDialog):
    """One export at a time. `imported` carries the new entries' ids."""

    imported = Signal(object)

    def __init__(self, journal: Journal, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self._dialogs = dialogs
        self.setWindowTitle(self.tr("Import messages"))
        self.setAcceptDrops(True)
        self._path: Path | None = None
        self._plan: ImportPlan | None = None
        self.task: workers.Task | None = None
        self.model = ImportModel(self)
        self.model.choice_changed.connect(self._update_summary)

        layout = QVBoxLayout(self)
        layout.addWidget(self._source_row())
        layout.addWidget(self._date_order_row())
        self.notice = Notice()
        layout.addWidget(self.notice)
        layout.addWidget(self._zone_row())
        layout.addWidget(self._table(), 1)
        layout.addWidget(self._choice_row())
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Messages chosen"))
        layout.addWidget(self.summary)
        layout.addWidget(self._action_row())
        self.resize(1000, 580)
        self._update_summary()

    # ------------------------------------------------------------------ layout
    def _source_row(self) -> QWidget:
        row_widget = QWidget()
        row = QHBoxLayout(row_widget)
        row.setContentsMargins(0, 0, 0, 0)
        self.choose_button = named(
            QPushButton(self.tr("&Choose an export…")),
            self.tr("Choose an export"),
            self.tr("A chat export from WhatsApp, an SMS backup, Telegram, or e-mail."),
        )
        self.choose_button.clicked.connect(self.choose_file)
        row.addWidget(self.choose_button)
        self.file_label = wrapped(self.tr("…or drop the export file on this window."))
        row.addWidget(self.file_label, 1)
        self.format_combo = QComboBox()
        self.format_combo.addItem(self.tr("Find out from the file"), "")
        names = {
            "whatsapp": self.tr("WhatsApp"),
            "sms-xml": self.tr("SMS Backup & Restore (XML)"),
            "telegram": self.tr("Telegram (result.json)"),
            "email": self.tr("E-mail (.eml, .mbox)"),
        }
        for export_format in FORMATS:
            self.format_combo.addItem(names.get(export_format, export_format), export_format)
        self.format_combo.currentIndexChanged.connect(self._reload)
        row.addWidget(buddy_label(self.tr("&Read as:"), self.format_combo))
        row.addWidget(self.format_combo)
        return row_widget

    def _date_order_row(self) -> QWidget:
        self.date_order_row = QWidget()
        row = QHBoxLayout(self.date_order_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.date_order_combo = QComboBox()
        self.date_order_combo.addItem(self.tr("Choose…"), "")
        self.date_order_combo.addItem(self.tr("Day first (31/01/2024)"), "dmy")
        self.date_order_combo.addItem(self.tr("Month first (01/31/2024)"), "mdy")
        self.date_order_combo.currentIndexChanged.connect(self._reload)
        row.addWidget(
            buddy_label(
                self.tr(
                    "Every date in this export could be day/month or month/day. How does "
                    "the phone write dates?"
                ),
                self.date_order_combo,
            ),
            1,
        )
        row.addWidget(self.date_order_combo)
        self.date_order_row.hide()
        return self.date_order_row

    def _zone_row(self) -> QWidget:
        row_widget = QWidget()
        row = QHBoxLayout(row_widget)
        row.setContentsMargins(0, 0, 0, 0)
        self.zone_label = QLabel()
        self.zone_label.setWordWrap(True)
        row.addWidget(self.zone_label, 1)
        # Exports write the phone's local time without a zone: the one assumed is recorded
        # with every message, so a person who has moved can say where the phone was.
        self.zone_combo = QComboBox()
        self.zone_combo.addItem(self.tr("This computer's zone"), "")
        for name in sorted(available_timezones()):
            self.zone_combo.addItem(name, name)
        self.zone_combo.currentIndexChanged.connect(self._rezone)
        row.addWidget(buddy_label(self.tr("The phone's time &zone:"), self.zone_combo))
        row.addWidget(self.zone_combo)
        return row_widget

    def _table(self) -> QTableView:
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Messages in the export"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setAlternatingRowColors(True)
        rows = self.table.verticalHeader()
        rows.hide()
        # Fixed row heights: the view never measures 50,000 rows to lay them out.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        columns = self.table.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        columns.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        metrics = self.fontMetrics()
        padding = metrics.averageCharWidth() * 4
        for column, sample in (
            (CHOSEN, translate("ImportModel", "In the journal")),
            (SENDER, "M" * 14),
            (TIME, "12/01/2024, 21:15 (+05:30)"),
            (MEDIA, "IMG-20240113-WA0003.jpg"),
        ):
            self.table.setColumnWidth(column, metrics.horizontalAdvance(sample) + padding)
        return self.table

    def _choice_row(self) -> QWidget:
        row_widget = QWidget()
        row = QHBoxLayout(row_widget)
        row.setContentsMargins(0, 0, 0, 0)
        self.all_button = QPushButton(self.tr("Choose &all"))
        self.all_button.clicked.connect(lambda: self.model.choose_where(None))
        self.none_button = QPushButton(self.tr("Choose &none"))
        self.none_button.clicked.connect(self.model.choose_none)
        self.sender_combo = QComboBox()
        self.sender_combo.setAccessibleName(self.tr("Sender"))
        self.sender_button = QPushButton(self.tr("Only this &sender"))
        self.sender_button.clicked.connect(self.choose_sender)
        self.from_date = QDateEdit()
        self.to_date = QDateEdit()
        for edit, name in ((self.from_date, self.tr("From")), (self.to_date, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
        self.dates_button = QPushButton(self.tr("Only these &dates"))
        self.dates_button.clicked.connect(self.choose_dates)
        row.addWidget(self.all_button)
        row.addWidget(self.none_button)
        row.addSpacing(12)
        row.addWidget(self.sender_combo, 1)
        row.addWidget(self.sender_button)
        row.addSpacing(12)
        row.addWidget(self.from_date)
        row.addWidget(QLabel("–"))
        row.addWidget(self.to_date)
        row.addWidget(self.dates_button)
        self._choice_widgets: list[QWidget] = [
            self.all_button,
            self.none_button,
            self.sender_combo,
            self.sender_button,
            self.from_date,
            self.to_date,
            self.dates_button,
        ]
        return row_widget

    def _action_row(self) -> QWidget:
        row_widget = QWidget()
        row = QHBoxLayout(row_widget)
        row.setContentsMargins(0, 0, 0, 0)
        self.category_combo = QComboBox()
        for category in Category:
            self.category_combo.addItem(category_label(category), category.value)
        self.category_combo.setCurrentIndex(self.category_combo.findData(Category.OTHER.value))
        row.addWidget(buddy_label(self.tr("Ca&tegory for the new entries:"), self.category_combo))
        row.addWidget(self.category_combo)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.hide()
        row.addWidget(self.progress, 1)
        row.addStretch(0)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button = QPushButton(self.tr("Cancel the import"))
        self.cancel_button.clicked.connect(self.cancel_import)
        self.cancel_button.hide()
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.close)
        row.addWidget(self.import_button)
        row.addWidget(self.cancel_button)
        row.addWidget(self.close_button)
        return row_widget

    # ------------------------------------------------------------------ reading
    def choose_file(self) -> None:
        chosen = self._dialogs.open_file(
            self,
            self.tr("Choose an export"),
            self.tr("Chat exports ({patterns})").format(patterns=_NAME_FILTER),
        )
        if chosen is not None:
            self.load(chosen)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if len(urls) == 1 and urls[0].isLocalFile() and not self._busy():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        if len(urls) == 1 and urls[0].isLocalFile():
            event.acceptProposedAction()
            self.load(Path(urls[0].toLocalFile()))

    def load(self, path: Path) -> None:
        """Read `path` (a new file: the format and date order are found out again)."""
        if self._busy():
            return
        self._path = path
        self.file_label.setText(path.name)
        for combo in (self.format_combo, self.date_order_combo):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.date_order_row.hide()
        self._read()

    def _reload(self) -> None:
        if self._path is not None and not self._busy():
            self._read()

    def _read(self) -> None:
        path = self._path
        assert path is not None
        export_format = self.format_combo.currentData() or None
        date_order = self.date_order_combo.currentData() or ""
        zone_name = self._zone_name()
        self._show_plan(None)
        self.notice.say(self.tr("Reading the export…"))
        journal = self.journal
        self.task = workers.start(
            lambda _progress, _cancelled: read_and_plan(
                journal, path, export_format, date_order, zone_name
            ),
            self._read_done,
            self._failed,
        )
        self._set_busy(True, importing=False)

    def _zone_name(self) -> str:
        return str(self.zone_combo.currentData() or "")

    def _rezone(self) -> None:
        """The same messages read in another zone (the file is not read again)."""
        the_plan = self._plan
        if the_plan is None or self._busy():
            return
        journal, zone_name = self.journal, self._zone_name()
        self._show_plan(None)
        self.task = workers.start(
            lambda _progress, _cancelled: replan(journal, the_plan.export, zone_name),
            self._read_done,
            self._failed,
        )
        self._set_busy(True, importing=False)

    def _zone_text(self, assumed: Zone) -> str:
        if assumed.computer:
            return self.tr("{zone} (this computer's zone)").format(zone=assumed.name)
        return assumed.name

    def _read_done(self, result: object) -> None:
        self.task = None
        self._set_busy(False)
        if isinstance(result, _NeedsDateOrder):
            self.notice.say(
                self.tr(
                    "The dates in this export can be read two ways. Choose how the phone "
                    "writes them, and it will be read again."
                )
            )
            self.date_order_row.show()
            self.date_order_combo.setFocus()
            return
        assert isinstance(result, ImportPlan)
        self.notice.clear_message()
        self._show_plan(result)
        self.table.setFocus()

    def _show_plan(self, new_plan: ImportPlan | None) -> None:
        self._plan = new_plan
        self.model.set_plan(new_plan)
        self.sender_combo.clear()
        for sender, count in self.model.senders():
            self.sender_combo.addItem(f"{sender} ({count:,})", sender)
        days = self.model.days()
        if days is not None:
            for edit in (self.from_date, self.to_date):
                edit.setDateRange(_qdate(days[0]), _qdate(days[1]))
            self.from_date.setDate(_qdate(days[0]))
            self.to_date.setDate(_qdate(days[1]))
        if new_plan is None:
            self.zone_label.clear()
        else:
            export = new_plan.export
            count = len(new_plan.items)
            self.zone_label.setText(
                (
                    self.tr("1 message. Times are as the export writes them, read in: {zone}.")
                    if count == 1
                    else self.tr(
                        "{count} messages. Times are as the export writes them, read in: {zone}."
                    )
                ).format(count=f"{count:,}", zone=self._zone_text(new_plan.zone))
                + (
                    " "
                    + self.tr(
                        "{count} notices (such as 'Messages are end-to-end encrypted') are "
                        "kept in the stored export, not as entries."
                    ).format(count=f"{export.skipped:,}")
                    if export.skipped
                    else ""
                )
            )
        self._update_summary()

    # ------------------------------------------------------------------ choosing
    def choose_sender(self) -> None:
        sender = self.sender_combo.currentData()
        if isinstance(sender, str):
            self.model.choose_where(lambda item: item.message.sender == sender)

    def choose_dates(self) -> None:
        first: date = self.from_date.date().toPython()  # type: ignore[assignment]
        last: date = self.to_date.date().toPython()  # type: ignore[assignment]
        self.model.choose_where(lambda item: first <= item.occurred.day <= last)

    def _update_summary(self) -> None:
        model = self.model
        if self._plan is None:
            self.summary.setText(self.tr("No export read yet."))
        else:
            self.summary.setText(
                (
                    self.tr("{chosen} of 1 message chosen, {already} already in the journal.")
                    if model.total == 1
                    else self.tr(
                        "{chosen} of {total} messages chosen, {already} already in the journal."
                    )
                ).format(
                    chosen=f"{model.chosen_count:,}",
                    total=f"{model.total:,}",
                    already=f"{model.already:,}",
                )
            )
        self.import_button.setEnabled(model.chosen_count > 0 and not self._busy())

    # ------------------------------------------------------------------ importing
    def start_import(self) -> None:
        the_plan = self._plan
        if the_plan is None or self._busy() or self.model.chosen_count == 0:
            return
        keys = self.model.chosen_keys()
        category = Category(self.category_combo.currentData())
        journal, zone_name = self.journal, self._zone_name()

        def work(progress: workers.Progress, cancelled: workers.CancelCheck) -> object:
            result = apply(
                journal,
                the_plan,
                category=category,
                chosen=lambda item: item.key in keys,
                progress=progress,
                cancelled=cancelled,
            )
            return result, replan(journal, the_plan.export, zone_name)

        self.notice.say(
            self.tr("Importing 1 message…")
            if len(keys) == 1
            else self.tr("Importing {count} messages…").format(count=f"{len(keys):,}")
        )
        self.progress.setRange(0, len(keys))
        self.progress.setValue(0)

        def connect(task: workers.Task) -> None:
            task.signals.progress.connect(self._on_progress)

        self.task = workers.start(work, self._imported, self._failed, before_start=connect)
        self._set_busy(True, importing=True)

    def _on_progress(self, done: object, total: object) -> None:
        if isinstance(done, int) and isinstance(total, int) and total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def cancel_import(self) -> None:
        if self.task is not None:
            self.cancel_button.setEnabled(False)
            self.notice.say(self.tr("Cancelling…"))
            self.task.cancel()

    def _imported(self, outcome: object) -> None:
        self.task = None
        assert isinstance(outcome, tuple)
        result, new_plan = outcome
        assert isinstance(result, ImportResult) and isinstance(new_plan, ImportPlan)
        self._set_busy(False)
        self._show_plan(new_plan)
        count = len(result.entry_ids)
        self.notice.say(
            self.tr("1 message was imported into the journal.")
            if count == 1
            else self.tr("{count} messages were imported into the journal.").format(
                count=f"{count:,}"
            )
        )
        self.imported.emit(result.entry_ids)

    def _failed(self, sentence: str) -> None:
        """A refusal, a cancel or a failure: the back end's one sentence. Nothing was kept."""
        self.task = None
        self._set_busy(False)
        self.notice.say(sentence, problem=True)

    def _busy(self) -> bool:
        return self.task is not None

    def _set_busy(self, busy: bool, *, importing: bool = False) -> None:
        for widget in (
            self.choose_button,
            self.format_combo,
            self.date_order_combo,
            self.zone_combo,
            self.category_combo,
            self.table,
            *self._choice_widgets,
        ):
            widget.setEnabled(not busy)
        self.setAcceptDrops(not busy)
        self.progress.setVisible(busy and importing)
        self.cancel_button.setVisible(busy and importing)
        self.cancel_button.setEnabled(True)
        self.import_button.setVisible(not (busy and importing))
        self._update_summary()

    def _importing(self) -> bool:
        return self.task is not None and self.cancel_button.isVisible()

    def reject(self) -> None:
        """Esc while importing asks the import to stop (nothing is kept) and stays open to
        say so; while reading, the reading is dropped."""
        if self._importing():
            self.cancel_import()
            return
        self._drop_reading()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._importing():
            self.cancel_import()
            event.ignore()
            return
        self._drop_reading()
        super().closeEvent(event)

    def _drop_reading(self) -> None:
        if self.task is not None:
            self.task.drop()
            self.task = None


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def open_import_dialog(parent: QWidget, journal: Journal, dialogs: Dialogs) -> ImportDialog:
    dialog = ImportDialog(journal, dialogs, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setModal(False)
    return dialog
