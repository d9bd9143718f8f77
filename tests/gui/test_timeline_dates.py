"""Issue 14: after a date typed into "Between" matched nothing, the count said 2 entries and
the table stayed empty, also after unticking, until the page changed. The view fetches rows
only when its own layout runs; after a reset from zero rows to some it did not."""

from __future__ import annotations

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from journal_app.core.journal import Journal
from journal_app.core.models import Kind, Occurred
from journal_app.ui.timeline_view import TimelinePage
from tests.support.helpers import fields


def test_rows_come_back_when_a_date_filter_matched_nothing(qtbot: QtBot, journal: Journal) -> None:
    for day in ("2025-03-02", "2025-03-20"):
        journal.add(Kind.INCIDENT, fields(f"On {day}", occurred=Occurred.parse(day)))
    page = TimelinePage(journal)
    qtbot.addWidget(page)
    page.resize(1024, 600)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    page.date_from.setDate(QDate(2026, 1, 1))
    page.date_to.setDate(QDate(2026, 12, 31))
    page.use_dates.setChecked(True)  # nothing in 2026
    assert page.model.total == 0
    qtbot.wait(50)  # the view lays itself out with no rows
    page.use_dates.setChecked(False)
    assert page.model.total == 2
    qtbot.wait(50)  # the view's own fetch would have run by now
    assert page.model.rowCount() == 2
    page.use_dates.setChecked(True)
    qtbot.wait(50)
    page.date_from.setDate(QDate(2025, 1, 1))
    assert page.model.total == 2
    qtbot.wait(50)
    assert page.model.rowCount() == 2
    page.search.setText("nothing like this")
    page.apply_filters()
    assert page.model.total == 0
    qtbot.wait(50)
    page.search.clear()
    page.apply_filters()
    qtbot.wait(50)
    assert page.model.rowCount() == page.model.total == 2
