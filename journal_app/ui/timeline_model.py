"""The timeline as a lazily loaded table model over `Journal.entries` (pages of 200 rows).

Rows are fetched only as the view scrolls (`canFetchMore`/`fetchMore`), so a journal with
100,000 entries never loads them all. Pages continue after the last row's cursor (keyset
paging), so the page at row 100,000 costs the same as the first.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from journal_app.core.journal import Journal
from journal_app.core.models import EntryFilter, EntrySummary, Kind
from journal_app.ui.labels import category_label

# A plain name, so pyside6-lupdate collects translate("context", "text") calls.
translate = QCoreApplication.translate

PAGE_SIZE = 200
_ROOT = QModelIndex()
Index = QModelIndex | QPersistentModelIndex

COLUMN_OCCURRED, COLUMN_TYPE, COLUMN_CATEGORY, COLUMN_TITLE, COLUMN_FILES, COLUMN_NOTES = range(6)
ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def occurred_text(summary: EntrySummary) -> str:
    occurred = summary.occurred
    text = occurred.day.isoformat()
    if occurred.at is not None:
        text += " " + occurred.at.strftime("%H:%M")
    return ("~ " + text) if occurred.approximate else text


def markers(summary: EntrySummary) -> str:
    notes = []
    if summary.late:
        notes.append(translate("TimelineModel", "written later"))
    if summary.amended:
        notes.append(translate("TimelineModel", "amended"))
    if summary.deleted:
        notes.append(translate("TimelineModel", "deleted"))
    return ", ".join(notes)


class TimelineModel(QAbstractTableModel):
    """Read-only rows of `EntrySummary`. `reload` re-runs the query from the first page."""

    total_changed = Signal(int)

    def __init__(self, journal: Journal, parent: Any = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._filter = EntryFilter()
        self._rows: list[EntrySummary] = []
        self._total = 0
        self._headers = [
            translate("TimelineModel", "When"),
            translate("TimelineModel", "Type"),
            translate("TimelineModel", "Category"),
            translate("TimelineModel", "Title"),
            translate("TimelineModel", "Files"),
            translate("TimelineModel", "Notes"),
        ]
        self.reload()

    # ------------------------------------------------------------------ queries
    @property
    def query(self) -> EntryFilter:
        return self._filter

    @property
    def total(self) -> int:
        return self._total

    def set_filter(self, query: EntryFilter) -> None:
        self._filter = query
        self.reload()

    def reload(self) -> None:
        # Counted first: a damaged journal raises here, before the reset begins, so the view
        # is never left half reset (blank) while the error is shown.
        total = self._journal.count(self._filter)
        self.beginResetModel()
        self._rows = []
        self._total = total
        self.endResetModel()
        self.total_changed.emit(self._total)

    def summary(self, row: int) -> EntrySummary:
        return self._rows[row]

    def loaded(self) -> int:
        return len(self._rows)

    # ------------------------------------------------------------------ lazy loading
    def canFetchMore(self, parent: Index = _ROOT) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = _ROOT) -> None:
        if parent.isValid():
            return
        after = self._rows[-1].cursor if self._rows else None
        page = self._journal.entries(self._filter, limit=PAGE_SIZE, after=after)
        page = page[: self._total - len(self._rows)]
        if not page:
            # The journal changed under us: settle the count so the view stops asking.
            self._total = len(self._rows)
            self.total_changed.emit(self._total)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    # ------------------------------------------------------------------ table
    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(summary, index.column())
        if role == ENTRY_ID_ROLE:
            return summary.id
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COLUMN_CATEGORY:
            # A narrow column may cut a list of several short: the tip shows them all.
            return "\n".join(category_label(c) for c in summary.categories)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COLUMN_OCCURRED:
            return (
                translate("TimelineModel", "~ means the date is approximate.")
                if summary.occurred.approximate
                else None
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == COLUMN_FILES:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, summary: EntrySummary, column: int) -> str | None:
        if column == COLUMN_OCCURRED:
            return occurred_text(summary)
        if column == COLUMN_TYPE:
            return (
                translate("TimelineModel", "Message")
                if summary.kind is Kind.MESSAGE
                else translate("TimelineModel", "Incident")
            )
        if column == COLUMN_CATEGORY:
            return ", ".join(category_label(c) for c in summary.categories)
        if column == COLUMN_TITLE:
            return summary.title if not summary.deleted else translate("TimelineModel", "(deleted)")
        if column == COLUMN_FILES:
            return str(summary.attachment_count) if summary.attachment_count else ""
        if column == COLUMN_NOTES:
            return markers(summary)
        return None
