"""The Pattern page: the figures a person sees, their tables, and a click that lists the entries."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from journal_app.core.journal import Journal
from journal_app.core.models import Category, EntryFilter, Kind, Occurred
from journal_app.ui.app import Session
from journal_app.ui.pattern_view import BarChart, PatternPage
from journal_app.ui.timeline_model import ENTRY_ID_ROLE
from tests.support.helpers import fields


def _fill(journal: Journal) -> dict[str, int]:
    ids = {
        "jan_threat": journal.add(
            Kind.INCIDENT, fields("Threat", occurred=Occurred.parse("2026-01-10T21:00"), severity=3)
        ),
        "jan_physical": journal.add(
            Kind.INCIDENT,
            fields(
                "Pushed",
                occurred=Occurred.parse("2026-01-20", approximate=True),
                category=Category.PHYSICAL,
            ),
        ),
        "mar_threat": journal.add(
            Kind.INCIDENT, fields("Later", occurred=Occurred.parse("2026-03-05T09:00"))
        ),
        "gone": journal.add(
            Kind.INCIDENT, fields("Gone", occurred=Occurred.parse("2026-01-15T10:00"))
        ),
        "moved": journal.add(
            Kind.INCIDENT, fields("Moved", occurred=Occurred.parse("2026-01-25T10:00"))
        ),
    }
    journal.delete(ids["gone"])
    journal.edit(ids["moved"], fields("Moved", occurred=Occurred.parse("2026-03-06T10:00")))
    return ids


def _page(qtbot: QtBot, journal: Journal) -> PatternPage:
    page = PatternPage(journal)
    qtbot.addWidget(page)
    page.resize(1000, 900)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    return page


def test_every_chart_has_a_table_with_the_same_figures(qtbot: QtBot, journal: Journal) -> None:
    _fill(journal)
    page = _page(qtbot, journal)
    assert page.facts_only.text().startswith("Facts only")
    assert "No score, no prediction" in page.facts_only.text()
    assert len(page.charts) == len(page.tables) == 4  # no messages: "nothing to count"
    first = page.tables[0].model()
    headers = [first.headerData(c, Qt.Orientation.Horizontal) for c in range(first.columnCount())]
    rows = [first.headerData(r, Qt.Orientation.Vertical) for r in range(first.rowCount())]
    assert headers == ["Physical", "Threats", "Total"]
    assert rows == ["2026-01", "2026-02", "2026-03"]
    cells = [
        [first.index(r, c).data() for c in range(first.columnCount())]
        for r in range(first.rowCount())
    ]
    # January: the deleted entry is not counted and the amended one moved to March.
    assert cells == [["1", "1", "2"], ["0", "0", "0"], ["0", "2", "2"]]
    summary = page.summary.text()
    assert "Entries counted: 4" in summary
    assert "Deleted, not counted: 1." in summary
    assert "With an approximate date: 1" in summary
    assert "Longest time with no entry: 43 day(s), 2026-01-21 to 2026-03-04." in summary
    for chart, table in zip(page.charts, page.tables, strict=True):
        assert chart.accessibleName() and table.accessibleName().startswith(chart.accessibleName())
        assert table.focusPolicy() != Qt.FocusPolicy.NoFocus
        total_column = table.model().columnCount() - 1
        totals = [
            int(table.model().index(r, total_column).data())
            for r in range(len(chart.labelled.bars))
        ]
        assert totals == [bar.total for bar in chart.labelled.chart.bars]


def test_the_drawn_bars_are_as_tall_as_their_counts(qtbot: QtBot, journal: Journal) -> None:
    _fill(journal)
    page = _page(qtbot, journal)
    chart = page.charts[0]
    chart.resize(600, 300)
    heights = [sum(r.height() for _s, r in chart._segments(i)) for i in range(3)]
    unit = chart.plot_rect().height() / 2
    assert [round(h / unit, 6) for h in heights] == [2, 0, 2]


def test_filters_change_the_counts(qtbot: QtBot, journal: Journal) -> None:
    _fill(journal)
    page = _page(qtbot, journal)
    page.category.setCurrentIndex(page.category.findData(Category.PHYSICAL.value))
    assert page.pattern is not None and page.pattern.entries == 1
    page.category.setCurrentIndex(0)
    page.granularity.setCurrentIndex(page.granularity.findData("week"))
    assert page.pattern.by_period.bars[0].label == "2026-01-05"


def _timeline_ids(session: Session) -> set[int]:
    window = session.main_window
    assert window is not None
    model = window.timeline.model
    while model.canFetchMore():
        model.fetchMore()
    return {model.data(model.index(r, 0), ENTRY_ID_ROLE) for r in range(model.rowCount())}


def test_clicking_a_segment_lists_exactly_its_entries(qtbot: QtBot, unlocked: Session) -> None:
    window, journal = unlocked.main_window, unlocked.journal
    assert window is not None and journal is not None
    ids = _fill(journal)
    window.pattern_action.trigger()
    assert window.pages.currentWidget() is window.pattern_area
    chart = window.pattern.charts[0]
    qtbot.waitExposed(chart)
    # The threats segment of March: the entry written then and the one amended to March.
    series = chart.labelled.chart.series.index(Category.THREATS.value)
    segment = dict(chart._segments(2))[series]
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=segment.center().toPoint())
    assert window.pages.currentWidget() is window.timeline
    assert _timeline_ids(unlocked) == {ids["mar_threat"], ids["moved"]}
    query = window.timeline.current_filter()
    assert (query.date_from, query.date_to) == (date(2026, 3, 1), date(2026, 3, 31))
    assert query.categories == (Category.THREATS,)


def test_keyboard_chooses_a_bar_and_enter_lists_it(qtbot: QtBot, unlocked: Session) -> None:
    window, journal = unlocked.main_window, unlocked.journal
    assert window is not None and journal is not None
    ids = _fill(journal)
    window.pattern_action.trigger()
    chart = window.pattern.charts[0]
    chart.setFocus()
    qtbot.waitUntil(chart.hasFocus)
    assert chart.current == 0
    qtbot.keyClick(chart, Qt.Key.Key_Enter)
    expected = {
        s.id
        for s in journal.entries(EntryFilter(date_from=date(2026, 1, 1), date_to=date(2026, 1, 31)))
    }
    assert _timeline_ids(unlocked) == expected == {ids["jan_threat"], ids["jan_physical"]}


def test_a_click_outside_the_bars_does_nothing(qtbot: QtBot, journal: Journal) -> None:
    _fill(journal)
    page = _page(qtbot, journal)
    chart: BarChart = page.charts[0]
    with qtbot.assertNotEmitted(page.show_entries):
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))


def test_the_export_dialog_offers_the_summary_off_by_default(
    qtbot: QtBot, journal: Journal
) -> None:
    from journal_app.ui.export_dialog import ExportDialog
    from tests.gui.conftest import StubDialogs, run_now

    _fill(journal)
    dialog = ExportDialog(journal, StubDialogs(), run_now)
    qtbot.addWidget(dialog)
    assert not dialog.pattern.isChecked() and not dialog.options().include_pattern
    dialog.pattern.setChecked(True)
    assert dialog.options().include_pattern
