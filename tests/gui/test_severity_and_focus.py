"""Issue 14, item 11: a neutral severity scale, Tab in and out of the timeline, a focus ring."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from journal_app.core.journal import Journal
from journal_app.core.models import Kind
from journal_app.ui import theme
from journal_app.ui.clipboard import ClipboardGuard
from journal_app.ui.editor import IncidentEditor
from journal_app.ui.timeline_view import TimelinePage
from tests.gui.conftest import StubDialogs
from tests.support.helpers import fields

# Words that grade the person's own account and could be read back against them.
JUDGING = re.compile(r"\b(low|high|mild|moderate|minor|severe|serious)\b", re.IGNORECASE)


def test_severity_is_how_serious_it_felt_with_numbers_and_no_default(
    qtbot: QtBot, journal: Journal, dialogs: StubDialogs
) -> None:
    editor = IncidentEditor(journal, dialogs, ClipboardGuard())
    qtbot.addWidget(editor)
    assert editor.severity.accessibleName() == "How serious it felt"
    assert "how serious it felt" in editor.severity.accessibleDescription().lower()
    choices = [editor.severity.itemText(i) for i in range(editor.severity.count())]
    assert choices == ["Not set", "1 (least)", "2", "3", "4", "5 (most)"]
    assert not any(JUDGING.search(choice) for choice in choices), choices
    assert editor.severity.currentIndex() == 0 and editor.collect().severity is None
    label = editor.form.labelForField(editor.severity)
    assert label is not None and "How serious it felt" in label.text().replace("&", "")


def _timeline(qtbot: QtBot, journal: Journal) -> tuple[QWidget, TimelinePage, QPushButton]:
    for title in ("First", "Second", "Third"):
        journal.add(Kind.INCIDENT, fields(title))
    window = QWidget()
    layout = QVBoxLayout(window)
    page = TimelinePage(journal)
    after = QPushButton("After the list")
    layout.addWidget(page)
    layout.addWidget(after)
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    return window, page, after


def test_tab_enters_the_timeline_and_the_next_tab_leaves_it(qtbot: QtBot, journal: Journal) -> None:
    _window, page, after = _timeline(qtbot, journal)
    page.show_deleted.setFocus()
    qtbot.waitUntil(page.show_deleted.hasFocus)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.waitUntil(page.table.hasFocus)
    assert page.table.currentIndex().row() == 0
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    assert page.table.currentIndex().row() == 1
    assert page.table.selectionModel().isRowSelected(1)
    qtbot.keyClick(page.table, Qt.Key.Key_Tab)
    qtbot.waitUntil(after.hasFocus)
    qtbot.keyClick(after, Qt.Key.Key_Backtab)
    qtbot.waitUntil(page.table.hasFocus)
    assert page.table.currentIndex().row() == 1  # the row is kept, Tab did not move a cell


def test_the_current_timeline_row_is_marked_in_the_highlight_colour(
    qtbot: QtBot, journal: Journal, themed: str
) -> None:
    _window, page, _after = _timeline(qtbot, journal)
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    page.table.selectRow(1)
    highlight = QApplication.palette().color(QPalette.ColorRole.Highlight).rgb()
    image = page.table.viewport().grab().toImage()
    rect = page.table.visualRect(page.model.index(1, 0))
    row_pixels = [image.pixel(x, rect.center().y()) for x in range(2, image.width() - 2, 3)]
    assert row_pixels.count(highlight) > len(row_pixels) // 2, themed


def test_a_focused_line_edit_looks_different_in_either_theme(qtbot: QtBot, themed: str) -> None:
    assert re.search(
        r"QLineEdit:focus[^{]*\{[^}]*2px solid palette\(highlight\)", theme.STYLE_SHEET
    )
    window = QWidget()
    layout = QVBoxLayout(window)
    edit, other = QLineEdit(), QPushButton("Other")
    layout.addWidget(edit)
    layout.addWidget(other)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    before = edit.grab().toImage()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    after = edit.grab().toImage()
    assert before != after, themed
