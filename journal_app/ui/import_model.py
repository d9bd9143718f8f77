"""The conversation in an export, one row per message, for the import dialog (issue 16).

A table model over the plan (`importers.store.plan`), so a 50,000-message chat scrolls as
smoothly as eight: the view asks only for the rows on screen. Messages already in the journal
are shown, marked, and cannot be chosen; the choice itself is one flag per row.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from journal_app.importers.store import ImportPlan, PlannedMessage

Index = QModelIndex | QPersistentModelIndex

CHOSEN, SENDER, TIME, TEXT, MEDIA = range(5)
# Long messages are cut for the row (the whole text is in the tooltip and in the entry).
_SHOWN_CHARS = 300
_TOOLTIP_CHARS = 2000


class ImportModel(QAbstractTableModel):
    """Rows: the export's messages in its order. Column 0 holds the choice."""

    choice_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[PlannedMessage] = []
        self._chosen = bytearray()
        self._count = 0

    # ------------------------------------------------------------------ the plan
    def set_plan(self, plan: ImportPlan | None) -> None:
        self.beginResetModel()
        self._items = [] if plan is None else plan.items
        self._chosen = bytearray(len(self._items))
        self._count = 0
        self.endResetModel()
        self.choice_changed.emit()

    def item(self, row: int) -> PlannedMessage:
        return self._items[row]

    def senders(self) -> list[tuple[str, int]]:
        """Each sender exactly as the export writes it, with how many new messages, in order of
        first appearance."""
        counts: dict[str, int] = {}
        for item in self._items:
            if item.new:
                counts[item.message.sender] = counts.get(item.message.sender, 0) + 1
        return list(counts.items())

    def days(self) -> tuple[date, date] | None:
        days = [item.occurred.day for item in self._items]
        return (min(days), max(days)) if days else None

    # ------------------------------------------------------------------ the choice
    @property
    def total(self) -> int:
        return len(self._items)

    @property
    def already(self) -> int:
        return sum(1 for item in self._items if not item.new)

    @property
    def chosen_count(self) -> int:
        return self._count

    def chosen_keys(self) -> frozenset[str]:
        return frozenset(item.key for item, on in zip(self._items, self._chosen, strict=True) if on)

    def is_chosen(self, row: int) -> bool:
        return bool(self._chosen[row])

    def choose_where(self, wanted: object) -> None:
        """Choose exactly the new messages for which `wanted(item)` is true (None: all)."""
        test = wanted if callable(wanted) else (lambda _item: True)
        self._chosen = bytearray(1 if item.new and test(item) else 0 for item in self._items)
        self._count = sum(self._chosen)
        self._changed_all()

    def choose_none(self) -> None:
        self._chosen = bytearray(len(self._items))
        self._count = 0
        self._changed_all()

    def _changed_all(self) -> None:
        if self._items:
            self.dataChanged.emit(
                self.index(0, CHOSEN),
                self.index(len(self._items) - 1, CHOSEN),
                [Qt.ItemDataRole.CheckStateRole],
            )
        self.choice_changed.emit()

    # ------------------------------------------------------------------ Qt model
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            CHOSEN: self.tr("Import"),
            SENDER: self.tr("Sender"),
            TIME: self.tr("Time (zone assumed)"),
            TEXT: self.tr("Message"),
            MEDIA: self.tr("Media"),
        }.get(section)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == CHOSEN and self._items[index.row()].new:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        item = self._items[row]
        if column == CHOSEN:
            if role == Qt.ItemDataRole.CheckStateRole and item.new:
                return Qt.CheckState.Checked if self._chosen[row] else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.DisplayRole and not item.new:
                return self.tr("In the journal")
            if role == Qt.ItemDataRole.ToolTipRole and not item.new:
                return self.tr("This message is already in the journal; it is not imported again.")
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == TEXT:
                return item.message.text[:_TOOLTIP_CHARS]
            return self._text(item, column)
        return None

    def _text(self, item: PlannedMessage, column: int) -> str:
        message = item.message
        if column == SENDER:
            return message.sender
        if column == TIME:
            offset = item.occurred.utc_offset
            return f"{message.written} ({offset})" if offset else message.written
        if column == TEXT:
            return " ⏎ ".join(message.text[:_SHOWN_CHARS].splitlines())
        if column == MEDIA:
            names = [*item.media, *(name for name, _data in message.inline)]
            shown = list(names)
            shown += [self.tr("not in the export: {name}").format(name=n) for n in item.missing]
            return ", ".join(shown)
        return ""

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or index.column() != CHOSEN
            or role != Qt.ItemDataRole.CheckStateRole
            or not self._items[index.row()].new
        ):
            return False
        on = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
        row = index.row()
        if bool(self._chosen[row]) != on:
            self._chosen[row] = 1 if on else 0
            self._count += 1 if on else -1
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
            self.choice_changed.emit()
        return True
