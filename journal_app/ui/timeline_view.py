"""The timeline page: filters, search, the lazily loaded table and a count."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.journal import Journal
from journal_app.core.models import Category, EntryFilter
from journal_app.ui.errors import message_for
from journal_app.ui.labels import category_label
from journal_app.ui.timeline_model import (
    COLUMN_CATEGORY,
    COLUMN_FILES,
    COLUMN_NOTES,
    COLUMN_OCCURRED,
    COLUMN_TITLE,
    COLUMN_TYPE,
    ENTRY_ID_ROLE,
    TimelineModel,
)
from journal_app.ui.widgets import Notice, buddy_label, named

SEARCH_DELAY_MS = 250
# "All" carries real data too: currentData() of an item without any (or of an empty box) gives
# None, which under PySide6 6.12 on Python 3.11 costs None a reference per read (ui/refcounts.py).
ANY = ""


def column_samples() -> dict[int, str]:
    """Typical texts of the narrow columns, in the shown language (for their widths)."""
    return {
        COLUMN_OCCURRED: "~ 2026-12-31 23:59",
        COLUMN_TYPE: QCoreApplication.translate("TimelineModel", "Incident"),
        COLUMN_CATEGORY: category_label(Category.EMOTIONAL),
        COLUMN_FILES: QCoreApplication.translate("TimelineModel", "Files"),
        COLUMN_NOTES: QCoreApplication.translate("TimelineModel", "written later")
        + ", "
        + QCoreApplication.translate("TimelineModel", "amended"),
    }


def _to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class TimelinePage(QWidget):
    """Emits `open_entry(id)` when a row is activated (double-click or Enter)."""

    open_entry = Signal(int)

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self.model = TimelineModel(journal, self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        layout = QVBoxLayout(self)
        layout.addLayout(self._action_row())
        layout.addLayout(self._filter_grid())
        self.notice = Notice()
        layout.addWidget(self.notice)
        layout.addWidget(self._table(), 1)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Number of entries"))
        layout.addWidget(self.count_label)
        self.model.total_changed.connect(self._show_count)
        self._show_count(self.model.total)
        self.refresh_tags()

    # ------------------------------------------------------------------ layout
    def _action_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.open_button = named(
            QPushButton(self.tr("&Open")),
            self.tr("Open selected entry"),
            self.tr("Show the entry chosen in the list."),
        )
        self.open_button.clicked.connect(self._open_current)
        self.search = named(QLineEdit(), self.tr("Search"), self.tr("Search all words in entries"))
        self.search.setPlaceholderText(self.tr("Search…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self.apply_filters)
        # New entries are started from the toolbar; here only what acts on the list.
        row.addWidget(self.open_button)
        row.addSpacing(12)
        row.addWidget(buddy_label(self.tr("&Search:"), self.search))
        row.addWidget(self.search, 1)
        return row

    def _filter_grid(self) -> QGridLayout:
        grid = QGridLayout()
        self.order = named(QComboBox(), self.tr("Order"), self.tr("Which entries come first."))
        self.order.addItem(self.tr("Newest first"), True)
        self.order.addItem(self.tr("Oldest first"), False)
        self.category = named(
            QComboBox(), self.tr("Category"), self.tr("Show only entries of one kind.")
        )
        self.category.addItem(self.tr("All categories"), ANY)
        for category in Category:
            self.category.addItem(category_label(category), category.value)
        self.tag = named(QComboBox(), self.tr("Tag"), self.tr("Show only entries with one tag."))
        self.use_dates = named(
            QCheckBox(self.tr("&Between")),
            self.tr("Only between dates"),
            self.tr("Show only entries between the two dates."),
        )
        today = QDate.currentDate()
        self.date_from = self._date_edit(self.tr("From date"), today.addMonths(-1))
        self.date_to = self._date_edit(self.tr("To date"), today)
        self.use_dates.toggled.connect(self._dates_toggled)
        self._dates_toggled(False)
        for combo in (self.order, self.category, self.tag):
            combo.currentIndexChanged.connect(self.apply_filters)
            # Long category names (and tags) must not widen the window past a small screen.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
        grid.addWidget(buddy_label(self.tr("O&rder:"), self.order), 0, 0)
        grid.addWidget(self.order, 0, 1)
        grid.addWidget(buddy_label(self.tr("C&ategory:"), self.category), 0, 2)
        grid.addWidget(self.category, 0, 3)
        grid.addWidget(buddy_label(self.tr("&Tag:"), self.tag), 0, 4)
        grid.addWidget(self.tag, 0, 5)
        dates = QHBoxLayout()
        dates.addWidget(self.use_dates)
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel(self.tr("and")))
        dates.addWidget(self.date_to)
        dates.addStretch(1)
        # Deleted entries keep a dated tombstone; an advocate may need to see them in the list.
        self.show_deleted = named(
            QCheckBox(self.tr("Show &deleted entries")),
            self.tr("Show deleted entries"),
            self.tr("Also list deleted entries: their text is gone, their date of deletion stays."),
        )
        self.show_deleted.toggled.connect(self.apply_filters)
        dates.addWidget(self.show_deleted)
        grid.addLayout(dates, 1, 0, 1, 6)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setColumnStretch(5, 1)
        return grid

    def _date_edit(self, name: str, value: QDate) -> QDateEdit:
        edit = named(QDateEdit(value), name, self.tr("A day, as year-month-day."))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.dateChanged.connect(self.apply_filters)
        return edit

    def _table(self) -> QTableView:
        self.table = named(
            QTableView(),
            self.tr("Timeline"),
            self.tr("Your entries. Press Enter or double-click to open one."),
        )
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Tab moves in and out of the list as one stop; the arrow keys move between rows.
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # Widths from the font, not from the rows: measuring rows would defeat lazy loading.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMN_TITLE, QHeaderView.ResizeMode.Stretch)
        metrics = self.table.fontMetrics()
        for column, sample in column_samples().items():
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
        self.table.activated.connect(self._open_index)
        self.table.doubleClicked.connect(self._open_index)
        return self.table

    # ------------------------------------------------------------------ behaviour
    def _dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.apply_filters()

    def current_filter(self) -> EntryFilter:
        tag = self.tag.currentData()
        category = self.category.currentData()
        use_dates = self.use_dates.isChecked()
        return EntryFilter(
            date_from=_to_date(self.date_from.date()) if use_dates else None,
            date_to=_to_date(self.date_to.date()) if use_dates else None,
            categories=(Category(category),) if category else (),
            tags=(tag,) if isinstance(tag, str) and tag else (),
            text=self.search.text().strip(),
            include_deleted=self.show_deleted.isChecked(),
            newest_first=bool(self.order.currentData()),
        )

    def apply_filters(self) -> None:
        if not hasattr(self, "table"):
            return
        self._search_timer.stop()
        self.notice.clear_message()
        try:
            self.model.set_filter(self.current_filter())
            # The view asks for rows only when its layout changes: after a filter that matched
            # nothing, a reset to rows that are yet to be fetched left the table blank beside
            # a count of 2 (issue 14). The first page is fetched here; scrolling fetches more.
            if self.model.rowCount() == 0 and self.model.canFetchMore():
                self.model.fetchMore()
        except Exception as exc:  # a search the index cannot parse must not crash the window
            self.notice.say(message_for(exc), problem=True)

    def refresh(self) -> None:
        self.refresh_tags()
        self.apply_filters()

    def refresh_tags(self) -> None:
        current = self.tag.currentData() if self.tag.count() else ANY
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(self.tr("All tags"), ANY)
        for name, count in self._journal.tags():
            self.tag.addItem(f"{name} ({count})", name)
        found = self.tag.findData(current)
        self.tag.setCurrentIndex(max(0, found))
        self.tag.blockSignals(False)

    def _show_count(self, total: int) -> None:
        if self.current_filter_is_empty():
            text = self.tr("Entries in the notebook: %n", "", total)
        else:
            text = self.tr("Entries found: %n", "", total)
        self.count_label.setText(text)
        if total == 0 and self.current_filter_is_empty():
            # A first-time user sees where to start instead of an empty table.
            self.notice.say(self.empty_hint())
        elif self.notice.text() == self.empty_hint():
            self.notice.clear_message()

    def empty_hint(self) -> str:
        return self.tr(
            "Nothing is written here yet. Press New incident (Ctrl+N) to write down something "
            "that happened, or New message (Ctrl+M) to keep a message or call exactly as it "
            "arrived. Everything stays locked in this notebook."
        )

    def current_filter_is_empty(self) -> bool:
        return self.model.query == EntryFilter(newest_first=self.model.query.newest_first)

    def _open_index(self, index: QModelIndex) -> None:
        # The Python model directly: index.data() goes through Qt and, for a role left empty,
        # costs None a reference (see ANY).
        entry_id = self.model.data(index, ENTRY_ID_ROLE)
        if isinstance(entry_id, int):
            self.open_entry.emit(entry_id)

    def _open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._open_index(index)
        else:
            self.notice.say(self.tr("Choose an entry in the list first."))
