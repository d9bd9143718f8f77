"""Every window and dialog of the app, built (never run modally) for tests that walk them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QWidget,
)

from journal_app.core.journal import Journal
from journal_app.core.models import AttachmentSource, Kind
from journal_app.export.boxes import Box
from journal_app.ui.box_editor import BoxEditor
from journal_app.ui.clipboard import ClipboardGuard
from journal_app.ui.dialogs import PassphraseDialog, delete_box, unsaved_box
from journal_app.ui.main_window import MainWindow
from journal_app.ui.settings_store import Settings
from journal_app.ui.unlock import UnlockWindow
from journal_app.ui.viewer import AttachmentViewer
from journal_app.ui.workers import ProgressDialog, Task
from tests.gui.conftest import StubDialogs, run_now
from tests.support.helpers import fields

USER_DATA = "Zq-1"  # what the test "writes": the same in every language


def sample(journal: Journal) -> int:
    return journal.add(
        Kind.INCIDENT,
        fields(USER_DATA, body=USER_DATA),
        [AttachmentSource("zq.png", data=b"\x89PNG\r\n\x1a\n not really")],
    )


def screens(journal: Journal, folder: Path, empty: Path) -> Iterator[tuple[str, QWidget]]:
    """(name, widget) for every screen; each is shown while the caller looks at it."""
    dialogs = StubDialogs()
    entry = sample(journal)
    yield "unlock", UnlockWindow(folder, dialogs)
    yield "create", UnlockWindow(empty, dialogs)
    window = MainWindow(journal, Settings(), dialogs, ClipboardGuard())
    window.run_task = run_now
    yield "timeline", window
    window.open_entry(entry)
    yield "incident editor", window
    window.new_message()
    yield "message editor", window
    window.show_help()
    yield "help", window
    window.show_timeline()
    settings = window.open_settings()
    for tab in (settings.general_tab, settings.backup_tab, settings.second_tab):
        settings.show_tab(tab)
        yield "settings", settings
    settings.show_tab(settings.checkpoint_tab)
    yield "settings", settings
    settings.hide()
    yield "export", window.open_export()
    picture = QImage(64, 40, QImage.Format.Format_RGB32)
    picture.fill(Qt.GlobalColor.white)
    yield "black boxes", BoxEditor(picture, (64, 40), "zq.png", [Box(1, 1, 4, 4)], window)
    yield "check a bundle", window.open_verify()
    yield "import messages", window.open_import()
    yield "delete confirm", delete_box(window, USER_DATA)
    yield "unsaved prompt", unsaved_box(window)
    yield "passphrase", PassphraseDialog(window, "x", "y", confirm=True)
    yield (
        "progress",
        ProgressDialog(
            window, QCoreApplication.translate("EntryEditor", "Saving…"), Task(lambda _p, _c: None)
        ),
    )
    info = journal.get(entry).current.attachments[0]
    yield "viewer", AttachmentViewer("zq.png", 10, info, b"zq", ClipboardGuard(), window)


def visible_texts(root: QWidget) -> set[str]:
    """Every text a person sees or hears on `root`: labels, buttons, titles, items, tips."""
    found: set[str] = set()
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if widget.isWindow():
            found.add(widget.windowTitle())
        found |= {widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()}
        if isinstance(widget, QLabel | QAbstractButton):
            found.add(widget.text())
        if isinstance(widget, QGroupBox):
            found.add(widget.title())
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            found.add(widget.placeholderText())
        if isinstance(widget, QComboBox):
            found |= {widget.itemText(i) for i in range(widget.count())}
        if isinstance(widget, QListWidget):
            found |= {widget.item(i).text() for i in range(widget.count())}
        if isinstance(widget, QTabWidget):
            found |= {widget.tabText(i) for i in range(widget.count())}
        if isinstance(widget, QAbstractSpinBox):
            found.add(getattr(widget, "suffix", lambda: "")())
        if isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            found |= {
                str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                for c in range(model.columnCount())
            }
        if isinstance(widget, QMessageBox):
            found |= {widget.text(), widget.informativeText()}
    return {text.replace("&", "").strip() for text in found if text}


def typable_fields(editor: QWidget) -> list[str]:
    """Fields a person could type into, as they see them."""
    found = []
    for widget in editor.findChildren(QWidget):
        if not widget.isVisibleTo(editor) or not widget.isEnabled():
            continue
        typed = isinstance(widget, QLineEdit | QPlainTextEdit | QAbstractSpinBox)
        if typed and not widget.isReadOnly():
            found.append(widget.accessibleName() or type(widget).__name__)
    return found
