"""The timeline: a lazily loaded model (checked by qtmodeltester), filters, search and counts."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from journal_app.core.journal import Journal
from journal_app.core.models import Category, EntryFilter, Kind, Occurred
from journal_app.ui.timeline_model import (
    COLUMN_NOTES,
    COLUMN_OCCURRED,
    COLUMN_TITLE,
    ENTRY_ID_ROLE,
    PAGE_SIZE,
    TimelineModel,
)
from journal_app.ui.timeline_view import TimelinePage
from tests.support.helpers import fields

ROWS = PAGE_SIZE * 2 + 50


def _fill(journal: Journal, count: int) -> None:
    for i in range(count):
        day = date(2025, 1, 1).toordinal() + i
        journal.add(
            Kind.INCIDENT,
            fields(f"Entry {i}", occurred=Occurred.parse(date.fromordinal(day).isoformat())),
        )


def test_lazy_model_passes_qtmodeltester_across_pages(
    qtmodeltester: ModelTester, journal: Journal
) -> None:
    _fill(journal, ROWS)
    model = TimelineModel(journal)
    assert model.total == ROWS
    assert model.rowCount() == 0 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == PAGE_SIZE
    qtmodeltester.check(model, force_py=True)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == ROWS
    assert model.data(model.index(0, COLUMN_TITLE)) == f"Entry {ROWS - 1}"
    qtmodeltester.check(model, force_py=True)


def test_view_fetches_only_what_it_shows(qtbot: QtBot, journal: Journal) -> None:
    _fill(journal, ROWS)
    page = TimelinePage(journal)
    qtbot.addWidget(page)
    page.resize(1024, 600)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.model.loaded() > 0)
    assert page.model.loaded() <= PAGE_SIZE
    assert str(ROWS) in page.count_label.text()
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.loaded() > PAGE_SIZE)


def test_markers_and_approximate_dates(journal: Journal) -> None:
    journal.add(
        Kind.INCIDENT, fields("Long ago", occurred=Occurred.parse("2020-05-01", approximate=True))
    )
    entry_id = journal.add(Kind.INCIDENT, fields("Recent"))
    journal.edit(entry_id, fields("Recent, amended"))
    model = TimelineModel(journal)
    model.set_filter(EntryFilter(newest_first=False))
    model.fetchMore()
    assert model.data(model.index(0, COLUMN_OCCURRED)) == "~ 2020-05-01"
    assert "written later" in model.data(model.index(0, COLUMN_NOTES))
    assert "amended" in model.data(model.index(1, COLUMN_NOTES))


def test_filter_by_category_tag_dates_order_and_search(qtbot: QtBot, journal: Journal) -> None:
    journal.add(Kind.INCIDENT, fields("Slapped", category=Category.PHYSICAL, tags=("kitchen",)))
    journal.add(
        Kind.INCIDENT,
        fields(
            "Followed to work",
            category=Category.STALKING,
            occurred=Occurred.parse("2026-01-10"),
            body="He waited outside the bakery",
        ),
    )
    journal.add(Kind.MESSAGE, fields("Text", channel="sms", sender="+1 555", tags=("kitchen",)))
    page = TimelinePage(journal)
    qtbot.addWidget(page)
    assert page.model.total == 3

    page.category.setCurrentIndex(page.category.findData(Category.STALKING.value))
    assert page.model.total == 1
    assert "1" in page.count_label.text()
    page.category.setCurrentIndex(0)

    page.tag.setCurrentIndex(page.tag.findData("kitchen"))
    assert page.model.total == 2
    page.tag.setCurrentIndex(0)

    page.use_dates.setChecked(True)
    page.date_from.setDate(QDate(2026, 1, 1))
    page.date_to.setDate(QDate(2026, 1, 31))
    assert page.model.total == 1
    page.use_dates.setChecked(False)

    page.order.setCurrentIndex(page.order.findData(False))
    page.model.fetchMore()
    assert page.model.summary(0).title == "Followed to work"

    with qtbot.waitSignal(page.model.total_changed, timeout=2_000):
        page.search.setText("bakery")
    assert page.model.total == 1
    page.model.fetchMore()
    assert page.model.summary(0).title == "Followed to work"
    assert "found" in page.count_label.text()


def test_activating_a_row_asks_to_open_that_entry(qtbot: QtBot, journal: Journal) -> None:
    entry_id = journal.add(Kind.INCIDENT, fields("Open me"))
    page = TimelinePage(journal)
    qtbot.addWidget(page)
    page.model.fetchMore()
    page.table.setCurrentIndex(page.model.index(0, 0))
    with qtbot.waitSignal(page.open_entry) as blocker:
        page.open_button.click()
    assert blocker.args == [entry_id]


def test_pages_continue_after_the_last_row_not_by_offset(journal: Journal) -> None:
    """Keyset paging: many entries on the same day, across page boundaries, none lost or twice."""
    for i in range(PAGE_SIZE + 30):
        journal.add(Kind.INCIDENT, fields(f"Same day {i}", occurred=Occurred.parse("2026-02-02")))
    calls: list[dict[str, object]] = []
    real_entries = journal.entries

    def spy(query: EntryFilter | None = None, **kwargs: object) -> object:
        calls.append(kwargs)
        return real_entries(query, **kwargs)  # type: ignore[arg-type]

    journal.entries = spy  # type: ignore[method-assign]
    model = TimelineModel(journal)
    while model.canFetchMore():
        model.fetchMore()
    ids = [model.summary(row).id for row in range(model.rowCount())]
    assert len(ids) == len(set(ids)) == PAGE_SIZE + 30
    assert calls[0].get("after") is None
    assert calls[1]["after"] == model.summary(PAGE_SIZE - 1).cursor
    assert all(not call.get("offset") for call in calls)


def test_an_empty_notebook_says_where_to_start_and_the_hint_leaves_once_written(
    qtbot: QtBot, journal: Journal
) -> None:
    page = TimelinePage(journal)
    qtbot.addWidget(page)
    page.show()
    assert page.notice.isVisible()
    assert "New incident (Ctrl+N)" in page.notice.text()

    page.search.setText("nothing matches this")
    page.apply_filters()
    assert not page.notice.isVisible(), "an empty search result is not a first-time hint"

    journal.add(Kind.INCIDENT, fields("First entry"))
    page.search.clear()
    page.apply_filters()
    assert page.model.total == 1
    assert not page.notice.isVisible()


def test_deleted_entries_can_be_shown_as_tombstones(qtbot: QtBot, journal: Journal) -> None:
    kept = journal.add(Kind.INCIDENT, fields("Kept"))
    gone = journal.add(Kind.INCIDENT, fields("Written by mistake"))
    journal.delete(gone)
    page = TimelinePage(journal)
    qtbot.addWidget(page)
    assert page.model.total == 1
    page.show()
    page.show_deleted.setChecked(True)
    assert page.model.total == 2
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    titles = {
        page.model.data(page.model.index(row, COLUMN_TITLE), ENTRY_ID_ROLE): page.model.data(
            page.model.index(row, COLUMN_TITLE)
        )
        for row in range(page.model.rowCount())
    }
    assert titles[kept] == "Kept"
    assert titles[gone] == "(deleted)", "a tombstone shows no text, only that it was deleted"
