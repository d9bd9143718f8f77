"""Checkpoint codes in Settings: today's code, copy, printable page, and checking a kept code."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from journal_app.core.journal import Journal
from journal_app.core.models import Kind
from journal_app.evidence.checkpoint import Checkpoint
from journal_app.ui.clipboard import KDE_HINT, ClipboardGuard
from journal_app.ui.settings_dialog import SettingsDialog
from journal_app.ui.settings_store import Settings
from tests.gui.conftest import StubDialogs
from tests.support.helpers import FAST_KDF, fields


@pytest.fixture
def clipboard() -> ClipboardGuard:
    return ClipboardGuard()


@pytest.fixture
def dialog(
    qtbot: QtBot, journal: Journal, dialogs: StubDialogs, clipboard: ClipboardGuard
) -> SettingsDialog:
    journal.add(Kind.INCIDENT, fields("First"))
    made = SettingsDialog(journal, Settings(), dialogs, clipboard=clipboard, kdf=FAST_KDF)
    qtbot.addWidget(made)
    made.show_tab(made.checkpoint_tab)
    return made


def _run(qtbot: QtBot, dialog: SettingsDialog, button: str) -> str:
    with qtbot.waitSignal(dialog.task_done, timeout=20_000) as blocker:
        getattr(dialog, button).click()
    assert blocker.args is not None
    return str(blocker.args[0])


def test_shows_todays_code_and_copies_it_concealed(
    dialog: SettingsDialog, journal: Journal, clipboard: ClipboardGuard
) -> None:
    code = dialog.code.text()
    assert code == journal.checkpoint().code and code.startswith("CP2-1-")
    assert dialog.code.isReadOnly()
    dialog.copy_button.click()
    mime = QGuiApplication.clipboard().mimeData()
    assert mime is not None and mime.hasFormat(KDE_HINT)
    assert QGuiApplication.clipboard().text() == code
    assert "cleared when the notebook locks" in dialog.notice.text()
    clipboard.clear()
    assert QGuiApplication.clipboard().text() == ""


def test_the_code_follows_new_entries_when_the_tab_is_shown(
    dialog: SettingsDialog, journal: Journal
) -> None:
    journal.add(Kind.INCIDENT, fields("Second"))
    dialog.show_tab(dialog.general_tab)
    dialog.show_tab(dialog.checkpoint_tab)
    assert dialog.code.text().startswith("CP2-2-")


def test_saves_a_printable_page(
    qtbot: QtBot, dialog: SettingsDialog, dialogs: StubDialogs, tmp_path: Path
) -> None:
    dialogs.save_path = tmp_path / "for my advocate"
    message = _run(qtbot, dialog, "print_button")
    page = tmp_path / "for my advocate.pdf"
    assert str(page) in message
    text = PdfReader(page).pages[0].extract_text()
    assert dialog.code.text() in text


def test_a_cancelled_save_does_nothing(
    dialog: SettingsDialog, dialogs: StubDialogs, tmp_path: Path
) -> None:
    dialogs.save_path = None
    dialog.print_button.click()
    assert dialog.task is None and list(tmp_path.glob("*.pdf")) == []


def test_checking_a_kept_code_says_all_is_well(
    qtbot: QtBot, dialog: SettingsDialog, journal: Journal
) -> None:
    kept = dialog.code.text()
    journal.add(Kind.INCIDENT, fields("Later"))
    dialog.kept_code.setText(f"  {kept}  ")
    message = _run(qtbot, dialog, "check_code_button")
    assert message.startswith("All is well") and "1 versions then, 1 added since" in message
    assert dialog.busy.isHidden()


def _altered(code: str, **changes: object) -> str:
    return dataclasses.replace(Checkpoint.parse(code), **changes).code  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("change", "says"),
    [
        ({"size": 9}, "fewer versions (1) than on"),
        ({"head_prefix": "0" * 24}, "no longer matches this code"),
        ({"key_prefix": "00000000"}, "belongs to a different notebook"),
    ],
)
def test_a_code_that_does_not_match_is_explained(
    qtbot: QtBot, dialog: SettingsDialog, change: dict[str, object], says: str
) -> None:
    dialog.kept_code.setText(_altered(dialog.code.text(), **change))
    message = _run(qtbot, dialog, "check_code_button")
    assert says in message
    assert dialog.notice.text() == message


def test_something_that_is_not_a_code(qtbot: QtBot, dialog: SettingsDialog) -> None:
    dialog.kept_code.setText("my shopping list")
    assert "not a checkpoint code" in _run(qtbot, dialog, "check_code_button")
    dialog.kept_code.clear()
    dialog.check_code_button.click()
    assert "type or paste the code" in dialog.notice.text()
