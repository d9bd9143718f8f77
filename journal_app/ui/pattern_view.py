"""The Pattern page: the counts of core/pattern.py as bar charts, each with its table.

Every chart is drawn with QPainter (no plotting library). Each series has a grey level and a
hatching, and every bar's figures are in the table beside it, so nothing depends on colour.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.journal import Journal
from journal_app.core.models import Category, EntryFilter
from journal_app.core.pattern import (
    FILLS,
    HATCHES,
    NO_SENDER,
    OTHER_SENDERS,
    Chart,
    Granularity,
    Pattern,
    load_pattern,
)
from journal_app.ui.labels import category_label, severity_label
from journal_app.ui.timeline_view import TimelinePage
from journal_app.ui.widgets import buddy_label, named, wrapped

ANY = ""
_HATCH = {
    "solid": Qt.BrushStyle.NoBrush,
    "hor": Qt.BrushStyle.HorPattern,
    "ver": Qt.BrushStyle.VerPattern,
    "fdiag": Qt.BrushStyle.FDiagPattern,
    "bdiag": Qt.BrushStyle.BDiagPattern,
    "cross": Qt.BrushStyle.CrossPattern,
    "diagcross": Qt.BrushStyle.DiagCrossPattern,
    "dots": Qt.BrushStyle.Dense6Pattern,
    "none": Qt.BrushStyle.NoBrush,
    "dense": Qt.BrushStyle.Dense4Pattern,
}


@dataclass(frozen=True)
class Labelled:
    """A chart with the words to show for its bars and series, in the shown language."""

    chart: Chart
    title: str
    series: tuple[str, ...]
    bars: tuple[str, ...]
    clickable: bool = False


def brushes(index: int) -> tuple[QBrush, QBrush]:
    """Fill and hatching of series `index` (the same look as the bundle's charts)."""
    fill = QBrush(QColor(FILLS[index % len(FILLS)]))
    hatch = QBrush(QColor("#000000"), _HATCH[HATCHES[index % len(HATCHES)]])
    return fill, hatch


class BarChart(QWidget):
    """Stacked bars. Click a bar (or choose one with the arrow keys and press Enter) to emit
    `activated(bar index, series index or -1 for the whole bar)`."""

    activated = Signal(int, int)
    LEFT, BOTTOM, TOP, LEGEND_ROW = 40, 34, 8, 18

    def __init__(self, labelled: Labelled, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labelled = labelled
        self.current = -1
        self.largest = max(1, labelled.chart.largest())
        self.setMinimumHeight(230)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        named(self, labelled.title, self._description())

    def _description(self) -> str:
        chart = self.labelled.chart
        text = self.tr("%n bar(s); the table tab lists every figure.", "", len(chart.bars))
        if self.labelled.clickable:
            text += " " + self.tr("Arrow keys choose a bar; Enter shows its entries.")
        return text

    # ------------------------------------------------------------------ geometry
    def _legend_rows(self) -> int:
        return (len(self.labelled.series) + 2) // 3 if len(self.labelled.series) > 1 else 0

    def plot_rect(self) -> QRectF:
        legend = self._legend_rows() * self.LEGEND_ROW
        return QRectF(
            self.LEFT,
            self.TOP + legend,
            max(1.0, self.width() - self.LEFT - 8),
            max(1.0, self.height() - self.TOP - legend - self.BOTTOM),
        )

    def bar_rect(self, index: int) -> QRectF:
        plot = self.plot_rect()
        count = max(1, len(self.labelled.chart.bars))
        step = plot.width() / count
        gap = step * 0.15 if step > 4 else 0.0
        return QRectF(plot.left() + index * step + gap / 2, plot.top(), step - gap, plot.height())

    def hit(self, x: float, y: float) -> tuple[int, int]:
        """(bar, series) under a point; series -1 above the stack, bar -1 outside every bar."""
        for index in range(len(self.labelled.chart.bars)):
            rect = self.bar_rect(index)
            if rect.left() <= x <= rect.right():
                for series, segment in self._segments(index):
                    if segment.top() <= y <= segment.bottom():
                        return index, series
                return index, -1
        return -1, -1

    def _segments(self, index: int) -> list[tuple[int, QRectF]]:
        chart = self.labelled.chart
        rect = self.bar_rect(index)
        scale = rect.height() / self.largest
        bottom = rect.bottom()
        out = []
        for series, value in enumerate(chart.bars[index].values):
            if value:
                height = value * scale
                out.append((series, QRectF(rect.left(), bottom - height, rect.width(), height)))
                bottom -= height
        return out

    # ------------------------------------------------------------------ drawing
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        chart = self.labelled.chart
        text_pen = QPen(self.palette().windowText().color())
        plot = self.plot_rect()
        painter.setPen(text_pen)
        self._draw_legend(painter)
        largest = self.largest
        painter.setPen(QPen(QColor("#b0b0b0")))
        for tick in sorted({0, largest // 2, largest}):
            y = plot.bottom() - tick * plot.height() / largest
            painter.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
            painter.setPen(text_pen)
            painter.drawText(
                QRectF(0, y - 8, self.LEFT - 4, 16),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(tick),
            )
            painter.setPen(QPen(QColor("#b0b0b0")))
        outline = QPen(QColor("#000000"))
        outline.setWidthF(0.5)
        for index in range(len(chart.bars)):
            for series, segment in self._segments(index):
                fill, hatch = brushes(series)
                painter.fillRect(segment, fill)
                painter.fillRect(segment, hatch)
                if segment.width() > 3:
                    painter.setPen(outline)
                    painter.drawRect(segment)
        if 0 <= self.current < len(chart.bars):
            focus = QPen(self.palette().highlight().color())
            focus.setWidth(3)
            painter.setPen(focus)
            painter.drawRect(self.bar_rect(self.current).adjusted(-2, -2, 2, 2))
        self._draw_bar_labels(painter, text_pen)
        painter.end()

    def _draw_legend(self, painter: QPainter) -> None:
        if len(self.labelled.series) < 2:
            return
        column = max(1.0, (self.width() - self.LEFT) / 3)
        for series, text in enumerate(self.labelled.series):
            row, col = divmod(series, 3)
            x = self.LEFT + col * column
            y = self.TOP + row * self.LEGEND_ROW
            swatch = QRectF(x, y + 2, 18, 12)
            fill, hatch = brushes(series)
            painter.fillRect(swatch, fill)
            painter.fillRect(swatch, hatch)
            painter.drawRect(swatch)
            painter.drawText(
                QRectF(x + 24, y, column - 28, self.LEGEND_ROW),
                Qt.AlignmentFlag.AlignVCenter,
                text,
            )

    def _draw_bar_labels(self, painter: QPainter, pen: QPen) -> None:
        painter.setPen(pen)
        labels = self.labelled.bars
        if not labels:
            return
        metrics = painter.fontMetrics()
        widest = max(metrics.horizontalAdvance(t) for t in labels[:50]) + 8
        every = max(1, int(widest / max(1.0, self.bar_rect(0).width() * 1.15)) + 1)
        plot = self.plot_rect()
        for index in range(0, len(labels), every):
            rect = self.bar_rect(index)
            painter.drawText(
                QRectF(rect.center().x() - widest / 2, plot.bottom() + 4, widest, 16),
                Qt.AlignmentFlag.AlignHCenter,
                labels[index],
            )
        if self.current >= 0:
            total = self.labelled.chart.bars[self.current].entry_count
            painter.drawText(
                QRectF(plot.left(), plot.bottom() + 18, plot.width(), 16),
                Qt.AlignmentFlag.AlignHCenter,
                self.tr("%1: %n entries", "", total).replace("%1", labels[self.current]),
            )

    # ------------------------------------------------------------------ input
    def mousePressEvent(self, event: QMouseEvent) -> None:
        bar, series = self.hit(event.position().x(), event.position().y())
        if bar >= 0:
            self.current = bar
            self.update()
            if self.labelled.clickable:
                self.activated.emit(bar, series)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        count = len(self.labelled.chart.bars)
        key = event.key()
        moves = {
            Qt.Key.Key_Left: self.current - 1,
            Qt.Key.Key_Right: self.current + 1,
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: count - 1,
        }
        if count and key in moves:
            self.current = max(0, min(count - 1, moves[Qt.Key(key)]))
            self.update()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current >= 0:
            if self.labelled.clickable:
                self.activated.emit(self.current, -1)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        if self.current < 0 and self.labelled.chart.bars:
            self.current = 0
        self.update()
        super().focusInEvent(event)


def table_model(labelled: Labelled, total: str) -> QStandardItemModel:
    """The chart's figures: one row per bar, one column per series, then the total."""
    chart = labelled.chart
    model = QStandardItemModel(len(chart.bars), len(labelled.series) + 1)
    model.setHorizontalHeaderLabels([*labelled.series, total])
    model.setVerticalHeaderLabels(list(labelled.bars))
    for row, bar in enumerate(chart.bars):
        for column, value in enumerate((*bar.values, bar.entry_count)):
            item = QStandardItem(str(value))
            item.setEditable(False)
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            model.setItem(row, column, item)
    return model


class PatternPage(QWidget):
    """Emits `show_entries(first day, last day, category value or "")` for a clicked bar."""

    show_entries = Signal(object, object, str)

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self.pattern: Pattern | None = None
        self.charts: list[BarChart] = []
        self.tables: list[QTableView] = []
        layout = QVBoxLayout(self)
        self.facts_only = wrapped(
            self.tr(
                "Facts only: counts and dates taken from your entries, which anyone can count "
                "again from the list. No score, no prediction, no judgement."
            )
        )
        layout.addWidget(self.facts_only)
        layout.addLayout(self._filters())
        self.summary = wrapped("")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.summary.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        named(self.summary, self.tr("Summary"), self.tr("The figures of the pattern in words."))
        layout.addWidget(self.summary)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.charts_box = QWidget()
        self.body_layout = QVBoxLayout(self.charts_box)
        self.scroller.setWidget(self.charts_box)
        layout.addWidget(self.scroller, 1)

    def _filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.granularity = named(QComboBox(), self.tr("Bars per"), self.tr("Week or month."))
        self.granularity.addItem(self.tr("Month"), Granularity.MONTH.value)
        self.granularity.addItem(self.tr("Week"), Granularity.WEEK.value)
        self.category = named(
            QComboBox(), self.tr("Category"), self.tr("Count only entries of one kind.")
        )
        self.category.addItem(self.tr("All categories"), ANY)
        for category in Category:
            self.category.addItem(category_label(category), category.value)
        self.use_dates = named(
            QCheckBox(self.tr("&Between")),
            self.tr("Only between dates"),
            self.tr("Count only entries between the two dates."),
        )
        today = QDate.currentDate()
        self.date_from = self._date_edit(self.tr("From date"), today.addYears(-1))
        self.date_to = self._date_edit(self.tr("To date"), today)
        self.use_dates.toggled.connect(self._dates_toggled)
        self._dates_toggled(False)
        for combo in (self.granularity, self.category):
            combo.currentIndexChanged.connect(self.refresh)
        row.addWidget(buddy_label(self.tr("Bars &per:"), self.granularity))
        row.addWidget(self.granularity)
        row.addWidget(buddy_label(self.tr("C&ategory:"), self.category))
        row.addWidget(self.category)
        row.addWidget(self.use_dates)
        row.addWidget(self.date_from)
        row.addWidget(QLabel(self.tr("and")))
        row.addWidget(self.date_to)
        row.addStretch(1)
        return row

    def _date_edit(self, name: str, value: QDate) -> QDateEdit:
        edit = named(QDateEdit(value), name, self.tr("A day, as year-month-day."))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.dateChanged.connect(self.refresh)
        return edit

    def _dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.refresh()

    def current_filter(self) -> EntryFilter:
        category = self.category.currentData()
        dates = self.use_dates.isChecked()
        return EntryFilter(
            date_from=_day(self.date_from.date()) if dates else None,
            date_to=_day(self.date_to.date()) if dates else None,
            categories=(Category(category),) if category else (),
        )

    def refresh(self) -> None:
        if not hasattr(self, "body_layout"):
            return
        granularity = Granularity(self.granularity.currentData() or Granularity.MONTH.value)
        self.pattern = load_pattern(self._journal, self.current_filter(), granularity)
        self._show(self.pattern)

    # ------------------------------------------------------------------ showing
    def labelled(self, pattern: Pattern) -> list[Labelled]:
        week = pattern.granularity is Granularity.WEEK
        return [
            Labelled(
                pattern.by_period,
                self.tr("Entries per week, by category")
                if week
                else self.tr("Entries per month, by category"),
                tuple(category_label(Category(c)) for c in pattern.by_period.series),
                tuple(b.label for b in pattern.by_period.bars),
                clickable=True,
            ),
            Labelled(
                pattern.severity,
                self.tr("Severity recorded, per week")
                if week
                else self.tr("Severity recorded, per month"),
                tuple(severity_label(int(v)) for v in pattern.severity.series),
                tuple(b.label for b in pattern.severity.bars),
            ),
            Labelled(
                pattern.messages_by_day,
                self.tr("Messages per day, by sender"),
                tuple(self._sender(s) for s in pattern.messages_by_day.series),
                tuple(b.label for b in pattern.messages_by_day.bars),
            ),
            Labelled(
                pattern.hours,
                self.tr("Time of day (entries with a time)"),
                (self.tr("Entries"),),
                tuple(f"{b.label}:00" for b in pattern.hours.bars),
            ),
            Labelled(
                pattern.weekdays,
                self.tr("Day of the week"),
                (self.tr("Entries"),),
                tuple(self._weekday(i) for i in range(7)),
            ),
        ]

    def _sender(self, key: str) -> str:
        if key == OTHER_SENDERS:
            return self.tr("Other senders")
        if key == NO_SENDER:
            return self.tr("No sender written")
        return key

    def _weekday(self, index: int) -> str:
        names = (
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        )
        return names[index]

    def _show(self, pattern: Pattern) -> None:
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.summary.setText(self.summary_text(pattern))
        self.charts, self.tables = [], []
        for labelled in self.labelled(pattern):
            title = QLabel(f"<b>{labelled.title}</b>")
            self.body_layout.addWidget(title)
            if not labelled.chart.bars or not labelled.chart.total:
                self.body_layout.addWidget(QLabel(self.tr("Nothing to count here.")))
                continue
            tabs = named(
                QTabWidget(), labelled.title, self.tr("The chart, or the same figures as a table.")
            )
            chart = BarChart(labelled)
            if labelled.clickable:
                chart.activated.connect(self._bar_activated)
            table = named(
                QTableView(),
                labelled.title + " — " + self.tr("table"),
                self.tr("One row per bar, one column per part of the bar, then the total."),
            )
            table.setModel(table_model(labelled, self.tr("Total")))
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.resizeColumnsToContents()
            table.setMinimumHeight(200)
            # A tab widget sizes to its pages' hints, not their minimums: keep the chart whole.
            tabs.setMinimumHeight(chart.minimumHeight() + 40)
            tabs.addTab(chart, self.tr("Chart"))
            tabs.addTab(table, self.tr("Table"))
            self.charts.append(chart)
            self.tables.append(table)
            self.body_layout.addWidget(tabs)
        self.body_layout.addStretch(1)

    def summary_text(self, pattern: Pattern) -> str:
        lines = [
            self.tr("Entries counted: %n", "", pattern.entries)
            + " ("
            + self.tr("incidents: %n", "", pattern.incidents)
            + ", "
            + self.tr("messages: %n", "", pattern.messages)
            + ")."
        ]
        if pattern.first and pattern.last:
            lines.append(
                self.tr("First entry %1, latest %2.")
                .replace("%1", pattern.first.isoformat())
                .replace("%2", pattern.last.isoformat())
            )
        lines.append(
            self.tr("With an approximate date: %n (counted on that date).", "", pattern.approximate)
            + " "
            + self.tr("Amended: %n (counted once, as last written).", "", pattern.amended)
            + " "
            + self.tr("Deleted, not counted: %n.", "", pattern.deleted)
        )
        lines.append(
            self.tr(
                "An incident can be in more than one category: it is counted under each of "
                "them, so the parts of a bar can add up to more than its total."
            )
        )
        if pattern.longest_gap:
            gap = pattern.longest_gap
            lines.append(
                self.tr("Longest time with no entry: %n day(s), %1 to %2.", "", gap.days)
                .replace("%1", gap.first.isoformat())
                .replace("%2", gap.last.isoformat())
            )
        if pattern.latest_run:
            run = pattern.latest_run
            lines.append(
                self.tr(
                    "Most recent run of days in a row with entries: %n day(s), %1 to %2",
                    "",
                    run.days,
                )
                .replace("%1", run.first.isoformat())
                .replace("%2", run.last.isoformat())
                + " "
                + self.tr("(%n entries).", "", run.entries)
            )
        return "\n".join(lines)

    def _bar_activated(self, bar: int, series: int) -> None:
        pattern = self.pattern
        if pattern is None:
            return
        chart = pattern.by_period
        item = chart.bars[bar]
        category = chart.series[series] if series >= 0 else (self.category.currentData() or "")
        self.show_entries.emit(item.first, item.last, category)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def filter_timeline(timeline: TimelinePage, first: date, last: date, category: str) -> None:
    """Set the timeline's own filters to exactly one bar's entries, then apply them once."""
    boxes = (
        timeline.use_dates,
        timeline.date_from,
        timeline.date_to,
        timeline.category,
        timeline.tag,
        timeline.search,
        timeline.show_deleted,
    )
    for box in boxes:
        box.blockSignals(True)
    timeline.use_dates.setChecked(True)
    timeline.date_from.setEnabled(True)
    timeline.date_to.setEnabled(True)
    timeline.date_from.setDate(QDate(first.year, first.month, first.day))
    timeline.date_to.setDate(QDate(last.year, last.month, last.day))
    timeline.category.setCurrentIndex(max(0, timeline.category.findData(category)))
    timeline.tag.setCurrentIndex(0)
    timeline.search.clear()
    timeline.show_deleted.setChecked(False)
    for box in boxes:
        box.blockSignals(False)
    timeline.apply_filters()
