"""The toolbar's "Export evidence…" and "Check a bundle…" open their dialogs over the window."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolBar
from pytestqt.qtbot import QtBot

from journal_app.core.models import Kind
from journal_app.ui.app import Session
from journal_app.ui.export_dialog import ExportDialog, VerifyDialog
from tests.gui.conftest import StubDialogs, run_now
from tests.support.helpers import fields


def test_export_action_opens_the_export_dialog_and_exports(
    qtbot: QtBot, unlocked: Session, dialogs: StubDialogs, tmp_path: Path
) -> None:
    window, journal = unlocked.main_window, unlocked.journal
    assert window is not None and journal is not None
    journal.add(Kind.INCIDENT, fields("Took the car keys"))
    window.run_task = run_now
    window.export_action.trigger()
    dialog = window.export_dialog
    assert isinstance(dialog, ExportDialog) and dialog.isVisible()
    assert dialog.parent() is window
    assert "1 entries" in dialog.preview.text()
    window.export_action.trigger()  # a second click brings the same dialog forward
    assert window.findChildren(ExportDialog) == [dialog]

    dialog.use_password.setChecked(False)
    dialogs.save_path = tmp_path / "bundle.pdf"
    dialog.export_button.click()
    assert dialog.result_path == tmp_path / "bundle.pdf"
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "bundle.pdf").pages)
    assert "Took the car keys" in text


def test_check_action_opens_the_check_dialog(
    qtbot: QtBot, unlocked: Session, dialogs: StubDialogs
) -> None:
    window = unlocked.main_window
    assert window is not None
    window.run_task = run_now
    window.verify_action.trigger()
    dialog = window.verify_dialog
    assert isinstance(dialog, VerifyDialog) and dialog.isVisible()
    dialogs.file = None
    dialog.check_button.click()  # no file chosen: it asks for one, then does nothing
    assert dialogs.asked == ["open_file"]
    dialog.close()  # deleted on close; the next click makes a fresh one
    qtbot.waitUntil(lambda: window.verify_dialog is None)
    assert isinstance(window.open_verify(), VerifyDialog)


def test_actions_have_keys_mnemonics_and_names(qtbot: QtBot, unlocked: Session) -> None:
    window = unlocked.main_window
    assert window is not None
    toolbar = window.findChild(QToolBar)
    assert toolbar is not None
    for action, mnemonic, keys, name in (
        (window.export_action, "&x", "Ctrl+Shift+E", "Export evidence"),
        (window.verify_action, "&k", "Ctrl+Shift+K", "Check a bundle"),
    ):
        assert mnemonic in action.text().lower()
        assert action.shortcut().toString() == keys
        button = toolbar.widgetForAction(action)
        assert button is not None and button.isVisible()
        assert button.accessibleName() == name


def test_ctrl_shift_e_opens_export(qtbot: QtBot, unlocked: Session) -> None:
    window = unlocked.main_window
    assert window is not None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(
        window,
        Qt.Key.Key_E,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.export_dialog is not None and window.export_dialog.isVisible()
