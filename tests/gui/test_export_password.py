"""Issue 14: the generated PDF password is shown whole, even at 1024×600, and a Copy button puts
it on the clipboard marked as secret, taking it off again after 30 s if it is still there."""

from __future__ import annotations

from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journal_app.core.journal import Journal
from journal_app.ui.clipboard import KDE_HINT, ClipboardGuard
from journal_app.ui.export_dialog import SECRET_ON_CLIPBOARD_MS, ExportDialog
from tests.gui.conftest import StubDialogs, run_now


def _dialog(qtbot: QtBot, journal: Journal, dialogs: StubDialogs) -> ExportDialog:
    dialog = ExportDialog(
        journal, dialogs, run_now, clipboard=ClipboardGuard(writer=lambda _t: False)
    )
    qtbot.addWidget(dialog)
    dialog.resize(1024, 600)
    dialog.show()
    return dialog


def test_the_generated_password_is_shown_whole(
    qtbot: QtBot, journal: Journal, dialogs: StubDialogs
) -> None:
    """At the size the dialog opens, with the text 1.5 times larger (the old field cut it)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    normal = app.font()
    large = QFont(normal)
    large.setPointSizeF(normal.pointSizeF() * 1.5)
    app.setFont(large)
    try:
        dialog = ExportDialog(journal, dialogs, run_now, clipboard=ClipboardGuard())
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.generate.click()
        qtbot.waitUntil(dialog.password.isVisible)
        needed = dialog.password.fontMetrics().horizontalAdvance(dialog.password.text())
        assert dialog.password.width() > needed + 8, (dialog.password.width(), needed)
    finally:
        app.setFont(normal)


def test_copy_marks_it_secret_and_takes_it_off_after_a_while(
    qtbot: QtBot, journal: Journal, dialogs: StubDialogs
) -> None:
    assert SECRET_ON_CLIPBOARD_MS == 30_000
    dialog = _dialog(qtbot, journal, dialogs)
    assert not dialog.copy_password.isEnabled()
    dialog.generate.click()
    assert dialog.copy_password.isEnabled()
    dialog.clear_after_ms = 100
    dialog.copy_password.click()
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == dialog.password.text()
    mime = clipboard.mimeData()
    assert mime is not None and mime.hasFormat(KDE_HINT)
    assert "30 seconds" in dialog.copied_note.text()
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=2_000)


def test_something_else_copied_since_is_left_alone(
    qtbot: QtBot, journal: Journal, dialogs: StubDialogs
) -> None:
    dialog = _dialog(qtbot, journal, dialogs)
    dialog.generate.click()
    dialog.clear_after_ms = 50
    dialog.copy_password.click()
    QGuiApplication.clipboard().setText("the person's own text")
    qtbot.wait(200)
    assert QGuiApplication.clipboard().text() == "the person's own text"
