"""Pieces shared by the incident and message editors: when, who was told, history."""

from __future__ import annotations

import re
from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt, QTime, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.models import Category, Disclosure, Entry, Occurred, Version, local_offset
from journal_app.ui.labels import category_label
from journal_app.ui.widgets import QT_TRANSLATE_NOOP, ReflowGrid, named

# A plain name, so pyside6-lupdate collects translate("context", "text") calls.
translate = QCoreApplication.translate

FIELD_LABELS = {
    "title": QT_TRANSLATE_NOOP("EditorParts", "title"),
    "occurred": QT_TRANSLATE_NOOP("EditorParts", "date and time"),
    "categories": QT_TRANSLATE_NOOP("EditorParts", "categories"),
    "body": QT_TRANSLATE_NOOP("EditorParts", "what happened"),
    "location": QT_TRANSLATE_NOOP("EditorParts", "place"),
    "people": QT_TRANSLATE_NOOP("EditorParts", "people involved"),
    "witnesses": QT_TRANSLATE_NOOP("EditorParts", "witnesses"),
    "injuries": QT_TRANSLATE_NOOP("EditorParts", "injuries"),
    "medical_care": QT_TRANSLATE_NOOP("EditorParts", "medical care"),
    "told": QT_TRANSLATE_NOOP("EditorParts", "who was told"),
    "tags": QT_TRANSLATE_NOOP("EditorParts", "tags"),
    "severity": QT_TRANSLATE_NOOP("EditorParts", "severity"),
    "channel": QT_TRANSLATE_NOOP("EditorParts", "channel"),
    "sender": QT_TRANSLATE_NOOP("EditorParts", "sender"),
    "transcripts": QT_TRANSLATE_NOOP("EditorParts", "transcripts of recordings"),
}


def split_list(text: str) -> tuple[str, ...]:
    """Tags typed one per line or separated by commas."""
    return tuple(part.strip() for part in re.split(r"[,\n;]", text) if part.strip())


def split_lines(text: str) -> tuple[str, ...]:
    """People, one per line: a comma is part of a name ("Neighbour (Mrs. Kaur), heard it")."""
    return tuple(line.strip() for line in text.splitlines() if line.strip())


class OccurredField(QWidget):
    """Date, optional time ("time unknown"), and "approximately"."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.date = named(
            QDateEdit(QDate.currentDate()),
            translate("EditorParts", "{0}: date").format(label),
            translate("EditorParts", "The day, as year-month-day."),
        )
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setMaximumDate(QDate.currentDate().addDays(1))
        self.time = named(
            QTimeEdit(QTime.currentTime()),
            translate("EditorParts", "{0}: time").format(label),
            translate("EditorParts", "The time, as hours and minutes (24-hour clock)."),
        )
        self.time.setDisplayFormat("HH:mm")
        self.time_unknown = named(
            QCheckBox(translate("EditorParts", "Time &unknown")),
            translate("EditorParts", "Time unknown"),
            translate("EditorParts", "Tick this if you do not know the time."),
        )
        self.approximate = named(
            QCheckBox(translate("EditorParts", "Appro&ximately")),
            translate("EditorParts", "Approximately"),
            translate("EditorParts", "Tick this if you are not sure of the exact date or time."),
        )
        self.time_unknown.toggled.connect(lambda on: self.time.setEnabled(not on))
        # The ticks go under the date and time, not beside them: side by side they made the
        # form scroll sideways on an 800 px screen in longer languages (issue 14).
        day_and_time = QHBoxLayout()
        day_and_time.addWidget(self.date)
        day_and_time.addWidget(self.time)
        day_and_time.addStretch(1)
        self.ticks = ReflowGrid([self.time_unknown, self.approximate], 2)
        layout.addLayout(day_and_time)
        layout.addWidget(self.ticks)
        # What set_value showed: its UTC offset may be a zone chosen at import, not this
        # computer's, and stays with the day and time as long as they are not changed.
        self._shown: Occurred | None = None

    def value(self) -> Occurred:
        qd = self.date.date()
        day = date(qd.year(), qd.month(), qd.day())
        if self.time_unknown.isChecked():
            return Occurred(day, None, None, self.approximate.isChecked())
        qt = self.time.time()
        at = time(qt.hour(), qt.minute())
        shown = self._shown
        if shown is not None and (shown.day, shown.at) == (day, at) and shown.utc_offset:
            offset = shown.utc_offset
        else:
            offset = local_offset(datetime.combine(day, at))
        return Occurred(day, at, offset, self.approximate.isChecked())

    def set_value(self, occurred: Occurred) -> None:
        self._shown = occurred
        self.date.setDate(QDate(occurred.day.year, occurred.day.month, occurred.day.day))
        self.time_unknown.setChecked(occurred.at is None)
        if occurred.at is not None:
            self.time.setTime(QTime(occurred.at.hour, occurred.at.minute))
        self.approximate.setChecked(occurred.approximate)


class CategoryChoice(QListWidget):
    """Every category with a tick box: an incident is often several at once (a threat during an
    assault). None is ticked until the person ticks one. One list, so the keyboard reaches it
    with one key (Alt+C) and moves with the arrows; Space or a click anywhere on a line ticks."""

    changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(
            self,
            name,
            translate(
                "EditorParts",
                "Tick all that apply: every kind of abuse this entry is about. "
                "Space ticks the chosen line.",
            ),
        )
        self.lines: dict[Category, QListWidgetItem] = {}
        for category in Category:
            item = QListWidgetItem(category_label(category))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, category.value)
            self.addItem(item)
            self.lines[category] = item
        self._order: list[Category] = []
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setSpacing(2)
        self.itemChanged.connect(self._item_changed)
        self._fit()

    def _fit(self) -> None:
        """Every line in view (no scrolling inside), and no name cut short."""
        frame = 2 * self.frameWidth()
        rows = sum(self.sizeHintForRow(row) + 2 * self.spacing() for row in range(self.count()))
        self.setFixedHeight(rows + frame + 2)
        self.setMinimumWidth(self.sizeHintForColumn(0) + frame + 4)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """A click on the name ticks too, not only a click on the small box."""
        item = self.itemAt(event.position().toPoint())
        before = item.checkState() if item is not None else None
        super().mouseReleaseEvent(event)
        if (
            item is not None
            and event.button() == Qt.MouseButton.LeftButton
            and item.checkState() == before
        ):
            ticked = before == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if ticked else Qt.CheckState.Checked)

    def _item_changed(self, item: QListWidgetItem) -> None:
        category = Category(str(item.data(Qt.ItemDataRole.UserRole)))
        on = item.checkState() == Qt.CheckState.Checked
        if on and category not in self._order:
            self._order.append(category)
        elif not on and category in self._order:
            self._order.remove(category)
        self.changed.emit()

    def chosen(self) -> tuple[Category, ...]:
        """The ticked categories, in the order they were ticked (or stored)."""
        return tuple(self._order)

    def set_chosen(self, categories: tuple[Category, ...]) -> None:
        for item in self.lines.values():
            item.setCheckState(Qt.CheckState.Unchecked)
        for category in categories:
            self.lines[category].setCheckState(Qt.CheckState.Checked)


class DisclosureTable(QWidget):
    """Who was told (police, doctor, advocate…) and any reference number they gave."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = named(
            QTableWidget(0, 2),
            translate("EditorParts", "Who was told"),
            translate(
                "EditorParts", "People or services you told, and any reference number they gave."
            ),
        )
        self.table.setHorizontalHeaderLabels(
            [translate("EditorParts", "Who"), translate("EditorParts", "Reference number")]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(90)
        self.table.setMaximumHeight(150)
        self.table.setTabKeyNavigation(False)
        buttons = QHBoxLayout()
        self.add_button = named(
            QPushButton(translate("EditorParts", "Add a pe&rson")),
            translate("EditorParts", "Add someone who was told"),
            translate("EditorParts", "Add a row to the table."),
        )
        self.remove_button = named(
            QPushButton(translate("EditorParts", "Re&move person")),
            translate("EditorParts", "Remove selected row"),
            translate("EditorParts", "Take the selected row out of the table."),
        )
        self.add_button.clicked.connect(self._add_and_type)
        self.remove_button.clicked.connect(self._remove_current)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add_row(self, who: str = "", reference: str = "") -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(who))
        self.table.setItem(row, 1, QTableWidgetItem(reference))
        self.table.setCurrentCell(row, 0)

    def _add_and_type(self) -> None:
        """A new row with the cursor in it, so what is typed next lands there (issue 14)."""
        self.add_row()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.table.edit(self.table.currentIndex())

    def _remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def value(self) -> tuple[Disclosure, ...]:
        result = []
        for row in range(self.table.rowCount()):
            cells = [self.table.item(row, column) for column in (0, 1)]
            who, reference = (cell.text().strip() if cell else "" for cell in cells)
            if who or reference:
                result.append(Disclosure(who, reference))
        return tuple(result)

    def set_value(self, told: tuple[Disclosure, ...]) -> None:
        self.table.setRowCount(0)
        for disclosure in told:
            self.add_row(disclosure.who, disclosure.reference)


def recorded_local(recorded_at: str) -> str:
    try:
        moment = datetime.fromisoformat(recorded_at).astimezone()
    except ValueError:
        return recorded_at
    return moment.strftime("%Y-%m-%d %H:%M")


def changes(previous: Version | None, version: Version) -> str:
    """A short phrase saying what this version changed compared with the one before."""
    if version.action == "delete":
        return translate("EditorParts", "deleted; the text was erased")
    if previous is None or previous.fields is None:
        return translate("EditorParts", "first written")
    if version.fields is None:
        return translate("EditorParts", "content erased")
    before, after = previous.fields.readable_json(), version.fields.readable_json()
    # Every key either version has: a field the later one dropped (a transcript removed)
    # changed too.
    keys = [*after, *(key for key in before if key not in after)]
    names = [
        translate("EditorParts", FIELD_LABELS.get(key, key))
        for key in keys
        if before.get(key) != after.get(key)
    ]
    old_files = {a.id for a in previous.attachments}
    new_files = {a.id for a in version.attachments}
    if new_files - old_files:
        names.append(translate("EditorParts", "files added"))
    if old_files - new_files:
        names.append(translate("EditorParts", "files removed"))
    return (
        translate("EditorParts", "changed: {0}").format(", ".join(names))
        if names
        else translate("EditorParts", "no visible change")
    )


class HistoryPanel(QWidget):
    """The list of versions, each with the time it was recorded and what changed. Choosing one
    (click, or Enter on it) emits `version_chosen` with its place in `Entry.versions`."""

    version_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = named(
            QListWidget(),
            translate("EditorParts", "History"),
            translate(
                "EditorParts",
                "Every saved version stays. Recorded times are set by the app. "
                "Click a version, or press Enter on it, to read it.",
            ),
        )
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMinimumHeight(80)
        self.list.itemClicked.connect(self._chosen)
        self.list.itemActivated.connect(self._chosen)
        self.list.currentItemChanged.connect(self._moved)
        layout.addWidget(self.list)
        self._versions = 0
        self._reading = False

    def show_entry(self, entry: Entry | None) -> None:
        self._reading = False
        self.list.clear()
        self._versions = 0 if entry is None else len(entry.versions)
        if entry is None:
            self._note(translate("EditorParts", "Not saved yet."))
            return
        previous: Version | None = None
        for index, version in enumerate(entry.versions):
            item = QListWidgetItem(
                translate("EditorParts", "Version {0} — recorded {1} — {2}").format(
                    version.version_no,
                    recorded_local(version.recorded_at),
                    changes(previous, version),
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, index)
            self.list.addItem(item)
            previous = version
        if entry.late:
            self._note(translate("EditorParts", "Written more than a week after it happened."))

    def _note(self, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.list.addItem(item)

    def _chosen(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        index = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(index, int):
            self._reading = True
            if self.list.currentItem() is not item:
                self.list.setCurrentItem(item)  # _moved comes back here and emits
                return
            self.version_chosen.emit(index)

    def _moved(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        """While a version is being read, the arrow keys move to the next one."""
        if self._reading:
            self._chosen(item)

    def clear_choice(self) -> None:
        self._reading = False
        self.list.clearSelection()

    def version_count(self) -> int:
        return self._versions
