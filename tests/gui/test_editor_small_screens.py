"""Issue 14: the editor on a small screen. At 800 and 1024 px wide (600 high), in English,
Spanish and Portuguese, the form fits without scrolling sideways (long labels wrap, the time
ticks sit under the date); the Add files and Paste buttons are in view without scrolling, and
so are the confirmation and the new file's line when a picture is pasted. Measured as a
person sees it: each widget's rectangle, clipped by every widget that holds it (a scroll
area's viewport clips what is scrolled away), must be whole."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QMimeData, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from journal_app.ui import i18n as ui_i18n
from journal_app.ui.app import Session
from journal_app.ui.editor import EntryEditor
from journal_app.ui.main_window import MainWindow

LANGUAGES = ["en", "es", "pt_BR"]
SIZES = [(800, 600), (1024, 600)]


@pytest.fixture
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    name: str = request.param
    ui_i18n.install(name)
    yield name
    ui_i18n.install("en")


def _visible_rect(widget: QWidget, window: QWidget) -> QRect:
    """The part of `widget` a person sees: clipped by each widget that holds it."""
    seen = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    holder = widget.parentWidget()
    while holder is not None and holder is not window:
        seen = seen.intersected(QRect(holder.mapTo(window, QPoint(0, 0)), holder.size()))
        holder = holder.parentWidget()
    return seen.intersected(window.rect())


def _whole(widget: QWidget, window: QWidget) -> bool:
    whole = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    return widget.isVisible() and not whole.isEmpty() and _visible_rect(widget, window) == whole


def _open(qtbot: QtBot, session: Session, size: tuple[int, int], kind: str) -> EntryEditor:
    window = session.main_window
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    window.show()
    window.resize(*size)
    qtbot.waitExposed(window)
    (window.incident_action if kind == "incident" else window.message_action).trigger()
    editor = window.editor
    assert editor is not None
    QApplication.processEvents()
    return editor


def _cut_sideways(editor: EntryEditor) -> list[str]:
    """Scroll areas that scroll sideways, and fields or labels whose right edge is cut off."""
    window = editor.window()
    problems = [
        f"{area.accessibleName() or type(area).__name__}"
        f" scrolls {area.horizontalScrollBar().maximum()} px sideways"
        for area in editor.findChildren(QAbstractScrollArea)
        if area.isVisible() and area.horizontalScrollBar().maximum() > 0
    ]
    for widget in editor.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            continue
        whole = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        seen = _visible_rect(widget, window)
        if seen.isEmpty():
            continue  # scrolled out of view vertically: a person scrolls down to it
        if seen.right() < whole.right() or seen.left() > whole.left():
            text = widget.property("text") or widget.accessibleName()
            problems.append(f"{type(widget).__name__} {text!r} is cut at the side")
    return problems


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
@pytest.mark.parametrize("size", SIZES, ids=["800x600", "1024x600"])
@pytest.mark.parametrize("kind", ["incident", "message"])
def test_the_form_fits_without_scrolling_sideways(
    qtbot: QtBot, unlocked: Session, language: str, size: tuple[int, int], kind: str
) -> None:
    editor = _open(qtbot, unlocked, size, kind)
    assert _cut_sideways(editor) == []


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
@pytest.mark.parametrize("size", SIZES, ids=["800x600", "1024x600"])
def test_attach_and_paste_and_their_confirmation_are_in_view(
    qtbot: QtBot, unlocked: Session, language: str, size: tuple[int, int]
) -> None:
    editor = _open(qtbot, unlocked, size, "incident")
    window = editor.window()
    add_files, paste = editor.attachments.buttons[:2]
    assert _whole(add_files, window), _visible_rect(add_files, window)
    assert _whole(paste, window), _visible_rect(paste, window)

    image = QImage(30, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("blue"))
    mime = QMimeData()
    mime.setImageData(image)
    QGuiApplication.clipboard().setMimeData(mime)
    qtbot.mouseClick(paste, Qt.MouseButton.LeftButton)
    assert editor.attachments.list.count() == 1
    QApplication.processEvents()
    assert _whole(editor.notice, window), _visible_rect(editor.notice, window)
    assert editor.notice.text()
    line = editor.attachments.list
    row = line.visualItemRect(line.item(0)).translated(line.viewport().mapTo(window, QPoint(0, 0)))
    # The new file's line is in view: its whole height, from its start (it wraps, not scrolls).
    seen = _visible_rect(line.viewport(), window).intersected(row)
    assert seen.height() == row.height() and seen.left() == row.left(), (seen, row)
